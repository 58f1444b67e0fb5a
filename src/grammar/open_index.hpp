// The hash index of the grammar's word tables (the date and quantity keywords, the word marks'
// opening words): open addressing, at most a quarter full, entry index + 1 per slot and 0 for
// none. Built once, when a table is made.
#ifndef JUDGEMENT_SRC_GRAMMAR_OPEN_INDEX_HPP
#define JUDGEMENT_SRC_GRAMMAR_OPEN_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

namespace judgement::grammar {

/// The index of `entries` (pairs whose `first` is the key), each key placed by `slot_of(key)`.
template <class Entries, class SlotOf>
std::vector<std::uint16_t> open_index(Entries const& entries, SlotOf slot_of) {
  std::size_t size = 16;
  while (size < 4 * entries.size()) size *= 2;
  std::vector<std::uint16_t> index(size, 0);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    std::size_t s = slot_of(entries[e].first) & (size - 1);
    while (index[s] != 0) s = (s + 1) & (size - 1);
    index[s] = static_cast<std::uint16_t>(e + 1);
  }
  return index;
}

}  // namespace judgement::grammar

#endif
