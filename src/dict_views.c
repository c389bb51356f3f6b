// dict views (dict_keys, dict_values, dict_items) and the dict iterators, forward and
// reversed. Iterators walk the entries array by position and detect a dict that changed
// size ("dictionary changed size during iteration") or keys ("dictionary keys changed
// during iteration") under them. Keys and items views are set-like: comparisons and
// & | - ^ build real sets through obj_set.c.
#include <stdio.h>

#include "container.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

typedef struct DictView {
    TwObject hdr;
    TwValue dict;
} DictView;

typedef struct DictIter {
    TwObject hdr;
    TwValue dict;        // TW_NULL once exhausted
    size_t pos;          // forward: next entry; reversed: one past the next entry
    int64_t used;        // dict size when the iterator was made (-1: broken)
    int64_t len;         // items still expected
} DictIter;

static void view_trace(TwObject *self) {
    tw_gc_mark(((DictView *)self)->dict);
}

static void iter_trace(TwObject *self) {
    tw_gc_mark(((DictIter *)self)->dict);
}

static TwValue iter_next(TwValue self);
static TwValue reviter_next(TwValue self);

#define VIEW_TYPE(var, name) \
    static TwType var = {.hdr.type = &tw_type_type, .c_name = name, .basic_size = sizeof(DictView), \
                         .trace = view_trace}
#define ITER_TYPE(var, name, fn) \
    static TwType var = {.hdr.type = &tw_type_type, .c_name = name, .basic_size = sizeof(DictIter), \
                         .trace = iter_trace, .iternext = fn}

VIEW_TYPE(keys_type, "dict_keys");
VIEW_TYPE(values_type, "dict_values");
VIEW_TYPE(items_type, "dict_items");
ITER_TYPE(keyiter_type, "dict_keyiterator", iter_next);
ITER_TYPE(valueiter_type, "dict_valueiterator", iter_next);
ITER_TYPE(itemiter_type, "dict_itemiterator", iter_next);
ITER_TYPE(revkeyiter_type, "dict_reversekeyiterator", reviter_next);
ITER_TYPE(revvalueiter_type, "dict_reversevalueiterator", reviter_next);
ITER_TYPE(revitemiter_type, "dict_reverseitemiterator", reviter_next);

static int view_kind(TwValue v) {
    TwType *t = tw_type_of(v);
    if (t == &keys_type || t == &keyiter_type || t == &revkeyiter_type) {
        return KIND_KEYS;
    }
    if (t == &values_type || t == &valueiter_type || t == &revvalueiter_type) {
        return KIND_VALUES;
    }
    return KIND_ITEMS;
}

static bool is_setlike_view(TwValue v) {
    return tw_is_type(v, &keys_type) || tw_is_type(v, &items_type);
}

// ---------------------------------------------------------------- iterators

static TwValue make_iter(TwValue d, int kind, bool rev) {
    static TwType *const types[2][3] = {{&keyiter_type, &valueiter_type, &itemiter_type},
                                        {&revkeyiter_type, &revvalueiter_type, &revitemiter_type}};
    DictIter *it = (DictIter *)tw_gc_alloc(types[rev][kind], sizeof(DictIter));
    if (!it) {
        return TW_NULL;
    }
    it->dict = d;
    it->used = (int64_t)tw_dict_size(d);
    it->len = it->used;
    it->pos = rev ? tw_dict_nentries(d) : 0;
    return tw_from_obj(it);
}

static TwValue yield_entry(DictIter *it, int kind, TwDictEntry *e) {
    it->len--;
    if (kind == KIND_KEYS) {
        return e->key;
    }
    if (kind == KIND_VALUES) {
        return e->value;
    }
    return tw_tuple_pack(2, e->key, e->value);
}

