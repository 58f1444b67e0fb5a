// The scale definition language (docs/scales.md): what a definition builds, and where and how
// a wrong one is refused.
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"

using namespace judgement;

namespace {

std::vector<GradeScale> define_ok(std::string_view text) {
  Result<std::vector<GradeScale>> r = define_scales(text);
  if (!r.ok()) FAIL("unexpected error: " << r.error().to_string());
  return std::move(r).value();
}

struct ExpectedGrade {
  std::string label;
  std::vector<std::string> aliases;
  std::optional<int> code;
  Band band;
};

void check_grades(const GradeScale& scale, const std::vector<ExpectedGrade>& expected) {
  REQUIRE(scale.size() == expected.size());
  const double last = static_cast<double>(expected.size() - 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Grade& g = scale.grades()[i];
    INFO("grade " << i << " '" << g.label << "'");
    CHECK(g.label == expected[i].label);
    CHECK(g.aliases == expected[i].aliases);
    CHECK(g.code == expected[i].code);
    CHECK(g.band == expected[i].band);
    CHECK(g.rank == i);
    CHECK(g.position == Approx(1.0 - static_cast<double>(i) / last));
  }
}

/// Where an error must be reported. `line_text` is the whole line the error is on, `under`
/// the byte the caret must sit under ('\0' when it sits just past the end of the line).
struct ExpectedError {
  std::uint32_t line;
  std::uint32_t column;
  std::string_view line_text;
  char under;
  std::string_view message_part;
};

void check_error(std::string_view text, const ExpectedError& want) {
  Result<std::vector<GradeScale>> r = define_scales(text);
  REQUIRE_FALSE(r.ok());
  const Error& e = r.error();
  INFO("error: " << e.to_string());
  CHECK(e.code == ErrorCode::scale_definition);
  CHECK_THAT(e.message, Catch::Contains(std::string(want.message_part)));
  CHECK(e.line == want.line);
  CHECK(e.column == want.column);
  CHECK(e.excerpt == std::string(want.line_text) + "\n" + std::string(want.column - 1, ' ') + "^");
  // The offset names the same byte as the line and column, and it is the byte expected.
  std::size_t line_start = 0;
  for (std::uint32_t l = 1; l < want.line; ++l) line_start = text.find('\n', line_start) + 1;
  CHECK(e.offset == line_start + want.column - 1);
  CHECK(text.substr(line_start, want.line_text.size()) == want.line_text);
  if (want.under == '\0') {
    CHECK(want.column == want.line_text.size() + 1);
  } else {
    REQUIRE(e.offset < text.size());
    CHECK(text[e.offset] == want.under);
  }
}

}  // namespace

TEST_CASE("a definition round-trips into labels, aliases, codes, bands, ranks and positions",
          "[scale][language]") {
  const std::vector<GradeScale> scales = define_ok(R"(# The four-grade Ofsted scale, written out in full.
scale my-ofsted "Ofsted, my way"
  "Outstanding" = 1 band outstanding
  "Good" = 2 band good
  "Requires improvement to be good" = 3 band requires_improvement alias "Requires improvement"
  "Inadequate" = 4 band inadequate aliases "Grade four", "Failing"
end
)");
  REQUIRE(scales.size() == 1);
  const GradeScale& s = scales.front();
  CHECK(s.id() == "my-ofsted");
  CHECK(s.name() == "Ofsted, my way");
  CHECK(s.lower_code_is_better());
  check_grades(
      s, {
             {"Outstanding", {}, 1, Band::outstanding},
             {"Good", {}, 2, Band::good},
             {"Requires improvement to be good", {"Requires improvement"}, 3, Band::requires_improvement},
             {"Inadequate", {"Grade four", "Failing"}, 4, Band::inadequate},
         });
  CHECK(s.by_code(3) == &s.grades()[2]);
  CHECK(s.by_label("requires improvement") == &s.grades()[2]);
  CHECK(s.by_label("FAILING") == &s.grades()[3]);
}

