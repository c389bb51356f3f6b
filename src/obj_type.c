// `type` and `object`: type objects, attribute lookup along the MRO (with a global
// method cache), builtin type set-up, and the methods of object and type themselves.
// Class creation (the class statement, C3, layouts, __slots__) is in obj_class.c.
//
// Lookups key the method cache on (type, version, interned name). Every change to a type's
// dict or MRO takes a fresh version from one global counter, so a stale entry can never
// match, even for a type allocated where a dead one used to be.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "obj_type.h"
#include "runtime.h"
#include "vm.h"
#include "warnings.h"

// ---------------------------------------------------------------- the static types

static void type_trace(TwObject *self);
static void type_finalize(TwObject *self);
static TwValue type_call_hook(TwValue self, int argc, TwValue *argv, TwValue kwnames);

TwType tw_type_type = {
    .hdr.type = &tw_type_type,
    .c_name = "type",
    .basic_size = sizeof(TwHeapType),
    .dict_offset = offsetof(TwType, dict),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_TYPE_SUB,
    .trace = type_trace,
    .finalize = type_finalize,
    .call = type_call_hook,
};

TwType tw_type_object = {
    .hdr.type = &tw_type_type,
    .c_name = "object",
    .basic_size = sizeof(TwObject),
    .flags = TW_TYPE_BASETYPE,
};

TwType tw_type_none = {
    .hdr.type = &tw_type_type,
    .c_name = "NoneType",
    .basic_size = sizeof(TwObject),
};
TwType tw_type_notimpl = {
    .hdr.type = &tw_type_type,
    .c_name = "NotImplementedType",
    .basic_size = sizeof(TwObject),
};
TwType tw_type_ellipsis = {
    .hdr.type = &tw_type_type,
    .c_name = "ellipsis",
    .basic_size = sizeof(TwObject),
};

TwObject tw_none_obj = {&tw_type_none};
TwObject tw_notimpl_obj = {&tw_type_notimpl};
TwObject tw_ellipsis_obj = {&tw_type_ellipsis};

TwValue tw_object_getattribute_fn, tw_object_setattr_fn, tw_object_delattr_fn, tw_type_getattribute_fn,
    tw_type_setattr_fn, tw_type_delattr_fn, tw_object_new_fn, tw_object_init_fn, tw_type_call_fn;

// ---------------------------------------------------------------- versions and the method cache

static uint32_t next_version = 1;

enum { MCACHE_BITS = 12, MCACHE_SIZE = 1 << MCACHE_BITS };
typedef struct MCacheEntry {
    TwType *type;
    uint32_t version;
    TwValue name;
    TwValue value;   // TW_NULL: known to be absent
} MCacheEntry;
// Not traced: an entry is only believed while its type's version is unchanged, and then
// the value is still in that type's dict (or an MRO base's dict, whose changes bump ours).
static MCacheEntry mcache[MCACHE_SIZE];

