// Literals: numbers, string and bytes literals (prefixes, escapes, implicit
// concatenation) and f-strings, whose replacement fields are parsed here as 3.11 does:
// the f-string is one STRING token, and each expression inside is tokenized and parsed
// on its own, with positions mapped back to the real source.
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>

#include "text.h"
#include "warnings.h"


// ---------------------------------------------------------------- numbers

TwExpr *p_number(Parser *p, TwToken *t) {
    const char *s = p->lx->src + t->start;
    size_t n = t->end - t->start;
    TwValue v;
    char last = s[n - 1];
    bool is_hex = n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (last == 'j' || last == 'J') {
        TwValue f = tw_float_parse(s, n - 1);
        if (!f) {
            p_fail(p);
        }
        v = tw_complex_new(0.0, tw_as_float(f));
    } else if (!is_hex && (memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n))) {
        v = tw_float_parse(s, n);
    } else {
        v = tw_int_parse(s, n, 0);
    }
    if (!v) {
        p_fail(p);
    }
    TwExpr *e = new_expr(p, TW_EXPR_CONSTANT, pos_tok(t));
    e->u.constant.value = p_keep(p, v);
    return e;
}

// ---------------------------------------------------------------- escapes

typedef struct {
    bool raw, bytes, fstr, unicode;
    const char *body;           // between the quotes
    size_t n;
    TwToken *tok;
} StrTok;

static void str_prefix(Parser *p, TwToken *t, StrTok *st) {
    const char *s = p->lx->src + t->start;
    size_t n = t->end - t->start;
    memset(st, 0, sizeof *st);
    st->tok = t;
    size_t i = 0;
    for (; s[i] != '\'' && s[i] != '"'; i++) {
        switch (s[i] | 0x20) {
        case 'r': st->raw = true; break;
        case 'b': st->bytes = true; break;
        case 'f': st->fstr = true; break;
        case 'u': st->unicode = true; break;
        }
    }
    char q = s[i];
    size_t qn = (i + 2 < n && s[i + 1] == q && s[i + 2] == q && n - i >= 6) ? 3 : 1;
    st->body = s + i + qn;
    st->n = n - i - 2 * qn;
}

static _Noreturn void unicode_error(Parser *p, const char *codec, size_t a, size_t b, const char *what) {
    p_error_tok(p, tk(p), "(unicode error) '%s' codec can't decode bytes in position %d-%d: %s", codec, (int)a,
                (int)b, what);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// An invalid escape sequence: a DeprecationWarning in 3.11 (for the string token `t`),
// or, when the filters make that an error, a SyntaxError at the token. `esc` points just
// past the backslash; an octal escape above \377 is reported with its three digits.
static void warn_invalid_escape(Parser *p, TwToken *t, const char *esc) {
    if (!p->warn_escapes) {
        return;   // tokens seen again after backtracking have warned already
    }
    char text[48];
    if (*esc >= '4' && *esc <= '7') {
        snprintf(text, sizeof text, "invalid octal escape sequence '\\%.3s'", esc);
    } else {
        snprintf(text, sizeof text, "invalid escape sequence '\\%c'", *esc);
    }
    TwValue msg = tw_str_from_c(text);
    if (!msg) {
        p_fail(p);
    }
    if (tw_warn_explicit(tw_from_obj(&tw_type_DeprecationWarning), msg, p->filename, t->lineno, TW_NULL,
                         TW_NULL) == 0) {
        return;
    }
    if (tw_error_matches(&tw_type_DeprecationWarning)) {
        tw_error_clear();
        p_error_warning(p, t, msg);
    }
    p_fail(p);
}

// Decode the escapes of a (non-raw) literal body into buf. Bytes bodies are ASCII-checked
// by the caller. `base` is the offset of s within the whole body (for error positions).
// The first invalid escape, if any, is warned about for token t (as CPython does, once per
// decoded piece).
static void decode_escapes(Parser *p, TwBuf *buf, const char *s, size_t n, bool bytes, size_t base, TwToken *t) {
    const char *first_invalid = NULL;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '\\') {
            i++;
        }
        if (i > run && tw_buf_append(buf, s + run, i - run) < 0) {
            p_fail(p);
        }
        if (i >= n) {
            break;
        }
        size_t esc = i;
        i++;   // backslash
        if (i >= n) {
            tw_buf_append(buf, "\\", 1);
            break;
        }
        char c = s[i++];
        uint32_t cp;
        switch (c) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            cp = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                cp = cp * 8 + (uint32_t)(s[i++] - '0');
            }
            if (cp > 0377 && !first_invalid) {
                first_invalid = s + esc + 1;
            }
            if (bytes) {
                cp &= 0xFF;
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                goto unknown;
            }
            cp = 0;
            int k = 0;
            for (; k < digits && i < n && hexval(s[i]) >= 0; k++) {
                cp = cp * 16 + (uint32_t)hexval(s[i++]);
            }
            if (k < digits) {
                if (bytes) {
                    p_error_tok(p, tk(p), "(value error) invalid \\x escape at position %d", (int)(base + esc));
                }
                unicode_error(p, "unicodeescape", base + esc, base + i - 1,
                              c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                               : "truncated \\UXXXXXXXX escape");
            }
            if (cp > 0x10FFFF) {
                unicode_error(p, "unicodeescape", base + esc, base + i - 1, "illegal Unicode character");
            }
            break;
        }
        case 'N': {
            if (bytes) {
                goto unknown;
            }
            if (i >= n || s[i] != '{') {
                unicode_error(p, "unicodeescape", base + esc, base + i - 1, "malformed \\N character escape");
            }
            size_t close = i + 1;
            while (close < n && s[close] != '}') {
                close++;
            }
            if (close >= n || close == i + 1) {
                unicode_error(p, "unicodeescape", base + esc, base + (close < n ? close : n - 1),
                              "malformed \\N character escape");
            }
            int r = tw_unicode_lookup_name(s + i + 1, close - i - 1);
            if (r < 0) {
                unicode_error(p, "unicodeescape", base + esc, base + close, "unknown Unicode character name");
            }
            cp = (uint32_t)r;
            i = close + 1;
            break;
        }
        default:
        unknown:
            // invalid escapes stay as written (a DeprecationWarning in 3.11); CPython reads a
            // backslash before a non-ASCII character as a plain backslash, without warning
            if (!first_invalid && (unsigned char)c < 0x80) {
                first_invalid = s + esc + 1;
            }
            if (tw_buf_append(buf, s + esc, 2) < 0) {
                p_fail(p);
            }
            // a multi-byte character after the backslash
            while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
                tw_buf_append(buf, s + i, 1);
                i++;
            }
            continue;
        }
        if (bytes) {
            char b = (char)cp;
            if (tw_buf_append(buf, &b, 1) < 0) {
                p_fail(p);
            }
        } else if (tw_buf_append_codepoint(buf, cp) < 0) {
            p_fail(p);
        }
    }
    if (first_invalid) {
        warn_invalid_escape(p, t, first_invalid);
    }
}

