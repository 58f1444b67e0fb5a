// The register of children's services authorities: its data read without error, every id
// unique, and names as written resolved to one authority or to none.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>

#include "judgement/register.hpp"
#include "register/register.hpp"

using namespace judgement;

namespace {

// The ONS code of the authority `name` resolves to, "none" where it resolves to nothing, and
// "former:<DfE LA code>" for a former authority (which has no current ONS code).
std::string ons_of(std::string_view name) {
  const Authority* a = find_authority(name);
  if (!a) return "none";
  if (a->former) return "former:" + std::string(a->dfe_la_code.value_or("?"));
  return std::string(a->ons_code.value_or("?"));
}

}  // namespace

TEST_CASE("the register's data files read without error, every id unique", "[register]") {
  const detail::Register& r = detail::Register::builtin();
  for (const std::string& e : r.errors()) FAIL_CHECK(e);
  CHECK(r.errors().empty());
  // 153 current authorities (England's 153 children's services authorities since April 2023)
  // and the 3 former ones the register lists.
  CHECK(authorities().size() == 156);
  std::size_t former = 0;
  std::set<std::string_view> ons, dfe, urn, names;
  for (const Authority& a : authorities()) {
    former += a.former ? 1 : 0;
    REQUIRE(a.dfe_la_code);
    REQUIRE(a.ofsted_urn);
    CHECK(a.dfe_la_code->size() == 3);
    CHECK(dfe.insert(*a.dfe_la_code).second);
    CHECK(urn.insert(*a.ofsted_urn).second);
    CHECK(names.insert(a.name).second);
    if (a.ons_code) {
      CHECK(ons.insert(*a.ons_code).second);
      CHECK(a.ons_code->size() == 9);
    } else {
      CHECK(a.former);  // only a former authority lacks a current ONS code
    }
    // Every authority is found by its own name and by each of its ids.
    CHECK(find_authority(a.name) == &a);
    CHECK(authority_by_dfe_la_code(*a.dfe_la_code) == &a);
    CHECK(authority_by_ofsted_urn(*a.ofsted_urn) == &a);
    CHECK(authority_by_id(*a.ofsted_urn) == &a);
    if (a.ons_code) CHECK(authority_by_ons_code(*a.ons_code) == &a);
  }
  CHECK(former == 3);
  CHECK(authority_by_id("E06000035")->name == "Medway");
  CHECK(authority_by_id("887")->name == "Medway");
  CHECK(authority_by_id("80522")->name == "Medway");
  CHECK(authority_by_id("E99999999") == nullptr);
}

TEST_CASE("a broken data file is reported, not crashed on", "[register]") {
  const detail::Register r("ofsted_urn,dfe_la_code,ons_code,name\n1,001,E1,Alpha\n2,002,E2,\"Beta\n3,003\n",
                           "name,dfe_la_code,kind\nAlphaville,999,variant\nAlpha Town,001,cousin\nAlpha,002,variant\n",
                           "dfe_la_code,ended,successors\n004,2020-04-01,001\n");
  CHECK(r.authorities().size() == 1);
  // An unclosed quote, a short row, a former authority and two names of unknown codes, a bad kind.
  CHECK(r.errors().size() == 6);
  REQUIRE(r.match("Alpha Council"));
  CHECK(r.match("Alpha Council")->authority->name == "Alpha");
}

