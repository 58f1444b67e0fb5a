// The shared corpus's texts (JUDGEMENT_CORPUS_DIR, the one variable that names ../shared/corpus),
// for the tests that read every one of them.
#ifndef JUDGEMENT_TESTS_CORPUS_CORPUS_FILES_HPP
#define JUDGEMENT_TESTS_CORPUS_CORPUS_FILES_HPP

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

namespace judgement::test {

// Every .txt under the corpus folder, sorted; empty when there is no corpus.
inline std::vector<std::filesystem::path> corpus_files() {
  const std::filesystem::path dir(JUDGEMENT_CORPUS_DIR);
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace judgement::test

#endif