TEST_CASE("a Care Inspectorate-like scale counts down: the highest code is the best", "[scale][language]") {
  const std::vector<GradeScale> scales = define_ok(R"text(
scale care-inspectorate-copy "Care Inspectorate (Scotland)"
  "Excellent" = 6 band outstanding
  "Very good" = 5 band good
  "Good" = 4 band good
  "Adequate" = 3 band requires_improvement
  "Weak" = 2 band inadequate alias "Poor"
  "Unsatisfactory" = 1 band inadequate aliases "Very poor", "Failing"
end
)text");
  REQUIRE(scales.size() == 1);
  const GradeScale& s = scales.front();
  CHECK(s.id() == "care-inspectorate-copy");
  CHECK(s.name() == "Care Inspectorate (Scotland)");
  CHECK_FALSE(s.lower_code_is_better());
  check_grades(s, {
                      {"Excellent", {}, 6, Band::outstanding},
                      {"Very good", {}, 5, Band::good},
                      {"Good", {}, 4, Band::good},
                      {"Adequate", {}, 3, Band::requires_improvement},
                      {"Weak", {"Poor"}, 2, Band::inadequate},
                      {"Unsatisfactory", {"Very poor", "Failing"}, 1, Band::inadequate},
                  });
  CHECK(s.by_code(6)->label == "Excellent");
  CHECK(s.by_code(1)->label == "Unsatisfactory");
  CHECK(s.by_label("very poor")->label == "Unsatisfactory");
}

TEST_CASE("one text defines several scales, in order", "[scale][language]") {
  const std::vector<GradeScale> scales = define_ok(R"(
scale first "First" "A" "B" end
scale second "Second"
  "Yes" = 1
  "No" = 0
end
scale third "Third" "High" = 10 "Middle" = 5 "Low" = -5 end
)");
  REQUIRE(scales.size() == 3);
  CHECK(scales[0].id() == "first");
  CHECK(scales[1].id() == "second");
  CHECK(scales[2].id() == "third");
  check_grades(scales[0],
               {{"A", {}, std::nullopt, Band::outstanding}, {"B", {}, std::nullopt, Band::inadequate}});
  check_grades(scales[1], {{"Yes", {}, 1, Band::outstanding}, {"No", {}, 0, Band::inadequate}});
  check_grades(scales[2], {{"High", {}, 10, Band::outstanding},
                           {"Middle", {}, 5, Band::requires_improvement},
                           {"Low", {}, -5, Band::inadequate}});
  CHECK_FALSE(scales[0].lower_code_is_better());
  CHECK_FALSE(scales[1].lower_code_is_better());
}

TEST_CASE("comments, odd spacing, CRLF, escapes and UTF-8 are all read", "[scale][language]") {
  const std::string text =
      "\xEF\xBB\xBF# a byte order mark, then a comment\r\n"
      "scale\tspaced-out   \"Spaced \\\"out\\\" \\\\ scale\"# comment straight after a token\r\n"
      "\r\n"
      "   \"Tr\xC3\xA8s bien\"=1 band\toutstanding  # the code needs no spaces round '='\r\n"
      "\t\"# not a comment\" = 2\r\n"
      "  band good\r\n"
      "  aliases\r\n"
      "    \"A\",\r\n"
      "    \"B\"   ,   \"C\"\r\n"
      "\"end\" = 3 band inadequate # 'end' in quotes is a label\r\n"
      "end# and the file ends without a line break";
  const std::vector<GradeScale> scales = define_ok(text);
  REQUIRE(scales.size() == 1);
  CHECK(scales[0].id() == "spaced-out");
  CHECK(scales[0].name() == R"(Spaced "out" \ scale)");
  check_grades(scales[0], {{"Tr\xC3\xA8s bien", {}, 1, Band::outstanding},
                           {"# not a comment", {"A", "B", "C"}, 2, Band::good},
                           {"end", {}, 3, Band::inadequate}});
}

