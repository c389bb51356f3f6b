// The compiler: AST -> code object (bytecode, positions, exception table), with the
// symbol table pass (symtable.c) deciding local/global/cell/free for every name.
#ifndef TW_COMPILE_H
#define TW_COMPILE_H

#include <stdio.h>

#include "ast.h"

// Compile a parsed module/expression/statement into a TwCode value. filename is a str;
// source (the text as bytes, or TW_NULL) is stored in every code object for tracebacks.
// Raises SyntaxError for errors found after parsing ("'return' outside function",
// "nonlocal declaration not allowed at module level", ...), as CPython does.
TwValue tw_compile(TwModuleAst *m, TwValue filename, TwValue source) TW_RAISES;

// Parse and compile source text: the compile() builtin, exec/eval of strings, the REPL,
// and module import all come through here. Returns a TwCode value.
TwValue tw_compile_source(const char *src, size_t size, TwValue filename, TwParseMode mode) TW_RAISES;

// Line `lineno` (1-based, no line end; invalid UTF-8 replaced) of source text held in a
// bytes object, as a str; TW_NULL, with no exception set, when there is no such line or
// it cannot be made. Lines are found on demand: only tracebacks and errors need them.
TwValue tw_source_line(TwValue source, int lineno);
// All of a stream, in a malloc'd buffer; NULL when memory runs out.
char *tw_read_stream(FILE *f, size_t *size);
// A file's text as bytes for tw_source_line; TW_NULL (no exception) if it can't be read.
TwValue tw_read_source_file(const char *path);

// Net stack effect of instruction (op, arg); `jump` selects the taken branch of a jump.
// For the compiler's stack depths and frame objects' f_lineno jump checks.
int tw_compile_stack_effect(int op, int arg, bool jump);

// Disassemble a code object (and nested ones) to stdout: `twinpy -d file.py`.
void tw_dis(TwCode *code);

#endif
