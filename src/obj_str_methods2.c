// str methods, part 2.
#include "gc.h"
#include "obj.h"
#include "text.h"

void tw_str_methods2_init(void) {
}
