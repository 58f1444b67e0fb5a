/* judgement: the C ABI (jdg_*), the stable door for every other language.
 *
 * One C99 header. It is installed as <judgement/judgement.h>; link libjudgement (CMake target
 * judgement::c, pkg-config module judgement). docs/c-api.md explains the conventions; in short:
 *
 * - Every function that can fail returns a jdg_status; JDG_OK is 0. Outputs come first, and are
 *   written only on success. A NULL where a pointer is required, an index past the end or an
 *   unknown enum value is an error status, never a crash.
 * - Every failure also records a thread-local last error (jdg_last_error_*) with a message and,
 *   where the input had one, a position. Success does not clear it.
 * - Handles (jdg_report, jdg_scale_registry, jdg_profile_registry, jdg_timeline) are opaque. Each constructor names its
 *   one destructor; every destructor accepts NULL.
 * - Items (const jdg_judgement *, const jdg_scale *, ...) are borrowed views into a handle: never
 *   freed, valid while the handle they came from is alive.
 * - Handles and items carry a tag of their type, checked by every function that takes one: an
 *   object of another type (a finding passed as a judgement, a registry as a report) is
 *   JDG_ERROR_INVALID_HANDLE, as is a freed handle or an item of one while the memory still
 *   holds the cleared tag.
 * - jdg_string is a view with an explicit size; data is NULL where the value is absent (null in
 *   the JSON). It is NUL-terminated only where the comment says so.
 * - Memory the library allocates for the caller (JSON text) is freed with jdg_free.
 * - Nothing is printed; no exception crosses this boundary; the process never exits here.
 *
 * Status codes and enum values are numbered explicitly and only ever appended to. */
#ifndef JUDGEMENT_JUDGEMENT_H
#define JUDGEMENT_JUDGEMENT_H

#include <stddef.h>
#include <stdint.h>

/* ---- Versions --------------------------------------------------------------------------- */

/* The version of this header; CMake checks that it matches include/judgement/version.hpp. */
#define JDG_VERSION_MAJOR 0
#define JDG_VERSION_MINOR 1
#define JDG_VERSION_PATCH 0
#define JDG_VERSION_STRING "0.1.0"
/* major * 10000 + minor * 100 + patch */
#define JDG_VERSION (JDG_VERSION_MAJOR * 10000 + JDG_VERSION_MINOR * 100 + JDG_VERSION_PATCH)
/* The ABI generation: the shared library's SOVERSION (libjudgement.so.<JDG_ABI_VERSION>). It
 * moves only when a change breaks programs compiled against an earlier header, never with the
 * project version. */
#define JDG_ABI_VERSION 0

/* ---- Export macro ----------------------------------------------------------------------- */

/* Define JDG_STATIC when linking the static libjudgement.a (CMake and pkg-config do it). */
#if defined(JDG_STATIC)
#define JDG_API
#elif defined(_WIN32)
#if defined(JDG_BUILDING)
#define JDG_API __declspec(dllexport)
#else
#define JDG_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define JDG_API __attribute__((visibility("default")))
#else
#define JDG_API
#endif

/* In C++ every enum below has int as its underlying type, as it has in C, so that any int a
   C caller passes (an invalid value included) is a value of the type and can be checked. */
#ifdef __cplusplus
#define JDG_ENUM_BASE : int
#else
#define JDG_ENUM_BASE
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status and errors ------------------------------------------------------------------ */

typedef enum jdg_status JDG_ENUM_BASE {
  JDG_OK = 0,                      /* success */
  JDG_ERROR_INVALID_ARGUMENT = 1,  /* a NULL where a value is required, an unknown enum value */
  JDG_ERROR_OUT_OF_RANGE = 2,      /* an index at or past the count, a buffer too small */
  JDG_ERROR_NOT_FOUND = 3,         /* a lookup (scale id, grade text, provider) found nothing */
  JDG_ERROR_IO = 4,                /* a file could not be opened or read; output could not be written */
  JDG_ERROR_ENCODING = 5,          /* the bytes are not UTF-8 and the policy is JDG_UTF8_STRICT */
  JDG_ERROR_PDF = 6,               /* a PDF could not be opened (corrupt, truncated, encrypted) */
  JDG_ERROR_JSON = 7,              /* text given as a judgement.report/1 document is not one */
  JDG_ERROR_SCALE_DEFINITION = 8,  /* a scale definition does not parse or does not make sense */
  JDG_ERROR_VERSION = 9,           /* a struct's version field is one this library does not know */
  JDG_ERROR_OUT_OF_MEMORY = 10,    /* an allocation failed */
  JDG_ERROR_INTERNAL = 11,         /* a bug in the library; the message says what */
  JDG_ERROR_PROFILE_DEFINITION = 12, /* a framework profile definition does not parse or make sense */
  /* A handle or item that is not of the type the function takes (a registry passed as a report,
   * a finding as a judgement, a report as a scale) or one already freed, where that can be told:
   * every owning handle (report, registry, timeline) and every item it lends carries a tag of
   * its type, and freeing the handle clears its own tag and its items'. The last error names the
   * argument. Reading a freed handle or an item of one is still a bug in the caller (the memory
   * may have been reused); the tag catches it only where the memory still holds the cleared
   * tag. */
  JDG_ERROR_INVALID_HANDLE = 13,
  JDG_ERROR_LIMIT = 14,            /* the input is past a bound of jdg_options (max_bytes, pdf_max_*) */
  JDG_ERROR_CANCELLED = 15         /* jdg_options.cancel asked to stop */
} jdg_status;

/* A static, NUL-terminated English name for a status ("invalid argument"); never NULL: an
 * unknown value gives "unknown status". Not owned by the caller. */
JDG_API const char *jdg_status_string(jdg_status status);

/* A position in the input that was being read: a byte offset and a 1-based line and column
 * (column counts bytes); all 0 where there is no position. */
typedef struct jdg_position {
  size_t offset;
  uint32_t line;
  uint32_t column;
} jdg_position;

/* The status of the last failed call on this thread, JDG_OK if none failed since the thread
 * started or jdg_last_error_clear() was called. */
JDG_API jdg_status jdg_last_error_status(void);
/* Its message, NUL-terminated ("" if none). Owned by the library, valid on this thread until
 * the next failing call or jdg_last_error_clear(). */
