// Expanding folders into the documents they hold, in an order that does not depend on the
// file system.
#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace judgement::cli {
namespace {

namespace fs = std::filesystem;

bool is_document_name(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  for (std::string_view ext : {".txt", ".text", ".md", ".markdown", ".pdf"}) {
    if (lower.size() > ext.size() && std::string_view(lower).ends_with(ext)) return true;
  }
  return false;
}

void expand_folder(const fs::path& root, const fs::path& folder, Inputs& out, int depth) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    out.errors.push_back(folder.string() + ": " + ec.message());
    return;
  }
  if (depth > 64) {
    out.errors.push_back(folder.string() + ": folders nested too deeply (a link loop?)");
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') continue;
    entries.push_back(*it);
  }
  if (ec) out.errors.push_back(folder.string() + ": " + ec.message());
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().filename() < b.path().filename(); });
  for (const fs::directory_entry& e : entries) {
    std::error_code kind_ec;
    if (e.is_directory(kind_ec)) {
      expand_folder(root, e.path(), out, depth + 1);
    } else if (is_document_name(e.path().filename().string())) {
      out.paths.push_back(e.path().string());
      out.names.push_back(e.path().lexically_relative(root).generic_string());
    }
  }
}

}  // namespace

Inputs expand_inputs(const std::vector<std::string>& arguments) {
  Inputs out;
  for (const std::string& a : arguments) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      expand_folder(a, a, out, 0);
    } else {
      out.paths.push_back(a);  // a missing file is reported when it is read, in its turn
      out.names.emplace_back();
    }
  }
  return out;
}

}  // namespace judgement::cli
