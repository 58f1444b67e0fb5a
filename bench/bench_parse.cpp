// Throughput of the whole parse and of each stage of the pipeline on the shared corpus of real
// report text (docs/performance.md). Every benchmark runs at three sizes of the same text:
//
//   <stage>/1x        the corpus documents, parsed one by one as separate documents
//   <stage>/10x_doc   each document's text repeated 10 times: one document 10 times as long,
//                     so that time per byte against 1x shows whether the cost is linear in the
//                     size of a document
//   <stage>/50MB_list the corpus list repeated until it holds at least 50 MB (22 times for the
//                     shared corpus): many documents of the usual size, the measure the
//                     performance targets name, and a check on the harness (it should match 1x)
//
// and reports bytes of input text per second (SetBytesProcessed; MB/s in the table). Every
// iteration does the stage's full work on every document: nothing is cached between iterations.
// Inputs a stage reads (the Source for layout, the Layout for the recognisers, the Report for
// to_json) are made once before the timed loop; what a stage writes into (the Report a
// recogniser fills, the string parse() takes by value) is made afresh, untimed, each iteration.
// Times are CPU times (steadier than wall time on a busy machine, though not immune to it).
// The recogniser benchmarks run a fixed number of iterations (see recogniser_iterations).
//
// The corpus is read at run time from $JUDGEMENT_CORPUS, else from JUDGEMENT_CORPUS_DIR (the
// build's define): <dir>/*.txt and <dir>/real/*.txt.
//
// PDFs are measured apart, in pages per second, over <dir>/real/*.pdf (benchmarks <stage>/pdfs):
//
//   pdf_extract/pdfs     judgement::pdf_text: poppler's text extraction, every page
//   pdf_parse_text/pdfs  judgement::parse of the text extracted beforehand
//   pdf_parse/pdfs       judgement::parse of the PDF bytes: both, as a user calls it
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "layout/layout.hpp"
#include "recognise/recognisers.hpp"
#include "report/builder.hpp"
#include "source/source.hpp"

#ifndef JUDGEMENT_CORPUS_DIR
#error "JUDGEMENT_CORPUS_DIR must name the shared corpus (bench/CMakeLists.txt defines it)"
#endif

namespace {

namespace fs = std::filesystem;
namespace jd = judgement::detail;

// --- the corpus -------------------------------------------------------------------------------

fs::path corpus_dir() {
  if (const char* env = std::getenv("JUDGEMENT_CORPUS"); env != nullptr && *env != '\0') return env;
  return JUDGEMENT_CORPUS_DIR;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// <dir>/*<extension> and <dir>/real/*<extension>, in path order.
std::vector<std::string> load_corpus(const fs::path& dir, const char* extension = ".txt") {
  std::vector<fs::path> paths;
  for (const fs::path& d : {dir, dir / "real"}) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) continue;
    for (const fs::directory_entry& e : fs::directory_iterator(d)) {
      if (e.is_regular_file() && e.path().extension() == extension) paths.push_back(e.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  texts.reserve(paths.size());
  for (const fs::path& p : paths) texts.push_back(read_file(p));
  return texts;
}

// One document's text `times` times over, as one document (a line break between copies).
std::string repeated(std::string_view text, int times) {
  std::string out;
  out.reserve((text.size() + 1) * static_cast<std::size_t>(times));
  for (int k = 0; k < times; ++k) {
    out += text;
    if (!text.empty() && text.back() != '\n') out += '\n';
  }
  return out;
}

// The documents one iteration reads; views into storage that lives for the whole run.
struct Workload {
  std::string name;
  std::vector<std::string_view> docs;
  std::size_t bytes = 0;
};

Workload workload(std::string name, const std::vector<std::string>& texts, int list_times) {
  Workload w{std::move(name), {}, 0};
  for (int k = 0; k < list_times; ++k) {
    for (const std::string& t : texts) {
      w.docs.push_back(t);
      w.bytes += t.size();
    }
  }
  return w;
}

void finish(benchmark::State& state, const Workload& w) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(w.bytes));
  state.counters["docs"] = static_cast<double>(w.docs.size());
  state.counters["input_MB"] = static_cast<double>(w.bytes) / 1e6;
}

// Sources of every document, made once; a Layout keeps a pointer to its Source, so the vector
// is filled before any layout is built from it and never grows after.
std::vector<jd::Source> sources_of(const Workload& w) {
  std::vector<jd::Source> sources;
  sources.reserve(w.docs.size());
  for (std::string_view d : w.docs) {
    auto s = jd::Source::load(d);
    if (!s) {
      std::fprintf(stderr, "judgement_bench: source stage failed: %s\n", s.error().message.c_str());
      std::exit(1);
    }
    sources.push_back(std::move(s).value());
  }
  return sources;
}

std::vector<jd::Layout> layouts_of(const std::vector<jd::Source>& sources) {
  std::vector<jd::Layout> layouts;
  layouts.reserve(sources.size());
  for (const jd::Source& s : sources) layouts.push_back(jd::build_layout(s));
  return layouts;
}

// --- the benchmarks ---------------------------------------------------------------------------

// The floor: find every line break with memchr, over the same bytes.
void bm_linecount(benchmark::State& state, const Workload& w) {
  for (auto _ : state) {
    std::size_t lines = 0;
    for (std::string_view d : w.docs) {
      const char* p = d.data();
      const char* const end = d.data() + d.size();
      while (p < end) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (nl == nullptr) break;
        ++lines;
        p = static_cast<const char*>(nl) + 1;
      }
    }
    benchmark::DoNotOptimize(lines);
  }
  finish(state, w);
}

