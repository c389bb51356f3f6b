// Printing exceptions as CPython 3.11's default handler does (PyErr_Display): the chain of
// causes/contexts outermost first, "Traceback (most recent call last):" with one entry per
// frame, the source line and the 3.11 caret line under the failing expression (with the
// `~~~^^^~~~` form for binary operators and subscripts, found by parsing the expression's
// source text), collapsed runs of identical entries, the SyntaxError location display, the
// "Type: message" line and __notes__, and exception groups drawn as nested boxes. Output
// goes to sys.stderr in one write. The traceback module is lib/traceback.py; it takes the
// caret anchors from here (_traceback._anchors) so that both print the same carets.
#include <stdio.h>
#include <stdlib.h>

#include "ast.h"
#include "compile.h"
#include "gc.h"
#include "mod_builtins.h"
#include "vm.h"

enum { TB_RECURSIVE_CUTOFF = 3, TB_DEFAULT_LIMIT = 1000 };

static TwException *EXC(TwValue v) {
    return TW_OBJ(v, TwException);
}

static bool is_exc(TwValue v) {
    return tw_is_ptr(v) && v && tw_type_is_subtype(tw_as_obj(v)->type, &tw_type_BaseException);
}

// Append, ignoring MemoryError: a failed traceback print has nowhere to report to.
static void put(TwBuf *b, const char *s) {
    if (tw_buf_append_c(b, s) < 0) {
        tw_error_clear();
    }
}
static void putn(TwBuf *b, const char *s, size_t n) {
    if (tw_buf_append(b, s, n) < 0) {
        tw_error_clear();
    }
}
static void put_repeat(TwBuf *b, char c, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        putn(b, &c, 1);
    }
}

// ---------------------------------------------------------------- source lines

// Cache of the last file read for tracebacks of code without its source.
static TwValue cached_file_name, cached_file_source;

static TwValue read_file_source(TwValue filename) {
    if (cached_file_name && tw_str_eq(cached_file_name, filename)) {
        return cached_file_source;
    }
    static bool rooted;
    if (!rooted) {
        rooted = true;
        tw_gc_add_root(&cached_file_name);
        tw_gc_add_root(&cached_file_source);
    }
    TwValue source = tw_read_source_file(tw_str_data(filename));
    if (source) {
        cached_file_name = filename;
        cached_file_source = source;
    }
    return source;
}

// The text of line `lineno` (1-based) of code's source, or TW_NULL.
static TwValue source_line(TwCode *code, int lineno) {
    // As CPython, which reads sources from files: no line for "<string>", "<stdin>", ...
    if (!code->filename || !tw_is_str(code->filename) || tw_str_data(code->filename)[0] == '<') {
        return TW_NULL;
    }
    TwValue source = code->source ? code->source : read_file_source(code->filename);
    return tw_source_line(source, lineno);
}

static bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\f';
}

// Characters in the first `bytes` bytes of UTF-8 text s (clamped to its length).
static int64_t byte_to_char(const char *s, size_t size, int64_t bytes) {
    if (bytes > (int64_t)size) {
        bytes = (int64_t)size;
    }
    int64_t chars = 0;
    for (int64_t i = 0; i < bytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            chars++;
        }
    }
    return chars;
}

// Byte offset of character index `chars` in s.
static size_t char_to_byte(const char *s, size_t size, int64_t chars) {
    size_t i = 0;
    int64_t c = 0;
    while (i < size) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (c == chars) {
                return i;
            }
            c++;
        }
        i++;
    }
    return size;
}

// ---------------------------------------------------------------- caret anchors

