// judgement: namespace and symbol-export macros shared by every public header.
#ifndef JUDGEMENT_CONFIG_HPP
#define JUDGEMENT_CONFIG_HPP

// Every public name lives in judgement::v1; the inline namespace lets a future v2 sit beside
// it in one process without clashing symbols.
#define JUDGEMENT_BEGIN_NAMESPACE \
  namespace judgement {           \
  inline namespace v1 {
#define JUDGEMENT_END_NAMESPACE \
  }                             \
  }

// JUDGEMENT_API marks what the library exports; everything else is hidden. A static build
// defines JUDGEMENT_STATIC for itself and its users (CMake does this), which empties it.
#if defined(JUDGEMENT_STATIC)
#define JUDGEMENT_API
#elif defined(_WIN32)
#if defined(JUDGEMENT_BUILDING)
#define JUDGEMENT_API __declspec(dllexport)
#else
#define JUDGEMENT_API __declspec(dllimport)
#endif
#else
#define JUDGEMENT_API __attribute__((visibility("default")))
#endif

#endif
