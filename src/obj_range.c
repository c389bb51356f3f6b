// range and slice. A range keeps start/stop/step/length as int values (small or big) and
// does its arithmetic through tw_int_binop, so range(10**20) works; iteration, indexing
// and `in` take an int64 fast path whenever every value fits, and the iterator hands out
// small ints without allocating. Slices are plain triples; tw_slice_indices resolves one
// against a length the way CPython's PySlice_Unpack + AdjustIndices do.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

static void range_trace(TwObject *self) {
    TwRange *r = (TwRange *)self;
    tw_gc_mark(r->start);
    tw_gc_mark(r->stop);
    tw_gc_mark(r->step);
    tw_gc_mark(r->length);
}

static void slice_trace(TwObject *self) {
    TwSlice *s = (TwSlice *)self;
    tw_gc_mark(s->start);
    tw_gc_mark(s->stop);
    tw_gc_mark(s->step);
}

TwType tw_type_range = {
    .hdr.type = &tw_type_type,
    .c_name = "range",
    .basic_size = sizeof(TwRange),
    .flags = TW_TYPE_SEQUENCE,
    .trace = range_trace,
};

TwType tw_type_slice = {
    .hdr.type = &tw_type_type,
    .c_name = "slice",
    .basic_size = sizeof(TwSlice),
    .trace = slice_trace,
};

// ---------------------------------------------------------------- int helpers

static TwValue iadd(TwValue a, TwValue b) { return tw_int_binop(TW_OP_ADD, a, b); }
static TwValue isub(TwValue a, TwValue b) { return tw_int_binop(TW_OP_SUB, a, b); }
static TwValue imul(TwValue a, TwValue b) { return tw_int_binop(TW_OP_MUL, a, b); }
static TwValue idiv(TwValue a, TwValue b) { return tw_int_binop(TW_OP_FLOORDIV, a, b); }

// Number of items of range(start, stop, step).
static TwValue compute_length(TwValue start, TwValue stop, TwValue step) {
    if (tw_is_int(start) && tw_is_int(stop) && tw_is_int(step)) {
        int64_t a = tw_as_int(start), b = tw_as_int(stop), s = tw_as_int(step);
        int64_t n = 0;
        if (s > 0 && a < b) {
            n = (b - a - 1) / s + 1;
        } else if (s < 0 && a > b) {
            n = (a - b - 1) / -s + 1;
        }
        return tw_from_small_int(n);
    }
    TwValue lo, hi, st;
    if (tw_int_sign(step) > 0) {
        lo = start, hi = stop, st = step;
    } else {
        lo = stop, hi = start, st = tw_int_neg(step);
        if (!st) {
            return TW_NULL;
        }
    }
    if (tw_int_compare(lo, hi) >= 0) {
        return tw_from_small_int(0);
    }
    TwValue d = isub(hi, lo);
    d = d ? isub(d, tw_from_small_int(1)) : TW_NULL;
    d = d ? idiv(d, st) : TW_NULL;
    return d ? iadd(d, tw_from_small_int(1)) : TW_NULL;
}

static TwValue range_make(TwValue start, TwValue stop, TwValue step) {
    TwValue len = compute_length(start, stop, step);
    if (!len) {
        return TW_NULL;
    }
    TwRange *r = (TwRange *)tw_gc_alloc(&tw_type_range, sizeof(TwRange));
    if (!r) {
        return TW_NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return tw_from_obj(r);
}

// ---------------------------------------------------------------- range methods

static TwValue range_new(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "range() takes no keyword arguments");
    }
    int n = argc - 1;
    if (n < 1) {
        return tw_error(&tw_type_TypeError, "range expected at least 1 argument, got %d", n);
    }
    if (n > 3) {
        return tw_error(&tw_type_TypeError, "range expected at most 3 arguments, got %d", n);
    }
    TwValue start = tw_from_small_int(0), stop, step = tw_from_small_int(1);
    if (n == 1) {
        stop = tw_index(argv[1]);
        if (!stop) {
            return TW_NULL;
        }
    } else {
        start = tw_index(argv[1]);
        if (!start) {
            return TW_NULL;
        }
        stop = tw_index(argv[2]);
        if (!stop) {
            return TW_NULL;
        }
        if (n == 3) {
            step = tw_index(argv[3]);
            if (!step) {
                return TW_NULL;
            }
            if (tw_int_is_zero(step)) {
                return tw_error(&tw_type_ValueError, "range() arg 3 must not be zero");
            }
        }
    }
    return range_make(start, stop, step);
}

