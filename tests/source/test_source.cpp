// The source stage: normalised text, and every offset of it back to the original bytes.
#include <catch2/catch.hpp>

#include <sys/mman.h>

#include <deque>
#include <string>
#include <vector>

#include "source/source.hpp"
#include "source/utf16.hpp"

using judgement::ErrorCode;
using judgement::detail::Line;
using judgement::detail::Source;
using judgement::Utf8Policy;

namespace {

Source load(std::string original, Utf8Policy policy = Utf8Policy::replace) {
  // A Source reads its lines from the original: the original must outlive it.
  static std::deque<std::string> originals;
  originals.push_back(std::move(original));
  auto r = Source::load(originals.back(), policy);
  REQUIRE(r.ok());
  return std::move(r).value();
}

// The original bytes a normalised stretch came from.
std::string original_of(const Source& s, std::size_t begin, std::size_t end) {
  const auto span = s.span(begin, end);
  return std::string(s.original().substr(span.begin, span.end - span.begin));
}

}  // namespace

TEST_CASE("CRLF and lone CR become LF, and offsets still map back", "[source]") {
  const std::string original = "Inspection dates:\r\n15 to 26 July 2019\rLead inspector\nMaire Atherton";
  const Source s = load(original);
  CHECK(s.normalised_text() == "Inspection dates:\n15 to 26 July 2019\nLead inspector\nMaire Atherton");
  REQUIRE(s.lines().size() == 4);
  CHECK(s.text(s.lines()[1]) == "15 to 26 July 2019");
  CHECK(s.text(s.lines()[3]) == "Maire Atherton");
  for (const auto& line : s.lines()) CHECK(original_of(s, line.begin, line.end) == s.text(line));
  CHECK(s.span(s.lines()[1].begin, s.lines()[1].end).line == 2);
  CHECK(s.span(s.lines()[2].begin, s.lines()[2].end).line == 3);
  CHECK(s.span(s.lines()[3].begin, s.lines()[3].end).line == 4);
}

TEST_CASE("spaces, ligatures, bullets and invisible characters are normalised", "[source]") {
  const std::string original =
      "Good\xC2\xA0practice\xE2\x80\x89here\n"          // no-break and thin space
      "\xEF\xAC\x81nal e\xEF\xAC\x83" "cient\n"             // ﬁ ﬃ
      "\xEF\x82\xA7 first\n\xEF\x81\xAE second\n"        // U+F0A7, U+F06E
      "\xE2\x97\xBC third\n\xE2\x97\x8F fourth\n"        // ◼ ●
      "soft\xC2\xADhyphen zero\xE2\x80\x8Bwidth";      // U+00AD, U+200B
  const Source s = load(original);
  CHECK(s.normalised_text() ==
        "Good practice here\nfinal efficient\n\xE2\x80\xA2 first\n\xE2\x80\xA2 second\n"
        "\xE2\x80\xA2 third\n\xE2\x80\xA2 fourth\nsofthyphen zerowidth");
  // A word after a ligature maps back to its own bytes.
  const std::size_t at = s.normalised_text().find("efficient");
  CHECK(original_of(s, at, at + 9) == "e\xEF\xAC\x83" "cient");
  const std::size_t good = s.normalised_text().find("practice");
  CHECK(original_of(s, good, good + 8) == "practice");
  // An offset inside an expanded ligature maps to the whole character, never half of it.
  const std::size_t fi = s.normalised_text().find("final");
  CHECK(original_of(s, fi + 1, fi + 2) == "\xEF\xAC\x81");
  for (const auto& line : s.lines()) CHECK_FALSE(original_of(s, line.begin, line.end).empty());
}

