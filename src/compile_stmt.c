// Compiling statements: assignments of every target form, control flow (if/while/for with
// else, break/continue/return unwinding through finally and with blocks), try/except/
// finally, try/except* and with (zero-cost: handlers are exception-table entries made from
// SETUP_* pseudo-instructions), raise, assert, imports, class statements and module/class
// bodies.
#include <stdio.h>
#include <stdlib.h>

#include "compile_int.h"

int cc_function_def(Compiler *c, TwStmt *s);

// ---------------------------------------------------------------- helpers

TwValue cc_docstring(TwStmtList *body) {
    if (body->n == 0) {
        return TW_NULL;
    }
    TwStmt *s = body->items[0];
    if (s->kind != TW_STMT_EXPR || s->u.expr.value->kind != TW_EXPR_CONSTANT) {
        return TW_NULL;
    }
    TwValue v = s->u.expr.value->u.constant.value;
    return tw_is_str(v) ? v : TW_NULL;
}

int cc_stmts(Compiler *c, TwStmtList *l) {
    for (int i = 0; i < l->n; i++) {
        if (cc_stmt(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static TwPos loc_pos(Compiler *c) {
    TwPosition *l = &c->u->loc;
    TwPos p = {l->line, l->col, l->end_line, l->end_col};
    return p;
}

// Does a body contain an annotated assignment (outside nested defs and classes)?
static bool find_ann(TwStmtList *l) {
    for (int i = 0; i < l->n; i++) {
        TwStmt *s = l->items[i];
        switch (s->kind) {
        case TW_STMT_ANNASSIGN:
            return true;
        case TW_STMT_FOR:
        case TW_STMT_ASYNCFOR:
            if (find_ann(&s->u.for_.body) || find_ann(&s->u.for_.orelse)) {
                return true;
            }
            break;
        case TW_STMT_WHILE:
            if (find_ann(&s->u.while_.body) || find_ann(&s->u.while_.orelse)) {
                return true;
            }
            break;
        case TW_STMT_IF:
            if (find_ann(&s->u.if_.body) || find_ann(&s->u.if_.orelse)) {
                return true;
            }
            break;
        case TW_STMT_WITH:
        case TW_STMT_ASYNCWITH:
            if (find_ann(&s->u.with.body)) {
                return true;
            }
            break;
        case TW_STMT_TRY:
        case TW_STMT_TRYSTAR:
            if (find_ann(&s->u.try_.body) || find_ann(&s->u.try_.orelse) || find_ann(&s->u.try_.finalbody)) {
                return true;
            }
            for (int k = 0; k < s->u.try_.handlers.n; k++) {
                if (find_ann(&s->u.try_.handlers.items[k]->body)) {
                    return true;
                }
            }
            break;
        case TW_STMT_MATCH:
            for (int k = 0; k < s->u.match.cases.n; k++) {
                if (find_ann(&s->u.match.cases.items[k]->body)) {
                    return true;
                }
            }
            break;
        default:
            break;
        }
    }
    return false;
}

int cc_body(Compiler *c, TwStmtList *l) {
    if (c->u->kind == UNIT_MODULE && l->n) {
        cc_set_loc(c, l->items[0]->pos);
    }
    if (find_ann(l) && cc_emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) {
        return -1;
    }
    int i = 0;
    TwValue doc = cc_docstring(l);
    if (doc) {
        i = 1;
        if (cc_expr(c, l->items[0]->u.expr.value) < 0) {
            return -1;
        }
        cc_unset_loc(c);
        if (cc_nameop(c, TW_NAME(__doc__), TW_CTX_STORE) < 0) {
            return -1;
        }
    }
    for (; i < l->n; i++) {
        if (cc_stmt(c, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- unwinding

static int call_exit_with_nones(Compiler *c) {
    if (cc_load_const(c, TW_NONE) < 0 || cc_load_const(c, TW_NONE) < 0 || cc_load_const(c, TW_NONE) < 0) {
        return -1;
    }
    return cc_emit(c, OP_CALL, 2);
}

// Emit the code that leaves fblock `f` early (break/continue/return).
static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:   // never unwound: unwind_fblock_stack refuses it
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return cc_emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return cc_emit(c, PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
            return -1;
        }
        if (preserve_tos && cc_push_fblock(c, FB_POP_VALUE, -1, -1, NULL, TW_NULL, loc_pos(c)) < 0) {
            return -1;
        }
        if (cc_stmts(c, (TwStmtList *)f->datum) < 0) {
            return -1;
        }
        if (preserve_tos) {
            cc_pop_fblock(c);
        }
        cc_unset_loc(c);
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
            return -1;
        }
        return cc_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH: {
        const TwStmt *s = f->datum;
        cc_set_loc(c, s->pos);
        if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
            return -1;
        }
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (call_exit_with_nones(c) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        cc_unset_loc(c);
        return 0;
    }
    case FB_HANDLER_CLEANUP:
        if (f->name && cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
            return -1;
        }
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0) {
            return -1;
        }
        if (f->name) {
            if (cc_load_const(c, TW_NONE) < 0 || cc_nameop(c, f->name, TW_CTX_STORE) < 0 ||
                cc_nameop(c, f->name, TW_CTX_DEL) < 0) {
                return -1;
            }
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos && cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return cc_emit(c, OP_POP_TOP, 0);
    }
    return 0;
}

// Unwind every fblock up to (not including) the innermost loop, which is returned in
// *loop when `loop` is not NULL.
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER) {
        cc_error(c, loc_pos(c), "'break', 'continue' and 'return' cannot appear in an except* block");
        return -1;
    }
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    if (unwind_fblock(c, &copy, preserve_tos) < 0 || unwind_fblock_stack(c, preserve_tos, loop) < 0) {
        return -1;
    }
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return 0;
}

static bool is_function_unit(Unit *u) {
    return u->kind == UNIT_FUNCTION || u->kind == UNIT_LAMBDA || u->kind == UNIT_COMPREHENSION;
}

static int compile_return(Compiler *c, TwStmt *s) {
    TwExpr *v = s->u.return_.value;
    bool preserve_tos = v && v->kind != TW_EXPR_CONSTANT;
    if (!is_function_unit(c->u)) {
        cc_error(c, s->pos, "'return' outside function");
        return -1;
    }
    if (preserve_tos) {
        if (cc_expr(c, v) < 0) {
            return -1;
        }
    } else if (v) {
        cc_set_loc(c, v->pos);
        if (cc_emit(c, OP_NOP, 0) < 0) {
            return -1;
        }
    }
    if (!v || v->pos.lineno != s->pos.lineno) {
        cc_set_loc(c, s->pos);
        if (cc_emit(c, OP_NOP, 0) < 0) {
            return -1;
        }
    }
    if (unwind_fblock_stack(c, preserve_tos, NULL) < 0) {
        return -1;
    }
    if (!v) {
        if (cc_load_const(c, TW_NONE) < 0) {
            return -1;
        }
    } else if (!preserve_tos) {
        if (cc_load_const(c, v->u.constant.value) < 0) {
            return -1;
        }
    }
    return cc_emit(c, OP_RETURN_VALUE, 0);
}

static int compile_break(Compiler *c, TwStmt *s) {
    FBlock *loop = NULL;
    if (cc_emit(c, OP_NOP, 0) < 0 || unwind_fblock_stack(c, false, &loop) < 0) {
        return -1;
    }
    if (!loop) {
        cc_error(c, s->pos, "'break' outside loop");
        return -1;
    }
    if (unwind_fblock(c, loop, false) < 0) {
        return -1;
    }
    return cc_emit(c, PSEUDO_JUMP, loop->exit);
}

static int compile_continue(Compiler *c, TwStmt *s) {
    FBlock *loop = NULL;
    if (cc_emit(c, OP_NOP, 0) < 0 || unwind_fblock_stack(c, false, &loop) < 0) {
        return -1;
    }
    if (!loop) {
        cc_error(c, s->pos, "'continue' not properly in loop");
        return -1;
    }
    return cc_emit(c, PSEUDO_JUMP, loop->block);
}

// ---------------------------------------------------------------- loops and if

static bool const_true(TwExpr *e) {
    if (e->kind != TW_EXPR_CONSTANT) {
        return false;
    }
    TwValue v = e->u.constant.value;
    if (v == TW_TRUE) {
        return true;
    }
    if (tw_is_int(v)) {
        return tw_as_int(v) != 0;
    }
    if (tw_is_str(v)) {
        return tw_str_size(v) > 0;
    }
    return false;
}

// Where CPython 3.11 locates an assert's raise: at the comparison that decided the jump
// (the last one the test's and/or/not structure evaluates), else at the statement.
static TwPos assert_raise_pos(TwStmt *s) {
    TwExpr *e = s->u.assert_.test;
    for (;;) {
        if (e->kind == TW_EXPR_UNARYOP && e->u.unaryop.op == TW_UNARY_NOT) {
            e = e->u.unaryop.operand;
        } else if (e->kind == TW_EXPR_BOOLOP) {
            e = e->u.boolop.values.items[e->u.boolop.values.n - 1];
        } else if (e->kind == TW_EXPR_IFEXP) {
            e = e->u.ifexp.orelse;
        } else {
            break;
        }
    }
    return e->kind == TW_EXPR_COMPARE ? e->pos : s->pos;
}

static int compile_while(Compiler *c, TwStmt *s) {
    int loop = cc_new_label(c), body = cc_new_label(c), anchor = cc_new_label(c), exit = cc_new_label(c);
    if (loop < 0 || body < 0 || anchor < 0 || exit < 0) {
        return -1;
    }
    cc_bind(c, loop);
    bool forever = const_true(s->u.while_.test);
    if (forever) {
        // `while True:` has no test, only a NOP for the line, and loops to its body.
        if (cc_emit(c, OP_NOP, 0) < 0) {
            return -1;
        }
    }
    if (cc_push_fblock(c, FB_WHILE_LOOP, forever ? body : loop, exit, NULL, TW_NULL, s->pos) < 0) {
        return -1;
    }
    if (!forever && cc_jump_if(c, s->u.while_.test, anchor, false) < 0) {
        return -1;
    }
    cc_bind(c, body);
    if (cc_stmts(c, &s->u.while_.body) < 0) {
        return -1;
    }
    // As CPython, the test is compiled again at the bottom, jumping back to the body (the
    // jump on the test's line), so a traced loop reports the test's line, then the body's.
    cc_set_loc(c, s->pos);
    if (!forever) {
        if (cc_jump_if(c, s->u.while_.test, anchor, false) < 0) {
            return -1;
        }
        cc_set_loc(c, s->u.while_.test->pos);
    }
    if (cc_emit(c, PSEUDO_JUMP, body) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    cc_bind(c, anchor);
    if (cc_stmts(c, &s->u.while_.orelse) < 0) {
        return -1;
    }
    cc_bind(c, exit);
    return 0;
}

static int compile_for(Compiler *c, TwStmt *s) {
    int start = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    if (start < 0 || cleanup < 0 || end < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_FOR_LOOP, start, end, NULL, TW_NULL, s->pos) < 0) {
        return -1;
    }
    if (cc_iterable(c, s->u.for_.iter) < 0) {
        return -1;
    }
    if (cc_emit(c, OP_GET_ITER, 0) < 0) {
        return -1;
    }
    cc_bind(c, start);
    if (cc_emit(c, OP_FOR_ITER, cleanup) < 0 || cc_expr(c, s->u.for_.target) < 0 ||
        cc_stmts(c, &s->u.for_.body) < 0) {
        return -1;
    }
    cc_unset_loc(c);
    if (cc_emit(c, PSEUDO_JUMP, start) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    cc_pop_fblock(c);
    if (cc_stmts(c, &s->u.for_.orelse) < 0) {
        return -1;
    }
    cc_bind(c, end);
    return 0;
}

static int compile_if(Compiler *c, TwStmt *s) {
    int end = cc_new_label(c);
    if (end < 0) {
        return -1;
    }
    int next = end;
    if (s->u.if_.orelse.n) {
        next = cc_new_label(c);
        if (next < 0) {
            return -1;
        }
    }
    if (cc_jump_if(c, s->u.if_.test, next, false) < 0 || cc_stmts(c, &s->u.if_.body) < 0) {
        return -1;
    }
    if (s->u.if_.orelse.n) {
        if (cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
            return -1;
        }
        cc_bind(c, next);
        if (cc_stmts(c, &s->u.if_.orelse) < 0) {
            return -1;
        }
    }
    cc_bind(c, end);
    return 0;
}

// ---------------------------------------------------------------- exceptions

// COPY 3; POP_EXCEPT; RERAISE 1: restore the previously handled exception and re-raise.
static int pop_except_and_reraise(Compiler *c) {
    if (cc_emit(c, OP_COPY, 3) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0) {
        return -1;
    }
    return cc_emit(c, OP_RERAISE, 1);
}

static int compile_try_except(Compiler *c, TwStmt *s) {
    int end = cc_new_label(c), except = cc_new_label(c), cleanup = cc_new_label(c);
    if (end < 0 || except < 0 || cleanup < 0) {
        return -1;
    }
    if (cc_emit(c, PSEUDO_SETUP_FINALLY, except) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL, TW_NULL, s->pos) < 0 || cc_stmts(c, &s->u.try_.body) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    if (cc_emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0) {
        return -1;
    }
    if (s->u.try_.orelse.n && cc_stmts(c, &s->u.try_.orelse) < 0) {
        return -1;
    }
    if (cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
        return -1;
    }
    int n = s->u.try_.handlers.n;
    cc_bind(c, except);
    cc_unset_loc(c);
    if (cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || cc_emit(c, OP_PUSH_EXC_INFO, 0) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL, TW_NULL, s->pos) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        TwExceptHandler *h = s->u.try_.handlers.items[i];
        cc_set_loc(c, h->pos);
        if (!h->type && i < n - 1) {
            cc_error(c, h->pos, "default 'except:' must be last");
            return -1;
        }
        int next = cc_new_label(c);
        if (next < 0) {
            return -1;
        }
        if (h->type) {
            if (cc_expr(c, h->type) < 0 || cc_emit(c, OP_CHECK_EXC_MATCH, 0) < 0 ||
                cc_emit(c, OP_POP_JUMP_IF_FALSE, next) < 0) {
                return -1;
            }
        }
        if (h->name) {
            int cleanup_end = cc_new_label(c);
            if (cleanup_end < 0 || cc_nameop(c, h->name, TW_CTX_STORE) < 0 ||
                cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0) {
                return -1;
            }
            if (cc_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, h->name, h->pos) < 0 ||
                cc_stmts(c, &h->body) < 0) {
                return -1;
            }
            cc_pop_fblock(c);
            cc_unset_loc(c);
            if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 ||
                cc_emit(c, OP_POP_EXCEPT, 0) < 0 || cc_load_const(c, TW_NONE) < 0 ||
                cc_nameop(c, h->name, TW_CTX_STORE) < 0 || cc_nameop(c, h->name, TW_CTX_DEL) < 0 ||
                cc_emit(c, PSEUDO_JUMP, end) < 0) {
                return -1;
            }
            cc_bind(c, cleanup_end);
            cc_unset_loc(c);
            if (cc_load_const(c, TW_NONE) < 0 || cc_nameop(c, h->name, TW_CTX_STORE) < 0 ||
                cc_nameop(c, h->name, TW_CTX_DEL) < 0 || cc_emit(c, OP_RERAISE, 1) < 0) {
                return -1;
            }
        } else {
            if (cc_emit(c, OP_POP_TOP, 0) < 0) {
                return -1;
            }
            if (cc_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, TW_NULL, h->pos) < 0 ||
                cc_stmts(c, &h->body) < 0) {
                return -1;
            }
            cc_pop_fblock(c);
            cc_unset_loc(c);
            if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0 ||
                cc_emit(c, PSEUDO_JUMP, end) < 0) {
                return -1;
            }
        }
        cc_bind(c, next);
    }
    cc_unset_loc(c);
    cc_pop_fblock(c);
    if (cc_emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cc_bind(c, end);
    return 0;
}

