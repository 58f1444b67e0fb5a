// Expanding folders into the documents they hold, in an order that does not depend on the
// file system.
#include "inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace judgement::cli {
namespace {

namespace fs = std::filesystem;

// A file or folder as the file system knows it, whatever names and links lead to it.
using Identity = std::pair<dev_t, ino_t>;

bool is_document_name(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  for (std::string_view ext : {".txt", ".text", ".md", ".markdown", ".pdf"}) {
    if (lower.size() > ext.size() && std::string_view(lower).ends_with(ext)) return true;
  }
  return false;
}

struct Walk {
  Inputs& out;
  std::set<Identity> seen;  // folders entered and files listed, each once

  void folder(const fs::path& root, const fs::path& path, int depth) {
    std::error_code ec;
    fs::directory_iterator it(path, ec);
    if (ec) {
      out.errors.push_back(path.string() + ": " + ec.message());
      return;
    }
    if (depth > 64) {
      out.errors.push_back(path.string() + ": folders nested too deeply");
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() == '.') continue;
      entries.push_back(*it);
    }
    if (ec) out.errors.push_back(path.string() + ": " + ec.message());
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().filename() < b.path().filename(); });
    for (const fs::directory_entry& e : entries) {
      // What the entry is, through links: a link to a folder is walked once, a link back to a
      // folder already entered (`self -> .`) not at all, and a file reached twice is read once.
      struct stat st;
      if (::stat(e.path().c_str(), &st) != 0) continue;  // a dangling link: nothing to read
      const Identity id{st.st_dev, st.st_ino};
      if (S_ISDIR(st.st_mode)) {
        if (seen.insert(id).second) folder(root, e.path(), depth + 1);
      } else if (is_document_name(e.path().filename().string())) {
        if (!S_ISREG(st.st_mode)) {
          // A FIFO would block the batch and a device would never end: only files are read
          // from a folder (a special file named outright is read, within --max-bytes).
          out.errors.push_back(e.path().string() + ": not a regular file (a pipe, device or socket); skipped");
        } else if (seen.insert(id).second) {
          out.paths.push_back(e.path().string());
          out.names.push_back(e.path().lexically_relative(root).generic_string());
        }
      }
    }
  }
};

}  // namespace

Inputs expand_inputs(const std::vector<std::string>& arguments) {
  Inputs out;
  Walk walk{out, {}};
  for (const std::string& a : arguments) {
    struct stat st;
    if (a != "-" && ::stat(a.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      if (walk.seen.insert({st.st_dev, st.st_ino}).second) walk.folder(a, a, 0);
    } else {
      out.paths.push_back(a);  // a missing file is reported when it is read, in its turn
      out.names.emplace_back();
    }
  }
  return out;
}

std::optional<std::string> output_is_input(const std::string& output, const std::vector<std::string>& paths) {
  struct stat target;
  if (output.empty() || ::stat(output.c_str(), &target) != 0) return std::nullopt;  // a new file is no input
  for (const std::string& p : paths) {
    struct stat st;
    const int got = p == "-" ? ::fstat(0, &st) : ::stat(p.c_str(), &st);
    if (got == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino) return p;
  }
  return std::nullopt;
}

}  // namespace judgement::cli