TEST_CASE("bands omitted everywhere are spread over the grades from best to worst", "[scale][language]") {
  auto scale_of = [](std::size_t n) {
    std::string text = "scale s \"S\"\n";
    for (std::size_t i = 0; i < n; ++i) text += "  \"Grade " + std::to_string(i) + "\"\n";
    text += "end\n";
    const std::vector<GradeScale> scales = define_ok(text);
    REQUIRE(scales.size() == 1);
    std::vector<Band> bands;
    for (const Grade& g : scales[0].grades()) bands.push_back(g.band);
    return bands;
  };
  using B = Band;
  // Rank r of n gets band round(3r / (n - 1)), halves rounding up.
  CHECK(scale_of(2) == std::vector<B>{B::outstanding, B::inadequate});
  CHECK(scale_of(3) == std::vector<B>{B::outstanding, B::requires_improvement, B::inadequate});
  CHECK(scale_of(4) == std::vector<B>{B::outstanding, B::good, B::requires_improvement, B::inadequate});
  CHECK(scale_of(5) == std::vector<B>{B::outstanding, B::good, B::requires_improvement,
                                      B::requires_improvement, B::inadequate});
  CHECK(scale_of(6) == std::vector<B>{B::outstanding, B::good, B::good, B::requires_improvement,
                                      B::requires_improvement, B::inadequate});
}

TEST_CASE("bands that stay level between grades are allowed", "[scale][language]") {
  const std::vector<GradeScale> scales = define_ok(R"(scale flat "Flat"
  "A" band good
  "B" band good
  "C" band good
end)");
  for (const Grade& g : scales.at(0).grades()) CHECK(g.band == Band::good);
}

TEST_CASE("a missing 'end' is reported just after the last token", "[scale][language]") {
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 2   # last\n\n",
              {3, 10, "  \"B\" = 2   # last", ' ',
               "expected a quoted grade label or 'end', found the end of the text"});
  check_error("scale x \"X\"\n  \"A\"\n  \"B\"\nscale y \"Y\" \"C\" \"D\" end\n",
              {4, 1, "scale y \"Y\" \"C\" \"D\" end", 's', "expected a quoted grade label or 'end'"});
}

TEST_CASE("an unterminated string is reported at its opening quote", "[scale][language]") {
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B = 2\n  \"C\" = 3\nend\n",
              {3, 3, "  \"B = 2", '"', "unterminated string"});
  // An escaped quote does not close the string.
  check_error("scale x \"X \\\"\nend", {1, 9, "scale x \"X \\\"", '"', "unterminated string"});
}

TEST_CASE("labels and aliases must differ within a scale, ignoring case, spacing and punctuation",
          "[scale][language]") {
  check_error("scale x \"X\"\n  \"Very good\"\n  \"very   GOOD\"\nend\n",
              {3, 3, "  \"very   GOOD\"", '"', "repeats the label 'Very good' (line 2)"});
  check_error(
      "scale x \"X\"\n  \"Weak\" alias \"Poor\"\n  \"Bad\" aliases \"Awful\", \"poor!\"\nend\n",
      {3, 26, "  \"Bad\" aliases \"Awful\", \"poor!\"", '"', "repeats the alias 'Poor' of 'Weak' (line 2)"});
  check_error("scale x \"X\"\n  \"Weak\" alias \"weak\"\n  \"Bad\"\nend\n",
              {2, 16, "  \"Weak\" alias \"weak\"", '"', "repeats the label 'Weak'"});
  check_error("scale x \"X\"\n  \"...\"\n  \"Bad\"\nend\n",
              {2, 3, "  \"...\"", '"', "a grade label needs at least one letter or digit"});
}

TEST_CASE("codes are given for every grade or for none", "[scale][language]") {
  // The first grade has a code, so a grade without one is reported at its label.
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 2\n  \"C\"\n  \"D\" = 4\nend\n",
              {4, 3, "  \"C\"", '"', "grade 'C' has no code, but 'A' has one"});
  // The first grade has none, so a grade with one is reported at its code.
  check_error("scale x \"X\"\n  \"A\"\n  \"B\" = 2\nend\n",
              {3, 9, "  \"B\" = 2", '2', "grade 'B' has a code, but 'A' has none"});
}

