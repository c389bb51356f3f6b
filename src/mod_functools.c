// The _functools module, the C half of lib/functools.py: reduce, partial (which flattens
// a partial of a plain partial, as CPython), cmp_to_key's KeyWrapper, and the wrapper
// behind lru_cache, with CPython's key rules (a lone int or str argument is its own key;
// keywords follow a marker; typed adds the argument types) and its LRU order. partial and
// the cache wrapper are called through type->call: they sit on hot paths.
#include <stdlib.h>

#include "gc.h"
#include "modules.h"

static TwValue functools_error(const char *fmt) {
    return tw_error(&tw_type_TypeError, fmt);
}

// ---------------------------------------------------------------- reduce

static TwValue ft_reduce(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_no_kwargs("reduce", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 2 || argc > 3) {
        return tw_error(&tw_type_TypeError, "reduce expected %s argument%s, got %d",
                        argc < 2 ? "at least 2" : "at most 3", "s", argc);
    }
    TwValue func = argv[0];
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            return functools_error("reduce() arg 2 must support iteration");
        }
        return TW_NULL;
    }
    TwValue acc = argc == 3 ? argv[2] : TW_NULL;
    for (;;) {
        TwValue v = tw_next(it);
        if (!v) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            break;
        }
        if (!acc) {
            acc = v;
            continue;
        }
        acc = tw_call2(func, acc, v);
        if (!acc) {
            return TW_NULL;
        }
    }
    if (!acc) {
        return functools_error("reduce() of empty iterable with no initial value");
    }
    return acc;
}

// ---------------------------------------------------------------- partial

typedef struct Partial {
    TwObject hdr;
    TwValue fn;
    TwValue args;        // tuple
    TwValue kw;          // dict
    TwValue dict;        // instance __dict__, TW_NULL until used
} Partial;

static TwType partial_type;

static void partial_trace(TwObject *self) {
    Partial *p = (Partial *)self;
    tw_gc_mark(p->fn);
    tw_gc_mark(p->args);
    tw_gc_mark(p->kw);
    tw_gc_mark(p->dict);
}

static TwValue partial_call_m(int argc, TwValue *argv, TwValue kwnames);

// A partial whose calls are partial's own and that has no instance dict can be
// looked through when a partial of it is made.
static bool flattenable(TwValue f) {
    if (!tw_isinstance_type(f, &tw_type_function) && tw_isinstance_type(f, &partial_type)) {
        TwValue call = tw_type_lookup(tw_type_of(f), TW_NAME(__call__));
        TwValue own = tw_dict_get_str(tw_from_obj(partial_type.dict), TW_NAME(__call__));
        return call == own && !TW_OBJ(f, Partial)->dict;
    }
    return false;
}

static TwValue partial_new(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    if (npos < 1) {
        return functools_error("type 'partial' takes at least one argument");
    }
    TwValue fn = argv[1];
    if (!tw_callable(fn)) {
        return functools_error("the first argument must be callable");
    }
    TwValue *pos = argv + 2;
    size_t nnew = (size_t)npos - 1;
    TwValue args, kw;
    if (flattenable(fn)) {
        Partial *inner = TW_OBJ(fn, Partial);
        size_t nold = tw_tuple_size(inner->args);
        args = tw_tuple_new(nold + nnew);
        if (!args) {
            return TW_NULL;
        }
        memcpy(tw_tuple_items(args), tw_tuple_items(inner->args), nold * sizeof(TwValue));
        memcpy(tw_tuple_items(args) + nold, pos, nnew * sizeof(TwValue));
        kw = tw_dict_copy(inner->kw);
        fn = inner->fn;
    } else {
        args = tw_tuple_from(nnew, pos);
        kw = args ? tw_dict_new() : TW_NULL;
    }
    if (!args || !kw) {
        return TW_NULL;
    }
    for (int i = 0; i < nkw; i++) {
        if (tw_dict_set(kw, tw_tuple_items(kwnames)[i], argv[1 + npos + i]) < 0) {
            return TW_NULL;
        }
    }
    TwType *cls = TW_OBJ(argv[0], TwType);
    Partial *p = (Partial *)tw_gc_alloc(cls, cls->basic_size);
    if (!p) {
        return TW_NULL;
    }
    p->fn = fn;
    p->args = args;
    p->kw = kw;
    return tw_from_obj(p);
}

