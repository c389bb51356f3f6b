// The parser's entry point, shared helpers (errors, node allocation) and statements.
//
// Statements are parsed by looking at their first token; an expression statement is
// parsed as an expression first and turned into an assignment target when '=' (or an
// augmented operator, or ':') follows, with CPython's messages for bad targets. Errors
// longjmp to tw_parse with the SyntaxError already set.
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>

const char *p_expr_name(TwExpr *e);
TwExpr *p_invalid_target(TwExpr *e, int kind);

// ---------------------------------------------------------------- helpers

_Noreturn void p_fail(Parser *p) {
    longjmp(*p->jb, 1);
}

bool tok_is(Parser *p, TwToken *t, const char *text) {
    size_t n = strlen(text);
    return t->end - t->start == n && memcmp(p->lx->src + t->start, text, n) == 0;
}

TwToken *prev_tok(Parser *p) {
    return &p->t[p->pos > 0 ? p->pos - 1 : 0];
}

static _Noreturn void error_v(Parser *p, TwType *type, int l1, int c1, int l2, int c2, const char *fmt, va_list ap) {
    TwValue msg = tw_str_vfmt(fmt, ap);
    if (!msg) {
        p_fail(p);
    }
    if (p->fstring) {
        TwValue m2 = tw_str_concat(tw_str_intern_c("f-string: "), msg);
        if (!m2) {
            p_fail(p);
        }
        msg = m2;
    }
    TwLexer *lx = p->lx;
    if (lx->unclosed_line && !p->fstring &&
        (l1 > lx->unclosed_line || (l1 == lx->unclosed_line && c1 > lx->unclosed_col))) {
        // CPython's parser runs into the end of the file inside the bracket first
        TwValue text = tw_lex_line(lx, lx->unclosed_line, lx->unclosed_line >= lx->last_line);
        if (!text && tw_error_occurred()) {
            p_fail(p);
        }
        tw_syntax_error(&tw_type_SyntaxError, p->filename, lx->unclosed_line,
                        tw_lex_char_col(lx, lx->unclosed_line, lx->unclosed_col), lx->unclosed_line, 0, text,
                        "'%c' was never closed", lx->unclosed_char);
        p_fail(p);
    }
    int tl = l1, tl2 = l2;
    if (p->fstring) {
        // CPython reports errors inside an f-string expression against the "(expr)" text
        // it parsed, with columns relative to it
        tl = l1 - p->fs_line + 1;
        tl2 = l2 - p->fs_line + 1;
        if (tl == 1 && c1 >= 0) {
            c1 -= p->fs_col;
        }
        if (tl2 == 1 && c2 >= 0) {
            c2 -= p->fs_col;
        }
    }
    int off = c1 >= 0 ? tw_lex_char_col(lx, tl, c1) : c1 == -1000 ? 0 : c1;
    int eoff = c2 >= 0 ? tw_lex_char_col(lx, tl2, c2) : c2 == -1000 ? 0 : c2;
    TwValue text = tl == 0 ? tw_str_from_c("") : tw_lex_line(lx, tl, true);   // line 0: empty input
    if (!text && tw_error_occurred()) {
        p_fail(p);
    }
    tw_syntax_error(type, p->filename, l1, off, l2, eoff, text, "%U", msg);
    p_fail(p);
}

_Noreturn void p_error_range(Parser *p, TwType *type, int l1, int c1, int l2, int c2, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    error_v(p, type, l1, c1, l2, c2, fmt, ap);
}