TEST_CASE("form feeds are page breaks", "[source]") {
  const Source s = load("page one\n1\n\fpage two\n2\n\fpage three");
  CHECK(s.paged());
  CHECK(s.normalised_text().find('\f') != std::string_view::npos);
  std::vector<std::uint32_t> pages;
  for (const auto& line : s.lines()) {
    if (s.text(line).rfind("page", 0) == 0) pages.push_back(line.page);
  }
  CHECK(pages == std::vector<std::uint32_t>{1, 2, 3});
  const std::size_t two = s.normalised_text().find("page two");
  CHECK(s.span(two, two + 8).page == 2);
  CHECK(load("no pages here").span(0, 2).page == 0);
}

TEST_CASE("invalid UTF-8: replaced with a note, or an error with its position", "[source]") {
  const std::string original = "line one\nbad \xFF byte and \xC3 truncated";
  const Source s = load(original);
  CHECK(s.normalised_text() == "line one\nbad \xEF\xBF\xBD byte and \xEF\xBF\xBD truncated");
  REQUIRE(s.notes().size() == 2);
  CHECK(std::string(s.notes()[0].code) == "invalid-utf8");
  CHECK(s.span(s.notes()[0].begin, s.notes()[0].end).begin == 13);
  CHECK(original_of(s, s.notes()[0].begin, s.notes()[0].end) == "\xFF");

  const auto strict = Source::load(original, Utf8Policy::strict);
  REQUIRE_FALSE(strict.ok());
  CHECK(strict.error().code == ErrorCode::encoding);
  CHECK(strict.error().offset == 13);
  CHECK(strict.error().line == 2);
  CHECK(strict.error().column == 5);
  CHECK(strict.error().message.find("0xFF") != std::string::npos);
}

TEST_CASE("overlong forms and surrogates are not UTF-8", "[source]") {
  CHECK_FALSE(Source::load("\xC0\xAF", Utf8Policy::strict).ok());
  CHECK_FALSE(Source::load("\xED\xA0\x80", Utf8Policy::strict).ok());
  CHECK_FALSE(Source::load("\xF4\x90\x80\x80", Utf8Policy::strict).ok());
  CHECK(Source::load("caf\xC3\xA9 \xF0\x9F\x98\x80", Utf8Policy::strict).ok());
}

TEST_CASE("a byte-order mark and NUL bytes", "[source]") {
  const Source s = load("\xEF\xBB\xBFHello\0world", Utf8Policy::replace);
  CHECK(s.normalised_text() == "Hello");  // the literal stops at NUL; see the next check for embedded NULs
  const std::string with_nul("ab\0cd", 5);
  const Source t = load(with_nul);
  CHECK(t.normalised_text() == "ab cd");
  REQUIRE(t.notes().size() == 1);
  CHECK(std::string(t.notes()[0].code) == "nul-byte");
  CHECK(s.span(0, 5).begin == 3);  // "Hello" starts after the BOM
}

TEST_CASE("empty input and a final line break", "[source]") {
  CHECK(load("").lines().size() == 1);
  CHECK(load("one\ntwo\n").lines().size() == 2);
}

TEST_CASE("a line normalisation left alone is read from the original; only changed lines are copied", "[source]") {
  const std::string original = std::string("\xEF\xBB\xBFTitle\r\nplain line\n\xC2\xA0indented by a no-break space\n") +
                               "soft\xC2\xADhyphen inside\nends with a soft hyphen\xC2\xAD\n" + "a\f\f" +
                               "page three\tkept\nNUL" + std::string(1, '\0') + "byte\nbad \xFF byte\nlast\r";
  const Source s = load(original);
  const std::string whole = s.normalised_text();
  CHECK(whole == "Title\nplain line\n indented by a no-break space\nsofthyphen inside\nends with a soft hyphen\n"
                 "a\f\fpage three\tkept\nNUL byte\nbad \xEF\xBF\xBD byte\nlast\n");
  CHECK(s.size() == whole.size());
  std::vector<std::string> edited;
  for (const auto& line : s.lines()) {
    const std::string_view text = s.text(line);
    CHECK(text == std::string_view(whole).substr(line.begin, line.size()));
    const bool in_original = text.data() >= s.original().data() && text.data() <= s.original().data() + s.original().size();
    CHECK(in_original == !line.edited);
    if (line.edited) edited.emplace_back(text);
  }
  // The BOM, a CRLF and a trailing soft hyphen are outside their lines' text: those lines are views.
  CHECK(edited == std::vector<std::string>{" indented by a no-break space", "softhyphen inside", "NUL byte",
                                           "bad \xEF\xBF\xBD byte"});
  std::string scratch;
  CHECK(s.text(0, whole.size(), scratch) == whole);
  const std::size_t from = whole.find("line"), to = whole.find("space") + 5;
  CHECK(s.text(from, to, scratch) == whole.substr(from, to - from));
  CHECK(s.text(from, from + 4, scratch).data() != scratch.data());  // within a line: a view
}

