// list.sort(): a stable merge sort (binary insertion sort on short runs, then bottom-up
// merges that skip already-ordered neighbours). While it runs the list is emptied, as in
// CPython, so a key or __lt__ that mutates the list is detected afterwards ("list modified
// during sort") instead of corrupting memory. Keys and scratch space live in GC-visible
// lists held on the C stack.
#include "container.h"
#include "gc.h"

typedef struct Sorter {
    TwValue *keys;       // compared
    TwValue *vals;       // moved along with keys (NULL when sorting without key=)
    TwValue *tk, *tv;    // scratch, n each
    int kind;            // 0 generic, 1 all small ints, 2 all floats, 3 all exact str
} Sorter;

// keys[a] < keys[b]: 1, 0, -1 error.
static int less(const Sorter *s, TwValue a, TwValue b) {
    switch (s->kind) {
    case 1:
        return tw_as_int(a) < tw_as_int(b);
    case 2:
        return tw_as_float(a) < tw_as_float(b);
    case 3: {
        // UTF-8 byte order is code point order.
        size_t na = tw_str_size(a), nb = tw_str_size(b);
        int c = memcmp(tw_str_data(a), tw_str_data(b), na < nb ? na : nb);
        return c < 0 || (c == 0 && na < nb);
    }
    default:
        return tw_compare_bool(TW_CMP_LT, a, b);
    }
}

static void move(const Sorter *s, size_t dst, size_t src) {
    s->keys[dst] = s->keys[src];
    if (s->vals) {
        s->vals[dst] = s->vals[src];
    }
}

// Sort [lo, hi) by binary insertion.
static int insertion_sort(Sorter *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        TwValue k = s->keys[i];
        TwValue v = s->vals ? s->vals[i] : TW_NULL;
        size_t l = lo, r = i;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            int c = less(s, k, s->keys[mid]);
            if (c < 0) {
                return -1;
            }
            if (c) {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        for (size_t j = i; j > l; j--) {
            move(s, j, j - 1);
        }
        s->keys[l] = k;
        if (s->vals) {
            s->vals[l] = v;
        }
    }
    return 0;
}

// Merge sorted [lo, mid) and [mid, hi).
static int merge(Sorter *s, size_t lo, size_t mid, size_t hi) {
    // Already in order: nothing to do (makes sorted input linear).
    int c = less(s, s->keys[mid], s->keys[mid - 1]);
    if (c <= 0) {
        return c;
    }
    size_t n1 = mid - lo;
    memcpy(s->tk, s->keys + lo, n1 * sizeof(TwValue));
    if (s->vals) {
        memcpy(s->tv, s->vals + lo, n1 * sizeof(TwValue));
    }
    size_t i = 0, j = mid, k = lo;
    while (i < n1 && j < hi) {
        c = less(s, s->keys[j], s->tk[i]);
        if (c < 0) {
            // Put the rest of the left run back so no item is lost.
            while (i < n1) {
                s->keys[k] = s->tk[i];
                if (s->vals) {
                    s->vals[k] = s->tv[i];
                }
                k++, i++;
            }
            return -1;
        }
        if (c) {
            move(s, k++, j++);
        } else {
            s->keys[k] = s->tk[i];
            if (s->vals) {
                s->vals[k] = s->tv[i];
            }
            k++, i++;
        }
    }
    while (i < n1) {
        s->keys[k] = s->tk[i];
        if (s->vals) {
            s->vals[k] = s->tv[i];
        }
        k++, i++;
    }
    return 0;
}

