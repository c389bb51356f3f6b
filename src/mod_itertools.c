// The itertools module, first half: the infinite iterators (count, cycle, repeat) and the
// iterators that filter or combine their inputs one item at a time (accumulate, chain,
// compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest).
// groupby, tee and the combinatoric iterators are in mod_itertools2.c. Every type sets
// iternext, so for loops step them with one indirect call; each keeps CPython's argument
// errors and, for count and repeat, its reprs.
#include "gc.h"
#include "itertools.h"
#include "modules.h"

// ---------------------------------------------------------------- shared helpers

TwObject *tw_itertools_alloc(TwValue clsv, size_t size) {
    TwType *cls = TW_OBJ(clsv, TwType);
    return tw_gc_alloc(cls, cls->basic_size > size ? cls->basic_size : size);
}

TwValue tw_itertools_iter_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

TwValue tw_itertools_next(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(argv[0]);
    while (t && !t->iternext) {   // a heap subclass: its builtin base steps it
        t = t->base;
    }
    if (!t) {
        return tw_error(&tw_type_TypeError, "'%T' object is not an iterator", argv[0]);
    }
    TwValue v = t->iternext(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

int tw_itertools_no_kwargs(TwValue cls, TwType *own, const char *name, TwValue kwnames) {
    if (TW_OBJ(cls, TwType) == own && kwnames && tw_tuple_size(kwnames) > 0) {
        tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

int tw_itertools_npos(int argc, TwValue kwnames) {
    return argc - (kwnames ? (int)tw_tuple_size(kwnames) : 0);
}

int tw_itertools_arity(const char *name, int n, int min, int max) {
    if (n >= min && n <= max) {
        return 0;
    }
    int want = n < min ? min : max;
    tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name,
             min == max ? "" : n < min ? "at least " : "at most ", want, want == 1 ? "" : "s", n);
    return -1;
}

#define alloc_it tw_itertools_alloc
#define no_kwargs tw_itertools_no_kwargs
#define npos_of tw_itertools_npos
#define arity tw_itertools_arity

static inline TwValue step(TwValue it) {
    TwValue (*next)(TwValue) = tw_type_of(it)->iternext;
    return next ? next(it) : tw_next(it);
}

#define ITER_METHODS                                                         \
    {"__iter__", tw_itertools_iter_self, 1, 1, TW_BUILTIN_METHOD},          \
    {"__next__", tw_itertools_next, 1, 1, TW_BUILTIN_METHOD}

// ---------------------------------------------------------------- count

typedef struct Count {
    TwObject hdr;
    TwValue cnt, step;   // any numbers; small ints add without the protocol
} Count;

static TwType count_type;

static void count_trace(TwObject *self) {
    tw_gc_mark(((Count *)self)->cnt);
    tw_gc_mark(((Count *)self)->step);
}

// PyNumber_Check: ints, floats, complex, and whatever has __index__, __int__ or __float__.
static bool is_number(TwValue v) {
    if (tw_is_intlike(v) || tw_is_floatlike(v) || tw_isinstance_type(v, &tw_type_complex)) {
        return true;
    }
    TwType *t = tw_type_of(v);
    return tw_type_lookup(t, TW_NAME(__index__)) || tw_type_lookup(t, TW_NAME(__int__)) ||
           tw_type_lookup(t, TW_NAME(__float__));
}

static TwValue count_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"start", "step"};
    TwValue a[2];
    if (tw_parse_args("count", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1]))) {
        return tw_error(&tw_type_TypeError, "a number is required");
    }
    Count *c = (Count *)alloc_it(argv[0], sizeof(Count));
    if (!c) {
        return TW_NULL;
    }
    c->cnt = a[0] ? a[0] : tw_from_small_int(0);
    c->step = a[1] ? a[1] : tw_from_small_int(1);
    return tw_from_obj(c);
}

static TwValue count_next(TwValue self) {
    Count *c = TW_OBJ(self, Count);
    TwValue v = c->cnt;
    TwValue n;
    if (tw_is_int(v) && tw_is_int(c->step)) {
        n = tw_int_from_i64(tw_as_int(v) + tw_as_int(c->step));   // both 48-bit: no overflow
    } else {
        n = tw_binop(TW_OP_ADD, v, c->step);
    }
    if (!n) {
        return TW_NULL;
    }
    c->cnt = n;
    return v;
}

