#include "modules.h"
bool tw_array_buffer(TwValue v, uint8_t **data, size_t *size) { return false; }
void tw_array_init(void) {}
