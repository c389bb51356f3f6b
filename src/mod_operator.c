// The _operator module (lib/operator.py re-exports it with the dunder aliases): every
// operator as a function over abstract.c's protocol, length_hint as CPython's
// PyObject_LengthHint, and the callable types itemgetter, attrgetter and methodcaller,
// whose calls take a fast path through type->call (they are sort keys in hot loops).
#include <stdio.h>

#include "gc.h"
#include "modules.h"
#include "vm.h"

// ---------------------------------------------------------------- plain operators

#define BINOP(name, op)                                                    \
    static TwValue op_##name(int argc, TwValue *argv, TwValue kwnames) {   \
        return tw_binop(op, argv[0], argv[1]);                            \
    }
BINOP(add, TW_OP_ADD)
BINOP(sub, TW_OP_SUB)
BINOP(mul, TW_OP_MUL)
BINOP(matmul, TW_OP_MATMUL)
BINOP(truediv, TW_OP_TRUEDIV)
BINOP(floordiv, TW_OP_FLOORDIV)
BINOP(mod, TW_OP_MOD)
BINOP(pow, TW_OP_POW)
BINOP(lshift, TW_OP_LSHIFT)
BINOP(rshift, TW_OP_RSHIFT)
BINOP(and_, TW_OP_AND)
BINOP(or_, TW_OP_OR)
BINOP(xor, TW_OP_XOR)
BINOP(iadd, TW_OP_INPLACE + TW_OP_ADD)
BINOP(isub, TW_OP_INPLACE + TW_OP_SUB)
BINOP(imul, TW_OP_INPLACE + TW_OP_MUL)
BINOP(imatmul, TW_OP_INPLACE + TW_OP_MATMUL)
BINOP(itruediv, TW_OP_INPLACE + TW_OP_TRUEDIV)
BINOP(ifloordiv, TW_OP_INPLACE + TW_OP_FLOORDIV)
BINOP(imod, TW_OP_INPLACE + TW_OP_MOD)
BINOP(ipow, TW_OP_INPLACE + TW_OP_POW)
BINOP(ilshift, TW_OP_INPLACE + TW_OP_LSHIFT)
BINOP(irshift, TW_OP_INPLACE + TW_OP_RSHIFT)
BINOP(iand, TW_OP_INPLACE + TW_OP_AND)
BINOP(ior, TW_OP_INPLACE + TW_OP_OR)
BINOP(ixor, TW_OP_INPLACE + TW_OP_XOR)

#define CMPOP(name, op)                                                    \
    static TwValue op_##name(int argc, TwValue *argv, TwValue kwnames) {   \
        return tw_compare(op, argv[0], argv[1]);                          \
    }
CMPOP(lt, TW_CMP_LT)
CMPOP(le, TW_CMP_LE)
CMPOP(eq, TW_CMP_EQ)
CMPOP(ne, TW_CMP_NE)
CMPOP(gt, TW_CMP_GT)
CMPOP(ge, TW_CMP_GE)

static TwValue op_neg(int argc, TwValue *argv, TwValue kwnames) {
    return tw_neg(argv[0]);
}

static TwValue op_pos(int argc, TwValue *argv, TwValue kwnames) {
    return tw_pos(argv[0]);
}

static TwValue op_invert(int argc, TwValue *argv, TwValue kwnames) {
    return tw_invert(argv[0]);
}

static TwValue op_abs(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = argv[0];
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        return tw_int_from_i64(i < 0 ? -i : i);
    }
    if (tw_is_float(v)) {
        double d = tw_as_float(v);
        return tw_from_float(d < 0 || (d == 0 && 1 / d < 0) ? -d : d);
    }
    bool found;
    TwValue r = tw_call_special(v, TW_NAME(__abs__), 0, NULL, &found);
    if (!found && !r) {
        return tw_error(&tw_type_TypeError, "bad operand type for abs(): '%T'", v);
    }
    return r;
}

static TwValue op_index(int argc, TwValue *argv, TwValue kwnames) {
    return tw_index(argv[0]);
}