void bm_source(benchmark::State& state, const Workload& w) {
  for (auto _ : state) {
    for (std::string_view d : w.docs) {
      auto s = jd::Source::load(d);
      benchmark::DoNotOptimize(s);
    }
  }
  finish(state, w);
}

void bm_layout(benchmark::State& state, const Workload& w) {
  const std::vector<jd::Source> sources = sources_of(w);
  for (auto _ : state) {
    for (const jd::Source& s : sources) {
      jd::Layout layout = jd::build_layout(s);
      benchmark::DoNotOptimize(layout);
    }
  }
  finish(state, w);
}

struct Recogniser {
  const char* name;
  void (*run)(jd::ReportBuilder&);
};

// Every recogniser, in the order parse() runs them (src/parse.cpp); keep the two in step.
constexpr Recogniser recognisers[] = {
    {"recognise_document", jd::recognise_document},
    {"recognise_judgements", jd::recognise_judgements},
    {"recognise_paragraphs", jd::recognise_paragraphs},
    {"recognise_findings", jd::recognise_findings},
    {"recognise_references", jd::recognise_references},
    {"recognise_dates", jd::recognise_dates},
    {"recognise_quantities", jd::recognise_quantities},
};

// One recogniser on its own, as parse() runs it: a ReportBuilder over the document's layout,
// into a report already holding what parse() would have written before this recogniser runs
// (the source's notes and the output of every recogniser earlier in the pipeline). That report
// is copied afresh, untimed, each iteration.
void bm_recogniser(benchmark::State& state, const Workload& w, std::size_t which) {
  const std::vector<jd::Source> sources = sources_of(w);
  const std::vector<jd::Layout> layouts = layouts_of(sources);
  const judgement::ParseOptions options;
  // The report of each document as parse() has it just before this recogniser runs; each
  // iteration starts from a copy (a copy shares the text store, where the recogniser's kept
  // strings go).
  std::vector<judgement::Report> before(w.docs.size());
  for (std::size_t i = 0; i < w.docs.size(); ++i) {
    judgement::Report& r = before[i];
    r.store = std::make_shared<judgement::TextStore>(std::string(w.docs[i]));
    r.source.bytes = w.docs[i].size();
    jd::ReportBuilder out(r, layouts[i], options);
    for (const jd::SourceNote& note : sources[i].notes()) {
      out.diagnose(judgement::Severity::warning, note.code, note.message, sources[i].span(note.begin, note.end));
    }
    for (std::size_t k = 0; k < which; ++k) recognisers[k].run(out);
  }
  std::vector<judgement::Report> reports;
  for (auto _ : state) {
    state.PauseTiming();
    reports = before;
    state.ResumeTiming();
    for (std::size_t i = 0; i < w.docs.size(); ++i) {
      jd::ReportBuilder out(reports[i], layouts[i], options);
      recognisers[which].run(out);
    }
    benchmark::ClobberMemory();
  }
  finish(state, w);
}

