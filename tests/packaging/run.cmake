# One step of the packaging test (tests/packaging/CMakeLists.txt); STEP is install, cmake or
# pkgconfig. Each step fails (FATAL_ERROR) with the output of the command that failed.
cmake_minimum_required(VERSION 3.22)
set(PREFIX ${WORK_DIR}/prefix)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

if(STEP STREQUAL "install")
  file(REMOVE_RECURSE ${PREFIX})
  run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX})
  # What a user of the package gets, and nothing of the build tree.
  file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
  if(SHARED)
    set(c_library lib/libjudgement.so)
  else()
    set(c_library lib/libjudgement.a)
  endif()
  foreach(expected include/judgement/judgement.h include/judgement/judgement.hpp include/judgement/report.hpp
          lib/libjudgement-cpp.a ${c_library} lib/pkgconfig/judgement.pc
          lib/cmake/judgement/judgementConfig.cmake lib/cmake/judgement/judgementConfigVersion.cmake
          lib/cmake/judgement/judgementTargets.cmake)
    if(NOT expected IN_LIST installed)
      message(FATAL_ERROR "not installed: ${expected}\ninstalled: ${installed}")
    endif()
  endforeach()
  if(SHARED)
    file(GLOB sonames ${PREFIX}/lib/libjudgement.so.*)
    if(NOT sonames)
      message(FATAL_ERROR "no versioned libjudgement.so.* installed")
    endif()
  endif()
  if(TOOLS)
    if(NOT bin/judgement IN_LIST installed)
      message(FATAL_ERROR "the judgement command is not installed\ninstalled: ${installed}")
    endif()
    run("the installed judgement command" ${PREFIX}/bin/judgement parse --format csv -o - ${REPORT})
    if(NOT run_output MATCHES "overall_effectiveness")
      message(FATAL_ERROR "the installed command printed no judgement:\n${run_output}")
    endif()
  endif()
  message(STATUS "installed ${PREFIX}")

elseif(STEP STREQUAL "cmake")
  set(build ${WORK_DIR}/cmake-consumer)
  file(REMOVE_RECURSE ${build})
  run("configure the find_package consumer" ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/packaging/cmake -B ${build}
      -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
      -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DJUDGEMENT_PREFIX=${PREFIX}
      -DJUDGEMENT_SOURCE_DIR=${SOURCE_DIR})
  run("build the find_package consumer" ${CMAKE_COMMAND} --build ${build})
  run("run the C++ consumer" ${build}/consumer)
  run("run the C example" ${build}/examples-c/example_print_judgements ${REPORT})
  if(NOT run_output MATCHES "Overall effectiveness")
    message(FATAL_ERROR "the C example printed no judgement:\n${run_output}")
  endif()
  message(STATUS "find_package(judgement) consumers built and ran")

elseif(STEP STREQUAL "pkgconfig")
  find_program(PKG_CONFIG pkg-config REQUIRED)
  set(ENV{PKG_CONFIG_PATH} ${PREFIX}/lib/pkgconfig)
  run("pkg-config --modversion" ${PKG_CONFIG} --modversion judgement)
  string(STRIP "${run_output}" version)
  # A static libjudgement.a needs what it links named too (Requires.private, Libs.private).
  set(static "")
  if(NOT SHARED)
    set(static --static)
  endif()
  run("pkg-config --cflags --libs" ${PKG_CONFIG} --cflags --libs ${static} judgement)
  separate_arguments(flags UNIX_COMMAND "${run_output}")
  # The flags point into the installed prefix (the .pc file finds it from its own place).
  set(include_dir "")
  foreach(flag IN LISTS flags)
    if(flag MATCHES "^-I(.*)")   # judgement's own comes first; a static build's dependencies follow
      file(REAL_PATH "${CMAKE_MATCH_1}" include_dir)
      break()
    endif()
  endforeach()
  file(REAL_PATH "${PREFIX}/include" expected_include)
  if(NOT include_dir STREQUAL expected_include)
    message(FATAL_ERROR "pkg-config gave an include directory outside the installed prefix: ${flags}")
  endif()
  set(program ${WORK_DIR}/pkgconfig-consumer)
  run("compile the C consumer with pkg-config's flags" ${C_COMPILER} -std=c11 -Wall -Wextra -Wpedantic -Werror
      ${SOURCE_DIR}/tests/packaging/c_consumer.c ${flags} -o ${program})
  run("run the C consumer" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${PREFIX}/lib ${program} ${REPORT} ${version})
  message(STATUS "${run_output}")
  if(SHARED)
    # As docs/c-api.md shows: with the library's folder as the program's rpath, it runs without
    # LD_LIBRARY_PATH.
    run("compile the C consumer with an rpath" ${C_COMPILER} -std=c11 ${SOURCE_DIR}/tests/packaging/c_consumer.c
        ${flags} -Wl,-rpath,${PREFIX}/lib -o ${program}-rpath)
    run("run the C consumer without LD_LIBRARY_PATH" ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH
        ${program}-rpath ${REPORT} ${version})
  endif()

else()
  message(FATAL_ERROR "unknown STEP '${STEP}'")
endif()
