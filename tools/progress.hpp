// A progress bar on stderr for people waiting at a terminal: done/total, rate, time left.
#ifndef JUDGEMENT_TOOLS_PROGRESS_HPP
#define JUDGEMENT_TOOLS_PROGRESS_HPP

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace judgement::cli {

class Progress {
 public:
  // Draws nothing unless `enabled`; callers pass enabled only when stderr is a terminal and
  // --quiet was not given.
  Progress(std::size_t total, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more document done, of `bytes` bytes. Redraws at most ten times a second.
  void advance(std::uint64_t bytes);
  // Clears the bar so that what follows starts on a clean line.
  void finish();

 private:
  void draw();

  std::size_t total_;
  bool enabled_;
  std::size_t done_ = 0;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

// True when file descriptor 2 is a terminal.
bool stderr_is_terminal();

}  // namespace judgement::cli

#endif
