// Filling a Report during a parse: the recognisers add facts through this, which keeps the
// text they cite alive in the report's store and turns layout offsets into spans.
#ifndef JUDGEMENT_SRC_REPORT_BUILDER_HPP
#define JUDGEMENT_SRC_REPORT_BUILDER_HPP

#include <optional>
#include <string>
#include <string_view>

#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "layout/layout.hpp"
#include "profile/lexicon.hpp"

namespace judgement::detail {

class ReportBuilder {
 public:
  ReportBuilder(Report& report, const Layout& layout, const ParseOptions& options)
      : report_(report), layout_(layout), options_(options) {}

  [[nodiscard]] Report& report() { return report_; }
  [[nodiscard]] const Layout& layout() const { return layout_; }
  [[nodiscard]] const ParseOptions& options() const { return options_; }
  [[nodiscard]] const ScaleRegistry& scales() const {
    return options_.scales ? *options_.scales : ScaleRegistry::builtin();
  }
  [[nodiscard]] const ProfileRegistry& profiles() const {
    return options_.profiles ? *options_.profiles : ProfileRegistry::builtin();
  }
  [[nodiscard]] const Lexicon& lexicon() const { return profiles().lexicon(); }
  /// The document type a profile gives, its id kept by the report.
  [[nodiscard]] DocumentType type_of(const FrameworkProfile& profile) {
    if (auto contract = document_type_from_string(profile.id); contract && contract->id().data() != profile.id.data())
      return *contract;
    return DocumentType(keep(profile.id));
  }
  /// The profile of a document type, or nullptr (for "unknown" too).
  [[nodiscard]] const FrameworkProfile* profile(DocumentType type) const {
    return type == DocumentType::unknown ? nullptr : profiles().find(type.id());
  }

  /// A view the report keeps alive: into the original input when `text` stands there as is at
  /// `span`, else a copy in the report's store.
  std::string_view keep(std::string_view text, const Span& span);
  /// A copy in the report's store.
  std::string_view keep(std::string_view text) { return report_.store->keep(text); }
  /// A text of the profiles (an area id) kept as long as the report: the built-in profiles live
  /// as long as the program, a caller's registry only as long as the parse call.
  std::string_view keep_profile_text(std::string_view text) {
    return options_.profiles == nullptr || options_.profiles == &ProfileRegistry::builtin() ? text : keep(text);
  }
  /// A text field that may be absent: nullopt for an empty text (report.hpp, "Absent values").
  [[nodiscard]] static std::optional<std::string_view> present(std::string_view text) {
    return text.empty() ? std::nullopt : std::optional<std::string_view>(text);
  }
  /// Text of a block, kept.
  std::string_view keep_block_text(const Block& b, std::size_t begin, std::size_t end) {
    Span span;
    return keep_block_text(b, begin, end, span);
  }
  /// The same, giving also the span of the text (Layout::span), which finding the text needs.
  std::string_view keep_block_text(const Block& b, std::size_t begin, std::size_t end, Span& span);

  void diagnose(Severity severity, std::string_view code, std::string_view message, const Span& span);

 private:
  Report& report_;
  const Layout& layout_;
  const ParseOptions& options_;
};

}  // namespace judgement::detail

#endif