// For a segment that parses as one expression statement that is a binary operation or a
// subscript, find the secondary range (the operator, or the [slice]) as character offsets
// within the segment. Returns true when found.
static bool find_anchors(const char *seg, size_t n, int64_t *left, int64_t *right) {
    TwArena arena;
    if (tw_arena_init(&arena) < 0) {
        tw_error_clear();
        return false;
    }
    bool found = false;
    TwValue saved = tw_error_fetch();
    TwModuleAst *m = tw_parse(&arena, seg, n, tw_str_intern_c("<string>"), TW_MODE_EXEC);
    if (!m) {
        tw_error_clear();
    } else if (m->body.n == 1 && m->body.items[0]->kind == TW_STMT_EXPR) {
        TwExpr *e = m->body.items[0]->u.expr.value;
        if (e->kind == TW_EXPR_BINOP) {
            int64_t lend = e->u.binop.left->pos.end_col, rstart = e->u.binop.right->pos.col;
            for (int64_t i = lend; i < rstart && i < (int64_t)n; i++) {
                if (is_ws(seg[i])) {
                    continue;
                }
                *left = i;
                *right = i + 1;
                // a two-character operator (//, **, <<, ...)
                if (i + 1 < rstart && !is_ws(seg[i + 1])) {
                    ++*right;
                }
                // closing parentheses of the left operand are not the operator
                if (i + 1 < rstart && seg[i] == ')') {
                    continue;
                }
                found = true;
                break;
            }
        } else if (e->kind == TW_EXPR_SUBSCRIPT) {
            int64_t l = e->u.subscript.value->pos.end_col;
            int64_t r = e->u.subscript.slice->pos.end_col + 1;
            int64_t len = (int64_t)n;
            while (l < len && (is_ws(seg[l]) || seg[l] != '[')) {
                l++;
            }
            while (r < len && (is_ws(seg[r]) || seg[r] != ']')) {
                r++;
            }
            if (r < len) {
                r++;
            }
            *left = l;
            *right = r;
            found = true;
        }
    }
    tw_arena_free(&arena);
    tw_error_restore(saved);
    if (found) {
        *left = byte_to_char(seg, n, *left);
        *right = byte_to_char(seg, n, *right);
    }
    return found;
}

// ---------------------------------------------------------------- printing context

// State of one print, as CPython's exception_print_context: the exceptions already shown
// (cycles), and the nesting of exception groups, which indents everything and draws a
// "| " margin.
typedef struct Ctx {
    TwBuf *b;
    TwValue *seen;
    size_t nseen, cap;
    int group_depth;
    bool need_close;
    int recursion;
} Ctx;

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10, MAX_PRINT_RECURSION = 200 };

static void indent(Ctx *c) {
    put_repeat(c->b, ' ', 2 * (int64_t)c->group_depth);
}

static void margin(Ctx *c) {
    indent(c);
    if (c->group_depth) {
        put(c->b, "| ");
    }
}

static bool seen_has(Ctx *c, TwValue v) {
    for (size_t i = 0; i < c->nseen; i++) {
        if (c->seen[i] == v) {
            return true;
        }
    }
    return false;
}

static void seen_add(Ctx *c, TwValue v) {
    if (c->nseen == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 16;
        TwValue *n = realloc(c->seen, ncap * sizeof *n);
        if (!n) {
            return;
        }
        c->seen = n;
        c->cap = ncap;
    }
    c->seen[c->nseen++] = v;
}

// ---------------------------------------------------------------- one traceback entry