TEST_CASE("a council's name resolves with the words it is written with", "[register]") {
  CHECK(ons_of("Medway") == "E06000035");
  CHECK(ons_of("Medway Council") == "E06000035");
  CHECK(ons_of("MEDWAY COUNCIL") == "E06000035");
  CHECK(ons_of("medway local authority") == "E06000035");
  CHECK(ons_of("Medway Children's Services") == "E06000035");
  CHECK(ons_of("Medway children’s services") == "E06000035");  // U+2019
  CHECK(ons_of("Medway Local Area Partnership") == "E06000035");
  CHECK(ons_of("the Medway local area partnership") == "E06000035");
  CHECK(ons_of("Leeds City Council") == "E08000035");
  CHECK(ons_of("Leeds City") == "E08000035");
  CHECK(ons_of("Derbyshire County Council") == "E10000007");
  CHECK(ons_of("Rochdale Borough Council") == "E08000005");
  CHECK(ons_of("Wigan Metropolitan Borough Council") == "E08000010");
  CHECK(ons_of("Metropolitan Borough of Barnsley Council") == "E08000016");
  CHECK(ons_of("Wakefield District") == "E08000036");
  CHECK(ons_of("Wakefield District Metropolitan Council") == "E08000036");
  CHECK(ons_of("London Borough of Hackney") == "E09000012");
  CHECK(ons_of("the London Borough of Barking & Dagenham") == "E09000002");
  CHECK(ons_of("Royal Borough of Kensington and Chelsea") == "E09000020");
  CHECK(ons_of("Royal Borough of Windsor & Maidenhead") == "E06000040");
  CHECK(ons_of("City of York Council") == "E06000014");
  CHECK(ons_of("City of Wolverhampton Council") == "E08000031");
  CHECK(ons_of("City of London") == "E09000001");
  CHECK(ons_of("City of London Corporation") == "E09000001");
  CHECK(ons_of("Council of the Isles of Scilly") == "E06000053");
  CHECK(ons_of("Brighton & Hove City Council") == "E06000043");
  CHECK(ons_of("Stoke-on-Trent City Council") == "E06000021");
  CHECK(ons_of("St Helens") == "E08000013");
  CHECK(ons_of("St. Helens Council") == "E08000013");
  CHECK(ons_of("Bedford Borough Council") == "E06000055");
  CHECK(ons_of("Bedford") == "E06000055");
  CHECK(ons_of("Durham County Council") == "E06000047");
  CHECK(ons_of("County Durham") == "E06000047");
  CHECK(ons_of("Newcastle") == "E08000021");
  CHECK(ons_of("Newcastle upon Tyne City Council") == "E08000021");
}

TEST_CASE("the variants the register names: Hull, Bristol, Herefordshire, BCP, Westmorland and Furness", "[register]") {
  CHECK(ons_of("Kingston Upon Hull, City of") == "E06000010");
  CHECK(ons_of("Kingston upon Hull") == "E06000010");
  CHECK(ons_of("Kingston upon Hull City Council") == "E06000010");
  CHECK(ons_of("Hull") == "E06000010");
  CHECK(ons_of("Hull City Council") == "E06000010");
  CHECK(ons_of("Bristol, City of") == "E06000023");
  CHECK(ons_of("Bristol City Council") == "E06000023");
  CHECK(ons_of("City of Bristol") == "E06000023");
  CHECK(ons_of("Herefordshire, County of") == "E06000019");
  CHECK(ons_of("Herefordshire Council") == "E06000019");
  CHECK(ons_of("Westmorland and Furness") == "E06000064");
  CHECK(ons_of("Westmorland & Furness Council") == "E06000064");
  CHECK(ons_of("Cumberland Council") == "E06000063");
  CHECK(ons_of("Bournemouth, Christchurch and Poole") == "E06000058");
  CHECK(ons_of("Bournemouth, Christchurch & Poole Council") == "E06000058");
  CHECK(ons_of("BCP Council") == "E06000058");
  CHECK(ons_of("North Northamptonshire Council") == "E06000061");
  CHECK(ons_of("West Northamptonshire Council") == "E06000062");
  // The shared register lists Bournemouth as a name of BCP; its own pre-2019 ids are not there.
  CHECK(ons_of("Bournemouth Borough Council") == "E06000058");
}