JDG_API const char *jdg_last_error_message(void);
/* Where the input of the last failure went wrong (all 0 where it has no position). Fails with
 * JDG_ERROR_INVALID_ARGUMENT when out is NULL (which does not replace the error kept). */
JDG_API jdg_status jdg_last_error_position(jdg_position *out);
/* The input line of the last failure and a line with a caret under the column, NUL-terminated
 * ("" where there is no position). Same ownership and lifetime as the message. */
JDG_API const char *jdg_last_error_excerpt(void);
/* Forgets the last error of this thread. */
JDG_API void jdg_last_error_clear(void);

/* The version of the library actually loaded (JDG_VERSION of the header it was built from),
 * which may be newer than the header a program was compiled with. */
JDG_API int jdg_version_number(void);
/* The same as "major.minor.patch"; static, NUL-terminated, not owned by the caller. */
JDG_API const char *jdg_version_string(void);
/* JDG_ABI_VERSION of the loaded library. */
JDG_API int jdg_abi_version(void);

/* ---- Values shared by many accessors ---------------------------------------------------- */

/* A view of text owned by a handle. data is NULL (and size 0) where there is no value; an empty
 * value that is present has a non-NULL data and size 0. */
typedef struct jdg_string {
  const char *data;
  size_t size;
} jdg_string;

/* A stretch of the original input: byte offsets (begin inclusive, end exclusive), the 1-based
 * line begin is on, and for PDF input the 1-based page (0 otherwise; offsets are then into the
 * extracted text). */
typedef struct jdg_span {
  size_t begin;
  size_t end;
  uint32_t line;
  uint32_t page;
} jdg_span;

/* How much of a date the text gave. */
typedef enum jdg_precision JDG_ENUM_BASE {
  JDG_PRECISION_DAY = 0,           /* "5 February 2019" */
  JDG_PRECISION_MONTH = 1,         /* "June 2018" */
  JDG_PRECISION_SEASON = 2,        /* "Autumn 2013" */
  JDG_PRECISION_ACADEMIC_YEAR = 3, /* "2011/12" */
  JDG_PRECISION_YEAR = 4           /* "2015" */
} jdg_precision;
/* "day", "month", "season", "academic_year", "year"; static; NULL for an unknown value. */
JDG_API const char *jdg_precision_string(jdg_precision precision);

/* A date at its precision. Where present is 0 there is no date and every other field is 0.
 * Parts finer than the precision are the first of their kind (day 1, month 1) and carry no
 * meaning; a season or academic year holds the month its period starts or ends in. */
typedef struct jdg_date {
  int present;
  int year;
  int month; /* 1..12 */
  int day;   /* 1..31 */
  jdg_precision precision;
} jdg_date;

/* The largest buffer jdg_date_iso needs, with its NUL. */
#define JDG_DATE_ISO_SIZE 16
/* Writes the date as ISO 8601 at its precision ("2019-07-15", "2018-06", "2015"), NUL-terminated,
 * into out (out_size bytes, owned by the caller). An absent date, an impossible one or an unknown
 * precision is JDG_ERROR_INVALID_ARGUMENT; a buffer too small is JDG_ERROR_OUT_OF_RANGE. */
JDG_API jdg_status jdg_date_iso(char *out, size_t out_size, const jdg_date *date);

/* ---- Enumerations of the output contract (docs/output.md) ------------------------------- */

typedef enum jdg_document_type JDG_ENUM_BASE {
  JDG_DOCUMENT_UNKNOWN = 0,
  JDG_DOCUMENT_ILACS = 1,
  JDG_DOCUMENT_FOCUSED_VISIT = 2,
  JDG_DOCUMENT_MONITORING_VISIT = 3,
  JDG_DOCUMENT_JTAI = 4,
  JDG_DOCUMENT_SIF = 5,
  JDG_DOCUMENT_LSCB_REVIEW = 6,
  JDG_DOCUMENT_LAC_INSPECTION = 7,
  JDG_DOCUMENT_SAFEGUARDING_INSPECTION = 8,
  JDG_DOCUMENT_AREA_SEND = 9,
  JDG_DOCUMENT_SCHOOL_INSPECTION = 10,
  JDG_DOCUMENT_PROVIDER_INSPECTION = 11,
  JDG_DOCUMENT_COMMITTEE_REPORT = 12,
  JDG_DOCUMENT_NEWS = 13,
  /* A type outside this list: a framework profile's own id (a built-in profile added after this
   * list, or one a user defined); read the id with jdg_report_document_type_id. */
  JDG_DOCUMENT_OTHER = 14
} jdg_document_type;
/* The contract's id ("focused_visit"), or "other" for JDG_DOCUMENT_OTHER; static,
 * NUL-terminated; NULL for an unknown value. */
JDG_API const char *jdg_document_type_string(jdg_document_type type);

typedef enum jdg_source_format JDG_ENUM_BASE {
  JDG_FORMAT_TEXT = 0,
  JDG_FORMAT_MARKDOWN = 1,
  JDG_FORMAT_PDF = 2
} jdg_source_format;
/* "text", "markdown", "pdf"; static; NULL for an unknown value. */
JDG_API const char *jdg_source_format_string(jdg_source_format format);

/* The common band every scale maps onto, best first. */
typedef enum jdg_band JDG_ENUM_BASE {
  JDG_BAND_OUTSTANDING = 0,
  JDG_BAND_GOOD = 1,
  JDG_BAND_REQUIRES_IMPROVEMENT = 2,
  JDG_BAND_INADEQUATE = 3
} jdg_band;
/* "outstanding", "good", "requires_improvement", "inadequate"; static; NULL for an unknown value. */
JDG_API const char *jdg_band_string(jdg_band band);

typedef enum jdg_kind JDG_ENUM_BASE {
  JDG_FINDING_IMPROVEMENT = 0,
  JDG_FINDING_FINDING = 1,
  JDG_FINDING_STRENGTH = 2,
  JDG_FINDING_CONCERN = 3,
  JDG_FINDING_RISK = 4
} jdg_kind;
/* "improvement", "finding", "strength", "concern", "risk"; static; NULL for an unknown value. */
JDG_API const char *jdg_finding_kind_string(jdg_kind kind);

