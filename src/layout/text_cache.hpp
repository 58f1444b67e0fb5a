// The texts the layout makes of blocks when a recogniser asks for them (a block's lines joined,
// or that text folded): the layout keeps no joined copy of the whole text, only the texts made
// last, within a budget of bytes. A document whose block text fits the budget has each made once;
// a longer one has them made again as readers come back to them.
//
// A view given stays good until the texts of `held` other blocks have been asked for since.
// A layout is read by the one parse that made it, so the cache needs no guard.
//
// Built with JUDGEMENT_TEXT_CACHE_STRICT (the sanitizer builds), the budget is tiny and what is
// given up is freed, not used again: a reader that keeps a view too long reads freed memory,
// which AddressSanitizer reports, in every test that parses.
#ifndef JUDGEMENT_SRC_LAYOUT_TEXT_CACHE_HPP
#define JUDGEMENT_SRC_LAYOUT_TEXT_CACHE_HPP

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace judgement::detail {

class TextCache {
 public:
  /// How many other blocks' texts may be asked for before a view given goes bad.
  static constexpr std::size_t held = 4;
#ifdef JUDGEMENT_TEXT_CACHE_STRICT
  static constexpr std::size_t default_budget = 256;
#else
  static constexpr std::size_t default_budget = std::size_t{2} << 20;
#endif

  explicit TextCache(std::size_t budget = default_budget) : budget_(budget) {}
  TextCache(TextCache&&) noexcept = default;
  TextCache& operator=(TextCache&&) noexcept = default;

  /// Sizes the index of what is held for a text of about `blocks` blocks (a small text's
  /// cache costs little to set up; a large one's no more than the budget's share).
  void reserve(std::size_t blocks) {
    const std::size_t n = std::bit_ceil(std::clamp<std::size_t>(blocks, 64, max_index));
    if (n > index_.size()) {
      index_.assign(n, Entry{});
      mask_ = static_cast<std::uint32_t>(n - 1);
    }
  }

  /// Where block `block`'s text is held, or null.
  [[nodiscard]] const char* where(std::uint32_t block) const {
    const Entry& e = index_[block & mask_];
    return e.block == block ? e.text : nullptr;
  }

  /// The text of block `block`, `size` bytes, made by `make(char* out)` (which writes exactly
  /// `size` bytes) unless it is held from before.
  template <class Make>
  std::string_view get(std::uint32_t block, std::size_t size, Make&& make) {
    if (const char* p = where(block)) [[likely]] return {p, size};
    return make_new(block, size, make);
  }

  /// Holds a text that needs no making, a view of what outlives the cache (a block of one line
  /// is a view of the source): kept for good.
  void hold_view(std::uint32_t block, const char* text) { index_[block & mask_] = {block, text}; }

  /// Holds `text` as block `block`'s, when one who has it at hand gives it (the layout, as it
  /// joins a block's lines): the same as get() with a copy of it.
  void put(std::uint32_t block, std::string_view text) {
    (void)get(block, text.size(), [&](char* out) { text.copy(out, text.size()); });
  }

 private:
  // The texts made so far are given up for new ones, but kept where they are until the next
  // time: at least seven texts of an eighth of the budget are made between two generations, so
  // a view stays good for `held` more asked for.
  void next_generation();

  template <class Make>
  [[gnu::noinline]] std::string_view make_new(std::uint32_t block, std::size_t size, Make& make) {
    // A text of more than an eighth of the budget is one of `held` + 1 texts made alone, so that
    // however large, the last `held` asked for stay (and the budget is not swept by one).
    if (size > budget_ / (2 * held)) return alone(block, size, make);
    if (!cur_ || used_ + size > budget_) next_generation();
    char* out = cur_.get() + used_;
    make(out);
    index_[block & mask_] = {block, out};
    made_.push_back(block);
    used_ += size;
    return {out, size};
  }

  template <class Make>
  std::string_view alone(std::uint32_t block, std::size_t size, Make& make) {
    ++clock_;
    Alone* oldest = &alone_[0];
    for (Alone& a : alone_) {
      if (a.block == block && a.text) {
        a.used = clock_;
        return {a.text.get(), size};
      }
      if (a.used < oldest->used) oldest = &a;
    }
    if (oldest->capacity < size || strict) {
      oldest->text = std::make_unique_for_overwrite<char[]>(size);
      oldest->capacity = size;
    }
    make(oldest->text.get());
    oldest->block = block;
    oldest->used = clock_;
    return {oldest->text.get(), size};
  }

#ifdef JUDGEMENT_TEXT_CACHE_STRICT
  static constexpr bool strict = true;
#else
  static constexpr bool strict = false;
#endif

  struct Alone {
    std::uint32_t block = UINT32_MAX;
    std::uint64_t used = 0;
    std::size_t capacity = 0;
    std::unique_ptr<char[]> text;
  };

  std::size_t budget_;
  std::unique_ptr<char[]> cur_, old_;  // the texts made this generation and the one before
  std::size_t used_ = 0;               // of cur_
  // What is held, by block: an index of at most max_index entries, each block's place fixed
  // (block & mask_), so that a block whose place another takes is made again when asked for.
  struct Entry {
    std::uint32_t block = UINT32_MAX;
    const char* text = nullptr;
  };
  static constexpr std::size_t max_index = std::size_t{1} << 14;
  std::vector<Entry> index_ = std::vector<Entry>(64);
  std::uint32_t mask_ = 63;
  std::vector<std::uint32_t> made_;    // the blocks made this generation (held in cur_)
  std::array<Alone, held + 1> alone_;
  std::uint64_t clock_ = 0;
};

}  // namespace judgement::detail

#endif
