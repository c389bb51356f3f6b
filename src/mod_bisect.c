// Two small modules of algorithms on lists: _bisect (binary search and insertion into a
// sorted sequence, with key= as in 3.10+; lib/bisect.py adds the bisect/insort aliases)
// and _heapq (the binary min-heap, and the max-heap helpers heapq.merge and nlargest use;
// lib/heapq.py adds merge, nsmallest and nlargest). The heap moves are CPython's, step
// for step, so a heap built by the same operations has the same list order.
#include "gc.h"
#include "modules.h"

// ---------------------------------------------------------------- _bisect

static const char *const bisect_names[] = {"a", "x", "lo", "hi", "key"};

// The insertion point of x in a[lo:hi]: before equal items (left) or after them.
static int64_t bisect_search(TwValue a, TwValue x, int64_t lo, int64_t hi, TwValue key, bool left) {
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        TwValue item;
        if (tw_is_type(a, &tw_type_list) && (size_t)mid < tw_list_size(a)) {
            item = tw_list_items(a)[mid];
        } else {
            item = tw_getitem(a, tw_from_small_int(mid));
        }
        if (!item) {
            return -1;
        }
        if (key) {
            item = tw_call1(key, item);
            if (!item) {
                return -1;
            }
        }
        // right: x < item goes left; left: item < x goes right
        int r = left ? tw_compare_bool(TW_CMP_LT, item, x) : tw_compare_bool(TW_CMP_LT, x, item);
        if (r < 0) {
            return -1;
        }
        if (left ? r : !r) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

// Parse (a, x, lo=0, hi=None, *, key=None); *hi is len(a) when hi is None.
static int bisect_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, TwValue out[5], int64_t *lo,
                       int64_t *hi) {
    if (tw_parse_args(fname, argc, argv, kwnames, bisect_names, 5, 0, 4, 2, out) < 0) {
        return -1;
    }
    *lo = 0;
    if (out[2] && tw_index_as_ssize(out[2], lo) < 0) {
        return -1;
    }
    if (*lo < 0) {
        tw_error(&tw_type_ValueError, "lo must be non-negative");
        return -1;
    }
    if (!out[3] || out[3] == TW_NONE) {
        *hi = tw_len(out[0]);
        if (*hi < 0) {
            return -1;
        }
    } else if (!tw_is_intlike(out[3]) && !tw_type_lookup(tw_type_of(out[3]), TW_NAME(__index__))) {
        tw_error(&tw_type_TypeError, "argument should be integer or None, not '%T'", out[3]);
        return -1;
    } else if (tw_index_as_ssize(out[3], hi) < 0) {
        return -1;
    }
    if (out[4] == TW_NONE) {
        out[4] = TW_NULL;
    }
    return 0;
}

static TwValue do_bisect(const char *fname, bool left, int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[5];
    int64_t lo, hi;
    if (bisect_args(fname, argc, argv, kwnames, a, &lo, &hi) < 0) {
        return TW_NULL;
    }
    int64_t i = bisect_search(a[0], a[1], lo, hi, a[4], left);
    return i < 0 ? TW_NULL : tw_int_from_i64(i);
}

static TwValue do_insort(const char *fname, bool left, int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[5];
    int64_t lo, hi;
    if (bisect_args(fname, argc, argv, kwnames, a, &lo, &hi) < 0) {
        return TW_NULL;
    }
    TwValue k = a[1];
    if (a[4]) {
        k = tw_call1(a[4], a[1]);
        if (!k) {
            return TW_NULL;
        }
    }
    int64_t i = bisect_search(a[0], k, lo, hi, a[4], left);
    if (i < 0) {
        return TW_NULL;
    }
    TwValue args[2] = {tw_int_from_i64(i), a[1]};
    static TwValue insert_name;
    if (!insert_name) {
        insert_name = tw_str_intern_c("insert");
    }
    return tw_call_method(a[0], insert_name, 2, args) ? TW_NONE : TW_NULL;
}

