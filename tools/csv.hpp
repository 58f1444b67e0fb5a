// Reports as CSV (RFC 4180): a row per judgement or per finding, for spreadsheets.
#ifndef JUDGEMENT_TOOLS_CSV_HPP
#define JUDGEMENT_TOOLS_CSV_HPP

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "judgement/register.hpp"
#include "judgement/report.hpp"

namespace judgement::cli {

// One CSV record ending in CRLF; fields quoted where they hold a comma, quote or line break.
void csv_record(std::string& out, std::span<const std::string_view> fields);
inline void csv_record(std::string& out, std::initializer_list<std::string_view> fields) {
  csv_record(out, std::span<const std::string_view>(fields.begin(), fields.size()));
}

// The register's ids of a provider (ons_code, dfe_la_code, ofsted_urn), the columns after
// provider_key in every CSV so that rows join other data by LA code; empty where the provider is
// not on the register or the register does not give the id.
struct RegisterColumns {
  std::string_view ons_code, dfe_la_code, ofsted_urn;
};
RegisterColumns register_columns(const std::optional<ProviderId>& id);
RegisterColumns register_columns(const Authority* authority);

// The header and rows of `parse --format csv --table judgements|findings`. `file` is the name
// the input was given by.
void csv_header(std::string& out, std::string_view table);
void csv_rows(std::string& out, std::string_view table, const std::string& file, const Report& report);

}  // namespace judgement::cli

#endif