typedef enum jdg_severity JDG_ENUM_BASE {
  JDG_SEVERITY_ERROR = 0,
  JDG_SEVERITY_WARNING = 1,
  JDG_SEVERITY_INFO = 2
} jdg_severity;
/* "error", "warning", "info"; static; NULL for an unknown value. */
JDG_API const char *jdg_severity_string(jdg_severity severity);

/* When an improvement is due. */
typedef enum jdg_timeframe_unit JDG_ENUM_BASE {
  JDG_TIMEFRAME_IMMEDIATELY = 0,
  JDG_TIMEFRAME_WEEKS = 1,
  JDG_TIMEFRAME_MONTHS = 2
} jdg_timeframe_unit;
/* Where present is 0 the finding has no timeframe (and unit and count are 0). count is 0 for
 * JDG_TIMEFRAME_IMMEDIATELY. */
typedef struct jdg_timeframe {
  int present;
  jdg_timeframe_unit unit;
  int count;
} jdg_timeframe;
/* The largest buffer jdg_timeframe_id needs, with its NUL. */
#define JDG_TIMEFRAME_ID_SIZE 32
/* Writes the contract's id ("immediately", "within_3_months"), NUL-terminated, into out (owned by
 * the caller). An absent or impossible timeframe is JDG_ERROR_INVALID_ARGUMENT; a buffer too small
 * is JDG_ERROR_OUT_OF_RANGE. */
JDG_API jdg_status jdg_timeframe_id(char *out, size_t out_size, const jdg_timeframe *timeframe);

/* ---- Options ---------------------------------------------------------------------------- */

/* What to do with bytes that are not UTF-8. */
typedef enum jdg_utf8_policy JDG_ENUM_BASE {
  JDG_UTF8_REPLACE = 0, /* read each bad byte as U+FFFD, with an "invalid-utf8" diagnostic */
  JDG_UTF8_STRICT = 1   /* refuse the input: JDG_ERROR_ENCODING, the offset in the last error */
} jdg_utf8_policy;

/* How text is taken out of a PDF (ignored for text input). */
typedef enum jdg_pdf_layout JDG_ENUM_BASE {
  JDG_PDF_LAYOUT_PHYSICAL = 0,      /* as the page shows it, like pdftotext -layout */
  JDG_PDF_LAYOUT_READING_ORDER = 1, /* columns in reading order; table cells on their own lines */
  JDG_PDF_LAYOUT_RAW = 2            /* the order of the content stream */
} jdg_pdf_layout;

/* The date a finding's timeframe counts from to give its due date. */
typedef enum jdg_timeframe_base JDG_ENUM_BASE {
  JDG_TIMEFRAME_BASE_AUTOMATIC = 0,          /* published, else document date, else last day */
  JDG_TIMEFRAME_BASE_PUBLISHED = 1,          /* the publication date only */
  JDG_TIMEFRAME_BASE_DOCUMENT_DATE = 2,      /* the document's own date only */
  JDG_TIMEFRAME_BASE_LAST_INSPECTION_DAY = 3 /* the last day of the inspection only */
} jdg_timeframe_base;

typedef struct jdg_scale_registry jdg_scale_registry;
/* The framework profiles documents are read by (see "Framework profiles" below). */
typedef struct jdg_profile_registry jdg_profile_registry;

/* The version of jdg_options this header describes. A later header appends fields and raises
 * it; the library reads only the fields of the version the caller set. */
#define JDG_OPTIONS_VERSION 3

/* The default of jdg_options.max_bytes: 256 MiB. */
#define JDG_DEFAULT_MAX_BYTES ((size_t)256 * 1024 * 1024)

/* How to parse. Start from JDG_OPTIONS_INIT (or jdg_options_init) and change what you need. */
typedef struct jdg_options {
  unsigned int version;              /* JDG_OPTIONS_VERSION */
  jdg_utf8_policy utf8;              /* default JDG_UTF8_REPLACE */
  jdg_pdf_layout pdf_layout;         /* default JDG_PDF_LAYOUT_PHYSICAL */
  jdg_timeframe_base timeframe_base; /* default JDG_TIMEFRAME_BASE_AUTOMATIC */
  int resolve_yearless_dates;        /* nonzero: "on 13 July" takes the document's year */
  /* The name the report gives its source, NUL-terminated; NULL for none (jdg_report_parse_file
   * then uses the file's name). Borrowed for the call only: the report keeps a copy. */
  const char *name;
  /* The scales judgements are read against; NULL for the built-in ones. Borrowed for the call
   * only: the report keeps what it needs. */
  const jdg_scale_registry *scales;
  /* Version 2. The most bytes of input parsed or read from a file; a larger input (or a device
   * or pipe that gives more, such as /dev/zero) is JDG_ERROR_LIMIT. Default
   * JDG_DEFAULT_MAX_BYTES; 0 for no bound but 4 GiB - 1 bytes, the most the library reads
   * whatever this says. A version 1 caller gets the default. */
  size_t max_bytes;
  /* Version 2. The budget of reading a PDF, whose drawing can cost far more than its size (form
   * XObjects drawing each other many times over): past any bound the parse is JDG_ERROR_LIMIT.
   * 0 for no bound. Defaults: 30 000 ms, 1 GiB read from its streams, 200 000 glyphs a page. */
  unsigned int pdf_max_milliseconds;
  unsigned long long pdf_max_read_bytes;
  unsigned long long pdf_max_glyphs;
  /* Version 2. Polled on the parsing thread while a PDF is read (every 16384 bytes read or
   * glyphs drawn) with cancel_data; nonzero stops the parse with JDG_ERROR_CANCELLED. NULL:
   * never. */
  int (*cancel)(void *cancel_data);
  void *cancel_data;
  /* Version 3. The framework profiles documents are read by; NULL for the built-in ones.
   * Borrowed for the call only: the report keeps what it needs. A version 1 or 2 caller gets the
   * built-in ones. */
  const jdg_profile_registry *profiles;
} jdg_options;

#define JDG_OPTIONS_INIT                                                                   \
  {                                                                                        \
    JDG_OPTIONS_VERSION, JDG_UTF8_REPLACE, JDG_PDF_LAYOUT_PHYSICAL,                        \
        JDG_TIMEFRAME_BASE_AUTOMATIC, 0, NULL, NULL, JDG_DEFAULT_MAX_BYTES, 30000u,       \
        1073741824ull, 200000ull, NULL, NULL, NULL                                         \
  }

