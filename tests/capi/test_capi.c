/* The C ABI from C11: every jdg_* function, each with valid arguments, with NULL and with invalid
 * ones (an error status and a last error, never a crash). Built with
 * -std=c11 -Wall -Wextra -Wpedantic -Werror and run under valgrind by ctest (capi.valgrind).
 *
 *   test_capi TEXT_REPORT... [--pdf PDF_REPORT]
 *
 * Every report given is read from its path and from a buffer, and every item of it is read
 * through every accessor; then all of them make one timeline, read the same way. At the end each
 * kind of item must have been seen at least once, so no accessor goes untested on real data. */
#define _POSIX_C_SOURCE 200809L /* fork, waitpid, setrlimit: the out-of-memory check */
#define _DEFAULT_SOURCE         /* MAP_ANONYMOUS, MAP_NORESERVE: address space that cannot be read */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <judgement/judgement.h>

static int failures = 0;

/* Counts a failure; past 100 the library is broken beyond what more output would explain (a
 * mismatched ABI can turn every loop below into an endless one), so stop. */
static void failed(void) {
  if (++failures >= 100) {
    fprintf(stderr, "test_capi: 100 failures, stopping\n");
    exit(1);
  }
}

#define CHECK(cond)                                                              \
  do {                                                                           \
    if (!(cond)) {                                                               \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
      failed();                                                                  \
    }                                                                            \
  } while (0)

/* Runs expr and checks its status; a failure must also be the thread's last error, with a message
 * that names the function. */