static inline size_t mcache_index(TwType *t, TwValue name) {
    uint64_t h = ((uint64_t)(uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull ^ (name >> 4);
    return (size_t)((h ^ (h >> 29)) & (MCACHE_SIZE - 1));
}

static TwValue lookup_uncached(TwType *t, TwValue name) {
    TwValue mro = t->mro;
    if (mro) {
        size_t n = tw_tuple_size(mro);
        TwValue *items = tw_tuple_items(mro);
        for (size_t i = 0; i < n; i++) {
            TwType *b = TW_OBJ(items[i], TwType);
            if (b->dict) {
                TwValue v = tw_dict_get_str(tw_from_obj(b->dict), name);
                if (v) {
                    return v;
                }
            }
        }
        return TW_NULL;
    }
    // A builtin type not initialised yet: its own dict, then its bases.
    for (; t; t = t->base) {
        if (t->dict) {
            TwValue v = tw_dict_get_str(tw_from_obj(t->dict), name);
            if (v) {
                return v;
            }
        }
    }
    return TW_NULL;
}

TwValue tw_type_lookup(TwType *t, TwValue name) {
    if (tw_is_str(name) && TW_OBJ(name, TwStr)->interned) {
        MCacheEntry *e = &mcache[mcache_index(t, name)];
        if (e->type == t && e->name == name && e->version == t->version) {
            return e->value;
        }
        TwValue v = lookup_uncached(t, name);
        e->type = t;
        e->name = name;
        e->version = t->version;
        e->value = v;
        return v;
    }
    return lookup_uncached(t, name);
}

// Every change to t's dict or MRO: a fresh version for t and every class inheriting from it.
static void type_modified(TwType *t);

// ---------------------------------------------------------------- subclass lists

typedef struct SubList {
    TwType **items;
    size_t n, cap;
} SubList;

// Static builtin types keep theirs in this side table (they are few and never die).
typedef struct StaticSubs {
    TwType *type;
    SubList list;
} StaticSubs;
static StaticSubs *static_subs;
static size_t n_static_subs, cap_static_subs;

static SubList *sublist_of(TwType *t, bool create) {
    if (t->flags & TW_TYPE_HEAP) {
        // TwHeapType's subs/nsubs/capsubs have SubList's layout.
        return (SubList *)(void *)&((TwHeapType *)t)->subs;
    }
    for (size_t i = 0; i < n_static_subs; i++) {
        if (static_subs[i].type == t) {
            return &static_subs[i].list;
        }
    }
    if (!create) {
        return NULL;
    }
    if (n_static_subs == cap_static_subs) {
        size_t nc = cap_static_subs ? cap_static_subs * 2 : 16;
        StaticSubs *ns = realloc(static_subs, nc * sizeof *ns);
        if (!ns) {
            return NULL;
        }
        static_subs = ns;
        cap_static_subs = nc;
    }
    StaticSubs *s = &static_subs[n_static_subs++];
    s->type = t;
    s->list.items = NULL;
    s->list.n = s->list.cap = 0;
    return &s->list;
}

static int add_subclass(TwType *base, TwType *sub) {
    SubList *l = sublist_of(base, true);
    if (!l) {
        tw_error_nomem();
        return -1;
    }
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 4;
        TwType **ni = realloc(l->items, nc * sizeof *ni);
        if (!ni) {
            tw_error_nomem();
            return -1;
        }
        l->items = ni;
        l->cap = nc;
    }
    l->items[l->n++] = sub;
    return 0;
}

static void remove_subclass(TwType *base, TwType *sub) {
    SubList *l = sublist_of(base, false);
    if (!l) {
        return;
    }
    for (size_t i = 0; i < l->n; i++) {
        if (l->items[i] == sub) {
            memmove(&l->items[i], &l->items[i + 1], (l->n - i - 1) * sizeof *l->items);
            l->n--;
            return;
        }
    }
}

static void type_modified_depth(TwType *t, int depth) {
    t->version = next_version++;
    SubList *l = sublist_of(t, false);
    if (l && depth < 200) {
        for (size_t i = 0; i < l->n; i++) {
            type_modified_depth(l->items[i], depth + 1);
        }
    }
}

static void type_modified(TwType *t) {
    type_modified_depth(t, 0);
}

// Recompute the special flags of t and the classes inheriting from it.
static void update_flags_depth(TwType *t, int depth) {
    tw_type_update_flags(t);
    SubList *l = sublist_of(t, false);
    if (l && depth < 200) {
        for (size_t i = 0; i < l->n; i++) {
            update_flags_depth(l->items[i], depth + 1);
        }
    }
}

// ---------------------------------------------------------------- GC hooks of type objects

static void type_trace(TwObject *self) {
    TwType *t = (TwType *)self;
    tw_gc_mark(t->name);
    tw_gc_mark(t->qualname);
    tw_gc_mark_obj(t->dict);
    tw_gc_mark(t->bases);
    tw_gc_mark(t->mro);
    tw_gc_mark_obj(t->base);
    tw_gc_mark(t->slot_names);
}

static void type_finalize(TwObject *self) {
    TwType *t = (TwType *)self;
    if (!(t->flags & TW_TYPE_HEAP)) {
        return;
    }
    // Finalizers run before anything is freed, so the bases tuple is still intact.
    if (t->bases && tw_is_ptr(t->bases)) {
        for (size_t i = 0; i < tw_tuple_size(t->bases); i++) {
            remove_subclass(TW_OBJ(tw_tuple_items(t->bases)[i], TwType), t);
        }
    }
    TwHeapType *h = (TwHeapType *)t;
    free(h->subs);
    h->subs = NULL;
    h->nsubs = h->capsubs = 0;
}

// ---------------------------------------------------------------- subtype tests

bool tw_type_is_subtype(const TwType *sub, const TwType *t) {
    if (sub == t) {
        return true;
    }
    TwValue mro = sub->mro;
    if (mro) {
        size_t n = tw_tuple_size(mro);
        TwValue *items = tw_tuple_items(mro);
        for (size_t i = 1; i < n; i++) {
            if (TW_OBJ(items[i], TwType) == t) {
                return true;
            }
        }
        return false;
    }
    for (const TwType *b = sub->base; b; b = b->base) {
        if (b == t) {
            return true;
        }
    }
    return t == &tw_type_object;
}

bool tw_isinstance_type(TwValue v, const TwType *t) {
    TwType *vt = tw_type_of(v);
    return vt == t || tw_type_is_subtype(vt, t);
}

// ---------------------------------------------------------------- names

TwValue tw_type_name(TwType *t) {
    if (!t->name && t->c_name) {
        t->name = tw_str_intern_c(t->c_name);
    }
    return t->name;
}

const char *tw_type_cname(TwType *t) {
    if (!(t->flags & TW_TYPE_HEAP) && t->c_name) {
        return t->c_name;   // a builtin's tp_name, with its module if it has one
    }
    if (t->name && tw_is_ptr(t->name)) {
        return tw_str_data(t->name);
    }
    return t->c_name ? t->c_name : "?";
}

// ---------------------------------------------------------------- builtin type set-up

static void set_builtin_mro(TwType *t, TwType *base) {
    if (!base) {
        t->bases = tw_empty_tuple ? tw_empty_tuple : tw_tuple_new(0);
        t->mro = tw_tuple_pack(1, tw_from_obj(t));
        return;
    }
    t->bases = tw_tuple_pack(1, tw_from_obj(base));
    TwValue bm = base->mro;
    size_t n = bm ? tw_tuple_size(bm) : 0;
    TwValue mro = tw_tuple_new(n + 1);
    if (!mro) {
        return;
    }
    tw_tuple_items(mro)[0] = tw_from_obj(t);
    for (size_t i = 0; i < n; i++) {
        tw_tuple_items(mro)[i + 1] = tw_tuple_items(bm)[i];
    }
    t->mro = mro;
}

void tw_type_init_builtin(TwType *t, const char *name, TwType *base) {
    // Registered first: the allocations below may collect, and t holds what they made.
    if (!t->version) {
        tw_gc_add_static(t);
    }
    if (!t->hdr.type) {
        t->hdr.type = &tw_type_type;
    }
    if (!t->c_name) {
        t->c_name = name;
    }
    const char *dot = strrchr(name, '.');
    t->name = tw_str_intern_c(dot ? dot + 1 : name);
    t->qualname = t->name;
    if (!base && t != &tw_type_object) {
        base = &tw_type_object;
    }
    t->base = base;
    if (base) {
        t->flags |= base->flags & TW_TYPE_INHERITED_FLAGS;
        if (!t->basic_size) {
            t->basic_size = base->basic_size;
        }
    }
    set_builtin_mro(t, base);
    if (!t->dict) {
        TwValue d = tw_dict_new();
        if (!d) {
            fprintf(stderr, "twinpy: out of memory initialising type %s\n", name);
            abort();
        }
        t->dict = TW_OBJ(d, TwDict);
    }
    if (dot) {
        TwValue module = tw_str_new(name, (size_t)(dot - name));
        if (!module || tw_dict_set(tw_from_obj(t->dict), TW_NAME(__module__), module) < 0) {
            fprintf(stderr, "twinpy: out of memory initialising type %s\n", name);
            abort();
        }
    }
    // Builtin types carry no docstrings, but instances must still find __doc__ (None).
    if (!tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__doc__)) &&
        tw_dict_set(tw_from_obj(t->dict), TW_NAME(__doc__), TW_NONE) < 0) {
        fprintf(stderr, "twinpy: out of memory initialising type %s\n", name);
        abort();
    }
    t->version = next_version++;
    tw_type_update_flags(t);
}