/* Fills *options (owned by the caller) with the defaults of the given version, as
 * JDG_OPTIONS_INIT does: for languages that cannot use the macro. A version this library does not
 * know is JDG_ERROR_VERSION. */
JDG_API jdg_status jdg_options_init(jdg_options *options, unsigned int version);

/* ---- Reports ---------------------------------------------------------------------------- */

/* A parsed report: immutable, safe to read from several threads at once. */
typedef struct jdg_report jdg_report;

/* Parses a document held in memory (size bytes at data; plain text, Markdown-ish text or a PDF,
 * told apart by content). options may be NULL for the defaults. On success *out is a new report
 * owned by the caller, freed with jdg_report_free; the bytes are copied, so data may be freed at
 * once. Content problems never fail a parse (they are diagnostics); the errors are
 * JDG_ERROR_ENCODING (strict policy; the offset, line and column are in the last error),
 * JDG_ERROR_PDF, JDG_ERROR_VERSION, JDG_ERROR_LIMIT (more than options->max_bytes, or a PDF past
 * its budget), JDG_ERROR_CANCELLED (options->cancel) and JDG_ERROR_OUT_OF_MEMORY. data may be NULL only when size is 0. */
JDG_API jdg_status jdg_report_parse(jdg_report **out, const char *data, size_t size,
                                    const jdg_options *options);
/* Reads and parses a file (text or PDF); path is NUL-terminated. As jdg_report_parse, plus
 * JDG_ERROR_IO for a file that cannot be read (the message names it). */
JDG_API jdg_status jdg_report_parse_file(jdg_report **out, const char *path,
                                         const jdg_options *options);
/* Reads a judgement.report/1 JSON document back into a report equal to the one written (size
 * bytes at json). *out is owned by the caller, freed with jdg_report_free. A document that is
 * not one is JDG_ERROR_JSON with its position in the last error. */
JDG_API jdg_status jdg_report_from_json(jdg_report **out, const char *json, size_t size);
/* Frees a report from jdg_report_parse, jdg_report_parse_file or jdg_report_from_json, and
 * with it every view taken from it. NULL is allowed and does nothing. */
JDG_API void jdg_report_free(jdg_report *report);

/* The report as one judgement.report/1 JSON object (docs/output.md), UTF-8, NUL-terminated,
 * without a final newline; pretty nonzero indents it. *out is allocated for the caller and freed
 * with jdg_free; *out_size (out_size may be NULL) receives its length without the NUL. */
JDG_API jdg_status jdg_report_to_json(char **out, size_t *out_size, const jdg_report *report,
                                      int pretty);
/* Where jdg_report_write_json hands the JSON: `size` bytes at `data` (not NUL-terminated, valid
 * during the call only), with the caller's write_data. Returns nonzero to go on, 0 to stop (a
 * full disk, a closed pipe). */
typedef int (*jdg_write_fn)(const char *data, size_t size, void *write_data);
/* The same JSON as jdg_report_to_json, handed to `write` in stretches of about 64 KiB as it is
 * written, so that a large report's JSON is never held whole in memory. Each stretch ends
 * between two JSON values, never inside a string, so each is whole UTF-8. JDG_ERROR_IO when
 * `write` returned 0 (it is handed nothing after that). */
JDG_API jdg_status jdg_report_write_json(const jdg_report *report, int pretty, jdg_write_fn write,
                                         void *write_data);
/* Frees memory this library allocated for the caller (the JSON of jdg_report_to_json,
 * jdg_scale_registry_to_json, jdg_timeline_to_json). NULL is allowed and does nothing. */
JDG_API void jdg_free(void *memory);

/* Every view below is owned by the report and valid until jdg_report_free. Text views into the
 * report are not NUL-terminated. */

/* The source: its name as given (present, perhaps empty), its size in bytes and its format. */
JDG_API jdg_status jdg_report_source_name(jdg_string *out, const jdg_report *report);
JDG_API jdg_status jdg_report_source_bytes(size_t *out, const jdg_report *report);
JDG_API jdg_status jdg_report_source_format(jdg_source_format *out, const jdg_report *report);
/* The text the report was parsed from (for a PDF, the extracted text): every span is a byte
 * range of it. Empty for a report read from JSON. */
JDG_API jdg_status jdg_report_source_text(jdg_string *out, const jdg_report *report);

/* The document. inspectorate and provider are absent where the text does not say. */
JDG_API jdg_status jdg_report_document_type(jdg_document_type *out, const jdg_report *report);
/* The document type's id as the JSON gives it ("ilacs", or a profile's own id); *out is borrowed
 * from the report. */
JDG_API jdg_status jdg_report_document_type_id(jdg_string *out, const jdg_report *report);
JDG_API jdg_status jdg_report_inspectorate(jdg_string *out, const jdg_report *report);
JDG_API jdg_status jdg_report_provider(jdg_string *out, const jdg_report *report);
/* The provider on the register of England's children's services authorities (docs/register.md):
 * its ONS code ("E06000035"), DfE LA code ("887") and Ofsted URN ("80522"), each absent where
 * the register does not give it (a former authority's ONS code), all three absent where the
 * provider is not on the register (a school, a Welsh council, no provider); a children's trust
 * gives its council's. And the register's name ("Medway"), absent likewise. Borrowed from the
 * report (the library's static register). */
JDG_API jdg_status jdg_report_provider_id(jdg_string *out_ons_code, jdg_string *out_dfe_la_code,
                                          jdg_string *out_ofsted_urn, const jdg_report *report);
JDG_API jdg_status jdg_report_provider_name(jdg_string *out, const jdg_report *report);
/* The date the document bears; the publication date (only where it is stated). */
JDG_API jdg_status jdg_report_date(jdg_date *out, const jdg_report *report);
JDG_API jdg_status jdg_report_published(jdg_date *out, const jdg_report *report);
/* The dates of the inspection the document is about: the whole period (both absent where not
 * given), and, for an inspection held in several periods, each of them (count 0 otherwise). */
JDG_API jdg_status jdg_report_inspection_dates(jdg_date *out_start, jdg_date *out_end,
                                               const jdg_report *report);