#define EXPECT(expected, expr)                                                                  \
  do {                                                                                          \
    jdg_status got_ = (expr);                                                                   \
    if (got_ != (expected)) {                                                                   \
      fprintf(stderr, "%s:%d: %s gave %d (%s), expected %d; last error: %s\n", __FILE__, __LINE__, \
              #expr, (int)got_, jdg_status_string(got_), (int)(expected), jdg_last_error_message()); \
      failed();                                                                                 \
    } else if (got_ != JDG_OK) {                                                                \
      CHECK(jdg_last_error_status() == got_);                                                   \
      CHECK(strncmp(jdg_last_error_message(), TEXT("jdg_")) == 0);                                 \
    }                                                                                           \
  } while (0)
#define OK(expr) EXPECT(JDG_OK, expr)
#define BAD(expr) EXPECT(JDG_ERROR_INVALID_ARGUMENT, expr)
#define RANGE(expr) EXPECT(JDG_ERROR_OUT_OF_RANGE, expr)
#define WRONG(expr) EXPECT(JDG_ERROR_INVALID_HANDLE, expr)
/* A string literal as the (text, size) pair the API takes. */
#define TEXT(literal) (literal), strlen(literal)

/* What the reports held, summed over all of them. */
static struct {
  size_t judgements, found_judgements, evidence, findings, timeframes, due, ratings, finding_paragraphs, paragraphs, references,
      reference_judgements, date_mentions, date_periods, quantities, quantities_from, diagnostics, inspectors,
      inspection_dates, pdf, timeline_inspections, timeline_judgements, timeline_previous, timeline_cited,
      timeline_omitted;
} seen;

/* A live object of another kind (the handle the items being checked came from), passed below to
 * every accessor of an item in the item's place: each must refuse it as JDG_ERROR_INVALID_HANDLE. */
static const void *foreign = NULL;
#define AS(type) ((const type *)foreign)

static int string_is(jdg_string s, const char *text) {
  return s.data != NULL && s.size == strlen(text) && memcmp(s.data, text, s.size) == 0;
}

/* A view must lie inside the report's own storage or be a valid present/absent value. */
static void check_string(jdg_string s) { CHECK(s.data != NULL || s.size == 0); }

static void check_date(jdg_date d) {
  char iso[JDG_DATE_ISO_SIZE];
  if (!d.present) {
    CHECK(d.year == 0 && d.month == 0 && d.day == 0);
    BAD(jdg_date_iso(iso, sizeof iso, &d));
    return;
  }
  CHECK(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
  CHECK(jdg_precision_string(d.precision) != NULL);
  OK(jdg_date_iso(iso, sizeof iso, &d));
  CHECK(strlen(iso) >= 4);
}

static void check_span(jdg_span s, size_t text_size) {
  CHECK(s.begin <= s.end);
  CHECK(s.end <= text_size);
  CHECK(s.line >= 1);
}

static void check_judgement(const jdg_judgement *j, size_t text_size) {
  jdg_string s;
  int code = -1, present = -1;
  jdg_band band;
  size_t count = 0, i;
  jdg_span span;

  OK(jdg_judgement_area(&s, j));
  CHECK(s.data != NULL && s.size > 0);
  OK(jdg_judgement_area_id(&s, j));
  check_string(s);
  OK(jdg_judgement_grade(&s, j));
  CHECK(s.size > 0);
  OK(jdg_judgement_code(&code, &present, j));
  CHECK(present == 1 || (present == 0 && code == 0));
  OK(jdg_judgement_scale(&s, j));
  CHECK(s.size > 0);
  OK(jdg_judgement_band(&band, j));
  CHECK(jdg_band_string(band) != NULL);
  OK(jdg_judgement_as_written(&s, j));
  check_string(s);
  OK(jdg_judgement_evidence_count(&count, j));
  for (i = 0; i < count; ++i) {
    OK(jdg_judgement_evidence(&span, j, i));
    if (text_size > 0) check_span(span, text_size);
    ++seen.evidence;
  }
  RANGE(jdg_judgement_evidence(&span, j, count));

  BAD(jdg_judgement_area(NULL, j));
  BAD(jdg_judgement_area(&s, NULL));
  BAD(jdg_judgement_area_id(NULL, j));
  BAD(jdg_judgement_area_id(&s, NULL));
  BAD(jdg_judgement_grade(NULL, j));
  BAD(jdg_judgement_grade(&s, NULL));
  BAD(jdg_judgement_code(NULL, &present, j));
  BAD(jdg_judgement_code(&code, NULL, j));
  BAD(jdg_judgement_code(&code, &present, NULL));
  BAD(jdg_judgement_scale(NULL, j));
  BAD(jdg_judgement_scale(&s, NULL));
  BAD(jdg_judgement_band(NULL, j));
  BAD(jdg_judgement_band(&band, NULL));
  BAD(jdg_judgement_as_written(NULL, j));
  BAD(jdg_judgement_as_written(&s, NULL));
  BAD(jdg_judgement_evidence_count(NULL, j));
  BAD(jdg_judgement_evidence_count(&count, NULL));
  BAD(jdg_judgement_evidence(NULL, j, 0));
  BAD(jdg_judgement_evidence(&span, NULL, 0));

  WRONG(jdg_judgement_area(&s, AS(jdg_judgement)));
  CHECK(strstr(jdg_last_error_message(), ": judgement ") != NULL);
  WRONG(jdg_judgement_area_id(&s, AS(jdg_judgement)));
  WRONG(jdg_judgement_grade(&s, AS(jdg_judgement)));
  WRONG(jdg_judgement_code(&code, &present, AS(jdg_judgement)));
  WRONG(jdg_judgement_scale(&s, AS(jdg_judgement)));
  WRONG(jdg_judgement_band(&band, AS(jdg_judgement)));
  WRONG(jdg_judgement_as_written(&s, AS(jdg_judgement)));
  WRONG(jdg_judgement_evidence_count(&count, AS(jdg_judgement)));
  WRONG(jdg_judgement_evidence(&span, AS(jdg_judgement), 0));
}

static void check_finding(const jdg_finding *f, size_t text_size) {
  jdg_kind kind;
  jdg_string s;
  int number = -1, present = -1;
  jdg_timeframe tf;
  jdg_date due;
  jdg_span span;
  char id[JDG_TIMEFRAME_ID_SIZE];

  OK(jdg_finding_kind(&kind, f));
  CHECK(jdg_finding_kind_string(kind) != NULL);
  OK(jdg_finding_text(&s, f));
  CHECK(s.data != NULL);
  OK(jdg_finding_section(&s, f));
  check_string(s);
  OK(jdg_finding_paragraph(&number, &present, f));
  if (present) ++seen.finding_paragraphs;
  else CHECK(number == 0);
  OK(jdg_finding_timeframe(&tf, f));
  if (tf.present) {
    ++seen.timeframes;
    OK(jdg_timeframe_id(id, sizeof id, &tf));
    CHECK(strcmp(id, "immediately") == 0 || strncmp(id, TEXT("within_")) == 0);
    RANGE(jdg_timeframe_id(id, 3, &tf));
  } else {
    BAD(jdg_timeframe_id(id, sizeof id, &tf));
  }
  OK(jdg_finding_due(&due, f));
  check_date(due);
  if (due.present) ++seen.due;
  OK(jdg_finding_rating(&s, f));
  if (s.data != NULL) ++seen.ratings;
  OK(jdg_finding_span(&span, f));
  if (text_size > 0) check_span(span, text_size);

  BAD(jdg_finding_kind(NULL, f));
  BAD(jdg_finding_kind(&kind, NULL));
  BAD(jdg_finding_text(NULL, f));
  BAD(jdg_finding_text(&s, NULL));
  BAD(jdg_finding_section(NULL, f));
  BAD(jdg_finding_section(&s, NULL));
  BAD(jdg_finding_paragraph(NULL, &present, f));
  BAD(jdg_finding_paragraph(&number, NULL, f));
  BAD(jdg_finding_paragraph(&number, &present, NULL));
  BAD(jdg_finding_timeframe(NULL, f));
  BAD(jdg_finding_timeframe(&tf, NULL));
  BAD(jdg_finding_due(NULL, f));
  BAD(jdg_finding_due(&due, NULL));
  BAD(jdg_finding_rating(NULL, f));
  BAD(jdg_finding_rating(&s, NULL));
  BAD(jdg_finding_span(NULL, f));
  BAD(jdg_finding_span(&span, NULL));

  WRONG(jdg_finding_kind(&kind, AS(jdg_finding)));
  CHECK(strstr(jdg_last_error_message(), ": finding ") != NULL);
  WRONG(jdg_finding_text(&s, AS(jdg_finding)));
  WRONG(jdg_finding_section(&s, AS(jdg_finding)));
  WRONG(jdg_finding_paragraph(&number, &present, AS(jdg_finding)));
  WRONG(jdg_finding_timeframe(&tf, AS(jdg_finding)));
  WRONG(jdg_finding_due(&due, AS(jdg_finding)));
  WRONG(jdg_finding_rating(&s, AS(jdg_finding)));
  WRONG(jdg_finding_span(&span, AS(jdg_finding)));
}

static void check_paragraph(const jdg_paragraph *p, size_t text_size) {
  int number = -1, inferred = -1;
  jdg_string s;
  jdg_span span;

  OK(jdg_paragraph_number(&number, p));
  CHECK(number >= 0);
  OK(jdg_paragraph_label(&s, p));
  CHECK(s.data != NULL);
  OK(jdg_paragraph_section(&s, p));
  check_string(s);
  OK(jdg_paragraph_inferred(&inferred, p));
  CHECK(inferred == 0 || inferred == 1);
  OK(jdg_paragraph_span(&span, p));
  if (text_size > 0) check_span(span, text_size);

  BAD(jdg_paragraph_number(NULL, p));
  BAD(jdg_paragraph_number(&number, NULL));
  BAD(jdg_paragraph_label(NULL, p));
  BAD(jdg_paragraph_label(&s, NULL));
  BAD(jdg_paragraph_section(NULL, p));
  BAD(jdg_paragraph_section(&s, NULL));
  BAD(jdg_paragraph_inferred(NULL, p));
  BAD(jdg_paragraph_inferred(&inferred, NULL));
  BAD(jdg_paragraph_span(NULL, p));
  BAD(jdg_paragraph_span(&span, NULL));

  WRONG(jdg_paragraph_number(&number, AS(jdg_paragraph)));
  CHECK(strstr(jdg_last_error_message(), ": paragraph ") != NULL);
  WRONG(jdg_paragraph_label(&s, AS(jdg_paragraph)));
  WRONG(jdg_paragraph_section(&s, AS(jdg_paragraph)));
  WRONG(jdg_paragraph_inferred(&inferred, AS(jdg_paragraph)));
  WRONG(jdg_paragraph_span(&span, AS(jdg_paragraph)));
}

static void check_reference(const jdg_reference *r, size_t text_size) {
  jdg_document_type type;
  jdg_string s;
  jdg_date start, end, published;
  size_t count = 0, i;
  const jdg_judgement *j = NULL;
  jdg_span span;

  OK(jdg_reference_type(&type, r));
  CHECK(jdg_document_type_string(type) != NULL);
  OK(jdg_reference_type_id(&s, r));
  CHECK(s.size > 0);
  OK(jdg_reference_dates(&start, &end, &published, r));
  check_date(start);
  check_date(end);
  check_date(published);
  OK(jdg_reference_judgement_count(&count, r));
  for (i = 0; i < count; ++i) {
    OK(jdg_reference_judgement(&j, r, i));
    check_judgement(j, 0);
    ++seen.reference_judgements;
  }
  RANGE(jdg_reference_judgement(&j, r, count));
  OK(jdg_reference_span(&span, r));
  if (text_size > 0) check_span(span, text_size);

  BAD(jdg_reference_type(NULL, r));
  BAD(jdg_reference_type(&type, NULL));
  BAD(jdg_reference_type_id(NULL, r));
  BAD(jdg_reference_type_id(&s, NULL));
  BAD(jdg_reference_dates(NULL, &end, &published, r));
  BAD(jdg_reference_dates(&start, NULL, &published, r));
  BAD(jdg_reference_dates(&start, &end, NULL, r));
  BAD(jdg_reference_dates(&start, &end, &published, NULL));
  BAD(jdg_reference_judgement_count(NULL, r));
  BAD(jdg_reference_judgement_count(&count, NULL));
  BAD(jdg_reference_judgement(NULL, r, 0));
  BAD(jdg_reference_judgement(&j, NULL, 0));
  BAD(jdg_reference_span(NULL, r));
  BAD(jdg_reference_span(&span, NULL));

  WRONG(jdg_reference_type(&type, AS(jdg_reference)));
  CHECK(strstr(jdg_last_error_message(), ": reference ") != NULL);
  WRONG(jdg_reference_type_id(&s, AS(jdg_reference)));
  WRONG(jdg_reference_dates(&start, &end, &published, AS(jdg_reference)));
  WRONG(jdg_reference_judgement_count(&count, AS(jdg_reference)));
  WRONG(jdg_reference_judgement(&j, AS(jdg_reference), 0));
  WRONG(jdg_reference_span(&span, AS(jdg_reference)));
}

static void check_date_mention(const jdg_date_mention *m, size_t text_size) {
  jdg_string s;
  jdg_date start, end;
  size_t count = 0, i;
  jdg_span span;

  OK(jdg_date_mention_text(&s, m));
  CHECK(s.size > 0);
  OK(jdg_date_mention_range(&start, &end, m));
  CHECK(start.present);
  check_date(start);
  check_date(end);
  OK(jdg_date_mention_period_count(&count, m));
  for (i = 0; i < count; ++i) {
    OK(jdg_date_mention_period(&start, &end, m, i));
    check_date(start);
    ++seen.date_periods;
  }
  RANGE(jdg_date_mention_period(&start, &end, m, count));
  OK(jdg_date_mention_span(&span, m));
  if (text_size > 0) check_span(span, text_size);

  BAD(jdg_date_mention_text(NULL, m));
  BAD(jdg_date_mention_text(&s, NULL));
  BAD(jdg_date_mention_range(NULL, &end, m));
  BAD(jdg_date_mention_range(&start, NULL, m));
  BAD(jdg_date_mention_range(&start, &end, NULL));
  BAD(jdg_date_mention_period_count(NULL, m));
  BAD(jdg_date_mention_period_count(&count, NULL));
  BAD(jdg_date_mention_period(NULL, &end, m, 0));
  BAD(jdg_date_mention_period(&start, NULL, m, 0));
  BAD(jdg_date_mention_period(&start, &end, NULL, 0));
  BAD(jdg_date_mention_span(NULL, m));
  BAD(jdg_date_mention_span(&span, NULL));

  WRONG(jdg_date_mention_text(&s, AS(jdg_date_mention)));
  CHECK(strstr(jdg_last_error_message(), ": mention ") != NULL);
  WRONG(jdg_date_mention_range(&start, &end, AS(jdg_date_mention)));
  WRONG(jdg_date_mention_period_count(&count, AS(jdg_date_mention)));
  WRONG(jdg_date_mention_period(&start, &end, AS(jdg_date_mention), 0));
  WRONG(jdg_date_mention_span(&span, AS(jdg_date_mention)));
}

static void check_quantity(const jdg_quantity *q, size_t text_size) {
  jdg_string s;
  double value = -1, from = -1;
  int present = -1;
  jdg_span span;

  OK(jdg_quantity_text(&s, q));
  CHECK(s.size > 0);
  OK(jdg_quantity_value(&value, q));
  CHECK(!isnan(value));
  OK(jdg_quantity_unit(&s, q));
  check_string(s);
  OK(jdg_quantity_from(&from, &present, q));
  if (present) ++seen.quantities_from;
  else CHECK(from == 0.0);
  OK(jdg_quantity_span(&span, q));
  if (text_size > 0) check_span(span, text_size);

  BAD(jdg_quantity_text(NULL, q));
  BAD(jdg_quantity_text(&s, NULL));
  BAD(jdg_quantity_value(NULL, q));
  BAD(jdg_quantity_value(&value, NULL));
  BAD(jdg_quantity_unit(NULL, q));
  BAD(jdg_quantity_unit(&s, NULL));
  BAD(jdg_quantity_from(NULL, &present, q));
  BAD(jdg_quantity_from(&from, NULL, q));
  BAD(jdg_quantity_from(&from, &present, NULL));
  BAD(jdg_quantity_span(NULL, q));
  BAD(jdg_quantity_span(&span, NULL));

  WRONG(jdg_quantity_text(&s, AS(jdg_quantity)));
  CHECK(strstr(jdg_last_error_message(), ": quantity ") != NULL);
  WRONG(jdg_quantity_value(&value, AS(jdg_quantity)));
  WRONG(jdg_quantity_unit(&s, AS(jdg_quantity)));
  WRONG(jdg_quantity_from(&from, &present, AS(jdg_quantity)));
  WRONG(jdg_quantity_span(&span, AS(jdg_quantity)));
}

static void check_diagnostic(const jdg_diagnostic *d, size_t text_size) {
  jdg_severity severity;
  jdg_string s;
  jdg_span span;

  OK(jdg_diagnostic_severity(&severity, d));
  CHECK(jdg_severity_string(severity) != NULL);
  OK(jdg_diagnostic_code(&s, d));
  CHECK(s.size > 0);
  OK(jdg_diagnostic_message(&s, d));
  CHECK(s.size > 0);
  OK(jdg_diagnostic_span(&span, d));
  if (text_size > 0) CHECK(span.end <= text_size);

  BAD(jdg_diagnostic_severity(NULL, d));
  BAD(jdg_diagnostic_severity(&severity, NULL));
  BAD(jdg_diagnostic_code(NULL, d));
  BAD(jdg_diagnostic_code(&s, NULL));
  BAD(jdg_diagnostic_message(NULL, d));
  BAD(jdg_diagnostic_message(&s, NULL));
  BAD(jdg_diagnostic_span(NULL, d));
  BAD(jdg_diagnostic_span(&span, NULL));

  WRONG(jdg_diagnostic_severity(&severity, AS(jdg_diagnostic)));
  CHECK(strstr(jdg_last_error_message(), ": diagnostic ") != NULL);
  WRONG(jdg_diagnostic_code(&s, AS(jdg_diagnostic)));
  WRONG(jdg_diagnostic_message(&s, AS(jdg_diagnostic)));
  WRONG(jdg_diagnostic_span(&span, AS(jdg_diagnostic)));
}

/* Reads every field and every item of a report; NULL and out-of-range calls on each accessor. */
static void check_provider_id(const jdg_report *report);

static void check_report(const jdg_report *report) {
  jdg_string s, text, role;
  size_t bytes = 0, count = 0, i;
  jdg_source_format format;
  jdg_document_type type;
  jdg_date start, end, d;
  const jdg_judgement *j = NULL;
  const jdg_finding *f = NULL;
  const jdg_paragraph *p = NULL;
  const jdg_reference *r = NULL;
  const jdg_date_mention *m = NULL;
  const jdg_quantity *q = NULL;
  const jdg_diagnostic *g = NULL;

  foreign = report; /* a handle in each item's place */
  OK(jdg_report_source_name(&s, report));
  CHECK(s.data != NULL);
  OK(jdg_report_source_bytes(&bytes, report));
  CHECK(bytes > 0);
  OK(jdg_report_source_format(&format, report));
  CHECK(jdg_source_format_string(format) != NULL);
  if (format == JDG_FORMAT_PDF) ++seen.pdf;
  OK(jdg_report_source_text(&text, report));
  CHECK(text.data != NULL && text.size > 0);
  OK(jdg_report_document_type(&type, report));
  CHECK(jdg_document_type_string(type) != NULL);
  /* The id names the same type as the enumerator, and names it where the enumerator says "other". */
  OK(jdg_report_document_type_id(&s, report));
  CHECK(s.size > 0);
  if (type != JDG_DOCUMENT_OTHER) {
    CHECK(strlen(jdg_document_type_string(type)) == s.size && memcmp(jdg_document_type_string(type), s.data, s.size) == 0);
  }
  OK(jdg_report_inspectorate(&s, report));
  check_string(s);
  OK(jdg_report_provider(&s, report));
  check_string(s);
  check_provider_id(report);
  OK(jdg_report_date(&d, report));
  check_date(d);
  OK(jdg_report_published(&d, report));
  check_date(d);
  OK(jdg_report_inspection_dates(&start, &end, report));
  check_date(start);
  check_date(end);
  OK(jdg_report_inspection_period_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_inspection_period(&start, &end, report, i));
    CHECK(start.present && end.present);
    ++seen.inspection_dates;
  }
  RANGE(jdg_report_inspection_period(&start, &end, report, count));
  OK(jdg_report_inspector_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_inspector(&s, &role, report, i));
    CHECK(s.size > 0);
    check_string(role);
    ++seen.inspectors;
  }
  RANGE(jdg_report_inspector(&s, &role, report, count));

  OK(jdg_report_judgement_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_judgement(&j, report, i));
    check_judgement(j, text.size);
    ++seen.judgements;
    /* Looked up by its area id, a judgement is the same borrowed item. */
    OK(jdg_judgement_area_id(&s, j));
    if (s.data != NULL) {
      char id[128];
      const jdg_judgement *found = NULL;
      CHECK(s.size < sizeof id);
      if (s.size < sizeof id) {
        memcpy(id, s.data, s.size);
        id[s.size] = '\0';
        OK(jdg_report_find_judgement(&found, report, id));
        CHECK(found == j);
        ++seen.found_judgements;
      }
    }
  }
  RANGE(jdg_report_judgement(&j, report, count));
  {
    const jdg_judgement *found = j;
    EXPECT(JDG_ERROR_NOT_FOUND, jdg_report_find_judgement(&found, report, "no_such_area"));
    CHECK(found == j); /* outputs are written only on success */
    BAD(jdg_report_find_judgement(NULL, report, "overall_effectiveness"));
    BAD(jdg_report_find_judgement(&found, NULL, "overall_effectiveness"));
    BAD(jdg_report_find_judgement(&found, report, NULL));
  }
  OK(jdg_report_finding_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_finding(&f, report, i));
    check_finding(f, text.size);
    ++seen.findings;
  }
  RANGE(jdg_report_finding(&f, report, count));
  OK(jdg_report_paragraph_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_paragraph(&p, report, i));
    check_paragraph(p, text.size);
    ++seen.paragraphs;
  }
  RANGE(jdg_report_paragraph(&p, report, count));
  OK(jdg_report_reference_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_reference(&r, report, i));
    check_reference(r, text.size);
    ++seen.references;
  }
  RANGE(jdg_report_reference(&r, report, count));
  OK(jdg_report_date_mention_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_date_mention(&m, report, i));
    check_date_mention(m, text.size);
    ++seen.date_mentions;
  }
  RANGE(jdg_report_date_mention(&m, report, count));
  OK(jdg_report_quantity_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_quantity(&q, report, i));
    check_quantity(q, text.size);
    ++seen.quantities;
  }
  RANGE(jdg_report_quantity(&q, report, count));
  OK(jdg_report_diagnostic_count(&count, report));
  for (i = 0; i < count; ++i) {
    OK(jdg_report_diagnostic(&g, report, i));
    check_diagnostic(g, text.size);
    ++seen.diagnostics;
  }
  RANGE(jdg_report_diagnostic(&g, report, count));

  /* Every accessor of the report with a NULL output and with a NULL report. */
  BAD(jdg_report_source_name(NULL, report));
  BAD(jdg_report_source_name(&s, NULL));
  BAD(jdg_report_source_bytes(NULL, report));
  BAD(jdg_report_source_bytes(&bytes, NULL));
  BAD(jdg_report_source_format(NULL, report));
  BAD(jdg_report_source_format(&format, NULL));
  BAD(jdg_report_source_text(NULL, report));
  BAD(jdg_report_source_text(&s, NULL));
  BAD(jdg_report_document_type(NULL, report));
  BAD(jdg_report_document_type(&type, NULL));
  BAD(jdg_report_inspectorate(NULL, report));
  BAD(jdg_report_inspectorate(&s, NULL));
  BAD(jdg_report_provider(NULL, report));
  BAD(jdg_report_provider(&s, NULL));
  BAD(jdg_report_document_type_id(NULL, report));
  BAD(jdg_report_document_type_id(&s, NULL));
  BAD(jdg_report_date(NULL, report));
  BAD(jdg_report_date(&d, NULL));
  BAD(jdg_report_published(NULL, report));
  BAD(jdg_report_published(&d, NULL));
  BAD(jdg_report_inspection_dates(NULL, &end, report));
  BAD(jdg_report_inspection_dates(&start, NULL, report));
  BAD(jdg_report_inspection_dates(&start, &end, NULL));
  BAD(jdg_report_inspection_period_count(NULL, report));
  BAD(jdg_report_inspection_period_count(&count, NULL));
  BAD(jdg_report_inspection_period(NULL, &end, report, 0));
  BAD(jdg_report_inspection_period(&start, NULL, report, 0));
  BAD(jdg_report_inspection_period(&start, &end, NULL, 0));
  BAD(jdg_report_inspector_count(NULL, report));
  BAD(jdg_report_inspector_count(&count, NULL));
  BAD(jdg_report_inspector(NULL, &role, report, 0));
  BAD(jdg_report_inspector(&s, NULL, report, 0));
  BAD(jdg_report_inspector(&s, &role, NULL, 0));
  BAD(jdg_report_judgement_count(NULL, report));
  BAD(jdg_report_judgement_count(&count, NULL));
  BAD(jdg_report_judgement(NULL, report, 0));
  BAD(jdg_report_judgement(&j, NULL, 0));
  BAD(jdg_report_finding_count(NULL, report));
  BAD(jdg_report_finding_count(&count, NULL));
  BAD(jdg_report_finding(NULL, report, 0));
  BAD(jdg_report_finding(&f, NULL, 0));
  BAD(jdg_report_paragraph_count(NULL, report));
  BAD(jdg_report_paragraph_count(&count, NULL));
  BAD(jdg_report_paragraph(NULL, report, 0));
  BAD(jdg_report_paragraph(&p, NULL, 0));
  BAD(jdg_report_reference_count(NULL, report));
  BAD(jdg_report_reference_count(&count, NULL));
  BAD(jdg_report_reference(NULL, report, 0));
  BAD(jdg_report_reference(&r, NULL, 0));
  BAD(jdg_report_date_mention_count(NULL, report));
  BAD(jdg_report_date_mention_count(&count, NULL));
  BAD(jdg_report_date_mention(NULL, report, 0));
  BAD(jdg_report_date_mention(&m, NULL, 0));
  BAD(jdg_report_quantity_count(NULL, report));
  BAD(jdg_report_quantity_count(&count, NULL));
  BAD(jdg_report_quantity(NULL, report, 0));
  BAD(jdg_report_quantity(&q, NULL, 0));
  BAD(jdg_report_diagnostic_count(NULL, report));
  BAD(jdg_report_diagnostic_count(&count, NULL));
  BAD(jdg_report_diagnostic(NULL, report, 0));
  BAD(jdg_report_diagnostic(&g, NULL, 0));
}

