// Start-up and shut-down of the runtime, and the per-subsystem init functions it calls
// in order. Every obj_*/mod_* file exports one tw_<file>_init().
#ifndef TW_RUNTIME_H
#define TW_RUNTIME_H

#include "obj.h"

// Initialise everything: argv becomes sys.argv (argv[0] = script path, "-c", or "").
void tw_runtime_init(void *stack_bottom, int argc, char **argv);

void tw_names_init(void);     // names.c
void tw_type_init(void);      // obj_type.c: type, object, singletons, descriptors, super
void tw_int_init(void);       // obj_int.c: int, bool
void tw_float_init(void);     // obj_float.c
void tw_complex_init(void);   // obj_complex.c
void tw_str_init(void);       // obj_str.c (+ the files it spans)
void tw_bytes_init(void);     // obj_bytes.c
void tw_tuple_init(void);     // obj_tuple.c
void tw_list_init(void);      // obj_list.c
void tw_dict_init(void);      // obj_dict.c
void tw_set_init(void);       // obj_set.c
void tw_range_init(void);     // obj_range.c: range, slice
void tw_iter_init(void);      // obj_iter.c: iterators, enumerate, zip, map, filter, reversed
void tw_func_init(void);      // obj_func.c: function, code, cell, method, builtin
void tw_gen_init(void);       // obj_gen.c: generators
void tw_exc_init(void);       // obj_exc.c: the exception hierarchy, traceback
void tw_builtins_init(void);  // mod_builtins.c: the builtins module
// Command-line switches sys.flags shows (main.c fills them in before tw_runtime_init).
typedef struct TwSysOptions {
    int inspect;              // -i
    int ignore_environment;   // -E
    int isolated;             // -I
    int no_site;              // -S
    int no_user_site;         // -s
    int quiet;                // -q
} TwSysOptions;
extern TwSysOptions tw_sys_options;
void tw_sys_init(int argc, char **argv);   // mod_sys.c
// Report an uncaught exception through sys.excepthook (CPython's PyErr_Print): a failing
// hook's error is printed with the original exception. Returns 0, or -1 with SystemExit
// pending when the hook called sys.exit().
int tw_sys_report_exception(TwValue exc);
void tw_sys_init_late(void);  // mod_sys.c: sys.builtin_module_names, once every C module is registered
void tw_import_init(void);    // import.c: module type, sys.modules, sys.path, import machinery

#endif
