// The compiler's SyntaxWarnings, as CPython 3.11 emits them while compiling: "is" with a
// literal, calling or subscripting a literal ("perhaps you missed a comma?") and an
// assert on a non-empty tuple. Each is checked when its node is compiled, so code the
// compiler emits twice (finally bodies) warns twice, as in CPython; a while loop's test,
// which CPython compiles twice and twinpy once, is walked again by cc_warn_again. When the
// filters turn a SyntaxWarning into an error, it becomes a SyntaxError at the node.
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

// ---------------------------------------------------------------- the second pass over a test

static int again(Compiler *c, TwExpr *e);

static int again_list(Compiler *c, TwExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (l->items[i] && again(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int again_opt(Compiler *c, TwExpr *e) {
    return e ? again(c, e) : 0;
}

// In CPython's compile order: the code object first (targets, conditions, inner loops,
// the element), then the outermost iterable, evaluated outside it.
static int again_comprehension(Compiler *c, TwComprehensionList *gens, TwExpr *elt, TwExpr *value) {
    for (int i = 0; i < gens->n; i++) {
        TwComprehension *g = gens->items[i];
        if ((i > 0 && again(c, g->iter) < 0) || again(c, g->target) < 0 || again_list(c, &g->ifs) < 0) {
            return -1;
        }
    }
    if (again(c, elt) < 0 || again_opt(c, value) < 0) {
        return -1;
    }
    return gens->n > 0 ? again(c, gens->items[0]->iter) : 0;
}

static int again(Compiler *c, TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_BOOLOP:
        return again_list(c, &e->u.boolop.values);
    case TW_EXPR_NAMEDEXPR:
        return again(c, e->u.namedexpr.value) < 0 ? -1 : again(c, e->u.namedexpr.target);
    case TW_EXPR_BINOP:
        return again(c, e->u.binop.left) < 0 ? -1 : again(c, e->u.binop.right);
    case TW_EXPR_UNARYOP:
        return again(c, e->u.unaryop.operand);
    case TW_EXPR_LAMBDA:
        if (again_list(c, &e->u.lambda.args->defaults) < 0 || again_list(c, &e->u.lambda.args->kw_defaults) < 0) {
            return -1;
        }
        return again(c, e->u.lambda.body);
    case TW_EXPR_IFEXP:
        if (again(c, e->u.ifexp.test) < 0 || again(c, e->u.ifexp.body) < 0) {
            return -1;
        }
        return again(c, e->u.ifexp.orelse);
    case TW_EXPR_DICT:
        for (int i = 0; i < e->u.dict.values.n; i++) {
            if (again_opt(c, e->u.dict.keys.items[i]) < 0 || again(c, e->u.dict.values.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_EXPR_SET:
        return again_list(c, &e->u.set.elts);
    case TW_EXPR_LIST:
    case TW_EXPR_TUPLE:
        return again_list(c, &e->u.list.elts);
    case TW_EXPR_LISTCOMP:
    case TW_EXPR_SETCOMP:
    case TW_EXPR_GENERATOREXP:
        return again_comprehension(c, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_DICTCOMP:
        return again_comprehension(c, &e->u.dictcomp.generators, e->u.dictcomp.key, e->u.dictcomp.value);
    case TW_EXPR_AWAIT:
        return again(c, e->u.await.value);
    case TW_EXPR_YIELD:
        return again_opt(c, e->u.yield.value);
    case TW_EXPR_YIELDFROM:
        return again(c, e->u.yieldfrom.value);
    case TW_EXPR_COMPARE:
        if (cc_check_compare(c, e) < 0 || again(c, e->u.compare.left) < 0) {
            return -1;
        }
        return again_list(c, &e->u.compare.comparators);
    case TW_EXPR_CALL:
        if (cc_check_call(c, e) < 0 || again(c, e->u.call.func) < 0 || again_list(c, &e->u.call.args) < 0) {
            return -1;
        }
        for (int i = 0; i < e->u.call.keywords.n; i++) {
            if (again(c, e->u.call.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_EXPR_FORMATTEDVALUE:
        return again(c, e->u.formattedvalue.value) < 0 ? -1 : again_opt(c, e->u.formattedvalue.format_spec);
    case TW_EXPR_JOINEDSTR:
        return again_list(c, &e->u.joinedstr.values);
    case TW_EXPR_ATTRIBUTE:
        return again(c, e->u.attribute.value);
    case TW_EXPR_SUBSCRIPT:
        if (e->u.subscript.ctx == TW_CTX_LOAD && cc_check_subscript(c, e) < 0) {
            return -1;
        }
        return again(c, e->u.subscript.value) < 0 ? -1 : again(c, e->u.subscript.slice);
    case TW_EXPR_STARRED:
        return again(c, e->u.starred.value);
    case TW_EXPR_SLICE:
        if (again_opt(c, e->u.slice.lower) < 0 || again_opt(c, e->u.slice.upper) < 0) {
            return -1;
        }
        return again_opt(c, e->u.slice.step);
    case TW_EXPR_CONSTANT:
    case TW_EXPR_NAME:
        return 0;
    }
    return 0;
}

int cc_warn_again(Compiler *c, TwExpr *e) {
    return again(c, e);
}
