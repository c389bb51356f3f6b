// The abstract syntax tree: the parser's output and the compiler's input.
//
// Nodes mirror CPython 3.11's Python.asdl (same node kinds and fields), so CPython's own
// documentation of the `ast` module describes them. Every node carries its source range
// (lineno/end_lineno 1-based, col/end_col 0-based UTF-8 byte offsets, as CPython), which
// the compiler turns into per-instruction positions for tracebacks and tracing.
//
// Memory: nodes live in a TwArena (malloc'd blocks freed all at once). Identifiers and
// constants are TwValues; the arena keeps them alive by appending each to `arena->keep`,
// a GC root, while the tree exists.
#ifndef TW_AST_H
#define TW_AST_H

#include "obj.h"

typedef struct TwArena {
    struct TwArenaBlock *blocks;
    TwValue keep;                 // list of every TwValue the tree references (a GC root)
} TwArena;

// Create/destroy an arena; tw_arena_init registers arena->keep as a GC root.
int tw_arena_init(TwArena *a) TW_RAISES;
void tw_arena_free(TwArena *a);
void *tw_arena_alloc(TwArena *a, size_t size) TW_RAISES;   // zeroed memory; MemoryError
TwValue tw_arena_keep(TwArena *a, TwValue v) TW_RAISES;    // root v for the arena's life; returns v

typedef struct TwExpr TwExpr;
typedef struct TwStmt TwStmt;

// Growable arrays of node pointers (arena memory).
typedef struct { int n; TwExpr **items; } TwExprList;
typedef struct { int n; TwStmt **items; } TwStmtList;

typedef struct TwPos { int lineno, col, end_lineno, end_col; } TwPos;

typedef enum { TW_CTX_LOAD, TW_CTX_STORE, TW_CTX_DEL } TwExprCtx;

typedef enum {
    TW_BOOL_AND, TW_BOOL_OR
} TwBoolOpKind;

// Unary operators.
typedef enum { TW_UNARY_INVERT, TW_UNARY_NOT, TW_UNARY_UADD, TW_UNARY_USUB } TwUnaryOpKind;

// Comparison operators of a Compare node (in source order).
typedef enum {
    TW_CMPOP_EQ, TW_CMPOP_NOTEQ, TW_CMPOP_LT, TW_CMPOP_LTE, TW_CMPOP_GT, TW_CMPOP_GTE,
    TW_CMPOP_IS, TW_CMPOP_ISNOT, TW_CMPOP_IN, TW_CMPOP_NOTIN
} TwCmpOpKind;

typedef struct TwKeyword {          // name=value in a call; arg TW_NULL for **value
    TwValue arg;
    TwExpr *value;
    TwPos pos;
} TwKeyword;
typedef struct { int n; TwKeyword **items; } TwKeywordList;

typedef struct TwArg {              // one parameter
    TwValue arg;                    // str
    TwExpr *annotation;             // or NULL
    TwPos pos;
} TwArg;
typedef struct { int n; TwArg **items; } TwArgList;

typedef struct TwArguments {        // a def's or lambda's parameter list
    TwArgList posonlyargs, args;
    TwArg *vararg;                  // *args or NULL
    TwArgList kwonlyargs;
    TwExprList kw_defaults;         // one per kwonlyarg, NULL items where no default
    TwArg *kwarg;                   // **kwargs or NULL
    TwExprList defaults;            // for the last len(defaults) of posonlyargs+args
} TwArguments;

typedef struct TwComprehension {    // for target in iter if ifs...
    TwExpr *target, *iter;
    TwExprList ifs;
    int is_async;
} TwComprehension;
typedef struct { int n; TwComprehension **items; } TwComprehensionList;

typedef struct TwExceptHandler {    // except type as name: body
    TwExpr *type;                   // or NULL
    TwValue name;                   // or TW_NULL
    TwStmtList body;
    TwPos pos;
} TwExceptHandler;
typedef struct { int n; TwExceptHandler **items; } TwExceptHandlerList;

typedef struct TwWithItem {
    TwExpr *context_expr;
    TwExpr *optional_vars;          // or NULL
} TwWithItem;
typedef struct { int n; TwWithItem **items; } TwWithItemList;

