// The itertools module, second half: groupby (and its _grouper), tee (_tee objects sharing
// a chain of _tee_dataobject blocks of buffered items) and the combinatoric iterators
// product, permutations, combinations and combinations_with_replacement, which step
// index arrays in CPython's order and build a new tuple per result.
#include <stdlib.h>

#include "gc.h"
#include "itertools.h"
#include "modules.h"

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

// ---------------------------------------------------------------- groupby

typedef struct GroupBy {
    TwObject hdr;
    TwValue it, keyfunc;     // keyfunc TW_NULL: the items are the keys
    TwValue tgtkey;          // key of the group last returned
    TwValue currkey, currvalue;   // the item read ahead (value TW_NULL once a grouper took it)
    TwValue currgrouper;     // the only grouper that may still yield
} GroupBy;

typedef struct Grouper {
    TwObject hdr;
    TwValue parent;
    TwValue tgtkey;
} Grouper;

static TwType groupby_type, grouper_type;

static void groupby_trace(TwObject *self) {
    GroupBy *g = (GroupBy *)self;
    tw_gc_mark(g->it);
    tw_gc_mark(g->keyfunc);
    tw_gc_mark(g->tgtkey);
    tw_gc_mark(g->currkey);
    tw_gc_mark(g->currvalue);
    tw_gc_mark(g->currgrouper);
}

static void grouper_trace(TwObject *self) {
    tw_gc_mark(((Grouper *)self)->parent);
    tw_gc_mark(((Grouper *)self)->tgtkey);
}

static TwValue groupby_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable", "key"};
    TwValue a[2];
    if (tw_parse_args("groupby", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(a[0]);
    if (!it) {
        return TW_NULL;
    }
    GroupBy *g = (GroupBy *)alloc_it(argv[0], sizeof(GroupBy));
    if (!g) {
        return TW_NULL;
    }
    g->it = it;
    g->keyfunc = a[1] == TW_NONE ? TW_NULL : a[1];
    return tw_from_obj(g);
}

// Read the next item and its key; -1 at the end (no error set) or on an error.
static int groupby_step(GroupBy *g) {
    TwValue v = step(g->it);
    if (!v) {
        return -1;
    }
    TwValue k = v;
    if (g->keyfunc) {
        k = tw_call1(g->keyfunc, v);
        if (!k) {
            return -1;
        }
    }
    g->currvalue = v;
    g->currkey = k;
    return 0;
}

static TwValue groupby_next(TwValue self) {
    GroupBy *g = TW_OBJ(self, GroupBy);
    g->currgrouper = TW_NULL;
    // skip what is left of the current group
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) {
                break;
            }
            int r = tw_eq(g->tgtkey, g->currkey);
            if (r < 0) {
                return TW_NULL;
            }
            if (!r) {
                break;
            }
        }
        if (groupby_step(g) < 0) {
            return TW_NULL;
        }
    }
    g->tgtkey = g->currkey;
    Grouper *gr = (Grouper *)tw_gc_alloc(&grouper_type, sizeof(Grouper));
    if (!gr) {
        return TW_NULL;
    }
    gr->parent = self;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = tw_from_obj(gr);
    return tw_tuple_pack(2, g->currkey, tw_from_obj(gr));
}

static TwValue grouper_next(TwValue self) {
    Grouper *gr = TW_OBJ(self, Grouper);
    GroupBy *g = TW_OBJ(gr->parent, GroupBy);
    if (g->currgrouper != self) {
        return TW_NULL;
    }
    if (!g->currvalue && groupby_step(g) < 0) {
        return TW_NULL;
    }
    int r = tw_eq(gr->tgtkey, g->currkey);
    if (r <= 0) {
        return TW_NULL;
    }
    TwValue v = g->currvalue;
    g->currvalue = TW_NULL;
    return v;
}

