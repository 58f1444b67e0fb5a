// The public headers are the library's promise: standard library and our own types only.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

TEST_CASE("no Boost, Abseil or Spirit header is included from include/", "[api]") {
  const std::filesystem::path include_dir = std::filesystem::path(JUDGEMENT_SOURCE_DIR) / "include";
  int headers = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(include_dir)) {
    if (!entry.is_regular_file()) continue;
    ++headers;
    std::ifstream in(entry.path());
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      const auto hash = line.find_first_not_of(" \t");
      if (hash == std::string::npos || line.compare(hash, 1, "#") != 0 || line.find("include") == std::string::npos)
        continue;
      INFO(entry.path().string() << ":" << number << ": " << line);
      CHECK(line.find("boost") == std::string::npos);
      CHECK(line.find("absl") == std::string::npos);
      CHECK(line.find("x3") == std::string::npos);
    }
  }
  CHECK(headers >= 6);
}