static void check_timeline_judgement(const jdg_timeline_judgement *j) {
  jdg_string s, grade, scale;
  int code = -1, present = -1, by_band = -1;
  jdg_band band;
  jdg_change change;

  OK(jdg_timeline_judgement_area(&s, j));
  CHECK(s.size > 0 && s.data[s.size] == '\0');
  OK(jdg_timeline_judgement_area_id(&s, j));
  check_string(s);
  OK(jdg_timeline_judgement_grade(&s, j));
  CHECK(s.size > 0);
  OK(jdg_timeline_judgement_code(&code, &present, j));
  CHECK(present == 1 || code == 0);
  OK(jdg_timeline_judgement_scale(&s, j));
  CHECK(s.size > 0);
  OK(jdg_timeline_judgement_band(&band, j));
  CHECK(jdg_band_string(band) != NULL);
  OK(jdg_timeline_judgement_change(&change, &by_band, j));
  CHECK(jdg_change_string(change) != NULL && (by_band == 0 || by_band == 1));
  OK(jdg_timeline_judgement_change(&change, NULL, j));
  OK(jdg_timeline_judgement_previous(&grade, &scale, &band, &present, j));
  if (present) {
    ++seen.timeline_previous;
    CHECK(grade.size > 0 && scale.size > 0 && jdg_band_string(band) != NULL);
    CHECK(change == JDG_CHANGE_IMPROVED || change == JDG_CHANGE_DECLINED || change == JDG_CHANGE_UNCHANGED);
  } else {
    CHECK(grade.data == NULL && scale.data == NULL);
  }

  BAD(jdg_timeline_judgement_area(NULL, j));
  BAD(jdg_timeline_judgement_area(&s, NULL));
  BAD(jdg_timeline_judgement_area_id(NULL, j));
  BAD(jdg_timeline_judgement_area_id(&s, NULL));
  BAD(jdg_timeline_judgement_grade(NULL, j));
  BAD(jdg_timeline_judgement_grade(&s, NULL));
  BAD(jdg_timeline_judgement_code(NULL, &present, j));
  BAD(jdg_timeline_judgement_code(&code, NULL, j));
  BAD(jdg_timeline_judgement_code(&code, &present, NULL));
  BAD(jdg_timeline_judgement_scale(NULL, j));
  BAD(jdg_timeline_judgement_scale(&s, NULL));
  BAD(jdg_timeline_judgement_band(NULL, j));
  BAD(jdg_timeline_judgement_band(&band, NULL));
  BAD(jdg_timeline_judgement_change(NULL, &by_band, j));
  BAD(jdg_timeline_judgement_change(&change, &by_band, NULL));
  BAD(jdg_timeline_judgement_previous(NULL, &scale, &band, &present, j));
  BAD(jdg_timeline_judgement_previous(&grade, NULL, &band, &present, j));
  BAD(jdg_timeline_judgement_previous(&grade, &scale, NULL, &present, j));
  BAD(jdg_timeline_judgement_previous(&grade, &scale, &band, NULL, j));
  BAD(jdg_timeline_judgement_previous(&grade, &scale, &band, &present, NULL));

  WRONG(jdg_timeline_judgement_area(&s, AS(jdg_timeline_judgement)));
  CHECK(strstr(jdg_last_error_message(), ": judgement ") != NULL);
  WRONG(jdg_timeline_judgement_area_id(&s, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_grade(&s, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_code(&code, &present, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_scale(&s, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_band(&band, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_change(&change, &by_band, AS(jdg_timeline_judgement)));
  WRONG(jdg_timeline_judgement_previous(&grade, &scale, &band, &present, AS(jdg_timeline_judgement)));
}

static void check_timeline_inspection(const jdg_timeline_inspection *in, size_t reports) {
  jdg_document_type type;
  jdg_string s;
  jdg_date start, end, published;
  size_t count = 0, i, report = 0;
  int cited = -1, dated_by_citation = -1;
  const jdg_timeline_judgement *j = NULL;

  OK(jdg_timeline_inspection_type(&type, in));
  CHECK(jdg_document_type_string(type) != NULL);
  OK(jdg_timeline_inspection_provider(&s, in));
  check_string(s);
  OK(jdg_timeline_inspection_dates(&start, &end, &published, in));
  check_date(start);
  check_date(end);
  check_date(published);
  OK(jdg_timeline_inspection_cited(&cited, &dated_by_citation, in));
  CHECK((cited == 0 || cited == 1) && (dated_by_citation == 0 || dated_by_citation == 1));
  if (cited) ++seen.timeline_cited;
  OK(jdg_timeline_inspection_cited_by_count(&count, in));
  for (i = 0; i < count; ++i) {
    OK(jdg_timeline_inspection_cited_by(&report, in, i));
    CHECK(report < reports);
  }
  RANGE(jdg_timeline_inspection_cited_by(&report, in, count));
  OK(jdg_timeline_inspection_report_count(&count, in));
  CHECK(cited ? count == 0 : count >= 1); /* a cited inspection has no report of its own */
  for (i = 0; i < count; ++i) {
    OK(jdg_timeline_inspection_report(&report, &s, in, i));
    CHECK(report < reports);
    check_string(s);
  }
  RANGE(jdg_timeline_inspection_report(&report, &s, in, count));
  OK(jdg_timeline_inspection_judgement_count(&count, in));
  for (i = 0; i < count; ++i) {
    OK(jdg_timeline_inspection_judgement(&j, in, i));
    check_timeline_judgement(j);
    ++seen.timeline_judgements;
  }
  RANGE(jdg_timeline_inspection_judgement(&j, in, count));

  BAD(jdg_timeline_inspection_type(NULL, in));
  BAD(jdg_timeline_inspection_type(&type, NULL));
  BAD(jdg_timeline_inspection_provider(NULL, in));
  BAD(jdg_timeline_inspection_provider(&s, NULL));
  BAD(jdg_timeline_inspection_dates(NULL, &end, &published, in));
  BAD(jdg_timeline_inspection_dates(&start, NULL, &published, in));
  BAD(jdg_timeline_inspection_dates(&start, &end, NULL, in));
  BAD(jdg_timeline_inspection_dates(&start, &end, &published, NULL));
  BAD(jdg_timeline_inspection_cited(NULL, &dated_by_citation, in));
  BAD(jdg_timeline_inspection_cited(&cited, NULL, in));
  BAD(jdg_timeline_inspection_cited(&cited, &dated_by_citation, NULL));
  BAD(jdg_timeline_inspection_cited_by_count(NULL, in));
  BAD(jdg_timeline_inspection_cited_by_count(&count, NULL));
  BAD(jdg_timeline_inspection_cited_by(NULL, in, 0));
  BAD(jdg_timeline_inspection_cited_by(&report, NULL, 0));
  BAD(jdg_timeline_inspection_report_count(NULL, in));
  BAD(jdg_timeline_inspection_report_count(&count, NULL));
  BAD(jdg_timeline_inspection_report(NULL, &s, in, 0));
  BAD(jdg_timeline_inspection_report(&report, NULL, in, 0));
  BAD(jdg_timeline_inspection_report(&report, &s, NULL, 0));
  BAD(jdg_timeline_inspection_judgement_count(NULL, in));
  BAD(jdg_timeline_inspection_judgement_count(&count, NULL));
  BAD(jdg_timeline_inspection_judgement(NULL, in, 0));
  BAD(jdg_timeline_inspection_judgement(&j, NULL, 0));

  WRONG(jdg_timeline_inspection_type(&type, AS(jdg_timeline_inspection)));
  CHECK(strstr(jdg_last_error_message(), ": inspection ") != NULL);
  WRONG(jdg_timeline_inspection_provider(&s, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_dates(&start, &end, &published, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_cited(&cited, &dated_by_citation, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_cited_by_count(&count, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_cited_by(&report, AS(jdg_timeline_inspection), 0));
  WRONG(jdg_timeline_inspection_report_count(&count, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_report(&report, &s, AS(jdg_timeline_inspection), 0));
  WRONG(jdg_timeline_inspection_judgement_count(&count, AS(jdg_timeline_inspection)));
  WRONG(jdg_timeline_inspection_judgement(&j, AS(jdg_timeline_inspection), 0));
}

/* A timeline of every report given (text and PDF, so two providers at least). */
static void check_timeline(const jdg_report *const *reports, size_t report_count) {
  jdg_timeline *timeline = NULL, *empty = NULL;
  const jdg_provider_timeline *provider = NULL, *found = NULL;
  const jdg_timeline_inspection *inspection = NULL;
  size_t providers = 0, count = 0, i, k, report = 0;
  jdg_string s, key, reason;
  char *json = NULL;
  size_t json_size = 0;
  const jdg_report *with_null[2];

  CHECK(strcmp(jdg_change_string(JDG_CHANGE_NOT_COMPARABLE), "not_comparable") == 0);
  CHECK(strcmp(jdg_change_string(JDG_CHANGE_FIRST), "first") == 0);
  CHECK(jdg_change_string((jdg_change)5) == NULL);
  CHECK(jdg_change_string((jdg_change)-1) == NULL);

  OK(jdg_timeline_build(&timeline, reports, report_count));
  if (timeline == NULL) return;
  foreign = timeline;
  OK(jdg_timeline_provider_count(&providers, timeline));
  CHECK(providers >= 1);
  for (i = 0; i < providers; ++i) {
    OK(jdg_timeline_provider(&provider, timeline, i));
    OK(jdg_provider_timeline_key(&key, provider));
    CHECK(key.size > 0 && key.data[key.size] == '\0');
    OK(jdg_provider_timeline_name(&s, provider));
    CHECK(s.size > 0 && s.data[s.size] == '\0');
    OK(jdg_timeline_find(&found, timeline, s.data));
    CHECK(found == provider);
    OK(jdg_provider_timeline_inspection_count(&count, provider));
    CHECK(count >= 1);
    for (k = 0; k < count; ++k) {
      OK(jdg_provider_timeline_inspection(&inspection, provider, k));
      check_timeline_inspection(inspection, report_count);
      ++seen.timeline_inspections;
    }
    RANGE(jdg_provider_timeline_inspection(&inspection, provider, count));
  }
  RANGE(jdg_timeline_provider(&provider, timeline, providers));
  EXPECT(JDG_ERROR_NOT_FOUND, jdg_timeline_find(&found, timeline, "No Such Council"));
  OK(jdg_timeline_omitted_count(&count, timeline));
  for (i = 0; i < count; ++i) {
    OK(jdg_timeline_omitted(&report, &s, &reason, timeline, i));
    CHECK(report < report_count && reason.size > 0);
    ++seen.timeline_omitted;
  }
  RANGE(jdg_timeline_omitted(&report, &s, &reason, timeline, count));

  OK(jdg_timeline_to_json(&json, &json_size, timeline, 0));
  CHECK(json != NULL && strlen(json) == json_size && strstr(json, "judgement.timeline/1") != NULL);
  jdg_free(json);
  json = NULL;
  OK(jdg_timeline_to_json(&json, NULL, timeline, 1));
  CHECK(json != NULL && strchr(json, '\n') != NULL);
  jdg_free(json);

  /* NULL and invalid arguments. */
  OK(jdg_timeline_provider(&provider, timeline, 0));
  BAD(jdg_timeline_build(NULL, reports, report_count));
  BAD(jdg_timeline_build(&empty, NULL, 2));
  with_null[0] = reports[0];
  with_null[1] = NULL;
  BAD(jdg_timeline_build(&empty, with_null, 2));
  CHECK(empty == NULL);
  OK(jdg_timeline_build(&empty, NULL, 0));
  OK(jdg_timeline_provider_count(&count, empty));
  CHECK(count == 0);
  jdg_timeline_free(empty);
  empty = NULL;
  {
    /* A report that names no provider is left out, and says why. */
    jdg_report *anonymous = NULL;
    const jdg_report *both[2];
    OK(jdg_report_parse(&anonymous, TEXT("A note with no provider in it.\n"), NULL));
    both[0] = reports[0];
    both[1] = anonymous;
    OK(jdg_timeline_build(&empty, both, 2));
    OK(jdg_timeline_omitted_count(&count, empty));
    CHECK(count == 1);
    OK(jdg_timeline_omitted(&report, &s, &reason, empty, 0));
    CHECK(report == 1 && reason.size > 0 && reason.data[reason.size] == '\0');
    ++seen.timeline_omitted;
    jdg_timeline_free(empty);
    jdg_report_free(anonymous);
  }
  BAD(jdg_timeline_to_json(NULL, NULL, timeline, 0));
  BAD(jdg_timeline_to_json(&json, NULL, NULL, 0));
  BAD(jdg_timeline_provider_count(NULL, timeline));
  BAD(jdg_timeline_provider_count(&count, NULL));
  BAD(jdg_timeline_provider(NULL, timeline, 0));
  BAD(jdg_timeline_provider(&provider, NULL, 0));
  BAD(jdg_timeline_find(NULL, timeline, "x"));
  BAD(jdg_timeline_find(&found, NULL, "x"));
  BAD(jdg_timeline_find(&found, timeline, NULL));
  BAD(jdg_timeline_omitted_count(NULL, timeline));
  BAD(jdg_timeline_omitted_count(&count, NULL));
  BAD(jdg_timeline_omitted(NULL, &s, &reason, timeline, 0));
  BAD(jdg_timeline_omitted(&report, NULL, &reason, timeline, 0));
  BAD(jdg_timeline_omitted(&report, &s, NULL, timeline, 0));
  BAD(jdg_timeline_omitted(&report, &s, &reason, NULL, 0));
  BAD(jdg_provider_timeline_key(NULL, provider));
  BAD(jdg_provider_timeline_key(&s, NULL));
  BAD(jdg_provider_timeline_name(NULL, provider));
  BAD(jdg_provider_timeline_name(&s, NULL));
  BAD(jdg_provider_timeline_inspection_count(NULL, provider));
  BAD(jdg_provider_timeline_inspection_count(&count, NULL));
  BAD(jdg_provider_timeline_inspection(NULL, provider, 0));
  BAD(jdg_provider_timeline_inspection(&inspection, NULL, 0));
  WRONG(jdg_provider_timeline_key(&s, AS(jdg_provider_timeline)));
  CHECK(strstr(jdg_last_error_message(), ": provider ") != NULL);
  WRONG(jdg_provider_timeline_name(&s, AS(jdg_provider_timeline)));
  WRONG(jdg_provider_timeline_inspection_count(&count, AS(jdg_provider_timeline)));
  WRONG(jdg_provider_timeline_inspection(&inspection, AS(jdg_provider_timeline), 0));

  jdg_timeline_free(timeline);
  jdg_timeline_free(NULL);
}

/* The whole file in memory, for the caller to free; NULL where it cannot be read. */
static char *read_file(const char *path, size_t *size) {
  FILE *in = fopen(path, "rb");
  char *data = NULL;
  long length;
  if (in == NULL) return NULL;
  if (fseek(in, 0, SEEK_END) == 0 && (length = ftell(in)) >= 0 && fseek(in, 0, SEEK_SET) == 0) {
    data = malloc((size_t)length + 1);
    if (data != NULL && fread(data, 1, (size_t)length, in) != (size_t)length) {
      free(data);
      data = NULL;
    }
    *size = (size_t)length;
  }
  fclose(in);
  return data;
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash != NULL ? slash + 1 : path;
}

/* A jdg_write_fn that gathers what it is handed, or stops at once. */
struct gathered {
  char *text;
  size_t size, calls, largest;
  int stop;
};

static int gather(const char *data, size_t size, void *write_data) {
  struct gathered *g = write_data;
  char *grown;
  ++g->calls;
  if (size > g->largest) g->largest = size;
  if (g->stop) return 0;
  grown = realloc(g->text, g->size + size + 1);
  if (grown == NULL) return 0;
  g->text = grown;
  memcpy(g->text + g->size, data, size);
  g->size += size;
  g->text[g->size] = '\0';
  return 1;
}

/* jdg_report_write_json hands a writer what jdg_report_to_json gives, a stretch at a time, for
 * a report whose JSON is longer than a stretch (the text of `path` many times over), and stops
 * when the writer says so. */
static void check_write_json(const char *path) {
  size_t size = 0, k, json_size = 0;
  char *data = read_file(path, &size), *many, *json = NULL;
  jdg_report *report = NULL;
  struct gathered g = {NULL, 0, 0, 0, 0}, stopped = {NULL, 0, 0, 0, 1};
  const size_t times = 40;

  CHECK(data != NULL);
  if (data == NULL) return;
  many = malloc(size * times);
  CHECK(many != NULL);
  if (many != NULL) {
    for (k = 0; k < times; ++k) memcpy(many + k * size, data, size);
    OK(jdg_report_parse(&report, many, size * times, NULL));
  }
  if (report != NULL) {
    OK(jdg_report_to_json(&json, &json_size, report, 1));
    OK(jdg_report_write_json(report, 1, gather, &g));
    CHECK(json != NULL && g.text != NULL && g.size == json_size && memcmp(g.text, json, json_size) == 0);
    CHECK(json_size > 128 * 1024 && g.calls > 1 && g.largest < 80 * 1024); /* never held whole */
    EXPECT(JDG_ERROR_IO, jdg_report_write_json(report, 0, gather, &stopped));
    CHECK(stopped.calls == 1);
    BAD(jdg_report_write_json(report, 0, NULL, &g));
    BAD(jdg_report_write_json(NULL, 0, gather, &g));
  }
  jdg_free(json);
  free(g.text);
  jdg_report_free(report);
  free(many);
  free(data);
}

/* Parses the file from its path and from a buffer (the same report both ways), reads it all, and
 * round-trips it through the JSON export. Returns the report read from the path, for the caller
 * to free (NULL where parsing failed). */
static jdg_report *check_file(const char *path) {
  jdg_report *from_path = NULL, *from_buffer = NULL, *from_json = NULL;
  jdg_options options = JDG_OPTIONS_INIT;
  char *json = NULL, *json_buffer = NULL, *json_back = NULL, *pretty = NULL;
  size_t json_size = 0, size = 0;
  char *data = read_file(path, &size);

  CHECK(data != NULL);
  if (data == NULL) return NULL;
  options.name = base_name(path);
  OK(jdg_report_parse_file(&from_path, path, NULL));
  OK(jdg_report_parse(&from_buffer, data, size, &options));
  free(data);
  if (from_path == NULL || from_buffer == NULL) {
    jdg_report_free(from_path);
    jdg_report_free(from_buffer);
    return NULL;
  }
  check_report(from_path);

  OK(jdg_report_to_json(&json, &json_size, from_path, 0));
  OK(jdg_report_to_json(&json_buffer, NULL, from_buffer, 0));
  OK(jdg_report_to_json(&pretty, NULL, from_path, 1));
  CHECK(json != NULL && json_buffer != NULL && pretty != NULL);
  if (json != NULL && json_buffer != NULL && pretty != NULL) {
    CHECK(strlen(json) == json_size);
    CHECK(strcmp(json, json_buffer) == 0); /* path and buffer give the same report */
    CHECK(strncmp(json, TEXT("{\"schema\":\"judgement.report/1\"")) == 0);
    CHECK(strlen(pretty) > json_size && strchr(pretty, '\n') != NULL);
    OK(jdg_report_from_json(&from_json, json, json_size));
    if (from_json != NULL) {
      OK(jdg_report_to_json(&json_back, NULL, from_json, 0));
      CHECK(json_back != NULL && strcmp(json, json_back) == 0);
    }
  }
  BAD(jdg_report_to_json(NULL, &json_size, from_path, 0));
  BAD(jdg_report_to_json(&json_back, &json_size, NULL, 0));
  jdg_free(json);
  jdg_free(json_buffer);
  jdg_free(json_back);
  jdg_free(pretty);
  jdg_report_free(from_buffer);
  jdg_report_free(from_json);
  return from_path;
}

static void check_versions_and_status(void) {
  jdg_position position;
  int s;

  CHECK(jdg_version_number() == JDG_VERSION);
  CHECK(strcmp(jdg_version_string(), JDG_VERSION_STRING) == 0);
  CHECK(jdg_abi_version() == JDG_ABI_VERSION);
  CHECK(JDG_VERSION == JDG_VERSION_MAJOR * 10000 + JDG_VERSION_MINOR * 100 + JDG_VERSION_PATCH);

  CHECK(strcmp(jdg_status_string(JDG_OK), "ok") == 0);
  for (s = JDG_OK; s <= JDG_ERROR_CANCELLED; ++s) {
    CHECK(strcmp(jdg_status_string((jdg_status)s), "unknown status") != 0);
  }
  CHECK(strcmp(jdg_status_string((jdg_status)12345), "unknown status") == 0);
  CHECK(strcmp(jdg_status_string((jdg_status)-1), "unknown status") == 0);

  jdg_last_error_clear();
  CHECK(jdg_last_error_status() == JDG_OK);
  CHECK(strcmp(jdg_last_error_message(), "") == 0);
  CHECK(strcmp(jdg_last_error_excerpt(), "") == 0);
  OK(jdg_last_error_position(&position));
  CHECK(position.offset == 0 && position.line == 0 && position.column == 0);
  CHECK(jdg_last_error_position(NULL) == JDG_ERROR_INVALID_ARGUMENT);

  /* The enumerations' names: the contract's ids, NULL for values outside the enumeration. */
  CHECK(strcmp(jdg_band_string(JDG_BAND_REQUIRES_IMPROVEMENT), "requires_improvement") == 0);
  CHECK(jdg_band_string((jdg_band)4) == NULL);
  CHECK(jdg_band_string((jdg_band)-1) == NULL);
  CHECK(strcmp(jdg_document_type_string(JDG_DOCUMENT_FOCUSED_VISIT), "focused_visit") == 0);
  CHECK(strcmp(jdg_document_type_string(JDG_DOCUMENT_NEWS), "news") == 0);
  CHECK(strcmp(jdg_document_type_string(JDG_DOCUMENT_OTHER), "other") == 0);
  CHECK(jdg_document_type_string((jdg_document_type)15) == NULL);
  CHECK(jdg_document_type_string((jdg_document_type)-1) == NULL);
  CHECK(strcmp(jdg_source_format_string(JDG_FORMAT_PDF), "pdf") == 0);
  CHECK(jdg_source_format_string((jdg_source_format)3) == NULL);
  CHECK(strcmp(jdg_finding_kind_string(JDG_FINDING_RISK), "risk") == 0);
  CHECK(jdg_finding_kind_string((jdg_kind)5) == NULL);
  CHECK(strcmp(jdg_severity_string(JDG_SEVERITY_WARNING), "warning") == 0);
  CHECK(jdg_severity_string((jdg_severity)3) == NULL);
  CHECK(strcmp(jdg_precision_string(JDG_PRECISION_ACADEMIC_YEAR), "academic_year") == 0);
  CHECK(jdg_precision_string((jdg_precision)5) == NULL);
}

static void check_values(void) {
  char buffer[JDG_DATE_ISO_SIZE];
  jdg_date date = {1, 2019, 7, 15, JDG_PRECISION_DAY};
  jdg_timeframe tf = {1, JDG_TIMEFRAME_MONTHS, 3};

  OK(jdg_date_iso(buffer, sizeof buffer, &date));
  CHECK(strcmp(buffer, "2019-07-15") == 0);
  date.precision = JDG_PRECISION_MONTH;
  OK(jdg_date_iso(buffer, sizeof buffer, &date));
  CHECK(strcmp(buffer, "2019-07") == 0);
  date.precision = JDG_PRECISION_YEAR;
  OK(jdg_date_iso(buffer, sizeof buffer, &date));
  CHECK(strcmp(buffer, "2019") == 0);
  RANGE(jdg_date_iso(buffer, 4, &date)); /* no room for the NUL */
  BAD(jdg_date_iso(NULL, sizeof buffer, &date));
  BAD(jdg_date_iso(buffer, sizeof buffer, NULL));
  date.precision = (jdg_precision)9;
  BAD(jdg_date_iso(buffer, sizeof buffer, &date));
  date.precision = JDG_PRECISION_DAY;
  date.month = 2;
  date.day = 30;
  BAD(jdg_date_iso(buffer, sizeof buffer, &date)); /* 30 February */
  date.month = 13;
  BAD(jdg_date_iso(buffer, sizeof buffer, &date));
  /* A year past std::chrono::year's range is refused, not wrapped into another year. */
  date.month = 12;
  date.day = 31;
  date.year = 99999;
  BAD(jdg_date_iso(buffer, sizeof buffer, &date));
  date.year = -40000;
  BAD(jdg_date_iso(buffer, sizeof buffer, &date));
  date.year = 32767;
  OK(jdg_date_iso(buffer, sizeof buffer, &date));
  CHECK(strcmp(buffer, "+32767-12-31") == 0);

  {
    char id[JDG_TIMEFRAME_ID_SIZE];
    OK(jdg_timeframe_id(id, sizeof id, &tf));
    CHECK(strcmp(id, "within_3_months") == 0);
    tf.unit = JDG_TIMEFRAME_WEEKS;
    tf.count = 6;
    OK(jdg_timeframe_id(id, sizeof id, &tf));
    CHECK(strcmp(id, "within_6_weeks") == 0);
    tf.unit = JDG_TIMEFRAME_IMMEDIATELY;
    tf.count = 0;
    OK(jdg_timeframe_id(id, sizeof id, &tf));
    CHECK(strcmp(id, "immediately") == 0);
    tf.count = 2; /* "immediately" has no count */
    BAD(jdg_timeframe_id(id, sizeof id, &tf));
    tf.unit = (jdg_timeframe_unit)7;
    BAD(jdg_timeframe_id(id, sizeof id, &tf));
    tf.unit = JDG_TIMEFRAME_MONTHS;
    tf.count = -3;
    BAD(jdg_timeframe_id(id, sizeof id, &tf));
    BAD(jdg_timeframe_id(NULL, sizeof id, &tf));
    BAD(jdg_timeframe_id(id, sizeof id, NULL));
  }
}

/* A cancel callback: stops once it has been asked `*data` times. */
static int cancel_after(void *data) {
  int *left = (int *)data;
  return --*left <= 0;
}

/* A PDF that draws far more than its size ends within its budget, or when cancelled. */
static void check_pdf_budget(const char *fanout_pdf) {
  jdg_options options = JDG_OPTIONS_INIT;
  jdg_report *report = NULL;
  int polls = 3;
  options.pdf_max_milliseconds = 0;
  options.pdf_max_glyphs = 2000;
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse_file(&report, fanout_pdf, &options));
  CHECK(strstr(jdg_last_error_message(), "pdf_max_glyphs") != NULL);
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.pdf_max_milliseconds = 0;
  options.cancel = cancel_after;
  options.cancel_data = &polls;
  EXPECT(JDG_ERROR_CANCELLED, jdg_report_parse_file(&report, fanout_pdf, &options));
  CHECK(polls <= 0);
  CHECK(report == NULL);
  CHECK(strcmp(jdg_status_string(JDG_ERROR_CANCELLED), "cancelled") == 0);
}

/* Out of memory is JDG_ERROR_OUT_OF_MEMORY (issue 16: a parse that ran out of memory said
 * JDG_ERROR_INVALID_ARGUMENT). A child process limits its address space to what it uses plus 8
 * MB and parses 2 MB of text, which needs more than that but not to copy the text in. Skipped
 * where a sanitizer or valgrind manages the address space (JDG_TEST_NO_MEMORY_LIMIT). */
static void check_out_of_memory(void) {
#ifndef JDG_TEST_NO_MEMORY_LIMIT
  const char line[] = "12. Overall effectiveness: Good. The council met on 3 May 2019; 25% of children were seen.\n";
  const size_t size = (size_t)2 << 20;
  pid_t child;
  int status = 0;
  if (getenv("JDG_TEST_NO_MEMORY_LIMIT") != NULL) return;
  fflush(stdout);
  fflush(stderr);
  child = fork();
  CHECK(child >= 0);
  if (child < 0) return;
  if (child == 0) {
    char *text = malloc(size);
    long pages = -1;
    FILE *statm = fopen("/proc/self/statm", "r");
    jdg_options options = JDG_OPTIONS_INIT;
    jdg_report *report = NULL;
    struct rlimit limit;
    jdg_status got;
    size_t i;
    if (text == NULL || statm == NULL || fscanf(statm, "%ld", &pages) != 1 || pages <= 0) _exit(100);
    fclose(statm);
    for (i = 0; i + sizeof line - 1 <= size; i += sizeof line - 1) memcpy(text + i, line, sizeof line - 1);
    options.max_bytes = 0; /* no bound: memory is the limit here */
    limit.rlim_cur = limit.rlim_max = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + ((rlim_t)8 << 20);
    if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(101);
    got = jdg_report_parse(&report, text, i, &options);
    if (got == JDG_OK) jdg_report_free(report);
    if (got == JDG_ERROR_OUT_OF_MEMORY && (report != NULL || jdg_last_error_status() != got ||
                                           strstr(jdg_last_error_message(), "out of memory") == NULL)) {
      _exit(102);
    }
    _exit((int)got);
  }
  CHECK(waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  if (WIFEXITED(status) && WEXITSTATUS(status) != JDG_ERROR_OUT_OF_MEMORY) {
    fprintf(stderr, "%s:%d: a parse out of memory gave status %d (%s), expected %d (100+: the check itself failed)\n",
            __FILE__, __LINE__, WEXITSTATUS(status), jdg_status_string((jdg_status)WEXITSTATUS(status)),
            (int)JDG_ERROR_OUT_OF_MEMORY);
    failed();
  }
#endif
}

/* The register's ids and name come together: all present with the name, or all absent. */
static void check_provider_id(const jdg_report *report) {
  jdg_string ons = {"x", 1}, dfe = {"x", 1}, urn = {"x", 1}, name = {"x", 1};
  OK(jdg_report_provider_id(&ons, &dfe, &urn, report));
  OK(jdg_report_provider_name(&name, report));
  check_string(ons);
  check_string(dfe);
  check_string(urn);
  check_string(name);
  CHECK((dfe.data != NULL) == (name.data != NULL));
  if (dfe.data == NULL) CHECK(ons.data == NULL && urn.data == NULL);
  BAD(jdg_report_provider_id(NULL, &dfe, &urn, report));
  BAD(jdg_report_provider_id(&ons, NULL, &urn, report));
  BAD(jdg_report_provider_id(&ons, &dfe, NULL, report));
  BAD(jdg_report_provider_id(&ons, &dfe, &urn, NULL));
  BAD(jdg_report_provider_name(NULL, report));
  BAD(jdg_report_provider_name(&name, NULL));
}

/* A council's report carries its register ids, a trust's report its council's, and the timeline
 * groups both under the council. */
static void check_register(void) {
  const char council[] = "Hull City Council\nInspection of children's social care services\n"
                         "Inspection dates: 13 May 2019 to 24 May 2019\n";
  const char other[] = "Afonwy County Borough Council\nInspection of children's social care services\n"
                       "Inspection dates: 3 June 2019 to 14 June 2019\n";
  jdg_options options = JDG_OPTIONS_INIT;
  jdg_report *reports[2] = {NULL, NULL};
  jdg_timeline *timeline = NULL;
  const jdg_provider_timeline *provider = NULL;
  jdg_string ons = {NULL, 0}, dfe = {NULL, 0}, urn = {NULL, 0}, name = {NULL, 0};
  size_t count = 0;
  OK(jdg_report_parse(&reports[0], council, sizeof council - 1, &options));
  OK(jdg_report_parse(&reports[1], other, sizeof other - 1, &options));
  if (reports[0] == NULL || reports[1] == NULL) return;
  OK(jdg_report_provider_id(&ons, &dfe, &urn, reports[0]));
  CHECK(string_is(ons, "E06000010") && string_is(dfe, "810") && string_is(urn, "80477"));
  OK(jdg_report_provider_name(&name, reports[0]));
  CHECK(string_is(name, "Kingston Upon Hull, City of"));
  OK(jdg_report_provider_id(&ons, &dfe, &urn, reports[1]));  /* a Welsh council: off the register */
  CHECK(ons.data == NULL && dfe.data == NULL && urn.data == NULL);
  OK(jdg_report_provider_name(&name, reports[1]));
  CHECK(name.data == NULL && name.size == 0);

  OK(jdg_timeline_build(&timeline, (const jdg_report *const *)reports, 2));
  if (timeline != NULL) {
    OK(jdg_timeline_provider_count(&count, timeline));
    CHECK(count == 2);
    OK(jdg_timeline_find(&provider, timeline, "Kingston upon Hull"));
    if (provider != NULL) {
      OK(jdg_provider_timeline_provider_id(&ons, &dfe, &urn, provider));
      CHECK(string_is(ons, "E06000010") && string_is(dfe, "810") && string_is(urn, "80477"));
      OK(jdg_provider_timeline_provider_name(&name, provider));
      CHECK(string_is(name, "Kingston Upon Hull, City of"));
      BAD(jdg_provider_timeline_provider_id(NULL, &dfe, &urn, provider));
      BAD(jdg_provider_timeline_provider_id(&ons, &dfe, &urn, NULL));
      BAD(jdg_provider_timeline_provider_name(NULL, provider));
    }
    OK(jdg_timeline_find(&provider, timeline, "Afonwy"));
    if (provider != NULL) {
      OK(jdg_provider_timeline_provider_id(&ons, &dfe, &urn, provider));
      CHECK(ons.data == NULL && dfe.data == NULL && urn.data == NULL);
      OK(jdg_provider_timeline_provider_name(&name, provider));
      CHECK(name.data == NULL);
    }
    jdg_timeline_free(timeline);
  }
  jdg_report_free(reports[0]);
  jdg_report_free(reports[1]);
}

/* What the text does not say is absent (data NULL), never an empty present string. */
static void check_absent_texts(void) {
  const char text[] = "Notes of a meeting\n\nInspectors: Jane Fairweather\n\nthe weather was fine.\n";
  jdg_options options = JDG_OPTIONS_INIT;
  jdg_report *report = NULL;
  jdg_string s = {"x", 1}, name = {NULL, 0}, role = {"x", 1};
  size_t count = 0;
  OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
  if (report == NULL) return;
  OK(jdg_report_inspectorate(&s, report));
  CHECK(s.data == NULL && s.size == 0);
  s.data = "x";
  OK(jdg_report_provider(&s, report));
  CHECK(s.data == NULL && s.size == 0);
  OK(jdg_report_inspector_count(&count, report));
  CHECK(count == 1);
  if (count == 1) {
    OK(jdg_report_inspector(&name, &role, report, 0));
    CHECK(string_is(name, "Jane Fairweather"));
    CHECK(role.data == NULL && role.size == 0);
  }
  jdg_report_free(report);
}

/* An input past the bound is refused from its size, before a byte of it is read or copied: here
 * 4 GiB of address space none of which may be read (PROT_NONE, nothing behind it), which a
 * library that copied it first would crash on. With max_bytes 0 (no bound of the caller's) the
 * library's own, 4 GiB - 1, still holds. */
static void check_input_refused_unread(void) {
  const size_t size = ((size_t)1 << 32) + 1;
  jdg_options options = JDG_OPTIONS_INIT;
  jdg_report *report = NULL;
  void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return; /* no address space to spare: nothing to show */
  options.max_bytes = 0;
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse(&report, (const char *)p, size, &options));
  CHECK(strstr(jdg_last_error_message(), "4294967297 bytes") != NULL);
  options.max_bytes = 1 << 20;
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse(&report, (const char *)p, size, &options));
  CHECK(strstr(jdg_last_error_message(), "max_bytes") != NULL);
  CHECK(report == NULL);
  munmap(p, size);
}

static void check_options_and_errors(const char *a_text_report) {
  jdg_options options = JDG_OPTIONS_INIT;
  jdg_options filled;
  jdg_report *report = NULL;
  jdg_position position;
  const char bad_utf8[] = "Ofsted\n\xff\xfe report\n";
  const char *message;

  CHECK(options.version == JDG_OPTIONS_VERSION);
  memset(&filled, 0x5a, sizeof filled);
  OK(jdg_options_init(&filled, JDG_OPTIONS_VERSION));
  CHECK(filled.version == options.version && filled.utf8 == options.utf8 && filled.pdf_layout == options.pdf_layout &&
        filled.timeframe_base == options.timeframe_base &&
        filled.resolve_yearless_dates == options.resolve_yearless_dates && filled.name == NULL &&
        filled.scales == NULL && filled.max_bytes == JDG_DEFAULT_MAX_BYTES);
  /* A version 1 struct has no max_bytes: jdg_options_init must not write past it. */
  memset(&filled, 0x5a, sizeof filled);
  OK(jdg_options_init(&filled, 1));
  CHECK(filled.version == 1 && filled.name == NULL && filled.max_bytes == (size_t)0x5a5a5a5a5a5a5a5aULL);
  OK(jdg_report_parse(&report, TEXT("Ofsted report\n"), &filled)); /* its max_bytes is not read */
  jdg_report_free(report);
  report = NULL;
  BAD(jdg_options_init(NULL, JDG_OPTIONS_VERSION));
  EXPECT(JDG_ERROR_VERSION, jdg_options_init(&filled, 0));
  EXPECT(JDG_ERROR_VERSION, jdg_options_init(&filled, JDG_OPTIONS_VERSION + 1));

  /* The UTF-8 policy: replaced with a diagnostic, or refused with the offset. */
  OK(jdg_report_parse(&report, bad_utf8, sizeof bad_utf8 - 1, &options));
  {
    size_t count = 0, i, invalid = 0;
    const jdg_diagnostic *d = NULL;
    jdg_string code;
    OK(jdg_report_diagnostic_count(&count, report));
    for (i = 0; i < count; ++i) {
      OK(jdg_report_diagnostic(&d, report, i));
      OK(jdg_diagnostic_code(&code, d));
      if (string_is(code, "invalid-utf8")) ++invalid;
    }
    CHECK(invalid > 0);
  }
  check_report(report); /* a report with diagnostics */
  jdg_report_free(report);
  report = NULL;
  options.utf8 = JDG_UTF8_STRICT;
  EXPECT(JDG_ERROR_ENCODING, jdg_report_parse(&report, bad_utf8, sizeof bad_utf8 - 1, &options));
  CHECK(report == NULL); /* outputs are written only on success */
  OK(jdg_last_error_position(&position));
  CHECK(position.offset == 7 && position.line == 2);
  options.utf8 = JDG_UTF8_REPLACE;

  /* Every option is read: each value in range parses, each out of range is refused. */
  options.pdf_layout = JDG_PDF_LAYOUT_RAW;
  options.timeframe_base = JDG_TIMEFRAME_BASE_LAST_INSPECTION_DAY;
  options.resolve_yearless_dates = 1;
  options.name = "named.txt";
  OK(jdg_report_parse_file(&report, a_text_report, &options));
  {
    jdg_string name;
    OK(jdg_report_source_name(&name, report));
    CHECK(string_is(name, "named.txt"));
  }
  jdg_report_free(report);
  report = NULL;
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.version = 0;
  EXPECT(JDG_ERROR_VERSION, jdg_report_parse(&report, "x", 1, &options));
  options.version = JDG_OPTIONS_VERSION + 1;
  EXPECT(JDG_ERROR_VERSION, jdg_report_parse_file(&report, a_text_report, &options));
  /* max_bytes bounds the input, in memory and from a file (also a device such as /dev/zero). */
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.max_bytes = 4;
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse(&report, TEXT("Ofsted report"), &options));
  CHECK(strstr(jdg_last_error_message(), "max_bytes") != NULL);
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse_file(&report, a_text_report, &options));
  options.max_bytes = 1 << 20;
  EXPECT(JDG_ERROR_LIMIT, jdg_report_parse_file(&report, "/dev/zero", &options));
  options.max_bytes = 0; /* no bound */
  OK(jdg_report_parse(&report, TEXT("Ofsted report"), &options));
  jdg_report_free(report);
  report = NULL;
  check_input_refused_unread();
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.utf8 = (jdg_utf8_policy)2;
  BAD(jdg_report_parse(&report, "x", 1, &options));
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.pdf_layout = (jdg_pdf_layout)3;
  BAD(jdg_report_parse(&report, "x", 1, &options));
  options = (jdg_options)JDG_OPTIONS_INIT;
  options.timeframe_base = (jdg_timeframe_base)-1;
  BAD(jdg_report_parse(&report, "x", 1, &options));
  CHECK(report == NULL);

  /* Handles are checked against their type: a registry is not a report, nor a report a
   * registry or a timeline; a freed handle whose memory still holds the cleared tag is
   * refused, and freeing it again does nothing. */
  {
    jdg_scale_registry *registry = NULL;
    jdg_report *parsed = NULL;
    size_t count = 0;
    jdg_string name;
    char *json = NULL;
    OK(jdg_scale_registry_new(&registry));
    EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_report_judgement_count(&count, (const jdg_report *)registry));
    CHECK(strstr(jdg_last_error_message(), "report") != NULL);
    EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_report_to_json(&json, NULL, (const jdg_report *)registry, 0));
    CHECK(json == NULL);
    OK(jdg_report_parse(&parsed, TEXT("Ofsted report\n"), NULL));
    EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_scale_registry_count(&count, (const jdg_scale_registry *)parsed));
    EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_timeline_provider_count(&count, (const jdg_timeline *)parsed));
    options = (jdg_options)JDG_OPTIONS_INIT;
    options.scales = (const jdg_scale_registry *)parsed;
    EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_report_parse(&report, TEXT("x"), &options));
    CHECK(report == NULL);
    {
      jdg_timeline *timeline = NULL;
      const jdg_report *mixed[1];
      mixed[0] = (const jdg_report *)registry;
      EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_timeline_build(&timeline, mixed, 1));
      CHECK(timeline == NULL);
    }
    jdg_report_free((jdg_report *)registry); /* the wrong type: left alone */
    OK(jdg_scale_registry_count(&count, registry));
    jdg_scale_registry_free((jdg_scale_registry *)parsed); /* likewise */
    OK(jdg_report_source_name(&name, parsed));
    jdg_report_free(parsed);
    jdg_scale_registry_free(registry);
#ifndef JDG_TEST_NO_USE_AFTER_FREE
    /* Reading freed memory is the caller's bug; tried only where no checker watches the heap
     * (ASan builds define JDG_TEST_NO_USE_AFTER_FREE; the valgrind run sets it in the
     * environment). */
    if (getenv("JDG_TEST_NO_USE_AFTER_FREE") == NULL) {
      EXPECT(JDG_ERROR_INVALID_HANDLE, jdg_report_source_name(&name, parsed));
      CHECK(strstr(jdg_last_error_message(), "freed") != NULL);
    }
#endif
  }

  /* Empty input is a report; NULL where bytes are promised is not. */
  OK(jdg_report_parse(&report, NULL, 0, NULL));
  jdg_report_free(report);
  report = NULL;
  BAD(jdg_report_parse(NULL, "x", 1, NULL));
  BAD(jdg_report_parse(&report, NULL, 5, NULL));
  BAD(jdg_report_parse_file(NULL, a_text_report, NULL));
  BAD(jdg_report_parse_file(&report, NULL, NULL));

  /* Files that cannot be read, PDFs that cannot be opened, JSON that is not a report. */
  EXPECT(JDG_ERROR_IO, jdg_report_parse_file(&report, "/nonexistent/judgement-report.txt", NULL));
  message = jdg_last_error_message();
  CHECK(strstr(message, "judgement-report.txt") != NULL);
  EXPECT(JDG_ERROR_PDF, jdg_report_parse(&report, TEXT("%PDF-1.4\nnot really a pdf\n"), NULL));
  EXPECT(JDG_ERROR_JSON, jdg_report_from_json(&report, TEXT("{\"schema\": 7}")));
  OK(jdg_last_error_position(&position));
  CHECK(position.line == 1);
  EXPECT(JDG_ERROR_JSON, jdg_report_from_json(&report, TEXT("")));
  BAD(jdg_report_from_json(NULL, TEXT("{}")));
  BAD(jdg_report_from_json(&report, NULL, 2));
  CHECK(report == NULL);

  /* Destructors accept NULL; jdg_free too. */
  jdg_report_free(NULL);
  jdg_free(NULL);
}

