// Generic iterators and the iterator builtins: the sequence iterator (anything with
// __getitem__), the callable iterator of iter(f, sentinel), and the enumerate, zip, map,
// filter and reversed types. Each sets type->iternext so the VM's FOR_ITER can step it
// with one indirect call; the Python-level __next__ is the shared wrapper in obj_tuple.c.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

// Step any iterator: iternext when the type has one, else __next__.
static inline TwValue step(TwValue it) {
    TwValue (*next)(TwValue) = tw_type_of(it)->iternext;
    return next ? next(it) : tw_next(it);
}

// TW_NULL at the end: true when an IndexError/StopIteration ended a getitem walk
// (cleared), false for any other error.
static bool end_of_sequence(void) {
    if (tw_error_matches(&tw_type_IndexError) || tw_error_matches(&tw_type_StopIteration)) {
        tw_error_clear();
        return true;
    }
    return false;
}

static const TwMethodDef plain_iter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- sequence iterator

typedef struct SeqIter {
    TwObject hdr;
    TwValue seq;         // TW_NULL once exhausted
    int64_t index;
} SeqIter;

static void seqiter_trace(TwObject *self) {
    tw_gc_mark(((SeqIter *)self)->seq);
}

static TwValue seqiter_next(TwValue self) {
    SeqIter *it = TW_OBJ(self, SeqIter);
    if (!it->seq) {
        return TW_NULL;
    }
    TwValue v = tw_getitem(it->seq, tw_from_small_int(it->index));
    if (v) {
        it->index++;
        return v;
    }
    if (end_of_sequence()) {
        it->seq = TW_NULL;
    }
    return TW_NULL;
}

static TwType seqiter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "iterator",
    .basic_size = sizeof(SeqIter),
    .trace = seqiter_trace,
    .iternext = seqiter_next,
};

TwValue tw_seqiter_new(TwValue seq) {
    SeqIter *it = (SeqIter *)tw_gc_alloc(&seqiter_type, sizeof(SeqIter));
    if (!it) {
        return TW_NULL;
    }
    it->seq = seq;
    return tw_from_obj(it);
}

static TwValue seqiter_length_hint(int argc, TwValue *argv, TwValue kw) {
    SeqIter *it = TW_OBJ(argv[0], SeqIter);
    if (!it->seq) {
        return tw_from_small_int(0);
    }
    bool found = false;
    TwValue n = tw_call_special(it->seq, TW_NAME(__len__), 0, NULL, &found);
    if (!found || !n) {
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        return TW_NOTIMPL;
    }
    int64_t len;
    if (!tw_int_to_i64(n, &len)) {
        return n;
    }
    return tw_from_small_int(len > it->index ? len - it->index : 0);
}

static const TwMethodDef seqiter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", seqiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- callable iterator

typedef struct CallIter {
    TwObject hdr;
    TwValue func;        // TW_NULL once exhausted
    TwValue sentinel;
} CallIter;

static void calliter_trace(TwObject *self) {
    tw_gc_mark(((CallIter *)self)->func);
    tw_gc_mark(((CallIter *)self)->sentinel);
}

static TwValue calliter_next(TwValue self) {
    CallIter *it = TW_OBJ(self, CallIter);
    if (!it->func) {
        return TW_NULL;
    }
    TwValue v = tw_call0(it->func);
    if (!v) {
        if (tw_error_matches(&tw_type_StopIteration)) {
            tw_error_clear();
            it->func = TW_NULL;
        }
        return TW_NULL;
    }
    int r = tw_eq(v, it->sentinel);
    if (r < 0) {
        return TW_NULL;
    }
    if (r) {
        it->func = TW_NULL;
        it->sentinel = TW_NULL;
        return TW_NULL;
    }
    return v;
}

static TwType calliter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "callable_iterator",
    .basic_size = sizeof(CallIter),
    .trace = calliter_trace,
    .iternext = calliter_next,
};

TwValue tw_calliter_new(TwValue callable, TwValue sentinel) {
    if (!tw_callable(callable)) {
        return tw_error(&tw_type_TypeError, "iter(v, w): v must be callable");
    }
    CallIter *it = (CallIter *)tw_gc_alloc(&calliter_type, sizeof(CallIter));
    if (!it) {
        return TW_NULL;
    }
    it->func = callable;
    it->sentinel = sentinel;
    return tw_from_obj(it);
}

// ---------------------------------------------------------------- enumerate

typedef struct Enumerate {
    TwObject hdr;
    TwValue it;
    int64_t count;       // used while `big` is TW_NULL
    TwValue big;         // the count once it no longer fits a small int
} Enumerate;

static void enumerate_trace(TwObject *self) {
    tw_gc_mark(((Enumerate *)self)->it);
    tw_gc_mark(((Enumerate *)self)->big);
}

