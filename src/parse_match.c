// The match statement (3.10+): soft keywords match/case/_ and the pattern grammar.
#include "parse.h"

TwStmt *p_match_stmt(Parser *p);
bool p_at_match_stmt(Parser *p);

// 'match' starts a match statement when an expression follows and its logical line ends
// with ':' (CPython tries the match rule first and falls back to an expression). Without
// the ':', it still does when the line cannot be an expression statement (`match x`) or
// an indented block follows, so that the error is CPython's "expected ':'".
bool p_at_match_stmt(Parser *p) {
    TwToken *n = tk_at(p, 1);
    if (!(starts_expression(p, n) || n->type == TK_STAR)) {
        return false;
    }
    // `match (x)` / `match [x]` / `match -x` / `match * x` / `match not in x` could be an
    // expression statement
    bool ambiguous = n->type == TK_LPAR || n->type == TK_LSQB || n->type == TK_MINUS || n->type == TK_PLUS ||
                     n->type == TK_STAR || (n->type == TK_NAME && n->kw == KW_NOT && tk_at(p, 2)->type == TK_NAME &&
                                            tk_at(p, 2)->kw == KW_IN);
    for (int i = p->pos + 1; i < p->ntoks; i++) {
        if (p->t[i].type == TK_NEWLINE || p->t[i].type == TK_ENDMARKER) {
            if (p->t[i - 1].type == TK_COLON) {
                return true;
            }
            return p->t[i].type == TK_NEWLINE && (!ambiguous || (i + 1 < p->ntoks && p->t[i + 1].type == TK_INDENT));
        }
    }
    return false;
}

// The ':' ending a match or case line: "expected ':'" when the line just ends there.
static void expect_colon(Parser *p) {
    if (at(p, TK_NEWLINE)) {
        p_expect_forced(p, TK_COLON, ":");
    }
    p_expect(p, TK_COLON);
}

static TwPattern *new_pat(Parser *p, TwPatternKind kind, TwPos pos) {
    TwPattern *pt = p_alloc(p, sizeof *pt);
    pt->kind = kind;
    pt->pos = pos;
    return pt;
}

static TwPattern *pattern(Parser *p);
static TwPattern *closed_pattern(Parser *p);

static bool at_soft(Parser *p, const char *kw) {
    return at(p, TK_NAME) && tk(p)->kw == 0 && tok_is(p, tk(p), kw);
}

static TwValue capture_name(Parser *p) {
    // pattern_capture_target: a NAME that is not '_' and not followed by . ( =
    if (!at_name(p) || tok_is(p, tk(p), "_")) {
        p_syntax_error(p);
    }
    TwValue name = p_name_value(p, advance(p));
    if (at(p, TK_DOT) || at(p, TK_LPAR) || at(p, TK_EQUAL)) {
        p_syntax_error(p);
    }
    return name;
}

static TwExpr *name_or_attr(Parser *p) {
    TwToken *t = advance(p);
    TwExpr *e = new_expr(p, TW_EXPR_NAME, pos_tok(t));
    e->u.name.id = p_name_value(p, t);
    while (accept(p, TK_DOT)) {
        if (!at_name(p)) {
            p_syntax_error(p);
        }
        TwToken *n = advance(p);
        TwExpr *a = new_expr(p, TW_EXPR_ATTRIBUTE, pos_span(e->pos, pos_tok(n)));
        a->u.attribute.value = e;
        a->u.attribute.attr = p_name_value(p, n);
        e = a;
    }
    return e;
}

static bool is_imaginary(TwExpr *number) {
    return tw_is_type(number->u.constant.value, &tw_type_complex);
}

static TwExpr *signed_number(Parser *p) {
    TwToken *minus = NULL;
    if (at(p, TK_MINUS)) {
        minus = advance(p);
    }
    if (!at(p, TK_NUMBER)) {
        p_syntax_error(p);
    }
    TwExpr *e = p_number(p, advance(p));
    if ((at(p, TK_PLUS) || at(p, TK_MINUS)) && is_imaginary(e)) {
        p_error_pos(p, e->pos, "real number required in complex literal");
    }
    if (minus) {
        TwExpr *u = new_expr(p, TW_EXPR_UNARYOP, pos_span(pos_tok(minus), e->pos));
        u->u.unaryop.op = TW_UNARY_USUB;
        u->u.unaryop.operand = e;
        e = u;
    }
    return e;
}