// Parses every one of `docs` through the public API. The strings parse() takes by value are
// copied untimed each iteration; freeing the reports is timed.
template <typename Docs>
void parse_each(benchmark::State& state, const Docs& docs) {
  std::vector<std::string> inputs;
  for (auto _ : state) {
    state.PauseTiming();
    inputs.assign(docs.begin(), docs.end());
    state.ResumeTiming();
    for (std::string& input : inputs) {
      auto report = judgement::parse(std::move(input));
      if (!report) state.SkipWithError("parse failed");
      benchmark::DoNotOptimize(report);
    }
  }
}

// The whole parse.
void bm_parse(benchmark::State& state, const Workload& w) {
  parse_each(state, w.docs);
  finish(state, w);
}

// Writing the parsed reports as JSON (compact); MB/s is of the input text, as for every stage.
void bm_to_json(benchmark::State& state, const Workload& w) {
  std::vector<judgement::Report> reports;
  reports.reserve(w.docs.size());
  for (std::string_view d : w.docs) reports.push_back(judgement::parse(std::string(d)).value());
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    json_bytes = 0;
    for (const judgement::Report& r : reports) {
      std::string json = judgement::to_json(r);
      json_bytes += json.size();
      benchmark::DoNotOptimize(json.data());
    }
  }
  finish(state, w);
  state.counters["json_MB"] = static_cast<double>(json_bytes) / 1e6;
}

// --- PDFs: pages per second, extraction and parsing apart ---------------------------------------

struct Pdfs {
  std::vector<std::string> files;  // the PDF bytes
  std::vector<std::string> texts;  // their text, as pdf_text gives it (each page ends in '\f')
  std::size_t bytes = 0;           // of the PDFs
  std::size_t text_bytes = 0;
  std::size_t pages = 0;
};

void finish_pdfs(benchmark::State& state, const Pdfs& p) {
  const auto n = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(p.bytes));
  state.counters["pages_per_s"] = benchmark::Counter(n * static_cast<double>(p.pages), benchmark::Counter::kIsRate);
  state.counters["pages"] = static_cast<double>(p.pages);
  state.counters["docs"] = static_cast<double>(p.files.size());
  state.counters["text_MB"] = static_cast<double>(p.text_bytes) / 1e6;
}

void bm_pdf_extract(benchmark::State& state, const Pdfs& p) {
  for (auto _ : state) {
    for (const std::string& pdf : p.files) {
      auto text = judgement::pdf_text(pdf);
      if (!text) state.SkipWithError("pdf_text failed");
      benchmark::DoNotOptimize(text);
    }
  }
  finish_pdfs(state, p);
}

void bm_pdf_parse_text(benchmark::State& state, const Pdfs& p) {
  parse_each(state, p.texts);
  finish_pdfs(state, p);
}

void bm_pdf_parse(benchmark::State& state, const Pdfs& p) {
  parse_each(state, p.files);
  finish_pdfs(state, p);
}

