// The virtual machine: frames, the thread state, calls, and the dispatcher that runs each
// frame in one of the two copies of the bytecode loop (vm_fast.c, vm_trace.c), both
// compiled from vm_body.inc.
#ifndef TW_VM_H
#define TW_VM_H

#include "obj.h"

typedef struct TwFrame TwFrame;   // defined in vm.c's private section of this header below

// Everything per-thread (twinpy runs one thread): exceptions, frames, limits, tracing.
typedef struct TwThreadState {
    TwValue curexc;            // the exception being raised (TW_NULL if none)
    TwValue handled;           // the exception being handled (sys.exc_info()), or TW_NULL
    TwFrame *frame;            // innermost running frame
    int depth;                 // Python call depth (frames), for RecursionError
    int recursion_limit;       // sys.setrecursionlimit, default 1000
    int c_depth;               // C recursion depth (repr/eq of nested containers, etc.)
    volatile int eval_breaker; // nonzero: something (signal, tracing switch) needs attention
    volatile int pending_signal;
    TwValue trace_func;        // sys.settrace function or TW_NULL
    TwValue profile_func;      // sys.setprofile function or TW_NULL
    bool tracing;              // inside a trace/profile function: no events
} TwThreadState;

extern TwThreadState tw_ts;

// The interpreter-wide objects.
typedef struct TwInterp {
    TwValue builtins;          // the builtins module's dict
    TwValue builtins_module;
    TwValue modules;           // sys.modules (dict)
    TwValue sys;               // the sys module
    TwValue main_dict;         // __main__'s dict
} TwInterp;
extern TwInterp tw_interp;

// Run a module-level code object with the given globals (and locals dict, TW_NULL to
// use globals). Returns the value of the code (None for modules) or TW_NULL on error.
TwValue tw_vm_run(TwCode *code, TwValue globals, TwValue locals) TW_RAISES;

// Call a Python function object (also tw_type_function's `call` hook).
TwValue tw_function_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;

// Run a function's code with `locals` as its locals dict (class bodies, called by
// __build_class__). Returns the body's return value (the __class__ cell or None).
TwValue tw_vm_call_with_locals(TwValue func, TwValue locals) TW_RAISES;

// C code about to recurse (repr of nested lists, ...): RecursionError past the limit.
int tw_enter_recursive_call(const char *where) TW_RAISES;
void tw_leave_recursive_call(void);

// For the builtins globals(), locals(), vars(), dir() and the defaults of exec/eval (written
// by the VM; mod_builtins.c has weak fallbacks until then). The innermost running Python
// frame's globals dict, or TW_NULL when no frame runs.
TwValue tw_vm_globals(void);
// The innermost running Python frame's locals: its locals dict for module and class
// frames, else a new dict snapshot of its fast locals and cells (unbound ones omitted).
TwValue tw_vm_locals(void) TW_RAISES;

void tw_vm_init(void);

#endif