_Noreturn void p_error_tok(Parser *p, TwToken *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    error_v(p, &tw_type_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
}

_Noreturn void p_error_pos(Parser *p, TwPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    error_v(p, &tw_type_SyntaxError, pos.lineno, pos.col, pos.end_lineno, pos.end_col, fmt, ap);
}

_Noreturn void p_error_warning(Parser *p, TwToken *t, TwValue msg) {
    TwLexer *lx = p->lx;
    // CPython re-reads the line from a file; otherwise its tokenizer's copy of a token's
    // first line lacks the line end when the token goes on
    bool newline = t->end_lineno == t->lineno;
    if (!newline && tw_is_str(p->filename) && tw_str_data(p->filename)[0] != '<') {
        FILE *f = fopen(tw_str_data(p->filename), "rb");
        if (f) {
            newline = true;
            fclose(f);
        }
    }
    TwValue text = tw_lex_line(lx, t->lineno, newline);
    if (!text && tw_error_occurred()) {
        p_fail(p);
    }
    tw_syntax_error(&tw_type_SyntaxError, p->filename, t->lineno, tw_lex_char_col(lx, t->lineno, t->col),
                    t->end_lineno, tw_lex_char_col(lx, t->end_lineno, t->end_col), text, "%U", msg);
    p_fail(p);
}

// Is t CPython's end marker? It sits on the last line read, with no column. Eval and single
// input has no newline added at the end, so the lexer's added one counts as the end too.
static bool at_input_end(Parser *p, TwToken *t) {
    TwLexer *lx = p->lx;
    return t->type == TK_ENDMARKER || (lx->hide_added_newline && t->type == TK_NEWLINE && t->start + 1 == lx->size);
}

_Noreturn void p_syntax_error(Parser *p) {
    TwToken *t = tk(p);
    if (t->type == TK_INDENT) {
        p_error_range(p, &tw_type_IndentationError, t->lineno, t->end_col - 1, t->lineno, -1, "unexpected indent");
    }
    if (t->type == TK_DEDENT && false) {
        p_error_range(p, &tw_type_IndentationError, t->lineno, t->col, t->lineno, -1, "unexpected unindent");
    }
    if (p->fstring && (t->type == TK_ENDMARKER || t->type == TK_NEWLINE)) {
        p_error_tok(p, t, "expecting '}'");
    }
    if (at_input_end(p, t)) {
        tw_parse_hit_eof = true;
        int last = p->lx->nlines - 1;
        p_error_range(p, &tw_type_SyntaxError, last, -1000, last, -1000, "invalid syntax");
    }
    p_error_tok(p, t, "invalid syntax");
}

TwToken *p_expect(Parser *p, int type) {
    if (!at(p, type)) {
        p_syntax_error(p);
    }
    return advance(p);
}

TwToken *p_expect_forced(Parser *p, int type, const char *what) {
    if (!at(p, type)) {
        if (at_input_end(p, tk(p))) {
            int last = p->lx->nlines - 1;
            p_error_range(p, &tw_type_SyntaxError, last, -1000, last, -1000, "expected '%s'", what);
        }
        // CPython reports a forced token at the end of the previous token
        TwToken *prev = prev_tok(p);
        p_error_range(p, &tw_type_SyntaxError, prev->end_lineno, prev->end_col, prev->end_lineno, prev->end_col,
                      "expected '%s'", what);
    }
    return advance(p);
}

TwValue p_keep(Parser *p, TwValue v) {
    if (!v || !tw_arena_keep(p->arena, v)) {
        p_fail(p);
    }
    return v;
}

void *p_alloc(Parser *p, size_t size) {
    void *m = tw_arena_alloc(p->arena, size);
    if (!m) {
        p_fail(p);
    }
    return m;
}

TwPos pos_tok(TwToken *t) {
    TwPos r = {t->lineno, t->col, t->end_lineno, t->end_col};
    return r;
}

TwPos pos_span(TwPos a, TwPos b) {
    TwPos r = {a.lineno, a.col, b.end_lineno, b.end_col};
    return r;
}

TwPos span(Parser *p, TwToken *start) {
    return pos_tok_span(start, prev_tok(p));
}

TwPos pos_tok_span(TwToken *a, TwToken *b) {
    TwPos r = {a->lineno, a->col, b->end_lineno, b->end_col};
    return r;
}

TwExpr *new_expr(Parser *p, TwExprKind kind, TwPos pos) {
    TwExpr *e = p_alloc(p, sizeof *e);
    e->kind = kind;
    e->pos = pos;
    return e;
}

TwStmt *new_stmt(Parser *p, TwStmtKind kind, TwPos pos) {
    TwStmt *s = p_alloc(p, sizeof *s);
    s->kind = kind;
    s->pos = pos;
    return s;
}

void vec_push(Parser *p, PVec *v, void *item) {
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **n = p_alloc(p, (size_t)ncap * sizeof(void *));
        if (v->n) {
            memcpy(n, v->items, (size_t)v->n * sizeof(void *));
        }
        v->items = n;
        v->cap = ncap;
    }
    v->items[v->n++] = item;
}

TwExprList vec_exprs(PVec *v) {
    TwExprList l = {v->n, (TwExpr **)v->items};
    return l;
}

TwStmtList vec_stmts(PVec *v) {
    TwStmtList l = {v->n, (TwStmt **)v->items};
    return l;
}

// ---------------------------------------------------------------- statements

static TwStmt *statement(Parser *p, PVec *out);
static void simple_stmts(Parser *p, PVec *out);

// A compound statement ends at the last real token consumed (a trailing ';' included).
static TwPos block_end(Parser *p, TwPos start) {
    int i = p->pos - 1;
    while (i > 0 && (p->t[i].type == TK_NEWLINE || p->t[i].type == TK_INDENT || p->t[i].type == TK_DEDENT)) {
        i--;
    }
    return pos_span(start, pos_tok(&p->t[i]));
}
#define stmts_end(start, body) block_end(p, (start))

// NEWLINE INDENT statements DEDENT | simple_stmts. kwtok/what name the statement for
// "expected an indented block after 'if' statement on line N".
TwStmtList p_block(Parser *p, TwToken *kwtok, const char *what) {
    PVec v = {0};
    if (at(p, TK_NEWLINE)) {
        advance(p);
        if (!at(p, TK_INDENT)) {
            TwToken *t = tk(p);
            int l = t->type == TK_ENDMARKER || t->type == TK_DEDENT ? t->lineno : t->lineno;
            if (t->type == TK_ENDMARKER || (t->type == TK_DEDENT && t->col == 0 && tk_at(p, 1)->type == TK_ENDMARKER)) {
                // at EOF CPython points just past the last line
                TwToken *nl = prev_tok(p);
                p_error_range(p, &tw_type_IndentationError, nl->lineno, nl->col, nl->lineno, -1,
                              "expected an indented block after %s on line %d", what, kwtok->lineno);
            }
            if (t->type == TK_DEDENT) {
                p_error_range(p, &tw_type_IndentationError, l, -1000, l, -1,
                              "expected an indented block after %s on line %d", what, kwtok->lineno);
            }
            p_error_range(p, &tw_type_IndentationError, l, t->col, t->end_lineno, t->end_col,
                          "expected an indented block after %s on line %d", what, kwtok->lineno);
        }
        advance(p);
        while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
            statement(p, &v);
        }
        accept(p, TK_DEDENT);
    } else {
        simple_stmts(p, &v);
    }
    return vec_stmts(&v);
}