// try/except*: the handlers match in turn with CHECK_EG_MATCH, each on what the previous
// ones left. Under the handled exception `prev` the stack holds the original exception,
// a list of what the handlers raised and the unmatched rest; PREP_RERAISE_STAR combines
// the list and the final rest into the exception to re-raise, or None.
//     [prev orig list rest type]  CHECK_EG_MATCH  [prev orig list rest' match|None]
static int compile_try_star_except(Compiler *c, TwStmt *s) {
    int orelse = cc_new_label(c), end = cc_new_label(c), except = cc_new_label(c);
    int cleanup = cc_new_label(c), reraise_star = cc_new_label(c), reraise = cc_new_label(c);
    if (orelse < 0 || end < 0 || except < 0 || cleanup < 0 || reraise_star < 0 || reraise < 0) {
        return -1;
    }
    if (cc_emit(c, PSEUDO_SETUP_FINALLY, except) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL, TW_NULL, s->pos) < 0 || cc_stmts(c, &s->u.try_.body) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    if (cc_emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit_noline(c, PSEUDO_JUMP, orelse) < 0) {
        return -1;
    }
    int n = s->u.try_.handlers.n;
    cc_bind(c, except);
    cc_unset_loc(c);
    if (cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || cc_emit(c, OP_PUSH_EXC_INFO, 0) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL, TW_NULL, s->pos) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        TwExceptHandler *h = s->u.try_.handlers.items[i];
        cc_set_loc(c, h->pos);
        int next = cc_new_label(c), with_error = cc_new_label(c), no_match = cc_new_label(c);
        int cleanup_end = cc_new_label(c);
        if (next < 0 || with_error < 0 || no_match < 0 || cleanup_end < 0) {
            return -1;
        }
        // [prev orig] -> [prev orig [] orig]: the list of raised exceptions, and the rest
        if (i == 0 && (cc_emit(c, OP_BUILD_LIST, 0) < 0 || cc_emit(c, OP_COPY, 2) < 0)) {
            return -1;
        }
        if (h->type) {
            if (cc_expr(c, h->type) < 0 || cc_emit(c, OP_CHECK_EG_MATCH, 0) < 0 || cc_emit(c, OP_COPY, 1) < 0 ||
                cc_emit(c, OP_POP_JUMP_IF_NONE, no_match) < 0) {
                return -1;
            }
        }
        if (h->name ? cc_nameop(c, h->name, TW_CTX_STORE) < 0 : cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        // The body, as `try: body finally: name = None; del name`.
        if (cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup_end) < 0 ||
            cc_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL, h->name, h->pos) < 0 || cc_stmts(c, &h->body) < 0) {
            return -1;
        }
        cc_pop_fblock(c);
        if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
            return -1;
        }
        if (h->name && (cc_load_const(c, TW_NONE) < 0 || cc_nameop(c, h->name, TW_CTX_STORE) < 0 ||
                        cc_nameop(c, h->name, TW_CTX_DEL) < 0)) {
            return -1;
        }
        if (cc_emit(c, PSEUDO_JUMP, next) < 0) {
            return -1;
        }
        // The body raised: [prev orig list rest lasti exc] -> [prev orig list+[exc] rest]
        cc_bind(c, cleanup_end);
        cc_unset_loc(c);
        if (h->name && (cc_load_const(c, TW_NONE) < 0 || cc_nameop(c, h->name, TW_CTX_STORE) < 0 ||
                        cc_nameop(c, h->name, TW_CTX_DEL) < 0)) {
            return -1;
        }
        if (cc_emit(c, OP_LIST_APPEND, 3) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0 ||
            cc_emit(c, PSEUDO_JUMP, with_error) < 0) {
            return -1;
        }
        cc_bind(c, next);
        if (cc_emit(c, OP_NOP, 0) < 0 || cc_emit(c, PSEUDO_JUMP, with_error) < 0) {
            return -1;
        }
        cc_bind(c, no_match);
        if (cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        cc_bind(c, with_error);
        // after the last handler the rest joins the list: [prev orig list]
        if (i == n - 1 && (cc_emit(c, OP_LIST_APPEND, 1) < 0 || cc_emit(c, PSEUDO_JUMP, reraise_star) < 0)) {
            return -1;
        }
    }
    cc_unset_loc(c);
    cc_pop_fblock(c);
    cc_bind(c, reraise_star);
    if (cc_emit(c, OP_PREP_RERAISE_STAR, 0) < 0 || cc_emit(c, OP_COPY, 1) < 0 ||
        cc_emit(c, OP_POP_JUMP_IF_NOT_NONE, reraise) < 0) {
        return -1;
    }
    // nothing to re-raise
    if (cc_emit(c, OP_POP_TOP, 0) < 0 || cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0 ||
        cc_emit(c, PSEUDO_JUMP, end) < 0) {
        return -1;
    }
    cc_bind(c, reraise);
    if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0 ||
        cc_emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cc_bind(c, orelse);
    if (cc_stmts(c, &s->u.try_.orelse) < 0) {
        return -1;
    }
    cc_bind(c, end);
    return 0;
}