static TwValue op_truth(int argc, TwValue *argv, TwValue kwnames) {
    int r = tw_truthy(argv[0]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue op_not_(int argc, TwValue *argv, TwValue kwnames) {
    int r = tw_truthy(argv[0]);
    return r < 0 ? TW_NULL : tw_bool(!r);
}

static TwValue op_is_(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(argv[0] == argv[1]);
}

static TwValue op_is_not(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(argv[0] != argv[1]);
}

static TwValue op_contains(int argc, TwValue *argv, TwValue kwnames) {
    int r = tw_contains(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue op_getitem(int argc, TwValue *argv, TwValue kwnames) {
    return tw_getitem(argv[0], argv[1]);
}

static TwValue op_setitem(int argc, TwValue *argv, TwValue kwnames) {
    return tw_setitem(argv[0], argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue op_delitem(int argc, TwValue *argv, TwValue kwnames) {
    return tw_delitem(argv[0], argv[1]) < 0 ? TW_NULL : TW_NONE;
}

// concat and iconcat take sequences only: their type must have __getitem__.
static TwValue concat(TwValue a, TwValue b, bool inplace) {
    if (!tw_type_lookup(tw_type_of(a), TW_NAME(__getitem__))) {
        return tw_error(&tw_type_TypeError, "'%T' object can't be concatenated", a);
    }
    return tw_binop(inplace ? TW_OP_INPLACE + TW_OP_ADD : TW_OP_ADD, a, b);
}

static TwValue op_concat(int argc, TwValue *argv, TwValue kwnames) {
    return concat(argv[0], argv[1], false);
}

static TwValue op_iconcat(int argc, TwValue *argv, TwValue kwnames) {
    return concat(argv[0], argv[1], true);
}

// countOf (count) and indexOf (!count): identity or equality, over any iterable.
static TwValue search(TwValue seq, TwValue item, bool count) {
    TwValue it = tw_iter(seq);
    if (!it) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            tw_error(&tw_type_TypeError, "argument of type '%T' is not iterable", seq);
        }
        return TW_NULL;
    }
    int64_t n = 0, i = 0;
    for (;; i++) {
        TwValue x = tw_next(it);
        if (!x) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            break;
        }
        int r = x == item ? 1 : tw_eq(x, item);
        if (r < 0) {
            return TW_NULL;
        }
        if (r) {
            if (!count) {
                return tw_int_from_i64(i);
            }
            n++;
        }
    }
    if (!count) {
        return tw_error(&tw_type_ValueError, "sequence.index(x): x not in sequence");
    }
    return tw_int_from_i64(n);
}

static TwValue op_countOf(int argc, TwValue *argv, TwValue kwnames) {
    return search(argv[0], argv[1], true);
}

static TwValue op_indexOf(int argc, TwValue *argv, TwValue kwnames) {
    return search(argv[0], argv[1], false);
}

static TwValue op_call(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    if (argc - nkw < 1) {
        return tw_error(&tw_type_TypeError, "call expected at least 1 argument, got 0");
    }
    return tw_call(argv[0], argc - 1, argv + 1, kwnames);
}

// PyObject_LengthHint: len() if the type has __len__ (a TypeError from it is ignored),
// else __length_hint__ (NotImplemented: the default), else the default.
static TwValue op_length_hint(int argc, TwValue *argv, TwValue kwnames) {
    TwValue obj = argv[0];
    int64_t dflt = 0;
    if (argc > 1 && tw_index_as_ssize(argv[1], &dflt) < 0) {
        return TW_NULL;
    }
    TwType *t = tw_type_of(obj);
    if (tw_type_lookup(t, TW_NAME(__len__))) {
        int64_t n = tw_len(obj);
        if (n >= 0) {
            return tw_int_from_i64(n);
        }
        if (!tw_error_matches(&tw_type_TypeError)) {
            return TW_NULL;
        }
        tw_error_clear();
    }
    bool found = false;
    TwValue r = tw_call_special(obj, TW_NAME(__length_hint__), 0, NULL, &found);
    if (!found) {
        return tw_int_from_i64(dflt);
    }
    if (!r) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            return tw_int_from_i64(dflt);
        }
        return TW_NULL;
    }
    if (r == TW_NOTIMPL) {
        return tw_int_from_i64(dflt);
    }
    if (!tw_is_intlike(r)) {
        return tw_error(&tw_type_TypeError, "__length_hint__ must be an integer, not %T", r);
    }
    int64_t n;
    if (tw_index_as_ssize(r, &n) < 0) {
        return TW_NULL;
    }
    if (n < 0) {
        return tw_error(&tw_type_ValueError, "__length_hint__() should return >= 0");
    }
    return tw_int_from_i64(n);
}

// Constant-time comparison for hmac: str (ASCII only) or bytes-like on both sides.
static TwValue op_compare_digest(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a = argv[0], b = argv[1];
    const uint8_t *pa, *pb;
    size_t na, nb;
    if (tw_is_str(a) && tw_is_str(b)) {
        if (tw_str_size(a) != tw_str_length(a) || tw_str_size(b) != tw_str_length(b)) {
            return tw_error(&tw_type_TypeError, "comparing strings with non-ASCII characters is not supported");
        }
        pa = (const uint8_t *)tw_str_data(a);
        na = tw_str_size(a);
        pb = (const uint8_t *)tw_str_data(b);
        nb = tw_str_size(b);
    } else if ((tw_isinstance_type(a, &tw_type_bytes) || tw_isinstance_type(a, &tw_type_bytearray)) &&
               (tw_isinstance_type(b, &tw_type_bytes) || tw_isinstance_type(b, &tw_type_bytearray))) {
        bool ab = tw_isinstance_type(a, &tw_type_bytes), bb = tw_isinstance_type(b, &tw_type_bytes);
        pa = ab ? TW_OBJ(a, TwBytes)->data : TW_OBJ(a, TwByteArray)->data;
        na = ab ? TW_OBJ(a, TwBytes)->size : TW_OBJ(a, TwByteArray)->size;
        pb = bb ? TW_OBJ(b, TwBytes)->data : TW_OBJ(b, TwByteArray)->data;
        nb = bb ? TW_OBJ(b, TwBytes)->size : TW_OBJ(b, TwByteArray)->size;
    } else if (tw_is_str(a) || tw_is_str(b)) {
        return tw_error(&tw_type_TypeError, "unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
    } else {
        return tw_error(&tw_type_TypeError, "unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
    }
    // Touch every byte of b whatever the lengths, so the time depends on b's length only.
    const uint8_t *left = na == nb ? pa : pb;
    uint8_t diff = na == nb ? 0 : 1;
    for (size_t i = 0; i < nb; i++) {
        diff |= (uint8_t)(left[i] ^ pb[i]);
    }
    return tw_bool(diff == 0);
}

// ---------------------------------------------------------------- itemgetter

typedef struct ItemGetter {
    TwObject hdr;
    TwValue items;       // tuple of keys
    TwValue single;      // the key when there is one, else TW_NULL
} ItemGetter;

static TwType itemgetter_type, attrgetter_type, methodcaller_type;

static void itemgetter_trace(TwObject *self) {
    tw_gc_mark(((ItemGetter *)self)->items);
    tw_gc_mark(((ItemGetter *)self)->single);
}

static int no_keywords(const char *name, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static TwValue itemgetter_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_keywords("itemgetter", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 2) {
        return tw_error(&tw_type_TypeError, "itemgetter expected 1 argument, got 0");
    }
    ItemGetter *g = (ItemGetter *)tw_gc_alloc(&itemgetter_type, sizeof(ItemGetter));
    if (!g) {
        return TW_NULL;
    }
    g->items = tw_tuple_from((size_t)argc - 1, argv + 1);
    if (!g->items) {
        return TW_NULL;
    }
    g->single = argc == 2 ? argv[1] : TW_NULL;
    return tw_from_obj(g);
}

static int check_one_arg(const char *name, int argc, TwValue kwnames) {
    if (no_keywords(name, kwnames) < 0) {
        return -1;
    }
    if (argc != 1) {
        tw_error(&tw_type_TypeError, "%s expected 1 argument, got %d", name, argc);
        return -1;
    }
    return 0;
}

static TwValue itemgetter_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    if (check_one_arg("itemgetter", argc, kwnames) < 0) {
        return TW_NULL;
    }
    ItemGetter *g = TW_OBJ(self, ItemGetter);
    TwValue obj = argv[0];
    if (g->single) {
        // the common case: a small index into a list or tuple
        if (tw_is_int(g->single)) {
            int64_t i = tw_as_int(g->single);
            if (tw_is_type(obj, &tw_type_tuple) && i >= 0 && (size_t)i < tw_tuple_size(obj)) {
                return tw_tuple_items(obj)[i];
            }
            if (tw_is_type(obj, &tw_type_list) && i >= 0 && (size_t)i < tw_list_size(obj)) {
                return tw_list_items(obj)[i];
            }
        }
        return tw_getitem(obj, g->single);
    }
    size_t n = tw_tuple_size(g->items);
    TwValue t = tw_tuple_new(n);
    if (!t) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue v = tw_getitem(obj, tw_tuple_items(g->items)[i]);
        if (!v) {
            return TW_NULL;
        }
        tw_tuple_items(t)[i] = v;
    }
    return t;
}

static TwValue itemgetter_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return itemgetter_call(argv[0], argc - 1, argv + 1, kwnames);
}