void tw_type_add_methods(TwType *t, const TwMethodDef *defs) {
    for (; defs->name; defs++) {
        TwValue f = tw_builtin_new(defs->name, defs->fn, defs->min_args, defs->max_args, defs->flags);
        if (!f) {
            fprintf(stderr, "twinpy: out of memory adding %s.%s\n", tw_type_cname(t), defs->name);
            abort();
        }
        TW_OBJ(f, TwBuiltin)->owner = t;
        if (tw_dict_set(tw_from_obj(t->dict), tw_str_intern_c(defs->name), f) < 0) {
            abort();
        }
    }
    type_modified(t);
    update_flags_depth(t, 0);
}

void tw_type_add_getsets(TwType *t, const TwGetSetDef *defs) {
    for (; defs->name; defs++) {
        TwValue d = tw_descr_getset_new(t, defs);
        if (!d || tw_dict_set(tw_from_obj(t->dict), tw_str_intern_c(defs->name), d) < 0) {
            fprintf(stderr, "twinpy: out of memory adding %s.%s\n", tw_type_cname(t), defs->name);
            abort();
        }
    }
    type_modified(t);
}

void tw_type_update_flags(TwType *t) {
    uint32_t f = t->flags & ~(uint32_t)(TW_TYPE_HAS_GETATTR | TW_TYPE_CUSTOM_GETATTRIBUTE | TW_TYPE_CUSTOM_SETATTR);
    if (tw_type_lookup(t, TW_NAME(__getattr__))) {
        f |= TW_TYPE_HAS_GETATTR;
    }
    TwValue ga = tw_type_lookup(t, TW_NAME(__getattribute__));
    if (ga && ga != tw_object_getattribute_fn) {
        f |= TW_TYPE_CUSTOM_GETATTRIBUTE;
    }
    TwValue sa = tw_type_lookup(t, TW_NAME(__setattr__));
    TwValue da = tw_type_lookup(t, TW_NAME(__delattr__));
    if ((sa && sa != tw_object_setattr_fn) || (da && da != tw_object_delattr_fn)) {
        f |= TW_TYPE_CUSTOM_SETATTR;
    }
    t->flags = f;
}

// ---------------------------------------------------------------- the instance dict

TwValue tw_object_dict(TwValue o, bool create) {
    TwType *t = tw_type_of(o);
    if (!t->dict_offset || !tw_is_ptr(o)) {
        return TW_NULL;
    }
    TwValue *slot = (TwValue *)(void *)((char *)tw_as_obj(o) + t->dict_offset);
    if (!*slot && create) {
        *slot = tw_dict_new();
    }
    return *slot;
}

TwValue tw_attr_error(TwValue o, TwValue name) {
    if (tw_isinstance_type(o, &tw_type_type)) {
        tw_error(&tw_type_AttributeError, "type object '%s' has no attribute '%U'", tw_type_cname(TW_OBJ(o, TwType)),
                 name);
    } else {
        tw_error(&tw_type_AttributeError, "'%s' object has no attribute '%U'", tw_type_cname(tw_type_of(o)), name);
    }
    // The exception's name/obj attributes (used by tracebacks' suggestions).
    TwValue exc = tw_error_fetch();
    if (exc) {
        TwValue nm = tw_str_intern_c("name"), ob = tw_str_intern_c("obj");
        if (tw_object_setattr(exc, nm, name) < 0 || tw_object_setattr(exc, ob, o) < 0) {
            tw_error_clear();
        }
        tw_error_restore(exc);
    }
    return TW_NULL;
}

// ---------------------------------------------------------------- object's methods

static int64_t npos_of(int argc, TwValue kwnames) {
    return argc - (kwnames ? (int64_t)tw_tuple_size(kwnames) : 0);
}

