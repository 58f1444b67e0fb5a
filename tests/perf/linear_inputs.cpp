// Makes an input of one family at a given size and parses it once: the program the linearity
// guard (check_linear.cmake, ctest perf.linear) runs under callgrind at two sizes, to check that
// every kind of input, ordinary or pathological, costs time in proportion to its size.
//
//   judgement_perf_linear FAMILY BYTES [SAMPLE_FILE...]
//
// The families (each made deterministically; SAMPLE_FILEs give the report text some of them use):
//   report      the sample reports, repeated         one_line    the same text on a single line
//   bullets     a list of short bullets               digits      digits, no space nor line break
//   table       rows of a four-column grade table     numbered    numbered paragraphs
//   binary      pseudo-random bytes                   nul         text full of NUL bytes
//   bad_utf8    text full of bytes that are not UTF-8 utf16       the report text in UTF-16LE
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "judgement/parse.hpp"

namespace {

// `unit` repeated and cut to `bytes` (perhaps inside a character: the parse must take that too).
std::string repeat_to(std::string_view unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out.append(unit);
  out.resize(bytes);
  return out;
}

std::string sample_text(int argc, char** argv) {
  std::string text;
  for (int i = 3; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    text += s.str();
  }
  if (text.empty()) text = "1. Inspection of children's services. The local authority is good.\n";
  return text;
}

// A string of `bytes` made by `unit(k)` for k = 0, 1, ...
template <typename Unit>
std::string generate(std::size_t bytes, Unit unit) {
  std::string out;
  out.reserve(bytes + 64);
  for (std::size_t k = 0; out.size() < bytes; ++k) out += unit(k);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: judgement_perf_linear FAMILY BYTES [SAMPLE_FILE...]\n");
    return 2;
  }
  const std::string family = argv[1];
  const auto bytes = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
  std::string input;
  if (family == "report") {
    input = repeat_to(sample_text(argc, argv), bytes);
  } else if (family == "one_line") {
    input = repeat_to(sample_text(argc, argv), bytes);
    for (char& c : input) c = (c == '\n' || c == '\f') ? ' ' : c;
  } else if (family == "bullets") {
    input = "Areas for improvement\n" + repeat_to("\xE2\x80\xA2 ensure that plans are reviewed\n", bytes);
  } else if (family == "digits") {
    input = generate(bytes, [](std::size_t k) { return std::string(1, static_cast<char>('0' + k % 10)); });
  } else if (family == "table") {
    input = generate(bytes, [](std::size_t k) {
      return "Area " + std::to_string(k) + "    Good    12 March 2019    " + std::to_string(k % 100) + "%\n";
    });
  } else if (family == "numbered") {
    input = generate(bytes, [](std::size_t k) {
      return std::to_string(k % 999 + 1) + ". Children are seen within 10 working days; 45% of plans are up to date.\n\n";
    });
  } else if (family == "binary") {
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;  // xorshift64
    input = generate(bytes, [&x](std::size_t) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      return std::string(1, static_cast<char>(x & 0xFF));
    });
  } else if (family == "nul") {
    input = repeat_to(std::string_view("Good\0\0 progress\0\n", 18), bytes);
  } else if (family == "bad_utf8") {
    input = repeat_to("Requires \xFF improvement \xC3( to be \xE2\x82 good\n", bytes);
  } else if (family == "utf16") {
    const std::string text = repeat_to(sample_text(argc, argv), bytes / 2);
    input = "\xFF\xFE";
    for (unsigned char c : text) {  // ASCII and Latin-1 bytes as code units: enough for the cost
      input += static_cast<char>(c);
      input += '\0';
    }
  } else {
    std::fprintf(stderr, "judgement_perf_linear: unknown family %s\n", family.c_str());
    return 2;
  }
  const auto report = judgement::parse(input, judgement::ParseOptions{});
  if (!report) {
    std::fprintf(stderr, "judgement_perf_linear: %s\n", report.error().message.c_str());
    return 1;
  }
  std::printf("%s: %zu bytes, %zu diagnostics\n", family.c_str(), input.size(), report->diagnostics.size());
  return 0;
}
