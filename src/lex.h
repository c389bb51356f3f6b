// The tokenizer: source text -> an array of tokens for the parser (private to the front end).
//
// The whole file is tokenized up front, which gives the parser unlimited lookahead and
// makes tokenizer errors (bad literals, unclosed brackets, bad dedents) win over parser
// errors, as they do in CPython (which re-tokenizes the rest of the file after a parse
// failure to look for them).
#ifndef TW_LEX_H
#define TW_LEX_H

#include "obj.h"

typedef enum {
    TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT, TK_DEDENT,
    // operators and delimiters
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_LBRACE, TK_RBRACE, TK_COLON, TK_COMMA, TK_SEMI,
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER, TK_EQUAL,
    TK_DOT, TK_PERCENT, TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
    TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL, TK_MINEQUAL,
    TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL, TK_DOUBLESTAREQUAL,
    TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS,
    TK_COLONEQUAL, TK_ERROR,    // TK_ERROR: a stray character ('$', '?', '!') -> invalid syntax
} TwTokType;

// Hard keywords (a NAME token's `kw`); 0 for other names.
typedef enum {
    KW_NONE_, KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT,
    KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT,
    KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA,
    KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS, KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH,
    KW_YIELD, KW_COUNT_
} TwKeyword_;

typedef struct TwToken {
    uint8_t type;            // TwTokType
    uint8_t kw;              // TwKeyword_ for NAME tokens
    uint8_t str_fstring;     // STRING: has an f prefix
    int lineno, col, end_lineno, end_col;   // col: 0-based byte offset in its line
    uint32_t start, end;     // byte range in the (normalised) source
} TwToken;

typedef struct TwLexer {
    const char *src;         // normalised source: \n line ends, ends with \n, NUL-terminated
    size_t size;
    uint32_t *line_starts;   // byte offset of each line (index 0 = line 1)
    int nlines;
    TwToken *toks;
    int ntoks, cap;
    TwValue filename;
    // the innermost bracket left open at the end of the file (line 0: none); the parser
    // reports "'(' was never closed" when its error lies inside it
    int unclosed_line, unclosed_col;
    char unclosed_char;
    int last_line;           // the last line holding a token
    bool added_newline;      // the source did not end with a newline: src has one added
    bool hide_added_newline; // eval/single input: error texts leave the added newline out
    int line_base;           // added to the lines of warnings (an f-string expression's line - 1)
} TwLexer;

// Normalise line ends and tokenize. Returns 0, or -1 with SyntaxError/IndentationError set.
// The lexer's buffers are malloc'd; free them with tw_lex_free (also after failure).
int tw_lex_run(TwLexer *lx, const char *src, size_t size, TwValue filename);
// tw_lex_run for the text of an f-string replacement field that starts on line `first_line`
// of the file (for the line numbers of the warnings the tokenizer emits).
int tw_lex_run_field(TwLexer *lx, const char *src, size_t size, TwValue filename, int first_line);
void tw_lex_free(TwLexer *lx);

// The text of line `lineno` (1-based) as a str, with or without its trailing "\n".
TwValue tw_lex_line(TwLexer *lx, int lineno, bool with_newline);
// Character (code point) offset of byte column `col` in line `lineno`, 1-based.
int tw_lex_char_col(TwLexer *lx, int lineno, int col);
// Raise a SyntaxError (type) at byte positions (1-based lines, 0-based byte cols; end_col
// may be -1 meaning "unknown" which is passed through as -1 / 0 as CPython does).
TwValue tw_lex_error(TwLexer *lx, TwType *type, int line, int col, int end_line, int end_col,
                     const char *fmt, ...);

#endif
