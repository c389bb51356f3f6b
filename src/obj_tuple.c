// The tuple type: an immutable array of values stored inline after the header (or after
// the extra fields of a subclass instance, see TwTuple.items), its iterator, the hash
// (CPython 3.11's xxHash-style combination, so hash(tuple) matches CPython), and the
// helpers every sequence type in this area shares (subscript classification, reprs of
// item runs, element hash/equality fast paths).
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "obj_type.h"
#include "runtime.h"
#include "vm.h"

static void tuple_trace(TwObject *self) {
    TwTuple *t = (TwTuple *)self;
    tw_gc_mark_array(t->items, t->size);
}

TwType tw_type_tuple = {
    .hdr.type = &tw_type_type,
    .c_name = "tuple",
    .basic_size = sizeof(TwTuple),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_TUPLE_SUB | TW_TYPE_SEQUENCE | TW_TYPE_MATCH_SELF | TW_TYPE_SEQ_REPEAT,
    .trace = tuple_trace,
};

static TwTuple empty_tuple_obj = {
    .hdr.type = &tw_type_tuple,
    .hash = -1,
    .size = 0,
    .items = empty_tuple_obj.inline_items,
};
TwValue tw_empty_tuple = (TwValue)(uintptr_t)&empty_tuple_obj;

// ---------------------------------------------------------------- shared helpers

int tw_container_index(TwValue key, const char *what, int64_t *index) {
    if (tw_is_int(key)) {
        *index = tw_as_int(key);
        return 1;
    }
    if (tw_is_type(key, &tw_type_slice)) {
        return 0;
    }
    if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        return tw_index_as_ssize(key, index) < 0 ? -1 : 1;
    }
    tw_error(&tw_type_TypeError, "%s indices must be integers or slices, not %T", what, key);
    return -1;
}

TwValue tw_container_iter_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

TwValue tw_container_iter_next(int argc, TwValue *argv, TwValue kwnames) {
    // Heap subclasses (class E(enumerate)) do not inherit iternext: use the nearest
    // builtin base's (tw_next would come back here through __next__).
    TwType *t = tw_type_of(argv[0]);
    while (t && !t->iternext) {
        t = t->base;
    }
    if (!t) {
        return tw_error(&tw_type_TypeError, "'%s' object is not an iterator", tw_type_cname(tw_type_of(argv[0])));
    }
    TwValue v = t->iternext(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

int64_t tw_container_hash(TwValue v) {
    if (tw_is_str(v)) {
        return tw_str_hash(v);
    }
    if (tw_is_int(v)) {
        return tw_int_hash(v);
    }
    return tw_hash(v);
}

int tw_container_eq(TwValue a, TwValue b) {
    if (a == b) {
        return 1;
    }
    if (tw_is_str(a) && tw_is_str(b)) {
        return tw_str_eq(a, b);
    }
    if (tw_is_int(a) && tw_is_int(b)) {
        return 0;
    }
    return tw_eq(a, b);
}

int tw_container_repr_items(TwBuf *buf, const TwValue *items, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && tw_buf_append(buf, ", ", 2) < 0) {
            return -1;
        }
        TwValue r = tw_repr(items[i]);
        if (!r || tw_buf_append_str(buf, r) < 0) {
            return -1;
        }
    }
    return 0;
}

// Objects whose repr is in progress, for "[...]" on self-reference. Entries are also on
// the C stack of the repr calls, so the GC sees them.
static TwValue *repr_stack;
static size_t repr_depth, repr_cap;

int tw_repr_enter(TwValue v) {
    for (size_t i = 0; i < repr_depth; i++) {
        if (repr_stack[i] == v) {
            return 1;
        }
    }
    if (repr_depth == repr_cap) {
        size_t ncap = repr_cap ? repr_cap * 2 : 16;
        TwValue *p = tw_gc_realloc(repr_stack, repr_cap * sizeof(TwValue), ncap * sizeof(TwValue));
        if (!p) {
            tw_error_nomem();
            return -1;
        }
        repr_stack = p;
        repr_cap = ncap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void tw_repr_leave(TwValue v) {
    // Normally the top; search in case an error unwound out of order.
    for (size_t i = repr_depth; i-- > 0;) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_depth - i - 1) * sizeof(TwValue));
            repr_depth--;
            return;
        }
    }
}

