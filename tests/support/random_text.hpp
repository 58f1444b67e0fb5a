// Seeded pseudo-random numbers for tests that assemble inputs at random: the same seed gives the
// same inputs on every machine and run, so a failure can be run again (xorshift64).
#ifndef JUDGEMENT_TESTS_SUPPORT_RANDOM_TEXT_HPP
#define JUDGEMENT_TESTS_SUPPORT_RANDOM_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace judgement::testing {

class XorShift {
 public:
  explicit XorShift(std::uint64_t seed) : state_(seed) {}
  std::uint64_t operator()() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }

 private:
  std::uint64_t state_;
};

/// A text of `min` to `min + spread - 1` pieces, each drawn from `pieces`.
inline std::string assembled(XorShift& next, const std::vector<std::string_view>& pieces, std::size_t min,
                             std::size_t spread) {
  std::string text;
  const std::size_t count = min + next() % spread;
  for (std::size_t k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
  return text;
}

}  // namespace judgement::testing

#endif
