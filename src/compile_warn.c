// The compiler's SyntaxWarnings, as CPython 3.11 emits them while compiling: "is" with a
// literal, calling or subscripting a literal ("perhaps you missed a comma?") and an
// assert on a non-empty tuple. Each is checked when its node is compiled, so code the
// compiler emits twice (finally bodies, a while loop's test) warns twice, as in CPython.
// When the filters turn a SyntaxWarning into an error, it becomes a SyntaxError at the node.
#include <stdio.h>

#include "compile_int.h"
#include "warnings.h"

static int warn(Compiler *c, TwPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return -1;
    }
    if (tw_warn_explicit(tw_from_obj(&tw_type_SyntaxWarning), msg, c->filename, pos.lineno, TW_NULL, TW_NULL) == 0) {
        return 0;
    }
    if (tw_error_matches(&tw_type_SyntaxWarning)) {
        tw_error_clear();
        cc_error(c, pos, "%U", msg);
    }
    return -1;
}

// The constant an expression is after CPython's AST optimizer folds it, or TW_NULL.
static TwValue constant_of(Compiler *c, TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_CONSTANT:
    case TW_EXPR_UNARYOP:
    case TW_EXPR_BINOP:
    case TW_EXPR_TUPLE:
        return cc_fold(c, e);
    default:
        return TW_NULL;
    }
}

// The type of the value an expression certainly makes (CPython's infer_type), or NULL.
static TwType *infer_type(Compiler *c, TwExpr *e) {
    TwValue k = constant_of(c, e);
    if (k) {
        return tw_type_of(k);
    }
    switch (e->kind) {
    case TW_EXPR_TUPLE:
        return &tw_type_tuple;
    case TW_EXPR_LIST:
    case TW_EXPR_LISTCOMP:
        return &tw_type_list;
    case TW_EXPR_DICT:
    case TW_EXPR_DICTCOMP:
        return &tw_type_dict;
    case TW_EXPR_SET:
    case TW_EXPR_SETCOMP:
        return &tw_type_set;
    case TW_EXPR_GENERATOREXP:
        return &tw_type_generator;
    case TW_EXPR_LAMBDA:
        return &tw_type_function;
    case TW_EXPR_JOINEDSTR:
    case TW_EXPR_FORMATTEDVALUE:
        return &tw_type_str;
    default:
        return NULL;
    }
}

// An operand `is` may sensibly compare: anything but a literal other than the singletons.
static bool is_arg_ok(Compiler *c, TwExpr *e) {
    TwValue k = constant_of(c, e);
    return !k || k == TW_NONE || k == TW_TRUE || k == TW_FALSE || k == TW_ELLIPSIS;
}

int cc_check_compare(Compiler *c, TwExpr *e) {
    bool left = is_arg_ok(c, e->u.compare.left);
    for (int i = 0; i < e->u.compare.n; i++) {
        TwCmpOpKind op = e->u.compare.ops[i];
        bool right = is_arg_ok(c, e->u.compare.comparators.items[i]);
        if ((op == TW_CMPOP_IS || op == TW_CMPOP_ISNOT) && (!left || !right)) {
            return warn(c, e->pos, op == TW_CMPOP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                     : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left = right;
    }
    return 0;
}

int cc_check_call(Compiler *c, TwExpr *e) {
    TwExpr *f = e->u.call.func;
    switch (f->kind) {
    case TW_EXPR_CONSTANT:
    case TW_EXPR_TUPLE:
    case TW_EXPR_LIST:
    case TW_EXPR_LISTCOMP:
    case TW_EXPR_DICT:
    case TW_EXPR_DICTCOMP:
    case TW_EXPR_SET:
    case TW_EXPR_SETCOMP:
    case TW_EXPR_GENERATOREXP:
    case TW_EXPR_JOINEDSTR:
    case TW_EXPR_FORMATTEDVALUE:
        break;
    case TW_EXPR_UNARYOP:
    case TW_EXPR_BINOP:
        if (constant_of(c, f)) {
            break;
        }
        return 0;
    default:
        return 0;
    }
    return warn(c, e->pos, "'%s' object is not callable; perhaps you missed a comma?",
                tw_type_cname(infer_type(c, f)));
}

int cc_check_subscript(Compiler *c, TwExpr *e) {
    TwExpr *v = e->u.subscript.value;
    TwValue k = constant_of(c, v);
    bool bad_value;
    if (k) {
        TwType *t = tw_type_of(k);
        bad_value = k == TW_NONE || k == TW_ELLIPSIS || tw_is_intlike(k) || t == &tw_type_float ||
                    t == &tw_type_complex || t == &tw_type_set || t == &tw_type_frozenset;
    } else {
        bad_value = v->kind == TW_EXPR_SET || v->kind == TW_EXPR_SETCOMP || v->kind == TW_EXPR_GENERATOREXP ||
                    v->kind == TW_EXPR_LAMBDA;
    }
    if (bad_value) {
        return warn(c, e->pos, "'%s' object is not subscriptable; perhaps you missed a comma?",
                    tw_type_cname(infer_type(c, v)));
    }
    TwType *index = infer_type(c, e->u.subscript.slice);
    if (!index || index == &tw_type_int || index == &tw_type_bool || index == &tw_type_slice) {
        return 0;
    }
    bool sequence;
    if (k) {
        TwType *t = tw_type_of(k);
        sequence = t == &tw_type_str || t == &tw_type_bytes || t == &tw_type_tuple;
    } else {
        sequence = v->kind == TW_EXPR_TUPLE || v->kind == TW_EXPR_LIST || v->kind == TW_EXPR_LISTCOMP ||
                   v->kind == TW_EXPR_JOINEDSTR || v->kind == TW_EXPR_FORMATTEDVALUE;
    }
    if (!sequence) {
        return 0;
    }
    return warn(c, e->pos, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                tw_type_cname(infer_type(c, v)), tw_type_cname(index));
}

int cc_check_assert(Compiler *c, TwStmt *s) {
    TwExpr *t = s->u.assert_.test;
    if (t->kind == TW_EXPR_TUPLE && t->u.list.elts.n > 0) {
        return warn(c, s->pos, "assertion is always true, perhaps remove parentheses?");
    }
    return 0;
}