// literal patterns and mapping keys: numbers (complex too), strings, None/True/False
static TwExpr *literal_expr(Parser *p) {
    if (at(p, TK_STRING)) {
        TwExpr *e = p_strings(p);
        if (e->kind == TW_EXPR_JOINEDSTR) {
            p_error_pos(p, e->pos, "patterns may only match literals and attribute lookups");
        }
        return e;
    }
    TwExpr *e = signed_number(p);
    if (at(p, TK_PLUS) || at(p, TK_MINUS)) {
        int op = at(p, TK_PLUS) ? TW_OP_ADD : TW_OP_SUB;
        advance(p);
        if (!at(p, TK_NUMBER)) {
            p_syntax_error(p);
        }
        TwExpr *r = p_number(p, advance(p));
        if (!is_imaginary(r)) {
            p_error_pos(p, r->pos, "imaginary number required in complex literal");
        }
        TwExpr *b = new_expr(p, TW_EXPR_BINOP, pos_span(e->pos, r->pos));
        b->u.binop.left = e;
        b->u.binop.op = op;
        b->u.binop.right = r;
        return b;
    }
    return e;
}

static TwPattern *maybe_star_pattern(Parser *p) {
    if (at(p, TK_STAR)) {
        TwToken *s = advance(p);
        TwPattern *pt = new_pat(p, TW_PAT_STAR, pos_tok(s));
        if (at_soft(p, "_")) {
            pt->pos = pos_tok_span(s, advance(p));
        } else {
            TwToken *n = tk(p);
            pt->u.star.name = capture_name(p);
            pt->pos = pos_tok_span(s, n);
        }
        return pt;
    }
    return pattern(p);
}

static TwPatternList sequence_items(Parser *p, int close, PVec *v) {
    while (!at(p, close)) {
        vec_push(p, v, maybe_star_pattern(p));
        if (!accept(p, TK_COMMA)) {
            break;
        }
    }
    TwPatternList l = {v->n, (TwPattern **)v->items};
    return l;
}

static TwPattern *class_pattern(Parser *p, TwExpr *cls) {
    advance(p);   // (
    TwPattern *pt = new_pat(p, TW_PAT_CLASS, cls->pos);
    pt->u.cls.cls = cls;
    PVec pos = {0}, kwn = {0}, kwp = {0};
    while (!at(p, TK_RPAR)) {
        if (at_name(p) && tk_at(p, 1)->type == TK_EQUAL) {
            TwToken *n = advance(p);
            advance(p);
            vec_push(p, &kwn, (void *)(uintptr_t)p_name_value(p, n));
            vec_push(p, &kwp, pattern(p));
        } else {
            TwPattern *x = pattern(p);
            if (kwn.n) {
                TwPattern *last = x;
                while (accept(p, TK_COMMA) && !at(p, TK_RPAR) && !(at_name(p) && tk_at(p, 1)->type == TK_EQUAL)) {
                    last = pattern(p);
                }
                p_error_pos(p, pos_span(x->pos, last->pos), "positional patterns follow keyword patterns");
            }
            vec_push(p, &pos, x);
        }
        if (!accept(p, TK_COMMA)) {
            break;
        }
    }
    TwToken *close = p_expect(p, TK_RPAR);
    pt->pos = pos_span(cls->pos, pos_tok(close));
    pt->u.cls.patterns.n = pos.n;
    pt->u.cls.patterns.items = (TwPattern **)pos.items;
    pt->u.cls.nkwd = kwn.n;
    pt->u.cls.kwd_attrs = p_alloc(p, (size_t)(kwn.n ? kwn.n : 1) * sizeof(TwValue));
    for (int i = 0; i < kwn.n; i++) {
        pt->u.cls.kwd_attrs[i] = (TwValue)(uintptr_t)kwn.items[i];
    }
    pt->u.cls.kwd_patterns.n = kwp.n;
    pt->u.cls.kwd_patterns.items = (TwPattern **)kwp.items;
    return pt;
}