static TwValue make_str(Parser *p, TwBuf *b) {
    TwValue v = tw_str_new(b->data ? b->data : "", b->size);
    tw_buf_free(b);
    if (!v) {
        p_fail(p);
    }
    return v;
}

// ---------------------------------------------------------------- f-strings

// Parts of a JoinedStr being built: literal text accumulates in `lit` until a field.
typedef struct {
    PVec values;
    TwBuf lit;
    bool has_lit;
    TwPos pos;        // every part's position: the whole implicit concatenation
} FParts;

static void flush_lit(Parser *p, FParts *f) {
    if (f->lit.size > 0) {
        TwExpr *c = new_expr(p, TW_EXPR_CONSTANT, f->pos);
        c->u.constant.value = p_keep(p, make_str(p, &f->lit));
        vec_push(p, &f->values, c);
        tw_buf_init(&f->lit);
    }
}

static void add_lit(Parser *p, FParts *f, const char *s, size_t n, bool raw, size_t base, TwToken *t) {
    if (raw) {
        if (tw_buf_append(&f->lit, s, n) < 0) {
            p_fail(p);
        }
    } else {
        decode_escapes(p, &f->lit, s, n, false, base, t);
    }
}

static void fstring_body(Parser *p, FParts *f, const char *s, size_t n, size_t *ip, bool raw, int depth,
                         StrTok *st, TwPos all);

// Find the real (line, col) of source pointer q (inside the lexer's normalised text).
static void src_pos(Parser *p, const char *q, int *line, int *col) {
    Parser *top = p;
    TwLexer *lx = top->lx;
    size_t off = (size_t)(q - lx->src);
    int lo = 0, hi = lx->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (lx->line_starts[mid] <= off) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    *line = lo + 1 + (p->fstring ? p->fs_line - 1 : 0);
    *col = (int)(off - lx->line_starts[lo]);
    if (p->fstring && lo == 0) {
        *col += p->fs_col;
    }
}

