// The document reader's lexicon lists (lexicon `document`), compiled once: each list's phrases
// by their first byte, so that a text is searched for the whole list in one pass from word start
// to word start instead of once a phrase.
#ifndef JUDGEMENT_SRC_RECOGNISE_DOCUMENT_PHRASES_HPP
#define JUDGEMENT_SRC_RECOGNISE_DOCUMENT_PHRASES_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "profile/lexicon.hpp"
#include "source/fold.hpp"

namespace judgement::detail {

/// One phrase list compiled for searching folded text: a block's folded text
/// (Layout::folded), or a short text as written read through a FoldedView (source/fold.hpp),
/// which folds no copy of it. Every answer is what find_phrase()/phrase_at() give in the folded
/// text, phrase by phrase, for the list.
class PhraseSet {
 public:
  static constexpr std::size_t npos = std::string_view::npos;

  PhraseSet() = default;
  explicit PhraseSet(const std::vector<std::string>& phrases) : PhraseSet({&phrases}) {}
  /// Several lists in one: list k's phrases are tagged 1 << k (at most 32 lists).
  explicit PhraseSet(std::initializer_list<const std::vector<std::string>*> lists);
  /// Rows of phrases (views that must outlive the set), each with its tag.
  explicit PhraseSet(std::vector<std::pair<std::string_view, std::uint32_t>> rows);

  /// The leftmost place at or after `from` where a phrase of the list occurs as whole words, the
  /// longest phrase there; `end` (when given) receives its end, 0 when none. npos when none.
  std::size_t first(std::string_view folded, std::size_t from = 0, std::size_t* end = nullptr) const;
  std::size_t first(FoldedView text, std::size_t from = 0, std::size_t* end = nullptr) const;
  /// Whether a phrase of the list occurs in the text.
  [[nodiscard]] bool in(std::string_view folded) const { return first(folded) != npos; }
  [[nodiscard]] bool in(FoldedView text) const { return first(text) != npos; }
  /// The end of the longest phrase of the list at [at], npos when none starts there.
  [[nodiscard]] std::size_t longest_at(std::string_view folded, std::size_t at) const;
  [[nodiscard]] std::size_t longest_at(FoldedView text, std::size_t at) const;
  /// The leftmost start of a phrase of the list that ends exactly at `end`, npos when none.
  [[nodiscard]] std::size_t ending_at(std::string_view folded, std::size_t end) const;
  [[nodiscard]] std::size_t ending_at(FoldedView text, std::size_t end) const;
  /// Whether `s` (folded) is one of the phrases, whole.
  [[nodiscard]] bool is_one(std::string_view s) const;
  /// Whether the text as written is one of the phrases, whole.
  [[nodiscard]] bool is_one(FoldedView text) const;
  /// The tags of the lists that have a phrase in `folded`, in one pass; the pass stops once it
  /// has found one of the lists in `enough`.
  [[nodiscard]] std::uint32_t lists_in(std::string_view folded, std::uint32_t enough = 0) const;
  /// Every place a phrase occurs in `hay` (a folded std::string_view, or a FoldedView) as whole
  /// words, in order of place: hit(row, at, end), `row` the phrase's position in the rows the set
  /// was made from. Only the places in [from, to).
  template <class Hay, class Hit>
  void each(const Hay& hay, Hit&& hit, std::size_t from = 0, std::size_t to = npos) const {
    // Word start to word start, as first() goes.
    to = std::min(to, hay.size());
    for (std::size_t at = from; at < to;) {
      const char c = hay[at];
      if (may_start_at(hay, at)) {
        auto try_bucket = [&](unsigned char b) {
          for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
            const std::size_t e = match(hay, at, phrases_[r]);
            if (e != npos) hit(rows_[r], at, e);
          }
        };
        try_bucket(static_cast<unsigned char>(c));
        if (c == '\x01') try_bucket('\'');
      }
      ++at;
      if (folded_word_byte(c)) {
        while (at < to && word_at(hay, at)) ++at;
      }
    }
  }

 private:
  std::vector<std::string_view> phrases_;      // into the lexicon, which outlives every parse; by first byte
  std::vector<std::uint32_t> tags_;            // each phrase's list, as a bit
  std::vector<std::uint32_t> rows_;            // each phrase's row, as made
  std::vector<std::uint32_t> apostrophes_;     // each phrase's count of "'"
  std::array<std::uint32_t, 257> bucket_{};    // phrases starting with byte b: [bucket_[b], bucket_[b + 1])
  std::array<std::uint64_t, 4> starts_{};      // the bytes some phrase can match at (a bitmap)
  // The phrases' first two bytes, hashed into a bitmap; `any_second_` the first bytes of
  // phrases whose second byte is not to be tested (one byte long, or an apostrophe in the first
  // two, which matches the folded text's padding).
  std::array<std::uint64_t, 64> pairs_{};
  std::array<std::uint64_t, 4> any_second_{};
  // The end of `phrase` as whole words at [at] of folded text or of text as written.
  static std::size_t match(std::string_view folded, std::size_t at, std::string_view phrase) {
    return phrase_at(folded, at, phrase);
  }
  static std::size_t match(FoldedView text, std::size_t at, std::string_view phrase) {
    return phrase_at_folded(text.text, at, phrase);
  }
  template <class Hay>
  std::size_t first_in(const Hay& hay, std::size_t from, std::size_t* end) const;
  template <class Hay>
  std::size_t longest_in(const Hay& hay, std::size_t at) const;
  template <class Hay>
  std::size_t ending_in(const Hay& hay, std::size_t end) const;
  [[nodiscard]] bool may_start(unsigned char c) const { return (starts_[c >> 6] >> (c & 63)) & 1u; }
  [[nodiscard]] static std::size_t pair_key(unsigned char a, unsigned char b) { return (a * 67u + b) & 4095u; }
  // Whether a phrase can start at hay[at] by its first two bytes.
  template <class Hay>
  [[nodiscard]] bool may_start_at(const Hay& hay, std::size_t at) const {
    const auto c = static_cast<unsigned char>(hay[at]);
    if (!may_start(c)) return false;
    if (((any_second_[c >> 6] >> (c & 63)) & 1u) || at + 1 >= hay.size()) return true;
    const std::size_t k = pair_key(c, static_cast<unsigned char>(hay[at + 1]));
    return (pairs_[k >> 6] >> (k & 63)) & 1u;
  }
};