// "operator.NAME(" + body + ")", or "operator.NAME(...)" when the repr recurses.
static TwValue repr_wrapped(TwValue self, const char *name, TwValue (*body)(TwValue)) {
    int e = tw_repr_enter(self);
    if (e < 0) {
        return TW_NULL;
    }
    if (e > 0) {
        return tw_str_fmt("%s(...)", name);
    }
    TwValue b = body(self);
    tw_repr_leave(self);
    return b ? tw_str_fmt("%s(%U)", name, b) : TW_NULL;
}

// The reprs of the items of a tuple joined with ", ".
static TwValue join_reprs(const TwValue *items, size_t n) {
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        TwValue r = tw_repr(items[i]);
        if (!r || (i && tw_buf_append_c(&b, ", ") < 0) || tw_buf_append_str(&b, r) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

static TwValue itemgetter_body(TwValue self) {
    ItemGetter *g = TW_OBJ(self, ItemGetter);
    return join_reprs(tw_tuple_items(g->items), tw_tuple_size(g->items));
}

static TwValue itemgetter_repr(int argc, TwValue *argv, TwValue kwnames) {
    return repr_wrapped(argv[0], "operator.itemgetter", itemgetter_body);
}

static TwValue itemgetter_reduce(int argc, TwValue *argv, TwValue kwnames) {
    return tw_tuple_pack(2, tw_from_obj(&itemgetter_type), TW_OBJ(argv[0], ItemGetter)->items);
}

static const TwMethodDef itemgetter_methods[] = {
    {"__new__", itemgetter_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__call__", itemgetter_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", itemgetter_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", itemgetter_reduce, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType itemgetter_type = {
    .c_name = "operator.itemgetter",
    .basic_size = sizeof(ItemGetter),
    .trace = itemgetter_trace,
    .call = itemgetter_call,
};

// ---------------------------------------------------------------- attrgetter

typedef struct AttrGetter {
    TwObject hdr;
    TwValue attrs;       // tuple: per name an interned str, or a tuple of them when dotted
} AttrGetter;

static void attrgetter_trace(TwObject *self) {
    tw_gc_mark(((AttrGetter *)self)->attrs);
}

// "a.b.c" -> ("a", "b", "c"); "a" -> "a".
static TwValue split_dotted(TwValue name) {
    const char *s = tw_str_data(name);
    size_t n = tw_str_size(name);
    if (!memchr(s, '.', n)) {
        return tw_str_intern(name);
    }
    TwValue parts = tw_list_new(0);
    if (!parts) {
        return TW_NULL;
    }
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            TwValue p = tw_str_new(s + start, i - start);
            if (!p || tw_list_append(parts, tw_str_intern(p)) < 0) {
                return TW_NULL;
            }
            start = i + 1;
        }
    }
    return tw_tuple_from(tw_list_size(parts), tw_list_items(parts));
}

static TwValue attrgetter_new(int argc, TwValue *argv, TwValue kwnames) {
    if (no_keywords("attrgetter", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 2) {
        return tw_error(&tw_type_TypeError, "attrgetter expected 1 argument, got 0");
    }
    TwValue attrs = tw_tuple_new((size_t)argc - 1);
    if (!attrs) {
        return TW_NULL;
    }
    for (int i = 1; i < argc; i++) {
        if (!tw_isinstance_type(argv[i], &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "attribute name must be a string");
        }
        TwValue name = tw_is_str(argv[i]) ? argv[i] : tw_str_new(tw_str_data(argv[i]), tw_str_size(argv[i]));
        TwValue a = name ? split_dotted(name) : TW_NULL;
        if (!a) {
            return TW_NULL;
        }
        tw_tuple_items(attrs)[i - 1] = a;
    }
    AttrGetter *g = (AttrGetter *)tw_gc_alloc(&attrgetter_type, sizeof(AttrGetter));
    if (!g) {
        return TW_NULL;
    }
    g->attrs = attrs;
    return tw_from_obj(g);
}

static TwValue get_dotted(TwValue obj, TwValue attr) {
    if (tw_is_str(attr)) {
        return tw_getattr(obj, attr);
    }
    for (size_t i = 0; i < tw_tuple_size(attr) && obj; i++) {
        obj = tw_getattr(obj, tw_tuple_items(attr)[i]);
    }
    return obj;
}

static TwValue attrgetter_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    if (check_one_arg("attrgetter", argc, kwnames) < 0) {
        return TW_NULL;
    }
    TwValue attrs = TW_OBJ(self, AttrGetter)->attrs;
    size_t n = tw_tuple_size(attrs);
    if (n == 1) {
        return get_dotted(argv[0], tw_tuple_items(attrs)[0]);
    }
    TwValue t = tw_tuple_new(n);
    if (!t) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue v = get_dotted(argv[0], tw_tuple_items(attrs)[i]);
        if (!v) {
            return TW_NULL;
        }
        tw_tuple_items(t)[i] = v;
    }
    return t;
}