TEST_CASE("codes rise or fall strictly from the best grade to the worst", "[scale][language]") {
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 2\n  \"C\" = 1\nend\n",
              {4, 9, "  \"C\" = 1", '1', "code 1 of 'C' is out of order: codes rise"});
  check_error(
      "scale x \"X\"\n  \"A\" = 6\n  \"B\" = 5\n  \"C\" = 7\nend\n",
      {4, 9, "  \"C\" = 7", '7', "codes fall from the best grade to the worst, so it must be less than 5"});
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 2\n  \"C\" =   2\nend\n",
              {4, 11, "  \"C\" =   2", '2', "repeats the code of 'B'"});
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 99999999999\nend\n",
              {3, 9, "  \"B\" = 99999999999", '9', "too large"});
  check_error("scale x \"X\"\n  \"A\" = 1\n  \"B\" = 2nd\nend\n",
              {3, 9, "  \"B\" = 2nd", '2', "expected a whole number after '='"});
}

TEST_CASE("bands are known names, given for all grades or none, and never improve", "[scale][language]") {
  check_error("scale x \"X\"\n  \"A\" band excellent\n  \"B\" band good\nend\n",
              {2, 12, "  \"A\" band excellent", 'e', "unknown band 'excellent'"});
  check_error("scale x \"X\"\n  \"A\" band outstanding\n  \"B\" band inadequate\n  \"C\" band good\nend\n",
              {4, 12, "  \"C\" band good", 'g', "band good of 'C' is better than band inadequate of 'B'"});
  check_error("scale x \"X\"\n  \"A\" band outstanding\n  \"B\"\nend\n",
              {3, 3, "  \"B\"", '"', "grade 'B' has no band, but 'A' has one"});
  check_error("scale x \"X\"\n  \"A\"\n  \"B\" band inadequate\nend\n",
              {3, 12, "  \"B\" band inadequate", 'i', "grade 'B' has a band, but 'A' has none"});
  check_error("scale x \"X\"\n  \"A\" band\n  \"B\"\nend\n",
              {3, 3, "  \"B\"", '"', "expected a band name after 'band'"});
}

TEST_CASE("scale ids are lower-case words with hyphens, unique within the text", "[scale][language]") {
  check_error(
      "# ids\nscale Care_Inspectorate \"X\" \"A\" \"B\" end\n",
      {2, 7, "scale Care_Inspectorate \"X\" \"A\" \"B\" end", 'C', "bad scale id 'Care_Inspectorate'"});
  check_error("scale -x \"X\" \"A\" \"B\" end\n",
              {1, 7, "scale -x \"X\" \"A\" \"B\" end", '-', "bad scale id '-x'"});
  check_error("scale dup \"X\" \"A\" \"B\" end\n\nscale  dup \"Y\" \"C\" \"D\" end\n",
              {3, 8, "scale  dup \"Y\" \"C\" \"D\" end", 'd', "scale id 'dup' is already defined (line 1)"});
  check_error("scale\n  \"Name\" \"A\" \"B\"\nend\n",
              {2, 3, "  \"Name\" \"A\" \"B\"", '"', "expected a scale id after 'scale'"});
}

TEST_CASE("a scale needs a name and at least two grades", "[scale][language]") {
  check_error("scale lonely \"Lonely\"\n  \"Only\" = 1\nend\n",
              {1, 7, "scale lonely \"Lonely\"", 'l', "scale 'lonely' has 1 grade; a scale needs at least 2"});
  check_error("scale empty \"Empty\" end", {1, 7, "scale empty \"Empty\" end", 'e', "has 0 grades"});
  check_error("scale blank \"  \" \"A\" \"B\" end",
              {1, 13, "scale blank \"  \" \"A\" \"B\" end", '"', "name is blank"});
  // Without a name, the first label is taken for it and its code cannot follow.
  check_error("scale nameless\n  \"A\" = 1\n  \"B\" = 2\nend\n",
              {2, 7, "  \"A\" = 1", '=', "expected a quoted grade label after the scale's name"});
}