static bool check_changed(DictIter *it) {
    TwDict *d = TW_OBJ(it->dict, TwDict);
    if (it->used != (int64_t)d->used) {
        tw_error(&tw_type_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   // stays broken
        return true;
    }
    return false;
}

static TwValue iter_next(TwValue self) {
    DictIter *it = TW_OBJ(self, DictIter);
    if (!it->dict) {
        return TW_NULL;
    }
    if (check_changed(it)) {
        return TW_NULL;
    }
    TwDict *d = TW_OBJ(it->dict, TwDict);
    while (it->pos < d->nentries) {
        TwDictEntry *e = &d->entries[it->pos++];
        if (e->key) {
            if (it->len <= 0) {
                it->len = -1;
                return tw_error(&tw_type_RuntimeError, "dictionary keys changed during iteration");
            }
            return yield_entry(it, view_kind(self), e);
        }
    }
    it->dict = TW_NULL;
    return TW_NULL;
}

static TwValue reviter_next(TwValue self) {
    DictIter *it = TW_OBJ(self, DictIter);
    if (!it->dict) {
        return TW_NULL;
    }
    if (check_changed(it)) {
        return TW_NULL;
    }
    TwDict *d = TW_OBJ(it->dict, TwDict);
    if (it->pos > d->nentries) {
        it->pos = d->nentries;
    }
    while (it->pos > 0) {
        TwDictEntry *e = &d->entries[--it->pos];
        if (e->key) {
            if (it->len <= 0) {
                it->len = -1;
                return tw_error(&tw_type_RuntimeError, "dictionary keys changed during iteration");
            }
            return yield_entry(it, view_kind(self), e);
        }
    }
    it->dict = TW_NULL;
    return TW_NULL;
}

static TwValue iter_length_hint(int argc, TwValue *argv, TwValue kw) {
    DictIter *it = TW_OBJ(argv[0], DictIter);
    if (!it->dict || it->used != (int64_t)tw_dict_size(it->dict) || it->len < 0) {
        return tw_from_small_int(0);
    }
    return tw_from_small_int(it->len);
}

TwValue tw_dict_iter_m(int argc, TwValue *argv, TwValue kw) {
    return make_iter(argv[0], KIND_KEYS, false);
}

TwValue tw_dict_reversed_m(int argc, TwValue *argv, TwValue kw) {
    return make_iter(argv[0], KIND_KEYS, true);
}

// ---------------------------------------------------------------- views

static TwValue make_view(TwType *t, TwValue d) {
    DictView *v = (DictView *)tw_gc_alloc(t, sizeof(DictView));
    if (!v) {
        return TW_NULL;
    }
    v->dict = d;
    return tw_from_obj(v);
}

TwValue tw_dict_keys_m(int argc, TwValue *argv, TwValue kw) { return make_view(&keys_type, argv[0]); }
TwValue tw_dict_values_m(int argc, TwValue *argv, TwValue kw) { return make_view(&values_type, argv[0]); }
TwValue tw_dict_items_m(int argc, TwValue *argv, TwValue kw) { return make_view(&items_type, argv[0]); }

static TwValue view_len(int argc, TwValue *argv, TwValue kw) {
    return tw_from_small_int((int64_t)tw_dict_size(TW_OBJ(argv[0], DictView)->dict));
}

static TwValue view_iter(int argc, TwValue *argv, TwValue kw) {
    return make_iter(TW_OBJ(argv[0], DictView)->dict, view_kind(argv[0]), false);
}

static TwValue view_reversed(int argc, TwValue *argv, TwValue kw) {
    return make_iter(TW_OBJ(argv[0], DictView)->dict, view_kind(argv[0]), true);
}

// `item in view`: 1, 0, -1.
static int view_contains_c(TwValue view, TwValue item) {
    TwValue d = TW_OBJ(view, DictView)->dict;
    int kind = view_kind(view);
    TwValue v;
    if (kind == KIND_KEYS) {
        return tw_dict_lookup(d, item, &v);
    }
    if (kind == KIND_ITEMS) {
        if (!tw_is_type(item, &tw_type_tuple) && !tw_isinstance_type(item, &tw_type_tuple)) {
            return 0;
        }
        if (tw_tuple_size(item) != 2) {
            return 0;
        }
        int r = tw_dict_lookup(d, tw_tuple_items(item)[0], &v);
        if (r <= 0) {
            return r;
        }
        return tw_eq(v, tw_tuple_items(item)[1]);
    }
    size_t pos = 0;
    while (tw_dict_next(d, &pos, NULL, &v)) {
        int r = tw_eq(v, item);
        if (r) {
            return r;
        }
    }
    return 0;
}

static TwValue view_contains(int argc, TwValue *argv, TwValue kw) {
    int r = view_contains_c(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue view_repr(int argc, TwValue *argv, TwValue kw) {
    TwValue self = argv[0];
    int rec = tw_repr_enter(self);
    if (rec) {
        return rec < 0 ? TW_NULL : tw_str_from_c("...");
    }
    TwValue list = tw_list_from_iterable(self);
    TwValue r = list ? tw_str_fmt("%s(%R)", tw_type_cname(tw_type_of(self)), list) : TW_NULL;
    tw_repr_leave(self);
    return r;
}

// A new set holding the view's elements (keys views build from the dict itself, as
// CPython does, which sizes the table up front).
static TwValue view_to_set(TwValue v) {
    TwValue s = tw_set_new(&tw_type_set);
    if (!s) {
        return TW_NULL;
    }
    TwValue src = tw_is_type(v, &keys_type) ? TW_OBJ(v, DictView)->dict : v;
    if (tw_set_update(s, src) < 0) {
        return TW_NULL;
    }
    return s;
}

static TwValue view_binop(int op, TwValue a, TwValue b) {
    TwValue s = view_to_set(a);
    if (!s || tw_set_inplace_op(s, op, b) < 0) {
        return TW_NULL;
    }
    return s;
}

static TwValue view_or(int argc, TwValue *argv, TwValue kw) { return view_binop('|', argv[0], argv[1]); }
static TwValue view_ror(int argc, TwValue *argv, TwValue kw) { return view_binop('|', argv[1], argv[0]); }
static TwValue view_sub(int argc, TwValue *argv, TwValue kw) { return view_binop('-', argv[0], argv[1]); }
static TwValue view_rsub(int argc, TwValue *argv, TwValue kw) { return view_binop('-', argv[1], argv[0]); }
static TwValue view_xor(int argc, TwValue *argv, TwValue kw) { return view_binop('^', argv[0], argv[1]); }
static TwValue view_rxor(int argc, TwValue *argv, TwValue kw) { return view_binop('^', argv[1], argv[0]); }

// self & other: iterate the other operand (the smaller one when both are views), keeping
// what the view contains.
static TwValue view_and_impl(TwValue self, TwValue other) {
    if (tw_is_type(other, &tw_type_set) && tw_dict_size(TW_OBJ(self, DictView)->dict) <= TW_OBJ(other, TwSet)->used) {
        TwValue s = tw_set_new(&tw_type_set);
        if (!s || tw_set_update(s, other) < 0 || tw_set_inplace_op(s, '&', self) < 0) {
            return TW_NULL;
        }
        return s;
    }
    if (is_setlike_view(other) &&
        tw_dict_size(TW_OBJ(other, DictView)->dict) > tw_dict_size(TW_OBJ(self, DictView)->dict)) {
        TwValue t = self;
        self = other;
        other = t;
    }
    TwValue result = tw_set_new(&tw_type_set);
    if (!result) {
        return TW_NULL;
    }
    TwValue it = tw_iter(other);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? TW_NULL : result;
        }
        int r = view_contains_c(self, k);
        if (r < 0 || (r && tw_set_add(result, k) < 0)) {
            return TW_NULL;
        }
    }
}

static TwValue view_and(int argc, TwValue *argv, TwValue kw) { return view_and_impl(argv[0], argv[1]); }
static TwValue view_rand(int argc, TwValue *argv, TwValue kw) { return view_and_impl(argv[0], argv[1]); }

static TwValue view_isdisjoint(int argc, TwValue *argv, TwValue kw) {
    TwValue self = argv[0], other = argv[1];
    TwValue it = tw_iter(other);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? TW_NULL : TW_TRUE;
        }
        int r = view_contains_c(self, k);
        if (r) {
            return r < 0 ? TW_NULL : TW_FALSE;
        }
    }
}