JDG_API jdg_status jdg_report_inspection_period_count(size_t *out, const jdg_report *report);
JDG_API jdg_status jdg_report_inspection_period(jdg_date *out_start, jdg_date *out_end,
                                                const jdg_report *report, size_t index);
/* The inspectors: each a name and a role (absent where not stated). */
JDG_API jdg_status jdg_report_inspector_count(size_t *out, const jdg_report *report);
JDG_API jdg_status jdg_report_inspector(jdg_string *out_name, jdg_string *out_role,
                                        const jdg_report *report, size_t index);

/* ---- Judgements --------------------------------------------------------------------------- */

/* One judged area (in a report, or in what a reference says an earlier inspection concluded). */
typedef struct jdg_judgement jdg_judgement;

JDG_API jdg_status jdg_report_judgement_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_judgement(const jdg_judgement **out, const jdg_report *report,
                                        size_t index);
/* The judgement of the area whose canonical id is area_id (a NUL-terminated string such as
 * "overall_effectiveness"; docs/output.md lists them); *out is borrowed from the report.
 * JDG_ERROR_NOT_FOUND where the report judges no such area. */
JDG_API jdg_status jdg_report_find_judgement(const jdg_judgement **out, const jdg_report *report,
                                             const char *area_id);
/* The area as printed ("Overall effectiveness"). */
JDG_API jdg_status jdg_judgement_area(jdg_string *out, const jdg_judgement *judgement);
/* The canonical area key ("help_and_protection"); absent where the area is not a known one. */
JDG_API jdg_status jdg_judgement_area_id(jdg_string *out, const jdg_judgement *judgement);
/* The scale's canonical label for the grade ("Requires improvement to be good"). */
JDG_API jdg_status jdg_judgement_grade(jdg_string *out, const jdg_judgement *judgement);
/* The scale's code for the grade; *out_present is 0 (and *out_code 0) where it has none. */
JDG_API jdg_status jdg_judgement_code(int *out_code, int *out_present,
                                      const jdg_judgement *judgement);
/* The scale id ("ofsted-requires-improvement"); look it up with jdg_scale_registry_find. */
JDG_API jdg_status jdg_judgement_scale(jdg_string *out, const jdg_judgement *judgement);
JDG_API jdg_status jdg_judgement_band(jdg_band *out, const jdg_judgement *judgement);
/* The grade as the text had it. */
JDG_API jdg_status jdg_judgement_as_written(jdg_string *out, const jdg_judgement *judgement);
/* Every statement of the judgement in the text. */
JDG_API jdg_status jdg_judgement_evidence_count(size_t *out, const jdg_judgement *judgement);
JDG_API jdg_status jdg_judgement_evidence(jdg_span *out, const jdg_judgement *judgement,
                                          size_t index);

/* ---- Findings ----------------------------------------------------------------------------- */

typedef struct jdg_finding jdg_finding;

JDG_API jdg_status jdg_report_finding_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_finding(const jdg_finding **out, const jdg_report *report,
                                      size_t index);
JDG_API jdg_status jdg_finding_kind(jdg_kind *out, const jdg_finding *finding);
JDG_API jdg_status jdg_finding_text(jdg_string *out, const jdg_finding *finding);
/* The heading it sits under; absent where none. */
JDG_API jdg_status jdg_finding_section(jdg_string *out, const jdg_finding *finding);
/* Its paragraph number; *out_present 0 where it is not numbered. */
JDG_API jdg_status jdg_finding_paragraph(int *out_number, int *out_present,
                                         const jdg_finding *finding);
/* When it is due ("within 3 months"); out->present 0 where the text gives no timeframe. */
JDG_API jdg_status jdg_finding_timeframe(jdg_timeframe *out, const jdg_finding *finding);
/* Its due date (the timeframe counted from the date jdg_options.timeframe_base names). */
JDG_API jdg_status jdg_finding_due(jdg_date *out, const jdg_finding *finding);
/* A risk's rating as written ("B2"); absent for other findings. */
JDG_API jdg_status jdg_finding_rating(jdg_string *out, const jdg_finding *finding);
JDG_API jdg_status jdg_finding_span(jdg_span *out, const jdg_finding *finding);

/* ---- Paragraphs --------------------------------------------------------------------------- */

typedef struct jdg_paragraph jdg_paragraph;

JDG_API jdg_status jdg_report_paragraph_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_paragraph(const jdg_paragraph **out, const jdg_report *report,
                                        size_t index);
/* Its own number: 14 for "3.14.". */
JDG_API jdg_status jdg_paragraph_number(int *out, const jdg_paragraph *paragraph);
/* The number as printed, without its final dot ("3.14"). */
JDG_API jdg_status jdg_paragraph_label(jdg_string *out, const jdg_paragraph *paragraph);
/* The heading it sits under; absent where none. */
JDG_API jdg_status jdg_paragraph_section(jdg_string *out, const jdg_paragraph *paragraph);
/* *out is 1 where its number was lost in conversion and inferred from its neighbours. */
JDG_API jdg_status jdg_paragraph_inferred(int *out, const jdg_paragraph *paragraph);
JDG_API jdg_status jdg_paragraph_span(jdg_span *out, const jdg_paragraph *paragraph);

/* ---- References to earlier inspections ---------------------------------------------------- */

typedef struct jdg_reference jdg_reference;

JDG_API jdg_status jdg_report_reference_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_reference(const jdg_reference **out, const jdg_report *report,
                                        size_t index);
JDG_API jdg_status jdg_reference_type(jdg_document_type *out, const jdg_reference *reference);
/* The cited inspection's type id; *out is borrowed from the report. */
JDG_API jdg_status jdg_reference_type_id(jdg_string *out, const jdg_reference *reference);
/* Its first and last day, and its publication date; each absent where not stated. */
JDG_API jdg_status jdg_reference_dates(jdg_date *out_start, jdg_date *out_end,
                                       jdg_date *out_published, const jdg_reference *reference);
/* What the text says the earlier inspection concluded. *out is borrowed from the report. */
JDG_API jdg_status jdg_reference_judgement_count(size_t *out, const jdg_reference *reference);
JDG_API jdg_status jdg_reference_judgement(const jdg_judgement **out,
                                           const jdg_reference *reference, size_t index);
JDG_API jdg_status jdg_reference_span(jdg_span *out, const jdg_reference *reference);