static TwValue enumerate_next(TwValue self) {
    Enumerate *e = TW_OBJ(self, Enumerate);
    TwValue item = step(e->it);
    if (!item) {
        return TW_NULL;
    }
    TwValue idx;
    if (!e->big) {
        idx = tw_from_small_int(e->count);
        if (e->count + 1 > TW_SMALL_INT_MAX) {
            e->big = tw_int_from_i64(e->count + 1);
            if (!e->big) {
                return TW_NULL;
            }
        } else {
            e->count++;
        }
    } else {
        idx = e->big;
        TwValue n = tw_int_binop(TW_OP_ADD, idx, tw_from_small_int(1));
        if (!n) {
            return TW_NULL;
        }
        e->big = n;
    }
    return tw_tuple_pack(2, idx, item);
}

TwType tw_type_enumerate = {
    .hdr.type = &tw_type_type,
    .c_name = "enumerate",
    .basic_size = sizeof(Enumerate),
    .flags = TW_TYPE_BASETYPE,
    .trace = enumerate_trace,
    .iternext = enumerate_next,
};

// Allocate an instance of cls (a subclass may need more room).
static TwObject *alloc_instance(TwValue clsv, size_t size) {
    TwType *cls = (TwType *)tw_as_obj(clsv);
    return tw_gc_alloc(cls, cls->basic_size > size ? cls->basic_size : size);
}

static TwValue enumerate_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable", "start"};
    TwValue a[2];
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    if (npos > 2) {
        return tw_error(&tw_type_TypeError, "enumerate() takes at most 2 arguments (%d given)", argc - 1);
    }
    // CPython's own messages for enumerate's hand-written argument handling
    if (argc == 1) {
        return tw_error(&tw_type_TypeError, "enumerate() missing required argument 'iterable'");
    }
    bool iterable_kw = false;
    for (int i = 0; i < nkw; i++) {
        iterable_kw |= strcmp(tw_str_data(tw_tuple_items(kwnames)[i]), "iterable") == 0;
    }
    if (nkw && (npos ? iterable_kw : !iterable_kw)) {
        return tw_error(&tw_type_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                        npos ? "iterable" : tw_str_data(tw_tuple_items(kwnames)[0]));
    }
    if (tw_parse_args("enumerate", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(a[0]);
    if (!it) {
        return TW_NULL;
    }
    TwValue start = tw_from_small_int(0);
    if (a[1]) {
        if (tw_is_int(a[1])) {
            start = a[1];
        } else if (tw_is_intlike(a[1])) {
            start = tw_int_value(a[1]);
        } else {
            bool found = false;
            TwValue r = tw_call_special(a[1], TW_NAME(__index__), 0, NULL, &found);
            if (!found) {
                return tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                tw_type_cname(tw_type_of(a[1])));
            }
            if (!r) {
                return TW_NULL;
            }
            start = tw_int_value(r);
        }
    }
    Enumerate *e = (Enumerate *)alloc_instance(argv[0], sizeof(Enumerate));
    if (!e) {
        return TW_NULL;
    }
    e->it = it;
    if (tw_is_int(start)) {
        e->count = tw_as_int(start);
    } else {
        e->big = start;
    }
    return tw_from_obj(e);
}

static const TwMethodDef enumerate_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", enumerate_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- zip

typedef struct Zip {
    TwObject hdr;
    TwValue iters;       // tuple of iterators
    bool strict;
    bool done;
} Zip;

static void zip_trace(TwObject *self) {
    tw_gc_mark(((Zip *)self)->iters);
}

static TwValue zip_strict_error(Zip *z, size_t i) {
    // Argument i (0-based) ran out first; the ones before it did not.
    size_t n = tw_tuple_size(z->iters);
    z->done = true;
    if (i > 0) {
        return tw_error(&tw_type_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                        i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < n; i++) {
        TwValue v = step(tw_tuple_items(z->iters)[i]);
        if (v) {
            return tw_error(&tw_type_ValueError, "zip() argument %zu is longer than argument%s%zu", i + 1,
                            i == 1 ? " " : "s 1-", i);
        }
        if (tw_error_occurred()) {
            return TW_NULL;
        }
    }
    return TW_NULL;
}

static TwValue zip_next(TwValue self) {
    Zip *z = TW_OBJ(self, Zip);
    size_t n = tw_tuple_size(z->iters);
    if (z->done || n == 0) {
        return TW_NULL;
    }
    TwValue t = tw_tuple_new(n);
    if (!t) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue v = step(tw_tuple_items(z->iters)[i]);
        if (!v) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            if (z->strict) {
                return zip_strict_error(z, i);
            }
            z->done = true;
            return TW_NULL;
        }
        tw_tuple_items(t)[i] = v;
    }
    return t;
}