Pdfs load_pdfs(const fs::path& dir) {
  Pdfs p;
  for (std::string& pdf : load_corpus(dir, ".pdf")) {
    auto text = judgement::pdf_text(pdf);
    if (!text) {
      std::fprintf(stderr, "judgement_bench: a corpus PDF did not open: %s\n", text.error().message.c_str());
      std::exit(1);
    }
    p.pages += static_cast<std::size_t>(std::count(text->begin(), text->end(), '\f'));
    p.bytes += pdf.size();
    p.text_bytes += text->size();
    p.texts.push_back(std::move(text).value());
    p.files.push_back(std::move(pdf));
  }
  return p;
}

// Iterations of a recogniser benchmark. Their untimed set-up (copying the reports) would
// make the library's own choice of iterations, which counts timed work only, run for ever
// for a recogniser that does little, so the count is fixed: about a second of the slower
// recognisers on a 2 GHz machine.
int recogniser_iterations(const Workload& w) { return w.name == "1x" ? 30 : 3; }

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  const fs::path dir = corpus_dir();
  // Storage for every workload; views into it live until the end of main.
  static const std::vector<std::string> texts = load_corpus(dir);
  if (texts.empty()) {
    std::fprintf(stderr, "judgement_bench: no *.txt documents in %s or %s/real (set JUDGEMENT_CORPUS)\n",
                 dir.c_str(), dir.c_str());
    return 1;
  }
  static const std::vector<std::string> texts10 = [] {
    std::vector<std::string> out;
    out.reserve(texts.size());
    for (const std::string& t : texts) out.push_back(repeated(t, 10));
    return out;
  }();
  static const std::vector<Workload> workloads = [] {
    Workload once = workload("1x", texts, 1);
    constexpr std::size_t list_bytes = 50'000'000;
    const auto list_times = static_cast<int>(std::max<std::size_t>(2, (list_bytes + once.bytes - 1) / std::max<std::size_t>(once.bytes, 1)));
    return std::vector<Workload>{
        std::move(once),
        workload("10x_doc", texts10, 1),
        workload("50MB_list", texts, list_times),
    };
  }();
  benchmark::AddCustomContext("corpus", dir.string());
  benchmark::AddCustomContext("corpus_documents", std::to_string(texts.size()));
  benchmark::AddCustomContext("corpus_bytes", std::to_string(workloads.front().bytes));

  using Fn = std::function<void(benchmark::State&, const Workload&)>;
  std::vector<std::pair<std::string, Fn>> stages = {
      {"linecount", bm_linecount},
      {"source", bm_source},
      {"layout", bm_layout},
  };
  for (std::size_t k = 0; k < std::size(recognisers); ++k) {
    stages.emplace_back(recognisers[k].name, [k](benchmark::State& s, const Workload& w) { bm_recogniser(s, w, k); });
  }
  stages.emplace_back("parse", bm_parse);
  stages.emplace_back("to_json", bm_to_json);

  for (const auto& [stage, fn] : stages) {
    for (const Workload& w : workloads) {
      auto* b = benchmark::RegisterBenchmark((stage + "/" + w.name).c_str(),
                                             [fn = fn, &w](benchmark::State& s) { fn(s, w); });
      b->Unit(benchmark::kMillisecond);
      if (stage.starts_with("recognise_")) b->Iterations(recogniser_iterations(w));
    }
  }
  static const Pdfs pdfs = load_pdfs(dir);
  if (!pdfs.files.empty()) {
    benchmark::AddCustomContext("pdf_documents", std::to_string(pdfs.files.size()));
    benchmark::AddCustomContext("pdf_pages", std::to_string(pdfs.pages));
    benchmark::AddCustomContext("pdf_bytes", std::to_string(pdfs.bytes));
    using PdfFn = void (*)(benchmark::State&, const Pdfs&);
    for (const auto& [stage, fn] : {std::pair<const char*, PdfFn>{"pdf_extract", bm_pdf_extract},
                                    {"pdf_parse_text", bm_pdf_parse_text},
                                    {"pdf_parse", bm_pdf_parse}}) {
      benchmark::RegisterBenchmark((std::string(stage) + "/pdfs").c_str(), [fn = fn](benchmark::State& s) { fn(s, pdfs); })
          ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
