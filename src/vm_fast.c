// The fast copy of the bytecode loop: vm_body.inc with every tracing hook compiled out.
#include "config.h"
#if !TW_SINGLE_VM
#define VM_TRACING 0
#include "vm_body.inc"
#endif
