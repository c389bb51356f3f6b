// The generic object protocol: operators, comparisons, hashing, conversions to str,
// containers, iteration, attribute access and calls on any value.
//
// Each operation first tries C fast paths for exact builtin types (small ints, floats,
// str, list, tuple, dict), then looks the dunder up on the value's type (never the
// instance) and calls it. Binary operators follow Python's rules: the right operand's
// reflected method goes first when its type is a proper subclass of the left's that
// overrides it; NotImplemented from one side passes the turn to the other.
#include <stdlib.h>

#include "gc.h"
#include "obj_type.h"
#include "vm.h"

// ---------------------------------------------------------------- calling dunders

enum { SMALL_ARGS = 8 };

TwValue tw_call_unbound(TwValue func, TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    TwValue prepend = self;
    if (tw_is_ptr(func)) {
        TwType *ft = tw_as_obj(func)->type;
        if (ft == &tw_type_function) {
            goto call_with_self;
        }
        if (ft == &tw_type_builtin) {
            TwBuiltin *b = TW_OBJ(func, TwBuiltin);
            if (b->flags & TW_BUILTIN_CLASSMETHOD) {
                prepend = tw_from_obj(tw_type_of(self));
                goto call_with_self;
            }
            if ((b->flags & TW_BUILTIN_METHOD) && !b->self) {
                goto call_with_self;
            }
            return tw_call(func, argc, argv, kwnames);
        }
    }
    if (tw_descr_has_get(func)) {
        TwValue bound = tw_descr_get(func, self, tw_type_of(self));
        if (!bound) {
            return TW_NULL;
        }
        return tw_call(bound, argc, argv, kwnames);
    }
    return tw_call(func, argc, argv, kwnames);

call_with_self:;
    TwValue small[SMALL_ARGS];
    size_t n = (size_t)argc + 1;
    TwValue *args = n <= SMALL_ARGS ? small : tw_gc_malloc(n * sizeof(TwValue));
    if (!args) {
        return tw_error_nomem();
    }
    args[0] = prepend;
    if (argc) {
        memcpy(args + 1, argv, (size_t)argc * sizeof(TwValue));
    }
    TwValue r = tw_call(func, argc + 1, args, kwnames);
    if (args != small) {
        tw_gc_free(args, n * sizeof(TwValue));
    }
    tw_keep_alive(prepend);
    return r;
}

TwValue tw_call_special(TwValue o, TwValue name, int argc, TwValue *argv, bool *found) {
    TwValue f = tw_type_lookup(tw_type_of(o), name);
    *found = f != TW_NULL;
    if (!f) {
        return TW_NULL;
    }
    return tw_call_unbound(f, o, argc, argv, TW_NULL);
}

static inline TwValue call_special1(TwValue f, TwValue self, TwValue arg) {
    return tw_call_unbound(f, self, 1, &arg, TW_NULL);
}

// ---------------------------------------------------------------- binary operators

static const int binop_names[13] = {
    TW_NAME___add__, TW_NAME___and__, TW_NAME___floordiv__, TW_NAME___lshift__, TW_NAME___matmul__,
    TW_NAME___mul__, TW_NAME___mod__, TW_NAME___or__, TW_NAME___pow__, TW_NAME___rshift__,
    TW_NAME___sub__, TW_NAME___truediv__, TW_NAME___xor__,
};
static const int binop_rnames[13] = {
    TW_NAME___radd__, TW_NAME___rand__, TW_NAME___rfloordiv__, TW_NAME___rlshift__, TW_NAME___rmatmul__,
    TW_NAME___rmul__, TW_NAME___rmod__, TW_NAME___ror__, TW_NAME___rpow__, TW_NAME___rrshift__,
    TW_NAME___rsub__, TW_NAME___rtruediv__, TW_NAME___rxor__,
};
static const int binop_inames[13] = {
    TW_NAME___iadd__, TW_NAME___iand__, TW_NAME___ifloordiv__, TW_NAME___ilshift__, TW_NAME___imatmul__,
    TW_NAME___imul__, TW_NAME___imod__, TW_NAME___ior__, TW_NAME___ipow__, TW_NAME___irshift__,
    TW_NAME___isub__, TW_NAME___itruediv__, TW_NAME___ixor__,
};
static const char *const binop_symbols[13] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
};
static const char *const binop_isymbols[13] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

static inline bool is_arith(int op) {
    return op == TW_OP_ADD || op == TW_OP_SUB || op == TW_OP_MUL || op == TW_OP_TRUEDIV || op == TW_OP_FLOORDIV ||
           op == TW_OP_MOD || op == TW_OP_POW;
}

// a op b with both sides' dunders; TW_NOTIMPL when neither handles it.
static TwValue binary_op1(int op, TwValue a, TwValue b) {
    TwType *ta = tw_type_of(a), *tb = tw_type_of(b);
    TwValue rname = tw_names[binop_rnames[op]];
    TwValue slota = tw_type_lookup(ta, tw_names[binop_names[op]]);
    TwValue slotb = TW_NULL;
    if (tb != ta) {
        slotb = tw_type_lookup(tb, rname);
        if (slotb && tw_type_is_subtype(tb, ta) && slotb != tw_type_lookup(ta, rname)) {
            TwValue r = call_special1(slotb, b, a);
            if (r != TW_NOTIMPL) {
                return r;
            }
            slotb = TW_NULL;
        }
    }
    if (slota) {
        TwValue r = call_special1(slota, a, b);
        if (r != TW_NOTIMPL) {
            return r;
        }
    }
    if (slotb) {
        return call_special1(slotb, b, a);
    }
    return TW_NOTIMPL;
}