// "methods f, g" from a class's __abstractmethods__ (sorted, as CPython).
static TwValue abstract_error(TwType *cls) {
    TwValue am = tw_dict_get_str(tw_from_obj(cls->dict), TW_NAME(__abstractmethods__));
    TwValue lst = am ? tw_list_from_iterable(am) : tw_list_new(0);
    if (!lst || tw_list_sort(lst, TW_NULL, false) < 0) {
        return TW_NULL;
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t n = tw_list_size(lst);
    for (size_t i = 0; i < n; i++) {
        TwValue s = tw_str(tw_list_items(lst)[i]);
        if (!s || (i && tw_buf_append_c(&b, ", ") < 0) || tw_buf_append_str(&b, s) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    TwValue joined = tw_buf_to_str(&b);
    if (!joined) {
        return TW_NULL;
    }
    return tw_error(&tw_type_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                    tw_type_cname(cls), n == 1 ? "" : "s", joined);
}

static TwType *builtin_base_of(TwType *t) {
    while (t && (t->flags & TW_TYPE_HEAP)) {
        t = t->base;
    }
    return t;
}

// Allocate a plain instance of cls (object.__new__ without the argument checks).
static TwValue object_alloc(TwType *cls) {
    if (cls->flags & TW_TYPE_ABSTRACT) {
        return abstract_error(cls);
    }
    TwObject *o = tw_gc_alloc(cls, cls->basic_size ? cls->basic_size : sizeof(TwObject));
    return o ? tw_from_obj(o) : TW_NULL;
}

static TwValue object_new(int argc, TwValue *argv, TwValue kwnames) {
    if (argc < 1) {
        return tw_error(&tw_type_TypeError, "object.__new__(): not enough arguments");
    }
    if (!tw_isinstance_type(argv[0], &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "object.__new__(X): X is not a type object (%T)", argv[0]);
    }
    TwType *cls = TW_OBJ(argv[0], TwType);
    if (argc > 1) {
        if (tw_type_lookup(cls, TW_NAME(__new__)) != tw_object_new_fn) {
            return tw_error(&tw_type_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (tw_type_lookup(cls, TW_NAME(__init__)) == tw_object_init_fn) {
            return tw_error(&tw_type_TypeError, "%s() takes no arguments", tw_type_cname(cls));
        }
    }
    TwType *bb = builtin_base_of(cls);
    if (bb != &tw_type_object) {
        return tw_error(&tw_type_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", tw_type_cname(cls),
                        tw_type_cname(bb));
    }
    return object_alloc(cls);
}

static TwValue object_init(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1) {
        TwType *t = tw_type_of(argv[0]);
        if (tw_type_lookup(t, TW_NAME(__init__)) != tw_object_init_fn) {
            return tw_error(&tw_type_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (tw_type_lookup(t, TW_NAME(__new__)) == tw_object_new_fn) {
            return tw_error(&tw_type_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                            tw_type_cname(t));
        }
    }
    return TW_NONE;
}

// The __module__ of a type as a str, or TW_NULL for builtins.
static TwValue type_module_str(TwType *t) {
    if (t->dict) {
        TwValue m = tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__module__));
        if (m && tw_isinstance_type(m, &tw_type_str)) {
            return m;
        }
    }
    return TW_NULL;
}

static TwValue type_qualname(TwType *t) {
    return t->qualname ? t->qualname : tw_type_name(t);
}

static TwValue object_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(argv[0]);
    TwValue mod = type_module_str(t);
    void *p = tw_is_ptr(argv[0]) ? (void *)tw_as_obj(argv[0]) : (void *)(uintptr_t)argv[0];
    if (mod && !tw_str_eq_c(mod, "builtins")) {
        return tw_str_fmt("<%U.%U object at %p>", mod, type_qualname(t), p);
    }
    return tw_str_fmt("<%U object at %p>", type_qualname(t), p);
}

static TwValue object_str(int argc, TwValue *argv, TwValue kwnames) {
    return tw_repr(argv[0]);
}

static int64_t pointer_hash(TwValue v) {
    uint64_t x = (uint64_t)v;
    int64_t h = (int64_t)((x >> 4) | (x << 60));
    return h == -1 ? -2 : h;
}

static TwValue object_hash(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_i64(pointer_hash(argv[0]));
}

static TwValue object_eq(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0] == argv[1] ? TW_TRUE : TW_NOTIMPL;
}

static TwValue object_ne(int argc, TwValue *argv, TwValue kwnames) {
    bool found;
    TwValue r = tw_call_special(argv[0], TW_NAME(__eq__), 1, &argv[1], &found);
    if (!found) {
        return TW_NOTIMPL;
    }
    if (!r || r == TW_NOTIMPL) {
        return r;
    }
    int b = tw_truthy(r);
    return b < 0 ? TW_NULL : tw_bool(!b);
}

static TwValue object_notimpl(int argc, TwValue *argv, TwValue kwnames) {
    return TW_NOTIMPL;
}

static TwValue check_name(TwValue name) {
    if (!tw_isinstance_type(name, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "attribute name must be string, not '%T'", name);
    }
    return TW_TRUE;
}

static TwValue object_getattribute_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_object_getattr(argv[0], argv[1], false);
}

static TwValue object_setattr_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_object_setattr(argv[0], argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue object_delattr_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_object_setattr(argv[0], argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}

// Add the keys of dict d to the set s.
static int add_keys(TwValue s, TwValue d) {
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(d, &pos, &k, &v)) {
        if (tw_set_add(s, k) < 0) {
            return -1;
        }
    }
    return 0;
}

static int add_class_attrs(TwValue s, TwType *t) {
    TwValue mro = t->mro;
    if (!mro) {
        return t->dict ? add_keys(s, tw_from_obj(t->dict)) : 0;
    }
    for (size_t i = 0; i < tw_tuple_size(mro); i++) {
        TwType *b = TW_OBJ(tw_tuple_items(mro)[i], TwType);
        if (b->dict && add_keys(s, tw_from_obj(b->dict)) < 0) {
            return -1;
        }
    }
    return 0;
}

static TwValue object_dir(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = tw_set_new(&tw_type_set);
    if (!s) {
        return TW_NULL;
    }
    TwValue d = tw_getattr_opt(argv[0], TW_NAME(__dict__));
    if (!d && tw_error_occurred()) {
        return TW_NULL;
    }
    if (d && tw_isinstance_type(d, &tw_type_dict) && add_keys(s, d) < 0) {
        return TW_NULL;
    }
    TwValue cls = tw_getattr_opt(argv[0], TW_NAME(__class__));
    if (!cls && tw_error_occurred()) {
        return TW_NULL;
    }
    if (cls && tw_isinstance_type(cls, &tw_type_type) && add_class_attrs(s, TW_OBJ(cls, TwType)) < 0) {
        return TW_NULL;
    }
    return tw_list_from_iterable(s);
}

static TwValue object_format(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_isinstance_type(argv[1], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "__format__() argument must be str, not %A", argv[1]);
    }
    if (tw_str_size(argv[1]) > 0) {
        return tw_error(&tw_type_TypeError, "unsupported format string passed to %s.__format__",
                        tw_type_cname(tw_type_of(argv[0])));
    }
    return tw_str(argv[0]);
}

static TwValue object_sizeof(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(argv[0]);
    return tw_from_small_int(t->basic_size ? t->basic_size : (int64_t)sizeof(TwValue));
}

static TwValue object_init_subclass(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1) {
        TwType *cls = TW_OBJ(argv[0], TwType);
        if (kwnames && tw_tuple_size(kwnames) > 0) {
            return tw_error(&tw_type_TypeError, "%U.__init_subclass__() takes no keyword arguments", type_qualname(cls));
        }
        return tw_error(&tw_type_TypeError, "%U.__init_subclass__() takes no arguments (%d given)", type_qualname(cls),
                        argc - 1);
    }
    return TW_NONE;
}

static TwValue object_subclasshook(int argc, TwValue *argv, TwValue kwnames) {
    return TW_NOTIMPL;
}

static TwValue object_get_class(TwValue self) {
    return tw_from_obj(tw_type_of(self));
}

