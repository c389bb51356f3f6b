// str methods, part 1.
#include "gc.h"
#include "obj.h"
#include "text.h"

void tw_str_methods_init(void) {
}
