// Workers take the next input in turn; the calling thread hands the reports on in input order.
// Output is therefore the same for any number of jobs.
#include "batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <new>
#include <optional>
#include <thread>

#include "progress.hpp"

namespace judgement::cli {
namespace {

// Standard input to its end, or past max_bytes (0: the library's own bound, max_input_bytes), so that `< /dev/zero`
// ends in an error and not out of memory.
Result<std::string> read_stdin(std::size_t max_bytes) {
  try {
    std::string text;
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
      text.append(buffer, n);
      if (max_bytes != 0 && max_bytes < max_input_bytes && text.size() > max_bytes) {
        return Error{ErrorCode::limit, "-: standard input gives more than max_bytes (" + std::to_string(max_bytes) +
                                           " bytes); see --max-bytes"};
      }
      // Without a smaller bound, reading stops where the library's own bound is passed.
      if (text.size() > max_input_bytes) {
        return Error{ErrorCode::limit, "-: standard input gives more than " + std::to_string(max_input_bytes) +
                                           " bytes, the most judgement reads"};
      }
    }
    if (std::ferror(stdin)) return Error{ErrorCode::io, "-: cannot read standard input"};
    return text;
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::out_of_memory, "-: out of memory reading standard input"};
  }
}

// Error messages start with the file's name, whatever the library put in them.
Result<Report> named(Result<Report> report, const std::string& path) {
  if (report) return report;
  Error e = report.error();
  if (e.message.rfind(path + ": ", 0) != 0) e.message = path + ": " + (e.line ? e.to_string() : e.message);
  return e;
}

}  // namespace

unsigned worker_count(unsigned jobs, std::size_t inputs) {
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  if (inputs < n) n = static_cast<unsigned>(std::max<std::size_t>(inputs, 1));
  return n;
}

void parse_batch(const std::vector<std::string>& paths, const BatchOptions& options, const Emit& emit) {
  std::optional<Result<std::string>> stdin_text;
  if (std::find(paths.begin(), paths.end(), "-") != paths.end()) stdin_text = read_stdin(options.parse.max_bytes);

  auto parse_one = [&](std::size_t i) -> Result<Report> {
    try {
      const std::string& path = paths[i];
      if (path != "-") {
        if (options.names == nullptr || i >= options.names->size() || (*options.names)[i].empty()) {
          return named(parse_file(path, options.parse), path);
        }
        ParseOptions o = options.parse;
        o.name = (*options.names)[i];
        return named(parse_file(path, o), path);
      }
      if (!*stdin_text) return stdin_text->error();
      ParseOptions o = options.parse;
      o.name = "-";
      // Standard input can be named more than once; each gets the same text.
      return named(parse(**stdin_text, o), path);
    } catch (const std::bad_alloc&) {
      return Error{ErrorCode::io, paths[i] + ": out of memory"};
    } catch (const std::exception& e) {
      return Error{ErrorCode::io, paths[i] + ": " + e.what()};
    }
  };

  Progress progress(paths.size(), options.progress);
  const unsigned workers = worker_count(options.jobs, paths.size());
  if (workers <= 1) {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      Result<Report> r = parse_one(i);
      progress.advance(r ? r->source.bytes : 0);
      if (!emit(i, paths[i], r)) break;
    }
    return;
  }

  // Slots hold finished reports until their turn; a worker may run at most `window` inputs
  // ahead of the next one due.
  const std::size_t window = 4 * static_cast<std::size_t>(workers);
  std::vector<std::optional<Result<Report>>> slots(paths.size());
  std::mutex mutex;
  std::condition_variable ready;     // a slot was filled
  std::condition_variable advanced;  // the next due moved on, or the batch stopped
  std::size_t next_to_take = 0;
  std::size_t next_due = 0;
  bool stop = false;

  auto work = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        advanced.wait(lock, [&] { return stop || next_to_take >= paths.size() || next_to_take < next_due + window; });
        if (stop || next_to_take >= paths.size()) return;
        i = next_to_take++;
      }
      Result<Report> r = parse_one(i);
      {
        std::lock_guard lock(mutex);
        slots[i].emplace(std::move(r));
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(work);

  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::optional<Result<Report>> r;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[i].has_value(); });
      r = std::move(slots[i]);
      slots[i].reset();
      next_due = i + 1;
    }
    advanced.notify_all();
    progress.advance(*r ? (*r)->source.bytes : 0);
    if (!emit(i, paths[i], *r)) {
      std::lock_guard lock(mutex);
      stop = true;
      break;
    }
  }
  {
    std::lock_guard lock(mutex);
    stop = true;
  }
  advanced.notify_all();
  for (std::thread& t : threads) t.join();
}

}  // namespace judgement::cli
