// The tracing copy of the bytecode loop: vm_body.inc with the tracing hooks compiled in.
#include "config.h"
#if TW_SETTRACE
#define VM_TRACING 1
#include "vm_body.inc"
#endif
