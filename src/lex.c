// The tokenizer: turns normalised source text into the token array the parser walks.
//
// Line ends are normalised to "\n" first (a copy of the text, with a final "\n" added).
// Indentation produces INDENT/DEDENT tokens with CPython's rules (tabs to multiples of 8,
// and a second count with tab size 1 to detect inconsistent tabs); newlines inside
// brackets and after a backslash are not tokens. String literals are single STRING tokens
// (f-strings too, as in 3.11): the parser decodes them. Errors follow CPython 3.11's
// tokenizer: same messages, same (odd) offsets.
#include "lex.h"

#include <stdio.h>
#include <stdlib.h>

#include "text.h"
#include "warnings.h"

static const char *const keywords[KW_COUNT_] = {
    NULL, "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

typedef struct {
    TwLexer *lx;
    size_t pos;                // current byte offset
    int lineno;                // current line (1-based)
    size_t line_start;         // offset of the current line
    int indstack[100], altstack[100];
    int indent;                // top of the stacks
    struct { char c; int line, col; } parens[200];
    int level;
    bool at_line_start;
} Scan;

// ---------------------------------------------------------------- helpers

void tw_lex_free(TwLexer *lx) {
    free((void *)lx->src);
    free(lx->line_starts);
    free(lx->toks);
    lx->src = NULL;
    lx->line_starts = NULL;
    lx->toks = NULL;
}

static size_t line_end(TwLexer *lx, int lineno) {
    size_t s = lx->line_starts[lineno - 1];
    const char *nl = memchr(lx->src + s, '\n', lx->size - s);
    return nl ? (size_t)(nl - lx->src) : lx->size;
}

static TwValue decode_line(const char *s, size_t n) {
    // The source is known valid UTF-8 except when the decode error itself is reported.
    if (tw_utf8_check(s, n, false) != n) {
        return tw_str_new("", 0);
    }
    return tw_str_new(s, n);
}

TwValue tw_lex_line(TwLexer *lx, int lineno, bool with_newline) {
    if (lineno < 1 || lineno > lx->nlines) {
        return TW_NULL;
    }
    size_t s = lx->line_starts[lineno - 1];
    size_t e = line_end(lx, lineno);
    if (with_newline && e < lx->size && !(lx->hide_added_newline && e + 1 == lx->size)) {
        e++;
    }
    return decode_line(lx->src + s, e - s);
}

int tw_lex_char_col(TwLexer *lx, int lineno, int col) {
    if (lineno < 1 || lineno > lx->nlines || col < 0) {
        return col;
    }
    size_t s = lx->line_starts[lineno - 1];
    size_t e = line_end(lx, lineno);
    if (s + (size_t)col < e) {
        e = s + (size_t)col;
    }
    int n = 0;
    for (size_t i = s; i < e; i++) {
        if (((unsigned char)lx->src[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    // a column past the line end (the newline) counts one per byte
    if (s + (size_t)col > e) {
        n += (int)(s + (size_t)col - e);
    }
    return n + 1;
}

TwValue tw_lex_error(TwLexer *lx, TwType *type, int line, int col, int end_line, int end_col,
                     const char *fmt, ...) {
    // Turn byte columns into 1-based character offsets; negative values pass through.
    int off = col >= 0 ? tw_lex_char_col(lx, line, col) : col;
    int eoff = end_col >= 0 ? tw_lex_char_col(lx, end_line, end_col) : end_col;
    if (end_col == -1000) {
        eoff = 0;
    }
    TwValue text = tw_lex_line(lx, line, false);
    if (!text && tw_error_occurred()) {
        return TW_NULL;
    }
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    return tw_syntax_error(type, lx->filename, line, off, end_line, eoff, text, "%U", msg);
}

// A tokenizer error: CPython reports the offset as the number of characters from the
// line start up to the scan position `at`, for both ends.
static int scan_error_at(Scan *s, size_t at, const char *fmt, const char *arg) {
    int col = (int)(at - s->line_start);
    int off = tw_lex_char_col(s->lx, s->lineno, col) - 1;
    TwValue text = tw_lex_line(s->lx, s->lineno, false);
    if (!text) {
        return -1;
    }
    tw_syntax_error(&tw_type_SyntaxError, s->lx->filename, s->lineno, off, s->lineno, off, text, fmt, arg);
    return -1;
}

static TwToken *push_token(Scan *s, int type, size_t start, int lineno, int col) {
    TwLexer *lx = s->lx;
    if (lx->ntoks == lx->cap) {
        int ncap = lx->cap ? lx->cap * 2 : 256;
        TwToken *n = realloc(lx->toks, (size_t)ncap * sizeof *n);
        if (!n) {
            tw_error_nomem();
            return NULL;
        }
        lx->toks = n;
        lx->cap = ncap;
    }
    TwToken *t = &lx->toks[lx->ntoks++];
    memset(t, 0, sizeof *t);
    t->type = (uint8_t)type;
    t->start = (uint32_t)start;
    t->end = (uint32_t)s->pos;
    t->lineno = lineno;
    t->col = col;
    t->end_lineno = s->lineno;
    t->end_col = (int)(s->pos - s->line_start);
    return t;
}

static void new_line(Scan *s) {
    // s->pos is just past a '\n'
    s->lineno++;
    s->line_start = s->pos;
}

static bool is_id_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_id_char(unsigned char c) {
    return is_id_start(c) || (c >= '0' && c <= '9');
}
static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
static bool is_xdigit(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// ---------------------------------------------------------------- numbers

// CPython refuses a number immediately followed by a name character, except before the
// keywords that can legally follow a number (1if x else y), which only warn.
static int verify_end_of_number(Scan *s, const char *kind) {
    const char *p = s->lx->src + s->pos;
    char c = *p;
    bool kwok = false;
    if (c == 'a') {
        kwok = strncmp(p, "and", 3) == 0;
    } else if (c == 'e') {
        kwok = strncmp(p, "else", 4) == 0;
    } else if (c == 'f') {
        kwok = strncmp(p, "for", 3) == 0;
    } else if (c == 'i') {
        kwok = p[1] == 'f' || p[1] == 'n' || p[1] == 's';
    } else if (c == 'o') {
        kwok = p[1] == 'r';
    } else if (c == 'n') {
        kwok = strncmp(p, "not", 3) == 0;
    }
    if (kwok) {
        // a SyntaxWarning in 3.11 (an error when the filters say so)
        TwValue msg = tw_str_fmt("invalid %s literal", kind);
        if (!msg) {
            return -1;
        }
        if (tw_warn_explicit(tw_from_obj(&tw_type_SyntaxWarning), msg, s->lx->filename,
                             s->lineno + s->lx->line_base, TW_NULL, TW_NULL) < 0) {
            if (tw_error_matches(&tw_type_SyntaxWarning)) {
                tw_error_clear();
                scan_error_at(s, s->pos, "invalid %s literal", kind);
            }
            return -1;
        }
        return 0;
    }
    // (a non-ASCII character is reported on its own as an invalid character)
    if ((unsigned char)c < 0x80 && is_id_char((unsigned char)c)) {
        return scan_error_at(s, s->pos, "invalid %s literal", kind);
    }
    return 0;
}

// Digits with single underscores between them; at least one digit at s->pos.
static int decimal_tail(Scan *s) {
    const char *src = s->lx->src;
    for (;;) {
        while (is_digit(src[s->pos])) {
            s->pos++;
        }
        if (src[s->pos] != '_') {
            return 0;
        }
        s->pos++;
        if (!is_digit(src[s->pos])) {
            return scan_error_at(s, s->pos, "invalid decimal literal", NULL);
        }
    }
}

static int scan_exponent_and_imag(Scan *s, bool *is_float) {
    const char *src = s->lx->src;
    char c = src[s->pos];
    if (c == 'e' || c == 'E') {
        size_t epos = s->pos;
        s->pos++;
        if (src[s->pos] == '+' || src[s->pos] == '-') {
            s->pos++;
            if (!is_digit(src[s->pos])) {
                return scan_error_at(s, s->pos, "invalid decimal literal", NULL);
            }
        } else if (!is_digit(src[s->pos])) {
            // "1else": the number ends before the keyword; "1e" then a name is an error
            s->pos = epos;
            return verify_end_of_number(s, "decimal");
        }
        if (decimal_tail(s) < 0) {
            return -1;
        }
        *is_float = true;
    }
    c = src[s->pos];
    if (c == 'j' || c == 'J') {
        s->pos++;
        return verify_end_of_number(s, "imaginary");
    }
    return verify_end_of_number(s, *is_float ? "decimal" : "decimal");
}

static int scan_number(Scan *s) {
    const char *src = s->lx->src;
    size_t start = s->pos;
    char c = src[s->pos];
    if (c == '0' && (src[s->pos + 1] == 'x' || src[s->pos + 1] == 'X' || src[s->pos + 1] == 'o' ||
                     src[s->pos + 1] == 'O' || src[s->pos + 1] == 'b' || src[s->pos + 1] == 'B')) {
        char k = (char)(src[s->pos + 1] | 0x20);
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        s->pos += 2;
        do {
            if (src[s->pos] == '_') {
                s->pos++;
            }
            char d = src[s->pos];
            bool ok = k == 'x' ? is_xdigit(d) : k == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
            if (!ok) {
                if (k != 'x' && is_digit(d)) {
                    return scan_error_at(s, s->pos + 1, k == 'o' ? "invalid digit '%s' in octal literal"
                                                                 : "invalid digit '%s' in binary literal",
                                         (char[]){d, 0});
                }
                return scan_error_at(s, s->pos, "invalid %s literal", kind);
            }
            while (k == 'x' ? is_xdigit(src[s->pos]) : k == 'o' ? (src[s->pos] >= '0' && src[s->pos] <= '7')
                                                               : (src[s->pos] == '0' || src[s->pos] == '1')) {
                s->pos++;
            }
        } while (src[s->pos] == '_');
        if (k != 'x' && is_digit(src[s->pos])) {
            return scan_error_at(s, s->pos + 1, k == 'o' ? "invalid digit '%s' in octal literal"
                                                         : "invalid digit '%s' in binary literal",
                                 (char[]){src[s->pos], 0});
        }
        return verify_end_of_number(s, kind);
    }
    bool is_float = false;
    if (c == '0') {
        // leading zeros: only all-zero ints, or floats/imaginaries
        bool nonzero = false;
        s->pos++;
        for (;;) {
            while (src[s->pos] == '0') {
                s->pos++;
            }
            if (src[s->pos] == '_') {
                s->pos++;
                if (!is_digit(src[s->pos])) {
                    return scan_error_at(s, s->pos, "invalid decimal literal", NULL);
                }
                continue;
            }
            break;
        }
        size_t zeros_end = s->pos;
        if (is_digit(src[s->pos])) {
            nonzero = true;
            if (decimal_tail(s) < 0) {
                return -1;
            }
        }
        c = src[s->pos];
        if (c == '.') {
            s->pos++;
            is_float = true;
            if (is_digit(src[s->pos]) && decimal_tail(s) < 0) {
                return -1;
            }
        } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            // float or imaginary: leading zeros allowed
        } else if (nonzero) {
            (void)zeros_end;
            TwLexer *lx = s->lx;
            int col = (int)(start - s->line_start);
            int ecol = (int)(zeros_end - s->line_start);
            // CPython: offset at the first zero, end just past the zeros (before the digits)
            int off = tw_lex_char_col(lx, s->lineno, col);
            int eoff = tw_lex_char_col(lx, s->lineno, ecol);
            TwValue text = tw_lex_line(lx, s->lineno, false);
            if (!text) {
                return -1;
            }
            tw_syntax_error(&tw_type_SyntaxError, lx->filename, s->lineno, off, s->lineno, eoff, text,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
            return -1;
        }
        return scan_exponent_and_imag(s, &is_float);
    }
    if (c == '.') {
        // ".5"
        s->pos++;
        is_float = true;
        if (decimal_tail(s) < 0) {
            return -1;
        }
        return scan_exponent_and_imag(s, &is_float);
    }
    if (decimal_tail(s) < 0) {
        return -1;
    }
    if (src[s->pos] == '.') {
        s->pos++;
        is_float = true;
        if (is_digit(src[s->pos]) && decimal_tail(s) < 0) {
            return -1;
        }
    }
    return scan_exponent_and_imag(s, &is_float);
}

// ---------------------------------------------------------------- names and strings

// Check a name containing non-ASCII characters; report the first character that cannot
// be in an identifier.
static int verify_identifier(Scan *s, size_t start, size_t end) {
    const char *src = s->lx->src;
    size_t i = start;
    bool first = true;
    while (i < end) {
        int n;
        uint32_t cp = tw_utf8_decode(src + i, &n);
        bool ok = cp < 0x80 ? (first ? is_id_start((unsigned char)cp) : is_id_char((unsigned char)cp))
                            : tw_unicode_is(cp, first ? TW_UC_XID_START : TW_UC_XID_CONTINUE);
        // CPython normalises with NFKC first; a few characters are only valid afterwards.
        // We accept anything with the ID property classes (close enough in practice).
        if (!ok && first && cp >= 0x80 && tw_unicode_is(cp, TW_UC_XID_CONTINUE)) {
            ok = false;
        }
        if (!ok) {
            s->pos = i + (size_t)n;
            if (!tw_unicode_is(cp, TW_UC_PRINTABLE)) {
                char buf[16];
                snprintf(buf, sizeof buf, "%04X", (unsigned)cp);
                return scan_error_at(s, s->pos, "invalid non-printable character U+%s", buf);
            }
            char buf[64];
            char enc[5];
            int el = tw_utf8_encode(cp, enc);
            enc[el] = 0;
            snprintf(buf, sizeof buf, "%s' (U+%04X)", enc, (unsigned)cp);
            return scan_error_at(s, s->pos, "invalid character '%s", buf);
        }
        first = false;
        i += (size_t)n;
    }
    return 0;
}

// Scan a string body starting at the opening quote at s->pos.
static int scan_string(Scan *s, size_t tok_start, int start_line, int start_col) {
    const char *src = s->lx->src;
    size_t size = s->lx->size;
    char q = src[s->pos];
    bool triple = src[s->pos + 1] == q && src[s->pos + 2] == q;
    s->pos += triple ? 3 : 1;
    int first_line = s->lineno;
    for (;;) {
        if (s->pos >= size) {
            int detected = s->lineno - 1 < 1 ? 1 : s->lineno - 1;
            if (!triple) {
                detected = s->lineno;
            }
            // restore the position to the string start for the report
            int line = start_line;
            int off = tw_lex_char_col(s->lx, line, start_col);
            TwValue text = tw_lex_line(s->lx, line, false);
            if (!text) {
                return -1;
            }
            tw_syntax_error(&tw_type_SyntaxError, s->lx->filename, line, off, line, off, text,
                            triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                   : "unterminated string literal (detected at line %d)",
                            detected);
            return -1;
        }
        char c = src[s->pos];
        if (c == '\n') {
            if (!triple) {
                int off = tw_lex_char_col(s->lx, start_line, start_col);
                TwValue text = tw_lex_line(s->lx, start_line, false);
                if (!text) {
                    return -1;
                }
                tw_syntax_error(&tw_type_SyntaxError, s->lx->filename, start_line, off, start_line, off, text,
                                "unterminated string literal (detected at line %d)", s->lineno);
                return -1;
            }
            s->pos++;
            new_line(s);
            continue;
        }
        if (c == '\\') {
            s->pos++;
            if (s->pos < size) {
                if (src[s->pos] == '\n') {
                    s->pos++;
                    new_line(s);
                } else {
                    s->pos++;
                }
            }
            continue;
        }
        if (c == q) {
            if (!triple) {
                s->pos++;
                break;
            }
            if (src[s->pos + 1] == q && src[s->pos + 2] == q) {
                s->pos += 3;
                break;
            }
        }
        s->pos++;
    }
    (void)first_line;
    TwToken *t = push_token(s, TK_STRING, tok_start, start_line, start_col);
    if (!t) {
        return -1;
    }
    for (size_t i = tok_start; src[i] != '\'' && src[i] != '"'; i++) {
        if (src[i] == 'f' || src[i] == 'F') {
            t->str_fstring = 1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- operators

static int op_token(const char *p, int *len) {
    char c0 = p[0], c1 = p[1], c2 = p[2];
    *len = 3;
    if (c0 == '*' && c1 == '*' && c2 == '=') {
        return TK_DOUBLESTAREQUAL;
    }
    if (c0 == '.' && c1 == '.' && c2 == '.') {
        return TK_ELLIPSIS;
    }
    if (c0 == '<' && c1 == '<' && c2 == '=') {
        return TK_LEFTSHIFTEQUAL;
    }
    if (c0 == '>' && c1 == '>' && c2 == '=') {
        return TK_RIGHTSHIFTEQUAL;
    }
    if (c0 == '/' && c1 == '/' && c2 == '=') {
        return TK_DOUBLESLASHEQUAL;
    }
    *len = 2;
    switch (c0) {
    case '!':
        if (c1 == '=') {
            return TK_NOTEQUAL;
        }
        break;
    case '%':
        if (c1 == '=') {
            return TK_PERCENTEQUAL;
        }
        break;
    case '&':
        if (c1 == '=') {
            return TK_AMPEREQUAL;
        }
        break;
    case '*':
        if (c1 == '*') {
            return TK_DOUBLESTAR;
        }
        if (c1 == '=') {
            return TK_STAREQUAL;
        }
        break;
    case '+':
        if (c1 == '=') {
            return TK_PLUSEQUAL;
        }
        break;
    case '-':
        if (c1 == '=') {
            return TK_MINEQUAL;
        }
        if (c1 == '>') {
            return TK_RARROW;
        }
        break;
    case '/':
        if (c1 == '/') {
            return TK_DOUBLESLASH;
        }
        if (c1 == '=') {
            return TK_SLASHEQUAL;
        }
        break;
    case ':':
        if (c1 == '=') {
            return TK_COLONEQUAL;
        }
        break;
    case '<':
        if (c1 == '<') {
            return TK_LEFTSHIFT;
        }
        if (c1 == '=') {
            return TK_LESSEQUAL;
        }
        if (c1 == '>') {
            return TK_NOTEQUAL;     // only valid with barry_as_FLUFL; the parser rejects it
        }
        break;
    case '=':
        if (c1 == '=') {
            return TK_EQEQUAL;
        }
        break;
    case '>':
        if (c1 == '=') {
            return TK_GREATEREQUAL;
        }
        if (c1 == '>') {
            return TK_RIGHTSHIFT;
        }
        break;
    case '@':
        if (c1 == '=') {
            return TK_ATEQUAL;
        }
        break;
    case '^':
        if (c1 == '=') {
            return TK_CIRCUMFLEXEQUAL;
        }
        break;
    case '|':
        if (c1 == '=') {
            return TK_VBAREQUAL;
        }
        break;
    }
    *len = 1;
    switch (c0) {
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ':': return TK_COLON;
    case ',': return TK_COMMA;
    case ';': return TK_SEMI;
    case '+': return TK_PLUS;
    case '-': return TK_MINUS;
    case '*': return TK_STAR;
    case '/': return TK_SLASH;
    case '|': return TK_VBAR;
    case '&': return TK_AMPER;
    case '<': return TK_LESS;
    case '>': return TK_GREATER;
    case '=': return TK_EQUAL;
    case '.': return TK_DOT;
    case '%': return TK_PERCENT;
    case '~': return TK_TILDE;
    case '^': return TK_CIRCUMFLEX;
    case '@': return TK_AT;
    default: return TK_ERROR;
    }
}

// ---------------------------------------------------------------- indentation

static TwValue indent_error(Scan *s, TwType *type, int off, int eoff, const char *msg) {
    TwValue text = tw_lex_line(s->lx, s->lineno, true);
    if (!text) {
        return TW_NULL;
    }
    return tw_syntax_error(type, s->lx->filename, s->lineno, off, s->lineno, eoff, text, "%s", msg);
}

// At the start of a logical line: measure indentation, skip blank lines, emit
// INDENT/DEDENT. Returns 1 when a token-bearing line starts, 0 at EOF, -1 on error.
static int line_start(Scan *s) {
    const char *src = s->lx->src;
    size_t size = s->lx->size;
    for (;;) {
        if (s->pos >= size) {
            return 0;
        }
        int col = 0, altcol = 0;
        for (;;) {
            char c = src[s->pos];
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
            s->pos++;
        }
        char c = src[s->pos];
        if (c == '#' || c == '\n' || (c == '\\' && src[s->pos + 1] == '\n' && false)) {
            // blank or comment-only line: no tokens, no indentation change
            while (src[s->pos] != '\n') {
                s->pos++;
            }
            s->pos++;
            new_line(s);
            continue;
        }
        if (s->pos >= size) {
            return 0;
        }
        if (col == s->indstack[s->indent]) {
            if (altcol != s->altstack[s->indent]) {
                indent_error(s, &tw_type_TabError, 1, 0, "inconsistent use of tabs and spaces in indentation");
                return -1;
            }
        } else if (col > s->indstack[s->indent]) {
            if (s->indent + 1 >= 100) {
                indent_error(s, &tw_type_IndentationError, 1, 0, "too many levels of indentation");
                return -1;
            }
            if (altcol <= s->altstack[s->indent]) {
                indent_error(s, &tw_type_TabError, 1, 0, "inconsistent use of tabs and spaces in indentation");
                return -1;
            }
            s->indent++;
            s->indstack[s->indent] = col;
            s->altstack[s->indent] = altcol;
            if (!push_token(s, TK_INDENT, s->line_start, s->lineno, 0)) {
                return -1;
            }
            TwToken *t = &s->lx->toks[s->lx->ntoks - 1];
            t->col = -1;   // CPython's INDENT has no meaningful column
            t->end_col = (int)(s->pos - s->line_start);
            t->col = t->end_col;
        } else {
            while (s->indent > 0 && col < s->indstack[s->indent]) {
                s->indent--;
                TwToken *t = push_token(s, TK_DEDENT, s->pos, s->lineno, (int)(s->pos - s->line_start));
                if (!t) {
                    return -1;
                }
            }
            if (col != s->indstack[s->indent]) {
                // CPython reports the offset just past the end of the line
                int off = tw_lex_char_col(s->lx, s->lineno, (int)(line_end(s->lx, s->lineno) - s->line_start));
                indent_error(s, &tw_type_IndentationError, off, -1,
                             "unindent does not match any outer indentation level");
                return -1;
            }
            if (altcol != s->altstack[s->indent]) {
                indent_error(s, &tw_type_TabError, 1, 0, "inconsistent use of tabs and spaces in indentation");
                return -1;
            }
        }
        return 1;
    }
}

// ---------------------------------------------------------------- the main loop

static int tokenize(Scan *s) {
    TwLexer *lx = s->lx;
    const char *src = lx->src;
    size_t size = lx->size;
    s->at_line_start = true;
    for (;;) {
        if (s->at_line_start && s->level == 0) {
            int r = line_start(s);
            if (r < 0) {
                return -1;
            }
            s->at_line_start = false;
            if (r == 0) {
                break;
            }
        }
        // skip spaces
        while (src[s->pos] == ' ' || src[s->pos] == '\t' || src[s->pos] == '\f') {
            s->pos++;
        }
        if (s->pos >= size) {
            break;
        }
        char c = src[s->pos];
        size_t start = s->pos;
        int col = (int)(start - s->line_start);
        if (c == '#') {
            while (src[s->pos] != '\n') {
                s->pos++;
            }
            continue;
        }
        if (c == '\n') {
            s->pos++;
            if (s->level == 0) {
                TwToken *t = push_token(s, TK_NEWLINE, start, s->lineno, col);
                if (!t) {
                    return -1;
                }
                t->end_col = col;   // CPython leaves the '\n' out of the token
                s->at_line_start = true;
            }
            new_line(s);
            continue;
        }
        if (c == '\\') {
            if (src[s->pos + 1] == '\n') {
                s->pos += 2;
                new_line(s);
                if (s->pos >= size) {
                    // "x = \" at the end of the file
                    int l = s->lineno - 1;
                    TwValue text = tw_lex_line(lx, l, true);
                    if (!text) {
                        return -1;
                    }
                    int off = tw_lex_char_col(lx, l, (int)(line_end(lx, l) - lx->line_starts[l - 1])) + 1;
                    tw_syntax_error(&tw_type_SyntaxError, lx->filename, l, off, l, -1, text,
                                    "unexpected EOF while parsing");
                    return -1;
                }
                continue;
            }
            s->pos++;
            int off = tw_lex_char_col(lx, s->lineno, (int)(s->pos - s->line_start));
            TwValue text = tw_lex_line(lx, s->lineno, true);
            if (!text) {
                return -1;
            }
            tw_syntax_error(&tw_type_SyntaxError, lx->filename, s->lineno, off, s->lineno, 0, text,
                            "unexpected character after line continuation character");
            return -1;
        }
        if (is_id_start((unsigned char)c)) {
            // string prefix?
            bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
            size_t p = s->pos;
            for (;;) {
                char d = src[p];
                if (!(saw_b || saw_u || saw_f) && (d == 'b' || d == 'B')) {
                    saw_b = true;
                } else if (!(saw_b || saw_u || saw_r || saw_f) && (d == 'u' || d == 'U')) {
                    saw_u = true;
                } else if (!(saw_r || saw_u) && (d == 'r' || d == 'R')) {
                    saw_r = true;
                } else if (!(saw_f || saw_b || saw_u) && (d == 'f' || d == 'F')) {
                    saw_f = true;
                } else {
                    break;
                }
                p++;
            }
            if (p > s->pos && (src[p] == '\'' || src[p] == '"')) {
                s->pos = p;
                if (scan_string(s, start, s->lineno, col) < 0) {
                    return -1;
                }
                continue;
            }
            bool ascii = true;
            while (is_id_char((unsigned char)src[s->pos])) {
                if ((unsigned char)src[s->pos] >= 0x80) {
                    ascii = false;
                }
                s->pos++;
            }
            if (!ascii && verify_identifier(s, start, s->pos) < 0) {
                return -1;
            }
            TwToken *t = push_token(s, TK_NAME, start, s->lineno, col);
            if (!t) {
                return -1;
            }
            size_t n = s->pos - start;
            if (n >= 2 && n <= 8) {
                for (int k = 1; k < KW_COUNT_; k++) {
                    if (strlen(keywords[k]) == n && memcmp(keywords[k], src + start, n) == 0) {
                        t->kw = (uint8_t)k;
                        break;
                    }
                }
            }
            continue;
        }
        if (is_digit(c) || (c == '.' && is_digit(src[s->pos + 1]))) {
            if (scan_number(s) < 0) {
                return -1;
            }
            if (!push_token(s, TK_NUMBER, start, s->lineno, col)) {
                return -1;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            if (scan_string(s, start, s->lineno, col) < 0) {
                return -1;
            }
            continue;
        }
        int len;
        int type = op_token(src + s->pos, &len);
        if (type == TK_ERROR && (unsigned char)c < 0x20) {
            s->pos++;
            char buf[16];
            snprintf(buf, sizeof buf, "%04X", (unsigned)c);
            return scan_error_at(s, s->pos, "invalid non-printable character U+%s", buf);
        }
        s->pos += (size_t)len;
        if (type == TK_LPAR || type == TK_LSQB || type == TK_LBRACE) {
            if (s->level >= 200) {
                return scan_error_at(s, s->pos, "too many nested parentheses", NULL);
            }
            s->parens[s->level].c = c;
            s->parens[s->level].line = s->lineno;
            s->parens[s->level].col = col;
            s->level++;
        } else if (type == TK_RPAR || type == TK_RSQB || type == TK_RBRACE) {
            if (s->level == 0) {
                return scan_error_at(s, s->pos, "unmatched '%s'", (char[]){c, 0});
            }
            s->level--;
            char o = s->parens[s->level].c;
            if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                char buf[128];
                if (s->parens[s->level].line != s->lineno) {
                    snprintf(buf, sizeof buf,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o,
                             s->parens[s->level].line);
                } else {
                    snprintf(buf, sizeof buf, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                             c, o);
                }
                return scan_error_at(s, s->pos, "%s", buf);
            }
        }
        if (!push_token(s, type, start, s->lineno, col)) {
            return -1;
        }
    }
    if (s->level > 0) {
        lx->unclosed_line = s->parens[s->level - 1].line;
        lx->unclosed_col = s->parens[s->level - 1].col;
        lx->unclosed_char = s->parens[s->level - 1].c;
    }
    lx->last_line = lx->nlines - 1;
    // implicit NEWLINE at EOF, DEDENTs, ENDMARKER
    if (lx->ntoks > 0 && lx->toks[lx->ntoks - 1].type != TK_NEWLINE && lx->toks[lx->ntoks - 1].type != TK_DEDENT &&
        lx->toks[lx->ntoks - 1].type != TK_INDENT) {
        if (!push_token(s, TK_NEWLINE, s->pos, s->lineno, (int)(s->pos - s->line_start))) {
            return -1;
        }
    }
    while (s->indent > 0) {
        s->indent--;
        if (!push_token(s, TK_DEDENT, s->pos, s->lineno, 0)) {
            return -1;
        }
    }
    return push_token(s, TK_ENDMARKER, s->pos, s->lineno, 0) ? 0 : -1;
}

// The encoding named by a "coding[:=]name" comment on line 1 or 2 (PEP 263), copied into
// out; false when there is none.
static bool coding_cookie(const char *src, size_t size, char *out, size_t outsz) {
    size_t i = 0;
    for (int line = 0; line < 2 && i < size; line++) {
        size_t e = i;
        while (e < size && src[e] != '\n' && src[e] != '\r') {
            e++;
        }
        size_t k = i;
        while (k < e && (src[k] == ' ' || src[k] == '\t' || src[k] == '\f')) {
            k++;
        }
        if (k < e && src[k] == '#') {
            for (size_t j = k; j + 7 <= e; j++) {
                if (memcmp(src + j, "coding", 6) == 0 && (src[j + 6] == ':' || src[j + 6] == '=')) {
                    size_t a = j + 7;
                    while (a < e && (src[a] == ' ' || src[a] == '\t')) {
                        a++;
                    }
                    size_t b = a;
                    while (b < e && (is_id_char((unsigned char)src[b]) || src[b] == '-' || src[b] == '.') &&
                           b - a < outsz - 1) {
                        b++;
                    }
                    if (b == a) {
                        return false;
                    }
                    memcpy(out, src + a, b - a);
                    out[b - a] = 0;
                    return true;
                }
            }
        } else if (k < e) {
            return false;   // code on line 1: no cookie on line 2
        }
        i = e + 1;
        if (e < size && src[e] == '\r' && e + 1 < size && src[e + 1] == '\n') {
            i++;
        }
    }
    return false;
}

int tw_lex_run(TwLexer *lx, const char *src, size_t size, TwValue filename) {
    return tw_lex_run_field(lx, src, size, filename, 1);
}

int tw_lex_run_field(TwLexer *lx, const char *src, size_t size, TwValue filename, int first_line) {
    memset(lx, 0, sizeof *lx);
    lx->filename = filename;
    lx->line_base = first_line - 1;
    // skip a UTF-8 BOM
    if (size >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        size -= 3;
    }
    char enc[64];
    if (coding_cookie(src, size, enc, sizeof enc)) {
        char low[64];
        size_t k = 0;
        for (; enc[k]; k++) {
            low[k] = (char)(enc[k] >= 'A' && enc[k] <= 'Z' ? enc[k] + 32 : enc[k] == '_' ? '-' : enc[k]);
        }
        low[k] = 0;
        bool ascii = true;
        for (size_t k2 = 0; k2 < size && ascii; k2++) {
            ascii = (unsigned char)src[k2] < 0x80;
        }
        // pure ASCII text reads the same in any ASCII-compatible codec
        if (!ascii && strcmp(low, "utf-8") != 0 && strcmp(low, "utf8") != 0 && strncmp(low, "utf-8-", 6) != 0) {
            TwValue text = tw_bytes_decode((const uint8_t *)src, size, enc, "strict");
            if (!text) {
                if (tw_error_matches(&tw_type_LookupError)) {
                    tw_error_clear();
                    tw_syntax_error(&tw_type_SyntaxError, filename, -1, 0, -1, 0, TW_NULL, "unknown encoding: %s", enc);
                }
                return -1;
            }
            // the decoded text stays alive on the C stack (conservative scan) while we copy it
            return tw_lex_run(lx, tw_str_data(text), tw_str_size(text), filename);
        }
    }
    char *buf = malloc(size + 2);
    if (!buf) {
        tw_error_nomem();
        return -1;
    }
    size_t n = 0;
    int nlines = 1;
    for (size_t i = 0; i < size; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < size && src[i + 1] == '\n') {
                i++;
            }
            c = '\n';
        }
        if (c == '\n') {
            nlines++;
        }
        buf[n++] = c;
    }
    if (n > 0 && buf[n - 1] != '\n') {
        buf[n++] = '\n';
        nlines++;
        lx->added_newline = true;
    }
    buf[n] = 0;
    lx->src = buf;
    lx->size = n;
    lx->line_starts = malloc((size_t)(nlines + 1) * sizeof(uint32_t));
    if (!lx->line_starts) {
        tw_error_nomem();
        return -1;
    }
    int ln = 0;
    lx->line_starts[ln++] = 0;
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == '\n') {
            lx->line_starts[ln++] = (uint32_t)(i + 1);
        }
    }
    lx->nlines = ln;
    // an embedded NUL byte
    if (memchr(buf, 0, n)) {
        TwValue text = TW_NULL;
        tw_syntax_error(&tw_type_SyntaxError, filename, -1, 0, -1, 0, text, "source code cannot contain null bytes");
        return -1;
    }
    size_t bad = tw_utf8_check(buf, n, false);
    if (bad != n) {
        int line = 1;
        for (size_t i = 0; i < bad; i++) {
            if (buf[i] == '\n') {
                line++;
            }
        }
        tw_syntax_error(&tw_type_SyntaxError, filename, line, 0, 0, 0, TW_NULL,
                        "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte",
                        (unsigned)(unsigned char)buf[bad], (int)bad);
        return -1;
    }
    Scan s;
    memset(&s, 0, sizeof s);
    s.lx = lx;
    s.lineno = 1;
    return tokenize(&s);
}