TEST_CASE("a text of 4 GiB or more is refused from its size, before a byte of it is read", "[source][bounds]") {
  // Offsets are 32 bits. The text here is 4 GiB of address space none of which may be read
  // (PROT_NONE, and no memory behind it): a Source that looked at a byte would crash the test.
  for (const std::size_t size : {judgement::max_input_bytes + 1, judgement::max_input_bytes + 4097}) {
    void* p = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    REQUIRE(p != MAP_FAILED);
    auto r = Source::load(std::string_view(static_cast<const char*>(p), size));
    munmap(p, size);
    REQUIRE(!r.ok());
    CHECK(r.error().code == ErrorCode::limit);
    CHECK(r.error().message == "the text is " + std::to_string(size) +
                                   " bytes, more than the 4294967295 bytes (4 GiB - 1) judgement reads");
  }
}

TEST_CASE("a line's offsets, page and where its bytes are fit in 16 bytes, up to the last byte of 4 GiB", "[source][bounds]") {
  Line line;
  line.begin = judgement::detail::to_offset(judgement::max_input_bytes - 1);
  line.end = judgement::detail::to_offset(judgement::max_input_bytes);
  line.at = judgement::detail::to_offset(judgement::max_input_bytes - 1);
  line.page = judgement::detail::max_pages;
  line.edited = 1;
  CHECK(line.size() == 1);
  CHECK(line.end == judgement::max_input_bytes);
  CHECK(line.page == judgement::detail::max_pages);
  CHECK(line.edited == 1);
  line.edited = 0;
  CHECK(line.page == judgement::detail::max_pages);  // the flag and the page do not overlap
  CHECK(load("one\ftwo").lines().back().page == 2);
}

// UTF-8 takes up to 3 bytes for each 2 of UTF-16: a text under the bound as UTF-16 may pass it
// as UTF-8, and is refused as soon as it does, not once the whole of it is made (a UTF-16 text
// just under 4 GiB would otherwise grow to 6 GiB before Source::load refuses it).
TEST_CASE("UTF-16 whose UTF-8 would pass the bound is refused while it is converted", "[source]") {
  std::string bytes("\xFF\xFE", 2);  // UTF-16LE
  for (int i = 0; i < 100; ++i) bytes += std::string("\x3E\x20", 2);  // U+203E, 3 bytes of UTF-8
  std::size_t replaced = 0;
  const auto whole = judgement::detail::utf16_to_utf8(bytes, judgement::Utf8Policy::replace, replaced, 300);
  REQUIRE(whole);
  CHECK(whole->size() == 300);
  const auto refused = judgement::detail::utf16_to_utf8(bytes, judgement::Utf8Policy::replace, replaced, 299);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == judgement::ErrorCode::limit);
  CHECK(refused.error().message.find("converted from UTF-16 to UTF-8") != std::string::npos);
  CHECK(refused.error().message.find("299 bytes") != std::string::npos);
  // The bound the parse uses is the one every text has: 4 GiB - 1, said as such.
  const auto fits = judgement::detail::utf16_to_utf8(bytes, judgement::Utf8Policy::replace, replaced);
  REQUIRE(fits);
  CHECK(fits->size() == 300);
}