/* ---- Dates stated in the text ------------------------------------------------------------- */

typedef struct jdg_date_mention jdg_date_mention;

JDG_API jdg_status jdg_report_date_mention_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_date_mention(const jdg_date_mention **out, const jdg_report *report,
                                           size_t index);
/* The text as written ("15 to 26 July 2019"). */
JDG_API jdg_status jdg_date_mention_text(jdg_string *out, const jdg_date_mention *mention);
/* The period it states, inclusive (start equals end for a single date), each at its precision. */
JDG_API jdg_status jdg_date_mention_range(jdg_date *out_start, jdg_date *out_end,
                                          const jdg_date_mention *mention);
/* Each period where the text gives several (count 0 otherwise). */
JDG_API jdg_status jdg_date_mention_period_count(size_t *out, const jdg_date_mention *mention);
JDG_API jdg_status jdg_date_mention_period(jdg_date *out_start, jdg_date *out_end,
                                           const jdg_date_mention *mention, size_t index);
JDG_API jdg_status jdg_date_mention_span(jdg_span *out, const jdg_date_mention *mention);

/* ---- Quantities --------------------------------------------------------------------------- */

typedef struct jdg_quantity jdg_quantity;

JDG_API jdg_status jdg_report_quantity_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_quantity(const jdg_quantity **out, const jdg_report *report,
                                       size_t index);
/* The text as written ("74 children", "from 39% to 25%"). */
JDG_API jdg_status jdg_quantity_text(jdg_string *out, const jdg_quantity *quantity);
JDG_API jdg_status jdg_quantity_value(double *out, const jdg_quantity *quantity);
/* "children", "percent", "GBP", "weeks". */
JDG_API jdg_status jdg_quantity_unit(jdg_string *out, const jdg_quantity *quantity);
/* The earlier value of a change ("from 39% to 25%" gives 39); *out_present 0 where none. */
JDG_API jdg_status jdg_quantity_from(double *out_value, int *out_present,
                                     const jdg_quantity *quantity);
JDG_API jdg_status jdg_quantity_span(jdg_span *out, const jdg_quantity *quantity);

/* ---- Diagnostics -------------------------------------------------------------------------- */

typedef struct jdg_diagnostic jdg_diagnostic;

JDG_API jdg_status jdg_report_diagnostic_count(size_t *out, const jdg_report *report);
/* *out is borrowed from the report. */
JDG_API jdg_status jdg_report_diagnostic(const jdg_diagnostic **out, const jdg_report *report,
                                         size_t index);
JDG_API jdg_status jdg_diagnostic_severity(jdg_severity *out, const jdg_diagnostic *diagnostic);
/* A stable id ("judgement-conflict", "unclassified", "invalid-utf8"). */
JDG_API jdg_status jdg_diagnostic_code(jdg_string *out, const jdg_diagnostic *diagnostic);
JDG_API jdg_status jdg_diagnostic_message(jdg_string *out, const jdg_diagnostic *diagnostic);
JDG_API jdg_status jdg_diagnostic_span(jdg_span *out, const jdg_diagnostic *diagnostic);

/* ---- Grade scales ------------------------------------------------------------------------- */

/* A set of grades, best first; borrowed from a registry. */
typedef struct jdg_scale jdg_scale;
/* One grade of a scale; borrowed from the registry its scale is in. */
typedef struct jdg_grade jdg_grade;

/* A new registry holding every built-in scale of the output contract, owned by the caller and
 * freed with jdg_scale_registry_free. */
JDG_API jdg_status jdg_scale_registry_new(jdg_scale_registry **out);
/* Frees a registry from jdg_scale_registry_new. NULL is allowed and does nothing. Reports parsed
 * with it do not depend on it. */
JDG_API void jdg_scale_registry_free(jdg_scale_registry *registry);
/* Reads scale definitions written in the scale language (docs/scales.md; size bytes at text) and
 * adds every scale; *out_added (may be NULL) receives how many. Nothing is added when any
 * definition is refused: JDG_ERROR_SCALE_DEFINITION, with the line, column and a caret excerpt in
 * the last error. Scales and grades borrowed from the registry before the call stay valid (a
 * define only adds scales), but text views read from them before a successful call are not:
 * read them again. */
JDG_API jdg_status jdg_scale_registry_define(size_t *out_added, jdg_scale_registry *registry,
                                             const char *text, size_t size);
JDG_API jdg_status jdg_scale_registry_count(size_t *out, const jdg_scale_registry *registry);
/* *out is borrowed from the registry: valid until it is freed (see jdg_scale_registry_define for
 * the text views read from it). */
JDG_API jdg_status jdg_scale_registry_scale(const jdg_scale **out,
                                            const jdg_scale_registry *registry, size_t index);
/* The scale with this id (NUL-terminated), borrowed as above; JDG_ERROR_NOT_FOUND if none. */
JDG_API jdg_status jdg_scale_registry_find(const jdg_scale **out,
                                           const jdg_scale_registry *registry, const char *id);
/* The scales as the `judgement scales --format json` list, NUL-terminated; *out is freed with
 * jdg_free, *out_size (may be NULL) receives its length. */
JDG_API jdg_status jdg_scale_registry_to_json(char **out, size_t *out_size,
                                              const jdg_scale_registry *registry, int pretty);

/* ---- Framework profiles ------------------------------------------------------------------ */

/* A new registry holding every built-in framework profile and inspectorate (the output
 * contract's document types, and more), owned by the caller and freed with
 * jdg_profile_registry_free. Pass it as jdg_options.profiles. */
JDG_API jdg_status jdg_profile_registry_new(jdg_profile_registry **out);
/* Frees a registry from jdg_profile_registry_new. NULL is allowed and does nothing. Reports parsed
 * with it do not depend on it. */
JDG_API void jdg_profile_registry_free(jdg_profile_registry *registry);
/* Reads profile and inspectorate definitions written in the profile language
 * (docs/adding-a-framework.md; size bytes at text) and adds them; *out_added (may be NULL)
 * receives how many profiles were added. Nothing is added when any definition is refused:
 * JDG_ERROR_PROFILE_DEFINITION, with the line, column and a caret excerpt in the last error (an
 * id the registry already holds, an inspectorate or area id defined nowhere, a syntax error).
 * Text views read from the registry before a successful call are not valid after it. */
