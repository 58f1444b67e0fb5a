// Compiled by ctest (api.lifetime.*) once per TRAP value: 0 is the safe forms, which must
// compile; every other value is a way to keep views into a temporary report, which must not
// (the test passes when the compiler says a deleted function was used).
#include <judgement/judgement.hpp>

#include <string>

int use(const judgement::Judgement& j) { return static_cast<int>(j.grade.size()); }

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "report.txt";
#if TRAP == 0
  auto result = judgement::parse_file(path);
  if (!result) return 1;
  const judgement::Judgement j = result->judgements.at(0);
  judgement::Report report = judgement::parse_file(path).value();
  const judgement::Judgement* overall = report.judgement("overall_effectiveness");
  return use(j) + (overall != nullptr ? use(*overall) : 0);
#elif TRAP == 1
  const judgement::Judgement j = judgement::parse_file(path)->judgements.at(0);
  return use(j);
#elif TRAP == 2
  const judgement::Report& report = *judgement::parse_file(path);
  return use(report.judgements.at(0));
#elif TRAP == 3
  const judgement::Judgement* overall = judgement::parse_file(path).value().judgement("overall_effectiveness");
  return overall != nullptr ? use(*overall) : 0;
#elif TRAP == 4
  const auto result = judgement::parse_file(path);
  const judgement::Judgement j = std::move(result)->judgements.at(0);
  return use(j);
#endif
}
