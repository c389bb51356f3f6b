// Expressions: precedence climbing by one function per grammar level (as CPython's
// grammar), plus targets (context checks with CPython's messages), call arguments,
// comprehensions, displays, subscripts/slices and parameter lists.
#include "parse.h"

#include "gc.h"

static TwExpr *p_atom(Parser *p);
static TwExpr *p_lambdef(Parser *p);

bool starts_expression(Parser *p, TwToken *t) {
    switch (t->type) {
    case TK_NAME:
        switch (t->kw) {
        case KW_NONE_: case KW_FALSE: case KW_NONE: case KW_TRUE: case KW_NOT: case KW_LAMBDA:
        case KW_AWAIT:
            return true;
        default:
            return false;
        }
    case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB: case TK_LBRACE: case TK_MINUS:
    case TK_PLUS: case TK_TILDE: case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static TwExprList list1(Parser *p, TwExpr *e) {
    TwExprList l;
    l.n = 1;
    l.items = p_alloc(p, sizeof(TwExpr *));
    l.items[0] = e;
    return l;
}

// ---------------------------------------------------------------- target checks

static const char *expr_name(TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_ATTRIBUTE: return "attribute";
    case TW_EXPR_SUBSCRIPT: return "subscript";
    case TW_EXPR_STARRED: return "starred";
    case TW_EXPR_NAME: return "name";
    case TW_EXPR_LIST: return "list";
    case TW_EXPR_TUPLE: return "tuple";
    case TW_EXPR_LAMBDA: return "lambda";
    case TW_EXPR_CALL: return "function call";
    case TW_EXPR_BOOLOP: case TW_EXPR_BINOP: case TW_EXPR_UNARYOP: return "expression";
    case TW_EXPR_GENERATOREXP: return "generator expression";
    case TW_EXPR_YIELD: case TW_EXPR_YIELDFROM: return "yield expression";
    case TW_EXPR_AWAIT: return "await expression";
    case TW_EXPR_LISTCOMP: return "list comprehension";
    case TW_EXPR_SETCOMP: return "set comprehension";
    case TW_EXPR_DICTCOMP: return "dict comprehension";
    case TW_EXPR_DICT: return "dict literal";
    case TW_EXPR_SET: return "set display";
    case TW_EXPR_JOINEDSTR: case TW_EXPR_FORMATTEDVALUE: return "f-string expression";
    case TW_EXPR_CONSTANT: {
        TwValue v = e->u.constant.value;
        if (v == TW_NONE) {
            return "None";
        }
        if (v == TW_TRUE) {
            return "True";
        }
        if (v == TW_FALSE) {
            return "False";
        }
        if (v == TW_ELLIPSIS) {
            return "ellipsis";
        }
        return "literal";
    }
    case TW_EXPR_COMPARE: return "comparison";
    case TW_EXPR_IFEXP: return "conditional expression";
    case TW_EXPR_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}
const char *p_expr_name(TwExpr *e);
const char *p_expr_name(TwExpr *e) { return expr_name(e); }

// The first sub-target that cannot be assigned to (CPython's _PyPegen_get_invalid_target).
static TwExpr *invalid_target(TwExpr *e, int kind) {   // kind 0 star, 1 del, 2 for
    switch (e->kind) {
    case TW_EXPR_LIST: case TW_EXPR_TUPLE:
        for (int i = 0; i < e->u.list.elts.n; i++) {
            TwExpr *r = invalid_target(e->u.list.elts.items[i], kind);
            if (r) {
                return r;
            }
        }
        return NULL;
    case TW_EXPR_STARRED:
        if (kind == 1) {
            return e;
        }
        return invalid_target(e->u.starred.value, kind);
    case TW_EXPR_COMPARE:
        if (kind == 2 && e->u.compare.ops[0] == TW_CMPOP_IN) {
            return invalid_target(e->u.compare.left, kind);
        }
        return e;
    case TW_EXPR_NAME: case TW_EXPR_SUBSCRIPT: case TW_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}
TwExpr *p_invalid_target(TwExpr *e, int kind);
TwExpr *p_invalid_target(TwExpr *e, int kind) { return invalid_target(e, kind); }

static void set_ctx_rec(TwExpr *e, TwExprCtx ctx) {
    switch (e->kind) {
    case TW_EXPR_NAME: e->u.name.ctx = ctx; break;
    case TW_EXPR_ATTRIBUTE: e->u.attribute.ctx = ctx; break;
    case TW_EXPR_SUBSCRIPT: e->u.subscript.ctx = ctx; break;
    case TW_EXPR_STARRED:
        e->u.starred.ctx = ctx;
        set_ctx_rec(e->u.starred.value, ctx);
        break;
    case TW_EXPR_LIST: case TW_EXPR_TUPLE:
        e->u.list.ctx = ctx;
        for (int i = 0; i < e->u.list.elts.n; i++) {
            set_ctx_rec(e->u.list.elts.items[i], ctx);
        }
        break;
    default:
        break;
    }
}

void p_set_ctx(Parser *p, TwExpr *e, TwExprCtx ctx, bool augassign, bool del) {
    TwExpr *bad = invalid_target(e, del ? 1 : 0);
    if (bad) {
        p_error_pos(p, bad->pos, del ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
    }
    set_ctx_rec(e, ctx);
}

// ---------------------------------------------------------------- atoms

TwValue p_name_value(Parser *p, TwToken *t) {
    TwValue s = tw_str_new(p->lx->src + t->start, t->end - t->start);
    if (!s) {
        p_fail(p);
    }
    // CPython normalises non-ASCII identifiers with NFKC; we keep them as written.
    return p_keep(p, tw_str_intern(s));
}

static TwExpr *name_expr(Parser *p, TwToken *t) {
    TwExpr *e = new_expr(p, TW_EXPR_NAME, pos_tok(t));
    e->u.name.id = p_name_value(p, t);
    e->u.name.ctx = TW_CTX_LOAD;
    return e;
}

static TwExpr *constant(Parser *p, TwValue v, TwPos pos) {
    TwExpr *e = new_expr(p, TW_EXPR_CONSTANT, pos);
    e->u.constant.value = v;
    return e;
}

// for/async for clauses of a comprehension; the current token is 'for' or 'async'.
static TwComprehensionList comprehension_clauses(Parser *p) {
    PVec v = {0};
    while (at_kw(p, KW_FOR) || (at_kw(p, KW_ASYNC) && tk_at(p, 1)->kw == KW_FOR)) {
        TwComprehension *c = p_alloc(p, sizeof *c);
        if (accept_kw(p, KW_ASYNC)) {
            c->is_async = 1;
        }
        advance(p);   // for
        c->target = p_star_targets(p);
        if (!at_kw(p, KW_IN)) {
            p_syntax_error(p);
        }
        advance(p);
        c->iter = p_disjunction(p);
        PVec ifs = {0};
        while (accept_kw(p, KW_IF)) {
            vec_push(p, &ifs, p_disjunction(p));
        }
        c->ifs = vec_exprs(&ifs);
        vec_push(p, &v, c);
    }
    TwComprehensionList l = {v.n, (TwComprehension **)v.items};
    return l;
}

static bool at_comp_for(Parser *p) {
    return at_kw(p, KW_FOR) || (at_kw(p, KW_ASYNC) && tk_at(p, 1)->kw == KW_FOR);
}

static TwExpr *star_named_expression(Parser *p) {
    if (at(p, TK_STAR)) {
        TwToken *s = advance(p);
        TwExpr *v = p_bitwise_or(p);
        TwExpr *e = new_expr(p, TW_EXPR_STARRED, span(p, s));
        e->u.starred.value = v;
        e->u.starred.ctx = TW_CTX_LOAD;
        return e;
    }
    return p_named_expression(p);
}

// Inside brackets, two expressions in a row most likely miss a comma.
static void check_missing_comma(Parser *p, TwExpr *a) {
    TwToken *t = tk(p);
    if (!starts_expression(p, t) && !(t->type == TK_NAME && t->kw == 0)) {
        return;
    }
    if (t->type == TK_STRING && a->kind == TW_EXPR_NAME) {
        return;   // NAME STRING: maybe a legacy prefix; CPython says invalid syntax
    }
    int save = p->pos;
    jmp_buf jb, *old = p->jb;
    p->jb = &jb;
    if (setjmp(jb) == 0) {
        TwExpr *b = p_expression(p);
        p->jb = old;
        p_error_range(p, &tw_type_SyntaxError, a->pos.lineno, a->pos.col, b->pos.end_lineno, b->pos.end_col,
                      "invalid syntax. Perhaps you forgot a comma?");
    }
    p->jb = old;
    tw_error_clear();
    p->pos = save;
}

// ( ... ): a group, tuple, generator expression or yield.
static TwExpr *paren_atom(Parser *p) {
    TwToken *open = advance(p);
    p->in_brackets++;
    if (at(p, TK_RPAR)) {
        TwToken *close = advance(p);
        p->in_brackets--;
        TwExpr *e = new_expr(p, TW_EXPR_TUPLE, pos_tok_span(open, close));
        e->u.list.ctx = TW_CTX_LOAD;
        return e;
    }
    if (at_kw(p, KW_YIELD)) {
        TwExpr *y = p_yield_expr(p);
        p_expect(p, TK_RPAR);
        p->in_brackets--;
        return y;
    }
    TwExpr *first = star_named_expression(p);
    if (at_comp_for(p)) {
        if (first->kind == TW_EXPR_STARRED) {
            p_error_pos(p, first->pos, "iterable unpacking cannot be used in comprehension");
        }
        TwComprehensionList gens = comprehension_clauses(p);
        TwToken *close = p_expect(p, TK_RPAR);
        p->in_brackets--;
        TwExpr *e = new_expr(p, TW_EXPR_GENERATOREXP, pos_tok_span(open, close));
        e->u.listcomp.elt = first;
        e->u.listcomp.generators = gens;
        return e;
    }
    if (at(p, TK_RPAR)) {
        advance(p);
        p->in_brackets--;
        if (first->kind == TW_EXPR_STARRED) {
            p_error_pos(p, first->pos, "cannot use starred expression here");
        }
        return first;
    }
    if (!at(p, TK_COMMA)) {
        check_missing_comma(p, first);
        p_syntax_error(p);
    }
    PVec v = {0};
    vec_push(p, &v, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RPAR)) {
            break;
        }
        TwExpr *e = star_named_expression(p);
        vec_push(p, &v, e);
        if (!at(p, TK_COMMA) && !at(p, TK_RPAR)) {
            check_missing_comma(p, e);
        }
    }
    TwToken *close = p_expect(p, TK_RPAR);
    p->in_brackets--;
    TwExpr *e = new_expr(p, TW_EXPR_TUPLE, pos_tok_span(open, close));
    e->u.list.elts = vec_exprs(&v);
    e->u.list.ctx = TW_CTX_LOAD;
    return e;
}

static TwExpr *list_atom(Parser *p) {
    TwToken *open = advance(p);
    p->in_brackets++;
    PVec v = {0};
    if (!at(p, TK_RSQB)) {
        TwExpr *first = star_named_expression(p);
        if (at_comp_for(p)) {
            if (first->kind == TW_EXPR_STARRED) {
                p_error_pos(p, first->pos, "iterable unpacking cannot be used in comprehension");
            }
            TwComprehensionList gens = comprehension_clauses(p);
            TwToken *close = p_expect(p, TK_RSQB);
            p->in_brackets--;
            TwExpr *e = new_expr(p, TW_EXPR_LISTCOMP, pos_tok_span(open, close));
            e->u.listcomp.elt = first;
            e->u.listcomp.generators = gens;
            return e;
        }
        vec_push(p, &v, first);
        if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) {
            check_missing_comma(p, first);
        }
        while (accept(p, TK_COMMA)) {
            if (at(p, TK_RSQB)) {
                break;
            }
            TwExpr *e = star_named_expression(p);
            vec_push(p, &v, e);
            if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) {
                check_missing_comma(p, e);
            }
        }
    }
    TwToken *close = p_expect(p, TK_RSQB);
    p->in_brackets--;
    TwExpr *e = new_expr(p, TW_EXPR_LIST, pos_tok_span(open, close));
    e->u.list.elts = vec_exprs(&v);
    e->u.list.ctx = TW_CTX_LOAD;
    return e;
}