static TwValue partial_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    Partial *p = TW_OBJ(self, Partial);
    size_t nargs = tw_tuple_size(p->args);
    size_t nstored = tw_dict_size(p->kw);
    if (nargs == 0 && nstored == 0) {
        return tw_call(p->fn, argc, argv, kwnames);
    }
    size_t nkw = kwnames ? tw_tuple_size(kwnames) : 0;
    size_t npos = (size_t)argc - nkw;
    // positional: stored then given; keywords: stored ones (given values override) then new ones
    size_t total = nargs + npos + nstored + nkw;
    TwValue holder = tw_tuple_new(total);
    if (!holder) {
        return TW_NULL;
    }
    TwValue *out = tw_tuple_items(holder);
    memcpy(out, tw_tuple_items(p->args), nargs * sizeof(TwValue));
    memcpy(out + nargs, argv, npos * sizeof(TwValue));
    size_t n = nargs + npos;
    if (nstored == 0) {
        memcpy(out + n, argv + npos, nkw * sizeof(TwValue));
        TwValue r = tw_call(p->fn, (int)(n + nkw), out, nkw ? kwnames : TW_NULL);
        tw_keep_alive(holder);
        return r;
    }
    TwValue names = tw_list_new(nstored + nkw);
    if (!names) {
        return TW_NULL;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(p->kw, &pos, &k, &v)) {
        for (size_t j = 0; j < nkw; j++) {
            if (tw_str_eq(tw_tuple_items(kwnames)[j], k)) {
                v = argv[npos + j];
                break;
            }
        }
        if (tw_list_append(names, k) < 0) {
            return TW_NULL;
        }
        out[n++] = v;
    }
    for (size_t j = 0; j < nkw; j++) {
        TwValue name = tw_tuple_items(kwnames)[j];
        TwValue dummy;
        int found = tw_dict_lookup(p->kw, name, &dummy);
        if (found < 0) {
            return TW_NULL;
        }
        if (!found) {
            if (tw_list_append(names, name) < 0) {
                return TW_NULL;
            }
            out[n++] = argv[npos + j];
        }
    }
    TwValue kwt = tw_tuple_from(tw_list_size(names), tw_list_items(names));
    if (!kwt) {
        return TW_NULL;
    }
    TwValue r = tw_call(p->fn, (int)n, out, kwt);
    tw_keep_alive(holder);
    return r;
}

static TwValue partial_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return partial_call(argv[0], argc - 1, argv + 1, kwnames);
}

static TwValue partial_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    Partial *p = TW_OBJ(self, Partial);
    TwType *t = tw_type_of(self);
    const char *name = (t->flags & TW_TYPE_HEAP) ? tw_str_data(t->name) : t->c_name;
    int e = tw_repr_enter(self);
    if (e < 0) {
        return TW_NULL;
    }
    if (e > 0) {
        return tw_str_fmt("...");
    }
    TwBuf b;
    tw_buf_init(&b);
    TwValue r = tw_repr(p->fn);
    if (!r || tw_buf_printf(&b, "%s(", name) < 0 || tw_buf_append_str(&b, r) < 0) {
        goto fail;
    }
    for (size_t i = 0; i < tw_tuple_size(p->args); i++) {
        r = tw_repr(tw_tuple_items(p->args)[i]);
        if (!r || tw_buf_append_c(&b, ", ") < 0 || tw_buf_append_str(&b, r) < 0) {
            goto fail;
        }
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(p->kw, &pos, &k, &v)) {
        TwValue ks = tw_str(k);
        r = ks ? tw_repr(v) : TW_NULL;
        if (!r || tw_buf_append_c(&b, ", ") < 0 || tw_buf_append_str(&b, ks) < 0 || tw_buf_append_c(&b, "=") < 0 ||
            tw_buf_append_str(&b, r) < 0) {
            goto fail;
        }
    }
    tw_repr_leave(self);
    if (tw_buf_append_c(&b, ")") < 0) {
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
fail:
    tw_repr_leave(self);
    tw_buf_free(&b);
    return TW_NULL;
}