static const TwMethodDef groupby_methods[] = {
    {"__new__", groupby_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {NULL},
};

static const TwMethodDef grouper_methods[] = {ITER_METHODS, {NULL}};

static TwType groupby_type = {
    .c_name = "itertools.groupby", .basic_size = sizeof(GroupBy), .flags = TW_TYPE_BASETYPE,
    .trace = groupby_trace, .iternext = groupby_next,
};

static TwType grouper_type = {
    .c_name = "itertools._grouper", .basic_size = sizeof(Grouper),
    .trace = grouper_trace, .iternext = grouper_next,
};

// ---------------------------------------------------------------- tee

#define TEE_BLOCK 57

// One block of items read from the shared iterator; blocks are chained, and a block no
// tee refers to any more is garbage.
typedef struct TeeData {
    TwObject hdr;
    TwValue it;
    TwValue next;        // the following block, once some tee got there
    int n;               // items read into values
    bool running;        // inside it.__next__ (a re-entrant call is an error)
    TwValue values[TEE_BLOCK];
} TeeData;

typedef struct Tee {
    TwObject hdr;
    TwValue data;        // TeeData
    int index;           // next item in data
} Tee;

static TwType teedata_type, tee_type;

static void teedata_trace(TwObject *self) {
    TeeData *d = (TeeData *)self;
    tw_gc_mark(d->it);
    tw_gc_mark(d->next);
    tw_gc_mark_array(d->values, (size_t)d->n);
}

static void tee_trace(TwObject *self) {
    tw_gc_mark(((Tee *)self)->data);
}

static TwValue teedata_new(TwValue it) {
    TeeData *d = (TeeData *)tw_gc_alloc(&teedata_type, sizeof(TeeData));
    if (!d) {
        return TW_NULL;
    }
    d->it = it;
    return tw_from_obj(d);
}

static TwValue tee_make(TwValue data, int index) {
    Tee *t = (Tee *)tw_gc_alloc(&tee_type, sizeof(Tee));
    if (!t) {
        return TW_NULL;
    }
    t->data = data;
    t->index = index;
    return tw_from_obj(t);
}

// A tee over the iterator of `iterable`; a tee given one is copied.
static TwValue tee_from_iterable(TwValue iterable) {
    TwValue it = tw_iter(iterable);
    if (!it) {
        return TW_NULL;
    }
    if (tw_is_type(it, &tee_type)) {
        return tee_make(TW_OBJ(it, Tee)->data, TW_OBJ(it, Tee)->index);
    }
    TwValue data = teedata_new(it);
    return data ? tee_make(data, 0) : TW_NULL;
}

static TwValue tee_next(TwValue self) {
    Tee *t = TW_OBJ(self, Tee);
    TeeData *d = TW_OBJ(t->data, TeeData);
    if (t->index >= TEE_BLOCK) {
        if (!d->next) {
            d->next = teedata_new(d->it);
            if (!d->next) {
                return TW_NULL;
            }
        }
        t->data = d->next;
        t->index = 0;
        d = TW_OBJ(t->data, TeeData);
    }
    if (t->index < d->n) {
        return d->values[t->index++];
    }
    // this tee leads: read one more item
    if (d->running) {
        return tw_error(&tw_type_RuntimeError, "cannot re-enter the tee iterator");
    }
    d->running = true;
    TwValue v = step(d->it);
    d->running = false;
    if (!v) {
        return TW_NULL;
    }
    d->values[d->n++] = v;
    t->index++;
    return v;
}

static TwValue tee_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable"};
    TwValue a[1];
    if (tw_parse_args("_tee", argc - 1, argv + 1, kwnames, names, 1, 1, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return tee_from_iterable(a[0]);
}

static TwValue tee_copy(int argc, TwValue *argv, TwValue kwnames) {
    Tee *t = TW_OBJ(argv[0], Tee);
    return tee_make(t->data, t->index);
}

static const TwMethodDef tee_methods[] = {
    {"__new__", tee_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    ITER_METHODS,
    {"__copy__", tee_copy, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef teedata_methods[] = {{NULL}};

static TwType teedata_type = {
    .c_name = "itertools._tee_dataobject", .basic_size = sizeof(TeeData), .trace = teedata_trace,
};

static TwType tee_type = {
    .c_name = "itertools._tee", .basic_size = sizeof(Tee), .trace = tee_trace, .iternext = tee_next,
};

static TwValue itertools_tee(int argc, TwValue *argv, TwValue kwnames) {
    if (arity("tee", argc, 1, 2) < 0) {
        return TW_NULL;
    }
    int64_t n = 2;
    if (argc > 1 && tw_index_as_ssize(argv[1], &n) < 0) {
        return TW_NULL;
    }
    if (n < 0) {
        return tw_error(&tw_type_ValueError, "n must be >= 0");
    }
    TwValue result = tw_tuple_new((size_t)n);
    if (!result || n == 0) {
        return result;
    }
    TwValue it = tw_iter(argv[0]);
    if (!it) {
        return TW_NULL;
    }
    // An iterator with __copy__ (a tee, or anything else that can fork) is copied;
    // others are wrapped in a tee first.
    TwValue copyable = it;
    TwValue copyfunc = tw_getattr_opt(it, TW_NAME(__copy__));
    if (!copyfunc) {
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        copyable = tee_from_iterable(it);
        if (!copyable) {
            return TW_NULL;
        }
    }
    tw_tuple_items(result)[0] = copyable;
    for (int64_t i = 1; i < n; i++) {
        TwValue c;
        if (tw_is_type(copyable, &tee_type)) {
            c = tee_make(TW_OBJ(copyable, Tee)->data, TW_OBJ(copyable, Tee)->index);
        } else {
            c = tw_call0(copyfunc);
        }
        if (!c) {
            return TW_NULL;
        }
        tw_tuple_items(result)[i] = c;
    }
    return result;
}

// ---------------------------------------------------------------- combinatorics

// The state the four combinatoric iterators share: the pool(s), index arrays in malloc'd
// memory, and the previous result.
typedef struct Combo {
    TwObject hdr;
    TwValue pool;        // tuple (product: tuple of tuples, one per position)
    TwValue result;      // last result, TW_NULL before the first
    int64_t *indices;    // malloc'd: r entries (permutations: n)
    int64_t *cycles;     // permutations only: r entries
    int64_t r;
    bool stopped;
} Combo;

static TwType product_type, permutations_type, combinations_type, cwr_type;

static void combo_trace(TwObject *self) {
    tw_gc_mark(((Combo *)self)->pool);
    tw_gc_mark(((Combo *)self)->result);
}

static void combo_finalize(TwObject *self) {
    Combo *c = (Combo *)self;
    free(c->indices);
    free(c->cycles);
    c->indices = c->cycles = NULL;
}

static TwValue combo_alloc(TwValue cls, TwValue pool, int64_t r, size_t nindices, bool cycles) {
    Combo *c = (Combo *)alloc_it(cls, sizeof(Combo));
    if (!c) {
        return TW_NULL;
    }
    c->pool = pool;
    c->r = r;
    c->indices = calloc(nindices ? nindices : 1, sizeof(int64_t));
    c->cycles = cycles ? calloc(r ? (size_t)r : 1, sizeof(int64_t)) : NULL;
    if (!c->indices || (cycles && !c->cycles)) {
        return tw_error_nomem();
    }
    return tw_from_obj(c);
}

// A copy of the previous result to update (results handed out are never changed).
static TwValue next_result(Combo *c) {
    TwValue t = tw_tuple_from((size_t)c->r, tw_tuple_items(c->result));
    if (t) {
        c->result = t;
    }
    return t;
}

// product

static TwValue product_new(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    int64_t repeat = 1;
    if (nkw > 1) {
        return tw_error(&tw_type_TypeError, "product() takes at most 1 keyword argument (%d given)", nkw);
    }
    if (nkw == 1) {
        TwValue k = tw_tuple_items(kwnames)[0];
        if (!tw_str_eq_c(k, "repeat")) {
            return tw_error(&tw_type_TypeError, "'%S' is an invalid keyword argument for product()", k);
        }
        if (tw_index_as_ssize(argv[1 + npos], &repeat) < 0) {
            return TW_NULL;
        }
        if (repeat < 0) {
            return tw_error(&tw_type_ValueError, "repeat argument cannot be negative");
        }
    }
    if (npos && repeat > INT32_MAX / npos) {
        return tw_error(&tw_type_OverflowError, "repeat argument too large");
    }
    size_t npools = (size_t)npos * (size_t)repeat;
    TwValue pools = tw_tuple_new(npools);
    if (!pools) {
        return TW_NULL;
    }
    for (int i = 0; i < npos; i++) {
        TwValue p = tw_tuple_from_iterable(argv[1 + i]);
        if (!p) {
            return TW_NULL;
        }
        for (int64_t j = 0; j < repeat; j++) {
            tw_tuple_items(pools)[(size_t)j * (size_t)npos + (size_t)i] = p;
        }
    }
    return combo_alloc(argv[0], pools, (int64_t)npools, npools, false);
}

static TwValue product_next(TwValue self) {
    Combo *c = TW_OBJ(self, Combo);
    if (c->stopped) {
        return TW_NULL;
    }
    size_t npools = (size_t)c->r;
    TwValue *pools = tw_tuple_items(c->pool);
    if (!c->result) {
        TwValue t = tw_tuple_new(npools);
        if (!t) {
            return TW_NULL;
        }
        for (size_t i = 0; i < npools; i++) {
            if (tw_tuple_size(pools[i]) == 0) {
                c->stopped = true;
                return TW_NULL;
            }
            tw_tuple_items(t)[i] = tw_tuple_items(pools[i])[0];
        }
        c->result = t;
        return t;
    }
    TwValue t = next_result(c);
    if (!t) {
        return TW_NULL;
    }
    // the odometer: advance the rightmost pool, carrying leftwards on roll-over
    size_t i = npools;
    while (i-- > 0) {
        TwValue pool = pools[i];
        if (++c->indices[i] == (int64_t)tw_tuple_size(pool)) {
            c->indices[i] = 0;
            tw_tuple_items(t)[i] = tw_tuple_items(pool)[0];
        } else {
            tw_tuple_items(t)[i] = tw_tuple_items(pool)[c->indices[i]];
            return t;
        }
    }
    c->stopped = true;
    return TW_NULL;
}

// combinations and combinations_with_replacement: (iterable, r) with r >= 0.
static TwValue combo_args(const char *name, int argc, TwValue *argv, TwValue kwnames, TwValue *pool, int64_t *r) {
    static const char *const names[] = {"iterable", "r"};
    TwValue a[2];
    if (tw_parse_args(name, argc - 1, argv + 1, kwnames, names, 2, 0, 2, 2, a) < 0) {
        return TW_NULL;
    }
    *pool = tw_tuple_from_iterable(a[0]);
    if (!*pool || tw_index_as_ssize(a[1], r) < 0) {
        return TW_NULL;
    }
    if (*r < 0) {
        return tw_error(&tw_type_ValueError, "r must be non-negative");
    }
    return TW_TRUE;
}

static TwValue combinations_new(int argc, TwValue *argv, TwValue kwnames) {
    TwValue pool;
    int64_t r;
    if (!combo_args("combinations", argc, argv, kwnames, &pool, &r)) {
        return TW_NULL;
    }
    TwValue c = combo_alloc(argv[0], pool, r, (size_t)r, false);
    if (c) {
        Combo *co = TW_OBJ(c, Combo);
        for (int64_t i = 0; i < r; i++) {
            co->indices[i] = i;
        }
        co->stopped = r > (int64_t)tw_tuple_size(pool);
    }
    return c;
}

static TwValue combinations_next(TwValue self) {
    Combo *c = TW_OBJ(self, Combo);
    if (c->stopped) {
        return TW_NULL;
    }
    TwValue *pool = tw_tuple_items(c->pool);
    int64_t n = (int64_t)tw_tuple_size(c->pool), r = c->r;
    if (!c->result) {
        TwValue t = tw_tuple_from((size_t)r, pool);
        c->result = t;
        return t;
    }
    // the rightmost index not yet at its maximum (n - r + i)
    int64_t i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r) {
        i--;
    }
    if (i < 0) {
        c->stopped = true;
        return TW_NULL;
    }
    TwValue t = next_result(c);
    if (!t) {
        return TW_NULL;
    }
    c->indices[i]++;
    for (int64_t j = i + 1; j < r; j++) {
        c->indices[j] = c->indices[j - 1] + 1;
    }
    for (int64_t j = i; j < r; j++) {
        tw_tuple_items(t)[j] = pool[c->indices[j]];
    }
    return t;
}

static TwValue cwr_new(int argc, TwValue *argv, TwValue kwnames) {
    TwValue pool;
    int64_t r;
    if (!combo_args("combinations_with_replacement", argc, argv, kwnames, &pool, &r)) {
        return TW_NULL;
    }
    TwValue c = combo_alloc(argv[0], pool, r, (size_t)r, false);
    if (c) {
        TW_OBJ(c, Combo)->stopped = tw_tuple_size(pool) == 0 && r > 0;
    }
    return c;
}

static TwValue cwr_next(TwValue self) {
    Combo *c = TW_OBJ(self, Combo);
    if (c->stopped) {
        return TW_NULL;
    }
    TwValue *pool = tw_tuple_items(c->pool);
    int64_t n = (int64_t)tw_tuple_size(c->pool), r = c->r;
    if (!c->result) {
        TwValue t = tw_tuple_new((size_t)r);
        if (!t) {
            return TW_NULL;
        }
        for (int64_t i = 0; i < r; i++) {
            tw_tuple_items(t)[i] = pool[0];
        }
        c->result = t;
        return t;
    }
    int64_t i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1) {
        i--;
    }
    if (i < 0) {
        c->stopped = true;
        return TW_NULL;
    }
    TwValue t = next_result(c);
    if (!t) {
        return TW_NULL;
    }
    int64_t index = c->indices[i] + 1;
    for (int64_t j = i; j < r; j++) {
        c->indices[j] = index;
        tw_tuple_items(t)[j] = pool[index];
    }
    return t;
}

// permutations

static TwValue permutations_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable", "r"};
    TwValue a[2];
    if (tw_parse_args("permutations", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue pool = tw_tuple_from_iterable(a[0]);
    if (!pool) {
        return TW_NULL;
    }
    int64_t n = (int64_t)tw_tuple_size(pool), r = n;
    if (a[1] && a[1] != TW_NONE) {
        if (!tw_is_intlike(a[1])) {
            return tw_error(&tw_type_TypeError, "Expected int as r");
        }
        if (tw_index_as_ssize(a[1], &r) < 0) {
            return TW_NULL;
        }
        if (r < 0) {
            return tw_error(&tw_type_ValueError, "r must be non-negative");
        }
    }
    TwValue cv = combo_alloc(argv[0], pool, r, (size_t)n, true);
    if (cv) {
        Combo *c = TW_OBJ(cv, Combo);
        for (int64_t i = 0; i < n; i++) {
            c->indices[i] = i;
        }
        for (int64_t i = 0; i < r && i < n; i++) {
            c->cycles[i] = n - i;
        }
        c->stopped = r > n;
    }
    return cv;
}

static TwValue permutations_next(TwValue self) {
    Combo *c = TW_OBJ(self, Combo);
    if (c->stopped) {
        return TW_NULL;
    }
    TwValue *pool = tw_tuple_items(c->pool);
    int64_t n = (int64_t)tw_tuple_size(c->pool), r = c->r;
    int64_t *ix = c->indices, *cy = c->cycles;
    if (!c->result) {
        TwValue t = tw_tuple_from((size_t)r, pool);
        c->result = t;
        return t;
    }
    if (n == 0) {
        c->stopped = true;
        return TW_NULL;
    }
    TwValue t = next_result(c);
    if (!t) {
        return TW_NULL;
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--cy[i] == 0) {
            // rotate ix[i:] left by one
            int64_t first = ix[i];
            for (int64_t j = i; j < n - 1; j++) {
                ix[j] = ix[j + 1];
            }
            ix[n - 1] = first;
            cy[i] = n - i;
        } else {
            int64_t j = cy[i];
            int64_t tmp = ix[i];
            ix[i] = ix[n - j];
            ix[n - j] = tmp;
            for (int64_t k = i; k < r; k++) {
                tw_tuple_items(t)[k] = pool[ix[k]];
            }
            return t;
        }
    }
    c->stopped = true;
    return TW_NULL;
}

static const TwMethodDef product_methods[] = {
    {"__new__", product_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef permutations_methods[] = {
    {"__new__", permutations_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef combinations_methods[] = {
    {"__new__", combinations_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};
static const TwMethodDef cwr_methods[] = {
    {"__new__", cwr_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS}, ITER_METHODS, {NULL},
};

static TwType product_type = {
    .c_name = "itertools.product", .basic_size = sizeof(Combo), .flags = TW_TYPE_BASETYPE,
    .trace = combo_trace, .finalize = combo_finalize, .iternext = product_next,
};
static TwType permutations_type = {
    .c_name = "itertools.permutations", .basic_size = sizeof(Combo), .flags = TW_TYPE_BASETYPE,
    .trace = combo_trace, .finalize = combo_finalize, .iternext = permutations_next,
};
static TwType combinations_type = {
    .c_name = "itertools.combinations", .basic_size = sizeof(Combo), .flags = TW_TYPE_BASETYPE,
    .trace = combo_trace, .finalize = combo_finalize, .iternext = combinations_next,
};
static TwType cwr_type = {
    .c_name = "itertools.combinations_with_replacement", .basic_size = sizeof(Combo), .flags = TW_TYPE_BASETYPE,
    .trace = combo_trace, .finalize = combo_finalize, .iternext = cwr_next,
};

// ---------------------------------------------------------------- the module

static const TwMethodDef itertools2_functions[] = {
    {"tee", itertools_tee, 0, -1, 0},
    {NULL},
};

int tw_itertools2_init_module(TwValue module) {
    static TwType *const types[] = {
        &groupby_type, &grouper_type, &teedata_type, &tee_type, &product_type,
        &permutations_type, &combinations_type, &cwr_type,
    };
    static const TwMethodDef *const methods[] = {
        groupby_methods, grouper_methods, teedata_methods, tee_methods, product_methods,
        permutations_methods, combinations_methods, cwr_methods,
    };
    if (tw_itertools_add_types(module, types, methods, sizeof types / sizeof types[0]) < 0) {
        return -1;
    }
    return tw_module_add_functions(module, itertools2_functions);
}
