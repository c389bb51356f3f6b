// Private to the compiler files (compile.c, compile_expr.c, compile_stmt.c, compile_match.c):
// the state of one compilation and of each code object being built, and the emit helpers.
//
// Code is emitted as a flat list of instructions whose jump arguments are label numbers.
// Exception handling uses CPython 3.11's pseudo-instructions: SETUP_FINALLY / SETUP_CLEANUP /
// SETUP_WITH name a handler label and push it on a handler stack, POP_BLOCK pops it. The
// assembler (compile.c) follows the control flow to find every instruction's stack depth
// and handler, builds the exception table from that, drops the pseudo-instructions and
// redundant NOPs, and resolves labels to instruction indices.
#ifndef TW_COMPILE_INT_H
#define TW_COMPILE_INT_H

#include "compile.h"
#include "opcodes.h"
#include "symtable.h"

enum {
    PSEUDO_SETUP_FINALLY = OP_COUNT_,   // handler: depth here, exc pushed
    PSEUDO_SETUP_CLEANUP,               // handler: depth here, lasti and exc pushed
    PSEUDO_SETUP_WITH,                  // handler: depth here - 1, lasti and exc pushed
    PSEUDO_POP_BLOCK,
    PSEUDO_JUMP,                        // JUMP_FORWARD or JUMP_BACKWARD, decided at assembly
    PSEUDO_COUNT_
};

typedef struct Instr {
    int op;
    int arg;                    // label number for jumps and SETUP_*
    TwPosition pos;             // line < 0: no location yet (artificial)
} Instr;

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block;                  // loops: continue target label
    int exit;                   // loops: break target label
    const void *datum;          // FINALLY_TRY: TwStmtList *; WITH: TwStmt *; HANDLER_CLEANUP: name (TwValue *)
    TwValue name;               // HANDLER_CLEANUP: the `as` name or TW_NULL
} FBlock;

typedef enum { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION } UnitKind;

// A growable array of values (consts, names, varnames, ...).
typedef struct ValArray {
    TwValue *items;
    int n, cap;
} ValArray;

typedef struct Unit {
    struct Unit *parent;
    TwScope *ste;
    UnitKind kind;
    TwValue name, qualname;
    TwValue private_name;       // class name for mangling, or TW_NULL
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels;                // label -> raw instruction index (-1 unbound)
    int nlabels, caplabels;
    ValArray consts, names, varnames, cellvars, freevars;
    FBlock fblocks[64];
    int nfblocks;
    TwPosition loc;             // position given to the next instruction
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
} Unit;

typedef struct Compiler {
    TwSymtable *st;
    Unit *u;
    TwValue filename;
    TwValue source;             // bytes: the source text (tw_source_line)
    TwValue keep;               // list of values made during compilation (GC root)
    TwValue frozensets;         // list of the frozenset constants made so far (in keep)
    int nest_depth;
    bool interactive;           // REPL statement: expression statements print (PRINT_EXPR)
} Compiler;

// ---- compile.c: units, emitting, constants, names
int cc_enter_unit(Compiler *c, UnitKind kind, TwValue name, const void *node, int firstlineno) TW_RAISES;
TwCode *cc_assemble(Compiler *c, bool add_none) TW_RAISES;   // finishes and leaves the unit
void cc_leave_unit(Compiler *c);
int cc_emit(Compiler *c, int op, int arg) TW_RAISES;
int cc_emit_noline(Compiler *c, int op, int arg) TW_RAISES;
int cc_new_label(Compiler *c) TW_RAISES;
void cc_bind(Compiler *c, int label);
int cc_const(Compiler *c, TwValue v) TW_RAISES;        // index in consts
int cc_load_const(Compiler *c, TwValue v) TW_RAISES;   // emit LOAD_CONST
// The frozenset constant of the tuple `items` (a set display of constants), shared with an
// equal one made earlier in this compilation, its items in CPython's order.
TwValue cc_frozenset_const(Compiler *c, TwValue items) TW_RAISES;
int cc_name_index(Compiler *c, ValArray *a, TwValue name) TW_RAISES;   // find or append
int cc_emit_name(Compiler *c, int op, TwValue name) TW_RAISES;        // NAME-kind op, mangled
int cc_nameop(Compiler *c, TwValue name, TwExprCtx ctx) TW_RAISES;   // load/store/del a variable
TwValue cc_mangle(Compiler *c, TwValue name) TW_RAISES;
TwValue cc_keep(Compiler *c, TwValue v) TW_RAISES;
TwValue cc_error(Compiler *c, TwPos pos, const char *fmt, ...) TW_RAISES;
void cc_set_loc(Compiler *c, TwPos pos);
void cc_unset_loc(Compiler *c);
int cc_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum, TwValue name, TwPos pos) TW_RAISES;
void cc_pop_fblock(Compiler *c);
// Make the function/closure object for a finished code: closure cells, then MAKE_FUNCTION
// with `flags` (the defaults etc. already pushed).
int cc_make_closure(Compiler *c, TwCode *code, int flags) TW_RAISES;

// ---- compile_expr.c
int cc_expr(Compiler *c, TwExpr *e) TW_RAISES;
int cc_exprs(Compiler *c, TwExprList *l) TW_RAISES;
int cc_jump_if(Compiler *c, TwExpr *e, int label, bool cond) TW_RAISES;
int cc_call_helper(Compiler *c, int npushed, TwExprList *args, TwKeywordList *kws) TW_RAISES;
TwValue cc_fold(Compiler *c, TwExpr *e);   // constant value of e, or TW_NULL (no error)
// Compile e whose value is only iterated or tested with `in`: a list or set display of
// constants loads a constant tuple or frozenset, as after CPython's AST optimizer.
int cc_iterable(Compiler *c, TwExpr *e) TW_RAISES;
void cc_update_loc_for_attr(Compiler *c, TwExpr *attr);
int cc_unpack_assign(Compiler *c, TwExprList *elts, TwPos pos) TW_RAISES;
int cc_make_function_object(Compiler *c, TwArguments *args, TwExpr *returns, TwCode *code,
                            const void *node) TW_RAISES;
int cc_defaults(Compiler *c, TwArguments *args, int *flags) TW_RAISES;

// ---- compile_stmt.c
int cc_stmt(Compiler *c, TwStmt *s) TW_RAISES;
int cc_stmts(Compiler *c, TwStmtList *l) TW_RAISES;
int cc_body(Compiler *c, TwStmtList *l) TW_RAISES;    // module/class body: annotations, docstring
TwValue cc_docstring(TwStmtList *body);               // the str constant or TW_NULL

// ---- compile_warn.c: compile-time SyntaxWarnings (0, or -1 when one became an error)
int cc_check_compare(Compiler *c, TwExpr *e) TW_RAISES;     // "is" with a literal
int cc_check_call(Compiler *c, TwExpr *e) TW_RAISES;        // calling a literal
int cc_check_subscript(Compiler *c, TwExpr *e) TW_RAISES;   // subscripting / indexing a literal
int cc_check_assert(Compiler *c, TwStmt *s) TW_RAISES;      // assert (x, y)
// ---- compile_match.c
int cc_match(Compiler *c, TwStmt *s) TW_RAISES;        // the match statement

#endif