// ---------------------------------------------------------------- construction

static TwTuple *tuple_alloc(TwType *cls, size_t n) {
    if (n > ((size_t)1 << 40)) {
        tw_error_nomem();
        return NULL;
    }
    TwTuple *t;
    if (cls == &tw_type_tuple) {
        t = (TwTuple *)tw_gc_alloc(cls, sizeof(TwTuple) + n * sizeof(TwValue));
        if (!t) {
            return NULL;
        }
        t->items = t->inline_items;
    } else {
        t = (TwTuple *)tw_gc_alloc(cls, cls->basic_size + n * sizeof(TwValue));
        if (!t) {
            return NULL;
        }
        t->items = (TwValue *)((char *)t + cls->basic_size);
    }
    t->hash = -1;
    t->size = n;
    return t;
}

TwValue tw_tuple_new(size_t n) {
    if (n == 0) {
        return tw_empty_tuple;
    }
    TwTuple *t = tuple_alloc(&tw_type_tuple, n);
    if (!t) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        t->items[i] = TW_NONE;
    }
    return tw_from_obj(t);
}

TwValue tw_tuple_from(size_t n, const TwValue *items) {
    if (n == 0) {
        return tw_empty_tuple;
    }
    TwTuple *t = tuple_alloc(&tw_type_tuple, n);
    if (!t) {
        return TW_NULL;
    }
    memcpy(t->items, items, n * sizeof(TwValue));
    return tw_from_obj(t);
}

TwValue tw_tuple_pack(int n, ...) {
    if (n == 0) {
        return tw_empty_tuple;
    }
    TwTuple *t = tuple_alloc(&tw_type_tuple, (size_t)n);
    if (!t) {
        return TW_NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        t->items[i] = va_arg(ap, TwValue);
    }
    va_end(ap);
    return tw_from_obj(t);
}

TwValue tw_tuple_from_iterable(TwValue iterable) {
    if (tw_is_type(iterable, &tw_type_tuple)) {
        return iterable;
    }
    TwValue list = tw_is_type(iterable, &tw_type_list) ? iterable : tw_list_from_iterable(iterable);
    if (!list) {
        return TW_NULL;
    }
    return tw_list_to_tuple(list);
}

static TwValue tuple_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "tuple() takes no keyword arguments");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "tuple expected at most 1 argument, got %d", argc - 1);
    }
    TwValue src = argc > 1 ? tw_tuple_from_iterable(argv[1]) : tw_empty_tuple;
    if (!src) {
        return TW_NULL;
    }
    if (cls == &tw_type_tuple) {
        return src;
    }
    size_t n = tw_tuple_size(src);
    TwTuple *t = tuple_alloc(cls, n);
    if (!t) {
        return TW_NULL;
    }
    memcpy(t->items, tw_tuple_items(src), n * sizeof(TwValue));
    return tw_from_obj(t);
}

// ---------------------------------------------------------------- hashing and comparison

int64_t tw_tuple_hash(TwValue tv) {
    TwTuple *t = TW_OBJ(tv, TwTuple);
    if (t->hash != -1) {
        return t->hash;
    }
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                   p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->size; i++) {
        int64_t h = tw_container_hash(t->items[i]);
        if (h == -1) {
            return -1;
        }
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += (uint64_t)t->size ^ (p5 ^ 3527539ull);
    if (acc == (uint64_t)-1) {
        acc = 1546275796;
    }
    t->hash = (int64_t)acc;
    return t->hash;
}

