# The linearity guard: each family of input (tests/perf/linear_inputs.cpp: report text, one long
# line, bullets, digits, a table, numbered paragraphs, random binary, NUL bytes, bad UTF-8,
# UTF-16) is parsed at SMALL and at 10 x SMALL bytes under callgrind, and the instructions
# judgement::parse takes must grow at most 11 times (the 10x input costing at most 11x). Counts,
# not seconds: the same on every run whatever the load, so the test cannot flake. Called by
# ctest (tests/perf/CMakeLists.txt):
#   cmake -DVALGRIND=... -DPROGRAM=... -DSAMPLES=a|b -DFAMILIES=x|y -DSMALL=N -DOUT_DIR=dir
#         -P check_linear.cmake
if(NOT VALGRIND)
  message("perf.linear: skipped: valgrind is not installed (apt-get install valgrind)")
  return()
endif()
string(REPLACE "|" ";" SAMPLES "${SAMPLES}")
string(REPLACE "|" ";" FAMILIES "${FAMILIES}")
math(EXPR large "${SMALL} * 10")

function(count_instructions family bytes out_var)
  set(out "${OUT_DIR}/callgrind.linear.${family}.${bytes}.out")
  execute_process(
    COMMAND ${VALGRIND} --tool=callgrind "--callgrind-out-file=${out}" "--toggle-collect=judgement::v1::parse*"
            ${PROGRAM} ${family} ${bytes} ${SAMPLES}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "perf.linear: the parse of ${family} (${bytes} bytes) failed under valgrind (${rc}):\n${stdout}\n${stderr}")
  endif()
  if(NOT stderr MATCHES "Collected : ([0-9]+)")
    message(FATAL_ERROR "perf.linear: no instruction count in valgrind's output:\n${stderr}")
  endif()
  set(${out_var} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()

set(failed "")
foreach(family IN LISTS FAMILIES)
  count_instructions(${family} ${SMALL} small_count)
  count_instructions(${family} ${large} large_count)
  # The growth in hundredths, in integers: 1100 is 11x.
  math(EXPR growth "${large_count} * 100 / ${small_count}")
  math(EXPR whole "${growth} / 100")
  math(EXPR part "${growth} % 100")
  if(part LESS 10)
    set(part "0${part}")
  endif()
  message("perf.linear: ${family}: ${small_count} instructions for ${SMALL} bytes, ${large_count} for ${large}: ${whole}.${part}x")
  if(growth GREATER 1100)
    list(APPEND failed "${family} (${whole}.${part}x)")
  endif()
endforeach()
if(failed)
  list(JOIN failed ", " failed)
  message(FATAL_ERROR "perf.linear: 10 times the input took more than 11 times the instructions for: ${failed}. "
                      "Something is worse than linear; profile it with callgrind_annotate --inclusive=yes on "
                      "${OUT_DIR}/callgrind.linear.<family>.${large}.out")
endif()
