#include "source/characters.hpp"

#include <algorithm>
#include <iterator>

namespace judgement::detail {
namespace {

struct Range {
  char32_t first, last;
};

// Default_Ignorable_Code_Point, as derived by Unicode 14 (unchanged in 15): every range, the
// reserved ones included, so that a future assignment is ignored too.
constexpr Range ignorable[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},   {0x115F, 0x1160}, {0x17B4, 0x17B5},
    {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x206F}, {0x3164, 0x3164},
    {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

struct Lookalike {
  char32_t cp;
  char latin;
};

// Letters of Cyrillic and Greek that the Unicode confusables data (confusables.txt) skeletons to
// one ASCII letter, in order of code point. Only letters drawn the same in common fonts: not
// "и" or "л", which are confusable with nothing Latin.
constexpr Lookalike lookalikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'},
    {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'},
    {0x03B1, 'a'}, {0x03B9, 'i'}, {0x03BA, 'k'}, {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03C1, 'p'}, {0x03C5, 'u'},
    {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'},
    {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0423, 'Y'},
    {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
    {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x04C0, 'I'}, {0x04CF, 'l'},
    {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
};

static_assert(std::is_sorted(std::begin(ignorable), std::end(ignorable),
                             [](const Range& a, const Range& b) { return a.last < b.first; }));
static_assert(std::is_sorted(std::begin(lookalikes), std::end(lookalikes),
                             [](const Lookalike& a, const Lookalike& b) { return a.cp < b.cp; }));

}  // namespace

bool default_ignorable(char32_t cp) noexcept {
  const auto it = std::upper_bound(std::begin(ignorable), std::end(ignorable), cp,
                                   [](char32_t v, const Range& r) { return v < r.first; });
  return it != std::begin(ignorable) && cp <= (it - 1)->last;
}

char latin_lookalike(char32_t cp) noexcept {
  const auto it = std::lower_bound(std::begin(lookalikes), std::end(lookalikes), cp,
                                   [](const Lookalike& l, char32_t v) { return l.cp < v; });
  return it != std::end(lookalikes) && it->cp == cp ? it->latin : '\0';
}

bool greek_or_cyrillic(char32_t cp) noexcept { return cp >= 0x0370 && cp <= 0x052F; }

bool latin_non_ascii_letter(char32_t cp) noexcept {
  return cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7;
}

}  // namespace judgement::detail