static void check_scales(void) {
  jdg_scale_registry *registry = NULL;
  const jdg_scale *scale = NULL, *ri = NULL, *adequate = NULL, *mine = NULL;
  const jdg_grade *grade = NULL, *walked = NULL;
  jdg_string s;
  size_t count = 0, added = 99, i, g, aliases, rank;
  int flag = -1, code = -1, present = -1, exact = -1, by_code = -1;
  jdg_band band;
  double position;
  char *json = NULL;
  size_t json_size = 0;
  jdg_position where;
  const char bad_definition[] = "scale yes-no \"Yes or no\"\n  \"Yes\" = one\n  \"No\" = 2\nend\n";
  const char good_definition[] = "scale yes-no \"Yes or no\"\n  \"Yes\" = 1\n  \"No\" = 2\nend\n";

  OK(jdg_scale_registry_new(&registry));
  BAD(jdg_scale_registry_new(NULL));
  OK(jdg_scale_registry_count(&count, registry));
  CHECK(count == 9);
  for (i = 0; i < count; ++i) {
    size_t grades = 0;
    OK(jdg_scale_registry_scale(&scale, registry, i));
    OK(jdg_scale_id(&s, scale));
    CHECK(s.size > 0 && s.data[s.size] == '\0'); /* registry strings are NUL-terminated */
    OK(jdg_scale_name(&s, scale));
    CHECK(s.size > 0);
    OK(jdg_scale_lower_code_is_better(&flag, scale));
    CHECK(flag == 0 || flag == 1);
    OK(jdg_scale_grade_count(&grades, scale));
    CHECK(grades >= 3);
    for (g = 0; g < grades; ++g) {
      OK(jdg_scale_grade(&grade, scale, g));
      OK(jdg_grade_label(&s, grade));
      CHECK(s.size > 0 && s.data[s.size] == '\0');
      OK(jdg_grade_code(&code, &present, grade));
      CHECK(present == 1 || code == 0);
      OK(jdg_grade_rank(&rank, grade));
      CHECK(rank == g);
      OK(jdg_grade_band(&band, grade));
      CHECK(jdg_band_string(band) != NULL);
      OK(jdg_grade_position(&position, grade));
      CHECK(position >= 0.0 && position <= 1.0);
      OK(jdg_grade_alias_count(&aliases, grade));
      if (aliases > 0) {
        OK(jdg_grade_alias(&s, grade, 0));
        CHECK(s.size > 0);
      }
      RANGE(jdg_grade_alias(&s, grade, aliases));
    }
    RANGE(jdg_scale_grade(&grade, scale, grades));
  }
  RANGE(jdg_scale_registry_scale(&scale, registry, count));

  /* Look up, match, crosswalk. */
  OK(jdg_scale_registry_find(&ri, registry, "ofsted-requires-improvement"));
  OK(jdg_scale_id(&s, ri));
  CHECK(string_is(s, "ofsted-requires-improvement"));
  EXPECT(JDG_ERROR_NOT_FOUND, jdg_scale_registry_find(&scale, registry, "no-such-scale"));
  OK(jdg_scale_match(&grade, &by_code, ri, TEXT("Requires improvement\nto be good")));
  OK(jdg_grade_code(&code, &present, grade));
  CHECK(present && code == 3 && by_code == 0);
  OK(jdg_scale_match(&grade, &by_code, ri, TEXT("Grade 4")));
  CHECK(by_code == 1);
  OK(jdg_scale_match(&grade, NULL, ri, TEXT("Good")));
  EXPECT(JDG_ERROR_NOT_FOUND, jdg_scale_match(&grade, NULL, ri, TEXT("Splendid")));
  OK(jdg_scale_registry_find(&adequate, registry, "ofsted-adequate"));
  OK(jdg_scale_match(&grade, NULL, ri, TEXT("Good")));
  OK(jdg_crosswalk(&walked, &exact, ri, grade, adequate));
  OK(jdg_grade_label(&s, walked));
  CHECK(string_is(s, "Good") && exact == 1);
  OK(jdg_crosswalk(&walked, NULL, ri, grade, adequate));
  BAD(jdg_crosswalk(&walked, &exact, adequate, grade, ri)); /* grade is not one of adequate's */
  BAD(jdg_crosswalk(NULL, &exact, ri, grade, adequate));
  BAD(jdg_crosswalk(&walked, &exact, NULL, grade, adequate));
  BAD(jdg_crosswalk(&walked, &exact, ri, NULL, adequate));
  BAD(jdg_crosswalk(&walked, &exact, ri, grade, NULL));

  /* Scales from text: an error has its line, column and a caret excerpt; nothing is added. */
  EXPECT(JDG_ERROR_SCALE_DEFINITION,
         jdg_scale_registry_define(&added, registry, bad_definition, sizeof bad_definition - 1));
  CHECK(added == 99);
  OK(jdg_last_error_position(&where));
  CHECK(where.line == 2 && where.column > 0);
  if (where.line != 2) fprintf(stderr, "scale error at %u:%u: %s\n%s\n", where.line, where.column, jdg_last_error_message(), jdg_last_error_excerpt());
  CHECK(strchr(jdg_last_error_excerpt(), '^') != NULL);
  OK(jdg_scale_registry_count(&count, registry));
  CHECK(count == 9);
  OK(jdg_scale_registry_define(&added, registry, good_definition, sizeof good_definition - 1));
  CHECK(added == 1);
  /* A define only adds scales: those borrowed before it, and their grades, still read (the
   * registry's scales moved in memory as it grew; the items did not). */
  OK(jdg_scale_id(&s, adequate));
  CHECK(string_is(s, "ofsted-adequate"));
  OK(jdg_crosswalk(&walked, &exact, ri, grade, adequate));
  OK(jdg_grade_label(&s, walked));
  CHECK(string_is(s, "Good") && exact == 1);
  OK(jdg_scale_registry_find(&scale, registry, "ofsted-requires-improvement"));
  CHECK(scale == ri);
  OK(jdg_scale_registry_find(&mine, registry, "yes-no"));
  OK(jdg_scale_registry_find(&mine, registry, "yes-no"));
  OK(jdg_scale_match(&grade, NULL, mine, TEXT("no")));
  OK(jdg_grade_rank(&rank, grade));
  CHECK(rank == 1);
  EXPECT(JDG_ERROR_SCALE_DEFINITION, /* the id is taken now */
         jdg_scale_registry_define(NULL, registry, good_definition, sizeof good_definition - 1));
  BAD(jdg_scale_registry_define(&added, NULL, good_definition, sizeof good_definition - 1));
  BAD(jdg_scale_registry_define(&added, registry, NULL, 5));

  /* A report parsed against the caller's registry. */
  {
    const char text[] = "Scale of grades\n\nOverall effectiveness: Yes\n";
    jdg_options options = JDG_OPTIONS_INIT;
    jdg_report *report = NULL;
    options.scales = registry;
    OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
    jdg_report_free(report);
  }

  OK(jdg_scale_registry_to_json(&json, &json_size, registry, 0));
  CHECK(json != NULL && strlen(json) == json_size && strstr(json, "\"yes-no\"") != NULL);
  jdg_free(json);
  json = NULL;
  OK(jdg_scale_registry_to_json(&json, NULL, registry, 1));
  CHECK(json != NULL && strchr(json, '\n') != NULL);
  jdg_free(json);
  BAD(jdg_scale_registry_to_json(NULL, NULL, registry, 0));
  BAD(jdg_scale_registry_to_json(&json, NULL, NULL, 0));

  /* NULL for every argument of every accessor. */
  BAD(jdg_scale_registry_count(NULL, registry));
  BAD(jdg_scale_registry_count(&count, NULL));
  BAD(jdg_scale_registry_scale(NULL, registry, 0));
  BAD(jdg_scale_registry_scale(&scale, NULL, 0));
  BAD(jdg_scale_registry_find(NULL, registry, "cqc"));
  BAD(jdg_scale_registry_find(&scale, NULL, "cqc"));
  BAD(jdg_scale_registry_find(&scale, registry, NULL));
  BAD(jdg_scale_id(NULL, ri));
  BAD(jdg_scale_id(&s, NULL));
  BAD(jdg_scale_name(NULL, ri));
  BAD(jdg_scale_name(&s, NULL));
  BAD(jdg_scale_lower_code_is_better(NULL, ri));
  BAD(jdg_scale_lower_code_is_better(&flag, NULL));
  BAD(jdg_scale_grade_count(NULL, ri));
  BAD(jdg_scale_grade_count(&count, NULL));
  BAD(jdg_scale_grade(NULL, ri, 0));
  BAD(jdg_scale_grade(&grade, NULL, 0));
  BAD(jdg_scale_match(NULL, NULL, ri, TEXT("Good")));
  BAD(jdg_scale_match(&grade, NULL, NULL, TEXT("Good")));
  BAD(jdg_scale_match(&grade, NULL, ri, NULL, 4));
  OK(jdg_scale_match(&grade, NULL, ri, TEXT("Good")));
  BAD(jdg_grade_label(NULL, grade));
  BAD(jdg_grade_label(&s, NULL));
  BAD(jdg_grade_alias_count(NULL, grade));
  BAD(jdg_grade_alias_count(&aliases, NULL));
  BAD(jdg_grade_alias(NULL, grade, 0));
  BAD(jdg_grade_alias(&s, NULL, 0));
  BAD(jdg_grade_code(NULL, &present, grade));
  BAD(jdg_grade_code(&code, NULL, grade));
  BAD(jdg_grade_code(&code, &present, NULL));
  BAD(jdg_grade_rank(NULL, grade));
  BAD(jdg_grade_rank(&rank, NULL));
  BAD(jdg_grade_band(NULL, grade));
  BAD(jdg_grade_band(&band, NULL));
  BAD(jdg_grade_position(NULL, grade));
  BAD(jdg_grade_position(&position, NULL));

  /* The registry handle in a scale's or a grade's place. */
  foreign = registry;
  WRONG(jdg_scale_id(&s, AS(jdg_scale)));
  CHECK(strstr(jdg_last_error_message(), ": scale ") != NULL);
  WRONG(jdg_scale_name(&s, AS(jdg_scale)));
  WRONG(jdg_scale_lower_code_is_better(&flag, AS(jdg_scale)));
  WRONG(jdg_scale_grade_count(&count, AS(jdg_scale)));
  WRONG(jdg_scale_grade(&grade, AS(jdg_scale), 0));
  WRONG(jdg_scale_match(&grade, NULL, AS(jdg_scale), TEXT("Good")));
  WRONG(jdg_crosswalk(&walked, &exact, AS(jdg_scale), grade, ri));
  CHECK(strstr(jdg_last_error_message(), ": from ") != NULL);
  WRONG(jdg_crosswalk(&walked, &exact, ri, grade, AS(jdg_scale)));
  CHECK(strstr(jdg_last_error_message(), ": to ") != NULL);
  WRONG(jdg_grade_label(&s, AS(jdg_grade)));
  CHECK(strstr(jdg_last_error_message(), ": grade ") != NULL);
  WRONG(jdg_grade_alias_count(&aliases, AS(jdg_grade)));
  WRONG(jdg_grade_alias(&s, AS(jdg_grade), 0));
  WRONG(jdg_grade_code(&code, &present, AS(jdg_grade)));
  WRONG(jdg_grade_rank(&rank, AS(jdg_grade)));
  WRONG(jdg_grade_band(&band, AS(jdg_grade)));
  WRONG(jdg_grade_position(&position, AS(jdg_grade)));
  WRONG(jdg_crosswalk(&walked, &exact, ri, AS(jdg_grade), adequate));
  /* A scale in a grade's place and a grade in a scale's. */
  WRONG(jdg_crosswalk(&walked, &exact, ri, (const jdg_grade *)adequate, adequate));
  WRONG(jdg_crosswalk(&walked, &exact, (const jdg_scale *)grade, grade, adequate));

  jdg_scale_registry_free(registry);
  jdg_scale_registry_free(NULL);
}

