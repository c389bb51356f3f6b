// The symbol table: the compiler's first pass over the AST. It builds one scope per module,
// function, lambda, class body and comprehension, records how each name is used in it, and
// then resolves every name to local / global / free / cell, as CPython 3.11's symtable.c
// does (so the same programs get the same scoping and the same SyntaxErrors).
#ifndef TW_SYMTABLE_H
#define TW_SYMTABLE_H

#include "ast.h"

typedef enum { TW_BLOCK_MODULE, TW_BLOCK_FUNCTION, TW_BLOCK_CLASS } TwBlockKind;

// How a name is used in one scope (bits, accumulated while walking the scope).
enum {
    TW_DEF_GLOBAL = 1 << 0,      // `global` statement
    TW_DEF_LOCAL = 1 << 1,       // assigned / bound in this scope
    TW_DEF_PARAM = 1 << 2,       // a parameter
    TW_DEF_NONLOCAL = 1 << 3,    // `nonlocal` statement
    TW_DEF_USE = 1 << 4,         // read
    TW_DEF_FREE_CLASS = 1 << 5,  // free in a method, and also bound in the class body
    TW_DEF_IMPORT = 1 << 6,      // bound by import
    TW_DEF_ANNOT = 1 << 7,       // annotated (x: int)
    TW_DEF_COMP_ITER = 1 << 8,   // a comprehension's iteration variable
    TW_DEF_BOUND = TW_DEF_LOCAL | TW_DEF_PARAM | TW_DEF_IMPORT,
};

// Where a name lives, the result of the analysis.
typedef enum {
    TW_SC_UNKNOWN = 0, TW_SC_LOCAL, TW_SC_GLOBAL_EXPLICIT, TW_SC_GLOBAL_IMPLICIT, TW_SC_FREE,
    TW_SC_CELL
} TwSymScope;

typedef struct TwSymbol {
    TwValue name;                // mangled name (str)
    int flags;                   // TW_DEF_*
    int scope;                   // TwSymScope
    TwPos pos;                   // where it was first defined / declared (for errors)
} TwSymbol;

typedef enum { TW_COMP_NONE, TW_COMP_LIST, TW_COMP_SET, TW_COMP_DICT, TW_COMP_GEN } TwCompKind;

typedef struct TwScope {
    TwBlockKind kind;
    TwValue name;                // "top", function/class name, "lambda", "listcomp", ...
    const void *node;            // the AST node that opens it (TwStmt, TwExpr, or the module)
    struct TwScope *parent;
    struct TwScope **children;   // in source order
    int nchildren, capchildren;
    TwSymbol *syms;              // in order of first appearance
    int nsyms, capsyms;
    int *hash;                   // open-addressing index into syms (-1 empty), cap hashcap
    int hashcap;
    TwValue *params;             // parameter names in order (co_varnames starts with them)
    int nparams, capparams;
    TwPos pos;                   // of the opening node
    TwCompKind comprehension;    // nonzero for comprehension scopes
    bool is_lambda;
    bool nested;                 // inside a function
    bool generator, coroutine;
    bool varargs, varkeywords;
    bool returns_value;
    bool has_free, child_free;
    bool needs_class_closure;    // class body whose methods use __class__ / super
    bool comp_iter_target;       // walking a comprehension's target (marks DEF_COMP_ITER)
    int comp_iter_expr;          // > 0 while walking a comprehension's iterable
    bool has_annotations;        // module/class body with simple annotations (SETUP_ANNOTATIONS)
} TwScope;

typedef struct TwSymtable {
    TwScope *top;
    TwScope **all;               // every scope (for freeing and node lookup)
    int nall, capall;
    TwValue filename;
    TwValue source;              // bytes or TW_NULL: the source text (SyntaxError text)
    TwValue keep;                // list: values created here (mangled names), kept alive
} TwSymtable;

// Build and analyse the symbol table of a module AST. Returns NULL with SyntaxError set.
TwSymtable *tw_symtable_build(TwModuleAst *m, TwValue filename, TwValue source) TW_RAISES;
void tw_symtable_free(TwSymtable *st);
// The scope opened by an AST node (def/class statement, lambda, comprehension).
TwScope *tw_symtable_lookup(TwSymtable *st, const void *node);
// A name's symbol in a scope (name already mangled), or NULL.
TwSymbol *tw_scope_get(TwScope *s, TwValue name);
// Private-name mangling (__x inside class C -> _C__x). private_name: the class name or
// TW_NULL. Returns name itself when no mangling applies; TW_NULL on MemoryError.
TwValue tw_symtable_mangle(TwValue private_name, TwValue name) TW_RAISES;
// Raise SyntaxError at an AST position (0-based byte columns, converted to CPython's
// 1-based character offsets using the source text). Returns TW_NULL.
TwValue tw_symtable_error(TwValue filename, TwValue source, TwPos pos,
                          const char *fmt, ...) TW_RAISES;

#endif