typedef struct TwAlias {            // import name as asname
    TwValue name;                   // dotted name as one str
    TwValue asname;                 // or TW_NULL
    TwPos pos;
} TwAlias;
typedef struct { int n; TwAlias **items; } TwAliasList;

// ---- match statement (3.10+) ----
typedef struct TwPattern TwPattern;
typedef struct { int n; TwPattern **items; } TwPatternList;
typedef enum {
    TW_PAT_VALUE, TW_PAT_SINGLETON, TW_PAT_SEQUENCE, TW_PAT_MAPPING, TW_PAT_CLASS,
    TW_PAT_STAR, TW_PAT_AS, TW_PAT_OR
} TwPatternKind;
struct TwPattern {
    TwPatternKind kind;
    TwPos pos;
    union {
        struct { TwExpr *value; } value;
        struct { TwValue value; } singleton;
        struct { TwPatternList patterns; } sequence;
        struct { TwExprList keys; TwPatternList patterns; TwValue rest; } mapping;
        struct { TwExpr *cls; TwPatternList patterns; int nkwd; TwValue *kwd_attrs; TwPatternList kwd_patterns; } cls;
        struct { TwValue name; } star;
        struct { TwPattern *pattern; TwValue name; } as;
        struct { TwPatternList patterns; } or;
    } u;
};
typedef struct TwMatchCase { TwPattern *pattern; TwExpr *guard; TwStmtList body; } TwMatchCase;
typedef struct { int n; TwMatchCase **items; } TwMatchCaseList;

// ---- expressions ----
typedef enum {
    TW_EXPR_BOOLOP, TW_EXPR_NAMEDEXPR, TW_EXPR_BINOP, TW_EXPR_UNARYOP, TW_EXPR_LAMBDA,
    TW_EXPR_IFEXP, TW_EXPR_DICT, TW_EXPR_SET, TW_EXPR_LISTCOMP, TW_EXPR_SETCOMP,
    TW_EXPR_DICTCOMP, TW_EXPR_GENERATOREXP, TW_EXPR_AWAIT, TW_EXPR_YIELD,
    TW_EXPR_YIELDFROM, TW_EXPR_COMPARE, TW_EXPR_CALL, TW_EXPR_FORMATTEDVALUE,
    TW_EXPR_JOINEDSTR, TW_EXPR_CONSTANT, TW_EXPR_ATTRIBUTE, TW_EXPR_SUBSCRIPT,
    TW_EXPR_STARRED, TW_EXPR_NAME, TW_EXPR_LIST, TW_EXPR_TUPLE, TW_EXPR_SLICE
} TwExprKind;

struct TwExpr {
    TwExprKind kind;
    TwPos pos;
    union {
        struct { TwBoolOpKind op; TwExprList values; } boolop;
        struct { TwExpr *target, *value; } namedexpr;
        struct { TwExpr *left; int op; TwExpr *right; } binop;     // op: TwBinOp (obj.h), never inplace
        struct { TwUnaryOpKind op; TwExpr *operand; } unaryop;
        struct { TwArguments *args; TwExpr *body; } lambda;
        struct { TwExpr *test, *body, *orelse; } ifexp;
        struct { TwExprList keys, values; } dict;                  // key NULL: **value
        struct { TwExprList elts; } set;
        struct { TwExpr *elt; TwComprehensionList generators; } listcomp;   // also setcomp, genexp
        struct { TwExpr *key, *value; TwComprehensionList generators; } dictcomp;
        struct { TwExpr *value; } await;
        struct { TwExpr *value; } yield;                           // value may be NULL
        struct { TwExpr *value; } yieldfrom;
        struct { TwExpr *left; int n; TwCmpOpKind *ops; TwExprList comparators; } compare;
        struct { TwExpr *func; TwExprList args; TwKeywordList keywords; } call;
        // conversion: -1 none, 's', 'r', 'a'; format_spec: a JoinedStr or NULL
        struct { TwExpr *value; int conversion; TwExpr *format_spec; } formattedvalue;
        struct { TwExprList values; } joinedstr;                   // Constant str and FormattedValue
        struct { TwValue value; TwValue kind; } constant;          // kind: "u" for u"..." else TW_NULL
        struct { TwExpr *value; TwValue attr; TwExprCtx ctx; } attribute;
        struct { TwExpr *value, *slice; TwExprCtx ctx; } subscript;
        struct { TwExpr *value; TwExprCtx ctx; } starred;
        struct { TwValue id; TwExprCtx ctx; } name;
        struct { TwExprList elts; TwExprCtx ctx; } list;           // also tuple
        struct { TwExpr *lower, *upper, *step; } slice;            // each may be NULL
    } u;
};