// Do a and b lay out their instances the same way (for __class__ assignment)?
static bool same_layout(TwType *a, TwType *b) {
    if (builtin_base_of(a) != builtin_base_of(b) || a->basic_size != b->basic_size ||
        a->dict_offset != b->dict_offset) {
        return false;
    }
    TwValue sa = a->slot_names, sb = b->slot_names;
    size_t na = sa ? tw_tuple_size(sa) : 0, nb = sb ? tw_tuple_size(sb) : 0;
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        if (!tw_str_eq(tw_tuple_items(sa)[i], tw_tuple_items(sb)[i])) {
            return false;
        }
    }
    return true;
}

static int object_set_class(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!tw_isinstance_type(v, &tw_type_type)) {
        tw_error(&tw_type_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    TwType *nt = TW_OBJ(v, TwType), *ot = tw_type_of(self);
    bool ok_new = (nt->flags & TW_TYPE_HEAP) || tw_type_is_subtype(nt, &tw_type_module);
    bool ok_old = (ot->flags & TW_TYPE_HEAP) || tw_type_is_subtype(ot, &tw_type_module);
    if (!ok_new || !ok_old || !tw_is_ptr(self)) {
        tw_error(&tw_type_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(nt, ot)) {
        tw_error(&tw_type_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", tw_type_cname(nt),
                 tw_type_cname(ot));
        return -1;
    }
    tw_as_obj(self)->type = nt;
    return 0;
}

static const TwMethodDef object_methods[] = {
    {"__new__", object_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", object_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", object_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__str__", object_str, 1, 1, TW_BUILTIN_METHOD},
    {"__hash__", object_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", object_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", object_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", object_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", object_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", object_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", object_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__getattribute__", object_getattribute_m, 2, 2, TW_BUILTIN_METHOD},
    {"__setattr__", object_setattr_m, 3, 3, TW_BUILTIN_METHOD},
    {"__delattr__", object_delattr_m, 2, 2, TW_BUILTIN_METHOD},
    {"__dir__", object_dir, 1, 1, TW_BUILTIN_METHOD},
    {"__format__", object_format, 2, 2, TW_BUILTIN_METHOD},
    {"__sizeof__", object_sizeof, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce_ex__", tw_object_reduce_ex_m, 2, 2, TW_BUILTIN_METHOD},
    {"__reduce__", tw_object_reduce_m, 1, 1, TW_BUILTIN_METHOD},
    {"__getstate__", tw_object_getstate_m, 1, 1, TW_BUILTIN_METHOD},
    {"__init_subclass__", object_init_subclass, 1, -1, TW_BUILTIN_CLASSMETHOD | TW_BUILTIN_KEYWORDS},
    {"__subclasshook__", object_subclasshook, 1, -1, TW_BUILTIN_CLASSMETHOD},
    {NULL},
};

static const TwGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL},
};

// ---------------------------------------------------------------- type's methods

// type.__call__(cls, *args, **kwargs): __new__, then __init__ if the result is an instance.
static TwValue type_call(TwType *cls, int argc, TwValue *argv, TwValue kwnames) {
    int64_t npos = npos_of(argc, kwnames);
    if (cls == &tw_type_type && npos == 1 && argc == 1) {
        return tw_from_obj(tw_type_of(argv[0]));
    }
    TwValue newf = tw_type_lookup(cls, TW_NAME(__new__));
    TwValue obj;
    if (newf == tw_object_new_fn) {
        // A builtin type without its own __new__ cannot be made from Python: its C fields
        // would stay zero.
        if (builtin_base_of(cls) != &tw_type_object) {
            return tw_error(&tw_type_TypeError, "cannot create '%s' instances", tw_type_cname(cls));
        }
        // object.__new__'s argument rule, without building an argument array.
        if (argc > 0) {
            if (tw_type_lookup(cls, TW_NAME(__init__)) == tw_object_init_fn) {
                return tw_error(&tw_type_TypeError, "%s() takes no arguments", tw_type_cname(cls));
            }
        }
        obj = object_alloc(cls);
    } else if (!newf) {
        return tw_error(&tw_type_TypeError, "cannot create '%s' instances", tw_type_cname(cls));
    } else {
        // __new__ is a static method: pass the class explicitly.
        TwValue fn = newf;
        if (tw_is_type(fn, &tw_type_staticmethod)) {
            fn = TW_OBJ(fn, TwWrapped)->func;
        }
        TwValue small[8];
        TwValue *args = argc + 1 <= 8 ? small : tw_gc_malloc((size_t)(argc + 1) * sizeof(TwValue));
        if (!args) {
            return tw_error_nomem();
        }
        args[0] = tw_from_obj(cls);
        if (argc) {
            memcpy(args + 1, argv, (size_t)argc * sizeof(TwValue));
        }
        obj = tw_call(fn, argc + 1, args, kwnames);
        tw_keep_alive(tw_from_obj(cls));
        if (args != small) {
            tw_gc_free(args, (size_t)(argc + 1) * sizeof(TwValue));
        }
    }
    if (!obj) {
        return TW_NULL;
    }
    TwType *ot = tw_type_of(obj);
    if (ot != cls && !tw_type_is_subtype(ot, cls)) {
        return obj;
    }
    // type(name, bases, dict) made by type.__new__ needs no __init__ call beyond type's.
    TwValue init = tw_type_lookup(ot, TW_NAME(__init__));
    if (!init || init == tw_object_init_fn) {
        if (argc > 0 && newf != tw_object_new_fn && init == tw_object_init_fn &&
            tw_type_lookup(ot, TW_NAME(__new__)) == tw_object_new_fn) {
            return tw_error(&tw_type_TypeError, "%s() takes no arguments", tw_type_cname(ot));
        }
        return obj;
    }
    TwValue r = tw_call_unbound(init, obj, argc, argv, kwnames);
    if (!r) {
        return TW_NULL;
    }
    if (r != TW_NONE) {
        return tw_error(&tw_type_TypeError, "__init__() should return None, not '%T'", r);
    }
    return obj;
}

static TwValue type_call_hook(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    return type_call(TW_OBJ(self, TwType), argc, argv, kwnames);
}

static TwValue type_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return type_call(TW_OBJ(argv[0], TwType), argc - 1, argv + 1, kwnames);
}

// type.__new__(meta, name, bases, dict, **kwds) and type.__new__(type, x).
static TwValue type_new_m(int argc, TwValue *argv, TwValue kwnames) {
    int64_t npos = npos_of(argc, kwnames);
    if (argc < 1 || !tw_isinstance_type(argv[0], &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "type.__new__(X): X is not a type object (%T)", argc ? argv[0] : TW_NONE);
    }
    TwType *meta = TW_OBJ(argv[0], TwType);
    if (!tw_type_is_subtype(meta, &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "type.__new__(%s): %s is not a subtype of type", tw_type_cname(meta),
                        tw_type_cname(meta));
    }
    if (meta == &tw_type_type && npos == 2 && argc == 2) {
        return tw_from_obj(tw_type_of(argv[1]));
    }
    if (npos != 4) {
        if (npos == 2 || npos == 3 || npos > 4) {
            return tw_error(&tw_type_TypeError, "type() takes 1 or 3 arguments");
        }
        return tw_error(&tw_type_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", (int)(npos - 1));
    }
    if (!tw_isinstance_type(argv[1], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "type.__new__() argument 1 must be str, not %A", argv[1]);
    }
    if (!tw_isinstance_type(argv[2], &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "type.__new__() argument 2 must be tuple, not %A", argv[2]);
    }
    if (!tw_isinstance_type(argv[3], &tw_type_dict)) {
        return tw_error(&tw_type_TypeError, "type.__new__() argument 3 must be dict, not %A", argv[3]);
    }
    TwValue kw = TW_NULL;
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        kw = tw_dict_new();
        if (!kw) {
            return TW_NULL;
        }
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            if (tw_dict_set(kw, tw_tuple_items(kwnames)[i], argv[npos + (int64_t)i]) < 0) {
                return TW_NULL;
            }
        }
    }
    return tw_type_new_class(meta, argv[1], argv[2], argv[3], kw);
}

static TwValue type_init_m(int argc, TwValue *argv, TwValue kwnames) {
    int64_t npos = npos_of(argc, kwnames);
    if (kwnames && tw_tuple_size(kwnames) > 0 && npos == 2) {
        return tw_error(&tw_type_TypeError, "type.__init__() takes no keyword arguments");
    }
    if (npos != 2 && npos != 4) {
        return tw_error(&tw_type_TypeError, "type.__init__() takes 1 or 3 arguments");
    }
    return TW_NONE;
}

static TwValue type_repr_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = TW_OBJ(argv[0], TwType);
    TwValue mod = type_module_str(t);
    if (mod && !tw_str_eq_c(mod, "builtins")) {
        return tw_str_fmt("<class '%U.%U'>", mod, type_qualname(t));
    }
    return tw_str_fmt("<class '%U'>", type_qualname(t));
}

