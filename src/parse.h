// The parser's private interface, shared by parse.c (statements, entry point),
// parse_expr.c (expressions, targets, arguments) and parse_str.c (literals, f-strings).
//
// A hand-written recursive-descent parser over the token array from lex.c. Errors
// longjmp back to tw_parse (the exception is already set), so grammar functions return
// nodes directly; a few places backtrack by saving and restoring `pos`.
#ifndef TW_PARSE_H
#define TW_PARSE_H

#include <setjmp.h>

#include "ast.h"
#include "lex.h"

typedef struct Parser {
    TwLexer *lx;
    TwToken *t;                 // the tokens
    int ntoks;
    int pos;                    // current token
    TwArena *arena;
    TwValue filename;
    jmp_buf *jb;                // where errors go
    int fstring;                // >0 while parsing an f-string replacement field's expression
    int in_brackets;            // bracket depth (for "Perhaps you forgot a comma?")
    struct Parser *outer;       // the enclosing parser of an f-string expression
    int fs_line, fs_col;        // f-string expression: real line of its first line, and the
                                // column shift applied to tokens on that line
    int strings_done;           // tokens before this index have had their escapes checked
    bool warn_escapes;          // the string tokens being decoded warn about bad escapes
} Parser;

// ---- tokens ----
static inline TwToken *tk(Parser *p) { return &p->t[p->pos]; }
static inline TwToken *tk_at(Parser *p, int k) {
    int i = p->pos + k;
    return &p->t[i < p->ntoks ? i : p->ntoks - 1];
}
static inline bool at(Parser *p, int type) { return p->t[p->pos].type == type; }
static inline bool at_kw(Parser *p, int kw) { return p->t[p->pos].type == TK_NAME && p->t[p->pos].kw == kw; }
static inline TwToken *advance(Parser *p) {
    TwToken *t = &p->t[p->pos];
    if (p->pos < p->ntoks - 1) {
        p->pos++;
    }
    return t;
}
static inline bool accept(Parser *p, int type) {
    if (at(p, type)) {
        advance(p);
        return true;
    }
    return false;
}
static inline bool accept_kw(Parser *p, int kw) {
    if (at_kw(p, kw)) {
        advance(p);
        return true;
    }
    return false;
}
// A NAME token that is not a hard keyword (soft keywords match/case/_ included).
static inline bool at_name(Parser *p) { return at(p, TK_NAME) && tk(p)->kw == 0; }
bool tok_is(Parser *p, TwToken *t, const char *text);   // token text equals text

// ---- errors (all longjmp) ----
_Noreturn void p_fail(Parser *p);                          // exception already set
_Noreturn void p_error_tok(Parser *p, TwToken *t, const char *fmt, ...);    // at the token's range
_Noreturn void p_error_range(Parser *p, TwType *type, int l1, int c1, int l2, int c2, const char *fmt, ...);
_Noreturn void p_error_pos(Parser *p, TwPos pos, const char *fmt, ...);     // at a node's range
// A warning about token t that the filters turned into an error: SyntaxError(msg) at t.
_Noreturn void p_error_warning(Parser *p, TwToken *t, TwValue msg);
_Noreturn void p_syntax_error(Parser *p);                  // "invalid syntax" at the current token, refined
TwToken *p_expect(Parser *p, int type);                    // or invalid syntax
TwToken *p_expect_forced(Parser *p, int type, const char *what);   // or "expected 'what'"
TwValue p_keep(Parser *p, TwValue v);                      // root a value in the arena (or fail)

// ---- nodes ----
void *p_alloc(Parser *p, size_t size);
TwPos pos_tok(TwToken *t);
TwPos pos_span(TwPos a, TwPos b);                          // from a's start to b's end
TwPos pos_tok_span(TwToken *a, TwToken *b);
TwPos span(Parser *p, TwToken *start);                     // from start to the last token consumed
TwExpr *new_expr(Parser *p, TwExprKind kind, TwPos pos);
TwStmt *new_stmt(Parser *p, TwStmtKind kind, TwPos pos);
TwValue p_name_value(Parser *p, TwToken *t);               // interned identifier of a NAME token
TwToken *prev_tok(Parser *p);                              // the token before the current one

// Growable node arrays (arena memory).
typedef struct { int n, cap; void **items; } PVec;
void vec_push(Parser *p, PVec *v, void *item);
TwExprList vec_exprs(PVec *v);
TwStmtList vec_stmts(PVec *v);

// ---- expressions (parse_expr.c) ----
TwExpr *p_expression(Parser *p);             // expression (ternary, lambda)
TwExpr *p_named_expression(Parser *p);       // expression or NAME := expression
TwExpr *p_star_expressions(Parser *p);       // a, *b, c -> Tuple
TwExpr *p_star_named_expressions_tuple(Parser *p);   // for return/yield/for-iter: like star_expressions
TwExpr *p_disjunction(Parser *p);
TwExpr *p_bitwise_or(Parser *p);
TwExpr *p_yield_expr(Parser *p);
TwExpr *p_star_targets(Parser *p);           // for/with/comprehension targets (Store)
TwExpr *p_star_target(Parser *p);            // one with-item target (Store)
TwExpr *p_primary(Parser *p);
TwArguments *p_parameters(Parser *p, bool lambda, int close);   // def/lambda parameters up to `close`
void p_call_args(Parser *p, TwExprList *args, TwKeywordList *kws, int close);
void p_set_ctx(Parser *p, TwExpr *e, TwExprCtx ctx, bool augassign, bool del);   // validate a target
bool starts_expression(Parser *p, TwToken *t);

// ---- literals (parse_str.c) ----
TwExpr *p_number(Parser *p, TwToken *t);
TwExpr *p_strings(Parser *p);                // one or more adjacent STRING tokens

// ---- statements (parse.c) ----
TwStmtList p_block(Parser *p, TwToken *kwtok, const char *what);
TwExpr *p_parse_fstring_expr(Parser *p, const char *text, size_t n, int line, int col, TwToken *strtok);

#endif
