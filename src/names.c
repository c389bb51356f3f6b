// Interned identifier strings for the C code, created from names.def at start-up.
#include "gc.h"
#include "obj.h"
#include "runtime.h"

TwValue tw_names[TW_NAME_COUNT_];

static const char *const name_texts[TW_NAME_COUNT_] = {
#define NAME(id) #id,
#include "names.def"
#undef NAME
};

void tw_names_init(void) {
    for (int i = 0; i < TW_NAME_COUNT_; i++) {
        tw_names[i] = tw_str_intern_c(name_texts[i]);
        tw_gc_add_root(&tw_names[i]);
    }
}