// Lexicographic rich comparison of two item arrays (tuples and lists share it).
TwValue tw_seq_compare(int op, const TwValue *a, size_t na, const TwValue *b, size_t nb) {
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int r = tw_eq(a[i], b[i]);
        if (r < 0) {
            return TW_NULL;
        }
        if (!r) {
            break;
        }
    }
    if (i >= na || i >= nb) {
        bool res;
        switch (op) {
        case TW_CMP_LT: res = na < nb; break;
        case TW_CMP_LE: res = na <= nb; break;
        case TW_CMP_EQ: res = na == nb; break;
        case TW_CMP_NE: res = na != nb; break;
        case TW_CMP_GT: res = na > nb; break;
        default: res = na >= nb; break;
        }
        return tw_bool(res);
    }
    if (op == TW_CMP_EQ) {
        return TW_FALSE;
    }
    if (op == TW_CMP_NE) {
        return TW_TRUE;
    }
    return tw_compare(op, a[i], b[i]);
}

static TwValue tuple_cmp(int op, TwValue a, TwValue b) {
    if (!tw_isinstance_type(b, &tw_type_tuple)) {
        return TW_NOTIMPL;
    }
    return tw_seq_compare(op, tw_tuple_items(a), tw_tuple_size(a), tw_tuple_items(b), tw_tuple_size(b));
}

static TwValue tuple_lt(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_LT, argv[0], argv[1]); }
static TwValue tuple_le(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_LE, argv[0], argv[1]); }
static TwValue tuple_eq(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue tuple_ne(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_NE, argv[0], argv[1]); }
static TwValue tuple_gt(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_GT, argv[0], argv[1]); }
static TwValue tuple_ge(int argc, TwValue *argv, TwValue kw) { return tuple_cmp(TW_CMP_GE, argv[0], argv[1]); }

static TwValue tuple_hash_m(int argc, TwValue *argv, TwValue kw) {
    int64_t h = tw_tuple_hash(argv[0]);
    if (h == -1) {
        return TW_NULL;
    }
    return tw_int_from_i64(h);
}

// ---------------------------------------------------------------- sequence protocol

static TwValue tuple_len(int argc, TwValue *argv, TwValue kw) {
    return tw_from_small_int((int64_t)tw_tuple_size(argv[0]));
}

TwValue tw_tuple_getitem(TwValue t, TwValue key) {
    int64_t i;
    int kind = tw_container_index(key, "tuple", &i);
    if (kind < 0) {
        return TW_NULL;
    }
    size_t n = tw_tuple_size(t);
    TwValue *items = tw_tuple_items(t);
    if (kind == 1) {
        if (i < 0) {
            i += (int64_t)n;
        }
        if (i < 0 || (uint64_t)i >= n) {
            return tw_error(&tw_type_IndexError, "tuple index out of range");
        }
        return items[i];
    }
    int64_t start, stop, step;
    int64_t len = tw_slice_indices(key, (int64_t)n, &start, &stop, &step);
    if (len < 0) {
        return TW_NULL;
    }
    if (step == 1) {
        if (len == (int64_t)n && tw_is_type(t, &tw_type_tuple)) {
            return t;
        }
        return tw_tuple_from((size_t)len, items + start);
    }
    TwValue r = tw_tuple_new((size_t)len);
    if (!r) {
        return TW_NULL;
    }
    for (int64_t k = 0, j = start; k < len; k++, j += step) {
        tw_tuple_items(r)[k] = items[j];
    }
    return r;
}

static TwValue tuple_getitem_m(int argc, TwValue *argv, TwValue kw) {
    return tw_tuple_getitem(argv[0], argv[1]);
}

static TwValue tuple_contains(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    for (size_t i = 0; i < tw_tuple_size(t); i++) {
        int r = tw_eq(tw_tuple_items(t)[i], argv[1]);
        if (r) {
            return r < 0 ? TW_NULL : TW_TRUE;
        }
    }
    return TW_FALSE;
}

