#include "layout/text_cache.hpp"

namespace judgement::detail {

void TextCache::next_generation() {
  for (const std::uint32_t b : made_) {
    Entry& e = index_[b & mask_];
    if (e.block == b) e = Entry{};
  }
  made_.clear();
  if (strict || !old_) {
    old_ = std::make_unique_for_overwrite<char[]>(budget_);  // the generation before it is freed
  }
  std::swap(cur_, old_);
  used_ = 0;
}

}  // namespace judgement::detail
