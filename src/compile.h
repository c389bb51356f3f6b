// The compiler: AST -> code object (bytecode, positions, exception table), with the
// symbol table pass (symtable.c) deciding local/global/cell/free for every name.
#ifndef TW_COMPILE_H
#define TW_COMPILE_H

#include "ast.h"

// Compile a parsed module/expression/statement into a TwCode value. filename is a str;
// source_lines (list of str, or TW_NULL) is stored in every code object for tracebacks.
// Raises SyntaxError for errors found after parsing ("'return' outside function",
// "nonlocal declaration not allowed at module level", ...), as CPython does.
TwValue tw_compile(TwModuleAst *m, TwValue filename, TwValue source_lines) TW_RAISES;

// Parse and compile source text: the compile() builtin, exec/eval of strings, the REPL,
// and module import all come through here. Returns a TwCode value.
TwValue tw_compile_source(const char *src, size_t size, TwValue filename, TwParseMode mode) TW_RAISES;

// Split source text into a list of str lines (no line ends) for tracebacks.
TwValue tw_source_lines(const char *src, size_t size) TW_RAISES;

// Net stack effect of instruction (op, arg); `jump` selects the taken branch of a jump.
// For the compiler's stack depths and frame objects' f_lineno jump checks.
int tw_compile_stack_effect(int op, int arg, bool jump);

// Disassemble a code object (and nested ones) to stdout: `twinpy -d file.py`.
void tw_dis(TwCode *code);

#endif
