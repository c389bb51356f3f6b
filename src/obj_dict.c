// The dict type: an insertion-ordered hash table made of a dense entries array (hash, key,
// value, in insertion order; deleted entries keep their slot with key TW_NULL until the
// next resize) and a sparse open-addressed index of int32 entry numbers (-1 empty, -2
// deleted), probed with CPython's perturbation scheme. Index and entries share one
// tw_gc_malloc'd block. tw_dict_get_str is the hot path for globals, attributes and
// keyword arguments: pointer equality first (names are interned), then hash and bytes.
// Comparisons of other keys run Python __eq__, which may mutate the dict, so generic
// lookups restart when the table changes under them. The views and dict iterators are in
// dict_views.c.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_INDEX 8
#define PERTURB_SHIFT 5

// Versions come from one global counter so that (dict, version) pairs never repeat across
// dicts: a cache that saw version v of one dict cannot be fooled by another dict.
static uint32_t version_counter;
static inline uint32_t next_version(void) {
    return ++version_counter;
}

static void dict_trace(TwObject *self) {
    TwDict *d = (TwDict *)self;
    for (size_t i = 0; i < d->nentries; i++) {
        tw_gc_mark(d->entries[i].key);
        tw_gc_mark(d->entries[i].value);
    }
}

static size_t block_size(size_t index_cap, size_t entries_cap) {
    return index_cap * sizeof(int32_t) + entries_cap * sizeof(TwDictEntry);
}

static void free_table(TwDict *d) {
    if (d->index) {
        tw_gc_free(d->index, block_size(d->index_cap, d->entries_cap));
    }
    d->index = NULL;
    d->entries = NULL;
    d->index_cap = d->entries_cap = d->nentries = d->used = 0;
}

static void dict_finalize(TwObject *self) {
    free_table((TwDict *)self);
}

TwType tw_type_dict = {
    .hdr.type = &tw_type_type,
    .c_name = "dict",
    .basic_size = sizeof(TwDict),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_DICT_SUB | TW_TYPE_MAPPING | TW_TYPE_MATCH_SELF,
    .trace = dict_trace,
    .finalize = dict_finalize,
};

// ---------------------------------------------------------------- table

static int64_t key_hash(TwValue key) {
    if (tw_is_str(key)) {
        int64_t h = TW_OBJ(key, TwStr)->hash;
        return h != -1 ? h : tw_str_hash(key);
    }
    if (tw_is_int(key)) {
        return tw_int_hash(key);
    }
    return tw_hash(key);
}