// The value after "key:" in a dict display, with CPython's messages for the usual slips.
static TwExpr *dict_value(Parser *p) {
    if (at(p, TK_RBRACE) || at(p, TK_COMMA)) {
        p_error_tok(p, prev_tok(p), "expression expected after dictionary key and ':'");
    }
    if (at(p, TK_STAR)) {
        TwToken *s = advance(p);
        p_bitwise_or(p);
        p_error_range(p, &tw_type_SyntaxError, s->lineno, s->col, prev_tok(p)->end_lineno, prev_tok(p)->end_col,
                      "cannot use a starred expression in a dictionary value");
    }
    return p_expression(p);
}

static TwExpr *brace_atom(Parser *p) {
    TwToken *open = advance(p);
    p->in_brackets++;
    if (at(p, TK_RBRACE)) {
        TwToken *close = advance(p);
        p->in_brackets--;
        return new_expr(p, TW_EXPR_DICT, pos_tok_span(open, close));
    }
    PVec keys = {0}, values = {0};
    bool is_dict;
    if (at(p, TK_DOUBLESTAR)) {
        advance(p);
        vec_push(p, &keys, NULL);
        vec_push(p, &values, p_bitwise_or(p));
        is_dict = true;
    } else {
        TwExpr *first = star_named_expression(p);
        if (at(p, TK_COLON) && first->kind != TW_EXPR_STARRED) {
            if (first->kind == TW_EXPR_NAMEDEXPR && open[1].type != TK_LPAR) {
                p_syntax_error(p);
            }
            advance(p);
            TwExpr *val = dict_value(p);
            if (at_comp_for(p)) {
                TwComprehensionList gens = comprehension_clauses(p);
                TwToken *close = p_expect(p, TK_RBRACE);
                p->in_brackets--;
                TwExpr *e = new_expr(p, TW_EXPR_DICTCOMP, pos_tok_span(open, close));
                e->u.dictcomp.key = first;
                e->u.dictcomp.value = val;
                e->u.dictcomp.generators = gens;
                return e;
            }
            vec_push(p, &keys, first);
            vec_push(p, &values, val);
            is_dict = true;
        } else {
            if (at_comp_for(p)) {
                if (first->kind == TW_EXPR_STARRED) {
                    p_error_pos(p, first->pos, "iterable unpacking cannot be used in comprehension");
                }
                TwComprehensionList gens = comprehension_clauses(p);
                TwToken *close = p_expect(p, TK_RBRACE);
                p->in_brackets--;
                TwExpr *e = new_expr(p, TW_EXPR_SETCOMP, pos_tok_span(open, close));
                e->u.listcomp.elt = first;
                e->u.listcomp.generators = gens;
                return e;
            }
            vec_push(p, &values, first);
            is_dict = false;
        }
    }
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RBRACE)) {
            break;
        }
        if (is_dict) {
            if (accept(p, TK_DOUBLESTAR)) {
                vec_push(p, &keys, NULL);
                vec_push(p, &values, p_bitwise_or(p));
            } else {
                TwExpr *k = p_expression(p);
                if (!at(p, TK_COLON)) {
                    p_error_range(p, &tw_type_SyntaxError, k->pos.lineno, k->pos.end_col - 1, k->pos.end_lineno,
                                  -1000, "':' expected after dictionary key");
                }
                advance(p);
                vec_push(p, &keys, k);
                vec_push(p, &values, dict_value(p));
            }
        } else {
            vec_push(p, &values, star_named_expression(p));
        }
    }
    if (!at(p, TK_RBRACE) && values.n > 0) {
        check_missing_comma(p, values.items[values.n - 1]);
    }
    TwToken *close = p_expect(p, TK_RBRACE);
    p->in_brackets--;
    TwExpr *e = new_expr(p, is_dict ? TW_EXPR_DICT : TW_EXPR_SET, pos_tok_span(open, close));
    if (is_dict) {
        e->u.dict.keys = vec_exprs(&keys);
        e->u.dict.values = vec_exprs(&values);
    } else {
        e->u.set.elts = vec_exprs(&values);
    }
    return e;
}

