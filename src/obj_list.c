// The list type: a growable array of values in a tw_gc_malloc'd buffer, its forward and
// reverse iterators, and every list method except sort (list_sort.c). Element
// comparisons may run Python code that mutates the list, so loops re-read size and items
// after each call instead of holding raw pointers across them.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

static void list_trace(TwObject *self) {
    TwList *l = (TwList *)self;
    tw_gc_mark_array(l->items, l->size);
}

static void list_finalize(TwObject *self) {
    TwList *l = (TwList *)self;
    if (l->items) {
        tw_gc_free(l->items, l->cap * sizeof(TwValue));
        l->items = NULL;
    }
}

TwType tw_type_list = {
    .hdr.type = &tw_type_type,
    .c_name = "list",
    .basic_size = sizeof(TwList),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_LIST_SUB | TW_TYPE_SEQUENCE | TW_TYPE_MATCH_SELF | TW_TYPE_SEQ_REPEAT,
    .trace = list_trace,
    .finalize = list_finalize,
};

// ---------------------------------------------------------------- storage

static int list_reserve(TwList *l, size_t need) {
    if (need <= l->cap) {
        return 0;
    }
    if (need > ((size_t)1 << 40)) {
        tw_error_nomem();
        return -1;
    }
    // Grow by ~1/8 plus a little, as CPython does, so appends are amortised O(1)
    // without wasting much memory on big lists.
    size_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6);
    TwValue *p = tw_gc_realloc(l->items, l->cap * sizeof(TwValue), ncap * sizeof(TwValue));
    if (!p) {
        tw_error_nomem();
        return -1;
    }
    l->items = p;
    l->cap = ncap;
    return 0;
}

// Replace the buffer with an exact-size one (or none) after a big shrink.
static void list_shrink(TwList *l) {
    if (l->cap > 16 && l->size < l->cap / 4) {
        size_t ncap = l->size + (l->size >> 3) + 6;
        TwValue *p = tw_gc_realloc(l->items, l->cap * sizeof(TwValue), ncap * sizeof(TwValue));
        if (p) {
            l->items = p;
            l->cap = ncap;
        }
    }
}

static TwList *list_alloc(TwType *cls) {
    return (TwList *)tw_gc_alloc(cls, cls == &tw_type_list ? sizeof(TwList) : cls->basic_size);
}

TwValue tw_list_new(size_t cap) {
    TwList *l = list_alloc(&tw_type_list);
    if (!l) {
        return TW_NULL;
    }
    if (cap && list_reserve(l, cap) < 0) {
        return TW_NULL;
    }
    return tw_from_obj(l);
}

TwValue tw_list_from(size_t n, const TwValue *items) {
    TwValue lv = tw_list_new(n);
    if (!lv) {
        return TW_NULL;
    }
    TwList *l = TW_OBJ(lv, TwList);
    if (n) {
        memcpy(l->items, items, n * sizeof(TwValue));
    }
    l->size = n;
    return lv;
}

TwValue tw_list_to_tuple(TwValue list) {
    TwValue r = tw_tuple_from(tw_list_size(list), tw_list_items(list));
    tw_keep_alive(list);   // a collection inside the allocation would free the items copied
    return r;
}

int tw_list_append(TwValue list, TwValue v) {
    TwList *l = TW_OBJ(list, TwList);
    if (l->size == l->cap && list_reserve(l, l->size + 1) < 0) {
        return -1;
    }
    l->items[l->size++] = v;
    return 0;
}

