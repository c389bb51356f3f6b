// set and frozenset: an open-addressed hash table whose layout follows CPython 3.11's
// setobject.c design so iteration order (and so printed sets) match it: a minimum table
// of 8 slots, each probe scanning the home slot plus up to 9 neighbours before jumping by
// the perturbed recurrence i = i*5 + 1 + perturb, deleted slots left as dummies (reused
// by later adds), growth to 4x the live count when 3/5 full, and the same choice of
// algorithm (and so of insertion order) for copies, unions, intersections, differences.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// Marks deleted slots (hash -1). Never visible to Python code.
static TwObject dummy_obj = {&tw_type_object};
#define DUMMY tw_from_obj(&dummy_obj)

static void set_trace(TwObject *self) {
    TwSet *s = (TwSet *)self;
    if (!s->table) {
        return;
    }
    for (size_t i = 0; i <= s->mask; i++) {
        TwValue k = s->table[i].key;
        if (k && k != DUMMY) {
            tw_gc_mark(k);
        }
    }
}

static void free_table(TwSet *s) {
    if (s->table) {
        tw_gc_free(s->table, (s->mask + 1) * sizeof(TwSetEntry));
        s->table = NULL;
    }
}

static void set_finalize(TwObject *self) {
    free_table((TwSet *)self);
}

TwType tw_type_set = {
    .hdr.type = &tw_type_type,
    .c_name = "set",
    .basic_size = sizeof(TwSet),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_MATCH_SELF,
    .trace = set_trace,
    .finalize = set_finalize,
};

TwType tw_type_frozenset = {
    .hdr.type = &tw_type_type,
    .c_name = "frozenset",
    .basic_size = sizeof(TwSet),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_MATCH_SELF,
    .trace = set_trace,
    .finalize = set_finalize,
};

static bool is_anyset(TwValue v) {
    return tw_isinstance_type(v, &tw_type_set) || tw_isinstance_type(v, &tw_type_frozenset);
}

static bool is_frozen(TwValue v) {
    return tw_isinstance_type(v, &tw_type_frozenset);
}

// ---------------------------------------------------------------- table

static TwSet *set_alloc(TwType *cls) {
    TwSet *s = (TwSet *)tw_gc_alloc(cls, (cls == &tw_type_set || cls == &tw_type_frozenset) ? sizeof(TwSet)
                                                                                            : cls->basic_size);
    if (s) {
        s->hash = -1;
        s->mask = MINSIZE - 1;
    }
    return s;
}

TwValue tw_set_new(TwType *type) {
    TwSet *s = set_alloc(type);
    return s ? tw_from_obj(s) : TW_NULL;
}

// Ensure a table exists (empty sets have none until the first add).
static int ensure_table(TwSet *s) {
    if (s->table) {
        return 0;
    }
    s->table = tw_gc_malloc((s->mask + 1) * sizeof(TwSetEntry));
    if (!s->table) {
        tw_error_nomem();
        return -1;
    }
    memset(s->table, 0, (s->mask + 1) * sizeof(TwSetEntry));
    return 0;
}

// Place a key known to be absent into a table without dummies.
static void insert_clean(TwSetEntry *table, size_t mask, TwValue key, int64_t hash) {
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        TwSetEntry *e = &table[i];
        if (!e->key) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(TwSet *s, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
    }
    TwSetEntry *nt = tw_gc_malloc(newsize * sizeof(TwSetEntry));
    if (!nt) {
        tw_error_nomem();
        return -1;
    }
    memset(nt, 0, newsize * sizeof(TwSetEntry));
    TwSetEntry *old = s->table;
    size_t oldsize = s->mask + 1;
    if (old) {
        for (size_t i = 0; i < oldsize; i++) {
            if (old[i].key && old[i].key != DUMMY) {
                insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
            }
        }
    }
    s->table = nt;
    s->mask = newsize - 1;
    s->fill = s->used;
    if (old) {
        tw_gc_free(old, oldsize * sizeof(TwSetEntry));
    }
    return 0;
}