static TwValue bisect_right(int argc, TwValue *argv, TwValue kwnames) {
    return do_bisect("bisect_right", false, argc, argv, kwnames);
}

static TwValue bisect_left(int argc, TwValue *argv, TwValue kwnames) {
    return do_bisect("bisect_left", true, argc, argv, kwnames);
}

static TwValue insort_right(int argc, TwValue *argv, TwValue kwnames) {
    return do_insort("insort_right", false, argc, argv, kwnames);
}

static TwValue insort_left(int argc, TwValue *argv, TwValue kwnames) {
    return do_insort("insort_left", true, argc, argv, kwnames);
}

static const TwMethodDef bisect_functions[] = {
    {"bisect_right", bisect_right, 0, -1, TW_BUILTIN_KEYWORDS},
    {"insort_right", insort_right, 0, -1, TW_BUILTIN_KEYWORDS},
    {"bisect_left", bisect_left, 0, -1, TW_BUILTIN_KEYWORDS},
    {"insort_left", insort_left, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL},
};

static int bisect_module_init(TwValue module) {
    return tw_module_add_functions(module, bisect_functions);
}

// ---------------------------------------------------------------- _heapq

// a < b for the min-heap, b < a for the max-heap; the list must not change size meanwhile.
static int heap_less(TwValue heap, TwValue a, TwValue b, bool max, size_t size) {
    int r = max ? tw_compare_bool(TW_CMP_LT, b, a) : tw_compare_bool(TW_CMP_LT, a, b);
    if (r >= 0 && tw_list_size(heap) != size) {
        tw_error(&tw_type_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return r;
}

// Move the item at pos up towards startpos while it is less than its parent.
static int sift_towards_root(TwValue heap, size_t startpos, size_t pos, bool max) {
    size_t size = tw_list_size(heap);
    if (pos >= size) {
        tw_error(&tw_type_IndexError, "index out of range");
        return -1;
    }
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        TwValue *items = tw_list_items(heap);
        int r = heap_less(heap, items[pos], items[parentpos], max, size);
        if (r < 0) {
            return -1;
        }
        if (!r) {
            break;
        }
        items = tw_list_items(heap);   // a comparison may have swapped the buffer
        TwValue t = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

// Move the smaller child up until pos is a leaf, then sift the item there back up
// (fewer comparisons than stopping early: the item came from the bottom).
static int sift_towards_leaves(TwValue heap, size_t pos, bool max) {
    size_t endpos = tw_list_size(heap), startpos = pos;
    if (pos >= endpos) {
        tw_error(&tw_type_IndexError, "index out of range");
        return -1;
    }
    size_t limit = endpos >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < endpos) {
            TwValue *items = tw_list_items(heap);
            int r = heap_less(heap, items[child], items[child + 1], max, endpos);
            if (r < 0) {
                return -1;
            }
            if (!r) {
                child++;
            }
        }
        TwValue *items = tw_list_items(heap);
        TwValue t = items[child];
        items[child] = items[pos];
        items[pos] = t;
        pos = child;
    }
    return sift_towards_root(heap, startpos, pos, max);
}

static int check_list(const char *fname, TwValue v, bool one_arg) {
    if (!tw_isinstance_type(v, &tw_type_list)) {
        tw_error(&tw_type_TypeError, "%s() argument%s must be list, not %T", fname, one_arg ? "" : " 1", v);
        return -1;
    }
    return 0;
}

static TwValue heap_push(int argc, TwValue *argv, TwValue kwnames) {
    if (check_list("heappush", argv[0], false) < 0 || tw_list_append(argv[0], argv[1]) < 0 ||
        sift_towards_root(argv[0], 0, tw_list_size(argv[0]) - 1, false) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue pop_internal(const char *fname, TwValue heap, bool max) {
    if (check_list(fname, heap, true) < 0) {
        return TW_NULL;
    }
    size_t n = tw_list_size(heap);
    if (n == 0) {
        return tw_error(&tw_type_IndexError, "index out of range");
    }
    TwList *l = TW_OBJ(heap, TwList);
    TwValue last = l->items[n - 1];
    l->size = n - 1;
    if (n == 1) {
        return last;
    }
    TwValue top = l->items[0];
    l->items[0] = last;
    if (sift_towards_leaves(heap, 0, max) < 0) {
        return TW_NULL;
    }
    return top;
}

static TwValue heap_pop(int argc, TwValue *argv, TwValue kwnames) {
    return pop_internal("heappop", argv[0], false);
}

static TwValue heap_pop_max(int argc, TwValue *argv, TwValue kwnames) {
    return pop_internal("_heappop_max", argv[0], true);
}

static TwValue replace_internal(const char *fname, TwValue heap, TwValue item, bool max) {
    if (check_list(fname, heap, false) < 0) {
        return TW_NULL;
    }
    if (tw_list_size(heap) == 0) {
        return tw_error(&tw_type_IndexError, "index out of range");
    }
    TwValue top = tw_list_items(heap)[0];
    tw_list_items(heap)[0] = item;
    if (sift_towards_leaves(heap, 0, max) < 0) {
        return TW_NULL;
    }
    return top;
}

static TwValue heap_replace(int argc, TwValue *argv, TwValue kwnames) {
    return replace_internal("heapreplace", argv[0], argv[1], false);
}

static TwValue heap_replace_max(int argc, TwValue *argv, TwValue kwnames) {
    return replace_internal("_heapreplace_max", argv[0], argv[1], true);
}

static TwValue heap_pushpop(int argc, TwValue *argv, TwValue kwnames) {
    TwValue heap = argv[0], item = argv[1];
    if (check_list("heappushpop", heap, false) < 0) {
        return TW_NULL;
    }
    if (tw_list_size(heap) == 0) {
        return item;
    }
    int r = tw_compare_bool(TW_CMP_LT, tw_list_items(heap)[0], item);
    if (r < 0) {
        return TW_NULL;
    }
    if (!r) {
        return item;
    }
    if (tw_list_size(heap) == 0) {
        return tw_error(&tw_type_IndexError, "index out of range");
    }
    TwValue top = tw_list_items(heap)[0];
    tw_list_items(heap)[0] = item;
    if (sift_towards_leaves(heap, 0, false) < 0) {
        return TW_NULL;
    }
    return top;
}

// Sifting every parent once, after its children, gives the same heap in any such order;
// bottom-up is the simplest.
static TwValue heapify_internal(const char *fname, TwValue heap, bool max) {
    if (check_list(fname, heap, true) < 0) {
        return TW_NULL;
    }
    for (size_t i = tw_list_size(heap) / 2; i-- > 0;) {
        if (sift_towards_leaves(heap, i, max) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue heap_heapify(int argc, TwValue *argv, TwValue kwnames) {
    return heapify_internal("heapify", argv[0], false);
}

static TwValue heap_heapify_max(int argc, TwValue *argv, TwValue kwnames) {
    return heapify_internal("_heapify_max", argv[0], true);
}

static const TwMethodDef heapq_functions[] = {
    {"heappush", heap_push, 2, 2, 0},
    {"heappushpop", heap_pushpop, 2, 2, 0},
    {"heappop", heap_pop, 1, 1, 0},
    {"heapreplace", heap_replace, 2, 2, 0},
    {"heapify", heap_heapify, 1, 1, 0},
    {"_heappop_max", heap_pop_max, 1, 1, 0},
    {"_heapify_max", heap_heapify_max, 1, 1, 0},
    {"_heapreplace_max", heap_replace_max, 2, 2, 0},
    {NULL},
};

static int heapq_module_init(TwValue module) {
    return tw_module_add_functions(module, heapq_functions);
}

void tw_bisect_init(void) {
    tw_module_register("_bisect", bisect_module_init);
    tw_module_register("_heapq", heapq_module_init);
}