static TwExpr *p_atom(Parser *p) {
    TwToken *t = tk(p);
    switch (t->type) {
    case TK_NAME:
        switch (t->kw) {
        case KW_NONE_:
            advance(p);
            return name_expr(p, t);
        case KW_TRUE:
            advance(p);
            return constant(p, TW_TRUE, pos_tok(t));
        case KW_FALSE:
            advance(p);
            return constant(p, TW_FALSE, pos_tok(t));
        case KW_NONE:
            advance(p);
            return constant(p, TW_NONE, pos_tok(t));
        default:
            p_syntax_error(p);
        }
    case TK_NUMBER:
        advance(p);
        return p_number(p, t);
    case TK_STRING:
        return p_strings(p);
    case TK_ELLIPSIS:
        advance(p);
        return constant(p, TW_ELLIPSIS, pos_tok(t));
    case TK_LPAR:
        return paren_atom(p);
    case TK_LSQB:
        return list_atom(p);
    case TK_LBRACE:
        return brace_atom(p);
    default:
        p_syntax_error(p);
    }
}

// ---------------------------------------------------------------- primaries

static TwExpr *slice_item(Parser *p) {
    // [lower] ':' [upper] [':' [step]]  |  named_expression  | '*' expression
    TwToken *start = tk(p);
    TwExpr *lower = NULL;
    if (at(p, TK_STAR)) {
        return star_named_expression(p);
    }
    if (!at(p, TK_COLON)) {
        lower = p_named_expression(p);
        if (!at(p, TK_COLON)) {
            return lower;
        }
        if (lower->kind == TW_EXPR_NAMEDEXPR && start->type != TK_LPAR) {
            p_syntax_error(p);
        }
    }
    TwToken *last = advance(p);   // ':'
    TwExpr *upper = NULL, *step = NULL;
    if (!at(p, TK_COLON) && !at(p, TK_COMMA) && !at(p, TK_RSQB)) {
        upper = p_expression(p);
        last = prev_tok(p);
    }
    if (at(p, TK_COLON)) {
        last = advance(p);
        if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) {
            step = p_expression(p);
            last = prev_tok(p);
        }
    }
    TwExpr *e = new_expr(p, TW_EXPR_SLICE, pos_tok_span(start, last));
    e->u.slice.lower = lower;
    e->u.slice.upper = upper;
    e->u.slice.step = step;
    return e;
}