static TwPattern *closed_pattern(Parser *p) {
    TwToken *t = tk(p);
    if (t->type == TK_NUMBER || t->type == TK_MINUS || t->type == TK_STRING) {
        TwExpr *e = literal_expr(p);
        TwPattern *pt = new_pat(p, TW_PAT_VALUE, e->pos);
        pt->u.value.value = e;
        return pt;
    }
    if (t->type == TK_NAME && (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE)) {
        advance(p);
        TwPattern *pt = new_pat(p, TW_PAT_SINGLETON, pos_tok(t));
        pt->u.singleton.value = t->kw == KW_NONE ? TW_NONE : t->kw == KW_TRUE ? TW_TRUE : TW_FALSE;
        return pt;
    }
    if (t->type == TK_NAME && t->kw == 0) {
        TwToken *n1 = tk_at(p, 1);
        if (n1->type != TK_DOT && n1->type != TK_LPAR) {
            advance(p);
            TwPattern *pt = new_pat(p, TW_PAT_AS, pos_tok(t));
            if (!tok_is(p, t, "_")) {
                pt->u.as.name = p_name_value(p, t);
            }
            return pt;
        }
        TwExpr *e = name_or_attr(p);
        if (at(p, TK_LPAR)) {
            return class_pattern(p, e);
        }
        TwPattern *pt = new_pat(p, TW_PAT_VALUE, e->pos);
        pt->u.value.value = e;
        return pt;
    }
    if (t->type == TK_LPAR) {
        advance(p);
        if (at(p, TK_RPAR)) {
            TwPattern *pt = new_pat(p, TW_PAT_SEQUENCE, pos_tok_span(t, advance(p)));
            return pt;
        }
        TwPattern *first = maybe_star_pattern(p);
        if (at(p, TK_RPAR) && first->kind != TW_PAT_STAR) {
            advance(p);
            return first;   // group
        }
        PVec v = {0};
        vec_push(p, &v, first);
        if (accept(p, TK_COMMA)) {
            sequence_items(p, TK_RPAR, &v);
        }
        TwToken *close = p_expect(p, TK_RPAR);
        TwPattern *pt = new_pat(p, TW_PAT_SEQUENCE, pos_tok_span(t, close));
        pt->u.sequence.patterns.n = v.n;
        pt->u.sequence.patterns.items = (TwPattern **)v.items;
        return pt;
    }
    if (t->type == TK_LSQB) {
        advance(p);
        PVec v = {0};
        sequence_items(p, TK_RSQB, &v);
        TwToken *close = p_expect(p, TK_RSQB);
        TwPattern *pt = new_pat(p, TW_PAT_SEQUENCE, pos_tok_span(t, close));
        pt->u.sequence.patterns.n = v.n;
        pt->u.sequence.patterns.items = (TwPattern **)v.items;
        return pt;
    }
    if (t->type == TK_LBRACE) {
        advance(p);
        PVec keys = {0}, pats = {0};
        TwValue rest = TW_NULL;
        while (!at(p, TK_RBRACE)) {
            if (at(p, TK_DOUBLESTAR)) {
                advance(p);
                rest = capture_name(p);
                accept(p, TK_COMMA);
                break;
            }
            TwExpr *k;
            if (at(p, TK_NAME) && tk(p)->kw == 0) {
                k = name_or_attr(p);
                if (k->kind == TW_EXPR_NAME) {
                    p_syntax_error(p);
                }
            } else if (at(p, TK_NAME) && (tk(p)->kw == KW_NONE || tk(p)->kw == KW_TRUE || tk(p)->kw == KW_FALSE)) {
                TwToken *c = advance(p);
                k = new_expr(p, TW_EXPR_CONSTANT, pos_tok(c));
                k->u.constant.value = c->kw == KW_NONE ? TW_NONE : c->kw == KW_TRUE ? TW_TRUE : TW_FALSE;
            } else {
                k = literal_expr(p);
            }
            p_expect(p, TK_COLON);
            vec_push(p, &keys, k);
            vec_push(p, &pats, pattern(p));
            if (!accept(p, TK_COMMA)) {
                break;
            }
        }
        TwToken *close = p_expect(p, TK_RBRACE);
        TwPattern *pt = new_pat(p, TW_PAT_MAPPING, pos_tok_span(t, close));
        pt->u.mapping.keys = vec_exprs(&keys);
        pt->u.mapping.patterns.n = pats.n;
        pt->u.mapping.patterns.items = (TwPattern **)pats.items;
        pt->u.mapping.rest = rest;
        return pt;
    }
    p_syntax_error(p);
}

static TwPattern *or_pattern(Parser *p) {
    TwToken *st = tk(p);
    TwPattern *first = closed_pattern(p);
    if (!at(p, TK_VBAR)) {
        return first;
    }
    PVec v = {0};
    vec_push(p, &v, first);
    TwPattern *last = first;
    while (accept(p, TK_VBAR)) {
        last = closed_pattern(p);
        vec_push(p, &v, last);
    }
    TwPattern *pt = new_pat(p, TW_PAT_OR, span(p, st));
    pt->u.or.patterns.n = v.n;
    pt->u.or.patterns.items = (TwPattern **)v.items;
    return pt;
}