static TwAlias *dotted_as_name(Parser *p, bool dotted) {
    if (!at_name(p)) {
        p_syntax_error(p);
    }
    TwToken *first = advance(p);
    TwToken *last = first;
    TwValue name;
    if (dotted && at(p, TK_DOT)) {
        TwBuf b;
        tw_buf_init(&b);
        tw_buf_append(&b, p->lx->src + first->start, first->end - first->start);
        while (accept(p, TK_DOT)) {
            if (!at_name(p)) {
                tw_buf_free(&b);
                p_syntax_error(p);
            }
            last = advance(p);
            tw_buf_append(&b, ".", 1);
            tw_buf_append(&b, p->lx->src + last->start, last->end - last->start);
        }
        TwValue s = tw_buf_to_str(&b);
        if (!s) {
            p_fail(p);
        }
        name = p_keep(p, tw_str_intern(s));
    } else {
        name = p_name_value(p, first);
    }
    TwAlias *a = p_alloc(p, sizeof *a);
    a->name = name;
    a->pos = pos_tok_span(first, last);
    if (accept_kw(p, KW_AS)) {
        if (!at_name(p)) {
            p_syntax_error(p);
        }
        TwToken *n = advance(p);
        a->asname = p_name_value(p, n);
        a->pos = pos_tok_span(first, n);
    }
    return a;
}