// Install a fresh table able to hold at least `minused` entries, moving live entries
// over in order. Values stay reachable: the old block is freed only after the swap.
static int dict_resize(TwDict *d, size_t minused) {
    size_t icap = MIN_INDEX;
    while (icap * 2 / 3 < minused) {
        icap <<= 1;
        if (icap > ((size_t)1 << 31)) {
            tw_error_nomem();
            return -1;
        }
    }
    size_t ecap = icap * 2 / 3;
    void *block = tw_gc_malloc(block_size(icap, ecap));
    if (!block) {
        tw_error_nomem();
        return -1;
    }
    int32_t *index = block;
    TwDictEntry *entries = (TwDictEntry *)(index + icap);
    memset(index, 0xff, icap * sizeof(int32_t));
    size_t n = 0, mask = icap - 1;
    for (size_t i = 0; i < d->nentries; i++) {
        TwDictEntry *e = &d->entries[i];
        if (!e->key) {
            continue;
        }
        entries[n] = *e;
        size_t j = (size_t)e->hash & mask;
        uint64_t perturb = (uint64_t)e->hash;
        while (index[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n;
        n++;
    }
    void *old = d->index;
    size_t old_size = block_size(d->index_cap, d->entries_cap);
    d->index = index;
    d->entries = entries;
    d->index_cap = icap;
    d->entries_cap = ecap;
    d->nentries = n;
    d->used = n;
    d->version = next_version();   // entry numbers moved
    if (old) {
        tw_gc_free(old, old_size);
    }
    return 0;
}

// Find key: entry number >= 0, IX_EMPTY when missing, -3 on error. May run __eq__.
static int64_t find(TwDict *d, TwValue key, int64_t hash) {
restart:
    if (!d->index_cap) {
        return IX_EMPTY;
    }
    size_t mask = d->index_cap - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        if (ix >= 0) {
            TwDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                return ix;
            }
            if (e->hash == hash) {
                TwValue sk = e->key;
                if (tw_is_str(sk) && tw_is_str(key)) {
                    if (tw_str_eq(sk, key)) {
                        return ix;
                    }
                } else if (!(tw_is_int(sk) && tw_is_int(key))) {
                    TwDictEntry *entries = d->entries;
                    int r = tw_eq(sk, key);
                    if (r < 0) {
                        return -3;
                    }
                    if (entries != d->entries || (size_t)ix >= d->nentries || d->entries[ix].key != sk) {
                        goto restart;   // the table changed under __eq__
                    }
                    if (r) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// The index slot holding entry number ix (which must be present).
static size_t slot_of(TwDict *d, int64_t hash, int64_t ix) {
    size_t mask = d->index_cap - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Append a new entry for a key known to be absent.
static int insert_new(TwDict *d, TwValue key, int64_t hash, TwValue value) {
    // Full: rebuild with room for twice the live entries (this also drops holes).
    if (d->nentries >= d->entries_cap && dict_resize(d, d->used * 2 + 1) < 0) {
        return -1;
    }
    size_t mask = d->index_cap - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    TwDictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->index[i] = (int32_t)d->nentries;
    d->nentries++;
    d->used++;
    d->version = next_version();
    return 0;
}

static int set_with_hash(TwDict *d, TwValue key, int64_t hash, TwValue value) {
    int64_t ix = find(d, key, hash);
    if (ix == -3) {
        return -1;
    }
    if (ix >= 0) {
        d->entries[ix].value = value;
        d->version = next_version();
        return 0;
    }
    return insert_new(d, key, hash, value);
}

static void delete_entry(TwDict *d, int64_t hash, int64_t ix) {
    d->index[slot_of(d, hash, ix)] = IX_DUMMY;
    d->entries[ix].key = TW_NULL;
    d->entries[ix].value = TW_NULL;
    d->used--;
    d->version = next_version();
}

// ---------------------------------------------------------------- C API

TwValue tw_dict_new(void) {
    TwDict *d = (TwDict *)tw_gc_alloc(&tw_type_dict, sizeof(TwDict));
    return d ? tw_from_obj(d) : TW_NULL;
}

int tw_dict_lookup(TwValue dv, TwValue key, TwValue *out) {
    TwDict *d = TW_OBJ(dv, TwDict);
    int64_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    int64_t ix = find(d, key, hash);
    if (ix == -3) {
        return -1;
    }
    if (ix < 0) {
        return 0;
    }
    *out = d->entries[ix].value;
    return 1;
}

TwValue tw_dict_get_str(TwValue dv, TwValue key) {
    TwDict *d = TW_OBJ(dv, TwDict);
    if (!d->index_cap) {
        return TW_NULL;
    }
    TwStr *ks = TW_OBJ(key, TwStr);
    int64_t hash = ks->hash != -1 ? ks->hash : tw_str_hash(key);
    size_t mask = d->index_cap - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) {
            return TW_NULL;
        }
        if (ix >= 0) {
            TwDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                return e->value;
            }
            if (e->hash == hash && tw_is_str(e->key) && tw_str_eq(e->key, key)) {
                return e->value;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

TwValue tw_dict_get_c(TwValue d, const char *key) {
    TwValue k = tw_str_from_c(key);
    if (!k) {
        tw_error_clear();
        return TW_NULL;
    }
    return tw_dict_get_str(d, k);
}

int tw_dict_set(TwValue dv, TwValue key, TwValue value) {
    int64_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return set_with_hash(TW_OBJ(dv, TwDict), key, hash, value);
}

int tw_dict_set_c(TwValue d, const char *key, TwValue value) {
    TwValue k = tw_str_intern_c(key);
    return tw_dict_set(d, k, value);
}

int tw_dict_del(TwValue dv, TwValue key) {
    TwDict *d = TW_OBJ(dv, TwDict);
    int64_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    int64_t ix = find(d, key, hash);
    if (ix == -3) {
        return -1;
    }
    if (ix < 0) {
        return 0;
    }
    delete_entry(d, hash, ix);
    return 1;
}

bool tw_dict_next(TwValue dv, size_t *pos, TwValue *key, TwValue *value) {
    TwDict *d = TW_OBJ(dv, TwDict);
    while (*pos < d->nentries) {
        TwDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) {
                *key = e->key;
            }
            if (value) {
                *value = e->value;
            }
            return true;
        }
    }
    return false;
}

// Copy every entry of dict `src` into `dst` (dst[k] = v, later keys overwrite).
static int merge_dict(TwValue dst, TwValue src, bool override) {
    TwDict *s = TW_OBJ(src, TwDict);
    TwDict *d = TW_OBJ(dst, TwDict);
    if (d->used == 0 && d->nentries == 0 && override && s->used > 5) {
        if (dict_resize(d, s->used) < 0) {
            return -1;
        }
    }
    // Index loop re-reading s: __eq__ of a key may mutate either dict.
    for (size_t i = 0; i < s->nentries; i++) {
        TwDictEntry e = s->entries[i];
        if (!e.key) {
            continue;
        }
        if (!override) {
            int64_t ix = find(d, e.key, e.hash);
            if (ix == -3) {
                return -1;
            }
            if (ix >= 0) {
                continue;
            }
            if (insert_new(d, e.key, e.hash, e.value) < 0) {
                return -1;
            }
            continue;
        }
        if (set_with_hash(d, e.key, e.hash, e.value) < 0) {
            return -1;
        }
    }
    return 0;
}

// dict.update's argument handling: a mapping (anything with keys()) or pairs.
// Merge a dict, or a mapping through its keys() and [] (keys_m: its bound keys method).
static int update_from_mapping(TwValue d, TwValue other, TwValue keys_m) {
    if (tw_isinstance_type(other, &tw_type_dict) &&
        (tw_type_of(other) == &tw_type_dict ||
         tw_type_lookup(tw_type_of(other), TW_NAME(__iter__)) == tw_type_lookup(&tw_type_dict, TW_NAME(__iter__)))) {
        return merge_dict(d, other, true);
    }
    if (!keys_m && !(keys_m = tw_getattr(other, TW_NAME(keys)))) {
        return -1;
    }
    TwValue keys = tw_call0(keys_m);
    if (!keys) {
        return -1;
    }
    TwValue it = tw_iter(keys);
    if (!it) {
        return -1;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? -1 : 0;
        }
        TwValue v = tw_getitem(other, k);
        if (!v || tw_dict_set(d, k, v) < 0) {
            return -1;
        }
    }
}

int tw_dict_update_mapping(TwValue d, TwValue other) {
    return update_from_mapping(d, other, TW_NULL);
}

static int update_from(TwValue d, TwValue other) {
    if (tw_isinstance_type(other, &tw_type_dict)) {
        return update_from_mapping(d, other, TW_NULL);
    }
    TwValue keys_m = tw_getattr_opt(other, TW_NAME(keys));
    if (keys_m) {
        return update_from_mapping(d, other, keys_m);
    }
    if (tw_error_occurred()) {
        return -1;
    }
    TwValue it = tw_iter(other);
    if (!it) {
        return -1;
    }
    for (int64_t n = 0;; n++) {
        TwValue item = tw_next(it);
        if (!item) {
            return tw_error_occurred() ? -1 : 0;
        }
        TwValue k, v;
        if (tw_is_type(item, &tw_type_tuple) || tw_is_type(item, &tw_type_list)) {
            size_t len = tw_is_type(item, &tw_type_tuple) ? tw_tuple_size(item) : tw_list_size(item);
            if (len != 2) {
                tw_error(&tw_type_ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
                         (long long)n, len);
                return -1;
            }
            TwValue *items = tw_is_type(item, &tw_type_tuple) ? tw_tuple_items(item) : tw_list_items(item);
            k = items[0];
            v = items[1];
        } else {
            TwValue sub = tw_iter(item);
            if (!sub) {
                if (tw_error_matches(&tw_type_TypeError)) {
                    tw_error_clear();
                    tw_error(&tw_type_TypeError,
                             "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
                }
                return -1;
            }
            TwValue seq = tw_list_from_iterable(sub);
            if (!seq) {
                return -1;
            }
            if (tw_list_size(seq) != 2) {
                tw_error(&tw_type_ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
                         (long long)n, tw_list_size(seq));
                return -1;
            }
            k = tw_list_items(seq)[0];
            v = tw_list_items(seq)[1];
        }
        if (tw_dict_set(d, k, v) < 0) {
            return -1;
        }
    }
}

int tw_dict_update(TwValue d, TwValue other) {
    return update_from(d, other);
}

TwValue tw_dict_copy(TwValue dv) {
    TwDict *s = TW_OBJ(dv, TwDict);
    TwValue r = tw_dict_new();
    if (!r) {
        return TW_NULL;
    }
    if (s->used == 0) {
        return r;
    }
    TwDict *d = TW_OBJ(r, TwDict);
    if (s->used == s->nentries) {
        // No holes: duplicate the block as is.
        size_t sz = block_size(s->index_cap, s->entries_cap);
        void *block = tw_gc_malloc(sz);
        if (!block) {
            return tw_error_nomem();
        }
        memcpy(block, s->index, sz);
        d->index = block;
        d->entries = (TwDictEntry *)(d->index + s->index_cap);
        d->index_cap = s->index_cap;
        d->entries_cap = s->entries_cap;
        d->nentries = s->nentries;
        d->used = s->used;
        d->version = next_version();
        return r;
    }
    if (merge_dict(r, dv, true) < 0) {
        return TW_NULL;
    }
    return r;
}

// Remove every entry.
static void dict_clear_all(TwDict *d) {
    free_table(d);
    d->version = next_version();
}

// Entry count including holes, and direct entry access, for dict_views.c.
size_t tw_dict_nentries(TwValue d) {
    return TW_OBJ(d, TwDict)->nentries;
}

// ---------------------------------------------------------------- methods

static TwValue dict_new_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    TwDict *d = (TwDict *)tw_gc_alloc(cls, cls == &tw_type_dict ? sizeof(TwDict) : cls->basic_size);
    return d ? tw_from_obj(d) : TW_NULL;
}

// Shared by __init__ and update: (self, [arg], **kwargs).
static int update_args(const char *name, int argc, TwValue *argv, TwValue kwnames) {
    size_t nkw = kwnames ? tw_tuple_size(kwnames) : 0;
    int npos = argc - (int)nkw - 1;
    if (npos > 1) {
        tw_error(&tw_type_TypeError, "%s expected at most 1 argument, got %d", name, npos);
        return -1;
    }
    if (npos == 1 && update_from(argv[0], argv[1]) < 0) {
        return -1;
    }
    for (size_t i = 0; i < nkw; i++) {
        if (tw_dict_set(argv[0], tw_tuple_items(kwnames)[i], argv[1 + npos + i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static TwValue dict_init(int argc, TwValue *argv, TwValue kwnames) {
    return update_args("dict", argc, argv, kwnames) < 0 ? TW_NULL : TW_NONE;
}

static TwValue dict_update_m(int argc, TwValue *argv, TwValue kwnames) {
    return update_args("update", argc, argv, kwnames) < 0 ? TW_NULL : TW_NONE;
}

static TwValue dict_len(int argc, TwValue *argv, TwValue kw) {
    return tw_from_small_int((int64_t)tw_dict_size(argv[0]));
}

static TwValue dict_getitem(int argc, TwValue *argv, TwValue kw) {
    TwValue v;
    int r = tw_dict_lookup(argv[0], argv[1], &v);
    if (r < 0) {
        return TW_NULL;
    }
    if (r) {
        return v;
    }
    if (tw_type_of(argv[0]) != &tw_type_dict) {
        bool found = false;
        TwValue res = tw_call_special(argv[0], TW_NAME(__missing__), 1, &argv[1], &found);
        if (found || res || tw_error_occurred()) {
            return res;
        }
    }
    return tw_error_value(&tw_type_KeyError, argv[1]);
}

static TwValue dict_setitem(int argc, TwValue *argv, TwValue kw) {
    return tw_dict_set(argv[0], argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue dict_delitem(int argc, TwValue *argv, TwValue kw) {
    int r = tw_dict_del(argv[0], argv[1]);
    if (r < 0) {
        return TW_NULL;
    }
    if (!r) {
        return tw_error_value(&tw_type_KeyError, argv[1]);
    }
    return TW_NONE;
}

static TwValue dict_contains(int argc, TwValue *argv, TwValue kw) {
    TwValue v;
    int r = tw_dict_lookup(argv[0], argv[1], &v);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue dict_get(int argc, TwValue *argv, TwValue kw) {
    TwValue v;
    int r = tw_dict_lookup(argv[0], argv[1], &v);
    if (r < 0) {
        return TW_NULL;
    }
    return r ? v : (argc > 2 ? argv[2] : TW_NONE);
}

static TwValue dict_setdefault(int argc, TwValue *argv, TwValue kw) {
    TwDict *d = TW_OBJ(argv[0], TwDict);
    int64_t hash = key_hash(argv[1]);
    if (hash == -1) {
        return TW_NULL;
    }
    int64_t ix = find(d, argv[1], hash);
    if (ix == -3) {
        return TW_NULL;
    }
    if (ix >= 0) {
        return d->entries[ix].value;
    }
    TwValue dflt = argc > 2 ? argv[2] : TW_NONE;
    return insert_new(d, argv[1], hash, dflt) < 0 ? TW_NULL : dflt;
}

static TwValue dict_pop(int argc, TwValue *argv, TwValue kw) {
    TwDict *d = TW_OBJ(argv[0], TwDict);
    int64_t hash = key_hash(argv[1]);
    if (hash == -1) {
        return TW_NULL;
    }
    int64_t ix = find(d, argv[1], hash);
    if (ix == -3) {
        return TW_NULL;
    }
    if (ix < 0) {
        if (argc > 2) {
            return argv[2];
        }
        return tw_error_value(&tw_type_KeyError, argv[1]);
    }
    TwValue v = d->entries[ix].value;
    delete_entry(d, hash, ix);
    return v;
}

static TwValue dict_popitem(int argc, TwValue *argv, TwValue kw) {
    TwDict *d = TW_OBJ(argv[0], TwDict);
    if (d->used == 0) {
        return tw_error(&tw_type_KeyError, "popitem(): dictionary is empty");
    }
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key) {
        i--;
    }
    TwDictEntry e = d->entries[i - 1];
    TwValue pair = tw_tuple_pack(2, e.key, e.value);
    if (!pair) {
        return TW_NULL;
    }
    delete_entry(d, e.hash, (int64_t)(i - 1));
    // Drop trailing holes so repeated popitem() stays O(1).
    d->nentries = i - 1;
    return pair;
}

static TwValue dict_clear(int argc, TwValue *argv, TwValue kw) {
    dict_clear_all(TW_OBJ(argv[0], TwDict));
    return TW_NONE;
}

static TwValue dict_copy_m(int argc, TwValue *argv, TwValue kw) {
    return tw_dict_copy(argv[0]);
}

static TwValue dict_fromkeys(int argc, TwValue *argv, TwValue kw) {
    TwValue cls = argv[0];
    TwValue value = argc > 2 ? argv[2] : TW_NONE;
    TwValue d = tw_call0(cls);
    if (!d) {
        return TW_NULL;
    }
    bool exact = tw_is_type(d, &tw_type_dict);
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? TW_NULL : d;
        }
        if ((exact ? tw_dict_set(d, k, value) : tw_setitem(d, k, value)) < 0) {
            return TW_NULL;
        }
    }
}

static TwValue dict_repr(int argc, TwValue *argv, TwValue kw) {
    TwValue dv = argv[0];
    TwDict *d = TW_OBJ(dv, TwDict);
    if (d->used == 0) {
        return tw_str_from_c("{}");
    }
    int rec = tw_repr_enter(dv);
    if (rec) {
        return rec < 0 ? TW_NULL : tw_str_from_c("{...}");
    }
    if (tw_enter_recursive_call(" while getting the repr of an object") < 0) {
        tw_repr_leave(dv);
        return TW_NULL;
    }
    TwBuf buf;
    tw_buf_init(&buf);
    int err = tw_buf_append(&buf, "{", 1) < 0;
    bool first = true;
    for (size_t i = 0; !err && i < d->nentries; i++) {
        TwDictEntry e = d->entries[i];
        if (!e.key) {
            continue;
        }
        if (!first && tw_buf_append(&buf, ", ", 2) < 0) {
            err = 1;
            break;
        }
        first = false;
        TwValue r = tw_repr(e.key);
        err = !r || tw_buf_append_str(&buf, r) < 0 || tw_buf_append(&buf, ": ", 2) < 0;
        if (!err) {
            r = tw_repr(e.value);
            err = !r || tw_buf_append_str(&buf, r) < 0;
        }
    }
    err = err || tw_buf_append(&buf, "}", 1) < 0;
    tw_leave_recursive_call();
    tw_repr_leave(dv);
    if (err) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    return tw_buf_to_str(&buf);
}

// a == b for two dicts: 1, 0, -1.
int tw_dict_equal(TwValue a, TwValue b) {
    TwDict *da = TW_OBJ(a, TwDict), *db = TW_OBJ(b, TwDict);
    if (da->used != db->used) {
        return 0;
    }
    for (size_t i = 0; i < da->nentries; i++) {
        TwDictEntry e = da->entries[i];
        if (!e.key) {
            continue;
        }
        int64_t ix = find(db, e.key, e.hash);
        if (ix == -3) {
            return -1;
        }
        if (ix < 0) {
            return 0;
        }
        TwValue bv = db->entries[ix].value;
        int r = tw_eq(e.value, bv);
        if (r <= 0) {
            return r;
        }
    }
    return 1;
}

static TwValue dict_eq(int argc, TwValue *argv, TwValue kw) {
    if (!tw_isinstance_type(argv[1], &tw_type_dict)) {
        return TW_NOTIMPL;
    }
    int r = tw_dict_equal(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue dict_ne(int argc, TwValue *argv, TwValue kw) {
    if (!tw_isinstance_type(argv[1], &tw_type_dict)) {
        return TW_NOTIMPL;
    }
    int r = tw_dict_equal(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(!r);
}

static TwValue dict_or(int argc, TwValue *argv, TwValue kw) {
    if (!tw_isinstance_type(argv[1], &tw_type_dict)) {
        return TW_NOTIMPL;
    }
    TwValue r = tw_dict_copy(argv[0]);
    if (!r || update_from(r, argv[1]) < 0) {
        return TW_NULL;
    }
    return r;
}

static TwValue dict_ror(int argc, TwValue *argv, TwValue kw) {
    if (!tw_isinstance_type(argv[1], &tw_type_dict)) {
        return TW_NOTIMPL;
    }
    TwValue r = tw_dict_copy(argv[1]);
    if (!r || update_from(r, argv[0]) < 0) {
        return TW_NULL;
    }
    return r;
}

static TwValue dict_ior(int argc, TwValue *argv, TwValue kw) {
    if (update_from(argv[0], argv[1]) < 0) {
        return TW_NULL;
    }
    return argv[0];
}

static const TwMethodDef dict_methods[] = {
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__new__", dict_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", dict_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__len__", dict_len, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", dict_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__setitem__", dict_setitem, 3, 3, TW_BUILTIN_METHOD},
    {"__delitem__", dict_delitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", dict_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", dict_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", dict_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", dict_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__or__", dict_or, 2, 2, TW_BUILTIN_METHOD},
    {"__ror__", dict_ror, 2, 2, TW_BUILTIN_METHOD},
    {"__ior__", dict_ior, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", tw_dict_iter_m, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", tw_dict_reversed_m, 1, 1, TW_BUILTIN_METHOD},
    {"keys", tw_dict_keys_m, 1, 1, TW_BUILTIN_METHOD},
    {"values", tw_dict_values_m, 1, 1, TW_BUILTIN_METHOD},
    {"items", tw_dict_items_m, 1, 1, TW_BUILTIN_METHOD},
    {"get", dict_get, 2, 3, TW_BUILTIN_METHOD},
    {"setdefault", dict_setdefault, 2, 3, TW_BUILTIN_METHOD},
    {"pop", dict_pop, 2, 3, TW_BUILTIN_METHOD},
    {"popitem", dict_popitem, 1, 1, TW_BUILTIN_METHOD},
    {"clear", dict_clear, 1, 1, TW_BUILTIN_METHOD},
    {"copy", dict_copy_m, 1, 1, TW_BUILTIN_METHOD},
    {"update", dict_update_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"fromkeys", dict_fromkeys, 2, 3, TW_BUILTIN_CLASSMETHOD},
    {NULL},
};

void tw_dict_init(void) {
    tw_type_init_builtin(&tw_type_dict, "dict", &tw_type_object);
    tw_type_add_methods(&tw_type_dict, dict_methods);
    tw_dict_set(tw_from_obj(tw_type_dict.dict), TW_NAME(__hash__), TW_NONE);
    tw_dict_views_init();
}