// One replacement field; s[*ip] is just past the '{'.
static void fstring_field(Parser *p, FParts *f, const char *s, size_t n, size_t *ip, bool raw, int depth,
                          StrTok *st, TwPos all) {
    if (depth >= 2) {
        p_error_tok(p, tk(p), "f-string: expressions nested too deeply");
    }
    size_t i = *ip;
    size_t start = i;
    int nest = 0;
    char quote = 0;
    int qlen = 0;
    char brackets[200];
    for (; i < n; i++) {
        char c = s[i];
        if (c == '\\') {
            p_error_tok(p, tk(p), "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (c == quote && (qlen == 1 || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                i += (size_t)qlen - 1;
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            qlen = (i + 2 < n && s[i + 1] == c && s[i + 2] == c) ? 3 : 1;
            i += (size_t)qlen - 1;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (nest >= 200) {
                p_error_tok(p, tk(p), "f-string: too many nested parenthesis");
            }
            brackets[nest++] = c;
            continue;
        }
        if (c == '#') {
            p_error_tok(p, tk(p), "f-string expression part cannot include '#'");
        }
        if (nest == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
            if (c == '!' && i + 1 < n && s[i + 1] == '=') {
                i++;
                continue;
            }
            if (c == '=' && i + 1 < n && s[i + 1] == '=') {
                i++;
                continue;
            }
            if ((c == '<' || c == '>') && i + 1 < n && s[i + 1] == '=') {
                i++;
                continue;
            }
            if (c == '<' || c == '>') {
                continue;
            }
            break;
        }
        if (c == ']' || c == ')' || c == '}') {
            if (nest == 0) {
                p_error_tok(p, tk(p), "f-string: unmatched '%c'", c);
            }
            char o = brackets[--nest];
            if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                p_error_tok(p, tk(p), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                            o);
            }
        }
    }
    if (quote) {
        p_error_tok(p, tk(p), "f-string: unterminated string");
    }
    if (nest > 0) {
        p_error_tok(p, tk(p), "f-string: unmatched '%c'", brackets[nest - 1]);
    }
    if (i >= n) {
        p_error_tok(p, tk(p), "f-string: expecting '}'");
    }
    size_t end = i;
    bool blank = true;
    for (size_t k = start; k < end; k++) {
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\f' && s[k] != '\r') {
            blank = false;
        }
    }
    if (blank) {
        p_error_tok(p, tk(p), "f-string: empty expression not allowed");
    }
    int line, col;
    src_pos(p, s + start, &line, &col);
    TwExpr *value = p_parse_fstring_expr(p, s + start, end - start, line, col, st->tok);
    // '=': the expression's text (with the whitespace after '=') becomes literal text
    bool debug = false;
    if (s[i] == '=') {
        debug = true;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\v')) {
            i++;
        }
        if (i >= n) {
            p_error_tok(p, tk(p), "f-string: expecting '}'");
        }
        if (tw_buf_append(&f->lit, s + start, i - start) < 0) {
            p_fail(p);
        }
    }
    int conversion = -1;
    if (s[i] == '!') {
        i++;
        if (i >= n) {
            p_error_tok(p, tk(p), "f-string: expecting '}'");
        }
        char c = s[i];
        if (c != 's' && c != 'r' && c != 'a') {
            if (c == '}' || c == ':') {
                p_error_tok(p, tk(p), "f-string: missing conversion character: expected 's', 'r', or 'a'");
            }
            p_error_tok(p, tk(p), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = c;
        i++;
        if (i < n && s[i] != '}' && s[i] != ':') {
            p_error_tok(p, tk(p), "f-string: expecting '}'");
        }
    }
    TwExpr *spec = NULL;
    if (i < n && s[i] == ':') {
        i++;
        FParts sf;
        memset(&sf, 0, sizeof sf);
        tw_buf_init(&sf.lit);
        sf.pos = all;
        fstring_body(p, &sf, s, n, &i, raw, depth + 1, st, all);
        // CPython gives the spec's trailing text the position of its own token
        sf.pos = pos_tok(st->tok);
        flush_lit(p, &sf);
        spec = new_expr(p, TW_EXPR_JOINEDSTR, pos_tok(st->tok));
        spec->u.joinedstr.values = vec_exprs(&sf.values);
    }
    if (i >= n || s[i] != '}') {
        p_error_tok(p, tk(p), "f-string: expecting '}'");
    }
    i++;
    if (debug && conversion == -1 && !spec) {
        conversion = 'r';
    }
    flush_lit(p, f);
    TwExpr *fv = new_expr(p, TW_EXPR_FORMATTEDVALUE, all);
    fv->u.formattedvalue.value = value;
    fv->u.formattedvalue.conversion = conversion;
    fv->u.formattedvalue.format_spec = spec;
    vec_push(p, &f->values, fv);
    *ip = i;
}

// Literal text and fields up to the end (depth 0) or the '}' closing a format spec.
static void fstring_body(Parser *p, FParts *f, const char *s, size_t n, size_t *ip, bool raw, int depth,
                         StrTok *st, TwPos all) {
    size_t i = *ip;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '{' && s[i] != '}') {
            // \N{...} is not a field
            if (!raw && s[i] == '\\' && i + 1 < n) {
                if (s[i + 1] == 'N' && i + 2 < n && s[i + 2] == '{' && depth == 0) {
                    i += 3;
                    while (i < n && s[i] != '}') {
                        i++;
                    }
                    if (i < n) {
                        i++;
                    }
                    continue;
                }
                if (s[i + 1] == '{' || s[i + 1] == '}') {
                    // the brace is not escaped: the literal ends with the backslash
                    if (s[i + 1] == '{') {
                        warn_invalid_escape(p, st->tok, s + i + 1);
                    }
                    i++;
                    break;
                }
                i += 2;
                continue;
            }
            i++;
        }
        // CPython decodes a doubled brace's literal with its first brace
        if (i + 1 < n && depth == 0 && (s[i] == '{' || s[i] == '}') && s[i + 1] == s[i]) {
            add_lit(p, f, s + run, i + 1 - run, raw, run, st->tok);
            i += 2;
            continue;
        }
        if (i > run) {
            add_lit(p, f, s + run, i - run, raw, run, st->tok);
        }
        if (i >= n) {
            break;
        }
        if (s[i] == '{') {
            i++;
            fstring_field(p, f, s, n, &i, raw, depth, st, all);
            continue;
        }
        // '}' (a doubled one was handled above)
        if (depth > 0) {
            break;
        }
        p_error_tok(p, tk(p), "f-string: single '}' is not allowed");
    }
    *ip = i;
}