static TwValue tuple_add(int argc, TwValue *argv, TwValue kw) {
    TwValue a = argv[0], b = argv[1];
    if (!tw_isinstance_type(b, &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    size_t na = tw_tuple_size(a), nb = tw_tuple_size(b);
    if (nb == 0 && tw_is_type(a, &tw_type_tuple)) {
        return a;
    }
    if (na == 0 && tw_is_type(b, &tw_type_tuple)) {
        return b;
    }
    TwValue r = tw_tuple_new(na + nb);
    if (!r) {
        return TW_NULL;
    }
    memcpy(tw_tuple_items(r), tw_tuple_items(a), na * sizeof(TwValue));
    memcpy(tw_tuple_items(r) + na, tw_tuple_items(b), nb * sizeof(TwValue));
    return r;
}

// Repeat count for seq * n: NotImplemented-worthy types give 1 with *ok = false.
int tw_seq_repeat_count(TwValue n, int64_t *out) {
    if (tw_is_int(n)) {
        *out = tw_as_int(n);
        return 1;
    }
    if (tw_is_intlike(n) || tw_type_lookup(tw_type_of(n), TW_NAME(__index__))) {
        if (tw_index_as_ssize(n, out) < 0) {
            return -1;
        }
        return 1;
    }
    return 0;
}

static TwValue tuple_mul(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    int64_t n;
    int ok = tw_seq_repeat_count(argv[1], &n);
    if (ok <= 0) {
        return ok < 0 ? TW_NULL : TW_NOTIMPL;
    }
    size_t len = tw_tuple_size(t);
    if (n <= 0 || len == 0) {
        return tw_empty_tuple;
    }
    if (n == 1 && tw_is_type(t, &tw_type_tuple)) {
        return t;
    }
    if ((uint64_t)n > ((uint64_t)1 << 40) / len) {
        return tw_error_nomem();
    }
    TwValue r = tw_tuple_new(len * (size_t)n);
    if (!r) {
        return TW_NULL;
    }
    TwValue *dst = tw_tuple_items(r);
    for (int64_t k = 0; k < n; k++) {
        memcpy(dst + (size_t)k * len, tw_tuple_items(t), len * sizeof(TwValue));
    }
    return r;
}

static TwValue tuple_repr(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    size_t n = tw_tuple_size(t);
    if (n == 0) {
        return tw_str_from_c("()");
    }
    int rec = tw_repr_enter(t);
    if (rec) {
        return rec < 0 ? TW_NULL : tw_str_from_c("(...)");
    }
    if (tw_enter_recursive_call(" while getting the repr of an object") < 0) {
        tw_repr_leave(t);
        return TW_NULL;
    }
    TwBuf buf;
    tw_buf_init(&buf);
    int err = tw_buf_append(&buf, "(", 1) < 0 || tw_container_repr_items(&buf, tw_tuple_items(t), n) < 0 ||
              (n == 1 && tw_buf_append(&buf, ",", 1) < 0) || tw_buf_append(&buf, ")", 1) < 0;
    tw_leave_recursive_call();
    tw_repr_leave(t);
    if (err) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    return tw_buf_to_str(&buf);
}

static TwValue tuple_count(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    int64_t count = 0;
    for (size_t i = 0; i < tw_tuple_size(t); i++) {
        int r = tw_eq(tw_tuple_items(t)[i], argv[1]);
        if (r < 0) {
            return TW_NULL;
        }
        count += r;
    }
    return tw_from_small_int(count);
}

// Resolve the optional start/stop of index(): clamp like CPython's slice bounds.
int tw_seq_index_bounds(int argc, TwValue *argv, int first, int64_t len, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = len;
    for (int k = 0; k < 2; k++) {
        if (argc <= first + k || argv[first + k] == TW_NONE) {
            continue;
        }
        int64_t v;
        TwValue a = argv[first + k];
        if (!tw_is_int(a) && !tw_is_intlike(a) && !tw_type_lookup(tw_type_of(a), TW_NAME(__index__))) {
            tw_error(&tw_type_TypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (!tw_is_int(a)) {
            if (!tw_int_to_i64(a, &v)) {
                if (tw_is_intlike(a)) {
                    v = tw_int_sign(a) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
                } else if (tw_index_as_ssize(a, &v) < 0) {
                    return -1;
                }
            }
        } else {
            v = tw_as_int(a);
        }
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        }
        if (v > len) {
            v = len;
        }
        if (k == 0) {
            *start = v;
        } else {
            *stop = v;
        }
    }
    return 0;
}

static TwValue tuple_index(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    int64_t start, stop;
    if (tw_seq_index_bounds(argc, argv, 2, (int64_t)tw_tuple_size(t), &start, &stop) < 0) {
        return TW_NULL;
    }
    for (int64_t i = start; i < stop && (size_t)i < tw_tuple_size(t); i++) {
        int r = tw_eq(tw_tuple_items(t)[i], argv[1]);
        if (r) {
            return r < 0 ? TW_NULL : tw_from_small_int(i);
        }
    }
    return tw_error(&tw_type_ValueError, "tuple.index(x): x not in tuple");
}

static TwValue tuple_getnewargs(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[0];
    TwValue copy = tw_tuple_from(tw_tuple_size(t), tw_tuple_items(t));
    return copy ? tw_tuple_pack(1, copy) : TW_NULL;
}

// ---------------------------------------------------------------- iterator

typedef struct TupleIter {
    TwObject hdr;
    TwValue seq;         // TW_NULL once exhausted
    size_t index;
} TupleIter;

static void tupleiter_trace(TwObject *self) {
    tw_gc_mark(((TupleIter *)self)->seq);
}

static TwValue tupleiter_next(TwValue self) {
    TupleIter *it = TW_OBJ(self, TupleIter);
    if (!it->seq) {
        return TW_NULL;
    }
    if (it->index < tw_tuple_size(it->seq)) {
        return tw_tuple_items(it->seq)[it->index++];
    }
    it->seq = TW_NULL;
    return TW_NULL;
}

static TwType tuple_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "tuple_iterator",
    .basic_size = sizeof(TupleIter),
    .trace = tupleiter_trace,
    .iternext = tupleiter_next,
};

static TwValue tuple_iter(int argc, TwValue *argv, TwValue kw) {
    TupleIter *it = (TupleIter *)tw_gc_alloc(&tuple_iter_type, sizeof(TupleIter));
    if (!it) {
        return TW_NULL;
    }
    it->seq = argv[0];
    return tw_from_obj(it);
}

static TwValue tupleiter_length_hint(int argc, TwValue *argv, TwValue kw) {
    TupleIter *it = TW_OBJ(argv[0], TupleIter);
    if (!it->seq) {
        return tw_from_small_int(0);
    }
    return tw_from_small_int((int64_t)(tw_tuple_size(it->seq) - it->index));
}

static const TwMethodDef tupleiter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", tupleiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef tuple_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", tuple_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__len__", tuple_len, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", tuple_getitem_m, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", tuple_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__add__", tuple_add, 2, 2, TW_BUILTIN_METHOD},
    {"__mul__", tuple_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__rmul__", tuple_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", tuple_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", tuple_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", tuple_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", tuple_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", tuple_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", tuple_ge, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", tuple_hash_m, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", tuple_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__iter__", tuple_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__getnewargs__", tuple_getnewargs, 1, 1, TW_BUILTIN_METHOD},
    {"count", tuple_count, 2, 2, TW_BUILTIN_METHOD},
    {"index", tuple_index, 2, 4, TW_BUILTIN_METHOD},
    {NULL},
};

void tw_tuple_init(void) {
    tw_type_init_builtin(&tw_type_tuple, "tuple", &tw_type_object);
    tw_type_add_methods(&tw_type_tuple, tuple_methods);
    tw_type_init_builtin(&tuple_iter_type, "tuple_iterator", &tw_type_object);
    tw_type_add_methods(&tuple_iter_type, tupleiter_methods);
}