/* One reader for each kind of object the API owns or lends, taking it as any pointer, and the
 * argument name its errors give: the type mix-ups below pass every object to every reader. */
enum {
  KIND_REPORT, KIND_REGISTRY, KIND_TIMELINE, KIND_JUDGEMENT, KIND_FINDING, KIND_PARAGRAPH, KIND_REFERENCE,
  KIND_DATE_MENTION, KIND_QUANTITY, KIND_DIAGNOSTIC, KIND_SCALE, KIND_GRADE, KIND_PROVIDER, KIND_INSPECTION,
  KIND_TIMELINE_JUDGEMENT, KIND_COUNT
};
static jdg_status read_report(const void *o) { size_t n; return jdg_report_judgement_count(&n, o); }
static jdg_status read_registry(const void *o) { size_t n; return jdg_scale_registry_count(&n, o); }
static jdg_status read_timeline(const void *o) { size_t n; return jdg_timeline_provider_count(&n, o); }
static jdg_status read_judgement(const void *o) { jdg_string s; return jdg_judgement_grade(&s, o); }
static jdg_status read_finding(const void *o) { jdg_string s; return jdg_finding_text(&s, o); }
static jdg_status read_paragraph(const void *o) { int n; return jdg_paragraph_number(&n, o); }
static jdg_status read_reference(const void *o) { size_t n; return jdg_reference_judgement_count(&n, o); }
static jdg_status read_date_mention(const void *o) { jdg_string s; return jdg_date_mention_text(&s, o); }
static jdg_status read_quantity(const void *o) { double v; return jdg_quantity_value(&v, o); }
static jdg_status read_diagnostic(const void *o) { jdg_string s; return jdg_diagnostic_code(&s, o); }
static jdg_status read_scale(const void *o) { jdg_string s; return jdg_scale_id(&s, o); }
static jdg_status read_grade(const void *o) { jdg_string s; return jdg_grade_label(&s, o); }
static jdg_status read_provider(const void *o) { jdg_string s; return jdg_provider_timeline_key(&s, o); }
static jdg_status read_inspection(const void *o) { size_t n; return jdg_timeline_inspection_judgement_count(&n, o); }
static jdg_status read_timeline_judgement(const void *o) { jdg_string s; return jdg_timeline_judgement_grade(&s, o); }
static const struct {
  const char *name; /* ": name " in the error message */
  jdg_status (*read)(const void *object);
} kinds[KIND_COUNT] = {
    {": report ", read_report},         {": registry ", read_registry},
    {": timeline ", read_timeline},     {": judgement ", read_judgement},
    {": finding ", read_finding},       {": paragraph ", read_paragraph},
    {": reference ", read_reference},   {": mention ", read_date_mention},
    {": quantity ", read_quantity},     {": diagnostic ", read_diagnostic},
    {": scale ", read_scale},           {": grade ", read_grade},
    {": provider ", read_provider},     {": inspection ", read_inspection},
    {": judgement ", read_timeline_judgement},
};