static void format_entry(Ctx *c, TwTraceback *tb) {
    TwBuf *b = c->b;
    TwCode *code = tb->code;
    TwValue fname = code ? code->filename : TW_NULL;
    TwValue name = code ? code->name : TW_NULL;
    margin(c);
    put(b, "  File \"");
    put(b, fname && tw_is_str(fname) ? tw_str_data(fname) : "???");
    char num[32];
    snprintf(num, sizeof num, "\", line %d, in ", (int)tb->lineno);
    put(b, num);
    put(b, name && tw_is_str(name) ? tw_str_data(name) : "???");
    put(b, "\n");
    if (!code) {
        return;
    }
    TwValue line = source_line(code, tb->lineno);
    if (!line) {
        return;
    }
    const char *s = tw_str_data(line);
    size_t size = tw_str_size(line);
    size_t lead = 0;
    while (lead < size && is_ws(s[lead])) {
        lead++;
    }
    size_t tail = size;
    while (tail > lead && (s[tail - 1] == ' ' || s[tail - 1] == '\t' || s[tail - 1] == '\f' ||
                           s[tail - 1] == '\r' || s[tail - 1] == '\n')) {
        tail--;
    }
    if (tail == lead) {
        return;
    }
    margin(c);
    put(b, "    ");
    putn(b, s + lead, size - lead);
    put(b, "\n");

    if (!code->positions || tb->instr >= code->ncode) {
        return;
    }
    TwPosition pos = code->positions[tb->instr];
    if (pos.line <= 0 || pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0) {
        return;
    }
    int64_t line_len = byte_to_char(s, size, (int64_t)size);
    int64_t lead_chars = (int64_t)lead;   // leading whitespace is ASCII
    int64_t start = byte_to_char(s, size, pos.col);
    int64_t end;
    int64_t left = -1, right = -1;
    if (pos.line == pos.end_line) {
        end = byte_to_char(s, size, pos.end_col);
        if (end > start) {
            size_t bs = char_to_byte(s, size, start), be = char_to_byte(s, size, end);
            int64_t l, r;
            if (find_anchors(s + bs, be - bs, &l, &r)) {
                left = l + start;
                right = r + start;
            }
        }
    } else {
        end = byte_to_char(s, size, (int64_t)tail);
    }
    int64_t stripped_len = line_len - lead_chars;
    bool secondary = left != -1 || right != -1;
    if (end - start == stripped_len && !secondary) {
        return;
    }
    margin(c);
    put(b, "    ");
    for (int64_t off = lead_chars + 1; off <= end; off++) {
        if (off <= start) {
            put(b, " ");
        } else if (secondary && left < off && off <= right) {
            put(b, "^");
        } else {
            put(b, secondary ? "~" : "^");
        }
    }
    put(b, "\n");
}

static int64_t traceback_limit(void) {
    if (!tw_interp.sys) {
        return TB_DEFAULT_LIMIT;
    }
    TwValue v = tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "tracebacklimit");
    int64_t lim;
    if (v && tw_int_to_i64(v, &lim)) {
        return lim;
    }
    return TB_DEFAULT_LIMIT;
}

static bool same_entry(TwTraceback *a, TwTraceback *b) {
    if (!a || !b || !a->code || !b->code) {
        return false;
    }
    if (a->lineno != b->lineno || a->lineno == -1) {
        return false;
    }
    TwValue fa = a->code->filename, fb = b->code->filename;
    TwValue na = a->code->name, nb = b->code->name;
    if (fa != fb && !(tw_is_str(fa) && tw_is_str(fb) && tw_str_eq(fa, fb))) {
        return false;
    }
    return na == nb || (tw_is_str(na) && tw_is_str(nb) && tw_str_eq(na, nb));
}

static void put_repeated(TwBuf *b, int64_t cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    char msg[96];
    snprintf(msg, sizeof msg, "  [Previous line repeated %lld more time%s]\n", (long long)cnt, cnt > 1 ? "s" : "");
    put(b, msg);
}

static void format_traceback(Ctx *c, TwValue tbv, const char *header, const char *header_margin) {
    int64_t depth = 0;
    for (TwValue t = tbv; t; t = TW_OBJ(t, TwTraceback)->next) {
        depth++;
    }
    TwValue t = tbv;
    int64_t limit = traceback_limit();   // sys.tracebacklimit: the last `limit` entries
    if (limit <= 0) {
        return;
    }
    while (depth > limit && t) {
        depth--;
        t = TW_OBJ(t, TwTraceback)->next;
    }
    int64_t take = depth;   // entries to show
    if (header) {
        indent(c);
        put(c->b, header_margin);
        put(c->b, header);
    }
    TwTraceback *last = NULL;
    int64_t cnt = 0;
    for (; t && take > 0; t = TW_OBJ(t, TwTraceback)->next, take--) {
        TwTraceback *tb = TW_OBJ(t, TwTraceback);
        if (!same_entry(last, tb)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                put_repeated(c->b, cnt);
            }
            last = tb;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            format_entry(c, tb);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        put_repeated(c->b, cnt);
    }
}