static TwValue range_len(int argc, TwValue *argv, TwValue kw) {
    TwValue len = TW_OBJ(argv[0], TwRange)->length;
    int64_t n;
    if (!tw_int_to_i64(len, &n)) {
        return tw_error(&tw_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return len;
}

static TwValue range_bool(int argc, TwValue *argv, TwValue kw) {
    return tw_bool(!tw_int_is_zero(TW_OBJ(argv[0], TwRange)->length));
}

// The i-th item (i an int value, already known to be in range).
static TwValue range_item(TwRange *r, TwValue i) {
    if (tw_is_int(i) && tw_is_int(r->start) && tw_is_int(r->step)) {
        int64_t v = tw_as_int(r->start) + tw_as_int(i) * tw_as_int(r->step);
        if (tw_int_fits_small(v)) {
            return tw_from_small_int(v);
        }
    }
    TwValue p = imul(i, r->step);
    return p ? iadd(r->start, p) : TW_NULL;
}

// Adjust a possibly-big slice bound the way slice.indices does, for lengths of any size.
static TwValue slice_bound(TwValue v, TwValue len, bool neg_step, bool is_start) {
    if (v == TW_NONE) {
        if (is_start) {
            return neg_step ? isub(len, tw_from_small_int(1)) : tw_from_small_int(0);
        }
        return neg_step ? tw_from_small_int(-1) : len;
    }
    TwValue x = tw_index(v);
    if (!x) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            tw_error(&tw_type_TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return TW_NULL;
    }
    TwValue lower = neg_step ? tw_from_small_int(-1) : tw_from_small_int(0);
    TwValue upper = neg_step ? isub(len, tw_from_small_int(1)) : len;
    if (!upper) {
        return TW_NULL;
    }
    if (tw_int_sign(x) < 0) {
        x = iadd(x, len);
        if (!x) {
            return TW_NULL;
        }
        if (tw_int_compare(x, lower) < 0) {
            x = lower;
        }
    } else if (tw_int_compare(x, upper) > 0) {
        x = upper;
    }
    return x;
}

// slice.indices with int values of any size: start, stop, step.
static int slice_indices_big(TwValue slice, TwValue len, TwValue *start, TwValue *stop, TwValue *step) {
    TwSlice *s = TW_OBJ(slice, TwSlice);
    if (s->step == TW_NONE) {
        *step = tw_from_small_int(1);
    } else {
        *step = tw_index(s->step);
        if (!*step) {
            if (tw_error_matches(&tw_type_TypeError)) {
                tw_error_clear();
                tw_error(&tw_type_TypeError, "slice indices must be integers or None or have an __index__ method");
            }
            return -1;
        }
        if (tw_int_is_zero(*step)) {
            tw_error(&tw_type_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = tw_int_sign(*step) < 0;
    *start = slice_bound(s->start, len, neg, true);
    if (!*start) {
        return -1;
    }
    *stop = slice_bound(s->stop, len, neg, false);
    return *stop ? 0 : -1;
}

static TwValue range_getitem(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    TwValue key = argv[1];
    if (tw_is_type(key, &tw_type_slice)) {
        TwValue a, b, st;
        if (slice_indices_big(key, r->length, &a, &b, &st) < 0) {
            return TW_NULL;
        }
        TwValue nstep = imul(r->step, st);
        TwValue nstart = nstep ? range_item(r, a) : TW_NULL;
        TwValue nstop = nstart ? range_item(r, b) : TW_NULL;
        return nstop ? range_make(nstart, nstop, nstep) : TW_NULL;
    }
    TwValue i;
    if (tw_is_int(key)) {
        i = key;
    } else if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        i = tw_index(key);
        if (!i) {
            return TW_NULL;
        }
    } else {
        return tw_error(&tw_type_TypeError, "range indices must be integers or slices, not %T", key);
    }
    if (tw_is_int(i) && tw_is_int(r->length)) {
        int64_t k = tw_as_int(i), n = tw_as_int(r->length);
        if (k < 0) {
            k += n;
        }
        if (k < 0 || k >= n) {
            return tw_error(&tw_type_IndexError, "range object index out of range");
        }
        return range_item(r, tw_from_small_int(k));
    }
    if (tw_int_sign(i) < 0) {
        i = iadd(i, r->length);
        if (!i) {
            return TW_NULL;
        }
    }
    if (tw_int_sign(i) < 0 || tw_int_compare(i, r->length) >= 0) {
        return tw_error(&tw_type_IndexError, "range object index out of range");
    }
    return range_item(r, i);
}

// x (an exact int or bool) is in r: 1, 0, -1.
static int range_contains_int(TwRange *r, TwValue x) {
    x = tw_int_value(x);
    if (tw_is_int(x) && tw_is_int(r->start) && tw_is_int(r->stop) && tw_is_int(r->step)) {
        int64_t v = tw_as_int(x), a = tw_as_int(r->start), b = tw_as_int(r->stop), s = tw_as_int(r->step);
        if (s > 0 ? (v < a || v >= b) : (v > a || v <= b)) {
            return 0;
        }
        return (v - a) % s == 0;
    }
    int sgn = tw_int_sign(r->step);
    if (sgn > 0 ? (tw_int_compare(x, r->start) < 0 || tw_int_compare(x, r->stop) >= 0)
                : (tw_int_compare(x, r->start) > 0 || tw_int_compare(x, r->stop) <= 0)) {
        return 0;
    }
    TwValue d = isub(x, r->start);
    TwValue m = d ? tw_int_binop(TW_OP_MOD, d, r->step) : TW_NULL;
    if (!m) {
        return -1;
    }
    return tw_int_is_zero(m);
}

static bool exact_intlike(TwValue v) {
    return tw_is_int(v) || tw_is_type(v, &tw_type_int) || tw_is_type(v, &tw_type_bool);
}

// Linear search for non-int items: index or -1 absent, -2 error.
static TwValue range_iter_m(int argc, TwValue *argv, TwValue kw);

static int64_t range_search(TwValue self, TwValue x, int64_t *count) {
    TwValue it = range_iter_m(1, &self, TW_NULL);
    if (!it) {
        return -2;
    }
    int64_t found = -1;
    for (int64_t i = 0;; i++) {
        TwValue v = tw_next(it);
        if (!v) {
            return tw_error_occurred() ? -2 : found;
        }
        int r = tw_eq(v, x);
        if (r < 0) {
            return -2;
        }
        if (r) {
            if (!count) {
                return i;
            }
            (*count)++;
            found = i;
        }
    }
}

static TwValue range_contains(int argc, TwValue *argv, TwValue kw) {
    if (exact_intlike(argv[1])) {
        int r = range_contains_int(TW_OBJ(argv[0], TwRange), argv[1]);
        return r < 0 ? TW_NULL : tw_bool(r);
    }
    int64_t i = range_search(argv[0], argv[1], NULL);
    return i == -2 ? TW_NULL : tw_bool(i >= 0);
}

static TwValue range_index(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    if (exact_intlike(argv[1])) {
        int c = range_contains_int(r, argv[1]);
        if (c < 0) {
            return TW_NULL;
        }
        if (!c) {
            return tw_error(&tw_type_ValueError, "%R is not in range", argv[1]);
        }
        TwValue d = isub(tw_int_value(argv[1]), r->start);
        return d ? idiv(d, r->step) : TW_NULL;
    }
    int64_t i = range_search(argv[0], argv[1], NULL);
    if (i == -2) {
        return TW_NULL;
    }
    if (i < 0) {
        return tw_error(&tw_type_ValueError, "sequence.index(x): x not in sequence");
    }
    return tw_int_from_i64(i);
}

static TwValue range_count(int argc, TwValue *argv, TwValue kw) {
    if (exact_intlike(argv[1])) {
        int c = range_contains_int(TW_OBJ(argv[0], TwRange), argv[1]);
        return c < 0 ? TW_NULL : tw_from_small_int(c);
    }
    int64_t count = 0;
    if (range_search(argv[0], argv[1], &count) == -2) {
        return TW_NULL;
    }
    return tw_int_from_i64(count);
}

static int int_eq(TwValue a, TwValue b) {
    return tw_int_compare(a, b) == 0;
}

// Two ranges are equal when they describe the same sequence.
static int range_equal(TwRange *a, TwRange *b) {
    if (a == b) {
        return 1;
    }
    if (!int_eq(a->length, b->length)) {
        return 0;
    }
    if (tw_int_is_zero(a->length)) {
        return 1;
    }
    if (!int_eq(a->start, b->start)) {
        return 0;
    }
    if (int_eq(a->length, tw_from_small_int(1))) {
        return 1;
    }
    return int_eq(a->step, b->step);
}

static TwValue range_eq(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_type(argv[1], &tw_type_range)) {
        return TW_NOTIMPL;
    }
    return tw_bool(range_equal(TW_OBJ(argv[0], TwRange), TW_OBJ(argv[1], TwRange)));
}

static TwValue range_ne(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_type(argv[1], &tw_type_range)) {
        return TW_NOTIMPL;
    }
    return tw_bool(!range_equal(TW_OBJ(argv[0], TwRange), TW_OBJ(argv[1], TwRange)));
}

static TwValue range_hash(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    TwValue t;
    if (tw_int_is_zero(r->length)) {
        t = tw_tuple_pack(3, r->length, TW_NONE, TW_NONE);
    } else if (int_eq(r->length, tw_from_small_int(1))) {
        t = tw_tuple_pack(3, r->length, r->start, TW_NONE);
    } else {
        t = tw_tuple_pack(3, r->length, r->start, r->step);
    }
    if (!t) {
        return TW_NULL;
    }
    int64_t h = tw_tuple_hash(t);
    return h == -1 ? TW_NULL : tw_int_from_i64(h);
}

static TwValue range_repr(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    if (r->step == tw_from_small_int(1)) {
        return tw_str_fmt("range(%R, %R)", r->start, r->stop);
    }
    return tw_str_fmt("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static TwValue range_reduce(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    TwValue args = tw_tuple_pack(3, r->start, r->stop, r->step);
    return args ? tw_tuple_pack(2, tw_from_obj(&tw_type_range), args) : TW_NULL;
}

static TwValue range_get_start(TwValue self) { return TW_OBJ(self, TwRange)->start; }
static TwValue range_get_stop(TwValue self) { return TW_OBJ(self, TwRange)->stop; }
static TwValue range_get_step(TwValue self) { return TW_OBJ(self, TwRange)->step; }

// ---------------------------------------------------------------- range iterators

typedef struct RangeIter {
    TwObject hdr;
    int64_t next, step, remaining;
} RangeIter;

typedef struct LongRangeIter {
    TwObject hdr;
    TwValue next, step, remaining;
} LongRangeIter;

static TwValue rangeiter_next(TwValue self) {
    RangeIter *it = TW_OBJ(self, RangeIter);
    if (it->remaining <= 0) {
        return TW_NULL;
    }
    int64_t v = it->next;
    it->next += it->step;
    it->remaining--;
    return tw_from_small_int(v);
}

static TwValue longrangeiter_next(TwValue self) {
    LongRangeIter *it = TW_OBJ(self, LongRangeIter);
    if (tw_int_sign(it->remaining) <= 0) {
        return TW_NULL;
    }
    TwValue v = it->next;
    TwValue n = iadd(v, it->step);
    TwValue rem = n ? isub(it->remaining, tw_from_small_int(1)) : TW_NULL;
    if (!rem) {
        return TW_NULL;
    }
    it->next = n;
    it->remaining = rem;
    return v;
}

static void longrangeiter_trace(TwObject *self) {
    LongRangeIter *it = (LongRangeIter *)self;
    tw_gc_mark(it->next);
    tw_gc_mark(it->step);
    tw_gc_mark(it->remaining);
}

static TwType range_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "range_iterator",
    .basic_size = sizeof(RangeIter),
    .iternext = rangeiter_next,
};

static TwType longrange_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "longrange_iterator",
    .basic_size = sizeof(LongRangeIter),
    .trace = longrangeiter_trace,
    .iternext = longrangeiter_next,
};

// Ranges whose values fit a C long but not a small int: same name as CPython gives them.
static TwType midrange_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "range_iterator",
    .basic_size = sizeof(LongRangeIter),
    .trace = longrangeiter_trace,
    .iternext = longrangeiter_next,
};