static TwValue type_getattribute_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_type_getattr(argv[0], argv[1], false);
}

static TwValue type_setattr_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_type_setattr(argv[0], argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue type_delattr_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!check_name(argv[1])) {
        return TW_NULL;
    }
    return tw_type_setattr(argv[0], argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}

TwValue tw_type_compute_mro(TwType *t);   // obj_class.c

static TwValue type_mro_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue mro = tw_type_compute_mro(TW_OBJ(argv[0], TwType));
    return mro ? tw_list_from_iterable(mro) : TW_NULL;
}

static TwValue type_subclasses_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = TW_OBJ(argv[0], TwType);
    SubList *l = sublist_of(t, false);
    TwValue list = tw_list_new(l ? l->n : 0);
    if (!list) {
        return TW_NULL;
    }
    for (size_t i = 0; l && i < l->n; i++) {
        if (tw_list_append(list, tw_from_obj(l->items[i])) < 0) {
            return TW_NULL;
        }
    }
    return list;
}

// Walk o.__class__ when it differs from type(o) (proxies), as CPython's isinstance does.
static int instance_check_plain(TwValue o, TwType *cls) {
    TwType *t = tw_type_of(o);
    if (t == cls || tw_type_is_subtype(t, cls)) {
        return 1;
    }
    if (!(t->flags & TW_TYPE_HEAP)) {
        return 0;
    }
    TwValue c = tw_getattr_opt(o, TW_NAME(__class__));
    if (!c) {
        return tw_error_occurred() ? -1 : 0;
    }
    if (c != tw_from_obj(t) && tw_isinstance_type(c, &tw_type_type)) {
        return tw_type_is_subtype(TW_OBJ(c, TwType), cls);
    }
    return 0;
}

static TwValue type_instancecheck_m(int argc, TwValue *argv, TwValue kwnames) {
    int r = instance_check_plain(argv[1], TW_OBJ(argv[0], TwType));
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue type_subclasscheck_m(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_isinstance_type(argv[1], &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "issubclass() arg 1 must be a class");
    }
    return tw_bool(tw_type_is_subtype(TW_OBJ(argv[1], TwType), TW_OBJ(argv[0], TwType)));
}

static TwValue type_prepare_m(int argc, TwValue *argv, TwValue kwnames) {
    return tw_dict_new();
}

static TwValue type_dir_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = tw_set_new(&tw_type_set);
    if (!s || add_class_attrs(s, TW_OBJ(argv[0], TwType)) < 0) {
        return TW_NULL;
    }
    return tw_list_from_iterable(s);
}

static TwValue type_sizeof_m(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(sizeof(TwHeapType));
}

