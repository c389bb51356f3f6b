// Compiling expressions: operators (with CPython's constant folding), comparisons and
// short-circuit jumps, calls (the method-call form and the *args/**kwargs form), displays
// with unpacking, f-strings, attribute and subscript access, lambdas, comprehensions (each
// its own code object called with the first iterator), yield and yield from.
#include <stdio.h>
#include <stdlib.h>

#include "compile_int.h"

#define STACK_USE_GUIDELINE 30

// ---------------------------------------------------------------- constant folding

static int64_t int_bits(TwValue v) {
    // Number of bits of |v| for a small int; a big one is "large".
    if (tw_is_int(v)) {
        int64_t x = tw_as_int(v);
        uint64_t m = x < 0 ? (uint64_t)(-x) : (uint64_t)x;
        int64_t bits = 0;
        while (m) {
            bits++;
            m >>= 1;
        }
        return bits;
    }
    return 1000;
}

static bool is_number(TwValue v) {
    TwType *t = tw_type_of(v);
    return t == &tw_type_int || t == &tw_type_float || t == &tw_type_complex;
}

static bool is_plain_int(TwValue v) {
    return tw_type_of(v) == &tw_type_int;
}

// Fold a binary operation on two constants the way CPython's AST optimizer does, refusing
// anything that could make a huge object or that raises (the error then happens at run time).
static TwValue fold_binop(int op, TwValue a, TwValue b) {
    TwType *ta = tw_type_of(a), *tb = tw_type_of(b);
    bool nums = is_number(a) && is_number(b);
    bool seq_a = ta == &tw_type_str || ta == &tw_type_bytes || ta == &tw_type_tuple;
    if (!nums) {
        if (op == TW_OP_ADD && seq_a && ta == tb) {
            // fine
        } else if (op == TW_OP_MUL && ((seq_a && is_plain_int(b)) || (is_plain_int(a) &&
                   (tb == &tw_type_str || tb == &tw_type_bytes || tb == &tw_type_tuple)))) {
            TwValue seq = seq_a ? a : b, cnt = seq_a ? b : a;
            int64_t n;
            if (!tw_int_to_i64(cnt, &n)) {
                return TW_NULL;
            }
            int64_t len = tw_type_of(seq) == &tw_type_str ? (int64_t)tw_str_length(seq)
                          : tw_type_of(seq) == &tw_type_bytes ? (int64_t)TW_OBJ(seq, TwBytes)->size
                          : (int64_t)tw_tuple_size(seq);
            if (n > 0 && len > 0 && (n > 4096 || len * n > (tw_type_of(seq) == &tw_type_tuple ? 256 : 4096))) {
                return TW_NULL;
            }
        } else {
            return TW_NULL;
        }
    }
    if (nums && is_plain_int(a) && is_plain_int(b)) {
        int64_t bn;
        if (op == TW_OP_POW) {
            if (!tw_int_to_i64(b, &bn)) {
                return TW_NULL;
            }
            if (bn > 0 && !tw_int_is_zero(a) && int_bits(a) * bn > 128) {
                return TW_NULL;
            }
        } else if (op == TW_OP_MUL) {
            if (!tw_int_is_zero(a) && !tw_int_is_zero(b) && int_bits(a) + int_bits(b) > 128) {
                return TW_NULL;
            }
        } else if (op == TW_OP_LSHIFT) {
            if (!tw_int_to_i64(b, &bn) || bn < 0 || bn > 128) {
                return TW_NULL;
            }
            if (!tw_int_is_zero(a) && int_bits(a) > 128 - bn) {
                return TW_NULL;
            }
        }
    }
    if (op == TW_OP_MOD && !nums) {
        return TW_NULL;
    }
    TwValue r = tw_binop(op, a, b);
    if (!r) {
        tw_error_clear();
    }
    return r;
}

TwValue cc_fold(Compiler *c, TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_CONSTANT:
        return e->u.constant.value;
    case TW_EXPR_UNARYOP: {
        // Any constant operand, as CPython: an operation that raises is left to run time.
        TwValue v = cc_fold(c, e->u.unaryop.operand);
        if (!v) {
            return TW_NULL;
        }
        TwValue r = TW_NULL;
        switch (e->u.unaryop.op) {
        case TW_UNARY_USUB:
            r = tw_neg(v);
            break;
        case TW_UNARY_UADD:
            r = tw_pos(v);
            break;
        case TW_UNARY_INVERT:
            r = tw_invert(v);
            break;
        case TW_UNARY_NOT: {
            int t = tw_truthy(v);
            r = t < 0 ? TW_NULL : tw_bool(!t);
            break;
        }
        }
        if (!r) {
            tw_error_clear();
        }
        return cc_keep(c, r);
    }
    case TW_EXPR_BINOP: {
        TwValue a = cc_fold(c, e->u.binop.left);
        if (!a) {
            return TW_NULL;
        }
        TwValue b = cc_fold(c, e->u.binop.right);
        if (!b) {
            return TW_NULL;
        }
        return cc_keep(c, fold_binop(e->u.binop.op, a, b));
    }
    case TW_EXPR_TUPLE: {
        if (e->u.list.ctx != TW_CTX_LOAD) {
            return TW_NULL;
        }
        int n = e->u.list.elts.n;
        TwValue t = tw_tuple_new((size_t)n);
        if (!t) {
            tw_error_clear();
            return TW_NULL;
        }
        for (int i = 0; i < n; i++) {
            TwExpr *x = e->u.list.elts.items[i];
            if (x->kind == TW_EXPR_STARRED) {
                return TW_NULL;
            }
            TwValue v = cc_fold(c, x);
            if (!v) {
                return TW_NULL;
            }
            tw_tuple_items(t)[i] = v;
        }
        return cc_keep(c, t);
    }
    default:
        return TW_NULL;
    }
}