TEST_CASE("syntax errors point at the token that does not fit", "[scale][language]") {
  // Clauses out of order.
  check_error("scale x \"X\"\n  \"A\" band good = 1\n  \"B\"\nend\n",
              {2, 17, "  \"A\" band good = 1", '=',
               "a grade's clauses come once each, in the order '= code', 'band', 'alias'"});
  // A trailing comma leaves the alias list wanting.
  check_error("scale x \"X\"\n  \"A\" aliases \"B\", \"C\",\nend\n",
              {3, 1, "end", 'e', "expected a quoted alias"});
  // Keywords are lower-case.
  check_error("Scale x \"X\" \"A\" \"B\" end\n",
              {1, 1, "Scale x \"X\" \"A\" \"B\" end", 'S', "expected 'scale'"});
  check_error("scale x \"X\" \"A\" \"B\" END\n", {1, 21, "scale x \"X\" \"A\" \"B\" END", 'E', "or 'end'"});
  // Stray text after a scale.
  check_error("scale x \"X\" \"A\" \"B\" end\nthe end\n",
              {2, 1, "the end", 't', "expected 'scale' or the end of the text"});
  // Only \" and \\ are escapes.
  check_error("scale x \"X\"\n  \"A\\tB\"\nend\n", {2, 5, "  \"A\\tB\"", '\\', "unknown escape"});
  // A string holds valid UTF-8 only.
  check_error("scale x \"X\"\n  \"Tr\xE8s\"\nend\n", {2, 6, "  \"Tr\xE8s\"", '\xE8', "invalid UTF-8"});
}

TEST_CASE("positions count bytes, lines end at LF or CRLF, and the caret lines up", "[scale][language]") {
  // CRLF: the '\r' is in neither the column nor the excerpt.
  check_error("scale x \"X\"\r\n  \"A\" band nope\r\n  \"B\"\r\nend\r\n",
              {2, 12, "  \"A\" band nope", 'n', "unknown band 'nope'"});
  // Columns count bytes, but the caret is padded one space per character, so it sits under
  // the right character on screen after the two-byte "é".
  const Result<std::vector<GradeScale>> r =
      define_scales("scale x \"X\"\n\"\xC3\xA9t\xC3\xA9\" band nope \"B\"\nend");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().line == 2);
  CHECK(r.error().column == 14);
  CHECK(r.error().excerpt == "\"\xC3\xA9t\xC3\xA9\" band nope \"B\"\n" + std::string(11, ' ') + "^");
  // A tab before the column is copied into the pad, so the caret lines up whatever the tab width.
  const Result<std::vector<GradeScale>> t = define_scales("scale x \"X\"\n\t\"A\" band nope\n\t\"B\"\nend");
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().column == 11);
  CHECK(t.error().excerpt == "\t\"A\" band nope\n\t" + std::string(9, ' ') + "^");
}

TEST_CASE("text without a scale is refused", "[scale][language]") {
  check_error("", {1, 1, "", '\0', "no scale defined"});
  check_error("# nothing but a comment\n", {2, 1, "", '\0', "no scale defined"});
  check_error("  \n  # still nothing", {2, 18, "  # still nothing", '\0', "no scale defined"});
}

TEST_CASE("a definition never throws, whatever it is given", "[scale][language]") {
  const std::string samples[] = {
      std::string("scale x \"X\" \"A\" \"B\" end\0garbage", 31),
      "scale",
      "scale x",
      "scale x \"",
      "scale x \"X\" \"A\" =",
      "scale x \"X\" \"A\" alias",
      "scale x \"X\" \"A\" alias \"B\",",
      "\"",
      "#",
      "end",
      "\xFF\xFE",
  };
  for (const std::string& text : samples) {
    INFO(text);
    Result<std::vector<GradeScale>> r = std::vector<GradeScale>{};
    CHECK_NOTHROW(r = define_scales(text));
    CHECK_FALSE(r.ok());
    if (!r.ok()) CHECK(r.error().line >= 1);
  }
}
