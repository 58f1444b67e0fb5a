// Whether the byte scans read sixteen bytes at a time (SSE2, which every x86-64 has) or take
// their plain path, a byte or eight at a time. Each scan that has an SSE2 path keeps a plain one
// that gives the same answers, for other processors; JUDGEMENT_PLAIN_SCAN (CMake option of the
// same name) builds the plain paths on x86-64 too, so that they are tested: the ThreadSanitizer
// build takes them, and its output over every sample and corpus document must equal the SSE2
// build's (./dev test).
#ifndef JUDGEMENT_SRC_SOURCE_SIMD_HPP
#define JUDGEMENT_SRC_SOURCE_SIMD_HPP

#if defined(__SSE2__) && !defined(JUDGEMENT_PLAIN_SCAN)
#define JUDGEMENT_SSE2 1
#include <emmintrin.h>
#else
#define JUDGEMENT_SSE2 0
#endif

#endif