// ---------------------------------------------------------------- positions

// An attribute access spanning lines points at the attribute name's line, as CPython does
// (so `a.b(\n).c()` reports the `.c` line).
void cc_update_loc_for_attr(Compiler *c, TwExpr *attr) {
    TwPosition *l = &c->u->loc;
    if (l->line != attr->pos.end_lineno) {
        l->line = attr->pos.end_lineno;
        int len = (int)tw_str_length(attr->u.attribute.attr);
        if (len <= attr->pos.end_col) {
            l->col = attr->pos.end_col - len;
        } else {
            l->col = -1;
            l->end_col = -1;
        }
        if (l->end_line < l->line) {
            l->end_line = l->line;
        }
        if (l->line == l->end_line && l->end_col < l->col) {
            l->end_col = l->col;
        }
    }
}

// ---------------------------------------------------------------- helpers

int cc_exprs(Compiler *c, TwExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (cc_expr(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// The tuple of items begin..end-1 when each is a constant after folding (CPython's AST
// optimizer has already turned `-1` and `(1, 2)` into constants when its compiler asks);
// else TW_NULL, with no error set.
static TwValue fold_items(Compiler *c, TwExprList *l, int begin, int end) {
    for (int i = begin; i < end; i++) {
        if (!l->items[i] || !cc_fold(c, l->items[i])) {
            return TW_NULL;
        }
    }
    TwValue t = tw_tuple_new((size_t)(end - begin));
    if (!t || !cc_keep(c, t)) {
        tw_error_clear();
        return TW_NULL;
    }
    for (int i = begin; i < end; i++) {
        tw_tuple_items(t)[i - begin] = cc_fold(c, l->items[i]);
    }
    return t;
}

// A list or set display of constants as the constant tuple or frozenset CPython's AST
// optimizer puts where the value is only iterated or tested with `in`; else TW_NULL (no
// error) or -- only when making the frozenset fails -- TW_NULL with an error set.
static TwValue fold_iterable(Compiler *c, TwExpr *e) {
    if (e->kind != TW_EXPR_LIST && e->kind != TW_EXPR_SET) {
        return TW_NULL;
    }
    TwExprList *elts = e->kind == TW_EXPR_LIST ? &e->u.list.elts : &e->u.set.elts;
    TwValue t = fold_items(c, elts, 0, elts->n);
    if (t && e->kind == TW_EXPR_SET) {
        return cc_frozenset_const(c, t);
    }
    return t;
}

int cc_iterable(Compiler *c, TwExpr *e) {
    TwValue k = fold_iterable(c, e);
    if (!k) {
        return tw_error_occurred() ? -1 : cc_expr(c, e);
    }
    TwPosition saved = c->u->loc;
    cc_set_loc(c, e->pos);
    int r = cc_load_const(c, k);
    c->u->loc = saved;
    return r;
}

// Lists, tuples, sets and positional call arguments, with *unpacking.
static int starunpack(Compiler *c, TwExprList *elts, int pushed, int build, int add, int extend, bool tuple) {
    int n = elts->n;
    TwValue folded = n > 2 ? fold_items(c, elts, 0, n) : TW_NULL;
    if (folded) {
        if (tuple && !pushed) {
            return cc_load_const(c, folded);
        }
        if (add == OP_SET_ADD && !(folded = cc_frozenset_const(c, folded))) {
            return -1;
        }
        if (cc_emit(c, build, pushed) < 0 || cc_load_const(c, folded) < 0 || cc_emit(c, extend, 1) < 0) {
            return -1;
        }
        if (tuple) {
            return cc_emit(c, OP_LIST_TO_TUPLE, 0);
        }
        return 0;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind == TW_EXPR_STARRED) {
            seen_star = true;
        }
    }
    if (!seen_star && !big) {
        if (cc_exprs(c, elts) < 0) {
            return -1;
        }
        return cc_emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        if (cc_emit(c, build, pushed) < 0) {
            return -1;
        }
        built = true;
    }
    for (int i = 0; i < n; i++) {
        TwExpr *elt = elts->items[i];
        if (elt->kind == TW_EXPR_STARRED) {
            if (!built) {
                if (cc_emit(c, build, i + pushed) < 0) {
                    return -1;
                }
                built = true;
            }
            if (cc_expr(c, elt->u.starred.value) < 0 || cc_emit(c, extend, 1) < 0) {
                return -1;
            }
        } else {
            if (cc_expr(c, elt) < 0) {
                return -1;
            }
            if (built && cc_emit(c, add, 1) < 0) {
                return -1;
            }
        }
    }
    if (tuple) {
        return cc_emit(c, OP_LIST_TO_TUPLE, 0);
    }
    return 0;
}

// Tuple/list assignment targets: UNPACK_SEQUENCE or UNPACK_EX, then each target.
int cc_unpack_assign(Compiler *c, TwExprList *elts, TwPos pos) {
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        TwExpr *elt = elts->items[i];
        if (elt->kind == TW_EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 15)) {
                cc_error(c, pos, "too many expressions in star-unpacking assignment");
                return -1;
            }
            if (cc_emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0) {
                return -1;
            }
            seen_star = true;
        } else if (elt->kind == TW_EXPR_STARRED) {
            cc_error(c, elt->pos, "multiple starred expressions in assignment");
            return -1;
        }
    }
    if (!seen_star && cc_emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        TwExpr *elt = elts->items[i];
        if (cc_expr(c, elt->kind == TW_EXPR_STARRED ? elt->u.starred.value : elt) < 0) {
            return -1;
        }
    }
    return 0;
}