static TwStmt *import_stmt(Parser *p) {
    TwToken *kw = advance(p);
    if (kw->kw == KW_IMPORT) {
        PVec v = {0};
        do {
            vec_push(p, &v, dotted_as_name(p, true));
        } while (accept(p, TK_COMMA));
        TwStmt *s = new_stmt(p, TW_STMT_IMPORT, span(p, kw));
        s->u.import.names.n = v.n;
        s->u.import.names.items = (TwAlias **)v.items;
        return s;
    }
    // from
    int level = 0;
    for (;;) {
        if (accept(p, TK_DOT)) {
            level++;
        } else if (accept(p, TK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    TwValue module = TW_NULL;
    if (!at_kw(p, KW_IMPORT)) {
        TwAlias *m = dotted_as_name(p, true);
        if (m->asname) {
            p_syntax_error(p);
        }
        module = m->name;
    } else if (level == 0) {
        p_syntax_error(p);
    }
    if (!at_kw(p, KW_IMPORT)) {
        p_syntax_error(p);
    }
    advance(p);
    PVec v = {0};
    TwToken *last;
    if (at(p, TK_STAR)) {
        last = advance(p);
        TwAlias *a = p_alloc(p, sizeof *a);
        a->name = p_keep(p, tw_str_intern_c("*"));
        a->pos = pos_tok(last);
        vec_push(p, &v, a);
    } else if (at(p, TK_LPAR)) {
        advance(p);
        do {
            if (at(p, TK_RPAR) && v.n > 0) {
                break;
            }
            vec_push(p, &v, dotted_as_name(p, false));
        } while (accept(p, TK_COMMA));
        last = p_expect(p, TK_RPAR);
    } else {
        do {
            vec_push(p, &v, dotted_as_name(p, false));
        } while (accept(p, TK_COMMA) && !at(p, TK_NEWLINE));
        if (prev_tok(p)->type == TK_COMMA) {
            p_error_tok(p, tk(p), "trailing comma not allowed without surrounding parentheses");
        }
        last = prev_tok(p);
    }
    TwStmt *s = new_stmt(p, TW_STMT_IMPORTFROM, pos_tok_span(kw, last));
    s->u.importfrom.module = module;
    s->u.importfrom.names.n = v.n;
    s->u.importfrom.names.items = (TwAlias **)v.items;
    s->u.importfrom.level = level;
    return s;
}

static bool is_augassign(int type, int *op) {
    switch (type) {
    case TK_PLUSEQUAL: *op = TW_OP_ADD; return true;
    case TK_MINEQUAL: *op = TW_OP_SUB; return true;
    case TK_STAREQUAL: *op = TW_OP_MUL; return true;
    case TK_SLASHEQUAL: *op = TW_OP_TRUEDIV; return true;
    case TK_PERCENTEQUAL: *op = TW_OP_MOD; return true;
    case TK_AMPEREQUAL: *op = TW_OP_AND; return true;
    case TK_VBAREQUAL: *op = TW_OP_OR; return true;
    case TK_CIRCUMFLEXEQUAL: *op = TW_OP_XOR; return true;
    case TK_LEFTSHIFTEQUAL: *op = TW_OP_LSHIFT; return true;
    case TK_RIGHTSHIFTEQUAL: *op = TW_OP_RSHIFT; return true;
    case TK_DOUBLESTAREQUAL: *op = TW_OP_POW; return true;
    case TK_DOUBLESLASHEQUAL: *op = TW_OP_FLOORDIV; return true;
    case TK_ATEQUAL: *op = TW_OP_MATMUL; return true;
    default: return false;
    }
}

static TwExpr *rhs(Parser *p) {
    if (at_kw(p, KW_YIELD)) {
        return p_yield_expr(p);
    }
    return p_star_expressions(p);
}

static bool is_paren_group(Parser *p, TwExpr *e) {
    // was the expression written in parentheses? (its first token is preceded by '(')
    (void)p;
    (void)e;
    return false;
}

// The first token of an expression (for CPython's lookahead-based error rules).
static TwToken *first_token_of(Parser *p, TwExpr *e) {
    for (int i = 0; i < p->ntoks; i++) {
        if (p->t[i].lineno == e->pos.lineno && p->t[i].col >= e->pos.col) {
            return &p->t[i];
        }
        if (p->t[i].lineno > e->pos.lineno) {
            return &p->t[i];
        }
    }
    return tk(p);
}

// A bad assignment target: CPython's messages depend on how the line looks.
static _Noreturn void bad_assign(Parser *p, TwExpr *target, bool first, TwExpr *value) {
    if (target->kind == TW_EXPR_YIELD || target->kind == TW_EXPR_YIELDFROM) {
        p_error_pos(p, target->pos, "assignment to yield expression not possible");
    }
    // "x + 1 = 2": the first target is a single expression (not a list/tuple/None/True/False
    // display) and one plain value follows
    TwToken *ft = first_token_of(p, target);
    bool lookahead_ok = !(ft->type == TK_LSQB || (ft->type == TK_LPAR && (target->kind == TW_EXPR_TUPLE ||
                                                                            target->kind == TW_EXPR_GENERATOREXP)) ||
                          ft->kw == KW_TRUE || ft->kw == KW_NONE || ft->kw == KW_FALSE);
    if (first && lookahead_ok && target->kind != TW_EXPR_TUPLE && target->kind != TW_EXPR_COMPARE &&
        target->kind != TW_EXPR_BOOLOP && !(target->kind == TW_EXPR_UNARYOP && target->u.unaryop.op == TW_UNARY_NOT) &&
        target->kind != TW_EXPR_IFEXP && target->kind != TW_EXPR_LAMBDA && target->kind != TW_EXPR_STARRED &&
        value && value->kind != TW_EXPR_TUPLE && value->kind != TW_EXPR_COMPARE && value->kind != TW_EXPR_BOOLOP &&
        value->kind != TW_EXPR_IFEXP && value->kind != TW_EXPR_LAMBDA && value->kind != TW_EXPR_YIELD &&
        value->kind != TW_EXPR_STARRED && !at(p, TK_EQUAL)) {
        p_error_pos(p, target->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    p_expr_name(target));
    }
    TwExpr *bad = p_invalid_target(target, 0);
    if (bad && bad->kind == TW_EXPR_STARRED && bad == target) {
        bad = p_invalid_target(bad->u.starred.value, 0);
    }
    if (!bad) {
        bad = target;
    }
    p_error_pos(p, bad->pos, "cannot assign to %s", p_expr_name(bad));
}

static void check_legacy(Parser *p, TwExpr *e) {
    // print "x" / exec "code"
    if (e->kind == TW_EXPR_NAME && (tw_str_eq_c(e->u.name.id, "print") || tw_str_eq_c(e->u.name.id, "exec")) &&
        (starts_expression(p, tk(p)) || at(p, TK_STAR)) && !at(p, TK_LPAR)) {
        int save = p->pos;
        jmp_buf jb, *old = p->jb;
        p->jb = &jb;
        if (setjmp(jb) == 0) {
            TwExpr *b = p_star_expressions(p);
            p->jb = old;
            const char *n = tw_str_data(e->u.name.id);
            p_error_range(p, &tw_type_SyntaxError, e->pos.lineno, e->pos.col, b->pos.end_lineno, b->pos.end_col,
                          "Missing parentheses in call to '%s'. Did you mean %s(...)?", n, n);
        }
        p->jb = old;
        tw_error_clear();
        p->pos = save;
    }
}

static TwStmt *expr_or_assign(Parser *p) {
    TwToken *start = tk(p);
    TwExpr *e;
    if (at_kw(p, KW_YIELD)) {
        e = p_yield_expr(p);
    } else {
        e = p_star_expressions(p);
    }
    int op;
    if (at(p, TK_COLON)) {
        // annotated assignment
        advance(p);
        if (e->kind == TW_EXPR_TUPLE) {
            p_error_pos(p, e->u.list.elts.n ? e->u.list.elts.items[0]->pos : e->pos,
                        "only single target (not tuple) can be annotated");
        }
        if (e->kind == TW_EXPR_LIST) {
            p_error_pos(p, e->pos, "only single target (not list) can be annotated");
        }
        if (e->kind != TW_EXPR_NAME && e->kind != TW_EXPR_ATTRIBUTE && e->kind != TW_EXPR_SUBSCRIPT) {
            p_error_pos(p, e->pos, "illegal target for annotation");
        }
        TwExpr *ann = p_expression(p);
        TwExpr *value = NULL;
        if (accept(p, TK_EQUAL)) {
            value = rhs(p);
        }
        p_set_ctx(p, e, TW_CTX_STORE, false, false);
        TwStmt *s = new_stmt(p, TW_STMT_ANNASSIGN, span(p, start));
        s->u.annassign.target = e;
        s->u.annassign.annotation = ann;
        s->u.annassign.value = value;
        s->u.annassign.simple = e->kind == TW_EXPR_NAME && start->type != TK_LPAR;
        return s;
    }
    if (is_augassign(tk(p)->type, &op)) {
        if (e->kind != TW_EXPR_NAME && e->kind != TW_EXPR_ATTRIBUTE && e->kind != TW_EXPR_SUBSCRIPT) {
            p_error_pos(p, e->pos, "'%s' is an illegal expression for augmented assignment", p_expr_name(e));
        }
        advance(p);
        TwExpr *value = rhs(p);
        p_set_ctx(p, e, TW_CTX_STORE, true, false);
        TwStmt *s = new_stmt(p, TW_STMT_AUGASSIGN, span(p, start));
        s->u.augassign.target = e;
        s->u.augassign.op = op;
        s->u.augassign.value = value;
        return s;
    }
    if (at(p, TK_EQUAL)) {
        PVec targets = {0};
        vec_push(p, &targets, e);
        TwExpr *value = NULL;
        while (accept(p, TK_EQUAL)) {
            value = rhs(p);
            if (at(p, TK_EQUAL)) {
                vec_push(p, &targets, value);
            }
        }
        for (int i = 0; i < targets.n; i++) {
            TwExpr *t = targets.items[i];
            if (p_invalid_target(t, 0) || t->kind == TW_EXPR_YIELD || t->kind == TW_EXPR_YIELDFROM) {
                bad_assign(p, t, i == 0 && targets.n == 1, value);
            }
            p_set_ctx(p, t, TW_CTX_STORE, false, false);
        }
        TwStmt *s = new_stmt(p, TW_STMT_ASSIGN, span(p, start));
        s->u.assign.targets = vec_exprs(&targets);
        s->u.assign.value = value;
        return s;
    }
    if (!at(p, TK_NEWLINE) && !at(p, TK_SEMI)) {
        check_legacy(p, e);
    }
    (void)is_paren_group;
    TwStmt *s = new_stmt(p, TW_STMT_EXPR, span(p, start));
    s->u.expr.value = e;
    return s;
}

static TwStmt *simple_stmt(Parser *p) {
    TwToken *t = tk(p);
    if (t->type == TK_NAME) {
        switch (t->kw) {
        case KW_PASS:
            advance(p);
            return new_stmt(p, TW_STMT_PASS, pos_tok(t));
        case KW_BREAK:
            advance(p);
            return new_stmt(p, TW_STMT_BREAK, pos_tok(t));
        case KW_CONTINUE:
            advance(p);
            return new_stmt(p, TW_STMT_CONTINUE, pos_tok(t));
        case KW_RETURN: {
            advance(p);
            TwStmt *s = new_stmt(p, TW_STMT_RETURN, pos_tok(t));
            if (!at(p, TK_NEWLINE) && !at(p, TK_SEMI)) {
                TwExpr *v = p_star_expressions(p);
                s->u.return_.value = v;
                s->pos = span(p, t);
            }
            return s;
        }
        case KW_RAISE: {
            advance(p);
            TwStmt *s = new_stmt(p, TW_STMT_RAISE, pos_tok(t));
            if (!at(p, TK_NEWLINE) && !at(p, TK_SEMI)) {
                TwExpr *v = p_expression(p);
                s->u.raise.exc = v;
                s->pos = span(p, t);
                if (accept_kw(p, KW_FROM)) {
                    TwExpr *c = p_expression(p);
                    s->u.raise.cause = c;
                    s->pos = span(p, t);
                }
            }
            return s;
        }
        case KW_GLOBAL: case KW_NONLOCAL: {
            advance(p);
            PVec v = {0};
            TwToken *last;
            do {
                if (!at_name(p)) {
                    p_syntax_error(p);
                }
                last = advance(p);
                vec_push(p, &v, (void *)(uintptr_t)p_name_value(p, last));
            } while (accept(p, TK_COMMA));
            TwStmt *s = new_stmt(p, t->kw == KW_GLOBAL ? TW_STMT_GLOBAL : TW_STMT_NONLOCAL, pos_tok_span(t, last));
            s->u.global.n = v.n;
            s->u.global.names = p_alloc(p, (size_t)v.n * sizeof(TwValue));
            for (int i = 0; i < v.n; i++) {
                s->u.global.names[i] = (TwValue)(uintptr_t)v.items[i];
            }
            return s;
        }
        case KW_DEL: {
            advance(p);
            PVec v = {0};
            TwToken *last = t;
            do {
                if (at(p, TK_NEWLINE) || at(p, TK_SEMI)) {
                    break;
                }
                TwExpr *e = p_bitwise_or(p);
                if (at(p, TK_NAME) && tk(p)->kw) {
                    p_syntax_error(p);
                }
                p_set_ctx(p, e, TW_CTX_DEL, false, true);
                vec_push(p, &v, e);
                last = prev_tok(p);
            } while (accept(p, TK_COMMA));
            if (v.n == 0) {
                p_syntax_error(p);
            }
            if (prev_tok(p)->type == TK_COMMA) {
                last = prev_tok(p);
            }
            TwStmt *s = new_stmt(p, TW_STMT_DELETE, pos_tok_span(t, last));
            s->u.delete_.targets = vec_exprs(&v);
            return s;
        }
        case KW_ASSERT: {
            advance(p);
            TwExpr *test = p_expression(p);
            TwExpr *msg = NULL;
            if (accept(p, TK_COMMA)) {
                msg = p_expression(p);
            }
            TwStmt *s = new_stmt(p, TW_STMT_ASSERT, span(p, t));
            s->u.assert_.test = test;
            s->u.assert_.msg = msg;
            return s;
        }
        case KW_IMPORT: case KW_FROM:
            return import_stmt(p);
        default:
            break;
        }
    }
    return expr_or_assign(p);
}

static void simple_stmts(Parser *p, PVec *out) {
    for (;;) {
        vec_push(p, out, simple_stmt(p));
        if (accept(p, TK_SEMI)) {
            if (at(p, TK_NEWLINE)) {
                break;
            }
            continue;
        }
        break;
    }
    if (!at(p, TK_NEWLINE)) {
        TwStmt *last = out->items[out->n - 1];
        if (last->kind == TW_STMT_EXPR && p->in_brackets == 0) {
            // "x y": maybe a missing comma is not what CPython says here
        }
        p_syntax_error(p);
    }
    advance(p);
}

static TwExprList decorators(Parser *p) {
    PVec v = {0};
    while (accept(p, TK_AT)) {
        TwExpr *e = p_named_expression(p);
        p_expect(p, TK_NEWLINE);
        vec_push(p, &v, e);
    }
    return vec_exprs(&v);
}

static TwStmt *funcdef(Parser *p, TwExprList decos, TwToken *async_tok) {
    TwToken *def = advance(p);
    TwToken *start = async_tok ? async_tok : def;
    if (!at_name(p)) {
        p_syntax_error(p);
    }
    TwToken *name = advance(p);
    p_expect(p, TK_LPAR);
    TwArguments *args = p_parameters(p, false, TK_RPAR);
    p_expect(p, TK_RPAR);
    TwExpr *returns = NULL;
    if (accept(p, TK_RARROW)) {
        returns = p_expression(p);
    }
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, def, "function definition");
    TwStmt *s = new_stmt(p, async_tok ? TW_STMT_ASYNCFUNCTIONDEF : TW_STMT_FUNCTIONDEF, stmts_end(pos_tok(start), &body));
    s->u.functiondef.name = p_name_value(p, name);
    s->u.functiondef.args = args;
    s->u.functiondef.body = body;
    s->u.functiondef.decorator_list = decos;
    s->u.functiondef.returns = returns;
    return s;
}

static TwStmt *classdef(Parser *p, TwExprList decos) {
    TwToken *cls = advance(p);
    if (!at_name(p)) {
        p_syntax_error(p);
    }
    TwToken *name = advance(p);
    TwStmt *s = new_stmt(p, TW_STMT_CLASSDEF, pos_tok(cls));
    if (accept(p, TK_LPAR)) {
        p->in_brackets++;
        int open = p->pos;
        p_call_args(p, &s->u.classdef.bases, &s->u.classdef.keywords, TK_RPAR);
        if (s->u.classdef.bases.n == 1 && s->u.classdef.bases.items[0]->kind == TW_EXPR_GENERATOREXP) {
            // class C(x for x in y): CPython's grammar has no generator argument here
            for (int i = open; i < p->pos; i++) {
                if (p->t[i].type == TK_NAME && p->t[i].kw == KW_FOR) {
                    p_error_tok(p, &p->t[i], "invalid syntax");
                }
            }
        }
        p_expect(p, TK_RPAR);
        p->in_brackets--;
    }
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, cls, "class definition");
    s->pos = stmts_end(pos_tok(cls), &body);
    s->u.classdef.name = p_name_value(p, name);
    s->u.classdef.body = body;
    s->u.classdef.decorator_list = decos;
    return s;
}

static TwStmt *if_stmt(Parser *p) {
    TwToken *kw = advance(p);
    TwExpr *test = p_named_expression(p);
    if (at(p, TK_EQUAL) && test->kind == TW_EXPR_NAME) {
        TwToken *eq = advance(p);
        (void)eq;
        TwExpr *b = p_bitwise_or(p);
        p_error_range(p, &tw_type_SyntaxError, test->pos.lineno, test->pos.col, b->pos.end_lineno, b->pos.end_col,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, kw, kw->kw == KW_IF ? "'if' statement" : "'elif' statement");
    TwStmt *s = new_stmt(p, TW_STMT_IF, stmts_end(pos_tok(kw), &body));
    s->u.if_.test = test;
    s->u.if_.body = body;
    if (at_kw(p, KW_ELIF)) {
        TwStmt *e = if_stmt(p);
        s->u.if_.orelse.n = 1;
        s->u.if_.orelse.items = p_alloc(p, sizeof(TwStmt *));
        s->u.if_.orelse.items[0] = e;
        s->pos = pos_span(s->pos, e->pos);
    } else if (at_kw(p, KW_ELSE)) {
        TwToken *el = advance(p);
        p_expect_forced(p, TK_COLON, ":");
        s->u.if_.orelse = p_block(p, el, "'else' statement");
        s->pos = stmts_end(s->pos, &s->u.if_.orelse);
    }
    return s;
}

static TwStmt *while_stmt(Parser *p) {
    TwToken *kw = advance(p);
    TwExpr *test = p_named_expression(p);
    if (at(p, TK_EQUAL) && test->kind == TW_EXPR_NAME) {
        advance(p);
        TwExpr *b = p_bitwise_or(p);
        p_error_range(p, &tw_type_SyntaxError, test->pos.lineno, test->pos.col, b->pos.end_lineno, b->pos.end_col,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, kw, "'while' statement");
    TwStmt *s = new_stmt(p, TW_STMT_WHILE, stmts_end(pos_tok(kw), &body));
    s->u.while_.test = test;
    s->u.while_.body = body;
    if (at_kw(p, KW_ELSE)) {
        TwToken *el = advance(p);
        p_expect_forced(p, TK_COLON, ":");
        s->u.while_.orelse = p_block(p, el, "'else' statement");
        s->pos = stmts_end(s->pos, &s->u.while_.orelse);
    }
    return s;
}

static TwStmt *for_stmt(Parser *p, TwToken *async_tok) {
    TwToken *kw = advance(p);
    TwExpr *target = p_star_targets(p);
    if (!at_kw(p, KW_IN)) {
        p_syntax_error(p);
    }
    advance(p);
    TwExpr *iter = p_star_expressions(p);
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, kw, "'for' statement");
    TwStmt *s = new_stmt(p, async_tok ? TW_STMT_ASYNCFOR : TW_STMT_FOR, stmts_end(pos_tok(async_tok ? async_tok : kw), &body));
    s->u.for_.target = target;
    s->u.for_.iter = iter;
    s->u.for_.body = body;
    if (at_kw(p, KW_ELSE)) {
        TwToken *el = advance(p);
        p_expect_forced(p, TK_COLON, ":");
        s->u.for_.orelse = p_block(p, el, "'else' statement");
        s->pos = stmts_end(s->pos, &s->u.for_.orelse);
    }
    return s;
}

static TwWithItem *with_item(Parser *p) {
    TwWithItem *w = p_alloc(p, sizeof *w);
    w->context_expr = p_expression(p);
    if (accept_kw(p, KW_AS)) {
        w->optional_vars = p_star_target(p);
    }
    return w;
}

// Does '(' at the current token start a parenthesized list of with-items?
static bool paren_with_items(Parser *p) {
    int depth = 0;
    for (int i = p->pos; i < p->ntoks; i++) {
        int ty = p->t[i].type;
        if (ty == TK_LPAR || ty == TK_LSQB || ty == TK_LBRACE) {
            depth++;
        } else if (ty == TK_RPAR || ty == TK_RSQB || ty == TK_RBRACE) {
            depth--;
            if (depth == 0) {
                return i + 1 < p->ntoks && p->t[i + 1].type == TK_COLON;
            }
        } else if (depth == 1 && ty == TK_NAME && (p->t[i].kw == KW_YIELD || p->t[i].kw == KW_FOR)) {
            return false;
        } else if (ty == TK_NEWLINE || ty == TK_ENDMARKER) {
            return false;
        }
    }
    return false;
}

static TwStmt *with_stmt(Parser *p, TwToken *async_tok) {
    TwToken *kw = advance(p);
    PVec v = {0};
    if (at(p, TK_LPAR) && paren_with_items(p)) {
        advance(p);
        do {
            if (at(p, TK_RPAR)) {
                break;
            }
            vec_push(p, &v, with_item(p));
        } while (accept(p, TK_COMMA));
        p_expect(p, TK_RPAR);
    } else {
        do {
            vec_push(p, &v, with_item(p));
        } while (accept(p, TK_COMMA));
    }
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, kw, "'with' statement");
    TwStmt *s = new_stmt(p, async_tok ? TW_STMT_ASYNCWITH : TW_STMT_WITH, stmts_end(pos_tok(async_tok ? async_tok : kw), &body));
    s->u.with.items.n = v.n;
    s->u.with.items.items = (TwWithItem **)v.items;
    s->u.with.body = body;
    return s;
}

// `except A, B:` (after A, at the comma). CPython's rule `expression ',' expressions
// ['as' NAME] ':'` reports the types up to the colon; anything else is invalid syntax at
// the comma, where its first parsing pass stopped.
static _Noreturn void except_types_error(Parser *p, TwExpr *first) {
    int save = p->pos;
    TwToken *volatile colon = NULL;   // set between setjmp and a possible longjmp
    jmp_buf jb, *old = p->jb;
    p->jb = &jb;
    if (setjmp(jb) == 0) {
        advance(p);
        p_expression(p);
        while (accept(p, TK_COMMA) && !at(p, TK_COLON) && !at_kw(p, KW_AS)) {
            p_expression(p);
        }
        if (!accept_kw(p, KW_AS) || (at_name(p) && advance(p))) {
            colon = at(p, TK_COLON) ? tk(p) : NULL;
        }
    }
    p->jb = old;
    tw_error_clear();
    if (colon) {
        p_error_range(p, &tw_type_SyntaxError, first->pos.lineno, first->pos.col, colon->lineno, colon->col,
                      "multiple exception types must be parenthesized");
    }
    p->pos = save;
    p_syntax_error(p);
}

static TwStmt *try_stmt(Parser *p) {
    TwToken *kw = advance(p);
    p_expect_forced(p, TK_COLON, ":");
    TwStmtList body = p_block(p, kw, "'try' statement");
    TwStmt *s = new_stmt(p, TW_STMT_TRY, stmts_end(pos_tok(kw), &body));
    s->u.try_.body = body;
    PVec handlers = {0};
    int star = -1;
    while (at_kw(p, KW_EXCEPT)) {
        TwToken *ex = advance(p);
        TwToken *star_tok = tk(p);
        int is_star = accept(p, TK_STAR) ? 1 : 0;
        if (star >= 0 && star != is_star) {
            const char *msg = "cannot have both 'except' and 'except*' on the same 'try'";
            if (is_star) {
                p_error_range(p, &tw_type_SyntaxError, ex->lineno, ex->col, star_tok->end_lineno, star_tok->end_col,
                              "%s", msg);
            }
            p_error_tok(p, ex, "%s", msg);
        }
        star = is_star;
        TwExceptHandler *h = p_alloc(p, sizeof *h);
        if (!at(p, TK_COLON)) {
            h->type = p_expression(p);
            if (at(p, TK_COMMA)) {
                except_types_error(p, h->type);
            }
            if (accept_kw(p, KW_AS)) {
                if (!at_name(p)) {
                    p_syntax_error(p);
                }
                h->name = p_name_value(p, advance(p));
            }
            if (!at(p, TK_COLON) && !at(p, TK_NEWLINE)) {
                p_syntax_error(p);
            }
        } else if (is_star) {
            p_error_tok(p, tk(p), "expected one or more exception types");
        }
        p_expect_forced(p, TK_COLON, ":");
        h->body = p_block(p, ex, is_star ? "'except*' statement" : "'except' statement");
        h->pos = stmts_end(pos_tok(ex), &h->body);
        vec_push(p, &handlers, h);
        s->pos = pos_span(s->pos, h->pos);
    }
    if (star == 1) {
        s->kind = TW_STMT_TRYSTAR;
    }
    s->u.try_.handlers.n = handlers.n;
    s->u.try_.handlers.items = (TwExceptHandler **)handlers.items;
    if (handlers.n && at_kw(p, KW_ELSE)) {
        TwToken *el = advance(p);
        p_expect_forced(p, TK_COLON, ":");
        s->u.try_.orelse = p_block(p, el, "'else' statement");
        s->pos = stmts_end(s->pos, &s->u.try_.orelse);
    }
    if (at_kw(p, KW_FINALLY)) {
        TwToken *fi = advance(p);
        p_expect_forced(p, TK_COLON, ":");
        s->u.try_.finalbody = p_block(p, fi, "'finally' statement");
        s->pos = stmts_end(s->pos, &s->u.try_.finalbody);
    }
    if (handlers.n == 0 && s->u.try_.finalbody.n == 0) {
        TwToken *t = tk(p);
        p_error_tok(p, t, "expected 'except' or 'finally' block");
    }
    return s;
}

TwStmt *p_match_stmt(Parser *p);
bool p_at_match_stmt(Parser *p);

static TwStmt *statement(Parser *p, PVec *out) {
    TwToken *t = tk(p);
    TwStmt *s = NULL;
    if (t->type == TK_NAME) {
        switch (t->kw) {
        case KW_DEF:
            s = funcdef(p, (TwExprList){0, NULL}, NULL);
            break;
        case KW_CLASS:
            s = classdef(p, (TwExprList){0, NULL});
            break;
        case KW_IF:
            s = if_stmt(p);
            break;
        case KW_WHILE:
            s = while_stmt(p);
            break;
        case KW_FOR:
            s = for_stmt(p, NULL);
            break;
        case KW_WITH:
            s = with_stmt(p, NULL);
            break;
        case KW_TRY:
            s = try_stmt(p);
            break;
        case KW_ASYNC: {
            TwToken *a = advance(p);
            if (at_kw(p, KW_DEF)) {
                s = funcdef(p, (TwExprList){0, NULL}, a);
            } else if (at_kw(p, KW_FOR)) {
                s = for_stmt(p, a);
            } else if (at_kw(p, KW_WITH)) {
                s = with_stmt(p, a);
            } else {
                p_syntax_error(p);
            }
            break;
        }
        case KW_ELSE: case KW_ELIF: case KW_EXCEPT: case KW_FINALLY:
            p_syntax_error(p);
        case KW_NONE_:
            if (tok_is(p, t, "match") && p_at_match_stmt(p)) {
                s = p_match_stmt(p);
            }
            break;
        default:
            break;
        }
    } else if (t->type == TK_AT) {
        TwExprList decos = decorators(p);
        TwToken *a = NULL;
        if (at_kw(p, KW_ASYNC)) {
            a = advance(p);
        }
        if (at_kw(p, KW_DEF)) {
            s = funcdef(p, decos, a);
        } else if (!a && at_kw(p, KW_CLASS)) {
            s = classdef(p, decos);
        } else {
            p_syntax_error(p);
        }
    } else if (t->type == TK_INDENT) {
        p_syntax_error(p);
    }
    if (s) {
        vec_push(p, out, s);
        return s;
    }
    simple_stmts(p, out);
    return out->items[out->n - 1];
}

// ---------------------------------------------------------------- f-string expressions

TwExpr *p_parse_fstring_expr(Parser *p, const char *text, size_t n, int line, int col, TwToken *strtok) {
    (void)strtok;
    char *buf = malloc(n + 3);
    if (!buf) {
        tw_error_nomem();
        p_fail(p);
    }
    buf[0] = '(';
    memcpy(buf + 1, text, n);
    buf[n + 1] = ')';
    TwLexer *lx = malloc(sizeof *lx);
    if (!lx) {
        free(buf);
        tw_error_nomem();
        p_fail(p);
    }
    int r = tw_lex_run_field(lx, buf, n + 2, p->filename, line);
    free(buf);
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.lx = lx;
    sub.t = lx->toks;
    sub.ntoks = lx->ntoks;
    sub.arena = p->arena;
    sub.filename = p->filename;
    sub.fstring = 1;
    sub.outer = p;
    sub.fs_line = line;
    sub.fs_col = col - 1;     // the '(' we added sits just before the expression
    if (r < 0) {
        tw_lex_free(lx);
        free(lx);
        p_fail(p);
    }
    // map the tokens to real source positions
    for (int i = 0; i < lx->ntoks; i++) {
        TwToken *t = &lx->toks[i];
        if (t->lineno == 1) {
            t->col += sub.fs_col;
        }
        if (t->end_lineno == 1) {
            t->end_col += sub.fs_col;
        }
        t->lineno += line - 1;
        t->end_lineno += line - 1;
    }
    jmp_buf jb;
    sub.jb = &jb;
    TwExpr *e = NULL;
    if (setjmp(jb) == 0) {
        e = p_star_expressions(&sub);
        while (at(&sub, TK_NEWLINE)) {
            advance(&sub);
        }
        if (!at(&sub, TK_ENDMARKER)) {
            p_syntax_error(&sub);
        }
    }
    tw_lex_free(lx);
    free(lx);
    if (!e) {
        p_fail(p);
    }
    return e;
}

// ---------------------------------------------------------------- entry point

bool tw_parse_hit_eof;

static int parse_tokens(Parser *p, TwModuleAst *m, TwParseMode mode) {
    jmp_buf jb;
    p->jb = &jb;
    if (setjmp(jb)) {
        return -1;
    }
    m->mode = mode;
    if (mode == TW_MODE_EVAL) {
        while (at(p, TK_NEWLINE)) {
            advance(p);
        }
        m->expr = p_star_expressions(p);
        while (at(p, TK_NEWLINE)) {
            advance(p);
        }
        if (!at(p, TK_ENDMARKER)) {
            p_syntax_error(p);
        }
        return 0;
    }
    PVec v = {0};
    while (!at(p, TK_ENDMARKER)) {
        if (at(p, TK_NEWLINE)) {
            advance(p);
            continue;
        }
        statement(p, &v);
        if (mode == TW_MODE_SINGLE && !at(p, TK_ENDMARKER)) {
            // reported at the newline that ended the first statement
            int i = p->pos;
            while (i > 0 && p->t[i].type != TK_NEWLINE) {
                i--;
            }
            p_error_tok(p, &p->t[i], "multiple statements found while compiling a single statement");
        }
    }
    if (mode == TW_MODE_SINGLE && v.n == 0) {
        p_syntax_error(p);   // a single statement is required
    }
    m->body = vec_stmts(&v);
    return 0;
}

TwModuleAst *tw_parse(TwArena *arena, const char *src, size_t size, TwValue filename, TwParseMode mode) {
    TwLexer lx;
    if (tw_lex_run(&lx, src, size, filename) < 0) {
        tw_lex_free(&lx);
        return NULL;
    }
    lx.hide_added_newline = mode != TW_MODE_EXEC && lx.added_newline;
    tw_parse_hit_eof = false;
    Parser p;
    memset(&p, 0, sizeof p);
    p.lx = &lx;
    p.t = lx.toks;
    p.ntoks = lx.ntoks;
    p.arena = arena;
    p.filename = filename;
    TwModuleAst *m = tw_arena_alloc(arena, sizeof *m);
    if (!m || parse_tokens(&p, m, mode) < 0) {
        tw_lex_free(&lx);
        return NULL;
    }
    tw_lex_free(&lx);
    return m;
}