/* One live (or, below, freed) object of each kind. A report's judgements come from two lists,
 * the report's own and its references', so both are in. */
typedef struct {
  int kind;
  const void *object;
} object_of_kind;
enum { MAX_OBJECTS = KIND_COUNT + 1 };

/* The first item of each kind among `reports`, and a scale, a grade, a provider, an inspection and
 * a timeline judgement of `registry` and `timeline`; returns how many were found. */
static size_t collect_items(object_of_kind *objects, const jdg_report *const *reports, size_t report_count,
                            const jdg_scale_registry *registry, const jdg_timeline *timeline) {
  size_t n = 0, r, i, k, count, inspections;
  int have[KIND_COUNT] = {0};
  int have_reference_judgement = 0;
  const void *item;
#define TAKE(kind_, list_count, list_item)                                    \
  if (!have[kind_] && list_count(&count, reports[r]) == JDG_OK && count > 0) { \
    if (list_item((void *)&item, reports[r], 0) == JDG_OK) {                   \
      objects[n].kind = kind_;                                                 \
      objects[n++].object = item;                                              \
      have[kind_] = 1;                                                         \
    }                                                                          \
  }
  for (r = 0; r < report_count; ++r) {
    TAKE(KIND_JUDGEMENT, jdg_report_judgement_count, jdg_report_judgement)
    TAKE(KIND_FINDING, jdg_report_finding_count, jdg_report_finding)
    TAKE(KIND_PARAGRAPH, jdg_report_paragraph_count, jdg_report_paragraph)
    TAKE(KIND_REFERENCE, jdg_report_reference_count, jdg_report_reference)
    TAKE(KIND_DATE_MENTION, jdg_report_date_mention_count, jdg_report_date_mention)
    TAKE(KIND_QUANTITY, jdg_report_quantity_count, jdg_report_quantity)
    TAKE(KIND_DIAGNOSTIC, jdg_report_diagnostic_count, jdg_report_diagnostic)
    OK(jdg_report_reference_count(&count, reports[r]));
    for (i = 0; i < count && !have_reference_judgement; ++i) {
      const jdg_reference *reference = NULL;
      const jdg_judgement *judgement = NULL;
      size_t judgements = 0;
      OK(jdg_report_reference(&reference, reports[r], i));
      OK(jdg_reference_judgement_count(&judgements, reference));
      if (judgements > 0) {
        OK(jdg_reference_judgement(&judgement, reference, 0));
        objects[n].kind = KIND_JUDGEMENT;
        objects[n++].object = judgement;
        have_reference_judgement = 1;
      }
    }
  }
#undef TAKE
  if (registry != NULL) {
    const jdg_scale *scale = NULL;
    const jdg_grade *grade = NULL;
    OK(jdg_scale_registry_scale(&scale, registry, 0));
    OK(jdg_scale_grade(&grade, scale, 0));
    objects[n].kind = KIND_SCALE;
    objects[n++].object = scale;
    objects[n].kind = KIND_GRADE;
    objects[n++].object = grade;
  }
  OK(jdg_timeline_provider_count(&count, timeline));
  for (i = 0; i < count && !have[KIND_TIMELINE_JUDGEMENT]; ++i) {
    const jdg_provider_timeline *provider = NULL;
    OK(jdg_timeline_provider(&provider, timeline, i));
    if (!have[KIND_PROVIDER]) {
      objects[n].kind = KIND_PROVIDER;
      objects[n++].object = provider;
      have[KIND_PROVIDER] = 1;
    }
    OK(jdg_provider_timeline_inspection_count(&inspections, provider));
    for (k = 0; k < inspections && !have[KIND_TIMELINE_JUDGEMENT]; ++k) {
      const jdg_timeline_inspection *inspection = NULL;
      const jdg_timeline_judgement *judgement = NULL;
      size_t judgements = 0;
      OK(jdg_provider_timeline_inspection(&inspection, provider, k));
      OK(jdg_timeline_inspection_judgement_count(&judgements, inspection));
      if (judgements == 0) continue;
      OK(jdg_timeline_inspection_judgement(&judgement, inspection, 0));
      objects[n].kind = KIND_INSPECTION;
      objects[n++].object = inspection;
      objects[n].kind = KIND_TIMELINE_JUDGEMENT;
      objects[n++].object = judgement;
      have[KIND_TIMELINE_JUDGEMENT] = 1;
    }
  }
  return n;
}