// ---------------------------------------------------------------- the exception line

// The location display of SyntaxError: `  File "f", line N`, the text and the carets.
static void format_error_text(Ctx *c, int64_t offset, int64_t end_offset, TwValue textv) {
    TwBuf *b = c->b;
    int64_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    const char *text = tw_str_data(textv);
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) {
            break;
        }
        int64_t inl = nl - text;
        if (inl >= offset) {
            break;
        }
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    put(b, "    ");
    put(b, text);
    if (text[len] != '\n') {
        put(b, "\n");
    }
    if (offset < 0) {
        return;
    }
    put(b, "    ");
    put_repeat(b, ' ', offset);
    put_repeat(b, '^', reps);
    put(b, "\n");
}

static void get_int_attr(TwValue exc, const char *name, int64_t *out, int64_t none_value, bool *ok) {
    TwValue v = tw_getattr_c(exc, name);
    if (!v) {
        *ok = false;
        return;
    }
    if (v == TW_NONE) {
        *out = none_value;
        return;
    }
    if (!tw_int_to_i64(v, out)) {
        *ok = false;
    }
}

// SyntaxError-like: prints the location and returns the message to show (or TW_NULL when
// the attributes are unusable and the exception prints normally).
static TwValue format_syntax_location(Ctx *c, TwValue exc) {
    TwBuf *b = c->b;
    TwValue pfl = tw_getattr_opt(exc, TW_NAME(print_file_and_line));
    if (!pfl) {
        tw_error_clear();
        return TW_NULL;
    }
    bool ok = true;
    TwValue msg = tw_getattr(exc, TW_NAME(msg));
    TwValue filename = msg ? tw_getattr(exc, TW_NAME(filename)) : TW_NULL;
    if (!msg || !filename) {
        tw_error_clear();
        return TW_NULL;
    }
    int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    TwValue lv = tw_getattr(exc, TW_NAME(lineno));
    if (!lv || !tw_int_to_i64(lv, &lineno)) {
        tw_error_clear();
        return TW_NULL;
    }
    get_int_attr(exc, "offset", &offset, -1, &ok);
    get_int_attr(exc, "end_lineno", &end_lineno, lineno, &ok);
    get_int_attr(exc, "end_offset", &end_offset, -1, &ok);
    TwValue text = tw_getattr(exc, TW_NAME(text));
    if (!ok || !text) {
        tw_error_clear();
        return TW_NULL;
    }
    TwValue fs = filename == TW_NONE ? tw_str_from_c("<string>") : tw_str(filename);
    if (!fs) {
        tw_error_clear();
        return TW_NULL;
    }
    char num[48];
    margin(c);
    put(b, "  File \"");
    put(b, tw_str_data(fs));
    snprintf(num, sizeof num, "\", line %lld\n", (long long)lineno);
    put(b, num);
    if (text != TW_NONE && tw_is_str(text)) {
        int64_t line_size = (int64_t)tw_str_size(text);
        if (end_lineno > lineno) {
            end_offset = line_size;
        }
        if (end_offset > line_size + 1) {
            end_offset = line_size + 1;
        }
        if (tw_isinstance_type(exc, &tw_type_IndentationError)) {
            end_offset = -1;   // CPython marks indentation errors with a single caret
        }
        format_error_text(c, offset, end_offset, text);
    }
    return msg;
}

// One note: every line gets the margin.
static void put_note(Ctx *c, TwValue s) {
    const char *p = tw_str_data(s), *end = p + tw_str_size(s);
    do {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        margin(c);
        putn(c->b, p, (size_t)(stop - p));
        p = stop;
    } while (p < end);
    put(c->b, "\n");
}