static bool is_setlike(TwValue v) {
    return is_setlike_view(v) || tw_isinstance_type(v, &tw_type_set) || tw_isinstance_type(v, &tw_type_frozenset);
}

static int64_t setlike_len(TwValue v) {
    if (is_setlike_view(v)) {
        return (int64_t)tw_dict_size(TW_OBJ(v, DictView)->dict);
    }
    return (int64_t)TW_OBJ(v, TwSet)->used;
}

// Every element of a is in b: 1, 0, -1.
static int all_contained_in(TwValue a, TwValue b) {
    TwValue it = tw_iter(a);
    if (!it) {
        return -1;
    }
    for (;;) {
        TwValue k = tw_next(it);
        if (!k) {
            return tw_error_occurred() ? -1 : 1;
        }
        int r = is_setlike_view(b) ? view_contains_c(b, k) : tw_set_contains(b, k);
        if (r <= 0) {
            return r;
        }
    }
}

static TwValue view_cmp(int op, TwValue a, TwValue b) {
    if (!is_setlike(b)) {
        return TW_NOTIMPL;
    }
    int64_t la = setlike_len(a), lb = setlike_len(b);
    int r;
    switch (op) {
    case TW_CMP_EQ:
    case TW_CMP_NE:
        r = la == lb ? all_contained_in(a, b) : 0;
        if (r < 0) {
            return TW_NULL;
        }
        return tw_bool(op == TW_CMP_EQ ? r : !r);
    case TW_CMP_LT:
        r = la < lb ? all_contained_in(a, b) : 0;
        break;
    case TW_CMP_LE:
        r = la <= lb ? all_contained_in(a, b) : 0;
        break;
    case TW_CMP_GT:
        r = la > lb ? all_contained_in(b, a) : 0;
        break;
    default:
        r = la >= lb ? all_contained_in(b, a) : 0;
        break;
    }
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue view_lt(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_LT, argv[0], argv[1]); }
static TwValue view_le(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_LE, argv[0], argv[1]); }
static TwValue view_eq(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue view_ne(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_NE, argv[0], argv[1]); }
static TwValue view_gt(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_GT, argv[0], argv[1]); }
static TwValue view_ge(int argc, TwValue *argv, TwValue kw) { return view_cmp(TW_CMP_GE, argv[0], argv[1]); }