static TwExpr *slices(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *first = slice_item(p);
    if (!at(p, TK_COMMA)) {
        if (first->kind == TW_EXPR_STARRED) {
            // a[*b] is a one-element tuple
            TwExpr *e = new_expr(p, TW_EXPR_TUPLE, first->pos);
            e->u.list.elts = list1(p, first);
            e->u.list.ctx = TW_CTX_LOAD;
            return e;
        }
        return first;
    }
    PVec v = {0};
    vec_push(p, &v, first);
    TwPos end = first->pos;
    while (accept(p, TK_COMMA)) {
        end = pos_tok(prev_tok(p));
        if (at(p, TK_RSQB)) {
            break;
        }
        TwExpr *e = slice_item(p);
        vec_push(p, &v, e);
        end = e->pos;
    }
    (void)end;
    TwExpr *e = new_expr(p, TW_EXPR_TUPLE, span(p, st));
    e->u.list.elts = vec_exprs(&v);
    e->u.list.ctx = TW_CTX_LOAD;
    return e;
}

// The token closing the current bracket (CPython reports some argument errors there,
// after its parser has read all the arguments).
static TwToken *closing_token(Parser *p) {
    int depth = 0;
    for (int i = p->pos; i < p->ntoks; i++) {
        int ty = p->t[i].type;
        if (ty == TK_LPAR || ty == TK_LSQB || ty == TK_LBRACE) {
            depth++;
        } else if (ty == TK_RPAR || ty == TK_RSQB || ty == TK_RBRACE) {
            if (depth-- == 0) {
                return &p->t[i];
            }
        } else if (ty == TK_NEWLINE || ty == TK_ENDMARKER) {
            return &p->t[i];
        }
    }
    return tk(p);
}