static int compile_subdict(Compiler *c, TwExpr *e, int begin, int end) {
    int n = end - begin;
    TwExprList *keys = &e->u.dict.keys, *values = &e->u.dict.values;
    TwValue kt = n > 1 ? fold_items(c, keys, begin, end) : TW_NULL;
    if (kt) {
        for (int i = begin; i < end; i++) {
            if (cc_expr(c, values->items[i]) < 0) {
                return -1;
            }
        }
        if (cc_load_const(c, kt) < 0) {
            return -1;
        }
        return cc_emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big && cc_emit(c, OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        if (cc_expr(c, keys->items[i]) < 0 || cc_expr(c, values->items[i]) < 0) {
            return -1;
        }
        if (big && cc_emit(c, OP_MAP_ADD, 1) < 0) {
            return -1;
        }
    }
    if (!big) {
        return cc_emit(c, OP_BUILD_MAP, n);
    }
    return 0;
}

static int compile_dict(Compiler *c, TwExpr *e) {
    int n = e->u.dict.values.n;
    bool have_dict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        bool unpacking = e->u.dict.keys.items[i] == NULL;
        if (unpacking) {
            if (elements) {
                if (compile_subdict(c, e, i - elements, i) < 0) {
                    return -1;
                }
                if (have_dict && cc_emit(c, OP_DICT_UPDATE, 1) < 0) {
                    return -1;
                }
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (cc_emit(c, OP_BUILD_MAP, 0) < 0) {
                    return -1;
                }
                have_dict = true;
            }
            if (cc_expr(c, e->u.dict.values.items[i]) < 0 || cc_emit(c, OP_DICT_UPDATE, 1) < 0) {
                return -1;
            }
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                if (compile_subdict(c, e, i - elements, i + 1) < 0) {
                    return -1;
                }
                if (have_dict && cc_emit(c, OP_DICT_UPDATE, 1) < 0) {
                    return -1;
                }
                have_dict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        if (compile_subdict(c, e, n - elements, n) < 0) {
            return -1;
        }
        if (have_dict && cc_emit(c, OP_DICT_UPDATE, 1) < 0) {
            return -1;
        }
        have_dict = true;
    }
    if (!have_dict) {
        return cc_emit(c, OP_BUILD_MAP, 0);
    }
    return 0;
}

static int cmp_emit(Compiler *c, TwCmpOpKind op) {
    switch (op) {
    case TW_CMPOP_EQ: return cc_emit(c, OP_COMPARE_OP, TW_CMP_EQ);
    case TW_CMPOP_NOTEQ: return cc_emit(c, OP_COMPARE_OP, TW_CMP_NE);
    case TW_CMPOP_LT: return cc_emit(c, OP_COMPARE_OP, TW_CMP_LT);
    case TW_CMPOP_LTE: return cc_emit(c, OP_COMPARE_OP, TW_CMP_LE);
    case TW_CMPOP_GT: return cc_emit(c, OP_COMPARE_OP, TW_CMP_GT);
    case TW_CMPOP_GTE: return cc_emit(c, OP_COMPARE_OP, TW_CMP_GE);
    case TW_CMPOP_IS: return cc_emit(c, OP_IS_OP, 0);
    case TW_CMPOP_ISNOT: return cc_emit(c, OP_IS_OP, 1);
    case TW_CMPOP_IN: return cc_emit(c, OP_CONTAINS_OP, 0);
    case TW_CMPOP_NOTIN: return cc_emit(c, OP_CONTAINS_OP, 1);
    }
    return 0;
}

// `x in [1, 2]` compares against a constant tuple, `x in {1, 2}` against a frozenset
// (CPython folds only the last operand of a chain).
static int compare_operand(Compiler *c, TwExpr *e, TwCmpOpKind op, bool last) {
    if (last && (op == TW_CMPOP_IN || op == TW_CMPOP_NOTIN)) {
        return cc_iterable(c, e);
    }
    return cc_expr(c, e);
}

static int compile_compare(Compiler *c, TwExpr *e) {
    int n = e->u.compare.n - 1;
    if (cc_check_compare(c, e) < 0 || cc_expr(c, e->u.compare.left) < 0) {
        return -1;
    }
    if (n == 0) {
        if (compare_operand(c, e->u.compare.comparators.items[0], e->u.compare.ops[0], true) < 0) {
            return -1;
        }
        return cmp_emit(c, e->u.compare.ops[0]);
    }
    int cleanup = cc_new_label(c), end;
    if (cleanup < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (compare_operand(c, e->u.compare.comparators.items[i], e->u.compare.ops[i], false) < 0 ||
            cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_COPY, 2) < 0 ||
            cmp_emit(c, e->u.compare.ops[i]) < 0 || cc_emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0) {
            return -1;
        }
    }
    if (compare_operand(c, e->u.compare.comparators.items[n], e->u.compare.ops[n], true) < 0 ||
        cmp_emit(c, e->u.compare.ops[n]) < 0) {
        return -1;
    }
    if ((end = cc_new_label(c)) < 0 || cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    if (cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    cc_bind(c, end);
    return 0;
}

int cc_jump_if(Compiler *c, TwExpr *e, int label, bool cond) {
    switch (e->kind) {
    case TW_EXPR_UNARYOP:
        if (e->u.unaryop.op == TW_UNARY_NOT) {
            return cc_jump_if(c, e->u.unaryop.operand, label, !cond);
        }
        break;
    case TW_EXPR_BOOLOP: {
        TwExprList *v = &e->u.boolop.values;
        bool cond2 = e->u.boolop.op == TW_BOOL_OR;
        int next2 = label;
        if (cond2 != cond) {
            next2 = cc_new_label(c);
            if (next2 < 0) {
                return -1;
            }
        }
        for (int i = 0; i < v->n - 1; i++) {
            if (cc_jump_if(c, v->items[i], next2, cond2) < 0) {
                return -1;
            }
        }
        if (cc_jump_if(c, v->items[v->n - 1], label, cond) < 0) {
            return -1;
        }
        if (next2 != label) {
            cc_bind(c, next2);
        }
        return 0;
    }
    case TW_EXPR_IFEXP: {
        int end = cc_new_label(c), next2 = cc_new_label(c);
        if (end < 0 || next2 < 0 || cc_jump_if(c, e->u.ifexp.test, next2, false) < 0 ||
            cc_jump_if(c, e->u.ifexp.body, label, cond) < 0 || cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
            return -1;
        }
        cc_bind(c, next2);
        if (cc_jump_if(c, e->u.ifexp.orelse, label, cond) < 0) {
            return -1;
        }
        cc_bind(c, end);
        return 0;
    }
    case TW_EXPR_COMPARE: {
        int n = e->u.compare.n - 1;
        if (n > 0) {
            int cleanup = cc_new_label(c);
            if (cleanup < 0 || cc_check_compare(c, e) < 0 || cc_expr(c, e->u.compare.left) < 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (compare_operand(c, e->u.compare.comparators.items[i], e->u.compare.ops[i], false) < 0 ||
                    cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_COPY, 2) < 0 ||
                    cmp_emit(c, e->u.compare.ops[i]) < 0 || cc_emit(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0) {
                    return -1;
                }
            }
            if (compare_operand(c, e->u.compare.comparators.items[n], e->u.compare.ops[n], true) < 0 ||
                cmp_emit(c, e->u.compare.ops[n]) < 0 ||
                cc_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) < 0) {
                return -1;
            }
            int end = cc_new_label(c);
            if (end < 0 || cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
                return -1;
            }
            cc_bind(c, cleanup);
            if (cc_emit(c, OP_POP_TOP, 0) < 0) {
                return -1;
            }
            if (!cond && cc_emit_noline(c, PSEUDO_JUMP, label) < 0) {
                return -1;
            }
            cc_bind(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    if (cc_expr(c, e) < 0) {
        return -1;
    }
    return cc_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------- calls

static int validate_keywords(Compiler *c, TwKeywordList *kws) {
    for (int i = 0; i < kws->n; i++) {
        TwValue a = kws->items[i]->arg;
        if (!a) {
            continue;
        }
        if (tw_str_eq_c(a, "__debug__")) {
            cc_error(c, kws->items[i]->pos, "cannot assign to __debug__");
            return -1;
        }
        for (int j = i + 1; j < kws->n; j++) {
            TwValue b = kws->items[j]->arg;
            if (b && tw_str_eq(a, b)) {
                cc_error(c, kws->items[j]->pos, "keyword argument repeated: %U", a);
                return -1;
            }
        }
    }
    return 0;
}

// Keyword values then the tuple of their names (for CALL_KW).
static int simple_kw(Compiler *c, TwKeywordList *kws, int begin, int end) {
    for (int i = begin; i < end; i++) {
        if (cc_expr(c, kws->items[i]->value) < 0) {
            return -1;
        }
    }
    TwValue names = tw_tuple_new((size_t)(end - begin));
    if (!names) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        tw_tuple_items(names)[i - begin] = kws->items[i]->arg;
    }
    if (!cc_keep(c, names)) {
        return -1;
    }
    return cc_load_const(c, names);
}

// name=value keywords [begin, end) as a dict, for CALL_FUNCTION_EX.
static int subkwargs(Compiler *c, TwKeywordList *kws, int begin, int end) {
    int n = end - begin;
    if (n > 1) {
        for (int i = begin; i < end; i++) {
            if (cc_expr(c, kws->items[i]->value) < 0) {
                return -1;
            }
        }
        TwValue names = tw_tuple_new((size_t)n);
        if (!names) {
            return -1;
        }
        for (int i = begin; i < end; i++) {
            tw_tuple_items(names)[i - begin] = kws->items[i]->arg;
        }
        if (!cc_keep(c, names) || cc_load_const(c, names) < 0) {
            return -1;
        }
        return cc_emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big && cc_emit(c, OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        if (cc_load_const(c, kws->items[i]->arg) < 0 || cc_expr(c, kws->items[i]->value) < 0) {
            return -1;
        }
        if (big && cc_emit(c, OP_MAP_ADD, 1) < 0) {
            return -1;
        }
    }
    if (!big) {
        return cc_emit(c, OP_BUILD_MAP, n);
    }
    return 0;
}

// The arguments and the call, after the callable (and `npushed` extra positional
// arguments, e.g. a class's body function and name) are on the stack.
int cc_call_helper(Compiler *c, int npushed, TwExprList *args, TwKeywordList *kws) {
    if (validate_keywords(c, kws) < 0) {
        return -1;
    }
    int nelts = args->n, nkw = kws->n;
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex; i++) {
        if (args->items[i]->kind == TW_EXPR_STARRED) {
            ex = true;
        }
    }
    for (int i = 0; i < nkw && !ex; i++) {
        if (!kws->items[i]->arg) {
            ex = true;
        }
    }
    if (!ex) {
        if (cc_exprs(c, args) < 0) {
            return -1;
        }
        if (nkw) {
            if (simple_kw(c, kws, 0, nkw) < 0) {
                return -1;
            }
            return cc_emit(c, OP_CALL_KW, npushed + nelts + nkw);
        }
        return cc_emit(c, OP_CALL, npushed + nelts);
    }
    if (npushed == 0 && nelts == 1 && args->items[0]->kind == TW_EXPR_STARRED) {
        if (cc_expr(c, args->items[0]->u.starred.value) < 0) {
            return -1;
        }
    } else if (starunpack(c, args, npushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true) < 0) {
        return -1;
    }
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            TwKeyword *kw = kws->items[i];
            if (!kw->arg) {
                if (nseen) {
                    if (subkwargs(c, kws, i - nseen, i) < 0) {
                        return -1;
                    }
                    if (have_dict && cc_emit(c, OP_DICT_MERGE, 1) < 0) {
                        return -1;
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    if (cc_emit(c, OP_BUILD_MAP, 0) < 0) {
                        return -1;
                    }
                    have_dict = true;
                }
                if (cc_expr(c, kw->value) < 0 || cc_emit(c, OP_DICT_MERGE, 1) < 0) {
                    return -1;
                }
            } else {
                nseen++;
            }
        }
        if (nseen) {
            if (subkwargs(c, kws, nkw - nseen, nkw) < 0) {
                return -1;
            }
            if (have_dict && cc_emit(c, OP_DICT_MERGE, 1) < 0) {
                return -1;
            }
        }
    }
    return cc_emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static bool can_optimize_method_call(TwExpr *e) {
    TwExpr *f = e->u.call.func;
    if (f->kind != TW_EXPR_ATTRIBUTE || f->u.attribute.ctx != TW_CTX_LOAD) {
        return false;
    }
    int nargs = e->u.call.args.n, nkw = e->u.call.keywords.n;
    for (int i = 0; i < nargs; i++) {
        if (e->u.call.args.items[i]->kind == TW_EXPR_STARRED) {
            return false;
        }
    }
    for (int i = 0; i < nkw; i++) {
        if (!e->u.call.keywords.items[i]->arg) {
            return false;
        }
    }
    return nargs + nkw < STACK_USE_GUIDELINE;
}

static int compile_call(Compiler *c, TwExpr *e) {
    TwExpr *f = e->u.call.func;
    if (cc_check_call(c, e) < 0) {
        return -1;
    }
    if (can_optimize_method_call(e)) {
        if (validate_keywords(c, &e->u.call.keywords) < 0 || cc_expr(c, f->u.attribute.value) < 0) {
            return -1;
        }
        cc_set_loc(c, f->pos);
        cc_update_loc_for_attr(c, f);
        if (cc_emit_name(c, OP_LOAD_METHOD, f->u.attribute.attr) < 0 || cc_exprs(c, &e->u.call.args) < 0) {
            return -1;
        }
        int nargs = e->u.call.args.n, nkw = e->u.call.keywords.n;
        if (nkw) {
            // The names tuple is loaded where CPython puts KW_NAMES: at the attribute.
            for (int i = 0; i < nkw; i++) {
                if (cc_expr(c, e->u.call.keywords.items[i]->value) < 0) {
                    return -1;
                }
            }
            TwValue names = tw_tuple_new((size_t)nkw);
            if (!names) {
                return -1;
            }
            for (int i = 0; i < nkw; i++) {
                tw_tuple_items(names)[i] = e->u.call.keywords.items[i]->arg;
            }
            if (!cc_keep(c, names) || cc_load_const(c, names) < 0) {
                return -1;
            }
        }
        cc_set_loc(c, e->pos);
        cc_update_loc_for_attr(c, f);
        return cc_emit(c, nkw ? OP_CALL_KW : OP_CALL, nargs + nkw);
    }
    TwPosition saved = c->u->loc;
    cc_set_loc(c, f->pos);
    if (cc_emit(c, OP_PUSH_NULL, 0) < 0) {
        return -1;
    }
    c->u->loc = saved;
    if (cc_expr(c, f) < 0) {
        return -1;
    }
    return cc_call_helper(c, 0, &e->u.call.args, &e->u.call.keywords);
}

// ---------------------------------------------------------------- functions and lambdas

// Defaults tuple and keyword-only defaults dict; sets MAKE_FUNCTION flag bits.
int cc_defaults(Compiler *c, TwArguments *a, int *flags) {
    if (a->defaults.n) {
        if (cc_exprs(c, &a->defaults) < 0 || cc_emit(c, OP_BUILD_TUPLE, a->defaults.n) < 0) {
            return -1;
        }
        *flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        TwExpr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (!d) {
            continue;
        }
        TwValue name = cc_mangle(c, a->kwonlyargs.items[i]->arg);
        if (!name || cc_load_const(c, name) < 0 || cc_expr(c, d) < 0) {
            return -1;
        }
        nkw++;
    }
    if (nkw) {
        if (cc_emit(c, OP_BUILD_MAP, nkw) < 0) {
            return -1;
        }
        *flags |= 2;
    }
    return 0;
}

static int annotation(Compiler *c, TwValue name, TwExpr *ann, int *n) {
    if (!ann) {
        return 0;
    }
    TwValue m = cc_mangle(c, name);
    if (!m || cc_load_const(c, m) < 0 || cc_expr(c, ann) < 0) {
        return -1;
    }
    (*n)++;
    return 0;
}

static int annotations_list(Compiler *c, TwArgList *l, int *n) {
    for (int i = 0; i < l->n; i++) {
        if (annotation(c, l->items[i]->arg, l->items[i]->annotation, n) < 0) {
            return -1;
        }
    }
    return 0;
}

// The annotations dict (MAKE_FUNCTION bit 4), in CPython's order.
static int compile_annotations(Compiler *c, TwArguments *a, TwExpr *returns, int *flags) {
    int n = 0;
    if (annotations_list(c, &a->args, &n) < 0 || annotations_list(c, &a->posonlyargs, &n) < 0) {
        return -1;
    }
    if (a->vararg && annotation(c, a->vararg->arg, a->vararg->annotation, &n) < 0) {
        return -1;
    }
    if (annotations_list(c, &a->kwonlyargs, &n) < 0) {
        return -1;
    }
    if (a->kwarg && annotation(c, a->kwarg->arg, a->kwarg->annotation, &n) < 0) {
        return -1;
    }
    if (returns && annotation(c, tw_str_intern_c("return"), returns, &n) < 0) {
        return -1;
    }
    if (n) {
        if (cc_emit(c, OP_BUILD_MAP, n) < 0) {
            return -1;
        }
        *flags |= 4;
    }
    return 0;
}

// Evaluate defaults/annotations in the enclosing scope, compile the body (already done by
// the caller into `code` is not possible: the body must be compiled after the defaults are
// emitted, so this takes the node and compiles it here).
int cc_make_function_object(Compiler *c, TwArguments *a, TwExpr *returns, TwCode *code, const void *node) {
    (void)a;
    (void)returns;
    (void)node;
    return cc_make_closure(c, code, 0);
}

static void set_arg_counts(Unit *u, TwArguments *a) {
    u->posonlyargcount = a->posonlyargs.n;
    u->argcount = a->posonlyargs.n + a->args.n;
    u->kwonlyargcount = a->kwonlyargs.n;
}

static int compile_lambda(Compiler *c, TwExpr *e) {
    TwArguments *a = e->u.lambda.args;
    int flags = 0;
    if (cc_defaults(c, a, &flags) < 0) {
        return -1;
    }
    if (cc_enter_unit(c, UNIT_LAMBDA, tw_str_intern_c("<lambda>"), e, e->pos.lineno) < 0) {
        return -1;
    }
    // None first, so that a lambda never has a docstring.
    if (cc_const(c, TW_NONE) < 0) {
        return -1;
    }
    set_arg_counts(c->u, a);
    cc_set_loc(c, e->u.lambda.body->pos);
    if (cc_expr(c, e->u.lambda.body) < 0) {
        return -1;
    }
    if (cc_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    TwCode *code = cc_assemble(c, false);
    cc_leave_unit(c);
    if (!code) {
        return -1;
    }
    return cc_make_closure(c, code, flags);
}

// Used by compile_stmt.c for `def`.
int cc_function_def(Compiler *c, TwStmt *s);
int cc_function_def(Compiler *c, TwStmt *s) {
    TwArguments *a = s->u.functiondef.args;
    TwExprList *decos = &s->u.functiondef.decorator_list;
    int firstlineno = s->pos.lineno;
    if (decos->n) {
        firstlineno = decos->items[0]->pos.lineno;
    }
    if (cc_exprs(c, decos) < 0) {
        return -1;
    }
    int flags = 0;
    if (cc_defaults(c, a, &flags) < 0 || compile_annotations(c, a, s->u.functiondef.returns, &flags) < 0) {
        return -1;
    }
    if (cc_enter_unit(c, UNIT_FUNCTION, s->u.functiondef.name, s, firstlineno) < 0) {
        return -1;
    }
    TwStmtList *body = &s->u.functiondef.body;
    TwValue doc = cc_docstring(body);
    if (cc_const(c, doc ? doc : TW_NONE) < 0) {
        return -1;
    }
    set_arg_counts(c->u, a);
    for (int i = doc ? 1 : 0; i < body->n; i++) {
        if (cc_stmt(c, body->items[i]) < 0) {
            return -1;
        }
    }
    TwCode *code = cc_assemble(c, true);
    cc_leave_unit(c);
    if (!code) {
        return -1;
    }
    if (cc_make_closure(c, code, flags) < 0) {
        return -1;
    }
    for (int i = decos->n - 1; i >= 0; i--) {
        cc_set_loc(c, decos->items[i]->pos);
        if (cc_emit(c, OP_CALL, 0) < 0) {
            return -1;
        }
    }
    cc_set_loc(c, s->pos);
    return cc_nameop(c, s->u.functiondef.name, TW_CTX_STORE);
}

// ---------------------------------------------------------------- comprehensions

static int comprehension_generator(Compiler *c, TwComprehensionList *gens, int index, int depth,
                                   TwExpr *elt, TwExpr *val, TwCompKind kind) {
    TwComprehension *gen = gens->items[index];
    int start = cc_new_label(c), if_cleanup = cc_new_label(c), anchor = cc_new_label(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0) {
        return -1;
    }
    bool loop = true;
    if (index == 0) {
        if (cc_emit(c, OP_LOAD_FAST, 0) < 0) {
            return -1;
        }
    } else {
        // `for y in [f(x)]`: a one-item display is just an assignment (not when it is a
        // constant: CPython's AST optimizer has made that a tuple constant first).
        TwExpr *it = gen->iter;
        if ((it->kind == TW_EXPR_LIST || it->kind == TW_EXPR_TUPLE) && it->u.list.elts.n == 1 &&
            it->u.list.elts.items[0]->kind != TW_EXPR_STARRED && !cc_fold(c, it->u.list.elts.items[0])) {
            if (cc_expr(c, it->u.list.elts.items[0]) < 0) {
                return -1;
            }
            loop = false;
        } else {
            if (cc_iterable(c, it) < 0 || cc_emit(c, OP_GET_ITER, 0) < 0) {
                return -1;
            }
        }
    }
    if (loop) {
        depth++;
        cc_bind(c, start);
        if (cc_emit(c, OP_FOR_ITER, anchor) < 0) {
            return -1;
        }
    }
    if (cc_expr(c, gen->target) < 0) {
        return -1;
    }
    for (int i = 0; i < gen->ifs.n; i++) {
        if (cc_jump_if(c, gen->ifs.items[i], if_cleanup, false) < 0) {
            return -1;
        }
    }
    if (index + 1 < gens->n) {
        if (comprehension_generator(c, gens, index + 1, depth, elt, val, kind) < 0) {
            return -1;
        }
    } else {
        switch (kind) {
        case TW_COMP_GEN:
            if (cc_expr(c, elt) < 0 || cc_emit(c, OP_YIELD_VALUE, 0) < 0 || cc_emit(c, OP_RESUME, 1) < 0 ||
                cc_emit(c, OP_POP_TOP, 0) < 0) {
                return -1;
            }
            break;
        case TW_COMP_LIST:
            if (cc_expr(c, elt) < 0 || cc_emit(c, OP_LIST_APPEND, depth + 1) < 0) {
                return -1;
            }
            break;
        case TW_COMP_SET:
            if (cc_expr(c, elt) < 0 || cc_emit(c, OP_SET_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        case TW_COMP_DICT:
            if (cc_expr(c, elt) < 0 || cc_expr(c, val) < 0 || cc_emit(c, OP_MAP_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        default:
            break;
        }
    }
    cc_bind(c, if_cleanup);
    if (loop) {
        if (cc_emit(c, PSEUDO_JUMP, start) < 0) {
            return -1;
        }
        cc_bind(c, anchor);
    }
    return 0;
}

static int compile_comprehension(Compiler *c, TwExpr *e, const char *name, TwCompKind kind,
                                 TwComprehensionList *gens, TwExpr *elt, TwExpr *val) {
    if (cc_enter_unit(c, UNIT_COMPREHENSION, tw_str_intern_c(name), e, e->pos.lineno) < 0) {
        return -1;
    }
    c->u->argcount = 1;
    cc_set_loc(c, e->pos);
    if (kind != TW_COMP_GEN) {
        int op = kind == TW_COMP_LIST ? OP_BUILD_LIST : kind == TW_COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP;
        if (cc_emit(c, op, 0) < 0) {
            return -1;
        }
    }
    if (comprehension_generator(c, gens, 0, 0, elt, val, kind) < 0) {
        return -1;
    }
    if (kind != TW_COMP_GEN && cc_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    TwCode *code = cc_assemble(c, true);
    cc_leave_unit(c);
    if (!code) {
        return -1;
    }
    if (cc_make_closure(c, code, 0) < 0) {
        return -1;
    }
    if (cc_iterable(c, gens->items[0]->iter) < 0 || cc_emit(c, OP_GET_ITER, 0) < 0) {
        return -1;
    }
    return cc_emit(c, OP_CALL, 0);
}

// ---------------------------------------------------------------- f-strings

static int compile_joined_str(Compiler *c, TwExpr *e) {
    TwExprList *v = &e->u.joinedstr.values;
    if (v->n > STACK_USE_GUIDELINE) {
        if (cc_load_const(c, tw_str_intern_c("")) < 0 || cc_emit_name(c, OP_LOAD_METHOD, tw_str_intern_c("join")) < 0 ||
            cc_emit(c, OP_BUILD_LIST, 0) < 0) {
            return -1;
        }
        for (int i = 0; i < v->n; i++) {
            if (cc_expr(c, v->items[i]) < 0 || cc_emit(c, OP_LIST_APPEND, 1) < 0) {
                return -1;
            }
        }
        return cc_emit(c, OP_CALL, 1);
    }
    if (cc_exprs(c, v) < 0) {
        return -1;
    }
    if (v->n != 1) {
        return cc_emit(c, OP_BUILD_STRING, v->n);
    }
    return 0;
}

static int compile_formatted_value(Compiler *c, TwExpr *e) {
    if (cc_expr(c, e->u.formattedvalue.value) < 0) {
        return -1;
    }
    int arg = 0;
    switch (e->u.formattedvalue.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (e->u.formattedvalue.format_spec) {
        if (cc_expr(c, e->u.formattedvalue.format_spec) < 0) {
            return -1;
        }
        arg |= 4;
    }
    return cc_emit(c, OP_FORMAT_VALUE, arg);
}

// ---------------------------------------------------------------- the expression switch

static bool in_function(Compiler *c) {
    Unit *u = c->u;
    return u->kind == UNIT_FUNCTION || u->kind == UNIT_LAMBDA || u->kind == UNIT_COMPREHENSION;
}

static int compile_yield_from_loop(Compiler *c) {
    int start = cc_new_label(c), exit = cc_new_label(c);
    if (start < 0 || exit < 0) {
        return -1;
    }
    cc_bind(c, start);
    if (cc_emit(c, OP_SEND, exit) < 0 || cc_emit(c, OP_YIELD_VALUE, 0) < 0 || cc_emit(c, OP_RESUME, 2) < 0 ||
        cc_emit(c, PSEUDO_JUMP, start) < 0) {
        return -1;
    }
    cc_bind(c, exit);
    return 0;
}

static int expr1(Compiler *c, TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_CONSTANT:
        return cc_load_const(c, e->u.constant.value);
    case TW_EXPR_NAME:
        return cc_nameop(c, e->u.name.id, e->u.name.ctx);
    case TW_EXPR_NAMEDEXPR:
        if (cc_expr(c, e->u.namedexpr.value) < 0 || cc_emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        return cc_expr(c, e->u.namedexpr.target);
    case TW_EXPR_BOOLOP: {
        int end = cc_new_label(c);
        if (end < 0) {
            return -1;
        }
        int op = e->u.boolop.op == TW_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        TwExprList *v = &e->u.boolop.values;
        for (int i = 0; i < v->n - 1; i++) {
            if (cc_expr(c, v->items[i]) < 0 || cc_emit(c, op, end) < 0) {
                return -1;
            }
        }
        if (cc_expr(c, v->items[v->n - 1]) < 0) {
            return -1;
        }
        cc_bind(c, end);
        return 0;
    }
    case TW_EXPR_BINOP: {
        TwValue k = cc_fold(c, e);
        if (k) {
            return cc_load_const(c, k);
        }
        if (cc_expr(c, e->u.binop.left) < 0 || cc_expr(c, e->u.binop.right) < 0) {
            return -1;
        }
        return cc_emit(c, OP_BINARY_OP, e->u.binop.op);
    }
    case TW_EXPR_UNARYOP: {
        TwValue k = cc_fold(c, e);
        if (k) {
            return cc_load_const(c, k);
        }
        if (cc_expr(c, e->u.unaryop.operand) < 0) {
            return -1;
        }
        static const int ops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE};
        return cc_emit(c, ops[e->u.unaryop.op], 0);
    }
    case TW_EXPR_LAMBDA:
        return compile_lambda(c, e);
    case TW_EXPR_IFEXP: {
        int end = cc_new_label(c), next = cc_new_label(c);
        if (end < 0 || next < 0 || cc_jump_if(c, e->u.ifexp.test, next, false) < 0 ||
            cc_expr(c, e->u.ifexp.body) < 0 || cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
            return -1;
        }
        cc_bind(c, next);
        if (cc_expr(c, e->u.ifexp.orelse) < 0) {
            return -1;
        }
        cc_bind(c, end);
        return 0;
    }
    case TW_EXPR_DICT:
        return compile_dict(c, e);
    case TW_EXPR_SET:
        return starunpack(c, &e->u.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case TW_EXPR_LISTCOMP:
        return compile_comprehension(c, e, "<listcomp>", TW_COMP_LIST, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_SETCOMP:
        return compile_comprehension(c, e, "<setcomp>", TW_COMP_SET, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_GENERATOREXP:
        return compile_comprehension(c, e, "<genexpr>", TW_COMP_GEN, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_DICTCOMP:
        return compile_comprehension(c, e, "<dictcomp>", TW_COMP_DICT, &e->u.dictcomp.generators, e->u.dictcomp.key,
                                     e->u.dictcomp.value);
    case TW_EXPR_AWAIT:
        cc_error(c, e->pos, "async/await is not supported yet");
        return -1;
    case TW_EXPR_YIELD:
        if (!in_function(c)) {
            cc_error(c, e->pos, "'yield' outside function");
            return -1;
        }
        if (e->u.yield.value) {
            if (cc_expr(c, e->u.yield.value) < 0) {
                return -1;
            }
        } else if (cc_load_const(c, TW_NONE) < 0) {
            return -1;
        }
        if (cc_emit(c, OP_YIELD_VALUE, 0) < 0) {
            return -1;
        }
        return cc_emit(c, OP_RESUME, 1);
    case TW_EXPR_YIELDFROM:
        if (!in_function(c)) {
            cc_error(c, e->pos, "'yield' outside function");
            return -1;
        }
        if (cc_expr(c, e->u.yieldfrom.value) < 0 || cc_emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0 ||
            cc_load_const(c, TW_NONE) < 0) {
            return -1;
        }
        return compile_yield_from_loop(c);
    case TW_EXPR_COMPARE:
        return compile_compare(c, e);
    case TW_EXPR_CALL:
        return compile_call(c, e);
    case TW_EXPR_FORMATTEDVALUE:
        return compile_formatted_value(c, e);
    case TW_EXPR_JOINEDSTR:
        return compile_joined_str(c, e);
    case TW_EXPR_ATTRIBUTE: {
        if (cc_expr(c, e->u.attribute.value) < 0) {
            return -1;
        }
        cc_update_loc_for_attr(c, e);
        TwExprCtx ctx = e->u.attribute.ctx;
        int op = ctx == TW_CTX_LOAD ? OP_LOAD_ATTR : ctx == TW_CTX_STORE ? OP_STORE_ATTR : OP_DELETE_ATTR;
        return cc_emit_name(c, op, e->u.attribute.attr);
    }
    case TW_EXPR_SUBSCRIPT: {
        if ((e->u.subscript.ctx == TW_CTX_LOAD && cc_check_subscript(c, e) < 0) ||
            cc_expr(c, e->u.subscript.value) < 0 || cc_expr(c, e->u.subscript.slice) < 0) {
            return -1;
        }
        TwExprCtx ctx = e->u.subscript.ctx;
        return cc_emit(c, ctx == TW_CTX_LOAD ? OP_BINARY_SUBSCR : ctx == TW_CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR, 0);
    }
    case TW_EXPR_STARRED:
        if (e->u.starred.ctx == TW_CTX_STORE) {
            cc_error(c, e->pos, "starred assignment target must be in a list or tuple");
        } else {
            cc_error(c, e->pos, "can't use starred expression here");
        }
        return -1;
    case TW_EXPR_SLICE: {
        int n = 2;
        if (e->u.slice.lower) {
            if (cc_expr(c, e->u.slice.lower) < 0) {
                return -1;
            }
        } else if (cc_load_const(c, TW_NONE) < 0) {
            return -1;
        }
        if (e->u.slice.upper) {
            if (cc_expr(c, e->u.slice.upper) < 0) {
                return -1;
            }
        } else if (cc_load_const(c, TW_NONE) < 0) {
            return -1;
        }
        if (e->u.slice.step) {
            if (cc_expr(c, e->u.slice.step) < 0) {
                return -1;
            }
            n = 3;
        }
        return cc_emit(c, OP_BUILD_SLICE, n);
    }
    case TW_EXPR_LIST:
    case TW_EXPR_TUPLE: {
        bool is_tuple = e->kind == TW_EXPR_TUPLE;
        switch (e->u.list.ctx) {
        case TW_CTX_STORE:
            return cc_unpack_assign(c, &e->u.list.elts, e->pos);
        case TW_CTX_DEL:
            return cc_exprs(c, &e->u.list.elts);
        case TW_CTX_LOAD:
            if (is_tuple) {
                TwValue k = cc_fold(c, e);
                if (k) {
                    return cc_load_const(c, k);
                }
            }
            return starunpack(c, &e->u.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, is_tuple);
        }
        return 0;
    }
    }
    return 0;
}

int cc_expr(Compiler *c, TwExpr *e) {
    TwPosition saved = c->u->loc;
    cc_set_loc(c, e->pos);
    int r = expr1(c, e);
    c->u->loc = saved;
    return r;
}
