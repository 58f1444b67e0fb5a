// Character tables the source normaliser reads: the code points Unicode says a renderer may
// ignore (Default_Ignorable_Code_Point), and the Cyrillic and Greek letters drawn like Latin
// ones (a small confusables skeleton). Data, not rules: the normaliser decides what to do.
#ifndef JUDGEMENT_SRC_SOURCE_CHARACTERS_HPP
#define JUDGEMENT_SRC_SOURCE_CHARACTERS_HPP

namespace judgement::detail {

/// True for a Default_Ignorable_Code_Point (Unicode 14, DerivedCoreProperties.txt): soft
/// hyphen, zero-width and bidi controls, invisible operators, variation selectors, Mongolian
/// free variation selectors, Hangul fillers, tags and the rest.
bool default_ignorable(char32_t cp) noexcept;

/// The ASCII letter a Cyrillic or Greek letter looks like ("а" U+0430 is drawn as "a"), or 0.
char latin_lookalike(char32_t cp) noexcept;

/// True for a Greek or Cyrillic letter (U+0370..U+03FF, U+0400..U+052F).
bool greek_or_cyrillic(char32_t cp) noexcept;

/// True for a Latin letter outside ASCII (U+00C0..U+024F, without × and ÷).
bool latin_non_ascii_letter(char32_t cp) noexcept;

}  // namespace judgement::detail

#endif