void p_call_args(Parser *p, TwExprList *args, TwKeywordList *kws, int close) {
    PVec a = {0}, k = {0};
    bool seen_kw = false, seen_dstar = false;
    while (!at(p, close)) {
        TwToken *start = tk(p);
        if (at(p, TK_DOUBLESTAR)) {
            advance(p);
            TwExpr *v = p_expression(p);
            TwKeyword *kw = p_alloc(p, sizeof *kw);
            kw->value = v;
            kw->pos = span(p, start);
            vec_push(p, &k, kw);
            seen_kw = seen_dstar = true;
        } else if (at(p, TK_STAR)) {
            advance(p);
            TwExpr *v = p_expression(p);
            TwExpr *e = new_expr(p, TW_EXPR_STARRED, span(p, start));
            e->u.starred.value = v;
            e->u.starred.ctx = TW_CTX_LOAD;
            if (seen_dstar) {
                p_error_tok(p, start, "iterable argument unpacking follows keyword argument unpacking");
            }
            vec_push(p, &a, e);
        } else if (at_name(p) && tk_at(p, 1)->type == TK_EQUAL) {
            advance(p);
            advance(p);
            TwExpr *v = p_expression(p);
            TwKeyword *kw = p_alloc(p, sizeof *kw);
            kw->arg = p_name_value(p, start);
            kw->value = v;
            kw->pos = span(p, start);
            vec_push(p, &k, kw);
            seen_kw = true;
        } else {
            TwExpr *e = p_named_expression(p);
            if (at_comp_for(p)) {
                TwComprehensionList gens = comprehension_clauses(p);
                TwToken *last = prev_tok(p);
                // a lone generator argument takes the call's parentheses
                bool alone = a.n == 0 && k.n == 0 && at(p, close);
                TwToken *open = start;
                if (alone) {
                    open = &p->t[start - p->t - 1];
                    last = tk(p);
                }
                TwExpr *g = new_expr(p, TW_EXPR_GENERATOREXP, pos_tok_span(open, last));
                g->u.listcomp.elt = e;
                g->u.listcomp.generators = gens;
                if (!alone) {
                    p_error_range(p, &tw_type_SyntaxError, e->pos.lineno, e->pos.col, last->end_lineno,
                                  last->end_col, "Generator expression must be parenthesized");
                }
                e = g;
            } else if (at(p, TK_EQUAL)) {
                // f(a.b=1), f(1=2)
                TwToken *eq = tk(p);
                if (e->kind == TW_EXPR_CONSTANT &&
                    (e->u.constant.value == TW_TRUE || e->u.constant.value == TW_FALSE || e->u.constant.value == TW_NONE)) {
                    p_error_range(p, &tw_type_SyntaxError, e->pos.lineno, e->pos.col, eq->end_lineno, eq->end_col,
                                  "cannot assign to %s", p_expr_name(e));
                }
                p_error_range(p, &tw_type_SyntaxError, e->pos.lineno, e->pos.col, eq->end_lineno, eq->end_col,
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_kw) {
                TwToken *ct = closing_token(p);
                if (seen_dstar) {
                    p_error_tok(p, ct, "positional argument follows keyword argument unpacking");
                }
                p_error_tok(p, ct, "positional argument follows keyword argument");
            }
            vec_push(p, &a, e);
        }
        if (!accept(p, TK_COMMA)) {
            if (!at(p, close)) {
                TwExpr *last = k.n && (a.n == 0 || ((TwKeyword *)k.items[k.n - 1])->pos.end_col >= 0)
                                   ? ((TwKeyword *)k.items[k.n - 1])->value : NULL;
                if (a.n && (!last || ((TwExpr *)a.items[a.n - 1])->pos.end_lineno > last->pos.end_lineno ||
                            (((TwExpr *)a.items[a.n - 1])->pos.end_lineno == last->pos.end_lineno &&
                             ((TwExpr *)a.items[a.n - 1])->pos.end_col > last->pos.end_col))) {
                    last = a.items[a.n - 1];
                }
                if (last) {
                    check_missing_comma(p, last);
                }
            }
            break;
        }
    }
    *args = vec_exprs(&a);
    kws->n = k.n;
    kws->items = (TwKeyword **)k.items;
}

TwExpr *p_primary(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_atom(p);
    for (;;) {
        TwToken *t = tk(p);
        if (t->type == TK_DOT) {
            advance(p);
            if (!at_name(p) && !at(p, TK_NAME)) {
                p_syntax_error(p);
            }
            if (tk(p)->kw) {
                p_syntax_error(p);
            }
            TwToken *n = advance(p);
            TwExpr *a = new_expr(p, TW_EXPR_ATTRIBUTE, span(p, st));
            a->u.attribute.value = e;
            a->u.attribute.attr = p_name_value(p, n);
            a->u.attribute.ctx = TW_CTX_LOAD;
            e = a;
        } else if (t->type == TK_LPAR) {
            advance(p);
            p->in_brackets++;
            TwExpr *c = new_expr(p, TW_EXPR_CALL, e->pos);
            c->u.call.func = e;
            p_call_args(p, &c->u.call.args, &c->u.call.keywords, TK_RPAR);
            TwToken *close = p_expect(p, TK_RPAR);
            p->in_brackets--;
            c->pos = span(p, st);
            (void)close;
            e = c;
        } else if (t->type == TK_LSQB) {
            advance(p);
            p->in_brackets++;
            TwExpr *s = slices(p);
            TwToken *close = p_expect(p, TK_RSQB);
            p->in_brackets--;
            TwExpr *x = new_expr(p, TW_EXPR_SUBSCRIPT, span(p, st));
            (void)close;
            x->u.subscript.value = e;
            x->u.subscript.slice = s;
            x->u.subscript.ctx = TW_CTX_LOAD;
            e = x;
        } else {
            return e;
        }
    }
}

// ---------------------------------------------------------------- operators

static TwExpr *binop(Parser *p, TwToken *st, TwExpr *l, int op, TwExpr *r) {
    TwExpr *e = new_expr(p, TW_EXPR_BINOP, span(p, st));
    e->u.binop.left = l;
    e->u.binop.op = op;
    e->u.binop.right = r;
    return e;
}

static TwExpr *p_factor(Parser *p);

static TwExpr *p_power(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e;
    if (at_kw(p, KW_AWAIT)) {
        TwToken *a = advance(p);
        TwExpr *v = p_primary(p);
        e = new_expr(p, TW_EXPR_AWAIT, span(p, a));
        e->u.await.value = v;
    } else {
        e = p_primary(p);
    }
    if (accept(p, TK_DOUBLESTAR)) {
        TwExpr *r = p_factor(p);
        return binop(p, st, e, TW_OP_POW, r);
    }
    return e;
}

static TwExpr *p_factor(Parser *p) {
    TwToken *t = tk(p);
    int op;
    switch (t->type) {
    case TK_PLUS: op = TW_UNARY_UADD; break;
    case TK_MINUS: op = TW_UNARY_USUB; break;
    case TK_TILDE: op = TW_UNARY_INVERT; break;
    default: return p_power(p);
    }
    advance(p);
    TwExpr *v = p_factor(p);
    TwExpr *e = new_expr(p, TW_EXPR_UNARYOP, span(p, t));
    e->u.unaryop.op = (TwUnaryOpKind)op;
    e->u.unaryop.operand = v;
    return e;
}

static TwExpr *p_term(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_factor(p);
    for (;;) {
        int op;
        switch (tk(p)->type) {
        case TK_STAR: op = TW_OP_MUL; break;
        case TK_SLASH: op = TW_OP_TRUEDIV; break;
        case TK_DOUBLESLASH: op = TW_OP_FLOORDIV; break;
        case TK_PERCENT: op = TW_OP_MOD; break;
        case TK_AT: op = TW_OP_MATMUL; break;
        default: return e;
        }
        advance(p);
        e = binop(p, st, e, op, p_factor(p));
    }
}

static TwExpr *p_sum(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_term(p);
    for (;;) {
        int op;
        switch (tk(p)->type) {
        case TK_PLUS: op = TW_OP_ADD; break;
        case TK_MINUS: op = TW_OP_SUB; break;
        default: return e;
        }
        advance(p);
        e = binop(p, st, e, op, p_term(p));
    }
}

static TwExpr *p_shift(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_sum(p);
    for (;;) {
        int op;
        switch (tk(p)->type) {
        case TK_LEFTSHIFT: op = TW_OP_LSHIFT; break;
        case TK_RIGHTSHIFT: op = TW_OP_RSHIFT; break;
        default: return e;
        }
        advance(p);
        e = binop(p, st, e, op, p_sum(p));
    }
}

static TwExpr *p_bitand(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_shift(p);
    while (accept(p, TK_AMPER)) {
        e = binop(p, st, e, TW_OP_AND, p_shift(p));
    }
    return e;
}

static TwExpr *p_bitxor(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_bitand(p);
    while (accept(p, TK_CIRCUMFLEX)) {
        e = binop(p, st, e, TW_OP_XOR, p_bitand(p));
    }
    return e;
}

TwExpr *p_bitwise_or(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_bitxor(p);
    while (accept(p, TK_VBAR)) {
        e = binop(p, st, e, TW_OP_OR, p_bitxor(p));
    }
    return e;
}

static int comp_op(Parser *p) {
    TwToken *t = tk(p);
    switch (t->type) {
    case TK_EQEQUAL: return TW_CMPOP_EQ;
    case TK_NOTEQUAL:
        if (p->lx->src[t->start] == '<') {
            return -1;   // '<>' without barry_as_FLUFL
        }
        return TW_CMPOP_NOTEQ;
    case TK_LESS: return TW_CMPOP_LT;
    case TK_LESSEQUAL: return TW_CMPOP_LTE;
    case TK_GREATER: return TW_CMPOP_GT;
    case TK_GREATEREQUAL: return TW_CMPOP_GTE;
    case TK_NAME:
        if (t->kw == KW_IN) {
            return TW_CMPOP_IN;
        }
        if (t->kw == KW_IS) {
            return tk_at(p, 1)->kw == KW_NOT ? TW_CMPOP_ISNOT : TW_CMPOP_IS;
        }
        if (t->kw == KW_NOT && tk_at(p, 1)->kw == KW_IN) {
            return TW_CMPOP_NOTIN;
        }
        return -1;
    default:
        return -1;
    }
}

static TwExpr *p_comparison(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *e = p_bitwise_or(p);
    int op = comp_op(p);
    if (op < 0) {
        return e;
    }
    PVec ops = {0}, comps = {0};
    while ((op = comp_op(p)) >= 0) {
        advance(p);
        if (op == TW_CMPOP_ISNOT || op == TW_CMPOP_NOTIN) {
            advance(p);
        }
        vec_push(p, &ops, (void *)(intptr_t)op);
        vec_push(p, &comps, p_bitwise_or(p));
    }
    TwExpr *c = new_expr(p, TW_EXPR_COMPARE, span(p, st));
    c->u.compare.left = e;
    c->u.compare.n = ops.n;
    c->u.compare.ops = p_alloc(p, (size_t)ops.n * sizeof(TwCmpOpKind));
    for (int i = 0; i < ops.n; i++) {
        c->u.compare.ops[i] = (TwCmpOpKind)(intptr_t)ops.items[i];
    }
    c->u.compare.comparators = vec_exprs(&comps);
    return c;
}

static TwExpr *p_inversion(Parser *p) {
    if (at_kw(p, KW_NOT)) {
        TwToken *t = advance(p);
        TwExpr *v = p_inversion(p);
        TwExpr *e = new_expr(p, TW_EXPR_UNARYOP, span(p, t));
        e->u.unaryop.op = TW_UNARY_NOT;
        e->u.unaryop.operand = v;
        return e;
    }
    return p_comparison(p);
}

static TwExpr *boolop(Parser *p, int kw, TwExpr *(*sub)(Parser *), TwBoolOpKind op) {
    TwToken *st = tk(p);
    TwExpr *e = sub(p);
    if (!at_kw(p, kw)) {
        return e;
    }
    PVec v = {0};
    vec_push(p, &v, e);
    while (accept_kw(p, kw)) {
        vec_push(p, &v, sub(p));
    }
    TwExpr *b = new_expr(p, TW_EXPR_BOOLOP, span(p, st));
    b->u.boolop.op = op;
    b->u.boolop.values = vec_exprs(&v);
    return b;
}

static TwExpr *p_conjunction(Parser *p) {
    return boolop(p, KW_AND, p_inversion, TW_BOOL_AND);
}

TwExpr *p_disjunction(Parser *p) {
    return boolop(p, KW_OR, p_conjunction, TW_BOOL_OR);
}

TwExpr *p_expression(Parser *p) {
    if (at_kw(p, KW_LAMBDA)) {
        return p_lambdef(p);
    }
    TwToken *st = tk(p);
    TwExpr *e = p_disjunction(p);
    if (at_kw(p, KW_IF)) {
        advance(p);
        TwExpr *test = p_disjunction(p);
        if (!at_kw(p, KW_ELSE)) {
            if (at(p, TK_NEWLINE) || at(p, TK_RPAR) || at(p, TK_RSQB) || at(p, TK_COMMA) || at(p, TK_RBRACE) ||
                at(p, TK_COLON) || at(p, TK_SEMI) || at(p, TK_ENDMARKER)) {
                p_error_range(p, &tw_type_SyntaxError, e->pos.lineno, e->pos.col, test->pos.end_lineno,
                              test->pos.end_col, "expected 'else' after 'if' expression");
            }
            p_syntax_error(p);
        }
        advance(p);
        TwExpr *orelse = p_expression(p);
        TwExpr *x = new_expr(p, TW_EXPR_IFEXP, span(p, st));
        x->u.ifexp.test = test;
        x->u.ifexp.body = e;
        x->u.ifexp.orelse = orelse;
        return x;
    }
    return e;
}

TwExpr *p_named_expression(Parser *p) {
    if (at(p, TK_NAME) && tk_at(p, 1)->type == TK_COLONEQUAL) {
        TwToken *n = tk(p);
        if (n->kw == 0) {
            advance(p);
            advance(p);
            TwExpr *target = name_expr(p, n);
            target->u.name.ctx = TW_CTX_STORE;
            TwExpr *v = p_expression(p);
            TwExpr *e = new_expr(p, TW_EXPR_NAMEDEXPR, span(p, n));
            e->u.namedexpr.target = target;
            e->u.namedexpr.value = v;
            return e;
        }
    }
    TwExpr *e = p_expression(p);
    if (at(p, TK_COLONEQUAL)) {
        p_error_pos(p, e->pos, "cannot use assignment expressions with %s", expr_name(e));
    }
    return e;
}

// star_expressions: a tuple when there is a comma (no parentheses).
TwExpr *p_star_expressions(Parser *p) {
    TwToken *st = tk(p);
    TwExpr *first = at(p, TK_STAR) ? star_named_expression(p) : p_expression(p);
    if (!at(p, TK_COMMA)) {
        return first;
    }
    PVec v = {0};
    vec_push(p, &v, first);
    TwPos end = first->pos;
    while (accept(p, TK_COMMA)) {
        end = pos_tok(prev_tok(p));
        if (!at(p, TK_STAR) && !starts_expression(p, tk(p)) && !at_name(p)) {
            break;
        }
        TwExpr *e = at(p, TK_STAR) ? star_named_expression(p) : p_expression(p);
        vec_push(p, &v, e);
        end = e->pos;
    }
    (void)end;
    TwExpr *t = new_expr(p, TW_EXPR_TUPLE, span(p, st));
    t->u.list.elts = vec_exprs(&v);
    t->u.list.ctx = TW_CTX_LOAD;
    return t;
}

TwExpr *p_star_named_expressions_tuple(Parser *p) {
    return p_star_expressions(p);
}

TwExpr *p_yield_expr(Parser *p) {
    TwToken *y = advance(p);
    if (accept_kw(p, KW_FROM)) {
        TwExpr *v = p_expression(p);
        TwExpr *e = new_expr(p, TW_EXPR_YIELDFROM, span(p, y));
        e->u.yieldfrom.value = v;
        return e;
    }
    TwExpr *e = new_expr(p, TW_EXPR_YIELD, pos_tok(y));
    if (at(p, TK_STAR) || starts_expression(p, tk(p)) || at_name(p)) {
        TwExpr *v = p_star_expressions(p);
        e->u.yield.value = v;
        e->pos = span(p, y);
    }
    return e;
}

// Targets of for/with/comprehensions: star_targets, checked and set to Store.
static TwExpr *star_targets(Parser *p, bool tuple);
static TwExpr *star_target(Parser *p) {
    if (at(p, TK_STAR)) {
        TwToken *s = advance(p);
        if (at(p, TK_STAR)) {
            p_syntax_error(p);
        }
        TwExpr *v = star_target(p);
        TwExpr *e = new_expr(p, TW_EXPR_STARRED, span(p, s));
        e->u.starred.value = v;
        return e;
    }
    return p_bitwise_or(p);
}

TwExpr *p_star_targets(Parser *p) {
    return star_targets(p, true);
}

TwExpr *p_star_target(Parser *p) {
    return star_targets(p, false);
}

static TwExpr *star_targets(Parser *p, bool tuple) {
    TwToken *st = tk(p);
    TwExpr *first = star_target(p);
    TwExpr *e = first;
    if (tuple && at(p, TK_COMMA)) {
        PVec v = {0};
        vec_push(p, &v, first);
        TwPos end = first->pos;
        while (accept(p, TK_COMMA)) {
            end = pos_tok(prev_tok(p));
            if (!at(p, TK_STAR) && !starts_expression(p, tk(p)) && !at_name(p)) {
                break;
            }
            TwExpr *x = star_target(p);
            vec_push(p, &v, x);
            end = x->pos;
        }
        (void)end;
        e = new_expr(p, TW_EXPR_TUPLE, span(p, st));
        e->u.list.elts = vec_exprs(&v);
    }
    TwExpr *bad = invalid_target(e, 2);
    if (bad) {
        p_error_pos(p, bad->pos, "cannot assign to %s", expr_name(bad));
    }
    set_ctx_rec(e, TW_CTX_STORE);
    return e;
}

// ---------------------------------------------------------------- parameters

static TwArg *param(Parser *p, bool lambda, bool star_annotation) {
    if (!at_name(p)) {
        p_syntax_error(p);
    }
    TwToken *n = advance(p);
    TwArg *a = p_alloc(p, sizeof *a);
    a->arg = p_name_value(p, n);
    a->pos = pos_tok(n);
    if (!lambda && accept(p, TK_COLON)) {
        if (star_annotation && at(p, TK_STAR)) {
            TwToken *s = advance(p);
            TwExpr *v = p_expression(p);
            TwExpr *e = new_expr(p, TW_EXPR_STARRED, span(p, s));
            e->u.starred.value = v;
            a->annotation = e;
        } else {
            a->annotation = p_expression(p);
        }
        a->pos = span(p, n);
    }
    return a;
}

TwArguments *p_parameters(Parser *p, bool lambda, int close) {
    TwArguments *args = p_alloc(p, sizeof *args);
    PVec plain = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0};
    int nposonly = -1;
    bool seen_star = false, seen_default = false;
    while (!at(p, close)) {
        TwToken *t = tk(p);
        if (args->kwarg) {
            p_error_tok(p, t, "arguments cannot follow var-keyword argument");
        }
        if (at(p, TK_SLASH)) {
            if (seen_star) {
                p_error_tok(p, t, "/ must be ahead of *");
            }
            if (nposonly >= 0) {
                p_error_tok(p, t, "/ may appear only once");
            }
            if (plain.n == 0) {
                p_error_tok(p, t, "at least one argument must precede /");
            }
            advance(p);
            nposonly = plain.n;
        } else if (at(p, TK_STAR)) {
            if (seen_star) {
                p_error_tok(p, t, "* argument may appear only once");
            }
            advance(p);
            seen_star = true;
            if (at(p, TK_COMMA)) {
                // bare *: keyword-only parameters must follow
                TwToken *nt = tk_at(p, 1);
                if (nt->type == close || nt->type == TK_DOUBLESTAR) {
                    p_error_tok(p, t, "named arguments must follow bare *");
                }
            } else if (at(p, close) || at(p, TK_COLON)) {
                p_error_tok(p, t, "named arguments must follow bare *");
            } else {
                args->vararg = param(p, lambda, true);
                if (at(p, TK_EQUAL)) {
                    p_error_tok(p, tk(p), "var-positional argument cannot have default value");
                }
            }
        } else if (at(p, TK_DOUBLESTAR)) {
            advance(p);
            args->kwarg = param(p, lambda, false);
            if (at(p, TK_EQUAL)) {
                p_error_tok(p, tk(p), "var-keyword argument cannot have default value");
            }
        } else {
            TwArg *a = param(p, lambda, false);
            TwExpr *def = NULL;
            if (accept(p, TK_EQUAL)) {
                def = p_expression(p);
            }
            if (seen_star) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefaults, def);
            } else {
                if (def) {
                    vec_push(p, &defaults, def);
                    seen_default = true;
                } else if (seen_default) {
                    p_error_pos(p, a->pos, "non-default argument follows default argument");
                }
                vec_push(p, &plain, a);
            }
        }
        if (!accept(p, TK_COMMA)) {
            break;
        }
    }
    if (nposonly < 0) {
        nposonly = 0;
    }
    args->posonlyargs.n = nposonly;
    args->posonlyargs.items = (TwArg **)plain.items;
    args->args.n = plain.n - nposonly;
    args->args.items = (TwArg **)plain.items + nposonly;
    args->kwonlyargs.n = kwonly.n;
    args->kwonlyargs.items = (TwArg **)kwonly.items;
    args->kw_defaults = vec_exprs(&kwdefaults);
    args->defaults = vec_exprs(&defaults);
    return args;
}

static TwExpr *p_lambdef(Parser *p) {
    TwToken *l = advance(p);
    TwArguments *args = p_parameters(p, true, TK_COLON);
    p_expect(p, TK_COLON);
    TwExpr *body = p_expression(p);
    TwExpr *e = new_expr(p, TW_EXPR_LAMBDA, span(p, l));
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}