int tw_list_extend(TwValue list, TwValue iterable) {
    TwList *l = TW_OBJ(list, TwList);
    if (tw_is_type(iterable, &tw_type_list) || tw_is_type(iterable, &tw_type_tuple)) {
        size_t n;
        TwValue *src;
        if (tw_is_type(iterable, &tw_type_list)) {
            n = tw_list_size(iterable);
        } else {
            n = tw_tuple_size(iterable);
        }
        if (list_reserve(l, l->size + n) < 0) {
            return -1;
        }
        // Re-read after reserving: extending a list by itself.
        src = tw_is_type(iterable, &tw_type_list) ? tw_list_items(iterable) : tw_tuple_items(iterable);
        if (n) {
            memmove(l->items + l->size, src, n * sizeof(TwValue));
        }
        l->size += n;
        return 0;
    }
    TwValue it = tw_iter(iterable);
    if (!it) {
        return -1;
    }
    TwValue (*next)(TwValue) = tw_type_of(it)->iternext;
    for (;;) {
        TwValue v = next ? next(it) : tw_next(it);
        if (!v) {
            return tw_error_occurred() ? -1 : 0;
        }
        if (tw_list_append(list, v) < 0) {
            return -1;
        }
    }
}

TwValue tw_list_from_iterable(TwValue iterable) {
    TwValue l = tw_list_new(0);
    if (!l || tw_list_extend(l, iterable) < 0) {
        return TW_NULL;
    }
    return l;
}

// ---------------------------------------------------------------- construction

static TwValue list_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    if (cls == &tw_type_list && kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "list() takes no keyword arguments");
    }
    TwList *l = list_alloc(cls);
    return l ? tw_from_obj(l) : TW_NULL;
}

