// Unicode character names for \N{...} escapes (placeholder until the generated table).
#include <stddef.h>
#include <string.h>

int tw_unicode_lookup_name(const char *name, size_t n);

int tw_unicode_lookup_name(const char *name, size_t n) {
    (void)name;
    (void)n;
    return -1;
}