static TwValue make_range_iter(TwValue start, TwValue step, TwValue len) {
    if (tw_is_int(start) && tw_is_int(step) && tw_is_int(len)) {
        int64_t n = tw_as_int(len);
        int64_t l = n > 0 ? tw_as_int(start) + (n - 1) * tw_as_int(step) : tw_as_int(start);
        if (tw_int_fits_small(l)) {
            RangeIter *it = (RangeIter *)tw_gc_alloc(&range_iter_type, sizeof(RangeIter));
            if (!it) {
                return TW_NULL;
            }
            it->next = tw_as_int(start);
            it->step = tw_as_int(step);
            it->remaining = n;
            return tw_from_obj(it);
        }
    }
    // CPython's choice of iterator: C long arithmetic when start, stop and step all fit.
    TwType *t = &longrange_iter_type;
    int64_t a, b, c;
    TwValue stop = TW_NULL;
    TwValue span = tw_int_binop(TW_OP_MUL, step, len);
    if (span) {
        stop = tw_int_binop(TW_OP_ADD, start, span);
    }
    if (!stop) {
        return TW_NULL;
    }
    if (tw_int_to_i64(start, &a) && tw_int_to_i64(step, &b) && tw_int_to_i64(stop, &c)) {
        t = &midrange_iter_type;
    }
    LongRangeIter *it = (LongRangeIter *)tw_gc_alloc(t, sizeof(LongRangeIter));
    if (!it) {
        return TW_NULL;
    }
    it->next = start;
    it->step = step;
    it->remaining = len;
    return tw_from_obj(it);
}