// Fast paths for exact numbers and str; TW_NOTIMPL to take the generic path.
static inline TwValue binop_fast(int op, TwValue a, TwValue b) {
    if (tw_is_int(a) && tw_is_int(b)) {
        return tw_int_binop(op, a, b);
    }
    if (tw_is_float(a)) {
        if (tw_is_float(b)) {
            return tw_float_binop(op, tw_as_float(a), tw_as_float(b));
        }
        if (tw_is_int(b) && is_arith(op)) {
            return tw_float_binop(op, tw_as_float(a), (double)tw_as_int(b));
        }
    } else if (tw_is_float(b) && tw_is_int(a) && is_arith(op)) {
        return tw_float_binop(op, (double)tw_as_int(a), tw_as_float(b));
    }
    if (tw_is_str(a)) {
        if (op == TW_OP_ADD && tw_is_str(b)) {
            return tw_str_concat(a, b);
        }
        if (op == TW_OP_MOD && !(tw_type_of(b)->flags & TW_TYPE_HEAP)) {
            return tw_str_percent_format(a, b);
        }
    }
    return TW_NOTIMPL;
}

static TwValue binop_error(int op, TwValue a, TwValue b, bool inplace) {
    if (op == TW_OP_MUL) {
        // Neither side's __mul__/__rmul__ took it: a sequence's repeat wants an index.
        TwType *ta = tw_type_of(a), *tb = tw_type_of(b);
        if ((ta->flags | tb->flags) & TW_TYPE_SEQ_REPEAT) {
            return tw_error(&tw_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                            tw_type_cname(ta->flags & TW_TYPE_SEQ_REPEAT ? tb : ta));
        }
    }
    return tw_error(&tw_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? binop_isymbols[op] : binop_symbols[op], tw_type_cname(tw_type_of(a)),
                    tw_type_cname(tw_type_of(b)));
}

TwValue tw_binop(int op, TwValue a, TwValue b) {
    bool inplace = op >= TW_OP_INPLACE;
    if (inplace) {
        op -= TW_OP_INPLACE;
    }
    if ((unsigned)op >= 13) {
        return tw_error(&tw_type_SystemError, "bad binary operator %d", op);
    }
    TwValue r = binop_fast(op, a, b);
    if (r != TW_NOTIMPL) {
        return r;
    }
    if (inplace) {
        TwValue f = tw_type_lookup(tw_type_of(a), tw_names[binop_inames[op]]);
        if (f) {
            r = call_special1(f, a, b);
            if (r != TW_NOTIMPL) {
                return r;
            }
        }
    }
    r = binary_op1(op, a, b);
    if (r != TW_NOTIMPL) {
        return r;
    }
    return binop_error(op, a, b, inplace);
}

// ---------------------------------------------------------------- unary operators

static TwValue unary(TwValue v, TwValue name, const char *sym) {
    bool found;
    TwValue r = tw_call_special(v, name, 0, NULL, &found);
    if (!found) {
        return tw_error(&tw_type_TypeError, "bad operand type for unary %s: '%T'", sym, v);
    }
    return r;
}

TwValue tw_neg(TwValue v) {
    if (tw_is_int(v)) {
        return tw_int_from_i64(-tw_as_int(v));
    }
    if (tw_is_float(v)) {
        return tw_from_float(-tw_as_float(v));
    }
    return unary(v, TW_NAME(__neg__), "-");
}

TwValue tw_pos(TwValue v) {
    if (tw_is_int(v) || tw_is_float(v)) {
        return v;
    }
    return unary(v, TW_NAME(__pos__), "+");
}

TwValue tw_invert(TwValue v) {
    if (tw_is_int(v)) {
        return tw_from_small_int(~tw_as_int(v));
    }
    return unary(v, TW_NAME(__invert__), "~");
}

// ---------------------------------------------------------------- comparisons

static const int cmp_names[6] = {
    TW_NAME___lt__, TW_NAME___le__, TW_NAME___eq__, TW_NAME___ne__, TW_NAME___gt__, TW_NAME___ge__,
};
static const int cmp_swapped[6] = {TW_CMP_GT, TW_CMP_GE, TW_CMP_EQ, TW_CMP_NE, TW_CMP_LT, TW_CMP_LE};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