static void format_notes(Ctx *c, TwValue exc) {
    TwValue notes = tw_getattr_opt(exc, tw_str_intern_c("__notes__"));
    if (!notes) {
        tw_error_clear();
        return;
    }
    if (tw_isinstance_type(notes, &tw_type_list) || tw_isinstance_type(notes, &tw_type_tuple)) {
        size_t n;
        TwValue *items;
        TwValue seq = tw_sequence_fast(notes, &n, &items);
        if (!seq) {
            tw_error_clear();
            return;
        }
        for (size_t i = 0; i < n; i++) {
            TwValue s = tw_isinstance_type(items[i], &tw_type_str) ? items[i] : tw_str(items[i]);
            if (!s) {
                tw_error_clear();
                margin(c);
                put(c->b, "<note str() failed>\n");
            } else {
                put_note(c, s);
            }
        }
        return;
    }
    TwValue r = tw_repr(notes);
    margin(c);
    if (!r) {
        tw_error_clear();
        put(c->b, "<__notes__ repr() failed>");
    } else {
        putn(c->b, tw_str_data(r), tw_str_size(r));
    }
    put(c->b, "\n");
}

static void format_exception_line(Ctx *c, TwValue exc) {
    TwBuf *b = c->b;
    TwValue value = exc;
    if (tw_isinstance_type(exc, &tw_type_SyntaxError)) {
        TwValue msg = format_syntax_location(c, exc);
        if (msg) {
            value = msg;
        }
    }
    margin(c);
    TwType *t = tw_type_of(exc);
    TwValue mod = tw_getattr_opt(tw_from_obj(t), TW_NAME(__module__));
    if (!mod) {
        tw_error_clear();
    }
    if (!mod || !tw_is_str(mod)) {
        put(b, "<unknown>.");
    } else if (!tw_str_eq_c(mod, "builtins") && !tw_str_eq_c(mod, "__main__")) {
        putn(b, tw_str_data(mod), tw_str_size(mod));
        put(b, ".");
    }
    TwValue qn = tw_getattr_opt(tw_from_obj(t), TW_NAME(__qualname__));
    if (qn && tw_is_str(qn)) {
        putn(b, tw_str_data(qn), tw_str_size(qn));
    } else {
        tw_error_clear();
        put(b, tw_type_cname(t));
    }
    if (value != TW_NONE) {
        TwValue s = tw_str(value);
        if (!s) {
            tw_error_clear();
            put(b, ": <exception str() failed>");
        } else if (tw_str_size(s) > 0) {
            put(b, ": ");
            putn(b, tw_str_data(s), tw_str_size(s));
        }
    }
    put(b, "\n");
    format_notes(c, exc);
}

static bool is_group(TwValue v) {
    return tw_isinstance_type(v, &tw_type_BaseExceptionGroup);
}

static void format_one(Ctx *c, TwValue exc) {
    if (!is_exc(exc)) {
        margin(c);
        put(c->b, "TypeError: print_exception(): Exception expected for value, ");
        put(c->b, tw_type_cname(tw_type_of(exc)));
        put(c->b, " found\n");
        return;
    }
    TwValue tb = EXC(exc)->traceback;
    if (tb) {
        const char *header = "Traceback (most recent call last):\n";
        const char *hmargin = c->group_depth ? "| " : "";
        if (is_group(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->group_depth == 1) {
                hmargin = "+ ";
            }
        }
        format_traceback(c, tb, header, hmargin);
    }
    format_exception_line(c, exc);
}

// ---------------------------------------------------------------- chains and groups

static const char cause_message[] = "The above exception was the direct cause of the following exception:\n";
static const char context_message[] = "During handling of the above exception, another exception occurred:\n";

static void print_recursive(Ctx *c, TwValue exc);

static void print_chained(Ctx *c, TwValue exc, const char *message) {
    bool need_close = c->need_close;
    print_recursive(c, exc);
    c->need_close = need_close;
    margin(c);
    put(c->b, "\n");
    margin(c);
    put(c->b, message);
    margin(c);
    put(c->b, "\n");
}