TEST_CASE("former authorities keep their own ids and history", "[register]") {
  CHECK(ons_of("Cumbria") == "former:909");
  CHECK(ons_of("Cumbria County Council") == "former:909");
  CHECK(ons_of("Northamptonshire County Council") == "former:928");
  CHECK(ons_of("Northamptonshire") == "former:928");
  CHECK(ons_of("Borough of Poole") == "former:836");
  CHECK(ons_of("Poole") == "former:836");
  const Authority* cumbria = find_authority("Cumbria County Council");
  REQUIRE(cumbria);
  CHECK(cumbria->ofsted_urn == "135513");
  CHECK(cumbria->ended == "2023-04-01");
  REQUIRE(cumbria->successors.size() == 2);
  CHECK(cumbria->successors[0]->name == "Cumberland");
  CHECK(cumbria->successors[1]->name == "Westmorland and Furness");
  const Authority* northants = find_authority("Northamptonshire");
  REQUIRE(northants);
  REQUIRE(northants->successors.size() == 2);
  CHECK(northants->successors[0]->name == "North Northamptonshire");
  CHECK(northants->successors[1]->name == "West Northamptonshire");
  CHECK(find_authority("Poole")->successors.at(0)->dfe_la_code == "839");
  CHECK_FALSE(find_authority("Medway")->former);
}

TEST_CASE("a children's trust resolves to the council it acts for", "[register]") {
  CHECK(ons_of("Doncaster Children's Services Trust") == "E08000017");
  CHECK(ons_of("Birmingham Children’s Trust") == "E08000025");
  CHECK(ons_of("Sandwell Children's Trust") == "E08000028");
  CHECK(ons_of("Slough Children First") == "E06000039");
  CHECK(ons_of("Slough Children's Services Trust") == "E06000039");
  CHECK(ons_of("Together for Children") == "E08000024");
  CHECK(ons_of("Together for Children Sunderland") == "E08000024");
  CHECK(ons_of("Worcestershire Children First") == "E10000034");
  CHECK(ons_of("Brighter Futures for Children") == "E06000038");
  CHECK(ons_of("Bradford Children and Families Trust") == "E08000032");
  const auto m = match_authority("Sandwell Children's Trust");
  REQUIRE(m);
  CHECK(m->kind == NameKind::trust);
  CHECK(m->registered == "Sandwell Children's Trust");
  CHECK(match_authority("Sandwell Metropolitan Borough Council")->kind == NameKind::name);
  CHECK(match_authority("County Durham")->kind == NameKind::variant);
  // A trust acting for several councils says nothing of which council's report it is.
  CHECK(ons_of("Achieving for Children") == "none");
  CHECK(ons_of("Children First Northamptonshire") == "none");
}

TEST_CASE("names outside the register resolve to nothing", "[register]") {
  CHECK(ons_of("") == "none");
  CHECK(ons_of("Council") == "none");
  CHECK(ons_of("Metropolitan Borough Council") == "none");
  CHECK(ons_of("Local area partnership report") == "none");
  CHECK(ons_of("New Deal") == "none");
  CHECK(ons_of("Need") == "none");
  CHECK(ons_of("Cardiff Council") == "none");             // Wales
  CHECK(ons_of("Glasgow City Council") == "none");        // Scotland
  CHECK(ons_of("Afonwy County Borough Council") == "none");
  CHECK(ons_of("Medway Primary School") == "none");
  CHECK(ons_of("London") == "none");                      // not the City of London
  CHECK(ons_of("Kingston") == "none");                    // upon Hull or upon Thames
  // A fragment with words before the name is not the name: the whole must be the authority's.
  CHECK(ons_of("Unit, West Sussex County Council") == "none");
  CHECK(ons_of("Public Health Unit, West Sussex") == "none");
  CHECK(ons_of("Focused visit to Medway") == "none");
  CHECK(ons_of("Medway Council Civic Centre") == "none");
}

TEST_CASE("resolving is linear in the name's length", "[register]") {
  // A name of many council words is read once: no form longer than the longest registered name is built.
  std::string name = "Medway";
  for (int i = 0; i < 20000; ++i) name += " Council";
  CHECK(ons_of(name) == "E06000035");
  std::string prefixed;
  for (int i = 0; i < 20000; ++i) prefixed += "the ";
  prefixed += "Medway Council";
  CHECK(ons_of(prefixed) == "E06000035");
}