static TwPattern *pattern(Parser *p) {
    TwToken *st = tk(p);
    TwPattern *pt = or_pattern(p);
    if (accept_kw(p, KW_AS)) {
        TwToken *n = tk(p);
        if (at_soft(p, "_")) {
            p_error_tok(p, n, "cannot use '_' as a target");
        }
        if (!at_name(p) && starts_expression(p, n)) {
            TwExpr *e = p_expression(p);
            p_error_pos(p, e->pos, "invalid pattern target");
        }
        TwValue name = capture_name(p);
        TwPattern *as = new_pat(p, TW_PAT_AS, span(p, st));
        as->u.as.pattern = pt;
        as->u.as.name = name;
        return as;
    }
    return pt;
}

// patterns: an open sequence (a, b, *c) or one pattern
static TwPattern *patterns(Parser *p) {
    TwToken *st = tk(p);
    TwPattern *first = maybe_star_pattern(p);
    if (!at(p, TK_COMMA)) {
        if (first->kind == TW_PAT_STAR) {
            p_syntax_error(p);
        }
        return first;
    }
    PVec v = {0};
    vec_push(p, &v, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_COLON) || at_kw(p, KW_IF)) {
            break;
        }
        vec_push(p, &v, maybe_star_pattern(p));
    }
    TwPattern *pt = new_pat(p, TW_PAT_SEQUENCE, span(p, st));
    pt->u.sequence.patterns.n = v.n;
    pt->u.sequence.patterns.items = (TwPattern **)v.items;
    return pt;
}

TwStmt *p_match_stmt(Parser *p) {
    TwToken *kw = advance(p);
    TwExpr *subject;
    TwToken *st = tk(p);
    TwExpr *first = at(p, TK_STAR) ? NULL : p_named_expression(p);
    if (!first || at(p, TK_COMMA)) {
        // a tuple subject: star_named_expression ',' star_named_expressions?
        if (!first) {
            TwToken *s = advance(p);
            TwExpr *v = p_bitwise_or(p);
            first = new_expr(p, TW_EXPR_STARRED, span(p, s));
            first->u.starred.value = v;
            if (!at(p, TK_COMMA)) {
                p_syntax_error(p);   // `match *x:` is no tuple
            }
        }
        PVec v = {0};
        vec_push(p, &v, first);
        while (accept(p, TK_COMMA)) {
            if (at(p, TK_COLON)) {
                break;
            }
            TwExpr *x;
            if (at(p, TK_STAR)) {
                TwToken *s = advance(p);
                TwExpr *vv = p_bitwise_or(p);
                x = new_expr(p, TW_EXPR_STARRED, span(p, s));
                x->u.starred.value = vv;
            } else {
                x = p_named_expression(p);
            }
            vec_push(p, &v, x);
        }
        subject = new_expr(p, TW_EXPR_TUPLE, span(p, st));
        subject->u.list.elts = vec_exprs(&v);
    } else {
        subject = first;
    }
    expect_colon(p);
    p_expect(p, TK_NEWLINE);
    if (!at(p, TK_INDENT)) {
        TwToken *t = tk(p);
        p_error_range(p, &tw_type_IndentationError, t->lineno, t->col, t->end_lineno, t->end_col,
                      "expected an indented block after 'match' statement on line %d", kw->lineno);
    }
    advance(p);
    PVec cases = {0};
    TwPos end = pos_tok(kw);
    while (at_soft(p, "case")) {
        TwToken *ck = advance(p);
        TwMatchCase *c = p_alloc(p, sizeof *c);
        c->pattern = patterns(p);
        if (accept_kw(p, KW_IF)) {
            c->guard = p_named_expression(p);
        }
        expect_colon(p);
        c->body = p_block(p, ck, "'case' statement");
        int i = p->pos - 1;
        while (i > 0 && (p->t[i].type == TK_NEWLINE || p->t[i].type == TK_INDENT || p->t[i].type == TK_DEDENT)) {
            i--;
        }
        end = pos_tok(&p->t[i]);
        vec_push(p, &cases, c);
    }
    if (cases.n == 0) {
        p_syntax_error(p);
    }
    if (!accept(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
        p_syntax_error(p);
    }
    TwStmt *s = new_stmt(p, TW_STMT_MATCH, pos_span(pos_tok(kw), end));
    s->u.match.subject = subject;
    s->u.match.cases.n = cases.n;
    s->u.match.cases.items = (TwMatchCase **)cases.items;
    return s;
}