static int merge_sort(Sorter *s, size_t n) {
    const size_t run = 32;
    for (size_t lo = 0; lo < n; lo += run) {
        size_t hi = lo + run < n ? lo + run : n;
        if (insertion_sort(s, lo, hi) < 0) {
            return -1;
        }
    }
    for (size_t width = run; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width;
            size_t hi = mid + width < n ? mid + width : n;
            if (merge(s, lo, mid, hi) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static void reverse(TwValue *items, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        TwValue t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

int tw_list_sort(TwValue list, TwValue key, bool rev) {
    TwList *l = TW_OBJ(list, TwList);
    // Move the items into a holder list so the GC still traces them while `list` is empty.
    TwValue holder = tw_list_new(0);
    TwValue scratch = tw_list_new(0);
    TwValue keys = TW_NULL;
    if (!holder || !scratch) {
        return -1;
    }
    TwList *h = TW_OBJ(holder, TwList);
    h->items = l->items;
    h->size = l->size;
    h->cap = l->cap;
    l->items = NULL;
    l->size = l->cap = 0;
    size_t n = h->size;
    int err = 0;

    if (n == 1 && key) {
        // nothing to sort, but the key function is still called (it may have effects)
        err = !tw_call1(key, h->items[0]);
    }
    if (n > 1) {
        Sorter s = {0};
        if (rev) {
            // Reversing before and after keeps equal items in their original order.
            reverse(h->items, n);
        }
        if (key) {
            keys = tw_list_new(n);
            err = !keys;
            for (size_t i = 0; !err && i < n; i++) {
                TwValue k = tw_call1(key, h->items[i]);
                err = !k || tw_list_append(keys, k) < 0;
            }
        }
        // The left run of a merge can be up to n - 1 long (widths are powers of two).
        size_t nscratch = n;
        TwList *sc = TW_OBJ(scratch, TwList);
        if (!err) {
            sc->items = tw_gc_malloc(2 * nscratch * sizeof(TwValue));
            err = !sc->items;
            if (err) {
                tw_error_nomem();
            } else {
                // Counted as items so the GC traces values that live only in scratch
                // while a merge runs.
                memset(sc->items, 0, 2 * nscratch * sizeof(TwValue));
                sc->cap = sc->size = 2 * nscratch;
            }
        }
        if (!err) {
            s.keys = key ? tw_list_items(keys) : h->items;
            s.vals = key ? h->items : NULL;
            s.tk = sc->items;
            s.tv = sc->items + nscratch;
            // Pick a comparison fast path when every key has the same simple type.
            TwType *t0 = tw_type_of(s.keys[0]);
            bool same = true;
            for (size_t i = 1; i < n && same; i++) {
                same = tw_type_of(s.keys[i]) == t0;
            }
            if (same && t0 == &tw_type_int) {
                s.kind = 1;
                for (size_t i = 0; i < n && s.kind; i++) {
                    if (!tw_is_int(s.keys[i])) {
                        s.kind = 0;
                    }
                }
            } else if (same && t0 == &tw_type_float) {
                s.kind = 2;
            } else if (same && t0 == &tw_type_str) {
                s.kind = 3;
            }
            // Strictly descending input (a common case) just reverses; strictness keeps
            // it stable. Random input gives up at the first ascending pair.
            size_t i = 1;
            int c = 1;
            while (i < n && (c = less(&s, s.keys[i], s.keys[i - 1])) == 1) {
                i++;
            }
            if (c < 0) {
                err = 1;
            } else if (i == n) {
                reverse(s.keys, n);
                if (s.vals) {
                    reverse(s.vals, n);
                }
            } else {
                err = merge_sort(&s, n) < 0;
            }
        }
        if (rev) {
            reverse(h->items, n);
        }
    }

    // The sort used only the items of these (s.keys, s.tk): keep the lists themselves.
    tw_keep_alive(keys);
    tw_keep_alive(scratch);
    tw_keep_alive(holder);
    bool modified = l->items != NULL || l->size != 0;
    if (l->items) {
        tw_gc_free(l->items, l->cap * sizeof(TwValue));
    }
    l->items = h->items;
    l->size = h->size;
    l->cap = h->cap;
    h->items = NULL;
    h->size = h->cap = 0;
    if (!err && modified) {
        tw_error(&tw_type_ValueError, "list modified during sort");
        err = 1;
    }
    return err ? -1 : 0;
}