static void cause_and_context(Ctx *c, TwValue exc) {
    seen_add(c, exc);
    if (!is_exc(exc)) {
        return;
    }
    TwValue cause = EXC(exc)->cause;
    if (cause) {
        if (!seen_has(c, cause) && is_exc(cause)) {
            print_chained(c, cause, cause_message);
        }
        return;
    }
    if (EXC(exc)->suppress_context) {
        return;
    }
    TwValue ctx = EXC(exc)->context;
    if (ctx && !seen_has(c, ctx) && is_exc(ctx)) {
        print_chained(c, ctx, context_message);
    }
}

static void print_group(Ctx *c, TwValue exc) {
    TwBuf *b = c->b;
    if (c->group_depth > MAX_GROUP_DEPTH) {
        margin(c);
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        put(b, line);
        return;
    }
    if (c->group_depth == 0) {
        c->group_depth++;
    }
    format_one(c, exc);
    TwValue excs = tw_getattr_opt(exc, tw_str_intern_c("exceptions"));
    if (!excs || !tw_is_type(excs, &tw_type_tuple)) {
        tw_error_clear();
        excs = tw_empty_tuple;
    }
    size_t num = tw_tuple_size(excs);
    size_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) {
            c->need_close = true;
        }
        indent(c);
        bool truncated = i >= MAX_GROUP_WIDTH;
        char line[96];
        if (!truncated) {
            snprintf(line, sizeof line, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        } else {
            snprintf(line, sizeof line, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        }
        put(b, line);
        c->group_depth++;
        if (!truncated) {
            print_recursive(c, tw_tuple_items(excs)[i]);
        } else {
            size_t remaining = num - MAX_GROUP_WIDTH;
            margin(c);
            snprintf(line, sizeof line, "and %zu more exception%s\n", remaining, remaining > 1 ? "s" : "");
            put(b, line);
        }
        if (last && c->need_close) {
            indent(c);
            put(b, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (c->group_depth == 1) {
        c->group_depth--;
    }
}

static void print_recursive(Ctx *c, TwValue exc) {
    if (c->recursion >= MAX_PRINT_RECURSION) {
        return;
    }
    c->recursion++;
    cause_and_context(c, exc);
    if (is_exc(exc) && is_group(exc)) {
        print_group(c, exc);
    } else {
        format_one(c, exc);
    }
    c->recursion--;
}

static void write_stderr(TwBuf *b) {
    TwValue err = TW_NULL;
    if (tw_interp.sys) {
        err = tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "stderr");
    }
    if (err && err != TW_NONE) {
        TwValue s = tw_str_new(b->data ? b->data : "", b->size);
        if (s && tw_file_write_str(err, s) >= 0 && tw_file_flush(err) >= 0) {
            return;
        }
        tw_error_clear();
    }
    if (b->size) {
        fwrite(b->data, 1, b->size, stderr);
    }
    fflush(stderr);
}

void tw_exc_print(TwValue exc) {
    TwValue saved = tw_error_fetch();
    TwBuf b;
    tw_buf_init(&b);
    Ctx c = {.b = &b};
    print_recursive(&c, exc);
    free(c.seen);
    write_stderr(&b);
    tw_buf_free(&b);
    tw_error_clear();
    tw_error_restore(saved);
}

// ---------------------------------------------------------------- _traceback

// _traceback._anchors(segment): for lib/traceback.py's caret lines, the (start, end)
// character range of the operator or [slice] in the source segment of a failing binary
// operation or subscript, or None: the same parse the uncaught-exception printer does.
static TwValue tbm_anchors(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_isinstance_type(argv[0], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "_anchors() argument must be str, not %T", argv[0]);
    }
    int64_t left, right;
    if (!find_anchors(tw_str_data(argv[0]), tw_str_size(argv[0]), &left, &right)) {
        return TW_NONE;
    }
    return tw_tuple_pack(2, tw_int_from_i64(left), tw_int_from_i64(right));
}

static const TwMethodDef traceback_functions[] = {
    {"_anchors", tbm_anchors, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static int traceback_module_init(TwValue module) {
    return tw_module_add_functions(module, traceback_functions);
}

void tw_traceback_module_register(void) {
    tw_module_register("_traceback", traceback_module_init);
}