JDG_API jdg_status jdg_profile_registry_define(size_t *out_added, jdg_profile_registry *registry,
                                               const char *text, size_t size);
/* How many profiles the registry holds: the built-in ones, then each defined, in order. */
JDG_API jdg_status jdg_profile_registry_count(size_t *out, const jdg_profile_registry *registry);
/* Profile `index`'s id (the document type it gives, "ilacs") and name, views owned by the
 * registry and NUL-terminated; either output may be NULL. */
JDG_API jdg_status jdg_profile_registry_profile(jdg_string *out_id, jdg_string *out_name,
                                                const jdg_profile_registry *registry, size_t index);

/* The scale's id and name: views owned by the registry, NUL-terminated. */
JDG_API jdg_status jdg_scale_id(jdg_string *out, const jdg_scale *scale);
JDG_API jdg_status jdg_scale_name(jdg_string *out, const jdg_scale *scale);
/* *out is 1 when the best grade has the lowest code (Ofsted), 0 otherwise. */
JDG_API jdg_status jdg_scale_lower_code_is_better(int *out, const jdg_scale *scale);
JDG_API jdg_status jdg_scale_grade_count(size_t *out, const jdg_scale *scale);
/* Grade index (0 is the best); *out is borrowed from the registry. */
JDG_API jdg_status jdg_scale_grade(const jdg_grade **out, const jdg_scale *scale, size_t index);
/* Reads a grade as written (size bytes at text: "Requires improvement\nto be good", "Grade 4");
 * the whole text must be the grade. *out is borrowed from the registry; *out_by_code (may be
 * NULL) is 1 where the text named the grade by its number. JDG_ERROR_NOT_FOUND when no grade of
 * the scale matches. */
JDG_API jdg_status jdg_scale_match(const jdg_grade **out, int *out_by_code, const jdg_scale *scale,
                                   const char *text, size_t size);

/* The grade's canonical label, NUL-terminated, owned by the registry. */
JDG_API jdg_status jdg_grade_label(jdg_string *out, const jdg_grade *grade);
/* The other ways it is written; each NUL-terminated, owned by the registry. */
JDG_API jdg_status jdg_grade_alias_count(size_t *out, const jdg_grade *grade);
JDG_API jdg_status jdg_grade_alias(jdg_string *out, const jdg_grade *grade, size_t index);
/* The scale's own number for it; *out_present 0 where the scale has no codes. */
JDG_API jdg_status jdg_grade_code(int *out_code, int *out_present, const jdg_grade *grade);
/* 0 for the best grade of its scale. */
JDG_API jdg_status jdg_grade_rank(size_t *out, const jdg_grade *grade);
JDG_API jdg_status jdg_grade_band(jdg_band *out, const jdg_grade *grade);
/* 1.0 for the best grade, 0.0 for the worst, evenly between. */
JDG_API jdg_status jdg_grade_position(double *out, const jdg_grade *grade);

/* Carries grade (of scale from) over to scale to through the common band: lossy and one-way,
 * for drawing trajectories, never for claiming two judgements were the same. *out is the grade of
 * to (borrowed from to's registry); *out_exact (may be NULL) is 1 when nothing was lost.
 * JDG_ERROR_INVALID_ARGUMENT when grade is not a grade of from; JDG_ERROR_NOT_FOUND when to has
 * no grades. */
JDG_API jdg_status jdg_crosswalk(const jdg_grade **out, int *out_exact, const jdg_scale *from,
                                 const jdg_grade *grade, const jdg_scale *to);

/* ---- Timelines ---------------------------------------------------------------------------- */

/* Many reports of the providers they inspect, each provider's inspections in date order, each
 * judgement with how it moved since the last inspection that judged the same area. Immutable. */
typedef struct jdg_timeline jdg_timeline;
/* One provider's inspections; borrowed from the timeline. */
typedef struct jdg_provider_timeline jdg_provider_timeline;
/* One entry of a provider's history: an inspection (every report of it, and every report citing
 * it), or a council paper or news item about one; borrowed from the timeline. */
typedef struct jdg_timeline_inspection jdg_timeline_inspection;
/* One judgement of an inspection, with its change; borrowed from the timeline. */
typedef struct jdg_timeline_judgement jdg_timeline_judgement;

/* How a judgement moved since the provider's last inspection of the same series (SIF then ILACS;
 * otherwise each type on its own) that judged the same area. */
typedef enum jdg_change JDG_ENUM_BASE {
  JDG_CHANGE_FIRST = 0,         /* no earlier graded inspection of the series */
  JDG_CHANGE_IMPROVED = 1,      /* a better grade (same scale) or band (different scales) */
  JDG_CHANGE_DECLINED = 2,      /* a worse grade or band */
  JDG_CHANGE_UNCHANGED = 3,     /* the same grade, or on different scales the same band */
  JDG_CHANGE_NOT_COMPARABLE = 4 /* earlier graded inspections, but none judged this area */
} jdg_change;
/* "first", "improved", "declined", "unchanged", "not_comparable"; static; NULL for an unknown
 * value. */
JDG_API const char *jdg_change_string(jdg_change change);

/* Groups count reports (reports[0..count-1], none NULL; reports may be NULL when count is 0) by
 * provider, adds the earlier inspections they cite, and orders each provider's entries by date.
 * Reports without a provider, and references that match no entry, are listed by
 * jdg_timeline_omitted. *out is a new timeline owned by the caller, freed with
 * jdg_timeline_free; it copies what it needs, so the reports may be freed at once. */
JDG_API jdg_status jdg_timeline_build(jdg_timeline **out, const jdg_report *const *reports, size_t count);
/* The same, reading the reports by the registries they were parsed with: options->profiles
 * (whose series say which inspections follow on from each other) and options->scales (whose
 * ranks say whether a grade went up or down); NULL or a NULL field for the built-in ones. The
 * other fields of options are checked but not used. */
JDG_API jdg_status jdg_timeline_build_with(jdg_timeline **out, const jdg_report *const *reports, size_t count,
                                           const jdg_options *options);
/* Frees a timeline from jdg_timeline_build and every view taken from it. NULL does nothing. */
JDG_API void jdg_timeline_free(jdg_timeline *timeline);
/* The timeline as JSON (schema judgement.timeline/1), NUL-terminated; *out is freed with
 * jdg_free, *out_size (may be NULL) receives its length. */