static TwValue attrgetter_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return attrgetter_call(argv[0], argc - 1, argv + 1, kwnames);
}

// The names as given: dotted ones joined again.
static TwValue attrgetter_names(TwValue self) {
    TwValue attrs = TW_OBJ(self, AttrGetter)->attrs;
    size_t n = tw_tuple_size(attrs);
    TwValue names = tw_tuple_new(n);
    if (!names) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue a = tw_tuple_items(attrs)[i];
        if (!tw_is_str(a)) {
            TwBuf b;
            tw_buf_init(&b);
            for (size_t j = 0; j < tw_tuple_size(a); j++) {
                if ((j && tw_buf_append_c(&b, ".") < 0) || tw_buf_append_str(&b, tw_tuple_items(a)[j]) < 0) {
                    tw_buf_free(&b);
                    return TW_NULL;
                }
            }
            a = tw_buf_to_str(&b);
            if (!a) {
                return TW_NULL;
            }
        }
        tw_tuple_items(names)[i] = a;
    }
    return names;
}

static TwValue attrgetter_body(TwValue self) {
    TwValue names = attrgetter_names(self);
    return names ? join_reprs(tw_tuple_items(names), tw_tuple_size(names)) : TW_NULL;
}

static TwValue attrgetter_repr(int argc, TwValue *argv, TwValue kwnames) {
    return repr_wrapped(argv[0], "operator.attrgetter", attrgetter_body);
}

