// Over the shared corpus (read only): the timeline keeps each council in one provider. No two
// providers share a register id, no provider mixes two, and the reports of one council (the
// corpus names files "<council>-<year>-...") all land in one provider. Skipped without ../shared.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus/corpus_files.hpp"
#include "judgement/parse.hpp"
#include "judgement/register.hpp"
#include "judgement/timeline.hpp"

namespace {

// "medway" for "medway-2019-07-ilacs.txt": the council the corpus file is named after.
std::string council_of_file(const std::string& file) {
  for (std::size_t at = file.find('-'); at != std::string::npos; at = file.find('-', at + 1)) {
    if (at + 3 < file.size() && file[at + 1] == '2' && file[at + 2] == '0') return file.substr(0, at);
  }
  return file;
}

}  // namespace

TEST_CASE("corpus: one timeline provider per council, keyed on the register", "[corpus][register][timeline]") {
  std::error_code ec;
  if (!std::filesystem::is_directory(JUDGEMENT_CORPUS_DIR, ec)) {
    WARN("corpus folder " << JUDGEMENT_CORPUS_DIR << " is missing: skipped");
    return;
  }
  std::vector<judgement::Report> reports;
  for (const auto& path : judgement::test::corpus_files()) {
    auto parsed = judgement::parse_file(path.string());
    REQUIRE(parsed.ok());
    reports.push_back(std::move(*parsed));
  }
  REQUIRE(reports.size() >= 5);
  const judgement::Timeline t = judgement::Timeline::build(reports);

  std::set<const judgement::Authority*> seen;
  std::map<std::string, std::set<std::size_t>> providers_of_council;  // file's council -> provider indices
  std::size_t resolved = 0;
  for (std::size_t p = 0; p < t.providers().size(); ++p) {
    const judgement::ProviderTimeline& provider = t.providers()[p];
    INFO("provider " << provider.key);
    if (provider.authority) CHECK(seen.insert(provider.authority).second);  // no two share an id
    for (const judgement::TimelineInspection& in : provider.inspections) {
      for (std::size_t r : in.reports) {
        const judgement::Document& d = reports[r].document;
        INFO(reports[r].source.name);
        // No provider mixes two register ids, or a registered council with a name off the register.
        const judgement::Authority* a =
            d.provider_id && d.provider_id->dfe_la_code ? judgement::authority_by_dfe_la_code(*d.provider_id->dfe_la_code) : nullptr;
        CHECK(a == provider.authority);
        resolved += a ? 1 : 0;
        providers_of_council[council_of_file(std::string(reports[r].source.name))].insert(p);
      }
    }
  }
  for (const auto& [council, providers] : providers_of_council) {
    INFO(council);
    CHECK(providers.size() == 1);
  }
  // A report in a file named after a council on the register ("st-helens-2023-09-ilacs.txt")
  // has that council's ids.
  std::size_t named = 0;
  for (const judgement::Report& r : reports) {
    std::string council = council_of_file(std::filesystem::path(std::string(r.source.name)).filename().string());
    std::replace(council.begin(), council.end(), '-', ' ');
    const judgement::Authority* a = judgement::find_authority(council);
    if (!a) continue;
    ++named;
    INFO(r.source.name);
    REQUIRE(r.document.provider_id);
    CHECK(r.document.provider_id->dfe_la_code == a->dfe_la_code);
    CHECK(r.document.provider_name == a->name);
  }
  CHECK(named >= 5);
  CHECK(resolved >= named);
}
