/* Built with nothing but `pkg-config --cflags --libs judgement` against the installed tree: the
 * header and the library agree on the version, and a report parses through the shared library.
 *   c_consumer REPORT VERSION */
#include <stdio.h>
#include <string.h>

#include <judgement/judgement.h>

int main(int argc, char **argv) {
  jdg_report *report = NULL;
  size_t judgements = 0;
  if (argc != 3) return 2;
  if (jdg_version_number() != JDG_VERSION || strcmp(jdg_version_string(), argv[2]) != 0 ||
      jdg_abi_version() != JDG_ABI_VERSION) {
    fprintf(stderr, "c_consumer: library %s, header %s, pkg-config %s\n", jdg_version_string(), JDG_VERSION_STRING,
            argv[2]);
    return 1;
  }
  if (jdg_report_parse_file(&report, argv[1], NULL) != JDG_OK) {
    fprintf(stderr, "c_consumer: %s\n", jdg_last_error_message());
    return 1;
  }
  if (jdg_report_judgement_count(&judgements, report) != JDG_OK || judgements == 0) {
    fprintf(stderr, "c_consumer: no judgements\n");
    jdg_report_free(report);
    return 1;
  }
  jdg_report_free(report);
  printf("c_consumer: libjudgement %s read %zu judgements\n", jdg_version_string(), judgements);
  return 0;
}