static TwValue view_mapping(TwValue self) {
    // No mappingproxy type yet: expose the dict itself.
    return TW_OBJ(self, DictView)->dict;
}

static const TwGetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL},
};

static const TwMethodDef values_methods[] = {
    {"__len__", view_len, 1, 1, TW_BUILTIN_METHOD},
    {"__iter__", view_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", view_reversed, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", view_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef setview_methods[] = {
    {"__len__", view_len, 1, 1, TW_BUILTIN_METHOD},
    {"__iter__", view_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", view_reversed, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", view_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__contains__", view_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__and__", view_and, 2, 2, TW_BUILTIN_METHOD},
    {"__rand__", view_rand, 2, 2, TW_BUILTIN_METHOD},
    {"__or__", view_or, 2, 2, TW_BUILTIN_METHOD},
    {"__ror__", view_ror, 2, 2, TW_BUILTIN_METHOD},
    {"__sub__", view_sub, 2, 2, TW_BUILTIN_METHOD},
    {"__rsub__", view_rsub, 2, 2, TW_BUILTIN_METHOD},
    {"__xor__", view_xor, 2, 2, TW_BUILTIN_METHOD},
    {"__rxor__", view_rxor, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", view_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", view_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", view_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", view_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", view_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", view_ge, 2, 2, TW_BUILTIN_METHOD},
    {"isdisjoint", view_isdisjoint, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwMethodDef iter_methods[] = {
    {"__iter__", tw_container_iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", tw_container_iter_next, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", iter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static void init_view(TwType *t, const char *name, const TwMethodDef *methods, bool unhashable) {
    tw_type_init_builtin(t, name, &tw_type_object);
    tw_type_add_methods(t, methods);
    tw_type_add_getsets(t, view_getsets);
    if (unhashable) {
        tw_dict_set(tw_from_obj(t->dict), TW_NAME(__hash__), TW_NONE);
    }
}

void tw_dict_views_init(void) {
    init_view(&keys_type, "dict_keys", setview_methods, true);
    init_view(&items_type, "dict_items", setview_methods, true);
    init_view(&values_type, "dict_values", values_methods, false);
    TwType *iters[] = {&keyiter_type, &valueiter_type, &itemiter_type,
                       &revkeyiter_type, &revvalueiter_type, &revitemiter_type};
    for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) {
        tw_type_init_builtin(iters[i], iters[i]->c_name, &tw_type_object);
        tw_type_add_methods(iters[i], iter_methods);
    }
}