static inline bool cmp_result(int op, int c) {
    switch (op) {
    case TW_CMP_LT:
        return c < 0;
    case TW_CMP_LE:
        return c <= 0;
    case TW_CMP_EQ:
        return c == 0;
    case TW_CMP_NE:
        return c != 0;
    case TW_CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

static inline bool cmp_double(int op, double x, double y) {
    switch (op) {
    case TW_CMP_LT:
        return x < y;
    case TW_CMP_LE:
        return x <= y;
    case TW_CMP_EQ:
        return x == y;
    case TW_CMP_NE:
        return x != y;
    case TW_CMP_GT:
        return x > y;
    default:
        return x >= y;
    }
}

static int str_compare(TwValue a, TwValue b) {
    size_t na = tw_str_size(a), nb = tw_str_size(b);
    int c = memcmp(tw_str_data(a), tw_str_data(b), na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

// 1/0 from a fast path, or -2 to take the generic path.
static inline int compare_fast(int op, TwValue a, TwValue b) {
    if (tw_is_int(a)) {
        if (tw_is_int(b)) {
            int64_t x = tw_as_int(a), y = tw_as_int(b);
            return cmp_result(op, x < y ? -1 : x > y);
        }
        if (tw_is_float(b)) {
            return cmp_double(op, (double)tw_as_int(a), tw_as_float(b));
        }
        return -2;
    }
    if (tw_is_float(a)) {
        if (tw_is_float(b)) {
            return cmp_double(op, tw_as_float(a), tw_as_float(b));
        }
        if (tw_is_int(b)) {
            return cmp_double(op, tw_as_float(a), (double)tw_as_int(b));
        }
        return -2;
    }
    if (tw_is_str(a) && tw_is_str(b)) {
        if (op == TW_CMP_EQ) {
            return a == b || tw_str_eq(a, b);
        }
        if (op == TW_CMP_NE) {
            return !(a == b || tw_str_eq(a, b));
        }
        return cmp_result(op, str_compare(a, b));
    }
    return -2;
}

static TwValue compare_generic(int op, TwValue a, TwValue b) {
    TwType *ta = tw_type_of(a), *tb = tw_type_of(b);
    bool checked_reverse = false;
    TwValue r;
    if (ta != tb && tw_type_is_subtype(tb, ta)) {
        TwValue f = tw_type_lookup(tb, tw_names[cmp_names[cmp_swapped[op]]]);
        if (f) {
            r = call_special1(f, b, a);
            if (r != TW_NOTIMPL) {
                return r;
            }
        }
        checked_reverse = true;
    }
    TwValue f = tw_type_lookup(ta, tw_names[cmp_names[op]]);
    if (f) {
        r = call_special1(f, a, b);
        if (r != TW_NOTIMPL) {
            return r;
        }
    }
    if (!checked_reverse) {
        f = tw_type_lookup(tb, tw_names[cmp_names[cmp_swapped[op]]]);
        if (f) {
            r = call_special1(f, b, a);
            if (r != TW_NOTIMPL) {
                return r;
            }
        }
    }
    if (op == TW_CMP_EQ) {
        return tw_bool(a == b);
    }
    if (op == TW_CMP_NE) {
        return tw_bool(a != b);
    }
    return tw_error(&tw_type_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                    tw_type_cname(ta), tw_type_cname(tb));
}

TwValue tw_compare(int op, TwValue a, TwValue b) {
    int c = compare_fast(op, a, b);
    if (c >= 0) {
        return tw_bool(c);
    }
    if (tw_enter_recursive_call(" in comparison") < 0) {
        return TW_NULL;
    }
    TwValue r = compare_generic(op, a, b);
    tw_leave_recursive_call();
    return r;
}

int tw_compare_bool(int op, TwValue a, TwValue b) {
    int c = compare_fast(op, a, b);
    if (c >= 0) {
        return c;
    }
    TwValue r = tw_compare(op, a, b);
    if (!r) {
        return -1;
    }
    if (r == TW_TRUE) {
        return 1;
    }
    if (r == TW_FALSE) {
        return 0;
    }
    return tw_truthy(r);
}

int tw_eq(TwValue a, TwValue b) {
    // Identity first, as CPython's containers do. All NaNs share one boxed value, so
    // x in [x] holds for a NaN x as in CPython (two distinct NaN objects would differ there).
    if (a == b) {
        return 1;
    }
    return tw_compare_bool(TW_CMP_EQ, a, b);
}

// ---------------------------------------------------------------- hash

int64_t tw_hash(TwValue v) {
    if (tw_is_int(v)) {
        return tw_int_hash(v);
    }
    if (tw_is_float(v)) {
        return tw_float_hash(tw_as_float(v));
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_str) {
        return tw_str_hash(v);
    }
    if (t == &tw_type_tuple) {
        return tw_tuple_hash(v);
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__hash__));
    if (!f || f == TW_NONE) {
        tw_error(&tw_type_TypeError, "unhashable type: '%s'", tw_type_cname(t));
        return -1;
    }
    TwValue r = tw_call_unbound(f, v, 0, NULL, TW_NULL);
    if (!r) {
        return -1;
    }
    if (tw_is_int(r)) {
        int64_t h = tw_as_int(r);
        return h == -1 ? -2 : h;
    }
    if (!tw_is_intlike(r)) {
        tw_error(&tw_type_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // An int that fits the hash width is the hash itself; bigger ones are hashed.
    int64_t h;
    if (tw_int_to_i64(tw_int_value(r), &h)) {
        return h == -1 ? -2 : h;
    }
    return tw_int_hash(tw_int_value(r));
}

// ---------------------------------------------------------------- repr, str, ascii, format

static TwValue check_str_result(TwValue r, const char *what) {
    if (r && !tw_isinstance_type(r, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "%s returned non-string (type %s)", what, tw_type_cname(tw_type_of(r)));
    }
    return r;
}

TwValue tw_repr(TwValue v) {
    if (tw_is_int(v)) {
        return tw_int_to_str(v, 10);
    }
    if (tw_is_float(v)) {
        return tw_float_repr(tw_as_float(v));
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_str) {
        return tw_str_repr(v);
    }
    if (v == TW_NONE) {
        return tw_str_intern_c("None");
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__repr__));
    if (!f) {
        return tw_str_fmt("<%s object at %p>", tw_type_cname(t), (void *)tw_as_obj(v));
    }
    if (tw_enter_recursive_call(" while getting the repr of an object") < 0) {
        return TW_NULL;
    }
    TwValue r = tw_call_unbound(f, v, 0, NULL, TW_NULL);
    tw_leave_recursive_call();
    return check_str_result(r, "__repr__");
}

TwValue tw_str(TwValue v) {
    if (tw_is_int(v)) {
        return tw_int_to_str(v, 10);
    }
    if (tw_is_float(v)) {
        return tw_float_repr(tw_as_float(v));
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_str) {
        return v;
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__str__));
    if (!f) {
        return tw_repr(v);
    }
    if (tw_enter_recursive_call(" while getting the str of an object") < 0) {
        return TW_NULL;
    }
    TwValue r = tw_call_unbound(f, v, 0, NULL, TW_NULL);
    tw_leave_recursive_call();
    return check_str_result(r, "__str__");
}

TwValue tw_ascii(TwValue v) {
    TwValue r = tw_repr(v);
    if (!r) {
        return TW_NULL;
    }
    const unsigned char *s = (const unsigned char *)tw_str_data(r);
    size_t n = tw_str_size(r);
    if (tw_str_length(r) == n) {
        return r;
    }
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if (tw_buf_append(&b, (const char *)&s[i], 1) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t len;
        if (c >= 0xF0) {
            cp = c & 0x07;
            len = 4;
        } else if (c >= 0xE0) {
            cp = c & 0x0F;
            len = 3;
        } else {
            cp = c & 0x1F;
            len = 2;
        }
        for (size_t k = 1; k < len && i + k < n; k++) {
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        i += len;
        int ok;
        if (cp < 0x100) {
            ok = tw_buf_printf(&b, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x10000) {
            ok = tw_buf_printf(&b, "\\u%04x", (unsigned)cp);
        } else {
            ok = tw_buf_printf(&b, "\\U%08x", (unsigned)cp);
        }
        if (ok < 0) {
            goto fail;
        }
    }
    return tw_buf_to_str(&b);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

TwValue tw_format(TwValue v, TwValue spec) {
    if (!spec) {
        spec = tw_str_intern_c("");
    }
    if (tw_is_int(v)) {
        return tw_int_format(v, spec);
    }
    if (tw_is_float(v)) {
        return tw_float_format(tw_as_float(v), spec);
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_str) {
        return tw_str_size(spec) == 0 ? v : tw_str_format_spec(v, spec);
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__format__));
    if (!f) {
        return tw_error(&tw_type_TypeError, "Type %s doesn't define __format__", tw_type_cname(t));
    }
    TwValue r = call_special1(f, v, spec);
    if (r && !tw_isinstance_type(r, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "__format__ must return a str, not %T", r);
    }
    return r;
}

// ---------------------------------------------------------------- truth and length

// A __len__ result as a size: -1 with the error CPython gives for bad results.
static int64_t len_result(TwValue r) {
    if (!r) {
        return -1;
    }
    int64_t n;
    if (tw_is_int(r)) {
        n = tw_as_int(r);
    } else if (tw_is_intlike(r)) {
        if (!tw_int_to_i64(tw_int_value(r), &n)) {
            tw_error(&tw_type_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    } else {
        bool found;
        TwValue i = tw_call_special(r, TW_NAME(__index__), 0, NULL, &found);
        if (!found) {
            tw_error(&tw_type_TypeError, "'%T' object cannot be interpreted as an integer", r);
            return -1;
        }
        if (!i) {
            return -1;
        }
        return len_result(i);
    }
    if (n < 0) {
        tw_error(&tw_type_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

int tw_truthy(TwValue v) {
    if (v == TW_TRUE) {
        return 1;
    }
    if (v == TW_FALSE || v == TW_NONE) {
        return 0;
    }
    if (tw_is_int(v)) {
        return tw_as_int(v) != 0;
    }
    if (tw_is_float(v)) {
        return tw_as_float(v) != 0.0;
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_str) {
        return tw_str_size(v) != 0;
    }
    if (t == &tw_type_list) {
        return tw_list_size(v) != 0;
    }
    if (t == &tw_type_tuple) {
        return tw_tuple_size(v) != 0;
    }
    if (t == &tw_type_dict) {
        return tw_dict_size(v) != 0;
    }
    if (t == &tw_type_int) {
        return !tw_int_is_zero(v);
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__bool__));
    if (f) {
        TwValue r = tw_call_unbound(f, v, 0, NULL, TW_NULL);
        if (!r) {
            return -1;
        }
        if (r == TW_TRUE) {
            return 1;
        }
        if (r == TW_FALSE) {
            return 0;
        }
        tw_error(&tw_type_TypeError, "__bool__ should return bool, returned %s", tw_type_cname(tw_type_of(r)));
        return -1;
    }
    f = tw_type_lookup(t, TW_NAME(__len__));
    if (f) {
        int64_t n = len_result(tw_call_unbound(f, v, 0, NULL, TW_NULL));
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

int64_t tw_len(TwValue v) {
    if (tw_is_ptr(v)) {
        TwType *t = tw_as_obj(v)->type;
        if (t == &tw_type_str) {
            return (int64_t)tw_str_length(v);
        }
        if (t == &tw_type_list) {
            return (int64_t)tw_list_size(v);
        }
        if (t == &tw_type_tuple) {
            return (int64_t)tw_tuple_size(v);
        }
        if (t == &tw_type_dict) {
            return (int64_t)tw_dict_size(v);
        }
        if (t == &tw_type_set || t == &tw_type_frozenset) {
            return (int64_t)TW_OBJ(v, TwSet)->used;
        }
    }
    TwValue f = tw_type_lookup(tw_type_of(v), TW_NAME(__len__));
    if (!f) {
        tw_error(&tw_type_TypeError, "object of type '%T' has no len()", v);
        return -1;
    }
    return len_result(tw_call_unbound(f, v, 0, NULL, TW_NULL));
}

// ---------------------------------------------------------------- subscripts

TwValue tw_getitem(TwValue o, TwValue key) {
    TwType *t = tw_type_of(o);
    if (t == &tw_type_list && tw_is_int(key)) {
        int64_t i = tw_as_int(key), n = (int64_t)tw_list_size(o);
        if (i < 0) {
            i += n;
        }
        if ((uint64_t)i >= (uint64_t)n) {
            return tw_error(&tw_type_IndexError, "list index out of range");
        }
        return tw_list_items(o)[i];
    }
    if (t == &tw_type_tuple && tw_is_int(key)) {
        int64_t i = tw_as_int(key), n = (int64_t)tw_tuple_size(o);
        if (i < 0) {
            i += n;
        }
        if ((uint64_t)i >= (uint64_t)n) {
            return tw_error(&tw_type_IndexError, "tuple index out of range");
        }
        return tw_tuple_items(o)[i];
    }
    if (t == &tw_type_dict) {
        TwValue v;
        int r = tw_dict_lookup(o, key, &v);
        if (r > 0) {
            return v;
        }
        if (r == 0) {
            TwValue exc_args = tw_tuple_pack(1, key);
            TwValue exc = exc_args ? tw_exc_new(&tw_type_KeyError, exc_args) : TW_NULL;
            return exc ? tw_raise(exc) : TW_NULL;
        }
        return TW_NULL;
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__getitem__));
    if (f) {
        return call_special1(f, o, key);
    }
    if (tw_isinstance_type(o, &tw_type_type)) {
        if (o == tw_from_obj(&tw_type_type)) {
            return tw_generic_alias(o, key);     // type[int]
        }
        TwValue cg = tw_getattr_opt(o, TW_NAME(__class_getitem__));
        if (cg) {
            return tw_call1(cg, key);
        }
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        return tw_error(&tw_type_TypeError, "type '%s' is not subscriptable", tw_type_cname(TW_OBJ(o, TwType)));
    }
    return tw_error(&tw_type_TypeError, "'%s' object is not subscriptable", tw_type_cname(t));
}

int tw_setitem(TwValue o, TwValue key, TwValue v) {
    TwType *t = tw_type_of(o);
    if (t == &tw_type_list && tw_is_int(key)) {
        int64_t i = tw_as_int(key), n = (int64_t)tw_list_size(o);
        if (i < 0) {
            i += n;
        }
        if ((uint64_t)i >= (uint64_t)n) {
            tw_error(&tw_type_IndexError, "list assignment index out of range");
            return -1;
        }
        tw_list_items(o)[i] = v;
        return 0;
    }
    if (t == &tw_type_dict) {
        return tw_dict_set(o, key, v);
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__setitem__));
    if (!f) {
        if (tw_type_lookup(t, TW_NAME(__getitem__))) {
            tw_error(&tw_type_TypeError, "'%s' object does not support item assignment", tw_type_cname(t));
        } else {
            tw_error(&tw_type_TypeError, "'%s' object does not support item assignment", tw_type_cname(t));
        }
        return -1;
    }
    TwValue args[2] = {key, v};
    return tw_call_unbound(f, o, 2, args, TW_NULL) ? 0 : -1;
}

int tw_delitem(TwValue o, TwValue key) {
    TwType *t = tw_type_of(o);
    if (t == &tw_type_dict) {
        int r = tw_dict_del(o, key);
        if (r == 0) {
            TwValue exc_args = tw_tuple_pack(1, key);
            TwValue exc = exc_args ? tw_exc_new(&tw_type_KeyError, exc_args) : TW_NULL;
            if (exc) {
                tw_raise(exc);
            }
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__delitem__));
    if (!f) {
        // CPython's wording depends on taking the sequence path: an index key on a type
        // with sequence slots (every class, and builtins with __getitem__).
        bool seq = (t->flags & TW_TYPE_HEAP) || tw_type_lookup(t, TW_NAME(__getitem__));
        TwType *kt = tw_type_of(key);
        if (seq && (tw_is_int(key) || tw_type_lookup(kt, TW_NAME(__index__)))) {
            tw_error(&tw_type_TypeError, "'%s' object doesn't support item deletion", tw_type_cname(t));
        } else {
            tw_error(&tw_type_TypeError, "'%s' object does not support item deletion", tw_type_cname(t));
        }
        return -1;
    }
    return call_special1(f, o, key) ? 0 : -1;
}

// ---------------------------------------------------------------- containment and iteration

int tw_contains(TwValue container, TwValue item) {
    TwType *t = tw_type_of(container);
    if (t == &tw_type_dict) {
        TwValue v;
        return tw_dict_lookup(container, item, &v);
    }
    if (t == &tw_type_set || t == &tw_type_frozenset) {
        return tw_set_contains(container, item);
    }
    if (t == &tw_type_list || t == &tw_type_tuple) {
        // Re-read size and items each step: __eq__ may mutate a list.
        for (size_t i = 0;; i++) {
            size_t n = t == &tw_type_list ? tw_list_size(container) : tw_tuple_size(container);
            if (i >= n) {
                return 0;
            }
            TwValue x = t == &tw_type_list ? tw_list_items(container)[i] : tw_tuple_items(container)[i];
            int r = tw_eq(x, item);
            if (r != 0) {
                return r;
            }
        }
    }
    TwValue f = tw_type_lookup(t, TW_NAME(__contains__));
    if (f && f != TW_NONE) {
        TwValue r = call_special1(f, container, item);
        if (!r) {
            return -1;
        }
        return tw_truthy(r);
    }
    TwValue it_f = tw_type_lookup(t, TW_NAME(__iter__));
    if ((!it_f || it_f == TW_NONE) && !tw_type_lookup(t, TW_NAME(__getitem__))) {
        tw_error(&tw_type_TypeError, "argument of type '%s' is not iterable", tw_type_cname(t));
        return -1;
    }
    TwValue it = tw_iter(container);
    if (!it) {
        return -1;
    }
    for (;;) {
        TwValue x = tw_next(it);
        if (!x) {
            return tw_error_occurred() ? -1 : 0;
        }
        int r = tw_eq(x, item);
        if (r != 0) {
            return r;
        }
    }
}

static bool is_iterator_type(TwType *t) {
    return t->iternext || tw_type_lookup(t, TW_NAME(__next__));
}

TwValue tw_iter(TwValue o) {
    TwType *t = tw_type_of(o);
    TwValue f = tw_type_lookup(t, TW_NAME(__iter__));
    if (f && f != TW_NONE) {
        TwValue it = tw_call_unbound(f, o, 0, NULL, TW_NULL);
        if (it && !is_iterator_type(tw_type_of(it))) {
            return tw_error(&tw_type_TypeError, "iter() returned non-iterator of type '%T'", it);
        }
        return it;
    }
    if (!f && tw_type_lookup(t, TW_NAME(__getitem__))) {
        return tw_seqiter_new(o);
    }
    return tw_error(&tw_type_TypeError, "'%s' object is not iterable", tw_type_cname(t));
}

TwValue tw_next(TwValue it) {
    TwType *t = tw_type_of(it);
    TwValue r;
    if (t->iternext) {
        r = t->iternext(it);
    } else {
        TwValue f = tw_type_lookup(t, TW_NAME(__next__));
        if (!f) {
            return tw_error(&tw_type_TypeError, "'%s' object is not an iterator", tw_type_cname(t));
        }
        r = tw_call_unbound(f, it, 0, NULL, TW_NULL);
    }
    if (!r && tw_error_occurred() && tw_error_matches(&tw_type_StopIteration)) {
        tw_error_clear();
    }
    return r;
}

TwValue tw_sequence_fast(TwValue iterable, size_t *n, TwValue **items) {
    TwType *t = tw_type_of(iterable);
    if (t == &tw_type_tuple) {
        *n = tw_tuple_size(iterable);
        *items = tw_tuple_items(iterable);
        return iterable;
    }
    if (t == &tw_type_list) {
        *n = tw_list_size(iterable);
        *items = tw_list_items(iterable);
        return iterable;
    }
    TwValue tup = tw_tuple_from_iterable(iterable);
    if (!tup) {
        return TW_NULL;
    }
    *n = tw_tuple_size(tup);
    *items = tw_tuple_items(tup);
    return tup;
}

// ---------------------------------------------------------------- attributes

static inline bool check_attr_name(TwValue name) {
    if (tw_is_str(name)) {
        return true;
    }
    if (tw_isinstance_type(name, &tw_type_str)) {
        return true;
    }
    tw_error(&tw_type_TypeError, "attribute name must be string, not '%T'", name);
    return false;
}

TwValue tw_object_getattr(TwValue o, TwValue name, bool suppress) {
    TwType *t = tw_type_of(o);
    TwValue descr = tw_type_lookup(t, name);
    if (descr && tw_is_ptr(descr)) {
        TwType *dt = tw_as_obj(descr)->type;
        if (dt != &tw_type_function && dt != &tw_type_builtin && tw_descr_is_data(descr)) {
            return tw_descr_get(descr, o, t);
        }
    }
    if (t->dict_offset && tw_is_ptr(o)) {
        TwValue d = *(TwValue *)(void *)((char *)tw_as_obj(o) + t->dict_offset);
        if (d) {
            TwValue v = tw_dict_get_str(d, name);
            if (v) {
                return v;
            }
        }
    }
    if (descr) {
        return tw_descr_get(descr, o, t);
    }
    // names from getattr() need not be interned
    if (t->dict_offset && tw_is_ptr(o) && (name == TW_NAME(__dict__) || tw_str_eq(name, TW_NAME(__dict__)))) {
        TwValue d = tw_object_dict(o, true);
        if (d) {
            return d;
        }
    }
    if (suppress) {
        return TW_NULL;
    }
    return tw_attr_error(o, name);
}

int tw_object_setattr(TwValue o, TwValue name, TwValue v) {
    TwType *t = tw_type_of(o);
    TwValue descr = tw_type_lookup(t, name);
    if (descr) {
        int r = tw_descr_set(descr, o, v);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    if (t->dict_offset && tw_is_ptr(o)) {
        TwValue *slot = (TwValue *)(void *)((char *)tw_as_obj(o) + t->dict_offset);
        if (!v) {
            int r = *slot ? tw_dict_del(*slot, name) : 0;
            if (r == 0) {
                tw_attr_error(o, name);
                return -1;
            }
            return r < 0 ? -1 : 0;
        }
        if (!*slot) {
            *slot = tw_dict_new();
            if (!*slot) {
                return -1;
            }
        }
        if (!tw_is_str(name)) {
            name = tw_str_new(tw_str_data(name), tw_str_size(name));
            if (!name) {
                return -1;
            }
        }
        return tw_dict_set(*slot, name, v);
    }
    if (descr) {
        tw_error(&tw_type_AttributeError, "'%s' object attribute '%U' is read-only", tw_type_cname(t), name);
        return -1;
    }
    tw_attr_error(o, name);
    return -1;
}

// getattr for types with __getattribute__ overridden or __getattr__ defined.
static TwValue getattr_slow(TwValue o, TwValue name, bool suppress) {
    TwType *t = tw_type_of(o);
    bool has_getattr = (t->flags & TW_TYPE_HAS_GETATTR) != 0;
    TwValue ga = tw_type_lookup(t, TW_NAME(__getattribute__));
    TwValue r;
    if (!ga || ga == tw_object_getattribute_fn) {
        r = tw_object_getattr(o, name, suppress || has_getattr);
    } else if (ga == tw_type_getattribute_fn) {
        r = tw_type_getattr(o, name, suppress || has_getattr);
    } else if (t == &tw_type_super) {
        r = tw_super_getattr(o, name, suppress || has_getattr);
    } else {
        r = call_special1(ga, o, name);
    }
    if (r) {
        return r;
    }
    if (has_getattr && (!tw_error_occurred() || tw_error_matches(&tw_type_AttributeError))) {
        tw_error_clear();
        TwValue f = tw_type_lookup(t, TW_NAME(__getattr__));
        r = call_special1(f, o, name);
        if (r) {
            return r;
        }
    }
    if (suppress && tw_error_occurred() && tw_error_matches(&tw_type_AttributeError)) {
        tw_error_clear();
    }
    if (!suppress && !tw_error_occurred()) {
        return tw_attr_error(o, name);
    }
    return TW_NULL;
}

TwValue tw_getattr(TwValue o, TwValue name) {
    if (!check_attr_name(name)) {
        return TW_NULL;
    }
    TwType *t = tw_type_of(o);
    if (!(t->flags & (TW_TYPE_CUSTOM_GETATTRIBUTE | TW_TYPE_HAS_GETATTR))) {
        return tw_object_getattr(o, name, false);
    }
    if (t == &tw_type_type) {
        return tw_type_getattr(o, name, false);
    }
    if (t == &tw_type_module) {
        TwValue v = tw_dict_get_str(TW_OBJ(o, TwModule)->dict, name);
        if (v) {
            return v;
        }
    }
    return getattr_slow(o, name, false);
}

TwValue tw_getattr_c(TwValue o, const char *name) {
    return tw_getattr(o, tw_str_intern_c(name));
}

TwValue tw_getattr_opt(TwValue o, TwValue name) {
    if (!check_attr_name(name)) {
        return TW_NULL;
    }
    TwType *t = tw_type_of(o);
    TwValue r;
    if (!(t->flags & (TW_TYPE_CUSTOM_GETATTRIBUTE | TW_TYPE_HAS_GETATTR))) {
        r = tw_object_getattr(o, name, true);
    } else if (t == &tw_type_type) {
        r = tw_type_getattr(o, name, true);
    } else {
        r = getattr_slow(o, name, true);
    }
    if (!r && tw_error_occurred() && tw_error_matches(&tw_type_AttributeError)) {
        tw_error_clear();
    }
    return r;
}

int tw_setattr(TwValue o, TwValue name, TwValue v) {
    if (!check_attr_name(name)) {
        return -1;
    }
    TwType *t = tw_type_of(o);
    if (!(t->flags & TW_TYPE_CUSTOM_SETATTR)) {
        return tw_object_setattr(o, name, v);
    }
    TwValue f = tw_type_lookup(t, v ? TW_NAME(__setattr__) : TW_NAME(__delattr__));
    if (f == tw_object_setattr_fn || f == tw_object_delattr_fn) {
        return tw_object_setattr(o, name, v);
    }
    if (f == tw_type_setattr_fn || f == tw_type_delattr_fn) {
        return tw_type_setattr(o, name, v);
    }
    if (!f) {
        return tw_object_setattr(o, name, v);
    }
    TwValue r;
    if (v) {
        TwValue args[2] = {name, v};
        r = tw_call_unbound(f, o, 2, args, TW_NULL);
    } else {
        r = call_special1(f, o, name);
    }
    return r ? 0 : -1;
}

TwValue tw_getmethod(TwValue o, TwValue name, TwValue *self_out) {
    TwType *t = tw_type_of(o);
    *self_out = TW_NULL;
    if (!(t->flags & (TW_TYPE_CUSTOM_GETATTRIBUTE | TW_TYPE_HAS_GETATTR)) && tw_is_str(name)) {
        TwValue descr = tw_type_lookup(t, name);
        if (descr && tw_is_ptr(descr)) {
            TwType *dt = tw_as_obj(descr)->type;
            if (dt == &tw_type_function ||
                (dt == &tw_type_builtin && (TW_OBJ(descr, TwBuiltin)->flags & TW_BUILTIN_METHOD) &&
                 !TW_OBJ(descr, TwBuiltin)->self)) {
                if (t->dict_offset && tw_is_ptr(o)) {
                    TwValue d = *(TwValue *)(void *)((char *)tw_as_obj(o) + t->dict_offset);
                    TwValue v = d ? tw_dict_get_str(d, name) : TW_NULL;
                    if (v) {
                        return v;
                    }
                }
                *self_out = o;
                return descr;
            }
        }
        return tw_object_getattr(o, name, false);
    }
    if (t == &tw_type_super && tw_is_str(name)) {
        // super().m(...): the function and self, without a bound method object.
        TwSuper *s = TW_OBJ(o, TwSuper);
        if (s->obj_type && s->obj && s->obj != tw_from_obj(s->obj_type) && s->obj_type->mro &&
            name != TW_NAME(__class__)) {
            TwValue mro = s->obj_type->mro;
            size_t n = tw_tuple_size(mro), i = 0;
            TwValue *items = tw_tuple_items(mro);
            while (i < n && items[i] != tw_from_obj(s->type)) {
                i++;
            }
            for (i++; i < n; i++) {
                TwType *b = TW_OBJ(items[i], TwType);
                TwValue res = b->dict ? tw_dict_get_str(tw_from_obj(b->dict), name) : TW_NULL;
                if (res) {
                    if (tw_is_type(res, &tw_type_function)) {
                        *self_out = s->obj;
                        return res;
                    }
                    return tw_descr_get(res, s->obj, s->obj_type);
                }
            }
        }
    }
    return tw_getattr(o, name);
}

// ---------------------------------------------------------------- calls

TwValue tw_call(TwValue f, int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(f);
    if (t->call) {
        return t->call(f, argc, argv, kwnames);
    }
    TwValue c = tw_type_lookup(t, TW_NAME(__call__));
    if (!c) {
        return tw_error(&tw_type_TypeError, "'%s' object is not callable", tw_type_cname(t));
    }
    if (tw_enter_recursive_call(" while calling a Python object") < 0) {
        return TW_NULL;
    }
    TwValue r = tw_call_unbound(c, f, argc, argv, kwnames);
    tw_leave_recursive_call();
    return r;
}

TwValue tw_call0(TwValue f) {
    return tw_call(f, 0, NULL, TW_NULL);
}

TwValue tw_call1(TwValue f, TwValue a) {
    return tw_call(f, 1, &a, TW_NULL);
}

TwValue tw_call2(TwValue f, TwValue a, TwValue b) {
    TwValue args[2] = {a, b};
    return tw_call(f, 2, args, TW_NULL);
}

TwValue tw_call_method(TwValue o, TwValue name, int argc, TwValue *argv) {
    TwValue self;
    TwValue m = tw_getmethod(o, name, &self);
    if (!m) {
        return TW_NULL;
    }
    if (self) {
        return tw_call_unbound(m, self, argc, argv, TW_NULL);
    }
    return tw_call(m, argc, argv, TW_NULL);
}

TwValue tw_call_args_tuple(TwValue f, TwValue args, TwValue kwargs) {
    size_t npos = 0;
    TwValue *pos = NULL;
    TwValue holder = TW_NULL;
    if (args) {
        holder = tw_sequence_fast(args, &npos, &pos);
        if (!holder) {
            return TW_NULL;
        }
    }
    size_t nkw = kwargs ? tw_dict_size(kwargs) : 0;
    if (nkw == 0) {
        return tw_call(f, (int)npos, pos, TW_NULL);
    }
    TwValue kwnames = tw_tuple_new(nkw);
    if (!kwnames) {
        return TW_NULL;
    }
    // The argument array lives in a GC list so it stays reachable during the call.
    TwValue arr = tw_list_new(npos + nkw);
    if (!arr) {
        return TW_NULL;
    }
    for (size_t i = 0; i < npos; i++) {
        if (tw_list_append(arr, pos[i]) < 0) {
            return TW_NULL;
        }
    }
    size_t p = 0, k = 0;
    TwValue key, val;
    while (tw_dict_next(kwargs, &p, &key, &val)) {
        if (!tw_isinstance_type(key, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "keywords must be strings");
        }
        tw_tuple_items(kwnames)[k++] = key;
        if (tw_list_append(arr, val) < 0) {
            return TW_NULL;
        }
    }
    TwValue r = tw_call(f, (int)(npos + nkw), tw_list_items(arr), kwnames);
    tw_keep_alive(arr);
    tw_keep_alive(holder);
    return r;
}

bool tw_callable(TwValue v) {
    TwType *t = tw_type_of(v);
    return t->call || tw_type_lookup(t, TW_NAME(__call__));
}

// ---------------------------------------------------------------- isinstance, issubclass

static int isinstance_depth(TwValue o, TwValue cls, int depth) {
    TwType *ot = tw_type_of(o);
    if (tw_from_obj(ot) == cls) {
        return 1;
    }
    if (tw_is_type(cls, &tw_type_type)) {
        // Exact type as metaclass: type.__instancecheck__ without a call.
        TwType *c = TW_OBJ(cls, TwType);
        if (tw_type_is_subtype(ot, c)) {
            return 1;
        }
        if (!(ot->flags & TW_TYPE_HEAP)) {
            return 0;
        }
        TwValue r = tw_call_unbound(tw_type_lookup(&tw_type_type, TW_NAME(__instancecheck__)), cls, 1, &o, TW_NULL);
        return r ? tw_truthy(r) : -1;
    }
    if (tw_is_type(cls, &tw_type_tuple)) {
        if (depth > 100) {
            tw_error(&tw_type_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        for (size_t i = 0; i < tw_tuple_size(cls); i++) {
            int r = isinstance_depth(o, tw_tuple_items(cls)[i], depth + 1);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    TwValue f = tw_type_lookup(tw_type_of(cls), TW_NAME(__instancecheck__));
    if (f) {
        if (tw_enter_recursive_call(" in __instancecheck__") < 0) {
            return -1;
        }
        TwValue r = call_special1(f, cls, o);
        tw_leave_recursive_call();
        return r ? tw_truthy(r) : -1;
    }
    if (tw_isinstance_type(cls, &tw_type_tuple)) {
        return isinstance_depth(o, tw_tuple_from(tw_tuple_size(cls), tw_tuple_items(cls)), depth + 1);
    }
    tw_error(&tw_type_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int tw_isinstance(TwValue o, TwValue cls) {
    return isinstance_depth(o, cls, 0);
}

static int issubclass_depth(TwValue c, TwValue cls, int depth) {
    if (tw_is_type(cls, &tw_type_type)) {
        if (!tw_isinstance_type(c, &tw_type_type)) {
            tw_error(&tw_type_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return tw_type_is_subtype(TW_OBJ(c, TwType), TW_OBJ(cls, TwType));
    }
    if (tw_is_type(cls, &tw_type_tuple)) {
        for (size_t i = 0; i < tw_tuple_size(cls); i++) {
            int r = issubclass_depth(c, tw_tuple_items(cls)[i], depth + 1);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    TwValue f = tw_type_lookup(tw_type_of(cls), TW_NAME(__subclasscheck__));
    if (f) {
        if (tw_enter_recursive_call(" in __subclasscheck__") < 0) {
            return -1;
        }
        TwValue r = call_special1(f, cls, c);
        tw_leave_recursive_call();
        return r ? tw_truthy(r) : -1;
    }
    if (!tw_isinstance_type(c, &tw_type_type)) {
        tw_error(&tw_type_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    tw_error(&tw_type_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

int tw_issubclass(TwValue c, TwValue cls) {
    return issubclass_depth(c, cls, 0);
}