/// The document reader's lists, compiled.
struct DocumentPhrases {
  explicit DocumentPhrases(const Lexicon& lexicon);
  // inspector_role holds views of inspector_role_plurals' strings: never copied or moved.
  DocumentPhrases(const DocumentPhrases&) = delete;
  DocumentPhrases& operator=(const DocumentPhrases&) = delete;
  /// The built-in registry's lists once for every parse; another lexicon's into `own`.
  static const DocumentPhrases& of(const Lexicon& lexicon, std::optional<DocumentPhrases>& own);

  PhraseSet provider_head, provider_end, not_provider, address, inspector_lead, not_inspector, signer,
      committee_opening, news_opening, news_said, news_speaker, role_word, lead_role, not_team_role,
      not_place, not_name_start;
  /// Each inspector_role row whose last word is a role_plural singular, that word made plural
  /// ("ofsted inspector" -> "ofsted inspectors", "hmi" -> "hmis"), unless a row already is it.
  std::vector<std::string> inspector_role_plurals;
  /// inspector_role's rows, then inspector_role_plurals: each phrase's row is its place in the
  /// two lists, one after the other.
  PhraseSet inspector_role;
  /// committee_cover (tag 1) and committee_body (tag 2), read from a cover in one pass.
  PhraseSet committee;
  /// The profiles' titles (Lexicon::titles()), each phrase's row its index there.
  PhraseSet titles;
  /// visit_date_subject as listed; visit_date_lead, inspector_line_lead and honorific in list
  /// order with the spaces the reader's searches take: " took place on ", "lead inspector ", "mr ".
  std::vector<std::string> visit_subjects, visit_leads, inspector_line_leads, honorifics;
  /// place_before in list order with the spaces around it the reader's search takes: " in ".
  std::vector<std::string> place_befores;
  /// list_and in list order with the spaces around it that splitting a list of names takes:
  /// " and " ("A, B and C"), matched as written.
  std::vector<std::string> list_ands;
  /// open_end in list order with the space before it that a value's end is compared with: " and".
  std::vector<std::string> open_ends;
  /// title_rest in list order with the space before it that the search of a title takes: " services".
  std::vector<std::string> title_rests;
  /// Each inspector_role row, then each of inspector_role_plurals (by its row in inspector_role),
  /// whether a role_word is in it: a role shared by a letter's list of names is one that is.
  std::vector<std::uint8_t> inspector_role_worded;
  /// role_plural's pairs: a plural role word and its singular, and whether the plural has no
  /// "'" (so that, written, it is as long as it is listed); and the bytes as written a plural can
  /// start with, each once ("iI"), by which a role is searched.
  struct RolePlural {
    std::string_view plural, singular;
    bool plain;
  };
  std::vector<RolePlural> role_plurals;
  std::string plural_starts;
  /// What a line that is only an inspectorate's name is (phrase keys, profile/phrase.hpp): each
  /// mention (Lexicon::mentions), then its inspectorate's name, in the lexicon's order.
  std::vector<std::pair<std::string, const Inspectorate*>> inspectorate_names;

  /// `role` (as written) with its leftmost plural role word (role_plural, a whole word) in the
  /// singular: "Her Majesty's Inspectors" -> "Her Majesty's Inspector", "Team inspectors" ->
  /// "Team inspector". Where the singular starts the plural, the word as written is cut to it
  /// (its case kept); else the singular takes its place, capitalised as the word was. nullopt
  /// when the role has no plural role word.
  [[nodiscard]] std::optional<std::string> singular(std::string_view role) const;
  /// singular(role), or the role as it is when it has no plural role word.
  [[nodiscard]] std::string singular_or_same(std::string role) const {
    std::optional<std::string> one = singular(role);
    return one ? std::move(*one) : std::move(role);
  }
};

/// Where a needle that starts with a space (" in ", " took place on ") is in folded `text` from
/// `from` (find_in_folded: a "'" of it matches a typographic apostrophe too), `end` receiving
/// the offset after it: its rest found first, then the space before it checked, so that the
/// search does not stop at every space of the text.
std::size_t find_spaced(std::string_view text, std::string_view needle, std::size_t from = 0,
                        std::size_t* end = nullptr);

}  // namespace judgement::detail

#endif
