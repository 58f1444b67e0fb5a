// The phrases of every profile and inspectorate of a registry, compiled once for the recognisers:
// each row points back to the profile, area or inspectorate it came from. Text is matched in the
// folded form recognisers read (recognise/text_search.hpp: ASCII lower case, a typographic
// apostrophe as "\x01\x01'"); a phrase matches whole words.
#ifndef JUDGEMENT_SRC_PROFILE_LEXICON_HPP
#define JUDGEMENT_SRC_PROFILE_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/profile.hpp"

namespace judgement::detail {

/// Where `phrase` (phrase_key form) occurs in folded `hay` at or after `from` as whole words;
/// `end` receives the offset after it. npos when it does not occur.
std::size_t find_phrase(std::string_view hay, std::string_view phrase, std::size_t from = 0, std::size_t* end = nullptr);

class Lexicon {
 public:
  explicit Lexicon(const ProfileRegistry& registry);

  /// A phrase and the profile or inspectorate it names, in registry order.
  struct ProfileRow {
    std::string phrase;
    const FrameworkProfile* profile;
  };
  struct MentionRow {
    std::string phrase;
    const Inspectorate* inspectorate;
  };
  struct AreaHit {
    std::string_view id;
    std::size_t at = 0;
    std::size_t end = 0;
  };

  [[nodiscard]] const std::vector<ProfileRow>& titles() const noexcept { return titles_; }
  [[nodiscard]] const std::vector<ProfileRow>& contents() const noexcept { return contents_; }
  [[nodiscard]] const std::vector<MentionRow>& mentions() const noexcept { return mentions_; }

  /// The area `folded` names: the leftmost phrase of any profile's areas, the longest of those
  /// that start there ("children in care and care leavers" over "children in care").
  [[nodiscard]] std::optional<AreaHit> area(std::string_view folded) const;

  [[nodiscard]] const ProfileRegistry& registry() const noexcept { return *registry_; }
  /// The profile of a document type id, or nullptr.
  [[nodiscard]] const FrameworkProfile* profile(std::string_view id) const noexcept { return registry_->find(id); }
  /// The inspectorate of this name ("Ofsted"), or nullptr.
  [[nodiscard]] const Inspectorate* inspectorate_named(std::string_view name) const noexcept;

 private:
  struct AreaRow {
    std::string phrase;
    std::string_view id;
  };
  const ProfileRegistry* registry_;
  std::vector<ProfileRow> titles_;
  std::vector<ProfileRow> contents_;
  std::vector<MentionRow> mentions_;
  std::vector<AreaRow> areas_;  // each phrase once, ordered by first byte
  std::vector<std::uint32_t> area_bucket_;
};

}  // namespace judgement::detail

#endif
