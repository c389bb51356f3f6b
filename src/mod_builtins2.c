// The builtins that compute over numbers and iterables: min, max, sum, sorted, pow (with
// modular exponentiation and inverses for ints), round (half-even, ints and floats with
// ndigits), divmod, iter, next, dir.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "mod_builtins.h"
#include "obj_type.h"
#include "vm.h"

// ---------------------------------------------------------------- min, max

static TwValue min_max(const char *name, int argc, TwValue *argv, TwValue kwnames, int op) {
    int npos = tw_builtins_npos(argc, kwnames);
    TwValue key = TW_NULL, dflt = TW_NULL;
    if (kwnames) {
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            TwValue k = tw_tuple_items(kwnames)[i];
            if (tw_str_eq_c(k, "key")) {
                key = argv[npos + (int)i];
            } else if (tw_str_eq_c(k, "default")) {
                dflt = argv[npos + (int)i];
            } else {
                return tw_error(&tw_type_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
            }
        }
    }
    if (tw_builtins_arity(name, npos, 1, -1) < 0) {
        return TW_NULL;
    }
    if (key == TW_NONE) {
        key = TW_NULL;
    }
    if (npos > 1 && dflt) {
        return tw_error(&tw_type_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    TwValue it = TW_NULL;
    if (npos == 1) {
        it = tw_iter(argv[0]);
        if (!it) {
            return TW_NULL;
        }
    }
    TwValue best = TW_NULL, best_key = TW_NULL;
    for (int i = 0;; i++) {
        TwValue item;
        if (it) {
            item = tw_next(it);
            if (!item) {
                if (tw_error_occurred()) {
                    return TW_NULL;
                }
                break;
            }
        } else {
            if (i >= npos) {
                break;
            }
            item = argv[i];
        }
        TwValue k = key ? tw_call1(key, item) : item;
        if (!k) {
            return TW_NULL;
        }
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        int c = tw_compare_bool(op, k, best_key);
        if (c < 0) {
            return TW_NULL;
        }
        if (c) {
            best = item;
            best_key = k;
        }
    }
    if (!best) {
        if (dflt) {
            return dflt;
        }
        return tw_error(&tw_type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static TwValue b_max(int argc, TwValue *argv, TwValue kwnames) {
    return min_max("max", argc, argv, kwnames, TW_CMP_GT);
}

static TwValue b_min(int argc, TwValue *argv, TwValue kwnames) {
    return min_max("min", argc, argv, kwnames, TW_CMP_LT);
}

// ---------------------------------------------------------------- sum

static TwValue b_sum(int argc, TwValue *argv, TwValue kwnames) {
    int npos = tw_builtins_npos(argc, kwnames);
    TwValue start = TW_NULL;
    if (kwnames) {
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            TwValue k = tw_tuple_items(kwnames)[i];
            if (tw_str_eq_c(k, "start") && npos < 2) {
                start = argv[npos + (int)i];
            } else if (tw_str_eq_c(k, "start")) {
                return tw_error(&tw_type_TypeError, "argument for sum() given by name ('start') and position (2)");
            } else {
                return tw_error(&tw_type_TypeError, "'%U' is an invalid keyword argument for sum()", k);
            }
        }
    }
    if (npos < 1) {
        return tw_error(&tw_type_TypeError, "sum() takes at least 1 positional argument (%d given)", npos);
    }
    if (npos > 2) {
        return tw_error(&tw_type_TypeError, "sum() takes at most 2 arguments (%d given)", npos);
    }
    if (npos == 2) {
        start = argv[1];
    }
    if (start) {
        if (tw_isinstance_type(start, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (tw_isinstance_type(start, &tw_type_bytes)) {
            return tw_error(&tw_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (tw_isinstance_type(start, &tw_type_bytearray)) {
            return tw_error(&tw_type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
    }
    TwValue result = start ? start : tw_from_small_int(0);
    TwValue it = tw_iter(argv[0]);
    if (!it) {
        return TW_NULL;
    }
    // Fast path: small ints summed in C while they stay in range.
    if (tw_is_int(result)) {
        int64_t acc = tw_as_int(result);
        for (;;) {
            TwValue item = tw_next(it);
            if (!item) {
                return tw_error_occurred() ? TW_NULL : tw_int_from_i64(acc);
            }
            if (tw_is_int(item)) {
                int64_t x = tw_as_int(item);
                if ((x > 0 && acc <= INT64_MAX / 2) || (x <= 0 && acc >= INT64_MIN / 2)) {
                    acc += x;
                    continue;
                }
            }
            TwValue r = tw_int_from_i64(acc);
            if (!r) {
                return TW_NULL;
            }
            result = tw_binop(TW_OP_ADD, r, item);
            if (!result) {
                return TW_NULL;
            }
            break;
        }
    }
    // Floats: accumulate a C double (plain addition, as CPython 3.11).
    if (tw_is_float(result)) {
        double acc = tw_as_float(result);
        for (;;) {
            TwValue item = tw_next(it);
            if (!item) {
                return tw_error_occurred() ? TW_NULL : tw_from_float(acc);
            }
            if (tw_is_float(item)) {
                acc += tw_as_float(item);
                continue;
            }
            if (tw_is_int(item)) {
                acc += (double)tw_as_int(item);
                continue;
            }
            result = tw_binop(TW_OP_ADD, tw_from_float(acc), item);
            if (!result) {
                return TW_NULL;
            }
            break;
        }
    }
    for (;;) {
        TwValue item = tw_next(it);
        if (!item) {
            return tw_error_occurred() ? TW_NULL : result;
        }
        result = tw_binop(TW_OP_ADD, result, item);
        if (!result) {
            return TW_NULL;
        }
    }
}

// ---------------------------------------------------------------- sorted

static TwValue b_sorted(int argc, TwValue *argv, TwValue kwnames) {
    int npos = tw_builtins_npos(argc, kwnames);
    if (tw_builtins_arity("sorted", npos, 1, 1) < 0) {
        return TW_NULL;
    }
    TwValue key = TW_NULL;
    bool reverse = false;
    if (kwnames) {
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            TwValue k = tw_tuple_items(kwnames)[i];
            TwValue v = argv[npos + (int)i];
            if (tw_str_eq_c(k, "key")) {
                key = v == TW_NONE ? TW_NULL : v;
            } else if (tw_str_eq_c(k, "reverse")) {
                int t = tw_truthy(v);
                if (t < 0) {
                    return TW_NULL;
                }
                reverse = t;
            } else {
                return tw_error(&tw_type_TypeError, "'%U' is an invalid keyword argument for sort()", k);
            }
        }
    }
    TwValue list = tw_list_from_iterable(argv[0]);
    if (!list) {
        return TW_NULL;
    }
    if (tw_list_sort(list, key, reverse) < 0) {
        return TW_NULL;
    }
    return list;
}

// ---------------------------------------------------------------- pow

static TwValue ibin(int op, TwValue a, TwValue b) {
    return tw_int_binop(op, a, b);
}

// Modular inverse of a modulo m (m > 0), by the extended Euclidean algorithm.
static TwValue int_inverse(TwValue a, TwValue m) {
    TwValue r0 = m, r1 = ibin(TW_OP_MOD, a, m);
    TwValue s0 = tw_from_small_int(0), s1 = tw_from_small_int(1);
    if (!r1) {
        return TW_NULL;
    }
    while (!tw_int_is_zero(r1)) {
        TwValue q = ibin(TW_OP_FLOORDIV, r0, r1);
        if (!q) {
            return TW_NULL;
        }
        TwValue qr = ibin(TW_OP_MUL, q, r1), qs = ibin(TW_OP_MUL, q, s1);
        if (!qr || !qs) {
            return TW_NULL;
        }
        TwValue r2 = ibin(TW_OP_SUB, r0, qr), s2 = ibin(TW_OP_SUB, s0, qs);
        if (!r2 || !s2) {
            return TW_NULL;
        }
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
    }
    if (tw_int_compare(r0, tw_from_small_int(1)) != 0) {
        return tw_error(&tw_type_ValueError, "base is not invertible for the given modulus");
    }
    return ibin(TW_OP_MOD, s0, m);
}

static TwValue int_pow_mod(TwValue base, TwValue exp, TwValue mod) {
    if (tw_int_is_zero(mod)) {
        return tw_error(&tw_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    bool neg_mod = tw_int_sign(mod) < 0;
    TwValue m = neg_mod ? tw_int_neg(mod) : mod;
    if (!m) {
        return TW_NULL;
    }
    TwValue b = ibin(TW_OP_MOD, base, m);
    if (!b) {
        return TW_NULL;
    }
    TwValue e = exp;
    if (tw_int_sign(e) < 0) {
        b = int_inverse(b, m);
        e = tw_int_neg(e);
        if (!b || !e) {
            return TW_NULL;
        }
    }
    TwValue r = ibin(TW_OP_MOD, tw_from_small_int(1), m);
    if (!r) {
        return TW_NULL;
    }
    int64_t eb, mb, bb;
    if (tw_is_int(e) && tw_is_int(m) && tw_is_int(b) && tw_int_to_i64(m, &mb) && tw_int_to_i64(e, &eb) &&
        tw_int_to_i64(b, &bb)) {
        unsigned __int128 acc = (unsigned __int128)tw_as_int(r), x = (unsigned __int128)bb;
        uint64_t um = (uint64_t)mb;
        while (eb > 0) {
            if (eb & 1) {
                acc = (acc * x) % um;
            }
            x = (x * x) % um;
            eb >>= 1;
        }
        r = tw_int_from_i64((int64_t)acc);
    } else {
        TwValue two = tw_from_small_int(2), one = tw_from_small_int(1);
        while (!tw_int_is_zero(e)) {
            TwValue bit = ibin(TW_OP_AND, e, one);
            if (!bit) {
                return TW_NULL;
            }
            if (!tw_int_is_zero(bit)) {
                r = ibin(TW_OP_MUL, r, b);
                r = r ? ibin(TW_OP_MOD, r, m) : TW_NULL;
                if (!r) {
                    return TW_NULL;
                }
            }
            b = ibin(TW_OP_MUL, b, b);
            b = b ? ibin(TW_OP_MOD, b, m) : TW_NULL;
            e = ibin(TW_OP_FLOORDIV, e, two);
            if (!b || !e) {
                return TW_NULL;
            }
        }
    }
    if (!r) {
        return TW_NULL;
    }
    if (neg_mod && !tw_int_is_zero(r)) {
        r = ibin(TW_OP_ADD, r, mod);
    }
    return r;
}

static TwValue b_pow(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    TwValue a[3];
    if (tw_parse_args("pow", argc, argv, kwnames, names, 3, 0, 3, 2, a) < 0) {
        return TW_NULL;
    }
    if (!a[2] || a[2] == TW_NONE) {
        return tw_binop(TW_OP_POW, a[0], a[1]);
    }
    if (tw_is_intlike(a[0]) && tw_is_intlike(a[1]) && tw_is_intlike(a[2])) {
        return int_pow_mod(a[0], a[1], a[2]);
    }
    bool numeric = true, complex = false;
    for (int i = 0; i < 3; i++) {
        complex |= tw_isinstance_type(a[i], &tw_type_complex);
        if (!tw_is_intlike(a[i]) && !tw_is_float(a[i]) && !tw_isinstance_type(a[i], &tw_type_complex)) {
            numeric = false;
        }
    }
    if (numeric && complex) {
        return tw_error(&tw_type_ValueError, "complex modulo");
    }
    if (numeric) {
        return tw_error(&tw_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    bool found;
    TwValue args[2] = {a[1], a[2]};
    TwValue r = tw_call_special(a[0], TW_NAME(__pow__), 2, args, &found);
    if (r && r != TW_NOTIMPL) {
        return r;
    }
    if (!r && found) {
        return TW_NULL;
    }
    return tw_error(&tw_type_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0], a[1],
                    a[2]);
}

// ---------------------------------------------------------------- round

static TwValue b_round(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    TwValue a[2];
    if (tw_parse_args("round", argc, argv, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue x = a[0], nd = a[1] == TW_NONE ? TW_NULL : a[1];
    TwType *t = tw_type_of(x);
    if (t == &tw_type_int && !nd) {
        return x;
    }
    TwValue m = tw_type_lookup(t, TW_NAME(__round__));
    if (!m) {
        return tw_error(&tw_type_TypeError, "type %s doesn't define __round__ method", tw_type_cname(t));
    }
    bool found;
    return tw_call_special(x, TW_NAME(__round__), nd ? 1 : 0, nd ? &nd : NULL, &found);
}

// ---------------------------------------------------------------- divmod

static TwValue float_divmod(double vx, double wx) {
    if (wx == 0.0) {
        return tw_error(&tw_type_ZeroDivisionError, "float divmod()");
    }
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    return tw_tuple_pack(2, tw_from_float(floordiv), tw_from_float(mod));
}

static bool as_double_simple(TwValue v, double *out) {
    if (tw_is_float(v)) {
        *out = tw_as_float(v);
        return true;
    }
    if (tw_is_int(v)) {
        *out = (double)tw_as_int(v);
        return true;
    }
    return false;
}

static TwValue b_divmod(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("divmod", argc, 2, 2) < 0) {
        return TW_NULL;
    }
    TwValue a = argv[0], b = argv[1];
    TwType *ta = tw_type_of(a), *tb = tw_type_of(b);
    if ((ta == &tw_type_int || ta == &tw_type_bool) && (tb == &tw_type_int || tb == &tw_type_bool)) {
        TwValue q = tw_int_binop(TW_OP_FLOORDIV, a, b);
        TwValue r = q ? tw_int_binop(TW_OP_MOD, a, b) : TW_NULL;
        return r ? tw_tuple_pack(2, q, r) : TW_NULL;
    }
    double x, y;
    if ((tw_is_float(a) || tw_is_float(b)) && as_double_simple(a, &x) && as_double_simple(b, &y)) {
        return float_divmod(x, y);
    }
    if (tw_is_float(a) && tw_is_intlike(b)) {
        if (tw_number_as_double(b, &y) < 0) {
            return TW_NULL;
        }
        return float_divmod(tw_as_float(a), y);
    }
    if (tw_is_intlike(a) && tw_is_float(b) && ta == &tw_type_int) {
        if (tw_number_as_double(a, &x) < 0) {
            return TW_NULL;
        }
        return float_divmod(x, tw_as_float(b));
    }
    bool found;
    bool b_first = ta != tb && tw_type_is_subtype(tb, ta) && tw_type_lookup(tb, TW_NAME(__rdivmod__));
    if (b_first) {
        TwValue r = tw_call_special(b, TW_NAME(__rdivmod__), 1, &a, &found);
        if (!r && found) {
            return TW_NULL;
        }
        if (r && r != TW_NOTIMPL) {
            return r;
        }
    }
    TwValue r = tw_call_special(a, TW_NAME(__divmod__), 1, &b, &found);
    if (!r && found) {
        return TW_NULL;
    }
    if (r && r != TW_NOTIMPL) {
        return r;
    }
    if (ta != tb && !b_first) {
        r = tw_call_special(b, TW_NAME(__rdivmod__), 1, &a, &found);
        if (!r && found) {
            return TW_NULL;
        }
        if (r && r != TW_NOTIMPL) {
            return r;
        }
    }
    return tw_error(&tw_type_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

// ---------------------------------------------------------------- iter, next

static TwValue b_iter(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("iter", argc, 1, 2) < 0) {
        return TW_NULL;
    }
    if (argc == 1) {
        return tw_iter(argv[0]);
    }
    return tw_calliter_new(argv[0], argv[1]);
}

static TwValue b_next(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("next", argc, 1, 2) < 0) {
        return TW_NULL;
    }
    TwValue it = argv[0];
    TwType *t = tw_type_of(it);
    // A generator's fast iternext drops its return value: its __next__ raises StopIteration(value).
    bool fast = t->iternext && !tw_is_gen(it);
    TwValue meth = fast ? TW_NULL : tw_type_lookup(t, TW_NAME(__next__));
    if (!fast && !meth) {
        return tw_error(&tw_type_TypeError, "'%T' object is not an iterator", it);
    }
    TwValue v = fast ? t->iternext(it) : tw_call_unbound(meth, it, 0, NULL, TW_NULL);
    if (v) {
        return v;
    }
    if (tw_error_occurred()) {
        if (argc > 1 && tw_error_matches(&tw_type_StopIteration)) {
            tw_error_clear();
            return argv[1];
        }
        return TW_NULL;
    }
    if (argc > 1) {
        return argv[1];
    }
    return tw_raise(tw_from_obj(&tw_type_StopIteration));
}

// ---------------------------------------------------------------- dir

static int add_keys(TwValue set_dict, TwValue d) {
    if (!d || !tw_isinstance_type(d, &tw_type_dict)) {
        return 0;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(d, &pos, &k, &v)) {
        if (tw_dict_set(set_dict, k, TW_NONE) < 0) {
            return -1;
        }
    }
    return 0;
}

// dir() without __dir__: the instance dict plus every class dict along the MRO.
static TwValue dir_fallback(TwValue obj) {
    TwValue acc = tw_dict_new();
    if (!acc) {
        return TW_NULL;
    }
    TwType *t = tw_isinstance_type(obj, &tw_type_type) ? TW_OBJ(obj, TwType) : tw_type_of(obj);
    if (!tw_isinstance_type(obj, &tw_type_type)) {
        TwValue d = tw_getattr_opt(obj, TW_NAME(__dict__));
        if (!d && tw_error_occurred()) {
            return TW_NULL;
        }
        if (add_keys(acc, d) < 0) {
            return TW_NULL;
        }
    }
    TwValue mro = t->mro;
    if (mro && tw_is_type(mro, &tw_type_tuple)) {
        for (size_t i = 0; i < tw_tuple_size(mro); i++) {
            TwType *c = TW_OBJ(tw_tuple_items(mro)[i], TwType);
            if (c->dict && add_keys(acc, tw_from_obj(c->dict)) < 0) {
                return TW_NULL;
            }
        }
    }
    return tw_list_from_iterable(acc);
}

static TwValue b_dir(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("dir", argc, 0, 1) < 0) {
        return TW_NULL;
    }
    TwValue list;
    if (argc == 0) {
        TwValue loc = tw_vm_locals();
        if (!loc) {
            return TW_NULL;
        }
        list = tw_list_from_iterable(loc);
    } else {
        bool found;
        TwValue r = tw_call_special(argv[0], TW_NAME(__dir__), 0, NULL, &found);
        if (!found && !r) {
            list = dir_fallback(argv[0]);
        } else if (!r) {
            return TW_NULL;
        } else {
            list = tw_list_from_iterable(r);
        }
    }
    if (!list || tw_list_sort(list, TW_NULL, false) < 0) {
        return TW_NULL;
    }
    return list;
}

// ---------------------------------------------------------------- table

static const TwMethodDef functions[] = {
    {"divmod", b_divmod, 0, -1, 0},
    {"dir", b_dir, 0, -1, 0},
    {"iter", b_iter, 0, -1, 0},
    {"max", b_max, 0, -1, TW_BUILTIN_KEYWORDS},
    {"min", b_min, 0, -1, TW_BUILTIN_KEYWORDS},
    {"next", b_next, 0, -1, 0},
    {"pow", b_pow, 0, -1, TW_BUILTIN_KEYWORDS},
    {"round", b_round, 0, -1, TW_BUILTIN_KEYWORDS},
    {"sorted", b_sorted, 0, -1, TW_BUILTIN_KEYWORDS},
    {"sum", b_sum, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

const TwMethodDef *tw_builtins2_table(void) {
    return functions;
}

void tw_builtins2_init(void) {
}