// ---- statements ----
typedef enum {
    TW_STMT_FUNCTIONDEF, TW_STMT_ASYNCFUNCTIONDEF, TW_STMT_CLASSDEF, TW_STMT_RETURN,
    TW_STMT_DELETE, TW_STMT_ASSIGN, TW_STMT_AUGASSIGN, TW_STMT_ANNASSIGN, TW_STMT_FOR,
    TW_STMT_ASYNCFOR, TW_STMT_WHILE, TW_STMT_IF, TW_STMT_WITH, TW_STMT_ASYNCWITH,
    TW_STMT_MATCH, TW_STMT_RAISE, TW_STMT_TRY, TW_STMT_TRYSTAR, TW_STMT_ASSERT,
    TW_STMT_IMPORT, TW_STMT_IMPORTFROM, TW_STMT_GLOBAL, TW_STMT_NONLOCAL, TW_STMT_EXPR,
    TW_STMT_PASS, TW_STMT_BREAK, TW_STMT_CONTINUE
} TwStmtKind;

struct TwStmt {
    TwStmtKind kind;
    TwPos pos;
    union {
        struct { TwValue name; TwArguments *args; TwStmtList body; TwExprList decorator_list; TwExpr *returns; } functiondef;
        struct { TwValue name; TwExprList bases; TwKeywordList keywords; TwStmtList body; TwExprList decorator_list; } classdef;
        struct { TwExpr *value; } return_;                         // value may be NULL
        struct { TwExprList targets; } delete_;
        struct { TwExprList targets; TwExpr *value; } assign;      // a = b = value: two targets
        struct { TwExpr *target; int op; TwExpr *value; } augassign;   // op: TwBinOp, not inplace
        struct { TwExpr *target, *annotation, *value; int simple; } annassign;
        struct { TwExpr *target, *iter; TwStmtList body, orelse; } for_;
        struct { TwExpr *test; TwStmtList body, orelse; } while_;
        struct { TwExpr *test; TwStmtList body, orelse; } if_;
        struct { TwWithItemList items; TwStmtList body; } with;
        struct { TwExpr *subject; TwMatchCaseList cases; } match;
        struct { TwExpr *exc, *cause; } raise;                     // both may be NULL
        struct { TwStmtList body; TwExceptHandlerList handlers; TwStmtList orelse, finalbody; } try_;
        struct { TwExpr *test, *msg; } assert_;
        struct { TwAliasList names; } import;
        struct { TwValue module; TwAliasList names; int level; } importfrom;   // module may be TW_NULL
        struct { int n; TwValue *names; } global;                  // also nonlocal
        struct { TwExpr *value; } expr;
    } u;
};

// A parsed module (file, -c string, exec) or expression (eval) or single REPL statement.
typedef enum { TW_MODE_EXEC, TW_MODE_EVAL, TW_MODE_SINGLE } TwParseMode;
typedef struct TwModuleAst {
    TwParseMode mode;
    TwStmtList body;                // exec/single
    TwExpr *expr;                   // eval
} TwModuleAst;

// Parse source text (UTF-8, need not be NUL-terminated) into an AST in `arena`.
// On error returns NULL with SyntaxError/IndentationError/TabError set, exactly as
// CPython 3.11 reports it (msg, filename, lineno, offset, text, end_lineno, end_offset).
TwModuleAst *tw_parse(TwArena *arena, const char *src, size_t size, TwValue filename,
                      TwParseMode mode) TW_RAISES;
// Set by the last failed tw_parse when it ran out of input (the REPL then reads more lines).
extern bool tw_parse_hit_eof;

// Print an AST as CPython's ast.dump(tree) would (debugging: `twinpy --dump-ast file`).
TwValue tw_ast_dump(TwModuleAst *m) TW_RAISES;
// The same with include_attributes=True (positions), for checking the parser.
TwValue tw_ast_dump_ex(TwModuleAst *m, bool include_attributes) TW_RAISES;

#endif
