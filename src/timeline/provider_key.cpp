// provider_key(): one key for the ways a provider is named ("Medway", "Medway Council",
// "MEDWAY COUNCIL", "London Borough of Hackney", "Hackney Council"): the last form of the one
// name normaliser (src/register/name_words.hpp), which the register resolves names through too.
#include <string>
#include <string_view>
#include <vector>

#include "judgement/timeline.hpp"
#include "register/name_words.hpp"

JUDGEMENT_BEGIN_NAMESPACE

std::string provider_key(std::string_view name) {
  const std::vector<std::string> words = detail::name_words(name);
  return detail::join_words(words, detail::name_forms(words).back());
}

JUDGEMENT_END_NAMESPACE