// ---------------------------------------------------------------- strings

TwExpr *p_strings(Parser *p) {
    TwToken *first = tk(p);
    int nt = 0;
    bool any_f = false, any_bytes = false, any_str = false;
    while (at(p, TK_STRING)) {
        if (tk(p)->str_fstring) {
            any_f = true;
        }
        advance(p);
        nt++;
    }
    TwToken *last = prev_tok(p);
    TwPos all = pos_tok_span(first, last);
    // strings the parser reads again after backtracking do not warn again
    int first_index = (int)(first - p->t);
    p->warn_escapes = first_index >= p->strings_done;
    if (p->warn_escapes) {
        p->strings_done = first_index + nt;
    }
    StrTok sts[nt > 0 ? nt : 1];
    for (int k = 0; k < nt; k++) {
        str_prefix(p, first + k, &sts[k]);
        if (sts[k].bytes) {
            any_bytes = true;
        } else {
            any_str = true;
        }
    }
    if (any_bytes && any_str) {
        p_error_tok(p, tk(p), "cannot mix bytes and nonbytes literals");
    }
    if (any_bytes) {
        TwBuf b;
        tw_buf_init(&b);
        for (int k = 0; k < nt; k++) {
            for (size_t i = 0; i < sts[k].n; i++) {
                if ((unsigned char)sts[k].body[i] >= 0x80) {
                    tw_buf_free(&b);
                    p_error_tok(p, sts[k].tok, "bytes can only contain ASCII literal characters");
                }
            }
            if (sts[k].raw) {
                tw_buf_append(&b, sts[k].body, sts[k].n);
            } else {
                decode_escapes(p, &b, sts[k].body, sts[k].n, true, 0, sts[k].tok);
            }
        }
        TwValue v = tw_bytes_new(b.data ? b.data : "", b.size);
        tw_buf_free(&b);
        if (!v) {
            p_fail(p);
        }
        TwExpr *e = new_expr(p, TW_EXPR_CONSTANT, all);
        e->u.constant.value = p_keep(p, v);
        return e;
    }
    if (!any_f) {
        TwBuf b;
        tw_buf_init(&b);
        for (int k = 0; k < nt; k++) {
            if (sts[k].raw) {
                tw_buf_append(&b, sts[k].body, sts[k].n);
            } else {
                decode_escapes(p, &b, sts[k].body, sts[k].n, false, 0, sts[k].tok);
            }
        }
        TwExpr *e = new_expr(p, TW_EXPR_CONSTANT, all);
        e->u.constant.value = p_keep(p, make_str(p, &b));
        // CPython marks only a lowercase u prefix
        if (sts[0].unicode && p->lx->src[first->start] == 'u') {
            e->u.constant.kind = p_keep(p, tw_str_intern_c("u"));
        }
        return e;
    }
    FParts f;
    memset(&f, 0, sizeof f);
    tw_buf_init(&f.lit);
    f.pos = all;
    for (int k = 0; k < nt; k++) {
        if (sts[k].fstr) {
            size_t i = 0;
            fstring_body(p, &f, sts[k].body, sts[k].n, &i, sts[k].raw, 0, &sts[k], all);
        } else {
            add_lit(p, &f, sts[k].body, sts[k].n, sts[k].raw, 0, sts[k].tok);
        }
    }
    flush_lit(p, &f);
    TwExpr *e = new_expr(p, TW_EXPR_JOINEDSTR, all);
    e->u.joinedstr.values = vec_exprs(&f.values);
    return e;
}