static TwValue count_repr(int argc, TwValue *argv, TwValue kwnames) {
    Count *c = TW_OBJ(argv[0], Count);
    TwValue name = tw_type_name(tw_type_of(argv[0]));
    TwValue s = c->step;
    if (tw_is_int(s) && tw_as_int(s) == 1) {
        return tw_str_fmt("%U(%R)", name, c->cnt);
    }
    return tw_str_fmt("%U(%R, %R)", name, c->cnt, s);
}

static const TwMethodDef count_methods[] = {
    {"__new__", count_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {"__repr__", count_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType count_type = {
    .c_name = "itertools.count", .basic_size = sizeof(Count), .flags = TW_TYPE_BASETYPE,
    .trace = count_trace, .iternext = count_next,
};

// ---------------------------------------------------------------- cycle

typedef struct Cycle {
    TwObject hdr;
    TwValue it;          // TW_NULL once the first pass is over
    TwValue saved;       // list of the items of the first pass
    size_t index;        // next item of saved to replay
} Cycle;

static TwType cycle_type;

static void cycle_trace(TwObject *self) {
    tw_gc_mark(((Cycle *)self)->it);
    tw_gc_mark(((Cycle *)self)->saved);
}

static TwValue cycle_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_kwargs(argv[0], &cycle_type, "cycle", kwnames) < 0 || arity("cycle", npos_of(argc - 1, kwnames), 1, 1) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[1]);
    TwValue saved = it ? tw_list_new(0) : TW_NULL;
    if (!saved) {
        return TW_NULL;
    }
    Cycle *c = (Cycle *)alloc_it(argv[0], sizeof(Cycle));
    if (!c) {
        return TW_NULL;
    }
    c->it = it;
    c->saved = saved;
    return tw_from_obj(c);
}

static TwValue cycle_next(TwValue self) {
    Cycle *c = TW_OBJ(self, Cycle);
    if (c->it) {
        TwValue v = step(c->it);
        if (v) {
            return tw_list_append(c->saved, v) < 0 ? TW_NULL : v;
        }
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        c->it = TW_NULL;
    }
    size_t n = tw_list_size(c->saved);
    if (n == 0) {
        return TW_NULL;
    }
    if (c->index >= n) {
        c->index = 0;
    }
    return tw_list_items(c->saved)[c->index++];
}

static const TwMethodDef cycle_methods[] = {
    {"__new__", cycle_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType cycle_type = {
    .c_name = "itertools.cycle", .basic_size = sizeof(Cycle), .flags = TW_TYPE_BASETYPE,
    .trace = cycle_trace, .iternext = cycle_next,
};

// ---------------------------------------------------------------- repeat

typedef struct Repeat {
    TwObject hdr;
    TwValue element;
    int64_t cnt;         // -1: forever
} Repeat;

static void repeat_trace(TwObject *self) {
    tw_gc_mark(((Repeat *)self)->element);
}

static TwValue repeat_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"object", "times"};
    TwValue a[2];
    if (tw_parse_args("repeat", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    int64_t cnt = -1;
    if (a[1]) {
        if (tw_index_as_ssize(a[1], &cnt) < 0) {
            return TW_NULL;
        }
        if (cnt < 0) {
            cnt = 0;
        }
    }
    Repeat *r = (Repeat *)alloc_it(argv[0], sizeof(Repeat));
    if (!r) {
        return TW_NULL;
    }
    r->element = a[0];
    r->cnt = cnt;
    return tw_from_obj(r);
}

static TwValue repeat_next(TwValue self) {
    Repeat *r = TW_OBJ(self, Repeat);
    if (r->cnt == 0) {
        return TW_NULL;
    }
    if (r->cnt > 0) {
        r->cnt--;
    }
    return r->element;
}

static TwValue repeat_repr(int argc, TwValue *argv, TwValue kwnames) {
    Repeat *r = TW_OBJ(argv[0], Repeat);
    TwValue name = tw_type_name(tw_type_of(argv[0]));
    if (r->cnt < 0) {
        return tw_str_fmt("%U(%R)", name, r->element);
    }
    return tw_str_fmt("%U(%R, %lld)", name, r->element, (long long)r->cnt);
}

static TwValue repeat_length_hint(int argc, TwValue *argv, TwValue kwnames) {
    Repeat *r = TW_OBJ(argv[0], Repeat);
    if (r->cnt < 0) {
        return tw_error(&tw_type_TypeError, "len() of unsized object");
    }
    return tw_int_from_i64(r->cnt);
}

static const TwMethodDef repeat_methods[] = {
    {"__new__", repeat_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {"__repr__", repeat_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", repeat_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType repeat_type = {
    .c_name = "itertools.repeat", .basic_size = sizeof(Repeat), .flags = TW_TYPE_BASETYPE,
    .trace = repeat_trace, .iternext = repeat_next,
};

// ---------------------------------------------------------------- accumulate

typedef struct Accumulate {
    TwObject hdr;
    TwValue it;
    TwValue func;        // TW_NULL: addition
    TwValue total;       // TW_NULL before the first item
    TwValue initial;     // yielded first, then TW_NULL
} Accumulate;

static void accumulate_trace(TwObject *self) {
    Accumulate *a = (Accumulate *)self;
    tw_gc_mark(a->it);
    tw_gc_mark(a->func);
    tw_gc_mark(a->total);
    tw_gc_mark(a->initial);
}

static TwValue accumulate_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable", "func", "initial"};
    TwValue a[3];
    if (tw_parse_args("accumulate", argc - 1, argv + 1, kwnames, names, 3, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(a[0]);
    if (!it) {
        return TW_NULL;
    }
    Accumulate *acc = (Accumulate *)alloc_it(argv[0], sizeof(Accumulate));
    if (!acc) {
        return TW_NULL;
    }
    acc->it = it;
    acc->func = a[1] == TW_NONE ? TW_NULL : a[1];
    acc->initial = a[2] == TW_NONE ? TW_NULL : a[2];
    return tw_from_obj(acc);
}

static TwValue accumulate_next(TwValue self) {
    Accumulate *a = TW_OBJ(self, Accumulate);
    if (a->initial) {
        a->total = a->initial;
        a->initial = TW_NULL;
        return a->total;
    }
    TwValue v = step(a->it);
    if (!v) {
        return TW_NULL;
    }
    if (a->total) {
        v = a->func ? tw_call2(a->func, a->total, v) : tw_binop(TW_OP_ADD, a->total, v);
        if (!v) {
            return TW_NULL;
        }
    }
    a->total = v;
    return v;
}

static const TwMethodDef accumulate_methods[] = {
    {"__new__", accumulate_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType accumulate_type = {
    .c_name = "itertools.accumulate", .basic_size = sizeof(Accumulate), .flags = TW_TYPE_BASETYPE,
    .trace = accumulate_trace, .iternext = accumulate_next,
};

// ---------------------------------------------------------------- chain

typedef struct Chain {
    TwObject hdr;
    TwValue source;      // iterator over the iterables; TW_NULL when done
    TwValue active;      // iterator of the current iterable, or TW_NULL
} Chain;

static TwType chain_type;

static void chain_trace(TwObject *self) {
    tw_gc_mark(((Chain *)self)->source);
    tw_gc_mark(((Chain *)self)->active);
}

static TwValue chain_make(TwValue cls, TwValue source) {
    Chain *c = (Chain *)alloc_it(cls, sizeof(Chain));
    if (!c) {
        return TW_NULL;
    }
    c->source = source;
    return tw_from_obj(c);
}

static TwValue chain_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_kwargs(argv[0], &chain_type, "chain", kwnames) < 0) {
        return TW_NULL;
    }
    TwValue args = tw_tuple_from((size_t)npos_of(argc - 1, kwnames), argv + 1);
    TwValue source = args ? tw_iter(args) : TW_NULL;
    return source ? chain_make(argv[0], source) : TW_NULL;
}

static TwValue chain_from_iterable(int argc, TwValue *argv, TwValue kwnames) {
    TwValue source = tw_iter(argv[1]);
    return source ? chain_make(argv[0], source) : TW_NULL;
}

static TwValue chain_next(TwValue self) {
    Chain *c = TW_OBJ(self, Chain);
    while (c->source) {
        if (!c->active) {
            TwValue iterable = step(c->source);
            if (!iterable) {
                c->source = TW_NULL;
                return TW_NULL;
            }
            c->active = tw_iter(iterable);
            if (!c->active) {
                return TW_NULL;
            }
        }
        TwValue v = step(c->active);
        if (v || tw_error_occurred()) {
            return v;
        }
        c->active = TW_NULL;
    }
    return TW_NULL;
}

static const TwMethodDef chain_methods[] = {
    {"__new__", chain_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {"from_iterable", chain_from_iterable, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {NULL},
};

static TwType chain_type = {
    .c_name = "itertools.chain", .basic_size = sizeof(Chain), .flags = TW_TYPE_BASETYPE,
    .trace = chain_trace, .iternext = chain_next,
};

// ---------------------------------------------------------------- compress

typedef struct Compress {
    TwObject hdr;
    TwValue data, selectors;
} Compress;

static void compress_trace(TwObject *self) {
    tw_gc_mark(((Compress *)self)->data);
    tw_gc_mark(((Compress *)self)->selectors);
}

static TwValue compress_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"data", "selectors"};
    TwValue a[2];
    if (tw_parse_args("compress", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 2, a) < 0) {
        return TW_NULL;
    }
    TwValue data = tw_iter(a[0]);
    TwValue sel = data ? tw_iter(a[1]) : TW_NULL;
    if (!sel) {
        return TW_NULL;
    }
    Compress *c = (Compress *)alloc_it(argv[0], sizeof(Compress));
    if (!c) {
        return TW_NULL;
    }
    c->data = data;
    c->selectors = sel;
    return tw_from_obj(c);
}

static TwValue compress_next(TwValue self) {
    Compress *c = TW_OBJ(self, Compress);
    for (;;) {
        TwValue d = step(c->data);
        if (!d) {
            return TW_NULL;
        }
        TwValue s = step(c->selectors);
        if (!s) {
            return TW_NULL;
        }
        int r = tw_truthy(s);
        if (r < 0) {
            return TW_NULL;
        }
        if (r) {
            return d;
        }
    }
}

static const TwMethodDef compress_methods[] = {
    {"__new__", compress_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType compress_type = {
    .c_name = "itertools.compress", .basic_size = sizeof(Compress), .flags = TW_TYPE_BASETYPE,
    .trace = compress_trace, .iternext = compress_next,
};

// ---------------------------------------------------------------- dropwhile, takewhile, filterfalse, starmap

// The four share a layout: a function and an iterator.
typedef struct FuncIter {
    TwObject hdr;
    TwValue func;
    TwValue it;
    bool flag;           // dropwhile: done dropping; takewhile: stopped
} FuncIter;

static TwType dropwhile_type, takewhile_type, filterfalse_type, starmap_type;

static void funciter_trace(TwObject *self) {
    tw_gc_mark(((FuncIter *)self)->func);
    tw_gc_mark(((FuncIter *)self)->it);
}

static TwValue funciter_new(TwType *own, const char *name, int argc, TwValue *argv, TwValue kwnames) {
    if (no_kwargs(argv[0], own, name, kwnames) < 0 || arity(name, npos_of(argc - 1, kwnames), 2, 2) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[2]);
    if (!it) {
        return TW_NULL;
    }
    FuncIter *f = (FuncIter *)alloc_it(argv[0], sizeof(FuncIter));
    if (!f) {
        return TW_NULL;
    }
    f->func = argv[1];
    f->it = it;
    return tw_from_obj(f);
}

static TwValue dropwhile_new(int argc, TwValue *argv, TwValue kwnames) {
    return funciter_new(&dropwhile_type, "dropwhile", argc, argv, kwnames);
}

static TwValue takewhile_new(int argc, TwValue *argv, TwValue kwnames) {
    return funciter_new(&takewhile_type, "takewhile", argc, argv, kwnames);
}

static TwValue filterfalse_new(int argc, TwValue *argv, TwValue kwnames) {
    return funciter_new(&filterfalse_type, "filterfalse", argc, argv, kwnames);
}

static TwValue starmap_new(int argc, TwValue *argv, TwValue kwnames) {
    return funciter_new(&starmap_type, "starmap", argc, argv, kwnames);
}

// truth of func(v): 1, 0, -1
static int call_pred(TwValue func, TwValue v) {
    TwValue r = tw_call1(func, v);
    return r ? tw_truthy(r) : -1;
}

static TwValue dropwhile_next(TwValue self) {
    FuncIter *f = TW_OBJ(self, FuncIter);
    for (;;) {
        TwValue v = step(f->it);
        if (!v || f->flag) {
            return v;
        }
        int r = call_pred(f->func, v);
        if (r < 0) {
            return TW_NULL;
        }
        if (!r) {
            f->flag = true;
            return v;
        }
    }
}

static TwValue takewhile_next(TwValue self) {
    FuncIter *f = TW_OBJ(self, FuncIter);
    if (f->flag) {
        return TW_NULL;
    }
    TwValue v = step(f->it);
    if (!v) {
        return TW_NULL;
    }
    int r = call_pred(f->func, v);
    if (r < 0) {
        return TW_NULL;
    }
    if (r) {
        return v;
    }
    f->flag = true;
    return TW_NULL;
}

static TwValue filterfalse_next(TwValue self) {
    FuncIter *f = TW_OBJ(self, FuncIter);
    bool plain = f->func == TW_NONE || f->func == tw_from_obj(&tw_type_bool);
    for (;;) {
        TwValue v = step(f->it);
        if (!v) {
            return TW_NULL;
        }
        int r = plain ? tw_truthy(v) : call_pred(f->func, v);
        if (r < 0) {
            return TW_NULL;
        }
        if (!r) {
            return v;
        }
    }
}

static TwValue starmap_next(TwValue self) {
    FuncIter *f = TW_OBJ(self, FuncIter);
    TwValue args = step(f->it);
    if (!args) {
        return TW_NULL;
    }
    if (!tw_is_type(args, &tw_type_tuple)) {
        args = tw_tuple_from_iterable(args);
        if (!args) {
            return TW_NULL;
        }
    }
    return tw_call(f->func, (int)tw_tuple_size(args), tw_tuple_items(args), TW_NULL);
}

static const TwMethodDef dropwhile_methods[] = {
    {"__new__", dropwhile_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef takewhile_methods[] = {
    {"__new__", takewhile_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef filterfalse_methods[] = {
    {"__new__", filterfalse_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef starmap_methods[] = {
    {"__new__", starmap_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};

static TwType dropwhile_type = {
    .c_name = "itertools.dropwhile", .basic_size = sizeof(FuncIter), .flags = TW_TYPE_BASETYPE,
    .trace = funciter_trace, .iternext = dropwhile_next,
};
static TwType takewhile_type = {
    .c_name = "itertools.takewhile", .basic_size = sizeof(FuncIter), .flags = TW_TYPE_BASETYPE,
    .trace = funciter_trace, .iternext = takewhile_next,
};
static TwType filterfalse_type = {
    .c_name = "itertools.filterfalse", .basic_size = sizeof(FuncIter), .flags = TW_TYPE_BASETYPE,
    .trace = funciter_trace, .iternext = filterfalse_next,
};
static TwType starmap_type = {
    .c_name = "itertools.starmap", .basic_size = sizeof(FuncIter), .flags = TW_TYPE_BASETYPE,
    .trace = funciter_trace, .iternext = starmap_next,
};

// ---------------------------------------------------------------- islice

typedef struct ISlice {
    TwObject hdr;
    TwValue it;          // TW_NULL once exhausted
    int64_t next;        // index of the next item to return
    int64_t stop;        // -1: no stop
    int64_t step;
    int64_t cnt;         // items consumed so far
} ISlice;

static TwType islice_type;

static void islice_trace(TwObject *self) {
    tw_gc_mark(((ISlice *)self)->it);
}

// None (keep *out) or an index as a non-negative ssize; -1 with no error set when the
// value is unusable (CPython clears the conversion error and reports its own).
static void islice_index(TwValue v, int64_t *out) {
    if (v == TW_NONE) {
        return;
    }
    if (tw_index_as_ssize(v, out) < 0) {
        tw_error_clear();
        *out = -1;
    }
}

static TwValue islice_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_kwargs(argv[0], &islice_type, "islice", kwnames) < 0) {
        return TW_NULL;
    }
    int n = npos_of(argc - 1, kwnames);
    if (arity("islice", n, 2, 4) < 0) {
        return TW_NULL;
    }
    int64_t start = 0, stop = -1, stp = 1;
    static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (n == 2) {
        if (argv[2] != TW_NONE) {
            islice_index(argv[2], &stop);
            if (stop == -1) {
                return tw_error(&tw_type_ValueError, stop_msg);
            }
        }
    } else {
        islice_index(argv[2], &start);
        if (argv[3] != TW_NONE) {
            islice_index(argv[3], &stop);
            if (stop == -1) {
                return tw_error(&tw_type_ValueError, stop_msg);
            }
        }
    }
    if (start < 0 || stop < -1) {
        return tw_error(&tw_type_ValueError,
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (n == 4) {
        islice_index(argv[4], &stp);
    }
    if (stp < 1) {
        return tw_error(&tw_type_ValueError, "Step for islice() must be a positive integer or None.");
    }
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        return TW_NULL;
    }
    ISlice *s = (ISlice *)alloc_it(argv[0], sizeof(ISlice));
    if (!s) {
        return TW_NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = stp;
    return tw_from_obj(s);
}

static TwValue islice_next(TwValue self) {
    ISlice *s = TW_OBJ(self, ISlice);
    if (!s->it) {
        return TW_NULL;
    }
    while (s->cnt < s->next) {
        TwValue skipped = step(s->it);
        if (!skipped) {
            s->it = TW_NULL;
            return TW_NULL;
        }
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        s->it = TW_NULL;
        return TW_NULL;
    }
    TwValue v = step(s->it);
    if (!v) {
        s->it = TW_NULL;
        return TW_NULL;
    }
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) {
        s->next = s->stop;
    }
    return v;
}

static const TwMethodDef islice_methods[] = {
    {"__new__", islice_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType islice_type = {
    .c_name = "itertools.islice", .basic_size = sizeof(ISlice), .flags = TW_TYPE_BASETYPE,
    .trace = islice_trace, .iternext = islice_next,
};

// ---------------------------------------------------------------- pairwise

typedef struct Pairwise {
    TwObject hdr;
    TwValue it;          // TW_NULL once exhausted
    TwValue old;         // the previous item, TW_NULL before the first
} Pairwise;

static TwType pairwise_type;

static void pairwise_trace(TwObject *self) {
    tw_gc_mark(((Pairwise *)self)->it);
    tw_gc_mark(((Pairwise *)self)->old);
}

static TwValue pairwise_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_kwargs(argv[0], &pairwise_type, "pairwise", kwnames) < 0 ||
        arity("pairwise", npos_of(argc - 1, kwnames), 1, 1) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        return TW_NULL;
    }
    Pairwise *p = (Pairwise *)alloc_it(argv[0], sizeof(Pairwise));
    if (!p) {
        return TW_NULL;
    }
    p->it = it;
    return tw_from_obj(p);
}

static TwValue pairwise_next(TwValue self) {
    Pairwise *p = TW_OBJ(self, Pairwise);
    if (!p->it) {
        return TW_NULL;
    }
    if (!p->old) {
        p->old = step(p->it);
        if (!p->old) {
            p->it = TW_NULL;
            return TW_NULL;
        }
    }
    TwValue v = step(p->it);
    if (!v) {
        p->it = TW_NULL;
        p->old = TW_NULL;
        return TW_NULL;
    }
    TwValue r = tw_tuple_pack(2, p->old, v);
    p->old = v;
    return r;
}

static const TwMethodDef pairwise_methods[] = {
    {"__new__", pairwise_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType pairwise_type = {
    .c_name = "itertools.pairwise", .basic_size = sizeof(Pairwise), .flags = TW_TYPE_BASETYPE,
    .trace = pairwise_trace, .iternext = pairwise_next,
};

// ---------------------------------------------------------------- zip_longest

typedef struct ZipLongest {
    TwObject hdr;
    TwValue iters;       // tuple; an exhausted iterator's slot becomes TW_NULL
    TwValue fill;
    size_t active;
} ZipLongest;

static void ziplongest_trace(TwObject *self) {
    ZipLongest *z = (ZipLongest *)self;
    tw_gc_mark(z->iters);
    tw_gc_mark(z->fill);
}

static TwValue ziplongest_new(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    TwValue fill = TW_NONE;
    if (nkw) {
        if (nkw != 1 || !tw_str_eq_c(tw_tuple_items(kwnames)[0], "fillvalue")) {
            return tw_error(&tw_type_TypeError, "zip_longest() got an unexpected keyword argument");
        }
        fill = argv[1 + npos];
    }
    TwValue iters = tw_tuple_new((size_t)npos);
    if (!iters) {
        return TW_NULL;
    }
    for (int i = 0; i < npos; i++) {
        TwValue it = tw_iter(argv[1 + i]);
        if (!it) {
            return TW_NULL;
        }
        tw_tuple_items(iters)[i] = it;
    }
    ZipLongest *z = (ZipLongest *)alloc_it(argv[0], sizeof(ZipLongest));
    if (!z) {
        return TW_NULL;
    }
    z->iters = iters;
    z->fill = fill;
    z->active = (size_t)npos;
    return tw_from_obj(z);
}

static TwValue ziplongest_next(TwValue self) {
    ZipLongest *z = TW_OBJ(self, ZipLongest);
    size_t n = tw_tuple_size(z->iters);
    if (n == 0 || z->active == 0) {
        return TW_NULL;
    }
    TwValue t = tw_tuple_new(n);
    if (!t) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue it = tw_tuple_items(z->iters)[i];
        TwValue v = z->fill;
        if (it) {
            v = step(it);
            if (!v) {
                z->active--;
                if (z->active == 0 || tw_error_occurred()) {
                    z->active = 0;
                    return TW_NULL;
                }
                v = z->fill;
                tw_tuple_items(z->iters)[i] = TW_NULL;
            }
        }
        tw_tuple_items(t)[i] = v;
    }
    return t;
}

static const TwMethodDef ziplongest_methods[] = {
    {"__new__", ziplongest_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static TwType ziplongest_type = {
    .c_name = "itertools.zip_longest", .basic_size = sizeof(ZipLongest), .flags = TW_TYPE_BASETYPE,
    .trace = ziplongest_trace, .iternext = ziplongest_next,
};

// ---------------------------------------------------------------- the module

int tw_itertools_add_types(TwValue module, TwType *const *types, const TwMethodDef *const *methods, size_t n) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    for (size_t i = 0; i < n; i++) {
        TwType *t = types[i];
        if (!t->version) {
            tw_type_init_builtin(t, t->c_name, &tw_type_object);
            tw_type_add_methods(t, methods[i]);
        }
        if (tw_dict_set(d, t->name, tw_from_obj(t)) < 0) {
            return -1;
        }
    }
    return 0;
}

static int itertools_module_init(TwValue module) {
    static TwType *const types[] = {
        &count_type, &cycle_type, &repeat_type, &accumulate_type, &chain_type, &compress_type,
        &dropwhile_type, &takewhile_type, &filterfalse_type, &starmap_type, &islice_type,
        &pairwise_type, &ziplongest_type,
    };
    static const TwMethodDef *const methods[] = {
        count_methods, cycle_methods, repeat_methods, accumulate_methods, chain_methods,
        compress_methods, dropwhile_methods, takewhile_methods, filterfalse_methods,
        starmap_methods, islice_methods, pairwise_methods, ziplongest_methods,
    };
    if (tw_itertools_add_types(module, types, methods, sizeof types / sizeof types[0]) < 0) {
        return -1;
    }
    return tw_itertools2_init_module(module);
}

void tw_itertools_init(void) {
    tw_module_register("itertools", itertools_module_init);
}
