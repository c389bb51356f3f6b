// Private interface between the two files of the builtins module (mod_builtins.c,
// mod_builtins2.c): argument-count checks with CPython's wordings, and the second file's
// table of functions.
#ifndef TW_MOD_BUILTINS_H
#define TW_MOD_BUILTINS_H

#include "obj.h"

// "NAME expected [at least |at most ]N argument(s), got M" (CPython's _PyArg_CheckPositional).
int tw_builtins_arity(const char *name, int argc, int min, int max) TW_RAISES;
// "NAME() takes exactly one argument (M given)".
int tw_builtins_one_arg(const char *name, int argc) TW_RAISES;
// Number of positional arguments (argc minus keywords).
int tw_builtins_npos(int argc, TwValue kwnames);

// The table of functions defined in mod_builtins2.c (min, max, sum, sorted, pow, round,
// divmod, iter, next, dir), terminated by a NULL name; init sets up its private types.
const TwMethodDef *tw_builtins2_table(void);
void tw_builtins2_init(void);
// Register the `traceback` module (print_exc, format_exc, print_exception, ...), which
// shares the exception printer of traceback.c.
void tw_traceback_module_register(void);
// Add exit, quit, copyright, credits, license and help (mod_sitebuiltins.c) to the
// builtins dict d.
void tw_sitebuiltins_init(TwValue d);

#endif
