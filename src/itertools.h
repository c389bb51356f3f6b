// Private interface between the two files of the itertools module (mod_itertools.c,
// mod_itertools2.c): allocation, the iterator dunders and CPython's argument checks.
#ifndef TW_ITERTOOLS_H
#define TW_ITERTOOLS_H

#include "obj.h"

// An instance of the class clsv (a subclass may need more than `size` bytes).
TwObject *tw_itertools_alloc(TwValue clsv, size_t size) TW_RAISES;
// __iter__ (self) and __next__ (the nearest builtin base's iternext, StopIteration at the end).
TwValue tw_itertools_iter_self(int argc, TwValue *argv, TwValue kwnames);
TwValue tw_itertools_next(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// "NAME() takes no keyword arguments" when cls is `own` itself and keywords were given.
int tw_itertools_no_kwargs(TwValue cls, TwType *own, const char *name, TwValue kwnames) TW_RAISES;
// Positional arguments among argc (argc minus the keywords).
int tw_itertools_npos(int argc, TwValue kwnames);
// "NAME expected [at least |at most ]N argument(s), got M" unless min <= n <= max.
int tw_itertools_arity(const char *name, int n, int min, int max) TW_RAISES;
// Set up the n types (once) with their method tables and add them to the module.
int tw_itertools_add_types(TwValue module, TwType *const *types, const TwMethodDef *const *methods,
                           size_t n) TW_RAISES;
// mod_itertools2.c's half of the module: groupby, tee, product, permutations, combinations.
int tw_itertools2_init_module(TwValue module) TW_RAISES;

#endif