static int compile_try_finally(Compiler *c, TwStmt *s) {
    int end = cc_new_label(c), exit = cc_new_label(c), cleanup = cc_new_label(c);
    if (end < 0 || exit < 0 || cleanup < 0) {
        return -1;
    }
    TwStmtList *finalbody = &s->u.try_.finalbody;
    if (cc_emit(c, PSEUDO_SETUP_FINALLY, end) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_FINALLY_TRY, -1, end, finalbody, TW_NULL, s->pos) < 0) {
        return -1;
    }
    if (s->u.try_.handlers.n) {
        int r = s->kind == TW_STMT_TRYSTAR ? compile_try_star_except(c, s) : compile_try_except(c, s);
        if (r < 0) {
            return -1;
        }
    } else if (cc_stmts(c, &s->u.try_.body) < 0) {
        return -1;
    }
    if (cc_emit_noline(c, PSEUDO_POP_BLOCK, 0) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    if (cc_stmts(c, finalbody) < 0 || cc_emit_noline(c, PSEUDO_JUMP, exit) < 0) {
        return -1;
    }
    cc_bind(c, end);
    cc_unset_loc(c);
    if (cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || cc_emit(c, OP_PUSH_EXC_INFO, 0) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_FINALLY_END, -1, -1, NULL, TW_NULL, s->pos) < 0 || cc_stmts(c, finalbody) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    cc_unset_loc(c);
    if (cc_emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cc_bind(c, exit);
    return 0;
}

static int compile_with(Compiler *c, TwStmt *s, int pos) {
    TwWithItem *item = s->u.with.items.items[pos];
    int final = cc_new_label(c), exit = cc_new_label(c), cleanup = cc_new_label(c);
    if (final < 0 || exit < 0 || cleanup < 0) {
        return -1;
    }
    if (cc_expr(c, item->context_expr) < 0 || cc_emit(c, OP_BEFORE_WITH, 0) < 0 ||
        cc_emit(c, PSEUDO_SETUP_WITH, final) < 0) {
        return -1;
    }
    if (cc_push_fblock(c, FB_WITH, -1, final, s, TW_NULL, s->pos) < 0) {
        return -1;
    }
    if (item->optional_vars) {
        if (cc_expr(c, item->optional_vars) < 0) {
            return -1;
        }
    } else if (cc_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    pos++;
    if (pos == s->u.with.items.n) {
        if (cc_stmts(c, &s->u.with.body) < 0) {
            return -1;
        }
    } else if (compile_with(c, s, pos) < 0) {
        return -1;
    }
    cc_unset_loc(c);
    if (cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0) {
        return -1;
    }
    cc_pop_fblock(c);
    cc_set_loc(c, s->pos);
    if (call_exit_with_nones(c) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0 || cc_emit(c, PSEUDO_JUMP, exit) < 0) {
        return -1;
    }
    cc_bind(c, final);
    if (cc_emit(c, PSEUDO_SETUP_CLEANUP, cleanup) < 0 || cc_emit(c, OP_PUSH_EXC_INFO, 0) < 0 ||
        cc_emit(c, OP_WITH_EXCEPT_START, 0) < 0) {
        return -1;
    }
    // Suppressed or re-raised.
    cc_unset_loc(c);
    int suppress = cc_new_label(c);
    if (suppress < 0 || cc_emit(c, OP_POP_JUMP_IF_TRUE, suppress) < 0 || cc_emit(c, OP_RERAISE, 2) < 0) {
        return -1;
    }
    cc_bind(c, cleanup);
    if (pop_except_and_reraise(c) < 0) {
        return -1;
    }
    cc_bind(c, suppress);
    if (cc_emit(c, OP_POP_TOP, 0) < 0 || cc_emit(c, PSEUDO_POP_BLOCK, 0) < 0 || cc_emit(c, OP_POP_EXCEPT, 0) < 0 ||
        cc_emit(c, OP_POP_TOP, 0) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    cc_bind(c, exit);
    return 0;
}

// ---------------------------------------------------------------- assignments

static int compile_augassign(Compiler *c, TwStmt *s) {
    TwExpr *e = s->u.augassign.target;
    TwPosition stmt_loc = c->u->loc;
    cc_set_loc(c, e->pos);
    switch (e->kind) {
    case TW_EXPR_ATTRIBUTE:
        if (cc_expr(c, e->u.attribute.value) < 0 || cc_emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        cc_update_loc_for_attr(c, e);
        if (cc_emit_name(c, OP_LOAD_ATTR, e->u.attribute.attr) < 0) {
            return -1;
        }
        break;
    case TW_EXPR_SUBSCRIPT:
        if (cc_expr(c, e->u.subscript.value) < 0 || cc_expr(c, e->u.subscript.slice) < 0 ||
            cc_emit(c, OP_COPY, 2) < 0 || cc_emit(c, OP_COPY, 2) < 0 || cc_emit(c, OP_BINARY_SUBSCR, 0) < 0) {
            return -1;
        }
        break;
    case TW_EXPR_NAME:
        if (cc_nameop(c, e->u.name.id, TW_CTX_LOAD) < 0) {
            return -1;
        }
        break;
    default:
        cc_error(c, e->pos, "illegal expression for augmented assignment");
        return -1;
    }
    c->u->loc = stmt_loc;
    if (cc_expr(c, s->u.augassign.value) < 0 ||
        cc_emit(c, OP_BINARY_OP, TW_OP_INPLACE + s->u.augassign.op) < 0) {
        return -1;
    }
    cc_set_loc(c, e->pos);
    switch (e->kind) {
    case TW_EXPR_ATTRIBUTE:
        cc_update_loc_for_attr(c, e);
        if (cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return cc_emit_name(c, OP_STORE_ATTR, e->u.attribute.attr);
    case TW_EXPR_SUBSCRIPT:
        if (cc_emit(c, OP_SWAP, 3) < 0 || cc_emit(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return cc_emit(c, OP_STORE_SUBSCR, 0);
    default:
        return cc_nameop(c, e->u.name.id, TW_CTX_STORE);
    }
}

static int check_ann_expr(Compiler *c, TwExpr *e) {
    if (cc_expr(c, e) < 0) {
        return -1;
    }
    return cc_emit(c, OP_POP_TOP, 0);
}

static int compile_annassign(Compiler *c, TwStmt *s) {
    TwExpr *t = s->u.annassign.target;
    bool module_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    if (s->u.annassign.value) {
        if (cc_expr(c, s->u.annassign.value) < 0 || cc_expr(c, t) < 0) {
            return -1;
        }
    }
    switch (t->kind) {
    case TW_EXPR_NAME:
        if (tw_str_eq_c(t->u.name.id, "__debug__")) {
            cc_error(c, t->pos, "cannot assign to __debug__");
            return -1;
        }
        if (s->u.annassign.simple && module_or_class) {
            TwValue m = cc_mangle(c, t->u.name.id);
            if (!m || cc_expr(c, s->u.annassign.annotation) < 0 ||
                cc_emit_name(c, OP_LOAD_NAME, TW_NAME(__annotations__)) < 0 || cc_load_const(c, m) < 0 ||
                cc_emit(c, OP_STORE_SUBSCR, 0) < 0) {
                return -1;
            }
        }
        break;
    case TW_EXPR_ATTRIBUTE:
        if (!s->u.annassign.value && check_ann_expr(c, t->u.attribute.value) < 0) {
            return -1;
        }
        break;
    case TW_EXPR_SUBSCRIPT:
        if (!s->u.annassign.value) {
            if (check_ann_expr(c, t->u.subscript.value) < 0) {
                return -1;
            }
            TwExpr *sl = t->u.subscript.slice;
            if (sl->kind == TW_EXPR_SLICE) {
                if ((sl->u.slice.lower && check_ann_expr(c, sl->u.slice.lower) < 0) ||
                    (sl->u.slice.upper && check_ann_expr(c, sl->u.slice.upper) < 0) ||
                    (sl->u.slice.step && check_ann_expr(c, sl->u.slice.step) < 0)) {
                    return -1;
                }
            } else if (sl->kind == TW_EXPR_TUPLE) {
                for (int i = 0; i < sl->u.list.elts.n; i++) {
                    if (check_ann_expr(c, sl->u.list.elts.items[i]) < 0) {
                        return -1;
                    }
                }
            } else if (check_ann_expr(c, sl) < 0) {
                return -1;
            }
        }
        break;
    default:
        cc_error(c, t->pos, "invalid node type for annotated assignment");
        return -1;
    }
    if (!s->u.annassign.simple && module_or_class && check_ann_expr(c, s->u.annassign.annotation) < 0) {
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- imports

static TwValue substr(Compiler *c, TwValue s, size_t start, size_t end) {
    TwValue r = tw_str_new(tw_str_data(s) + start, end - start);
    if (!r) {
        return TW_NULL;
    }
    return cc_keep(c, tw_str_intern(r));
}

static int compile_import(Compiler *c, TwStmt *s) {
    for (int i = 0; i < s->u.import.names.n; i++) {
        TwAlias *a = s->u.import.names.items[i];
        if (cc_load_const(c, tw_from_small_int(0)) < 0 || cc_load_const(c, TW_NONE) < 0 ||
            cc_emit_name(c, OP_IMPORT_NAME, a->name) < 0) {
            return -1;
        }
        const char *data = tw_str_data(a->name);
        size_t len = tw_str_size(a->name);
        const char *dot = memchr(data, '.', len);
        if (a->asname) {
            if (dot) {
                // import a.b.c as d: walk the attributes with IMPORT_FROM.
                size_t pos = (size_t)(dot - data) + 1;
                for (;;) {
                    const char *next = memchr(data + pos, '.', len - pos);
                    size_t stop = next ? (size_t)(next - data) : len;
                    TwValue attr = substr(c, a->name, pos, stop);
                    if (!attr || cc_emit_name(c, OP_IMPORT_FROM, attr) < 0) {
                        return -1;
                    }
                    if (!next) {
                        break;
                    }
                    if (cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
                        return -1;
                    }
                    pos = stop + 1;
                }
                if (cc_nameop(c, a->asname, TW_CTX_STORE) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
                    return -1;
                }
            } else if (cc_nameop(c, a->asname, TW_CTX_STORE) < 0) {
                return -1;
            }
        } else {
            TwValue store = a->name;
            if (dot) {
                store = substr(c, a->name, 0, (size_t)(dot - data));
                if (!store) {
                    return -1;
                }
            }
            if (cc_nameop(c, store, TW_CTX_STORE) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int compile_import_from(Compiler *c, TwStmt *s) {
    int n = s->u.importfrom.names.n;
    TwValue names = tw_tuple_new((size_t)n);
    if (!names || !cc_keep(c, names)) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        tw_tuple_items(names)[i] = s->u.importfrom.names.items[i]->name;
    }
    TwValue module = s->u.importfrom.module ? s->u.importfrom.module : tw_str_intern_c("");
    if (cc_load_const(c, tw_from_small_int(s->u.importfrom.level)) < 0 || cc_load_const(c, names) < 0 ||
        cc_emit_name(c, OP_IMPORT_NAME, module) < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        TwAlias *a = s->u.importfrom.names.items[i];
        if (i == 0 && tw_str_eq_c(a->name, "*")) {
            return cc_emit(c, OP_IMPORT_STAR, 0);
        }
        if (cc_emit_name(c, OP_IMPORT_FROM, a->name) < 0 ||
            cc_nameop(c, a->asname ? a->asname : a->name, TW_CTX_STORE) < 0) {
            return -1;
        }
    }
    return cc_emit(c, OP_POP_TOP, 0);
}

// ---------------------------------------------------------------- classes

static int compile_class(Compiler *c, TwStmt *s) {
    TwExprList *decos = &s->u.classdef.decorator_list;
    int firstlineno = s->pos.lineno;
    if (decos->n) {
        firstlineno = decos->items[0]->pos.lineno;
    }
    if (cc_exprs(c, decos) < 0) {
        return -1;
    }
    TwValue name = s->u.classdef.name;
    if (cc_enter_unit(c, UNIT_CLASS, name, s, firstlineno) < 0) {
        return -1;
    }
    c->u->private_name = name;
    c->u->loc = (TwPosition){firstlineno, firstlineno, 0, 0};
    TwValue qualname = c->u->qualname;
    if (cc_nameop(c, TW_NAME(__name__), TW_CTX_LOAD) < 0 || cc_nameop(c, TW_NAME(__module__), TW_CTX_STORE) < 0 ||
        cc_load_const(c, qualname) < 0 || cc_nameop(c, TW_NAME(__qualname__), TW_CTX_STORE) < 0) {
        return -1;
    }
    if (cc_body(c, &s->u.classdef.body) < 0) {
        return -1;
    }
    cc_unset_loc(c);
    if (c->u->ste->needs_class_closure) {
        // Return the __class__ cell (also stored as __classcell__ for type.__new__).
        if (cc_emit(c, OP_LOAD_CLOSURE, 0) < 0 || cc_emit(c, OP_COPY, 1) < 0 ||
            cc_nameop(c, TW_NAME(__classcell__), TW_CTX_STORE) < 0) {
            return -1;
        }
    } else if (cc_load_const(c, TW_NONE) < 0) {
        return -1;
    }
    if (cc_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    TwCode *code = cc_assemble(c, true);
    cc_leave_unit(c);
    if (!code) {
        return -1;
    }
    cc_set_loc(c, s->pos);
    if (cc_emit(c, OP_PUSH_NULL, 0) < 0 || cc_emit(c, OP_LOAD_BUILD_CLASS, 0) < 0 ||
        cc_make_closure(c, code, 0) < 0 || cc_load_const(c, name) < 0 ||
        cc_call_helper(c, 2, &s->u.classdef.bases, &s->u.classdef.keywords) < 0) {
        return -1;
    }
    for (int i = decos->n - 1; i >= 0; i--) {
        cc_set_loc(c, decos->items[i]->pos);
        if (cc_emit(c, OP_CALL, 0) < 0) {
            return -1;
        }
    }
    cc_set_loc(c, s->pos);
    return cc_nameop(c, name, TW_CTX_STORE);
}

// ---------------------------------------------------------------- the statement switch

static int stmt1(Compiler *c, TwStmt *s) {
    switch (s->kind) {
    case TW_STMT_FUNCTIONDEF:
        return cc_function_def(c, s);
    case TW_STMT_CLASSDEF:
        return compile_class(c, s);
    case TW_STMT_RETURN:
        return compile_return(c, s);
    case TW_STMT_DELETE:
        return cc_exprs(c, &s->u.delete_.targets);
    case TW_STMT_ASSIGN: {
        if (cc_expr(c, s->u.assign.value) < 0) {
            return -1;
        }
        int n = s->u.assign.targets.n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1 && cc_emit(c, OP_COPY, 1) < 0) {
                return -1;
            }
            if (cc_expr(c, s->u.assign.targets.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case TW_STMT_AUGASSIGN:
        return compile_augassign(c, s);
    case TW_STMT_ANNASSIGN:
        return compile_annassign(c, s);
    case TW_STMT_FOR:
        return compile_for(c, s);
    case TW_STMT_WHILE:
        return compile_while(c, s);
    case TW_STMT_IF:
        return compile_if(c, s);
    case TW_STMT_WITH:
        return compile_with(c, s, 0);
    case TW_STMT_MATCH:
        return cc_match(c, s);
    case TW_STMT_RAISE: {
        int n = 0;
        if (s->u.raise.exc) {
            if (cc_expr(c, s->u.raise.exc) < 0) {
                return -1;
            }
            n++;
            if (s->u.raise.cause) {
                if (cc_expr(c, s->u.raise.cause) < 0) {
                    return -1;
                }
                n++;
            }
        }
        return cc_emit(c, OP_RAISE_VARARGS, n);
    }
    case TW_STMT_TRY:
        if (s->u.try_.finalbody.n) {
            return compile_try_finally(c, s);
        }
        return compile_try_except(c, s);
    case TW_STMT_TRYSTAR:
        if (s->u.try_.finalbody.n) {
            return compile_try_finally(c, s);
        }
        return compile_try_star_except(c, s);
    case TW_STMT_ASSERT: {
        int end = cc_new_label(c);
        if (end < 0 || cc_check_assert(c, s) < 0 || cc_jump_if(c, s->u.assert_.test, end, true) < 0) {
            return -1;
        }
        cc_set_loc(c, assert_raise_pos(s));
        if (cc_emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0) {
            return -1;
        }
        if (s->u.assert_.msg) {
            if (cc_expr(c, s->u.assert_.msg) < 0 || cc_emit(c, OP_CALL, 0) < 0) {
                return -1;
            }
        }
        if (cc_emit(c, OP_RAISE_VARARGS, 1) < 0) {
            return -1;
        }
        cc_bind(c, end);
        return 0;
    }
    case TW_STMT_IMPORT:
        return compile_import(c, s);
    case TW_STMT_IMPORTFROM:
        return compile_import_from(c, s);
    case TW_STMT_GLOBAL:
    case TW_STMT_NONLOCAL:
        return 0;
    case TW_STMT_EXPR: {
        TwExpr *v = s->u.expr.value;
        if (c->u->kind == UNIT_MODULE && c->interactive) {
            if (cc_expr(c, v) < 0) {
                return -1;
            }
            return cc_emit(c, OP_PRINT_EXPR, 0);
        }
        if (v->kind == TW_EXPR_CONSTANT) {
            return cc_emit(c, OP_NOP, 0);
        }
        if (cc_expr(c, v) < 0) {
            return -1;
        }
        cc_unset_loc(c);
        return cc_emit(c, OP_POP_TOP, 0);
    }
    case TW_STMT_PASS:
        return cc_emit(c, OP_NOP, 0);
    case TW_STMT_BREAK:
        return compile_break(c, s);
    case TW_STMT_CONTINUE:
        return compile_continue(c, s);
    case TW_STMT_ASYNCFUNCTIONDEF:
    case TW_STMT_ASYNCFOR:
    case TW_STMT_ASYNCWITH:
        cc_error(c, s->pos, "async/await is not supported yet");
        return -1;
    }
    return 0;
}

int cc_stmt(Compiler *c, TwStmt *s) {
    cc_set_loc(c, s->pos);
    bool nested = s->kind == TW_STMT_FUNCTIONDEF || s->kind == TW_STMT_CLASSDEF;
    if (nested) {
        c->nest_depth++;
    }
    int r = stmt1(c, s);
    if (nested) {
        c->nest_depth--;
    }
    return r;
}