TwType tw_type_zip = {
    .hdr.type = &tw_type_type,
    .c_name = "zip",
    .basic_size = sizeof(Zip),
    .flags = TW_TYPE_BASETYPE,
    .trace = zip_trace,
    .iternext = zip_next,
};

static TwValue zip_new(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    bool strict = false;
    for (int k = 0; k < nkw; k++) {
        TwValue name = tw_tuple_items(kwnames)[k];
        if (!tw_str_eq_c(name, "strict")) {
            return tw_error(&tw_type_TypeError, "%R is an invalid keyword argument for zip()", name);
        }
        int r = tw_truthy(argv[1 + npos + k]);
        if (r < 0) {
            return TW_NULL;
        }
        strict = r;
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
    Zip *z = (Zip *)alloc_instance(argv[0], sizeof(Zip));
    if (!z) {
        return TW_NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return tw_from_obj(z);
}

static const TwMethodDef zip_methods[] = {
    {"__new__", zip_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- map

typedef struct Map {
    TwObject hdr;
    TwValue func;
    TwValue iters;       // tuple of iterators
} Map;

static void map_trace(TwObject *self) {
    tw_gc_mark(((Map *)self)->func);
    tw_gc_mark(((Map *)self)->iters);
}

static TwValue map_next(TwValue self) {
    Map *m = TW_OBJ(self, Map);
    size_t n = tw_tuple_size(m->iters);
    if (n == 1) {
        TwValue v = step(tw_tuple_items(m->iters)[0]);
        return v ? tw_call1(m->func, v) : TW_NULL;
    }
    TwValue buf[8];
    TwValue *args = buf;
    TwValue holder = TW_NULL;
    if (n > 8) {
        holder = tw_tuple_new(n);
        if (!holder) {
            return TW_NULL;
        }
        args = tw_tuple_items(holder);
    }
    for (size_t i = 0; i < n; i++) {
        args[i] = step(tw_tuple_items(m->iters)[i]);
        if (!args[i]) {
            return TW_NULL;
        }
    }
    return tw_call(m->func, (int)n, args, TW_NULL);
}

TwType tw_type_map = {
    .hdr.type = &tw_type_type,
    .c_name = "map",
    .basic_size = sizeof(Map),
    .flags = TW_TYPE_BASETYPE,
    .trace = map_trace,
    .iternext = map_next,
};

static TwValue map_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    if (nkw > 0 && cls == &tw_type_map) {
        return tw_error(&tw_type_TypeError, "map() takes no keyword arguments");
    }
    int npos = argc - 1 - nkw;
    if (npos < 2) {
        return tw_error(&tw_type_TypeError, "map() must have at least two arguments.");
    }
    TwValue iters = tw_tuple_new((size_t)npos - 1);
    if (!iters) {
        return TW_NULL;
    }
    for (int i = 1; i < npos; i++) {
        TwValue it = tw_iter(argv[1 + i]);
        if (!it) {
            return TW_NULL;
        }
        tw_tuple_items(iters)[i - 1] = it;
    }
    Map *m = (Map *)alloc_instance(argv[0], sizeof(Map));
    if (!m) {
        return TW_NULL;
    }
    m->func = argv[1];
    m->iters = iters;
    return tw_from_obj(m);
}

static const TwMethodDef map_methods[] = {
    {"__new__", map_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- filter

typedef struct Filter {
    TwObject hdr;
    TwValue func;        // None: keep truthy items
    TwValue it;
} Filter;

static void filter_trace(TwObject *self) {
    tw_gc_mark(((Filter *)self)->func);
    tw_gc_mark(((Filter *)self)->it);
}

static TwValue filter_next(TwValue self) {
    Filter *f = TW_OBJ(self, Filter);
    bool plain = f->func == TW_NONE || f->func == tw_from_obj(&tw_type_bool);
    for (;;) {
        TwValue v = step(f->it);
        if (!v) {
            return TW_NULL;
        }
        int ok;
        if (plain) {
            ok = tw_truthy(v);
        } else {
            TwValue r = tw_call1(f->func, v);
            if (!r) {
                return TW_NULL;
            }
            ok = tw_truthy(r);
        }
        if (ok < 0) {
            return TW_NULL;
        }
        if (ok) {
            return v;
        }
    }
}

TwType tw_type_filter = {
    .hdr.type = &tw_type_type,
    .c_name = "filter",
    .basic_size = sizeof(Filter),
    .flags = TW_TYPE_BASETYPE,
    .trace = filter_trace,
    .iternext = filter_next,
};

static TwValue filter_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    if (nkw > 0 && cls == &tw_type_filter) {
        return tw_error(&tw_type_TypeError, "filter() takes no keyword arguments");
    }
    int npos = argc - 1 - nkw;
    if (npos != 2) {
        return tw_error(&tw_type_TypeError, "filter expected 2 arguments, got %d", npos);
    }
    TwValue it = tw_iter(argv[2]);
    if (!it) {
        return TW_NULL;
    }
    Filter *f = (Filter *)alloc_instance(argv[0], sizeof(Filter));
    if (!f) {
        return TW_NULL;
    }
    f->func = argv[1];
    f->it = it;
    return tw_from_obj(f);
}

static const TwMethodDef filter_methods[] = {
    {"__new__", filter_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- reversed

typedef struct Reversed {
    TwObject hdr;
    TwValue seq;         // TW_NULL once exhausted
    int64_t index;       // next index to fetch
} Reversed;

static void reversed_trace(TwObject *self) {
    tw_gc_mark(((Reversed *)self)->seq);
}

static TwValue reversed_next(TwValue self) {
    Reversed *r = TW_OBJ(self, Reversed);
    if (!r->seq) {
        return TW_NULL;
    }
    if (r->index >= 0) {
        TwValue v = tw_getitem(r->seq, tw_int_from_i64(r->index));
        if (v) {
            r->index--;
            return v;
        }
        if (!end_of_sequence()) {
            return TW_NULL;
        }
    }
    r->seq = TW_NULL;
    r->index = -1;
    return TW_NULL;
}

TwType tw_type_reversed = {
    .hdr.type = &tw_type_type,
    .c_name = "reversed",
    .basic_size = sizeof(Reversed),
    .flags = TW_TYPE_BASETYPE,
    .trace = reversed_trace,
    .iternext = reversed_next,
};

static TwValue reversed_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    if (nkw > 0 && cls == &tw_type_reversed) {
        return tw_error(&tw_type_TypeError, "reversed() takes no keyword arguments");
    }
    int npos = argc - 1 - nkw;
    if (npos != 1) {
        return tw_error(&tw_type_TypeError, "reversed expected 1 argument, got %d", npos);
    }
    TwValue seq = argv[1];
    TwType *t = tw_type_of(seq);
    TwValue meth = tw_type_lookup(t, TW_NAME(__reversed__));
    if (meth == TW_NONE) {
        return tw_error(&tw_type_TypeError, "'%s' object is not reversible", tw_type_cname(t));
    }
    if (meth) {
        bool found = false;
        return tw_call_special(seq, TW_NAME(__reversed__), 0, NULL, &found);
    }
    // The sequence protocol: __len__ and __getitem__, and not a mapping.
    if (!tw_type_lookup(t, TW_NAME(__getitem__)) || tw_isinstance_type(seq, &tw_type_dict) ||
        !tw_type_lookup(t, TW_NAME(__len__))) {
        return tw_error(&tw_type_TypeError, "'%s' object is not reversible", tw_type_cname(t));
    }
    int64_t n = tw_len(seq);
    if (n < 0) {
        return TW_NULL;
    }
    Reversed *r = (Reversed *)alloc_instance(argv[0], sizeof(Reversed));
    if (!r) {
        return TW_NULL;
    }
    r->seq = seq;
    r->index = n - 1;
    return tw_from_obj(r);
}

static TwValue reversed_length_hint(int argc, TwValue *argv, TwValue kw) {
    Reversed *r = TW_OBJ(argv[0], Reversed);
    if (!r->seq) {
        return tw_from_small_int(0);
    }
    int64_t n = tw_len(r->seq);
    if (n < 0) {
        return TW_NULL;
    }
    return tw_from_small_int(n < r->index + 1 ? 0 : r->index + 1);
}

static const TwMethodDef reversed_methods[] = {
    {"__new__", reversed_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", reversed_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

void tw_iter_init(void) {
    tw_type_init_builtin(&seqiter_type, "iterator", &tw_type_object);
    tw_type_add_methods(&seqiter_type, seqiter_methods);
    tw_type_init_builtin(&calliter_type, "callable_iterator", &tw_type_object);
    tw_type_add_methods(&calliter_type, plain_iter_methods);
    tw_type_init_builtin(&tw_type_enumerate, "enumerate", &tw_type_object);
    tw_type_add_methods(&tw_type_enumerate, enumerate_methods);
    tw_type_init_builtin(&tw_type_zip, "zip", &tw_type_object);
    tw_type_add_methods(&tw_type_zip, zip_methods);
    tw_type_init_builtin(&tw_type_map, "map", &tw_type_object);
    tw_type_add_methods(&tw_type_map, map_methods);
    tw_type_init_builtin(&tw_type_filter, "filter", &tw_type_object);
    tw_type_add_methods(&tw_type_filter, filter_methods);
    tw_type_init_builtin(&tw_type_reversed, "reversed", &tw_type_object);
    tw_type_add_methods(&tw_type_reversed, reversed_methods);
}
