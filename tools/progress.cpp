// The progress bar: one line on stderr, redrawn in place with a carriage return.
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace judgement::cli {

bool stderr_is_terminal() { return ::isatty(2) == 1; }

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 1), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::advance(std::uint64_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ == total_ || now - last_draw_ >= std::chrono::milliseconds(100)) {
    last_draw_ = now;
    draw();
  }
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
  const double mb_rate = seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0;
  constexpr std::size_t width = 24;
  const std::size_t filled = total_ ? done_ * width / total_ : width;
  std::string bar(filled, '#');
  bar.append(width - filled, '.');
  char left[32] = "--:--";
  if (rate > 0 && done_ < total_) {
    const auto remaining = static_cast<long>(static_cast<double>(total_ - done_) / rate + 0.5);
    std::snprintf(left, sizeof left, "%ld:%02ld", remaining / 60, remaining % 60);
  } else if (done_ == total_) {
    std::snprintf(left, sizeof left, "0:00");
  }
  std::fprintf(stderr, "\r[%s] %zu/%zu  %.1f files/s  %.1f MB/s  %s left ", bar.c_str(), done_, total_, rate,
               mb_rate, left);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace judgement::cli