static TwValue attrgetter_reduce(int argc, TwValue *argv, TwValue kwnames) {
    TwValue names = attrgetter_names(argv[0]);
    return names ? tw_tuple_pack(2, tw_from_obj(&attrgetter_type), names) : TW_NULL;
}

static const TwMethodDef attrgetter_methods[] = {
    {"__new__", attrgetter_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__call__", attrgetter_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", attrgetter_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", attrgetter_reduce, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType attrgetter_type = {
    .c_name = "operator.attrgetter",
    .basic_size = sizeof(AttrGetter),
    .trace = attrgetter_trace,
    .call = attrgetter_call,
};

// ---------------------------------------------------------------- methodcaller

typedef struct MethodCaller {
    TwObject hdr;
    TwValue name;        // interned str
    TwValue args;        // positional values, then keyword values (a tuple)
    TwValue kwnames;     // tuple of str, or TW_NULL
} MethodCaller;

static void methodcaller_trace(TwObject *self) {
    MethodCaller *m = (MethodCaller *)self;
    tw_gc_mark(m->name);
    tw_gc_mark(m->args);
    tw_gc_mark(m->kwnames);
}

static TwValue methodcaller_new(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - 1 - nkw;
    if (npos < 1) {
        return tw_error(&tw_type_TypeError, "methodcaller needs at least one argument, the method name");
    }
    if (!tw_isinstance_type(argv[1], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "method name must be a string");
    }
    MethodCaller *m = (MethodCaller *)tw_gc_alloc(&methodcaller_type, sizeof(MethodCaller));
    if (!m) {
        return TW_NULL;
    }
    TwValue name = tw_is_str(argv[1]) ? argv[1] : tw_str_new(tw_str_data(argv[1]), tw_str_size(argv[1]));
    if (!name) {
        return TW_NULL;
    }
    m->name = tw_str_intern(name);
    m->args = tw_tuple_from((size_t)argc - 2, argv + 2);
    if (!m->args) {
        return TW_NULL;
    }
    m->kwnames = nkw ? kwnames : TW_NULL;
    return tw_from_obj(m);
}

static TwValue methodcaller_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    if (check_one_arg("methodcaller", argc, kwnames) < 0) {
        return TW_NULL;
    }
    MethodCaller *m = TW_OBJ(self, MethodCaller);
    TwValue f = tw_getattr(argv[0], m->name);
    if (!f) {
        return TW_NULL;
    }
    return tw_call(f, (int)tw_tuple_size(m->args), tw_tuple_items(m->args), m->kwnames);
}