/* Every object read as every kind: its own kind reads, every other kind is
 * JDG_ERROR_INVALID_HANDLE naming the argument. */
static void check_kind_matrix(const object_of_kind *objects, size_t count) {
  size_t o;
  int k;
  for (o = 0; o < count; ++o) {
    for (k = 0; k < KIND_COUNT; ++k) {
      const jdg_status expected = k == objects[o].kind ? JDG_OK : JDG_ERROR_INVALID_HANDLE;
      const jdg_status got = kinds[k].read(objects[o].object);
      if (got != expected) {
        fprintf(stderr, "%s:%d: an object of kind%s read as kind%s gave %d (%s), expected %d; last error: %s\n",
                __FILE__, __LINE__, kinds[objects[o].kind].name, kinds[k].name, (int)got, jdg_status_string(got),
                (int)expected, jdg_last_error_message());
        failed();
      } else if (got != JDG_OK) {
        CHECK(jdg_last_error_status() == got);
        CHECK(strstr(jdg_last_error_message(), kinds[k].name) != NULL);
      }
    }
  }
}

/* Items are tagged with their kind as handles are (issue 16): one kind passed as another, or a
 * handle passed as an item or an item as a handle, is JDG_ERROR_INVALID_HANDLE, never read as the
 * wrong type; an item passed to a destructor is left alone; and the items of a freed handle read
 * as freed while their memory still says so. */