static const TwMethodDef type_methods[] = {
    {"__new__", type_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", type_init_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__call__", type_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", type_repr_m, 1, 1, TW_BUILTIN_METHOD},
    {"__getattribute__", type_getattribute_m, 2, 2, TW_BUILTIN_METHOD},
    {"__setattr__", type_setattr_m, 3, 3, TW_BUILTIN_METHOD},
    {"__delattr__", type_delattr_m, 2, 2, TW_BUILTIN_METHOD},
    {"mro", type_mro_m, 1, 1, TW_BUILTIN_METHOD},
    {"__subclasses__", type_subclasses_m, 1, 1, TW_BUILTIN_METHOD},
    {"__instancecheck__", type_instancecheck_m, 2, 2, TW_BUILTIN_METHOD},
    {"__or__", tw_generic_type_or, 2, 2, TW_BUILTIN_METHOD},
    {"__ror__", tw_generic_type_ror, 2, 2, TW_BUILTIN_METHOD},
    {"__subclasscheck__", type_subclasscheck_m, 2, 2, TW_BUILTIN_METHOD},
    {"__prepare__", type_prepare_m, 1, -1, TW_BUILTIN_CLASSMETHOD | TW_BUILTIN_KEYWORDS},
    {"__dir__", type_dir_m, 1, 1, TW_BUILTIN_METHOD},
    {"__sizeof__", type_sizeof_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---- type's getsets

static int check_heap_set(TwType *t, const char *attr, TwValue v) {
    if (!(t->flags & TW_TYPE_HEAP)) {
        tw_error(&tw_type_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, tw_type_cname(t));
        return -1;
    }
    if (!v) {
        tw_error(&tw_type_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, tw_type_cname(t));
        return -1;
    }
    return 0;
}

static TwValue type_get_name(TwValue self) {
    return tw_type_name(TW_OBJ(self, TwType));
}
static int type_set_name(TwValue self, TwValue v) {
    TwType *t = TW_OBJ(self, TwType);
    if (check_heap_set(t, "__name__", v) < 0) {
        return -1;
    }
    if (!tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "can only assign string to %s.__name__, not '%T'", tw_type_cname(t), v);
        return -1;
    }
    t->name = v;
    return 0;
}

static TwValue type_get_qualname(TwValue self) {
    return type_qualname(TW_OBJ(self, TwType));
}
static int type_set_qualname(TwValue self, TwValue v) {
    TwType *t = TW_OBJ(self, TwType);
    if (check_heap_set(t, "__qualname__", v) < 0) {
        return -1;
    }
    if (!tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "can only assign string to %s.__qualname__, not '%T'", tw_type_cname(t), v);
        return -1;
    }
    t->qualname = v;
    return 0;
}

static TwValue type_get_module(TwValue self) {
    TwType *t = TW_OBJ(self, TwType);
    if (t->dict) {
        TwValue m = tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__module__));
        if (m && ((t->flags & TW_TYPE_HEAP) || tw_isinstance_type(m, &tw_type_str))) {
            return m;
        }
    }
    if (t->flags & TW_TYPE_HEAP) {
        return tw_error(&tw_type_AttributeError, "__module__");
    }
    return tw_str_intern_c("builtins");
}
static int type_set_module(TwValue self, TwValue v) {
    TwType *t = TW_OBJ(self, TwType);
    if (check_heap_set(t, "__module__", v) < 0) {
        return -1;
    }
    int r = tw_dict_set(tw_from_obj(t->dict), TW_NAME(__module__), v);
    type_modified(t);
    return r;
}

static TwValue type_get_bases(TwValue self) {
    TwValue b = TW_OBJ(self, TwType)->bases;
    return b ? b : tw_tuple_new(0);
}
static TwValue type_get_base(TwValue self) {
    TwType *b = TW_OBJ(self, TwType)->base;
    return b ? tw_from_obj(b) : TW_NONE;
}
static TwValue type_get_mro(TwValue self) {
    TwValue m = TW_OBJ(self, TwType)->mro;
    return m ? m : TW_NONE;
}
static TwValue type_get_dict(TwValue self) {
    return tw_descr_mappingproxy_new(tw_from_obj(TW_OBJ(self, TwType)->dict));
}

static TwValue type_get_doc(TwValue self) {
    TwType *t = TW_OBJ(self, TwType);
    if (!(t->flags & TW_TYPE_HEAP)) {
        TwValue d = t->dict ? tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__doc__)) : TW_NULL;
        return d && tw_isinstance_type(d, &tw_type_str) ? d : TW_NONE;
    }
    TwValue d = tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__doc__));
    if (!d) {
        return TW_NONE;
    }
    return tw_descr_get(d, TW_NULL, t);
}
static int type_set_doc(TwValue self, TwValue v) {
    TwType *t = TW_OBJ(self, TwType);
    if (check_heap_set(t, "__doc__", v) < 0) {
        return -1;
    }
    int r = tw_dict_set(tw_from_obj(t->dict), TW_NAME(__doc__), v);
    type_modified(t);
    return r;
}

static TwValue type_get_abstractmethods(TwValue self) {
    TwType *t = TW_OBJ(self, TwType);
    TwValue v = t != &tw_type_type && t->dict ? tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__abstractmethods__))
                                               : TW_NULL;
    if (!v) {
        return tw_error_value(&tw_type_AttributeError, TW_NAME(__abstractmethods__));
    }
    return v;
}
static int type_set_abstractmethods(TwValue self, TwValue v) {
    TwType *t = TW_OBJ(self, TwType);
    int abstract = 0;
    if (v) {
        abstract = tw_truthy(v);
        if (abstract < 0 || tw_dict_set(tw_from_obj(t->dict), TW_NAME(__abstractmethods__), v) < 0) {
            return -1;
        }
    } else {
        int r = tw_dict_del(tw_from_obj(t->dict), TW_NAME(__abstractmethods__));
        if (r <= 0) {
            if (r == 0) {
                tw_error_value(&tw_type_AttributeError, TW_NAME(__abstractmethods__));
            }
            return -1;
        }
    }
    if (abstract) {
        t->flags |= TW_TYPE_ABSTRACT;
    } else {
        t->flags &= ~(uint32_t)TW_TYPE_ABSTRACT;
    }
    type_modified(t);
    return 0;
}

static TwValue type_get_basicsize(TwValue self) {
    return tw_from_small_int(TW_OBJ(self, TwType)->basic_size);
}
static TwValue type_get_dictoffset(TwValue self) {
    return tw_from_small_int(TW_OBJ(self, TwType)->dict_offset);
}
static TwValue type_get_flags(TwValue self) {
    return tw_from_small_int(TW_OBJ(self, TwType)->flags);
}

static const TwGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__basicsize__", type_get_basicsize, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL},
    {"__flags__", type_get_flags, NULL},
    {NULL},
};