static TwValue methodcaller_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return methodcaller_call(argv[0], argc - 1, argv + 1, kwnames);
}

static TwValue methodcaller_body(TwValue self) {
    MethodCaller *m = TW_OBJ(self, MethodCaller);
    size_t nkw = m->kwnames ? tw_tuple_size(m->kwnames) : 0;
    size_t npos = tw_tuple_size(m->args) - nkw;
    TwBuf b;
    tw_buf_init(&b);
    TwValue r = tw_repr(m->name);
    if (!r || tw_buf_append_str(&b, r) < 0) {
        goto fail;
    }
    for (size_t i = 0; i < tw_tuple_size(m->args); i++) {
        r = tw_repr(tw_tuple_items(m->args)[i]);
        if (!r || tw_buf_append_c(&b, ", ") < 0) {
            goto fail;
        }
        if (i >= npos && (tw_buf_append_str(&b, tw_tuple_items(m->kwnames)[i - npos]) < 0 ||
                          tw_buf_append_c(&b, "=") < 0)) {
            goto fail;
        }
        if (tw_buf_append_str(&b, r) < 0) {
            goto fail;
        }
    }
    return tw_buf_to_str(&b);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

static TwValue methodcaller_repr(int argc, TwValue *argv, TwValue kwnames) {
    return repr_wrapped(argv[0], "operator.methodcaller", methodcaller_body);
}

// (methodcaller, (name, *args)), or with keywords
// (functools.partial(methodcaller, name, **kwargs), args).
static TwValue methodcaller_reduce(int argc, TwValue *argv, TwValue kwnames) {
    MethodCaller *m = TW_OBJ(argv[0], MethodCaller);
    size_t nkw = m->kwnames ? tw_tuple_size(m->kwnames) : 0;
    size_t npos = tw_tuple_size(m->args) - nkw;
    TwValue cls = tw_from_obj(&methodcaller_type);
    if (nkw == 0) {
        TwValue t = tw_tuple_new(npos + 1);
        if (!t) {
            return TW_NULL;
        }
        tw_tuple_items(t)[0] = m->name;
        memcpy(tw_tuple_items(t) + 1, tw_tuple_items(m->args), npos * sizeof(TwValue));
        return tw_tuple_pack(2, cls, t);
    }
    TwValue functools = tw_import_c("functools");
    TwValue partial = functools ? tw_getattr_c(functools, "partial") : TW_NULL;
    TwValue pargs = partial ? tw_tuple_new(2 + nkw) : TW_NULL;
    if (!pargs) {
        return TW_NULL;
    }
    tw_tuple_items(pargs)[0] = cls;
    tw_tuple_items(pargs)[1] = m->name;
    memcpy(tw_tuple_items(pargs) + 2, tw_tuple_items(m->args) + npos, nkw * sizeof(TwValue));
    TwValue p = tw_call(partial, (int)(2 + nkw), tw_tuple_items(pargs), m->kwnames);
    TwValue args = p ? tw_tuple_from(npos, tw_tuple_items(m->args)) : TW_NULL;
    return args ? tw_tuple_pack(2, p, args) : TW_NULL;
}

static const TwMethodDef methodcaller_methods[] = {
    {"__new__", methodcaller_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__call__", methodcaller_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", methodcaller_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", methodcaller_reduce, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType methodcaller_type = {
    .c_name = "operator.methodcaller",
    .basic_size = sizeof(MethodCaller),
    .trace = methodcaller_trace,
    .call = methodcaller_call,
};

// ---------------------------------------------------------------- the module

#define F2(name) {#name, op_##name, 2, 2, 0}
#define F1(name) {#name, op_##name, 1, 1, 0}
static const TwMethodDef operator_functions[] = {
    F1(abs), {"_abs", op_abs, 1, 1, 0}, F2(add), F2(and_), {"call", op_call, 0, -1, TW_BUILTIN_KEYWORDS},
    F2(concat), F2(contains), F2(countOf), F2(delitem), F2(eq), F2(floordiv), F2(ge), F2(getitem),
    F2(gt), F2(iadd), F2(iand), F2(iconcat), F2(ifloordiv), F2(ilshift), F2(imatmul), F2(imod),
    F2(imul), F1(index), F2(indexOf), {"inv", op_invert, 1, 1, 0}, F1(invert), F2(ior), F2(ipow),
    F2(irshift), F2(is_), F2(is_not), F2(isub), F2(itruediv), F2(ixor), F2(le),
    {"length_hint", op_length_hint, 1, 2, 0}, F2(lshift), F2(lt), F2(matmul), F2(mod), F2(mul),
    F2(ne), F1(neg), F1(not_), F2(or_), F1(pos), F2(pow), F2(rshift),
    {"setitem", op_setitem, 3, 3, 0}, F2(sub), F2(truediv), F1(truth), F2(xor),
    {"_compare_digest", op_compare_digest, 2, 2, 0},
    {NULL},
};

static int operator_module_init(TwValue module) {
    struct {
        TwType *t;
        const TwMethodDef *methods;
    } types[] = {
        {&itemgetter_type, itemgetter_methods},
        {&attrgetter_type, attrgetter_methods},
        {&methodcaller_type, methodcaller_methods},
    };
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, operator_functions) < 0) {
        return -1;
    }
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        TwType *t = types[i].t;
        if (!t->version) {
            tw_type_init_builtin(t, t->c_name, &tw_type_object);
            tw_type_add_methods(t, types[i].methods);
        }
        if (tw_dict_set(d, t->name, tw_from_obj(t)) < 0) {
            return -1;
        }
    }
    return 0;
}

void tw_operator_init(void) {
    tw_module_register("_operator", operator_module_init);
}