static void check_item_kinds(const jdg_report *const *reports, size_t report_count) {
  object_of_kind objects[MAX_OBJECTS], freed[MAX_OBJECTS];
  size_t count, freed_count, r, copies = 0;
  jdg_scale_registry *registry = NULL, *freed_registry = NULL;
  jdg_timeline *timeline = NULL, *freed_timeline = NULL;
  jdg_report **copy = calloc(report_count + 1, sizeof *copy);
  int k;

  CHECK(copy != NULL);
  if (copy == NULL) return;
  OK(jdg_scale_registry_new(&registry));
  OK(jdg_timeline_build(&timeline, reports, report_count));
  if (registry == NULL || timeline == NULL) return;

  count = collect_items(objects, reports, report_count, registry, timeline);
  CHECK(count == MAX_OBJECTS - 3); /* every kind of item, twice for judgements; handles below */
  objects[count].kind = KIND_REPORT;
  objects[count++].object = reports[0];
  objects[count].kind = KIND_REGISTRY;
  objects[count++].object = registry;
  objects[count].kind = KIND_TIMELINE;
  objects[count++].object = timeline;
  for (k = 0; k < KIND_COUNT; ++k) {
    size_t o;
    int found = 0;
    for (o = 0; o < count; ++o) found |= objects[o].kind == k;
    CHECK(found);
  }
  check_kind_matrix(objects, count);

  /* A destructor given an item, or a handle of another type, leaves it alone. */
  {
    size_t o;
    for (o = 0; o + 3 < count; ++o) {
      jdg_report_free((jdg_report *)(void *)objects[o].object);
      jdg_scale_registry_free((jdg_scale_registry *)(void *)objects[o].object);
      jdg_timeline_free((jdg_timeline *)(void *)objects[o].object);
    }
    check_kind_matrix(objects, count);
  }

  /* The items of freed handles. Copies of the text reports (through their JSON) lend the same
   * kinds of item; they, a registry and a timeline are freed, then their items are read. Only the
   * small text reports are copied, so that the memory freed is reused by malloc but never given
   * back to the system. */
  for (r = 0; r < report_count; ++r) {
    jdg_source_format format;
    char *json = NULL;
    size_t json_size = 0;
    OK(jdg_report_source_format(&format, reports[r]));
    if (format == JDG_FORMAT_PDF) continue;
    OK(jdg_report_to_json(&json, &json_size, reports[r], 0));
    if (json == NULL) continue;
    OK(jdg_report_from_json(&copy[copies], json, json_size));
    jdg_free(json);
    if (copy[copies] != NULL) ++copies;
  }
  OK(jdg_scale_registry_new(&freed_registry));
  OK(jdg_timeline_build(&freed_timeline, (const jdg_report *const *)copy, copies));
  freed_count = collect_items(freed, (const jdg_report *const *)copy, copies, freed_registry, freed_timeline);
  CHECK(freed_count == MAX_OBJECTS - 3);
  check_kind_matrix(freed, freed_count);
  for (r = 0; r < copies; ++r) jdg_report_free(copy[r]);
  jdg_scale_registry_free(freed_registry);
  jdg_timeline_free(freed_timeline);
#ifndef JDG_TEST_NO_USE_AFTER_FREE
  /* Reading freed memory is the caller's bug; tried only where no checker watches the heap
   * (ASan builds define JDG_TEST_NO_USE_AFTER_FREE; the valgrind run sets it in the
   * environment). */
  if (getenv("JDG_TEST_NO_USE_AFTER_FREE") == NULL) {
    size_t o;
    for (o = 0; o < freed_count; ++o) {
      const jdg_status got = kinds[freed[o].kind].read(freed[o].object);
      if (got != JDG_ERROR_INVALID_HANDLE) {
        fprintf(stderr, "%s:%d: an item of kind%s read after its handle was freed gave %d (%s)\n", __FILE__,
                __LINE__, kinds[freed[o].kind].name, (int)got, jdg_status_string(got));
        failed();
      } else {
        CHECK(strstr(jdg_last_error_message(), "freed") != NULL);
      }
    }
  }
#endif

  /* The live ones are untouched by all this. */
  check_kind_matrix(objects, count);
  jdg_timeline_free(timeline);
  jdg_scale_registry_free(registry);
  free(copy);
}

/* Framework profiles from C: a registry of the built-in ones, the caller's added in the profile
 * language (errors with their position), and a parse that reads a document by them. */
static void check_profiles(void) {
  static const char bad_definition[] =
      "profile borders_review \"Review\"\n"
      "  kind pamphlet\n"
      "end\n";
  static const char good_definition[] =
      "inspectorate borders \"Borders Inspectorate\"\n"
      "  mentions \"borders inspectorate\"\n"
      "  scale care-inspectorate\n"
      "end\n"
      "profile borders_review \"Borders review of services for children\"\n"
      "  inspectorate borders\n"
      "  title \"review of services for children in\"\n"
      "  scale care-inspectorate\n"
      "  area leadership \"leadership and direction\"\n"
      "end\n";
  static const char text[] =
      "Review of services for children in Glenmorven\n\n"
      "Borders Inspectorate\n\n"
      "Leadership and direction: Very good\n";
  jdg_profile_registry *registry = NULL, *other = NULL;
  jdg_scale_registry *scales = NULL;
  jdg_report *report = NULL;
  jdg_position where;
  jdg_string id, name, judged;
  size_t count = 0, before = 0, added = 99, i;
  const jdg_judgement *judgement = NULL;
  jdg_options options = JDG_OPTIONS_INIT;

  CHECK(options.version == 3 && options.profiles == NULL);
  OK(jdg_profile_registry_new(&registry));
  OK(jdg_profile_registry_new(&other));
  OK(jdg_profile_registry_count(&before, registry));
  CHECK(before >= 14); /* every document type of the contract, and more */
  OK(jdg_profile_registry_profile(&id, &name, registry, 0));
  CHECK(id.data != NULL && id.size > 0 && id.data[id.size] == '\0' && name.size > 0);
  OK(jdg_profile_registry_profile(&id, NULL, registry, 0));
  RANGE(jdg_profile_registry_profile(&id, &name, registry, before));

  /* Before the definition the document is of no known type. */
  OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
  OK(jdg_report_document_type_id(&id, report));
  CHECK(!string_is(id, "borders_review"));
  jdg_report_free(report);
  report = NULL;

  EXPECT(JDG_ERROR_PROFILE_DEFINITION,
         jdg_profile_registry_define(&added, registry, bad_definition, sizeof bad_definition - 1));
  CHECK(added == 99);
  OK(jdg_last_error_position(&where));
  CHECK(where.line == 2 && where.column > 0);
  CHECK(strchr(jdg_last_error_excerpt(), '^') != NULL);
  OK(jdg_profile_registry_count(&count, registry));
  CHECK(count == before); /* nothing added */

  OK(jdg_profile_registry_define(&added, registry, good_definition, sizeof good_definition - 1));
  CHECK(added == 1);
  OK(jdg_profile_registry_count(&count, registry));
  CHECK(count == before + 1);
  OK(jdg_profile_registry_profile(&id, &name, registry, before));
  CHECK(string_is(id, "borders_review") && string_is(name, "Borders review of services for children"));
  EXPECT(JDG_ERROR_PROFILE_DEFINITION, /* the ids are taken now */
         jdg_profile_registry_define(NULL, registry, good_definition, sizeof good_definition - 1));

  /* The document read by the caller's profile: its type, inspectorate, scale and area. The
   * registry may go before the report does. */
  options.profiles = registry;
  OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
  jdg_profile_registry_free(registry);
  registry = NULL;
  OK(jdg_report_document_type_id(&id, report));
  CHECK(string_is(id, "borders_review"));
  OK(jdg_report_inspectorate(&name, report));
  CHECK(string_is(name, "Borders Inspectorate"));
  OK(jdg_report_judgement_count(&count, report));
  CHECK(count == 1);
  OK(jdg_report_judgement(&judgement, report, 0));
  OK(jdg_judgement_scale(&judged, judgement));
  CHECK(string_is(judged, "care-inspectorate"));
  OK(jdg_judgement_area_id(&judged, judgement));
  CHECK(string_is(judged, "leadership"));
  jdg_report_free(report);
  report = NULL;

  /* A version 2 caller has no profiles field: the built-in profiles are used. */
  OK(jdg_options_init(&options, 2));
  CHECK(options.version == 2);
  OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
  OK(jdg_report_document_type_id(&id, report));
  CHECK(!string_is(id, "borders_review"));
  jdg_report_free(report);
  report = NULL;

  /* A timeline reads the reports by the registries of its options (jdg_timeline_build_with). */
  {
    jdg_timeline *timeline = NULL;
    const jdg_report *list[1];
    OK(jdg_options_init(&options, 3));
    options.profiles = other;
    OK(jdg_report_parse(&report, text, sizeof text - 1, &options));
    list[0] = report;
    OK(jdg_timeline_build_with(&timeline, list, 1, &options));
    jdg_timeline_free(timeline);
    timeline = NULL;
    OK(jdg_timeline_build_with(&timeline, list, 1, NULL));
    jdg_timeline_free(timeline);
    timeline = NULL;
    options.profiles = (const jdg_profile_registry *)report;
    WRONG(jdg_timeline_build_with(&timeline, list, 1, &options));
    CHECK(timeline == NULL);
    BAD(jdg_timeline_build_with(NULL, list, 1, NULL));
    jdg_report_free(report);
    report = NULL;
  }

  /* Wrong arguments. */
  OK(jdg_options_init(&options, 3));
  OK(jdg_scale_registry_new(&scales));
  options.profiles = (const jdg_profile_registry *)scales;
  WRONG(jdg_report_parse(&report, text, sizeof text - 1, &options));
  WRONG(jdg_profile_registry_count(&count, (const jdg_profile_registry *)scales));
  WRONG(jdg_scale_registry_count(&count, (const jdg_scale_registry *)other));
  BAD(jdg_profile_registry_new(NULL));
  BAD(jdg_profile_registry_count(NULL, other));
  BAD(jdg_profile_registry_count(&count, NULL));
  BAD(jdg_profile_registry_define(&added, NULL, good_definition, sizeof good_definition - 1));
  BAD(jdg_profile_registry_define(&added, other, NULL, 5));
  BAD(jdg_profile_registry_profile(&id, &name, NULL, 0));
  for (i = 0; i < 2; ++i) jdg_profile_registry_free(NULL);
  jdg_scale_registry_free(scales);
  jdg_profile_registry_free(other);
}

int main(int argc, char **argv) {
  int i, texts = 0;
  const char *first_text = NULL;
  jdg_report **reports = calloc((size_t)argc, sizeof *reports);
  size_t report_count = 0, r;

  CHECK(reports != NULL);
  if (reports == NULL) return 1;
  check_versions_and_status();
  check_values();
  check_scales();
  check_profiles();
  check_absent_texts();
  check_out_of_memory();
  check_register();
  for (i = 1; i < argc; ++i) {
    jdg_report *report;
    if (strcmp(argv[i], "--fanout") == 0 && i + 1 < argc) {
      check_pdf_budget(argv[++i]);
      continue;
    }
    if (strcmp(argv[i], "--pdf") == 0 && i + 1 < argc) {
      report = check_file(argv[++i]);
    } else {
      if (first_text == NULL) first_text = argv[i];
      ++texts;
      report = check_file(argv[i]);
    }
    if (report != NULL) reports[report_count++] = report;
  }
  CHECK(texts > 0);
  if (first_text != NULL) check_options_and_errors(first_text);
  if (first_text != NULL) check_write_json(first_text);
  if (report_count > 0) check_timeline((const jdg_report *const *)reports, report_count);
  if (report_count > 0) check_item_kinds((const jdg_report *const *)reports, report_count);
  for (r = 0; r < report_count; ++r) jdg_report_free(reports[r]);
  free(reports);

  /* Every kind of item was read through its accessors at least once. */
  CHECK(seen.judgements > 0);
  CHECK(seen.found_judgements > 0);
  CHECK(seen.evidence > 0);
  CHECK(seen.findings > 0);
  CHECK(seen.timeframes > 0);
  CHECK(seen.due > 0);
  CHECK(seen.ratings > 0);
  CHECK(seen.finding_paragraphs > 0);
  CHECK(seen.inspection_dates > 0);
  CHECK(seen.date_periods > 0);
  CHECK(seen.paragraphs > 0);
  CHECK(seen.references > 0);
  CHECK(seen.reference_judgements > 0);
  CHECK(seen.date_mentions > 0);
  CHECK(seen.quantities > 0);
  CHECK(seen.quantities_from > 0);
  CHECK(seen.diagnostics > 0);
  CHECK(seen.inspectors > 0);
  CHECK(seen.pdf > 0);
  CHECK(seen.timeline_inspections > 0);
  CHECK(seen.timeline_judgements > 0);
  CHECK(seen.timeline_previous > 0);
  CHECK(seen.timeline_omitted > 0);
  printf("test_capi: %zu judgements, %zu findings, %zu paragraphs, %zu references, %zu dates, %zu quantities, "
         "%zu diagnostics read; timeline of %zu inspections (%zu cited), %zu judgements (%zu compared), %zu "
         "omitted; %d failure(s)\n",
         seen.judgements, seen.findings, seen.paragraphs, seen.references, seen.date_mentions, seen.quantities,
         seen.diagnostics, seen.timeline_inspections, seen.timeline_cited, seen.timeline_judgements,
         seen.timeline_previous, seen.timeline_omitted, failures);
  return failures == 0 ? 0 : 1;
}
