/* print_judgements: parse one inspection report through the C ABI and print its judgements.
 *
 *   example_print_judgements examples/reports/2019-ilacs.txt
 *
 * Build against an installed judgement:
 *   cc -std=c99 print_judgements.c $(pkg-config --cflags --libs judgement) */
#include <stdio.h>

#include <judgement/judgement.h>

/* A jdg_string is a view with a length, not NUL-terminated: print it with "%.*s". */
#define VIEW(s) (int)(s).size, (s).data != NULL ? (s).data : ""

int main(int argc, char **argv) {
  jdg_report *report = NULL;
  jdg_string provider;
  jdg_document_type type;
  size_t count = 0, i;

  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE\n", argc > 0 ? argv[0] : "print_judgements");
    return 2;
  }
  if (jdg_report_parse_file(&report, argv[1], NULL) != JDG_OK) {
    fprintf(stderr, "error: %s\n", jdg_last_error_message());
    return 1;
  }

  jdg_report_document_type(&type, report);
  jdg_report_provider(&provider, report);
  /* An absent value has data NULL: here, a report that does not name its provider. */
  printf("%s: %s, %.*s\n", argv[1], jdg_document_type_string(type),
         provider.data != NULL ? (int)provider.size : 1, provider.data != NULL ? provider.data : "-");

  jdg_report_judgement_count(&count, report);
  for (i = 0; i < count; ++i) {
    const jdg_judgement *j = NULL;
    jdg_string area, grade, scale;
    jdg_band band;
    int code = 0, has_code = 0;
    jdg_report_judgement(&j, report, i);
    jdg_judgement_area(&area, j);
    jdg_judgement_grade(&grade, j);
    jdg_judgement_code(&code, &has_code, j);
    jdg_judgement_scale(&scale, j);
    jdg_judgement_band(&band, j);
    printf("  %.*s\n    %.*s", VIEW(area), VIEW(grade));
    if (has_code) printf(" (%d)", code);
    printf(", scale %.*s, band %s\n", VIEW(scale), jdg_band_string(band));
  }

  jdg_report_free(report);
  return 0;
}