static TwValue partial_reduce(int argc, TwValue *argv, TwValue kwnames) {
    Partial *p = TW_OBJ(argv[0], Partial);
    TwValue kw = tw_dict_size(p->kw) ? p->kw : TW_NONE;
    TwValue d = p->dict && tw_dict_size(p->dict) ? p->dict : TW_NONE;
    TwValue state = tw_tuple_pack(4, p->fn, p->args, kw, d);
    TwValue fnt = state ? tw_tuple_pack(1, p->fn) : TW_NULL;
    return fnt ? tw_tuple_pack(3, tw_from_obj(tw_type_of(argv[0])), fnt, state) : TW_NULL;
}

static TwValue partial_setstate(int argc, TwValue *argv, TwValue kwnames) {
    Partial *p = TW_OBJ(argv[0], Partial);
    TwValue state = argv[1];
    if (!tw_isinstance_type(state, &tw_type_tuple) || tw_tuple_size(state) != 4) {
        return functools_error("invalid partial state");
    }
    TwValue *s = tw_tuple_items(state);
    if (!tw_callable(s[0]) || !tw_isinstance_type(s[1], &tw_type_tuple) ||
        (s[2] != TW_NONE && !tw_isinstance_type(s[2], &tw_type_dict))) {
        return functools_error("invalid partial state");
    }
    TwValue args = tw_is_type(s[1], &tw_type_tuple) ? s[1] : tw_tuple_from(tw_tuple_size(s[1]), tw_tuple_items(s[1]));
    TwValue kw = s[2] == TW_NONE ? tw_dict_new() : tw_is_type(s[2], &tw_type_dict) ? s[2] : tw_dict_copy(s[2]);
    if (!args || !kw) {
        return TW_NULL;
    }
    p->fn = s[0];
    p->args = args;
    p->kw = kw;
    p->dict = s[3] == TW_NONE ? TW_NULL : s[3];
    return TW_NONE;
}

static TwValue partial_get_func(TwValue self) {
    return TW_OBJ(self, Partial)->fn;
}

static TwValue partial_get_args(TwValue self) {
    return TW_OBJ(self, Partial)->args;
}

static TwValue partial_get_keywords(TwValue self) {
    return TW_OBJ(self, Partial)->kw;
}

static const TwGetSetDef partial_getsets[] = {
    {"func", partial_get_func, NULL, true},
    {"args", partial_get_args, NULL, true},
    {"keywords", partial_get_keywords, NULL, true},
    {NULL},
};

static const TwMethodDef partial_methods[] = {
    {"__new__", partial_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__call__", partial_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", partial_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", partial_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"__setstate__", partial_setstate, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType partial_type = {
    .c_name = "functools.partial",
    .basic_size = sizeof(Partial),
    .dict_offset = offsetof(Partial, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = partial_trace,
    .call = partial_call,
};

// ---------------------------------------------------------------- cmp_to_key

typedef struct KeyWrapper {
    TwObject hdr;
    TwValue cmp;
    TwValue obj;         // TW_NULL for the K function itself
} KeyWrapper;

static TwType keywrapper_type;

static void keywrapper_trace(TwObject *self) {
    tw_gc_mark(((KeyWrapper *)self)->cmp);
    tw_gc_mark(((KeyWrapper *)self)->obj);
}

static TwValue keywrapper_make(TwValue cmp, TwValue obj) {
    KeyWrapper *k = (KeyWrapper *)tw_gc_alloc(&keywrapper_type, sizeof(KeyWrapper));
    if (!k) {
        return TW_NULL;
    }
    k->cmp = cmp;
    k->obj = obj;
    return tw_from_obj(k);
}

static TwValue keywrapper_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"obj"};
    TwValue a[1];
    if (tw_parse_args("K", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return keywrapper_make(TW_OBJ(self, KeyWrapper)->cmp, a[0]);
}

static TwValue keywrapper_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return keywrapper_call(argv[0], argc - 1, argv + 1, kwnames);
}

static TwValue keywrapper_compare(int op, TwValue self, TwValue other) {
    if (tw_type_of(other) != tw_type_of(self)) {
        return functools_error("other argument must be K instance");
    }
    KeyWrapper *a = TW_OBJ(self, KeyWrapper), *b = TW_OBJ(other, KeyWrapper);
    if (!a->obj || !b->obj) {
        return tw_error(&tw_type_AttributeError, "object");
    }
    TwValue r = tw_call2(a->cmp, a->obj, b->obj);
    return r ? tw_compare(op, r, tw_from_small_int(0)) : TW_NULL;
}

#define KW_CMP(name, op)                                                          \
    static TwValue keywrapper_##name(int argc, TwValue *argv, TwValue kwnames) { \
        return keywrapper_compare(op, argv[0], argv[1]);                          \
    }
