# Runs the parse of the fixed input under callgrind and compares the instructions it took with
# the committed budget (tests/perf/budget.cmake). Called by ctest (tests/perf/CMakeLists.txt):
#   cmake -DVALGRIND=... -DPROGRAM=... -DINPUTS=a|b|c -DBUDGET=N -DMARGIN=P -DBUILD_TYPE=T
#         -DOUT_DIR=dir -P check_budget.cmake
# Says "skipped" (ctest reports the test skipped) without valgrind or without a budget for the
# build type.
if(NOT VALGRIND)
  message("perf.instruction_budget: skipped: valgrind is not installed (apt-get install valgrind)")
  return()
endif()
if(NOT BUDGET)
  message("perf.instruction_budget: skipped: no budget for build type '${BUILD_TYPE}' in tests/perf/budget.cmake")
  return()
endif()
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(out "${OUT_DIR}/callgrind.perf_budget.out")
# Only judgement::parse and what it calls are counted: reading the files and starting the
# program are not the parser's cost.
execute_process(
  COMMAND ${VALGRIND} --tool=callgrind "--callgrind-out-file=${out}" "--toggle-collect=judgement::v1::parse*"
          ${PROGRAM} ${INPUTS}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "perf.instruction_budget: the parse failed under valgrind (${rc}):\n${stdout}\n${stderr}")
endif()
if(NOT stderr MATCHES "Collected : ([0-9]+)")
  message(FATAL_ERROR "perf.instruction_budget: no instruction count in valgrind's output:\n${stderr}")
endif()
set(count ${CMAKE_MATCH_1})
# Integer arithmetic in per cent: fail above budget * (100 + margin) / 100.
math(EXPR limit "${BUDGET} / 100 * (100 + ${MARGIN})")
math(EXPR low "${BUDGET} / 100 * 85")
math(EXPR per_cent "${count} * 100 / ${BUDGET}" OUTPUT_FORMAT DECIMAL)
message("perf.instruction_budget: ${count} instructions in judgement::parse (${BUILD_TYPE}), "
        "${per_cent}% of the budget ${BUDGET}; the limit is ${limit} (+${MARGIN}%)")
message("  ${stdout}")
if(count GREATER limit)
  message(FATAL_ERROR "perf.instruction_budget: the parse of examples/reports/*.txt took ${count} instructions, "
                      "more than the budget ${BUDGET} + ${MARGIN}% (${limit}). Profile it "
                      "(callgrind_annotate --inclusive=yes ${out}) and fix the cause; raise "
                      "JUDGEMENT_PERF_BUDGET_${BUILD_TYPE} in tests/perf/budget.cmake only for work the parse must now do.")
endif()
if(count LESS low)
  message("perf.instruction_budget: well under budget: lower JUDGEMENT_PERF_BUDGET_${BUILD_TYPE} in "
          "tests/perf/budget.cmake to about ${count}, so that the guard keeps the gain.")
endif()
