// The texts the layout makes of blocks when a recogniser asks for them (a block's text joined
// from its pieces, or folded), kept a few at a time: the layout keeps no joined copy of the
// whole text. A view it gives stays good while the block is among the last `slots` asked for.
// A layout is read by the one parse that made it, so the slots need no guard.
#ifndef JUDGEMENT_SRC_LAYOUT_TEXT_SLOTS_HPP
#define JUDGEMENT_SRC_LAYOUT_TEXT_SLOTS_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace judgement::detail {

class TextSlots {
 public:
  static constexpr std::size_t slots = 4;

  /// The text of `block`, made by `make(std::string& out)` into an empty string when it is not
  /// one of the last `slots` asked for. The slot used longest ago is given up for it; in a
  /// build with assertions its text is overwritten first, so that a view kept past its time
  /// reads '#' and shows in the output (the golden tests), not by chance.
  template <class Make>
  std::string_view get(std::uint32_t block, Make&& make) {
    ++clock_;
    Slot* oldest = &slots_[0];
    for (Slot& s : slots_) {
      if (s.block == block) {
        s.used = clock_;
        return s.text;
      }
      if (s.used < oldest->used) oldest = &s;
    }
#ifndef NDEBUG
    oldest->text.assign(oldest->text.size(), '#');
#endif
    oldest->text.clear();
    make(oldest->text);
    oldest->block = block;
    oldest->used = clock_;
    return oldest->text;
  }

 private:
  struct Slot {
    std::uint32_t block = UINT32_MAX;
    std::uint64_t used = 0;
    std::string text;
  };
  std::array<Slot, slots> slots_;
  std::uint64_t clock_ = 0;
};

}  // namespace judgement::detail

#endif