KW_CMP(lt, TW_CMP_LT)
KW_CMP(le, TW_CMP_LE)
KW_CMP(eq, TW_CMP_EQ)
KW_CMP(ne, TW_CMP_NE)
KW_CMP(gt, TW_CMP_GT)
KW_CMP(ge, TW_CMP_GE)

static TwValue keywrapper_get_obj(TwValue self) {
    TwValue o = TW_OBJ(self, KeyWrapper)->obj;
    return o ? o : tw_error(&tw_type_AttributeError, "obj");
}

static int keywrapper_set_obj(TwValue self, TwValue v) {
    TW_OBJ(self, KeyWrapper)->obj = v;
    return 0;
}

static const TwGetSetDef keywrapper_getsets[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj, false},
    {NULL},
};

static const TwMethodDef keywrapper_methods[] = {
    {"__call__", keywrapper_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__lt__", keywrapper_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", keywrapper_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", keywrapper_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", keywrapper_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", keywrapper_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", keywrapper_ge, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType keywrapper_type = {
    .c_name = "functools.KeyWrapper",
    .basic_size = sizeof(KeyWrapper),
    .trace = keywrapper_trace,
    .call = keywrapper_call,
};

static TwValue ft_cmp_to_key(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"mycmp"};
    TwValue a[1];
    if (tw_parse_args("cmp_to_key", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return keywrapper_make(a[0], TW_NULL);
}

// ---------------------------------------------------------------- the lru_cache wrapper

// A cache entry of a bounded cache, in a circular list from least to most recently used.
typedef struct LruLink {
    TwObject hdr;
    struct LruLink *prev, *next;
    TwValue key, result;
} LruLink;

typedef struct LruCache {
    TwObject hdr;
    TwValue func;
    TwValue cache;               // dict: key -> result (unbounded) or LruLink (bounded)
    TwValue cache_info_type;
    TwValue dict;                // __dict__: what update_wrapper copies in
    LruLink *root;               // bounded only: the list's sentinel
    int64_t maxsize;             // -1: unbounded
    int64_t hits, misses;
    bool typed;
} LruCache;

static TwType lrulink_type, lru_type;
static TwValue kwd_mark;   // separates positional arguments from keywords in a key

static void lrulink_trace(TwObject *self) {
    LruLink *l = (LruLink *)self;
    tw_gc_mark_obj(l->prev);
    tw_gc_mark_obj(l->next);
    tw_gc_mark(l->key);
    tw_gc_mark(l->result);
}

static void lru_trace(TwObject *self) {
    LruCache *c = (LruCache *)self;
    tw_gc_mark(c->func);
    tw_gc_mark(c->cache);
    tw_gc_mark(c->cache_info_type);
    tw_gc_mark(c->dict);
    tw_gc_mark_obj(c->root);
}

static void link_remove(LruLink *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static void link_append(LruCache *c, LruLink *l) {
    LruLink *root = c->root;
    l->prev = root->prev;
    l->next = root;
    root->prev->next = l;
    root->prev = l;
}

static TwValue make_key(LruCache *c, int argc, TwValue *argv, TwValue kwnames) {
    size_t nkw = kwnames ? tw_tuple_size(kwnames) : 0;
    size_t npos = (size_t)argc - nkw;
    if (!c->typed && nkw == 0) {
        if (npos == 1) {
            TwType *t = tw_type_of(argv[0]);
            if (t == &tw_type_int || t == &tw_type_str) {
                return argv[0];
            }
        }
        return tw_tuple_from(npos, argv);
    }
    size_t n = npos + (nkw ? 1 + 2 * nkw : 0) + (c->typed ? npos + nkw : 0);
    TwValue key = tw_tuple_new(n);
    if (!key) {
        return TW_NULL;
    }
    TwValue *k = tw_tuple_items(key);
    size_t i = 0;
    for (size_t j = 0; j < npos; j++) {
        k[i++] = argv[j];
    }
    if (nkw) {
        k[i++] = kwd_mark;
        for (size_t j = 0; j < nkw; j++) {
            k[i++] = tw_tuple_items(kwnames)[j];
            k[i++] = argv[npos + j];
        }
    }
    if (c->typed) {
        for (size_t j = 0; j < npos; j++) {
            k[i++] = tw_from_obj(tw_type_of(argv[j]));
        }
        for (size_t j = 0; j < nkw; j++) {
            k[i++] = tw_from_obj(tw_type_of(argv[npos + j]));
        }
    }
    return key;
}

static TwValue lru_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    LruCache *c = TW_OBJ(self, LruCache);
    if (c->maxsize == 0) {
        c->misses++;
        return tw_call(c->func, argc, argv, kwnames);
    }
    TwValue key = make_key(c, argc, argv, kwnames);
    if (!key) {
        return TW_NULL;
    }
    TwValue found;
    int r = tw_dict_lookup(c->cache, key, &found);
    if (r < 0) {
        return TW_NULL;
    }
    if (r) {
        c->hits++;
        if (c->maxsize < 0) {
            return found;
        }
        LruLink *l = TW_OBJ(found, LruLink);
        link_remove(l);
        link_append(c, l);
        return l->result;
    }
    c->misses++;
    TwValue result = tw_call(c->func, argc, argv, kwnames);
    if (!result) {
        return TW_NULL;
    }
    if (c->maxsize < 0) {
        return tw_dict_set(c->cache, key, result) < 0 ? TW_NULL : result;
    }
    // The call may have cached this key itself (recursion): keep that entry.
    r = tw_dict_lookup(c->cache, key, &found);
    if (r != 0) {
        return r < 0 ? TW_NULL : result;
    }
    LruLink *root = c->root;
    if ((int64_t)tw_dict_size(c->cache) < c->maxsize || root->next == root) {
        LruLink *l = (LruLink *)tw_gc_alloc(&lrulink_type, sizeof(LruLink));
        if (!l) {
            return TW_NULL;
        }
        l->key = key;
        l->result = result;
        if (tw_dict_set(c->cache, key, tw_from_obj(l)) < 0) {
            return TW_NULL;
        }
        link_append(c, l);
        return result;
    }
    // Full: the least recently used entry makes room.
    LruLink *old = root->next;
    link_remove(old);
    if (tw_dict_del(c->cache, old->key) < 0) {
        return TW_NULL;
    }
    old->key = key;
    old->result = result;
    if (tw_dict_set(c->cache, key, tw_from_obj(old)) < 0) {
        return TW_NULL;
    }
    link_append(c, old);
    return result;
}

static TwValue lru_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return lru_call(argv[0], argc - 1, argv + 1, kwnames);
}

static TwValue lru_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    TwValue a[4];
    if (tw_parse_args("_lru_cache_wrapper", argc - 1, argv + 1, kwnames, names, 4, 0, 4, 4, a) < 0) {
        return TW_NULL;
    }
    if (!tw_callable(a[0])) {
        return functools_error("the first argument must be callable");
    }
    int64_t maxsize = -1;
    if (a[1] != TW_NONE) {
        if (!tw_is_intlike(a[1])) {
            return functools_error("maxsize should be integer or None");
        }
        if (tw_index_as_ssize(a[1], &maxsize) < 0) {
            return TW_NULL;
        }
        if (maxsize < 0) {
            maxsize = 0;
        }
    }
    int typed = tw_truthy(a[2]);
    if (typed < 0) {
        return TW_NULL;
    }
    LruCache *c = (LruCache *)tw_gc_alloc(&lru_type, sizeof(LruCache));
    TwValue cache = c ? tw_dict_new() : TW_NULL;
    if (!cache) {
        return TW_NULL;
    }
    c->func = a[0];
    c->cache = cache;
    c->maxsize = maxsize;
    c->typed = typed;
    c->cache_info_type = a[3];
    if (maxsize > 0) {
        c->root = (LruLink *)tw_gc_alloc(&lrulink_type, sizeof(LruLink));
        if (!c->root) {
            return TW_NULL;
        }
        c->root->prev = c->root->next = c->root;
    }
    return tw_from_obj(c);
}

static TwValue lru_cache_info(int argc, TwValue *argv, TwValue kwnames) {
    LruCache *c = TW_OBJ(argv[0], LruCache);
    TwValue args[4] = {
        tw_int_from_i64(c->hits), tw_int_from_i64(c->misses),
        c->maxsize < 0 ? TW_NONE : tw_int_from_i64(c->maxsize), tw_int_from_i64((int64_t)tw_dict_size(c->cache)),
    };
    return tw_call(c->cache_info_type, 4, args, TW_NULL);
}

static TwValue lru_cache_clear(int argc, TwValue *argv, TwValue kwnames) {
    LruCache *c = TW_OBJ(argv[0], LruCache);
    TwValue cache = tw_dict_new();
    if (!cache) {
        return TW_NULL;
    }
    c->cache = cache;
    c->hits = c->misses = 0;
    if (c->root) {
        c->root->prev = c->root->next = c->root;
    }
    return TW_NONE;
}

static TwValue lru_get(int argc, TwValue *argv, TwValue kwnames) {
    if (argc < 2 || argv[1] == TW_NONE) {
        return argv[0];
    }
    return tw_method_new(argv[0], argv[1]);
}

static TwValue lru_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue lru_reduce(int argc, TwValue *argv, TwValue kwnames) {
    return tw_getattr(argv[0], TW_NAME(__qualname__));
}

static const TwMethodDef lru_methods[] = {
    {"__new__", lru_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__call__", lru_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__get__", lru_get, 2, 3, TW_BUILTIN_METHOD},
    {"cache_info", lru_cache_info, 1, 1, TW_BUILTIN_METHOD},
    {"cache_clear", lru_cache_clear, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", lru_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"__copy__", lru_self, 1, 1, TW_BUILTIN_METHOD},
    {"__deepcopy__", lru_self, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType lru_type = {
    .c_name = "functools._lru_cache_wrapper",
    .basic_size = sizeof(LruCache),
    .dict_offset = offsetof(LruCache, dict),
    .trace = lru_trace,
    .call = lru_call,
};

static TwType lrulink_type = {
    .c_name = "functools._lru_list_elem",
    .basic_size = sizeof(LruLink),
    .trace = lrulink_trace,
};

// ---------------------------------------------------------------- the module

static const TwMethodDef functools_functions[] = {
    {"reduce", ft_reduce, 0, -1, TW_BUILTIN_KEYWORDS},
    {"cmp_to_key", ft_cmp_to_key, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL},
};

static int functools_module_init(TwValue module) {
    static const TwMethodDef no_methods[] = {{NULL}};
    struct {
        TwType *t;
        const TwMethodDef *methods;
        const TwGetSetDef *getsets;
        bool exported;
    } types[] = {
        {&partial_type, partial_methods, partial_getsets, true},
        {&keywrapper_type, keywrapper_methods, keywrapper_getsets, true},
        {&lru_type, lru_methods, NULL, true},
        {&lrulink_type, no_methods, NULL, false},
    };
    TwValue d = TW_OBJ(module, TwModule)->dict;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        TwType *t = types[i].t;
        if (!t->version) {
            tw_type_init_builtin(t, t->c_name, &tw_type_object);
            tw_type_add_methods(t, types[i].methods);
            if (types[i].getsets) {
                tw_type_add_getsets(t, types[i].getsets);
            }
        }
        if (types[i].exported && tw_dict_set(d, t->name, tw_from_obj(t)) < 0) {
            return -1;
        }
    }
    if (tw_dict_set(tw_from_obj(keywrapper_type.dict), TW_NAME(__hash__), TW_NONE) < 0) {
        return -1;
    }
    if (!kwd_mark) {
        tw_gc_add_root(&kwd_mark);
        kwd_mark = tw_from_obj(tw_gc_alloc(&tw_type_object, sizeof(TwObject)));
        if (!kwd_mark) {
            return -1;
        }
    }
    return tw_module_add_functions(module, functools_functions);
}

void tw_functools_init(void) {
    tw_module_register("_functools", functools_module_init);
}