// ---------------------------------------------------------------- attribute access on classes

TwValue tw_type_getattr(TwValue cls, TwValue name, bool suppress) {
    TwType *t = TW_OBJ(cls, TwType);
    TwType *meta = tw_type_of(cls);
    TwValue meta_attr = tw_type_lookup(meta, name);
    if (meta_attr && tw_descr_is_data(meta_attr)) {
        return tw_descr_get(meta_attr, cls, meta);
    }
    TwValue attr = tw_type_lookup(t, name);
    if (attr) {
        return tw_descr_get(attr, TW_NULL, t);
    }
    if (meta_attr) {
        return tw_descr_get(meta_attr, cls, meta);
    }
    if (suppress) {
        return TW_NULL;
    }
    return tw_attr_error(cls, name);
}

int tw_type_setattr(TwValue cls, TwValue name, TwValue v) {
    TwType *t = TW_OBJ(cls, TwType);
    TwType *meta = tw_type_of(cls);
    TwValue meta_attr = tw_type_lookup(meta, name);
    if (meta_attr) {
        int r = tw_descr_set(meta_attr, cls, v);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    if (!(t->flags & TW_TYPE_HEAP)) {
        tw_error(&tw_type_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, tw_type_cname(t));
        return -1;
    }
    if (!tw_is_str(name)) {
        name = tw_str_new(tw_str_data(name), tw_str_size(name));
        if (!name) {
            return -1;
        }
    }
    name = tw_str_intern(name);
    TwValue d = tw_from_obj(t->dict);
    if (v) {
        if (tw_dict_set(d, name, v) < 0) {
            return -1;
        }
    } else {
        int r = tw_dict_del(d, name);
        if (r <= 0) {
            if (r == 0) {
                tw_attr_error(cls, name);
            }
            return -1;
        }
    }
    type_modified(t);
    // A dunder that decides a fast path may have appeared or gone.
    const char *s = tw_str_data(name);
    if (s[0] == '_' && s[1] == '_') {
        update_flags_depth(t, 0);
    }
    return 0;
}

void tw_type_bump_version(TwType *t) {
    type_modified(t);
}

// Called by obj_class.c once a new class's bases are known.
void tw_type_register_subclass(TwType *t);
void tw_type_register_subclass(TwType *t) {
    for (size_t i = 0; i < tw_tuple_size(t->bases); i++) {
        if (add_subclass(TW_OBJ(tw_tuple_items(t->bases)[i], TwType), t) < 0) {
            tw_error_clear();
        }
    }
    t->version = next_version++;
}

// ---------------------------------------------------------------- None, NotImplemented, Ellipsis

static TwValue none_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_intern_c("None");
}
static TwValue none_bool(int argc, TwValue *argv, TwValue kwnames) {
    return TW_FALSE;
}
static TwValue none_new(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1) {
        return tw_error(&tw_type_TypeError, "NoneType takes no arguments");
    }
    return TW_NONE;
}
static TwValue notimpl_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_intern_c("NotImplemented");
}
static TwValue notimpl_new(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1) {
        return tw_error(&tw_type_TypeError, "NotImplementedType takes no arguments");
    }
    return TW_NOTIMPL;
}
static TwValue notimpl_bool(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_warn(&tw_type_DeprecationWarning, "NotImplemented should not be used in a boolean context", 1) < 0) {
        return TW_NULL;
    }
    return TW_TRUE;
}
static TwValue notimpl_reduce(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_intern_c("NotImplemented");
}
static TwValue ellipsis_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_intern_c("Ellipsis");
}
static TwValue ellipsis_new(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1) {
        return tw_error(&tw_type_TypeError, "ellipsis takes no arguments");
    }
    return TW_ELLIPSIS;
}

static const TwMethodDef none_methods[] = {
    {"__new__", none_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", none_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__bool__", none_bool, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwMethodDef notimpl_methods[] = {
    {"__new__", notimpl_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", notimpl_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", notimpl_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"__bool__", notimpl_bool, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwMethodDef ellipsis_methods[] = {
    {"__new__", ellipsis_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", ellipsis_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", ellipsis_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- start-up

void tw_type_init(void) {
    tw_type_init_builtin(&tw_type_object, "object", NULL);
    tw_type_init_builtin(&tw_type_type, "type", &tw_type_object);
    tw_type_add_methods(&tw_type_object, object_methods);
    tw_type_add_getsets(&tw_type_object, object_getsets);
    tw_type_add_methods(&tw_type_type, type_methods);
    tw_type_add_getsets(&tw_type_type, type_getsets);
    TwValue od = tw_from_obj(tw_type_object.dict), td = tw_from_obj(tw_type_type.dict);
    tw_object_getattribute_fn = tw_dict_get_str(od, TW_NAME(__getattribute__));
    tw_object_setattr_fn = tw_dict_get_str(od, TW_NAME(__setattr__));
    tw_object_delattr_fn = tw_dict_get_str(od, TW_NAME(__delattr__));
    tw_object_new_fn = tw_dict_get_str(od, TW_NAME(__new__));
    tw_object_init_fn = tw_dict_get_str(od, TW_NAME(__init__));
    tw_type_getattribute_fn = tw_dict_get_str(td, TW_NAME(__getattribute__));
    tw_type_setattr_fn = tw_dict_get_str(td, TW_NAME(__setattr__));
    tw_type_delattr_fn = tw_dict_get_str(td, TW_NAME(__delattr__));
    tw_type_call_fn = tw_dict_get_str(td, TW_NAME(__call__));
    tw_type_update_flags(&tw_type_object);
    tw_type_update_flags(&tw_type_type);

    tw_type_init_builtin(&tw_type_none, "NoneType", &tw_type_object);
    tw_type_add_methods(&tw_type_none, none_methods);
    tw_type_init_builtin(&tw_type_notimpl, "NotImplementedType", &tw_type_object);
    tw_type_add_methods(&tw_type_notimpl, notimpl_methods);
    tw_type_init_builtin(&tw_type_ellipsis, "ellipsis", &tw_type_object);
    tw_type_add_methods(&tw_type_ellipsis, ellipsis_methods);

    tw_descr_init();
}