static TwValue range_iter_m(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    return make_range_iter(r->start, r->step, r->length);
}

static TwValue range_reversed(int argc, TwValue *argv, TwValue kw) {
    TwRange *r = TW_OBJ(argv[0], TwRange);
    TwValue last;
    if (tw_int_is_zero(r->length)) {
        last = r->start;
    } else {
        TwValue n1 = isub(r->length, tw_from_small_int(1));
        last = n1 ? range_item(r, n1) : TW_NULL;
        if (!last) {
            return TW_NULL;
        }
    }
    TwValue nstep = tw_int_neg(r->step);
    return nstep ? make_range_iter(last, nstep, r->length) : TW_NULL;
}

static TwValue rangeiter_length_hint(int argc, TwValue *argv, TwValue kw) {
    if (tw_type_of(argv[0]) == &range_iter_type) {
        int64_t n = TW_OBJ(argv[0], RangeIter)->remaining;
        return tw_from_small_int(n > 0 ? n : 0);
    }
    TwValue n = TW_OBJ(argv[0], LongRangeIter)->remaining;
    return tw_int_sign(n) > 0 ? n : tw_from_small_int(0);
}

static const TwMethodDef rangeiter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", rangeiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef range_methods[] = {
    {"__new__", range_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__len__", range_len, 1, 1, TW_BUILTIN_METHOD},
    {"__bool__", range_bool, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", range_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", range_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", range_iter_m, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", range_reversed, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", range_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", range_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", range_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", range_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", range_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"index", range_index, 2, 2, TW_BUILTIN_METHOD},
    {"count", range_count, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, true},
    {"stop", range_get_stop, NULL, true},
    {"step", range_get_step, NULL, true},
    {NULL},
};

// ---------------------------------------------------------------- slice

TwValue tw_slice_new(TwValue start, TwValue stop, TwValue step) {
    TwSlice *s = (TwSlice *)tw_gc_alloc(&tw_type_slice, sizeof(TwSlice));
    if (!s) {
        return TW_NULL;
    }
    s->start = start ? start : TW_NONE;
    s->stop = stop ? stop : TW_NONE;
    s->step = step ? step : TW_NONE;
    return tw_from_obj(s);
}

// A slice bound as int64, clamped to +-INT64_MAX like CPython's _PyEval_SliceIndex.
static int slice_index(TwValue v, int64_t *out) {
    if (tw_is_int(v)) {
        *out = tw_as_int(v);
        return 0;
    }
    TwValue i;
    if (tw_is_intlike(v)) {
        i = tw_int_value(v);
    } else if (tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        i = tw_index(v);
        if (!i) {
            return -1;
        }
    } else {
        tw_error(&tw_type_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (!tw_int_to_i64(i, out)) {
        *out = tw_int_sign(i) < 0 ? -INT64_MAX : INT64_MAX;
    }
    return 0;
}

int64_t tw_slice_indices(TwValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) {
    TwSlice *s = TW_OBJ(slice, TwSlice);
    int64_t st = 1;
    if (s->step != TW_NONE) {
        if (slice_index(s->step, &st) < 0) {
            return -1;
        }
        if (st == 0) {
            tw_error(&tw_type_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (st < -INT64_MAX) {
            st = -INT64_MAX;
        }
    }
    int64_t a, b;
    if (s->start == TW_NONE) {
        a = st < 0 ? INT64_MAX : 0;
    } else if (slice_index(s->start, &a) < 0) {
        return -1;
    }
    if (s->stop == TW_NONE) {
        b = st < 0 ? INT64_MIN : INT64_MAX;
    } else if (slice_index(s->stop, &b) < 0) {
        return -1;
    }
    if (a < 0) {
        a += length;
        if (a < 0) {
            a = st < 0 ? -1 : 0;
        }
    } else if (a >= length) {
        a = st < 0 ? length - 1 : length;
    }
    if (b < 0) {
        // INT64_MIN + length cannot overflow for length >= 0.
        b += length;
        if (b < 0) {
            b = st < 0 ? -1 : 0;
        }
    } else if (b >= length) {
        b = st < 0 ? length - 1 : length;
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st < 0) {
        return b < a ? (a - b - 1) / (-st) + 1 : 0;
    }
    return a < b ? (b - a - 1) / st + 1 : 0;
}

static TwValue slice_new_m(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "slice() takes no keyword arguments");
    }
    int n = argc - 1;
    if (n < 1) {
        return tw_error(&tw_type_TypeError, "slice expected at least 1 argument, got %d", n);
    }
    if (n > 3) {
        return tw_error(&tw_type_TypeError, "slice expected at most 3 arguments, got %d", n);
    }
    if (n == 1) {
        return tw_slice_new(TW_NONE, argv[1], TW_NONE);
    }
    return tw_slice_new(argv[1], argv[2], n == 3 ? argv[3] : TW_NONE);
}

static TwValue slice_reduce_m(int argc, TwValue *argv, TwValue kw) {
    TwSlice *s = TW_OBJ(argv[0], TwSlice);
    TwValue args = tw_tuple_pack(3, s->start, s->stop, s->step);
    return args ? tw_tuple_pack(2, tw_from_obj(&tw_type_slice), args) : TW_NULL;
}

static TwValue slice_indices_m(int argc, TwValue *argv, TwValue kw) {
    TwValue len = tw_index(argv[1]);
    if (!len) {
        return TW_NULL;
    }
    if (tw_int_sign(len) < 0) {
        return tw_error(&tw_type_ValueError, "length should not be negative");
    }
    TwValue a, b, st;
    if (slice_indices_big(argv[0], len, &a, &b, &st) < 0) {
        return TW_NULL;
    }
    return tw_tuple_pack(3, a, b, st);
}

static TwValue slice_repr(int argc, TwValue *argv, TwValue kw) {
    TwSlice *s = TW_OBJ(argv[0], TwSlice);
    return tw_str_fmt("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static TwValue slice_cmp(int op, TwValue a, TwValue b) {
    if (!tw_is_type(b, &tw_type_slice)) {
        return TW_NOTIMPL;
    }
    TwSlice *x = TW_OBJ(a, TwSlice), *y = TW_OBJ(b, TwSlice);
    TwValue ta[3] = {x->start, x->stop, x->step};
    TwValue tb[3] = {y->start, y->stop, y->step};
    return tw_seq_compare(op, ta, 3, tb, 3);
}

static TwValue slice_lt(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_LT, argv[0], argv[1]); }
static TwValue slice_le(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_LE, argv[0], argv[1]); }
static TwValue slice_eq(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue slice_ne(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_NE, argv[0], argv[1]); }
static TwValue slice_gt(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_GT, argv[0], argv[1]); }
static TwValue slice_ge(int argc, TwValue *argv, TwValue kw) { return slice_cmp(TW_CMP_GE, argv[0], argv[1]); }

static TwValue slice_get_start(TwValue self) { return TW_OBJ(self, TwSlice)->start; }
static TwValue slice_get_stop(TwValue self) { return TW_OBJ(self, TwSlice)->stop; }
static TwValue slice_get_step(TwValue self) { return TW_OBJ(self, TwSlice)->step; }

static const TwMethodDef slice_methods[] = {
    {"__new__", slice_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", slice_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__lt__", slice_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", slice_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", slice_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", slice_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", slice_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", slice_ge, 2, 2, TW_BUILTIN_METHOD},
    {"indices", slice_indices_m, 2, 2, TW_BUILTIN_METHOD},
    {"__reduce__", slice_reduce_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, true},
    {"stop", slice_get_stop, NULL, true},
    {"step", slice_get_step, NULL, true},
    {NULL},
};

void tw_range_init(void) {
    tw_type_init_builtin(&tw_type_range, "range", &tw_type_object);
    tw_type_add_methods(&tw_type_range, range_methods);
    tw_type_add_getsets(&tw_type_range, range_getsets);
    tw_type_init_builtin(&range_iter_type, "range_iterator", &tw_type_object);
    tw_type_add_methods(&range_iter_type, rangeiter_methods);
    tw_type_init_builtin(&longrange_iter_type, "longrange_iterator", &tw_type_object);
    tw_type_add_methods(&longrange_iter_type, rangeiter_methods);
    tw_type_init_builtin(&midrange_iter_type, "range_iterator", &tw_type_object);
    tw_type_add_methods(&midrange_iter_type, rangeiter_methods);
    tw_type_init_builtin(&tw_type_slice, "slice", &tw_type_object);
    tw_type_add_methods(&tw_type_slice, slice_methods);
    tw_type_add_getsets(&tw_type_slice, slice_getsets);
    tw_dict_set(tw_from_obj(tw_type_slice.dict), TW_NAME(__hash__), TW_NONE);
}
