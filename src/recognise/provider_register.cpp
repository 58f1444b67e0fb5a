// The provider on the register: once the document's provider is found as written, the
// authority it is (judgement/register.hpp), with its ids and the register's name. A children's
// trust's report gets the ids of the council it acts for.
#include "judgement/register.hpp"
#include "recognise/recognisers.hpp"

namespace judgement::detail {

void recognise_provider_register(ReportBuilder& out) {
  Document& d = out.report().document;
  if (!d.provider) return;
  const Authority* a = find_authority(*d.provider);
  if (!a) return;
  d.provider_id = ProviderId{a->ons_code, a->dfe_la_code, a->ofsted_urn};
  d.provider_name = a->name;
}

}  // namespace judgement::detail
