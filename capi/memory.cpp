// Memory the library allocated for the caller (JSON text) goes back through here, so a caller
// never has to know which allocator the library uses.
#include <cstdlib>

#include "internal.hpp"

extern "C" {

JDG_API void jdg_free(void* memory) { std::free(memory); }  // free() neither throws nor fails

}  // extern "C"