static TwValue list_init(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "list() takes no keyword arguments");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "list expected at most 1 argument, got %d", argc - 1);
    }
    TwList *l = TW_OBJ(argv[0], TwList);
    l->size = 0;
    if (argc == 2 && tw_list_extend(argv[0], argv[1]) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

// ---------------------------------------------------------------- basic methods

static TwValue list_len(int argc, TwValue *argv, TwValue kw) {
    return tw_from_small_int((int64_t)tw_list_size(argv[0]));
}

static TwValue list_append(int argc, TwValue *argv, TwValue kw) {
    return tw_list_append(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue list_extend(int argc, TwValue *argv, TwValue kw) {
    return tw_list_extend(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static int list_insert_at(TwValue lv, int64_t i, TwValue v) {
    TwList *l = TW_OBJ(lv, TwList);
    int64_t n = (int64_t)l->size;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    if (list_reserve(l, l->size + 1) < 0) {
        return -1;
    }
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(TwValue));
    l->items[i] = v;
    l->size++;
    return 0;
}

static TwValue list_insert(int argc, TwValue *argv, TwValue kw) {
    int64_t i;
    if (tw_is_int(argv[1])) {
        i = tw_as_int(argv[1]);
    } else if (tw_index_as_ssize(argv[1], &i) < 0) {
        return TW_NULL;
    }
    return list_insert_at(argv[0], i, argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue list_pop(int argc, TwValue *argv, TwValue kw) {
    TwList *l = TW_OBJ(argv[0], TwList);
    int64_t i = -1;
    if (argc > 1) {
        if (tw_is_int(argv[1])) {
            i = tw_as_int(argv[1]);
        } else if (tw_index_as_ssize(argv[1], &i) < 0) {
            return TW_NULL;
        }
    }
    if (l->size == 0) {
        return tw_error(&tw_type_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += (int64_t)l->size;
    }
    if (i < 0 || (size_t)i >= l->size) {
        return tw_error(&tw_type_IndexError, "pop index out of range");
    }
    TwValue v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->size - (size_t)i - 1) * sizeof(TwValue));
    l->size--;
    list_shrink(l);
    return v;
}

// Index of the first item equal to v in [start, stop), -2 when absent, -1 on error.
static int64_t list_find(TwValue lv, TwValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && (size_t)i < tw_list_size(lv); i++) {
        int r = tw_eq(tw_list_items(lv)[i], v);
        if (r < 0) {
            return -1;
        }
        if (r) {
            return i;
        }
    }
    return -2;
}

static TwValue list_remove(int argc, TwValue *argv, TwValue kw) {
    int64_t i = list_find(argv[0], argv[1], 0, INT64_MAX);
    if (i == -1) {
        return TW_NULL;
    }
    if (i == -2) {
        return tw_error(&tw_type_ValueError, "list.remove(x): x not in list");
    }
    TwList *l = TW_OBJ(argv[0], TwList);
    memmove(l->items + i, l->items + i + 1, (l->size - (size_t)i - 1) * sizeof(TwValue));
    l->size--;
    return TW_NONE;
}

static TwValue list_index(int argc, TwValue *argv, TwValue kw) {
    int64_t start, stop;
    if (tw_seq_index_bounds(argc, argv, 2, (int64_t)tw_list_size(argv[0]), &start, &stop) < 0) {
        return TW_NULL;
    }
    int64_t i = list_find(argv[0], argv[1], start, stop);
    if (i == -1) {
        return TW_NULL;
    }
    if (i == -2) {
        return tw_error(&tw_type_ValueError, "%R is not in list", argv[1]);
    }
    return tw_from_small_int(i);
}

static TwValue list_count(int argc, TwValue *argv, TwValue kw) {
    int64_t count = 0;
    for (size_t i = 0; i < tw_list_size(argv[0]); i++) {
        int r = tw_eq(tw_list_items(argv[0])[i], argv[1]);
        if (r < 0) {
            return TW_NULL;
        }
        count += r;
    }
    return tw_from_small_int(count);
}

static TwValue list_clear(int argc, TwValue *argv, TwValue kw) {
    TwList *l = TW_OBJ(argv[0], TwList);
    l->size = 0;
    list_shrink(l);
    return TW_NONE;
}

static TwValue list_copy(int argc, TwValue *argv, TwValue kw) {
    return tw_list_from(tw_list_size(argv[0]), tw_list_items(argv[0]));
}

static void reverse_items(TwValue *items, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        TwValue t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

static TwValue list_reverse(int argc, TwValue *argv, TwValue kw) {
    reverse_items(tw_list_items(argv[0]), tw_list_size(argv[0]));
    return TW_NONE;
}

static TwValue list_sort_m(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"key", "reverse"};
    TwValue out[2];
    size_t nkw = kwnames ? tw_tuple_size(kwnames) : 0;
    if ((size_t)argc - nkw > 1) {
        return tw_error(&tw_type_TypeError, "sort() takes no positional arguments");
    }
    if (tw_parse_args("sort", (int)nkw, argv + 1, kwnames, names, 2, 0, 0, 0, out) < 0) {
        return TW_NULL;
    }
    TwValue key = out[0] == TW_NONE ? TW_NULL : out[0];
    int rev = 0;
    if (out[1]) {
        rev = tw_truthy(out[1]);
        if (rev < 0) {
            return TW_NULL;
        }
    }
    return tw_list_sort(argv[0], key, rev) < 0 ? TW_NULL : TW_NONE;
}

// ---------------------------------------------------------------- subscripts

static TwValue list_getitem(int argc, TwValue *argv, TwValue kw) {
    TwValue lv = argv[0];
    int64_t i;
    int kind = tw_container_index(argv[1], "list", &i);
    if (kind < 0) {
        return TW_NULL;
    }
    size_t n = tw_list_size(lv);
    if (kind == 1) {
        if (i < 0) {
            i += (int64_t)n;
        }
        if (i < 0 || (uint64_t)i >= n) {
            return tw_error(&tw_type_IndexError, "list index out of range");
        }
        return tw_list_items(lv)[i];
    }
    int64_t start, stop, step;
    int64_t len = tw_slice_indices(argv[1], (int64_t)n, &start, &stop, &step);
    if (len < 0) {
        return TW_NULL;
    }
    // tw_slice_indices may have run __index__ code that shrank the list.
    n = tw_list_size(lv);
    TwValue r = tw_list_new((size_t)len);
    if (!r) {
        return TW_NULL;
    }
    TwList *rl = TW_OBJ(r, TwList);
    for (int64_t k = 0, j = start; k < len; k++, j += step) {
        if ((size_t)j < tw_list_size(lv)) {
            rl->items[rl->size++] = tw_list_items(lv)[j];
        }
    }
    return r;
}

static int list_del_slice(TwList *l, int64_t start, int64_t step, int64_t len) {
    if (len <= 0) {
        return 0;
    }
    if (step == 1) {
        memmove(l->items + start, l->items + start + len, (l->size - (size_t)(start + len)) * sizeof(TwValue));
        l->size -= (size_t)len;
        list_shrink(l);
        return 0;
    }
    if (step < 0) {
        // Walk it forwards: same set of indices.
        start = start + step * (len - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < l->size; r++) {
        if (r >= (size_t)start && (int64_t)(r - (size_t)start) % step == 0 &&
            (int64_t)(r - (size_t)start) / step < len) {
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->size = w;
    list_shrink(l);
    return 0;
}

static int list_ass_slice(TwValue lv, TwValue slice, TwValue value) {
    TwList *l = TW_OBJ(lv, TwList);
    int64_t start, stop, step;
    int64_t len = tw_slice_indices(slice, (int64_t)l->size, &start, &stop, &step);
    if (len < 0) {
        return -1;
    }
    if (!value) {
        return list_del_slice(l, start, step, len);
    }
    // Materialise the new items first; a[:] = a needs a copy.
    TwValue seq;
    if (value == lv) {
        seq = tw_list_from(l->size, l->items);
    } else if (tw_is_type(value, &tw_type_list) || tw_is_type(value, &tw_type_tuple)) {
        seq = value;
    } else {
        if (!tw_type_lookup(tw_type_of(value), TW_NAME(__iter__)) &&
            !tw_type_lookup(tw_type_of(value), TW_NAME(__getitem__))) {
            tw_error(&tw_type_TypeError, step == 1 ? "can only assign an iterable"
                                                    : "must assign iterable to extended slice");
            return -1;
        }
        seq = tw_list_from_iterable(value);
    }
    if (!seq) {
        return -1;
    }
    size_t m = tw_is_type(seq, &tw_type_tuple) ? tw_tuple_size(seq) : tw_list_size(seq);
    TwValue *src = tw_is_type(seq, &tw_type_tuple) ? tw_tuple_items(seq) : tw_list_items(seq);
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        size_t old = (size_t)(stop - start);
        if (m > old && list_reserve(l, l->size + m - old) < 0) {
            return -1;
        }
        src = tw_is_type(seq, &tw_type_tuple) ? tw_tuple_items(seq) : tw_list_items(seq);
        memmove(l->items + start + m, l->items + stop, (l->size - (size_t)stop) * sizeof(TwValue));
        if (m) {
            memcpy(l->items + start, src, m * sizeof(TwValue));
        }
        l->size = l->size - old + m;
        list_shrink(l);
        return 0;
    }
    if ((int64_t)m != len) {
        tw_error(&tw_type_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                 m, (long long)len);
        return -1;
    }
    for (int64_t k = 0, j = start; k < len; k++, j += step) {
        l->items[j] = src[k];
    }
    return 0;
}

static TwValue list_setitem(int argc, TwValue *argv, TwValue kw) {
    TwValue lv = argv[0];
    int64_t i;
    int kind = tw_container_index(argv[1], "list", &i);
    if (kind < 0) {
        return TW_NULL;
    }
    if (kind == 0) {
        return list_ass_slice(lv, argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
    }
    size_t n = tw_list_size(lv);
    if (i < 0) {
        i += (int64_t)n;
    }
    if (i < 0 || (uint64_t)i >= n) {
        return tw_error(&tw_type_IndexError, "list assignment index out of range");
    }
    tw_list_items(lv)[i] = argv[2];
    return TW_NONE;
}

static TwValue list_delitem(int argc, TwValue *argv, TwValue kw) {
    TwValue lv = argv[0];
    int64_t i;
    int kind = tw_container_index(argv[1], "list", &i);
    if (kind < 0) {
        return TW_NULL;
    }
    if (kind == 0) {
        return list_ass_slice(lv, argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
    }
    TwList *l = TW_OBJ(lv, TwList);
    if (i < 0) {
        i += (int64_t)l->size;
    }
    if (i < 0 || (uint64_t)i >= l->size) {
        return tw_error(&tw_type_IndexError, "list assignment index out of range");
    }
    memmove(l->items + i, l->items + i + 1, (l->size - (size_t)i - 1) * sizeof(TwValue));
    l->size--;
    list_shrink(l);
    return TW_NONE;
}

static TwValue list_contains(int argc, TwValue *argv, TwValue kw) {
    for (size_t i = 0; i < tw_list_size(argv[0]); i++) {
        int r = tw_eq(tw_list_items(argv[0])[i], argv[1]);
        if (r) {
            return r < 0 ? TW_NULL : TW_TRUE;
        }
    }
    return TW_FALSE;
}

// ---------------------------------------------------------------- operators

static TwValue list_add(int argc, TwValue *argv, TwValue kw) {
    TwValue a = argv[0], b = argv[1];
    if (!tw_isinstance_type(b, &tw_type_list)) {
        return tw_error(&tw_type_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    size_t na = tw_list_size(a), nb = tw_list_size(b);
    TwValue r = tw_list_new(na + nb);
    if (!r) {
        return TW_NULL;
    }
    TwList *rl = TW_OBJ(r, TwList);
    if (na) {
        memcpy(rl->items, tw_list_items(a), na * sizeof(TwValue));
    }
    if (nb) {
        memcpy(rl->items + na, tw_list_items(b), nb * sizeof(TwValue));
    }
    rl->size = na + nb;
    return r;
}

static TwValue list_iadd(int argc, TwValue *argv, TwValue kw) {
    if (tw_list_extend(argv[0], argv[1]) < 0) {
        return TW_NULL;
    }
    return argv[0];
}

// MemoryError for a repetition that could never fit.
static int check_repeat(size_t len, int64_t n) {
    if (n > 0 && len > 0 && (uint64_t)n > ((uint64_t)1 << 40) / len) {
        tw_error_nomem();
        return -1;
    }
    return 0;
}

static TwValue list_mul(int argc, TwValue *argv, TwValue kw) {
    int64_t n;
    int ok = tw_seq_repeat_count(argv[1], &n);
    if (ok <= 0) {
        return ok < 0 ? TW_NULL : TW_NOTIMPL;
    }
    size_t len = tw_list_size(argv[0]);
    TwValue r = tw_list_new(0);
    if (!r) {
        return TW_NULL;
    }
    TwList *rl = TW_OBJ(r, TwList);
    if (check_repeat(len, n) < 0) {
        return TW_NULL;
    }
    if (n <= 0 || len == 0) {
        return r;
    }
    if (list_reserve(rl, len * (size_t)n) < 0) {
        return TW_NULL;
    }
    for (int64_t k = 0; k < n; k++) {
        memcpy(rl->items + (size_t)k * len, tw_list_items(argv[0]), len * sizeof(TwValue));
    }
    rl->size = len * (size_t)n;
    return r;
}

static TwValue list_imul(int argc, TwValue *argv, TwValue kw) {
    int64_t n;
    int ok = tw_seq_repeat_count(argv[1], &n);
    if (ok <= 0) {
        return ok < 0 ? TW_NULL : TW_NOTIMPL;
    }
    TwList *l = TW_OBJ(argv[0], TwList);
    size_t len = l->size;
    if (check_repeat(len, n) < 0) {
        return TW_NULL;
    }
    if (n <= 0 || len == 0) {
        l->size = 0;
        list_shrink(l);
        return argv[0];
    }
    if (list_reserve(l, len * (size_t)n) < 0) {
        return TW_NULL;
    }
    for (int64_t k = 1; k < n; k++) {
        memcpy(l->items + (size_t)k * len, l->items, len * sizeof(TwValue));
    }
    l->size = len * (size_t)n;
    return argv[0];
}

static TwValue size_cmp(int op, size_t na, size_t nb) {
    switch (op) {
    case TW_CMP_LT: return tw_bool(na < nb);
    case TW_CMP_LE: return tw_bool(na <= nb);
    case TW_CMP_EQ: return tw_bool(na == nb);
    case TW_CMP_NE: return tw_bool(na != nb);
    case TW_CMP_GT: return tw_bool(na > nb);
    default: return tw_bool(na >= nb);
    }
}

// Rich comparison re-reading both lists each step (__eq__ may mutate them).
static TwValue list_cmp(int op, TwValue a, TwValue b) {
    if (!tw_isinstance_type(b, &tw_type_list)) {
        return TW_NOTIMPL;
    }
    if ((op == TW_CMP_EQ || op == TW_CMP_NE) && tw_list_size(a) != tw_list_size(b)) {
        return tw_bool(op == TW_CMP_NE);
    }
    size_t i;
    for (i = 0; i < tw_list_size(a) && i < tw_list_size(b); i++) {
        int r = tw_eq(tw_list_items(a)[i], tw_list_items(b)[i]);
        if (r < 0) {
            return TW_NULL;
        }
        if (!r) {
            break;
        }
    }
    size_t na = tw_list_size(a), nb = tw_list_size(b);
    if (i >= na || i >= nb) {
        return size_cmp(op, na, nb);
    }
    if (op == TW_CMP_EQ) {
        return TW_FALSE;
    }
    if (op == TW_CMP_NE) {
        return TW_TRUE;
    }
    return tw_compare(op, tw_list_items(a)[i], tw_list_items(b)[i]);
}

static TwValue list_lt(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_LT, argv[0], argv[1]); }
static TwValue list_le(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_LE, argv[0], argv[1]); }
static TwValue list_eq(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue list_ne(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_NE, argv[0], argv[1]); }
static TwValue list_gt(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_GT, argv[0], argv[1]); }
static TwValue list_ge(int argc, TwValue *argv, TwValue kw) { return list_cmp(TW_CMP_GE, argv[0], argv[1]); }

static TwValue list_repr(int argc, TwValue *argv, TwValue kw) {
    TwValue lv = argv[0];
    if (tw_list_size(lv) == 0) {
        return tw_str_from_c("[]");
    }
    int rec = tw_repr_enter(lv);
    if (rec) {
        return rec < 0 ? TW_NULL : tw_str_from_c("[...]");
    }
    if (tw_enter_recursive_call(" while getting the repr of an object") < 0) {
        tw_repr_leave(lv);
        return TW_NULL;
    }
    TwBuf buf;
    tw_buf_init(&buf);
    int err = tw_buf_append(&buf, "[", 1) < 0;
    // Index loop: an item's __repr__ may shrink the list.
    for (size_t i = 0; !err && i < tw_list_size(lv); i++) {
        if (i > 0 && tw_buf_append(&buf, ", ", 2) < 0) {
            err = 1;
            break;
        }
        TwValue r = tw_repr(tw_list_items(lv)[i]);
        err = !r || tw_buf_append_str(&buf, r) < 0;
    }
    err = err || tw_buf_append(&buf, "]", 1) < 0;
    tw_leave_recursive_call();
    tw_repr_leave(lv);
    if (err) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    return tw_buf_to_str(&buf);
}

// ---------------------------------------------------------------- iterators

typedef struct ListIter {
    TwObject hdr;
    TwValue seq;         // TW_NULL once exhausted
    size_t index;        // forward: next index; reverse: next index + 1
} ListIter;

static void listiter_trace(TwObject *self) {
    tw_gc_mark(((ListIter *)self)->seq);
}

static TwValue listiter_next(TwValue self) {
    ListIter *it = TW_OBJ(self, ListIter);
    if (it->seq) {
        if (it->index < tw_list_size(it->seq)) {
            return tw_list_items(it->seq)[it->index++];
        }
        it->seq = TW_NULL;
    }
    return TW_NULL;
}

static TwValue listreviter_next(TwValue self) {
    ListIter *it = TW_OBJ(self, ListIter);
    if (it->seq) {
        if (it->index > 0 && it->index <= tw_list_size(it->seq)) {
            return tw_list_items(it->seq)[--it->index];
        }
        it->seq = TW_NULL;
    }
    return TW_NULL;
}

static TwType list_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "list_iterator",
    .basic_size = sizeof(ListIter),
    .trace = listiter_trace,
    .iternext = listiter_next,
};

static TwType list_reviter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "list_reverseiterator",
    .basic_size = sizeof(ListIter),
    .trace = listiter_trace,
    .iternext = listreviter_next,
};

static TwValue list_iter(int argc, TwValue *argv, TwValue kw) {
    ListIter *it = (ListIter *)tw_gc_alloc(&list_iter_type, sizeof(ListIter));
    if (!it) {
        return TW_NULL;
    }
    it->seq = argv[0];
    return tw_from_obj(it);
}

static TwValue list_reversed(int argc, TwValue *argv, TwValue kw) {
    ListIter *it = (ListIter *)tw_gc_alloc(&list_reviter_type, sizeof(ListIter));
    if (!it) {
        return TW_NULL;
    }
    it->seq = argv[0];
    it->index = tw_list_size(argv[0]);
    return tw_from_obj(it);
}

static TwValue listiter_length_hint(int argc, TwValue *argv, TwValue kw) {
    ListIter *it = TW_OBJ(argv[0], ListIter);
    if (!it->seq) {
        return tw_from_small_int(0);
    }
    size_t n = tw_list_size(it->seq);
    if (tw_as_obj(argv[0])->type == &list_reviter_type) {
        return tw_from_small_int(it->index <= n ? (int64_t)it->index : 0);
    }
    return tw_from_small_int(it->index < n ? (int64_t)(n - it->index) : 0);
}

static const TwMethodDef listiter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", listiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef list_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", list_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", list_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__len__", list_len, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", list_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__setitem__", list_setitem, 3, 3, TW_BUILTIN_METHOD},
    {"__delitem__", list_delitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", list_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", list_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", list_reversed, 1, 1, TW_BUILTIN_METHOD},
    {"__add__", list_add, 2, 2, TW_BUILTIN_METHOD},
    {"__iadd__", list_iadd, 2, 2, TW_BUILTIN_METHOD},
    {"__mul__", list_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__rmul__", list_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__imul__", list_imul, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", list_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", list_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", list_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", list_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", list_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", list_ge, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", list_repr, 1, 1, TW_BUILTIN_METHOD},
    {"append", list_append, 2, 2, TW_BUILTIN_METHOD},
    {"extend", list_extend, 2, 2, TW_BUILTIN_METHOD},
    {"insert", list_insert, 3, 3, TW_BUILTIN_METHOD},
    {"pop", list_pop, 1, 2, TW_BUILTIN_METHOD},
    {"remove", list_remove, 2, 2, TW_BUILTIN_METHOD},
    {"index", list_index, 2, 4, TW_BUILTIN_METHOD},
    {"count", list_count, 2, 2, TW_BUILTIN_METHOD},
    {"clear", list_clear, 1, 1, TW_BUILTIN_METHOD},
    {"copy", list_copy, 1, 1, TW_BUILTIN_METHOD},
    {"reverse", list_reverse, 1, 1, TW_BUILTIN_METHOD},
    {"sort", list_sort_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL},
};

void tw_list_init(void) {
    tw_type_init_builtin(&tw_type_list, "list", &tw_type_object);
    tw_type_add_methods(&tw_type_list, list_methods);
    tw_dict_set(tw_from_obj(tw_type_list.dict), TW_NAME(__hash__), TW_NONE);
    tw_type_init_builtin(&list_iter_type, "list_iterator", &tw_type_object);
    tw_type_add_methods(&list_iter_type, listiter_methods);
    tw_type_init_builtin(&list_reviter_type, "list_reverseiterator", &tw_type_object);
    tw_type_add_methods(&list_reviter_type, listiter_methods);
}