// Find the entry holding key: its index, -1 when absent, -2 on error.
static int64_t lookkey(TwSet *s, TwValue key, int64_t hash) {
restart:
    if (!s->table) {
        return -1;
    }
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        size_t j = i;
        for (;;) {
            TwSetEntry *e = &s->table[j];
            if (!e->key) {
                return -1;
            }
            if (e->hash == hash) {   // never a dummy: those have hash -1, which no key has
                TwValue sk = e->key;
                if (sk == key) {
                    return (int64_t)j;
                }
                if (tw_is_str(sk) && tw_is_str(key)) {
                    if (tw_str_eq(sk, key)) {
                        return (int64_t)j;
                    }
                } else if (!(tw_is_int(sk) && tw_is_int(key))) {
                    TwSetEntry *table = s->table;
                    int r = tw_eq(sk, key);
                    if (r < 0) {
                        return -2;
                    }
                    if (table != s->table || s->table[j].key != sk) {
                        goto restart;
                    }
                    if (r) {
                        return (int64_t)j;
                    }
                    mask = s->mask;
                }
            }
            if (probes-- == 0) {
                break;
            }
            j++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Add with a known hash: 0 (added or present), -1 error.
static int add_entry(TwSet *s, TwValue key, int64_t hash) {
restart:
    if (ensure_table(s) < 0) {
        return -1;
    }
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    TwSetEntry *freeslot = NULL;
    for (;;) {
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        size_t j = i;
        for (;;) {
            TwSetEntry *e = &s->table[j];
            if (!e->key) {
                if (freeslot) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return 0;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 < mask * 3) {
                    return 0;
                }
                return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->hash == hash) {
                TwValue sk = e->key;
                if (sk == key) {
                    return 0;
                }
                if (tw_is_str(sk) && tw_is_str(key)) {
                    if (tw_str_eq(sk, key)) {
                        return 0;
                    }
                } else if (!(tw_is_int(sk) && tw_is_int(key))) {
                    TwSetEntry *table = s->table;
                    int r = tw_eq(sk, key);
                    if (r < 0) {
                        return -1;
                    }
                    if (table != s->table || s->table[j].key != sk) {
                        goto restart;
                    }
                    if (r) {
                        return 0;
                    }
                    mask = s->mask;
                }
            } else if (e->hash == -1) {
                freeslot = e;   // a dummy: the last one on the probe path is reused, as CPython
            }
            if (probes-- == 0) {
                break;
            }
            j++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Discard with a known hash: 1 removed, 0 absent, -1 error.
static int discard_entry(TwSet *s, TwValue key, int64_t hash) {
    int64_t ix = lookkey(s, key, hash);
    if (ix < 0) {
        return ix == -2 ? -1 : 0;
    }
    s->table[ix].key = DUMMY;
    s->table[ix].hash = -1;
    s->used--;
    return 1;
}

// Back to the empty 8-slot table; the pop finger stays where it was, as in CPython.
static void clear_internal(TwSet *s) {
    free_table(s);
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
}

bool tw_set_next(TwValue sv, size_t *pos, TwValue *key) {
    TwSet *s = TW_OBJ(sv, TwSet);
    if (!s->table) {
        return false;
    }
    while (*pos <= s->mask) {
        TwSetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

// Next entry with its hash.
static bool next_entry(TwSet *s, size_t *pos, TwValue *key, int64_t *hash) {
    if (!s->table) {
        return false;
    }
    while (*pos <= s->mask) {
        TwSetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- C API

int tw_set_add(TwValue sv, TwValue key) {
    int64_t h = tw_container_hash(key);
    if (h == -1) {
        return -1;
    }
    return add_entry(TW_OBJ(sv, TwSet), key, h);
}

// A set used as a key is looked up as the equal frozenset (CPython does the same).
static TwValue frozen_key(TwValue key) {
    if (tw_isinstance_type(key, &tw_type_set) && tw_error_matches(&tw_type_TypeError)) {
        tw_error_clear();
        TwValue f = tw_set_new(&tw_type_frozenset);
        if (f && tw_set_update(f, key) < 0) {
            return TW_NULL;
        }
        return f;
    }
    return TW_NULL;
}

static int contains_key(TwSet *s, TwValue key) {
    int64_t h = tw_container_hash(key);
    if (h == -1) {
        return -1;
    }
    int64_t ix = lookkey(s, key, h);
    return ix == -2 ? -1 : ix >= 0;
}

TwValue tw_set_find(TwValue sv, TwValue key) {
    TwSet *s = TW_OBJ(sv, TwSet);
    int64_t h = tw_container_hash(key);
    int64_t ix = h == -1 ? -2 : lookkey(s, key, h);
    if (ix < 0) {
        if (ix == -2) {
            tw_error_clear();
        }
        return TW_NULL;
    }
    return s->table[ix].key;
}

int tw_set_contains(TwValue sv, TwValue key) {
    int r = contains_key(TW_OBJ(sv, TwSet), key);
    if (r < 0) {
        TwValue f = frozen_key(key);
        if (f) {
            return contains_key(TW_OBJ(sv, TwSet), f);
        }
    }
    return r;
}

static int merge_set(TwSet *s, TwSet *o) {
    if (s == o || o->used == 0) {
        return 0;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (table_resize(s, (s->used + o->used) * 2) < 0) {
            return -1;
        }
    }
    if (ensure_table(s) < 0) {
        return -1;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(TwSetEntry));
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++) {
            TwSetEntry *e = &o->table[i];
            if (e->key && e->key != DUMMY) {
                insert_clean(s->table, s->mask, e->key, e->hash);
            }
        }
        return 0;
    }
    for (size_t i = 0; o->table && i <= o->mask; i++) {
        TwSetEntry e = o->table[i];
        if (e.key && e.key != DUMMY && add_entry(s, e.key, e.hash) < 0) {
            return -1;
        }
    }
    return 0;
}

int tw_set_update(TwValue sv, TwValue iterable) {
    TwSet *s = TW_OBJ(sv, TwSet);
    if (is_anyset(iterable)) {
        return merge_set(s, TW_OBJ(iterable, TwSet));
    }
    if (tw_is_type(iterable, &tw_type_dict)) {
        size_t n = tw_dict_size(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3 && table_resize(s, (s->used + n) * 2) < 0) {
            return -1;
        }
        TwDict *d = TW_OBJ(iterable, TwDict);
        for (size_t i = 0; i < d->nentries; i++) {
            TwDictEntry e = d->entries[i];
            if (e.key && add_entry(s, e.key, e.hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (tw_is_type(iterable, &tw_type_list) || tw_is_type(iterable, &tw_type_tuple)) {
        bool is_list = tw_is_type(iterable, &tw_type_list);
        for (size_t i = 0; i < (is_list ? tw_list_size(iterable) : tw_tuple_size(iterable)); i++) {
            TwValue k = is_list ? tw_list_items(iterable)[i] : tw_tuple_items(iterable)[i];
            if (tw_set_add(sv, k) < 0) {
                return -1;
            }
        }
        return 0;
    }
    TwValue it = tw_iter(iterable);
    if (!it) {
        return -1;
    }
    TwValue (*next)(TwValue) = tw_type_of(it)->iternext;
    for (;;) {
        TwValue k = next ? next(it) : tw_next(it);
        if (!k) {
            return tw_error_occurred() ? -1 : 0;
        }
        if (tw_set_add(sv, k) < 0) {
            return -1;
        }
    }
}

// ---------------------------------------------------------------- operations

// The result type of an operation on s: set or frozenset, never a subclass.
static TwType *base_type(TwValue s) {
    return is_frozen(s) ? &tw_type_frozenset : &tw_type_set;
}

static TwValue new_from(TwType *t, TwValue iterable) {
    TwValue r = tw_set_new(t);
    if (r && iterable && tw_set_update(r, iterable) < 0) {
        return TW_NULL;
    }
    return r;
}

static TwValue set_copy_of(TwValue s) {
    return new_from(base_type(s), s);
}

static int difference_update(TwValue sv, TwValue other) {
    TwSet *s = TW_OBJ(sv, TwSet);
    if (sv == other) {
        clear_internal(s);
        return 0;
    }
    if (is_anyset(other)) {
        size_t pos = 0;
        TwValue k;
        int64_t h;
        while (next_entry(TW_OBJ(other, TwSet), &pos, &k, &h)) {
            if (discard_entry(s, k, h) < 0) {
                return -1;
            }
        }
    } else {
        TwValue it = tw_iter(other);
        if (!it) {
            return -1;
        }
        for (;;) {
            TwValue k = tw_next(it);
            if (!k) {
                if (tw_error_occurred()) {
                    return -1;
                }
                break;
            }
            int64_t h = tw_container_hash(k);
            if (h == -1 || discard_entry(s, k, h) < 0) {
                return -1;
            }
        }
    }
    if (s->fill - s->used <= s->mask / 4) {
        return 0;
    }
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static TwValue set_difference(TwValue sv, TwValue other) {
    size_t other_size;
    if (is_anyset(other)) {
        other_size = TW_OBJ(other, TwSet)->used;
    } else if (tw_is_type(other, &tw_type_dict)) {
        other_size = tw_dict_size(other);
    } else {
        TwValue r = set_copy_of(sv);
        if (!r || difference_update(r, other) < 0) {
            return TW_NULL;
        }
        return r;
    }
    TwSet *s = TW_OBJ(sv, TwSet);
    if ((s->used >> 2) > other_size) {
        TwValue r = set_copy_of(sv);
        if (!r || difference_update(r, other) < 0) {
            return TW_NULL;
        }
        return r;
    }
    TwValue r = tw_set_new(base_type(sv));
    if (!r) {
        return TW_NULL;
    }
    size_t pos = 0;
    TwValue k;
    int64_t h;
    while (next_entry(s, &pos, &k, &h)) {
        int found;
        if (tw_is_type(other, &tw_type_dict)) {
            TwValue v;
            found = tw_dict_lookup(other, k, &v);
        } else {
            int64_t ix = lookkey(TW_OBJ(other, TwSet), k, h);
            found = ix == -2 ? -1 : ix >= 0;
        }
        if (found < 0) {
            return TW_NULL;
        }
        if (!found && add_entry(TW_OBJ(r, TwSet), k, h) < 0) {
            return TW_NULL;
        }
    }
    return r;
}

static TwValue set_intersection(TwValue sv, TwValue other) {
    if (sv == other) {
        return set_copy_of(sv);
    }
    TwValue r = tw_set_new(base_type(sv));
    if (!r) {
        return TW_NULL;
    }
    if (is_anyset(other)) {
        TwSet *a = TW_OBJ(sv, TwSet), *b = TW_OBJ(other, TwSet);
        if (b->used > a->used) {
            TwSet *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        TwValue k;
        int64_t h;
        while (next_entry(b, &pos, &k, &h)) {
            int64_t ix = lookkey(a, k, h);
            if (ix == -2) {
                return TW_NULL;
            }
            if (ix >= 0 && add_entry(TW_OBJ(r, TwSet), k, h) < 0) {
                return TW_NULL;
            }
        }
        return r;
    }
    TwValue it = tw_iter(other);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? TW_NULL : r;
        }
        int64_t h = tw_container_hash(k);
        if (h == -1) {
            return TW_NULL;
        }
        int64_t ix = lookkey(TW_OBJ(sv, TwSet), k, h);
        if (ix == -2) {
            return TW_NULL;
        }
        if (ix >= 0 && add_entry(TW_OBJ(r, TwSet), k, h) < 0) {
            return TW_NULL;
        }
    }
}

// Give s the table of t (t is a temporary result); s keeps its pop finger.
static void take_body(TwValue sv, TwValue tv) {
    TwSet *s = TW_OBJ(sv, TwSet), *t = TW_OBJ(tv, TwSet);
    free_table(s);
    s->table = t->table;
    s->mask = t->mask;
    s->fill = t->fill;
    s->used = t->used;
    t->table = NULL;
    t->mask = MINSIZE - 1;
    t->fill = t->used = 0;
}

static int symmetric_difference_update(TwValue sv, TwValue other) {
    TwSet *s = TW_OBJ(sv, TwSet);
    if (sv == other) {
        clear_internal(s);
        return 0;
    }
    if (tw_is_type(other, &tw_type_dict)) {
        TwDict *d = TW_OBJ(other, TwDict);
        for (size_t i = 0; i < d->nentries; i++) {
            TwDictEntry e = d->entries[i];
            if (!e.key) {
                continue;
            }
            int r = discard_entry(s, e.key, e.hash);
            if (r < 0 || (r == 0 && add_entry(s, e.key, e.hash) < 0)) {
                return -1;
            }
        }
        return 0;
    }
    TwValue o = is_anyset(other) ? other : new_from(base_type(sv), other);
    if (!o) {
        return -1;
    }
    size_t pos = 0;
    TwValue k;
    int64_t h;
    while (next_entry(TW_OBJ(o, TwSet), &pos, &k, &h)) {
        int r = discard_entry(s, k, h);
        if (r < 0 || (r == 0 && add_entry(s, k, h) < 0)) {
            return -1;
        }
    }
    return 0;
}

static TwValue set_symmetric_difference(TwValue sv, TwValue other) {
    TwValue r = new_from(base_type(sv), other);
    if (!r || symmetric_difference_update(r, sv) < 0) {
        return TW_NULL;
    }
    return r;
}

int tw_set_inplace_op(TwValue sv, int op, TwValue other) {
    switch (op) {
    case '|':
        return tw_set_update(sv, other);
    case '-':
        return difference_update(sv, other);
    case '^':
        return symmetric_difference_update(sv, other);
    default: {
        TwValue t = set_intersection(sv, other);
        if (!t) {
            return -1;
        }
        take_body(sv, t);
        return 0;
    }
    }
}

// s <= other: 1, 0, -1.
static int issubset(TwValue sv, TwValue other) {
    if (!is_anyset(other)) {
        TwValue t = new_from(&tw_type_set, other);
        if (!t) {
            return -1;
        }
        other = t;
    }
    TwSet *s = TW_OBJ(sv, TwSet), *o = TW_OBJ(other, TwSet);
    if (s->used > o->used) {
        return 0;
    }
    size_t pos = 0;
    TwValue k;
    int64_t h;
    while (next_entry(s, &pos, &k, &h)) {
        int64_t ix = lookkey(o, k, h);
        if (ix == -2) {
            return -1;
        }
        if (ix < 0) {
            return 0;
        }
    }
    return 1;
}

static int issuperset(TwValue sv, TwValue other) {
    if (is_anyset(other)) {
        return issubset(other, sv);
    }
    TwValue it = tw_iter(other);
    if (!it) {
        return -1;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? -1 : 1;
        }
        int r = tw_set_contains(sv, k);
        if (r <= 0) {
            return r;
        }
    }
}

// ---------------------------------------------------------------- methods

static TwValue set_new_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    if (cls == &tw_type_set && kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "set() takes no keyword arguments");
    }
    return tw_set_new(cls);
}

static TwValue set_init(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "set() takes no keyword arguments");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "set expected at most 1 argument, got %d", argc - 1);
    }
    clear_internal(TW_OBJ(argv[0], TwSet));
    if (argc == 2 && tw_set_update(argv[0], argv[1]) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue frozenset_new_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    if (cls == &tw_type_frozenset && kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "frozenset() takes no keyword arguments");
    }
    int npos = argc - 1 - (kwnames ? (int)tw_tuple_size(kwnames) : 0);
    if (npos > 1) {
        return tw_error(&tw_type_TypeError, "frozenset expected at most 1 argument, got %d", npos);
    }
    if (npos == 1 && cls == &tw_type_frozenset && tw_is_type(argv[1], &tw_type_frozenset)) {
        return argv[1];
    }
    TwValue r = tw_set_new(cls);
    if (r && npos == 1 && tw_set_update(r, argv[1]) < 0) {
        return TW_NULL;
    }
    return r;
}

static TwValue set_len(int argc, TwValue *argv, TwValue kw) {
    return tw_from_small_int((int64_t)TW_OBJ(argv[0], TwSet)->used);
}

static TwValue set_contains_m(int argc, TwValue *argv, TwValue kw) {
    int r = tw_set_contains(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue set_add_m(int argc, TwValue *argv, TwValue kw) {
    return tw_set_add(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

// discard/remove core: 1, 0, -1 (with the set-as-frozenset retry).
static int discard_key(TwValue sv, TwValue key) {
    int64_t h = tw_container_hash(key);
    if (h == -1) {
        TwValue f = frozen_key(key);
        if (!f) {
            return -1;
        }
        key = f;
        h = tw_container_hash(f);
        if (h == -1) {
            return -1;
        }
    }
    return discard_entry(TW_OBJ(sv, TwSet), key, h);
}

int tw_set_discard(TwValue s, TwValue key) {
    return discard_key(s, key);
}

static TwValue set_discard_m(int argc, TwValue *argv, TwValue kw) {
    return discard_key(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue set_remove_m(int argc, TwValue *argv, TwValue kw) {
    int r = discard_key(argv[0], argv[1]);
    if (r < 0) {
        return TW_NULL;
    }
    if (r == 0) {
        return tw_error_value(&tw_type_KeyError, argv[1]);
    }
    return TW_NONE;
}

static TwValue set_pop_m(int argc, TwValue *argv, TwValue kw) {
    TwSet *s = TW_OBJ(argv[0], TwSet);
    if (s->used == 0) {
        return tw_error(&tw_type_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == DUMMY) {
        i++;
        if (i > s->mask) {
            i = 0;
        }
    }
    TwValue k = s->table[i].key;
    s->table[i].key = DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return k;
}

static TwValue set_clear_m(int argc, TwValue *argv, TwValue kw) {
    clear_internal(TW_OBJ(argv[0], TwSet));
    return TW_NONE;
}

// (type, (list of the items,), state): copy and pickle rebuild sets from this.
static TwValue set_reduce_m(int argc, TwValue *argv, TwValue kw) {
    TwValue items = tw_list_from_iterable(argv[0]);
    TwValue state = items ? tw_call_method(argv[0], TW_NAME(__getstate__), 0, NULL) : TW_NULL;
    TwValue args = state ? tw_tuple_pack(1, items) : TW_NULL;
    return args ? tw_tuple_pack(3, tw_from_obj(tw_type_of(argv[0])), args, state) : TW_NULL;
}

static TwValue set_copy_m(int argc, TwValue *argv, TwValue kw) {
    if (tw_is_type(argv[0], &tw_type_frozenset)) {
        return argv[0];
    }
    return set_copy_of(argv[0]);
}

static TwValue set_update_m(int argc, TwValue *argv, TwValue kw) {
    for (int i = 1; i < argc; i++) {
        if (tw_set_update(argv[0], argv[i]) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue set_union_m(int argc, TwValue *argv, TwValue kw) {
    TwValue r = set_copy_of(argv[0]);
    for (int i = 1; r && i < argc; i++) {
        if (argv[i] != argv[0] && tw_set_update(r, argv[i]) < 0) {
            return TW_NULL;
        }
    }
    return r;
}

static TwValue set_intersection_m(int argc, TwValue *argv, TwValue kw) {
    if (argc == 1) {
        return set_copy_of(argv[0]);
    }
    TwValue r = argv[0];
    for (int i = 1; i < argc; i++) {
        r = set_intersection(r, argv[i]);
        if (!r) {
            return TW_NULL;
        }
    }
    return r;
}

static TwValue set_intersection_update_m(int argc, TwValue *argv, TwValue kw) {
    TwValue r = set_intersection_m(argc, argv, kw);
    if (!r) {
        return TW_NULL;
    }
    if (r != argv[0]) {
        take_body(argv[0], r);
    }
    return TW_NONE;
}

static TwValue set_difference_m(int argc, TwValue *argv, TwValue kw) {
    if (argc == 1) {
        return set_copy_of(argv[0]);
    }
    TwValue r = set_difference(argv[0], argv[1]);
    for (int i = 2; r && i < argc; i++) {
        if (difference_update(r, argv[i]) < 0) {
            return TW_NULL;
        }
    }
    return r;
}

static TwValue set_difference_update_m(int argc, TwValue *argv, TwValue kw) {
    for (int i = 1; i < argc; i++) {
        if (difference_update(argv[0], argv[i]) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue set_symdiff_m(int argc, TwValue *argv, TwValue kw) {
    return set_symmetric_difference(argv[0], argv[1]);
}

static TwValue set_symdiff_update_m(int argc, TwValue *argv, TwValue kw) {
    return symmetric_difference_update(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue set_issubset_m(int argc, TwValue *argv, TwValue kw) {
    int r = issubset(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue set_issuperset_m(int argc, TwValue *argv, TwValue kw) {
    int r = issuperset(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue set_isdisjoint_m(int argc, TwValue *argv, TwValue kw) {
    TwValue sv = argv[0], other = argv[1];
    if (sv == other) {
        return tw_bool(TW_OBJ(sv, TwSet)->used == 0);
    }
    if (is_anyset(other)) {
        TwSet *a = TW_OBJ(sv, TwSet), *b = TW_OBJ(other, TwSet);
        if (b->used > a->used) {
            TwSet *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        TwValue k;
        int64_t h;
        while (next_entry(b, &pos, &k, &h)) {
            int64_t ix = lookkey(a, k, h);
            if (ix == -2) {
                return TW_NULL;
            }
            if (ix >= 0) {
                return TW_FALSE;
            }
        }
        return TW_TRUE;
    }
    TwValue it = tw_iter(other);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? TW_NULL : TW_TRUE;
        }
        int r = contains_key(TW_OBJ(sv, TwSet), k);
        if (r) {
            return r < 0 ? TW_NULL : TW_FALSE;
        }
    }
}

// Binary operators: both operands must be sets or frozensets.
static TwValue set_binop(int op, TwValue a, TwValue b) {
    if (!is_anyset(a) || !is_anyset(b)) {
        return TW_NOTIMPL;
    }
    switch (op) {
    case '|': {
        TwValue r = set_copy_of(a);
        if (r && a != b && tw_set_update(r, b) < 0) {
            return TW_NULL;
        }
        return r;
    }
    case '&':
        return set_intersection(a, b);
    case '-':
        return set_difference(a, b);
    default:
        return set_symmetric_difference(a, b);
    }
}

static TwValue set_or(int argc, TwValue *argv, TwValue kw) { return set_binop('|', argv[0], argv[1]); }
static TwValue set_ror(int argc, TwValue *argv, TwValue kw) { return set_binop('|', argv[1], argv[0]); }
static TwValue set_and(int argc, TwValue *argv, TwValue kw) { return set_binop('&', argv[0], argv[1]); }
static TwValue set_rand(int argc, TwValue *argv, TwValue kw) { return set_binop('&', argv[1], argv[0]); }
static TwValue set_sub(int argc, TwValue *argv, TwValue kw) { return set_binop('-', argv[0], argv[1]); }
static TwValue set_rsub(int argc, TwValue *argv, TwValue kw) { return set_binop('-', argv[1], argv[0]); }
static TwValue set_xor(int argc, TwValue *argv, TwValue kw) { return set_binop('^', argv[0], argv[1]); }
static TwValue set_rxor(int argc, TwValue *argv, TwValue kw) { return set_binop('^', argv[1], argv[0]); }

static TwValue set_inplace(int op, TwValue a, TwValue b) {
    if (!is_anyset(b)) {
        return TW_NOTIMPL;
    }
    return tw_set_inplace_op(a, op, b) < 0 ? TW_NULL : a;
}

static TwValue set_ior(int argc, TwValue *argv, TwValue kw) { return set_inplace('|', argv[0], argv[1]); }
static TwValue set_iand(int argc, TwValue *argv, TwValue kw) { return set_inplace('&', argv[0], argv[1]); }
static TwValue set_isub(int argc, TwValue *argv, TwValue kw) { return set_inplace('-', argv[0], argv[1]); }
static TwValue set_ixor(int argc, TwValue *argv, TwValue kw) { return set_inplace('^', argv[0], argv[1]); }

static int64_t frozenset_hash(TwValue sv);

static TwValue set_cmp(int op, TwValue a, TwValue b) {
    if (!is_anyset(b)) {
        return TW_NOTIMPL;
    }
    TwSet *s = TW_OBJ(a, TwSet), *o = TW_OBJ(b, TwSet);
    int r;
    switch (op) {
    case TW_CMP_EQ:
    case TW_CMP_NE:
        if (s->used != o->used) {
            r = 0;
        } else if (is_frozen(a) && is_frozen(b) && s->hash != -1 && o->hash != -1 && s->hash != o->hash) {
            r = 0;
        } else {
            r = issubset(a, b);
        }
        if (r < 0) {
            return TW_NULL;
        }
        return tw_bool(op == TW_CMP_EQ ? r : !r);
    case TW_CMP_LE:
        r = issubset(a, b);
        break;
    case TW_CMP_GE:
        r = issuperset(a, b);
        break;
    case TW_CMP_LT:
        r = s->used < o->used ? issubset(a, b) : 0;
        break;
    default:
        r = s->used > o->used ? issuperset(a, b) : 0;
        break;
    }
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue set_lt(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_LT, argv[0], argv[1]); }
static TwValue set_le(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_LE, argv[0], argv[1]); }
static TwValue set_eq(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue set_ne(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_NE, argv[0], argv[1]); }
static TwValue set_gt(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_GT, argv[0], argv[1]); }
static TwValue set_ge(int argc, TwValue *argv, TwValue kw) { return set_cmp(TW_CMP_GE, argv[0], argv[1]); }

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

static int64_t frozenset_hash(TwValue sv) {
    TwSet *s = TW_OBJ(sv, TwSet);
    if (s->hash != -1) {
        return s->hash;
    }
    // Order-independent: xor of shuffled entry hashes, then mixed with the size.
    uint64_t h = 0;
    size_t pos = 0;
    TwValue k;
    int64_t eh;
    while (next_entry(s, &pos, &k, &eh)) {
        h ^= shuffle_bits((uint64_t)eh);
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == (uint64_t)-1) {
        h = 590923713ull;
    }
    s->hash = (int64_t)h;
    return s->hash;
}

static TwValue frozenset_hash_m(int argc, TwValue *argv, TwValue kw) {
    return tw_int_from_i64(frozenset_hash(argv[0]));
}

static TwValue set_repr(int argc, TwValue *argv, TwValue kw) {
    TwValue sv = argv[0];
    TwType *t = tw_type_of(sv);
    bool exact_set = t == &tw_type_set;
    if (TW_OBJ(sv, TwSet)->used == 0) {
        return tw_str_fmt("%s()", tw_type_cname(t));
    }
    int rec = tw_repr_enter(sv);
    if (rec) {
        return rec < 0 ? TW_NULL : tw_str_fmt("%s(...)", tw_type_cname(t));
    }
    if (tw_enter_recursive_call(" while getting the repr of an object") < 0) {
        tw_repr_leave(sv);
        return TW_NULL;
    }
    TwValue items = tw_list_new(TW_OBJ(sv, TwSet)->used);
    size_t pos = 0;
    TwValue k;
    while (items && tw_set_next(sv, &pos, &k)) {
        tw_list_append(items, k);
    }
    TwBuf buf;
    tw_buf_init(&buf);
    int err = !items;
    if (!err && !exact_set) {
        err = tw_buf_append_c(&buf, tw_type_cname(t)) < 0 || tw_buf_append(&buf, "(", 1) < 0;
    }
    err = err || tw_buf_append(&buf, "{", 1) < 0 ||
          tw_container_repr_items(&buf, tw_list_items(items), tw_list_size(items)) < 0 ||
          tw_buf_append(&buf, "}", 1) < 0 || (!exact_set && tw_buf_append(&buf, ")", 1) < 0);
    tw_leave_recursive_call();
    tw_repr_leave(sv);
    if (err) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    return tw_buf_to_str(&buf);
}

// ---------------------------------------------------------------- iterator

typedef struct SetIter {
    TwObject hdr;
    TwValue set;         // TW_NULL once exhausted
    size_t pos;
    size_t used;         // size at creation, to detect mutation
    size_t len;
} SetIter;

static void setiter_trace(TwObject *self) {
    tw_gc_mark(((SetIter *)self)->set);
}

static TwValue setiter_next(TwValue self) {
    SetIter *it = TW_OBJ(self, SetIter);
    if (!it->set) {
        return TW_NULL;
    }
    TwSet *s = TW_OBJ(it->set, TwSet);
    if (it->used != s->used) {
        it->used = (size_t)-1;
        return tw_error(&tw_type_RuntimeError, "Set changed size during iteration");
    }
    TwValue k;
    if (tw_set_next(it->set, &it->pos, &k)) {
        it->len--;
        return k;
    }
    it->set = TW_NULL;
    return TW_NULL;
}

static TwType set_iter_type = {
    .hdr.type = &tw_type_type,
    .c_name = "set_iterator",
    .basic_size = sizeof(SetIter),
    .trace = setiter_trace,
    .iternext = setiter_next,
};

static TwValue set_iter(int argc, TwValue *argv, TwValue kw) {
    SetIter *it = (SetIter *)tw_gc_alloc(&set_iter_type, sizeof(SetIter));
    if (!it) {
        return TW_NULL;
    }
    it->set = argv[0];
    it->used = it->len = TW_OBJ(argv[0], TwSet)->used;
    return tw_from_obj(it);
}

static TwValue setiter_length_hint(int argc, TwValue *argv, TwValue kw) {
    SetIter *it = TW_OBJ(argv[0], SetIter);
    if (!it->set || it->used != TW_OBJ(it->set, TwSet)->used) {
        return tw_from_small_int(0);
    }
    return tw_from_small_int((int64_t)it->len);
}

static const TwMethodDef setiter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", setiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// Methods both types share.
static const TwMethodDef common_methods[] = {
    {"__len__", set_len, 1, 1, TW_BUILTIN_METHOD},
    {"__contains__", set_contains_m, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", set_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", set_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__or__", set_or, 2, 2, TW_BUILTIN_METHOD},
    {"__ror__", set_ror, 2, 2, TW_BUILTIN_METHOD},
    {"__and__", set_and, 2, 2, TW_BUILTIN_METHOD},
    {"__rand__", set_rand, 2, 2, TW_BUILTIN_METHOD},
    {"__sub__", set_sub, 2, 2, TW_BUILTIN_METHOD},
    {"__rsub__", set_rsub, 2, 2, TW_BUILTIN_METHOD},
    {"__xor__", set_xor, 2, 2, TW_BUILTIN_METHOD},
    {"__rxor__", set_rxor, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", set_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", set_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", set_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", set_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", set_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", set_ge, 2, 2, TW_BUILTIN_METHOD},
    {"copy", set_copy_m, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", set_reduce_m, 1, 1, TW_BUILTIN_METHOD},
    {"union", set_union_m, 1, -1, TW_BUILTIN_METHOD},
    {"intersection", set_intersection_m, 1, -1, TW_BUILTIN_METHOD},
    {"difference", set_difference_m, 1, -1, TW_BUILTIN_METHOD},
    {"symmetric_difference", set_symdiff_m, 2, 2, TW_BUILTIN_METHOD},
    {"issubset", set_issubset_m, 2, 2, TW_BUILTIN_METHOD},
    {"issuperset", set_issuperset_m, 2, 2, TW_BUILTIN_METHOD},
    {"isdisjoint", set_isdisjoint_m, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef set_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", set_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", set_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__ior__", set_ior, 2, 2, TW_BUILTIN_METHOD},
    {"__iand__", set_iand, 2, 2, TW_BUILTIN_METHOD},
    {"__isub__", set_isub, 2, 2, TW_BUILTIN_METHOD},
    {"__ixor__", set_ixor, 2, 2, TW_BUILTIN_METHOD},
    {"add", set_add_m, 2, 2, TW_BUILTIN_METHOD},
    {"discard", set_discard_m, 2, 2, TW_BUILTIN_METHOD},
    {"remove", set_remove_m, 2, 2, TW_BUILTIN_METHOD},
    {"pop", set_pop_m, 1, 1, TW_BUILTIN_METHOD},
    {"clear", set_clear_m, 1, 1, TW_BUILTIN_METHOD},
    {"update", set_update_m, 1, -1, TW_BUILTIN_METHOD},
    {"intersection_update", set_intersection_update_m, 1, -1, TW_BUILTIN_METHOD},
    {"difference_update", set_difference_update_m, 1, -1, TW_BUILTIN_METHOD},
    {"symmetric_difference_update", set_symdiff_update_m, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef frozenset_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", frozenset_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__hash__", frozenset_hash_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

void tw_set_init(void) {
    tw_type_init_builtin(&tw_type_set, "set", &tw_type_object);
    tw_type_add_methods(&tw_type_set, common_methods);
    tw_type_add_methods(&tw_type_set, set_methods);
    tw_dict_set(tw_from_obj(tw_type_set.dict), TW_NAME(__hash__), TW_NONE);
    tw_type_init_builtin(&tw_type_frozenset, "frozenset", &tw_type_object);
    tw_type_add_methods(&tw_type_frozenset, common_methods);
    tw_type_add_methods(&tw_type_frozenset, frozenset_methods);
    tw_type_init_builtin(&set_iter_type, "set_iterator", &tw_type_object);
    tw_type_add_methods(&set_iter_type, setiter_methods);
}