JDG_API jdg_status jdg_timeline_to_json(char **out, size_t *out_size, const jdg_timeline *timeline,
                                        int pretty);

/* Every view below is owned by the timeline, valid until jdg_timeline_free, and NUL-terminated. */

/* Providers in order of their keys. */
JDG_API jdg_status jdg_timeline_provider_count(size_t *out, const jdg_timeline *timeline);
JDG_API jdg_status jdg_timeline_provider(const jdg_provider_timeline **out,
                                         const jdg_timeline *timeline, size_t index);
/* The provider with this name (NUL-terminated; compared through its key, so "Medway" finds
 * "Medway Council"); JDG_ERROR_NOT_FOUND if none. */
JDG_API jdg_status jdg_timeline_find(const jdg_provider_timeline **out, const jdg_timeline *timeline,
                                     const char *provider);
/* The reports left out: the index of each in the reports given, its source name and why. */
JDG_API jdg_status jdg_timeline_omitted_count(size_t *out, const jdg_timeline *timeline);
JDG_API jdg_status jdg_timeline_omitted(size_t *out_report, jdg_string *out_source,
                                        jdg_string *out_reason, const jdg_timeline *timeline,
                                        size_t index);

/* The key providers are grouped by ("medway") and the name as most often written. */
JDG_API jdg_status jdg_provider_timeline_key(jdg_string *out, const jdg_provider_timeline *provider);
JDG_API jdg_status jdg_provider_timeline_name(jdg_string *out, const jdg_provider_timeline *provider);
/* The authority on the register the provider's reports are grouped by (jdg_report_provider_id):
 * its ids and name, all absent for a provider not on the register (grouped by its key). */
JDG_API jdg_status jdg_provider_timeline_provider_id(jdg_string *out_ons_code, jdg_string *out_dfe_la_code,
                                                     jdg_string *out_ofsted_urn,
                                                     const jdg_provider_timeline *provider);
JDG_API jdg_status jdg_provider_timeline_provider_name(jdg_string *out, const jdg_provider_timeline *provider);
/* Its inspections by date; undated ones last. */
JDG_API jdg_status jdg_provider_timeline_inspection_count(size_t *out,
                                                          const jdg_provider_timeline *provider);
JDG_API jdg_status jdg_provider_timeline_inspection(const jdg_timeline_inspection **out,
                                                    const jdg_provider_timeline *provider,
                                                    size_t index);

JDG_API jdg_status jdg_timeline_inspection_type(jdg_document_type *out,
                                                const jdg_timeline_inspection *inspection);
/* The provider as the inspection's first source names it. */
JDG_API jdg_status jdg_timeline_inspection_provider(jdg_string *out,
                                                    const jdg_timeline_inspection *inspection);
/* The inspection's dates (for a council paper or news item without them, the date it bears;
 * both absent where neither is known), and its publication date. */
JDG_API jdg_status jdg_timeline_inspection_dates(jdg_date *out_start, jdg_date *out_end,
                                                 jdg_date *out_published,
                                                 const jdg_timeline_inspection *inspection);
/* *out_cited is 1 when the inspection is known only from other reports' references;
 * *out_dated_by_citation 1 when its dates came from such a reference. */
JDG_API jdg_status jdg_timeline_inspection_cited(int *out_cited, int *out_dated_by_citation,
                                                 const jdg_timeline_inspection *inspection);
/* The reports whose references name this inspection: each one's index in the reports given. */
JDG_API jdg_status jdg_timeline_inspection_cited_by_count(size_t *out,
                                                          const jdg_timeline_inspection *inspection);
JDG_API jdg_status jdg_timeline_inspection_cited_by(size_t *out_report,
                                                    const jdg_timeline_inspection *inspection,
                                                    size_t index);
/* The reports of this inspection (none for a cited one): each one's index in the reports given
 * and its source name. */
JDG_API jdg_status jdg_timeline_inspection_report_count(size_t *out,
                                                        const jdg_timeline_inspection *inspection);
JDG_API jdg_status jdg_timeline_inspection_report(size_t *out_report, jdg_string *out_source,
                                                  const jdg_timeline_inspection *inspection,
                                                  size_t index);
/* Its judgements: from its first report, else from the references citing it. */
JDG_API jdg_status jdg_timeline_inspection_judgement_count(size_t *out,
                                                           const jdg_timeline_inspection *inspection);
JDG_API jdg_status jdg_timeline_inspection_judgement(const jdg_timeline_judgement **out,
                                                     const jdg_timeline_inspection *inspection,
                                                     size_t index);

/* As for a report's judgement: the area as printed, its canonical id (absent where unknown), the
 * grade's label, code (*out_present 0 where none), scale id and band. */
JDG_API jdg_status jdg_timeline_judgement_area(jdg_string *out, const jdg_timeline_judgement *judgement);
JDG_API jdg_status jdg_timeline_judgement_area_id(jdg_string *out,
                                                  const jdg_timeline_judgement *judgement);
JDG_API jdg_status jdg_timeline_judgement_grade(jdg_string *out, const jdg_timeline_judgement *judgement);
JDG_API jdg_status jdg_timeline_judgement_code(int *out_code, int *out_present,
                                               const jdg_timeline_judgement *judgement);
JDG_API jdg_status jdg_timeline_judgement_scale(jdg_string *out, const jdg_timeline_judgement *judgement);
JDG_API jdg_status jdg_timeline_judgement_band(jdg_band *out, const jdg_timeline_judgement *judgement);
/* How it moved; *out_by_band (may be NULL) is 1 when the comparison went through the common band
 * because the scales differ. */
JDG_API jdg_status jdg_timeline_judgement_change(jdg_change *out, int *out_by_band,
                                                 const jdg_timeline_judgement *judgement);
/* The earlier judgement compared with (for improved, declined and unchanged): its grade, scale
 * and band; *out_present 0 (and the views absent) where there is none. */
JDG_API jdg_status jdg_timeline_judgement_previous(jdg_string *out_grade, jdg_string *out_scale,
                                                   jdg_band *out_band, int *out_present,
                                                   const jdg_timeline_judgement *judgement);

#ifdef __cplusplus
}
#endif

#endif
