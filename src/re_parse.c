// The regular-expression parser: pattern text (a str as UTF-8, or bytes) to a tree of
// ReNode, with the syntax, checks, error messages and error positions of CPython 3.11's
// re._parser. A small tokenizer hands out one char or one backslash escape at a time, as
// CPython's does, so that positions in messages (counted in chars) come out the same.
// Scoped flags ((?i:...)) are recorded in the nodes they apply to.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "re_int.h"
#include "text.h"
#include "vm.h"
#include "warnings.h"

// ---------------------------------------------------------------- arena

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, cap;
    max_align_t data[];
} ArenaBlock;

static void *arena_alloc(void **arena, size_t n) {
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    ArenaBlock *b = *arena;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        ArenaBlock *nb = malloc(sizeof(ArenaBlock) + cap);
        if (!nb) {
            return NULL;
        }
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        *arena = nb;
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

static void arena_free(void *arena) {
    ArenaBlock *b = arena;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
}

void tw_re_tree_free(ReTree *t) {
    arena_free(t->arena);
    t->arena = NULL;
}

// ---------------------------------------------------------------- parser state

enum { TOK_NONE, TOK_CHAR, TOK_ESCAPE };

typedef struct Parser {
    TwValue pattern;
    const uint8_t *s;
    size_t n;
    bool is_str, utf8;
    // the tokenizer: the lookahead token starts at tok_start and ends at index
    size_t index, tok_start;
    int tok;                  // TOK_*
    uint32_t tc;              // the char, or the escaped char for TOK_ESCAPE
    bool failed;              // an error is set
    uint32_t flags;           // global flags (state.flags)
    int ngroups;              // groups opened so far, group 0 included
    ReNode **gnodes;          // per group: its node, NULL while open
    int gcap;
    int lookbehind_groups;    // -1 outside lookbehinds
    TwValue groupdict;
    int64_t *condrefs;        // pairs (group, pos) of conditional references to check
    int ncondrefs, capcondrefs;
    void *arena;
} Parser;

static uint32_t decode_at(const Parser *p, size_t i, size_t *len) {
    if (!p->utf8 || p->s[i] < 0x80) {
        *len = 1;
        return p->s[i];
    }
    int n;
    uint32_t c = tw_utf8_decode((const char *)p->s + i, &n);
    *len = (size_t)n;
    return c;
}

// Char index of byte offset off in the pattern.
static int64_t char_index(const Parser *p, size_t off) {
    if (!p->utf8) {
        return (int64_t)off;
    }
    return (int64_t)tw_utf8_count((const char *)p->s, off);
}

static void tok_next(Parser *p) {
    size_t i = p->index;
    p->tok_start = i;
    if (i >= p->n) {
        p->tok = TOK_NONE;
        return;
    }
    size_t len;
    uint32_t c = decode_at(p, i, &len);
    if (c == '\\') {
        i += len;
        if (i >= p->n) {
            p->tok = TOK_NONE;
            p->index = p->n;
            p->tok_start = p->n;
            if (!p->failed) {
                p->failed = true;
                tw_re_error("bad escape (end of pattern)", p->pattern, char_index(p, p->n) - 1);
            }
            return;
        }
        p->tc = decode_at(p, i, &len);
        p->tok = TOK_ESCAPE;
    } else {
        p->tc = c;
        p->tok = TOK_CHAR;
    }
    p->index = i + len;
}

static bool tok_is(const Parser *p, uint32_t c) {
    return p->tok == TOK_CHAR && p->tc == c;
}

static bool tok_match(Parser *p, uint32_t c) {
    if (tok_is(p, c)) {
        tok_next(p);
        return true;
    }
    return false;
}

static void tok_seek(Parser *p, size_t index) {
    p->index = index;
    tok_next(p);
}

// The char position of the lookahead token (CPython's tell()).
static int64_t tell(const Parser *p) {
    return char_index(p, p->tok_start);
}

// Messages of bytes patterns are ASCII with backslash escapes, as CPython encodes them.
static TwValue ascii_message(TwValue msg) {
    TwBuf b;
    tw_buf_init(&b);
    const char *s = tw_str_data(msg);
    size_t n = tw_str_size(msg);
    for (size_t i = 0; i < n;) {
        int len;
        uint32_t c = tw_utf8_decode(s + i, &len);
        i += (size_t)len;
        int r;
        if (c < 0x80) {
            char ch = (char)c;
            r = tw_buf_append(&b, &ch, 1);
        } else if (c < 0x100) {
            r = tw_buf_printf(&b, "\\x%02x", c);
        } else if (c < 0x10000) {
            r = tw_buf_printf(&b, "\\u%04x", c);
        } else {
            r = tw_buf_printf(&b, "\\U%08x", c);
        }
        if (r < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

// Raise re.error(msg, pattern, tell() - offset), once.
static void perr_at(Parser *p, TwValue msg, int64_t pos) {
    if (p->failed) {
        return;
    }
    p->failed = true;
    if (!msg) {
        return;
    }
    if (!p->is_str) {
        msg = ascii_message(msg);
        if (!msg) {
            return;
        }
    }
    tw_re_error(tw_str_data(msg), p->pattern, pos);
}

static void perr(Parser *p, int64_t offset, const char *fmt, ...) {
    if (p->failed) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    perr_at(p, msg, tell(p) - offset);
}

// The text of an escape token (backslash and char) for messages.
static TwValue escape_text(Parser *p, size_t start, size_t end) {
    if (p->is_str) {
        return tw_str_new((const char *)p->s + start, end - start);
    }
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = start; i < end; i++) {
        if (tw_buf_append_codepoint(&b, p->s[i]) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

// pattern[start:end] as a str (latin-1 for bytes patterns): group names.
static TwValue text_str(Parser *p, size_t start, size_t end) {
    return escape_text(p, start, end);
}

// ---------------------------------------------------------------- nodes

static ReNode *node_new(Parser *p, int kind) {
    ReNode *n = arena_alloc(&p->arena, sizeof(ReNode));
    if (!n) {
        tw_error_nomem();
        p->failed = true;
        return NULL;
    }
    n->kind = (uint8_t)kind;
    return n;
}

static int node_add(Parser *p, ReNode *parent, ReNode *kid) {
    if (parent->nkids == parent->capkids) {
        int cap = parent->capkids ? parent->capkids * 2 : 4;
        ReNode **k = arena_alloc(&p->arena, (size_t)cap * sizeof *k);
        if (!k) {
            tw_error_nomem();
            p->failed = true;
            return -1;
        }
        if (parent->nkids) {
            memcpy(k, parent->kids, (size_t)parent->nkids * sizeof *k);
        }
        parent->kids = k;
        parent->capkids = cap;
    }
    parent->kids[parent->nkids++] = kid;
    return 0;
}

static uint8_t node_flags(uint32_t flags, bool is_str) {
    uint8_t f = 0;
    if (flags & TW_RE_IGNORECASE) {
        f |= RN_F_ICASE;
    }
    if ((flags & (TW_RE_ASCII | TW_RE_LOCALE)) || !is_str) {
        f |= RN_F_ASCII;
    }
    if (flags & TW_RE_MULTILINE) {
        f |= RN_F_MULTILINE;
    }
    if (flags & TW_RE_DOTALL) {
        f |= RN_F_DOTALL;
    }
    return f;
}

static ReNode *leaf(Parser *p, int kind, uint32_t c, uint32_t flags) {
    ReNode *n = node_new(p, kind);
    if (n) {
        n->c = c;
        n->flags = node_flags(flags, p->is_str);
    }
    return n;
}

static ReNode *at_node(Parser *p, int at, uint32_t flags) {
    ReNode *n = leaf(p, RN_AT, 0, flags);
    if (n) {
        n->mode = (uint8_t)at;
    }
    return n;
}

// A class holding just one category (\d outside brackets).
static ReNode *cat_node(Parser *p, int cat, uint32_t flags) {
    ReNode *n = leaf(p, RN_CLASS, 0, flags);
    if (!n) {
        return NULL;
    }
    n->items = arena_alloc(&p->arena, sizeof(ReClassItem));
    if (!n->items) {
        tw_error_nomem();
        p->failed = true;
        return NULL;
    }
    n->items[0].cat = true;
    n->items[0].lo = (uint32_t)cat;
    n->nitems = 1;
    return n;
}

// ---------------------------------------------------------------- widths

static int64_t cap_add(int64_t a, int64_t b) {
    int64_t r = a + b;
    return r > (int64_t)TW_RE_MAXREPEAT ? (int64_t)TW_RE_MAXREPEAT : r;
}

static int64_t cap_mul(int64_t a, int64_t b) {
    if (a == 0 || b == 0) {
        return 0;
    }
    if (a > (int64_t)TW_RE_MAXREPEAT / b) {
        return (int64_t)TW_RE_MAXREPEAT;
    }
    return a * b;
}

void tw_re_width(ReNode *n, int64_t *lo_out, int64_t *hi_out) {
    if (n->width_done) {
        *lo_out = n->wmin;
        *hi_out = n->wmax;
        return;
    }
    int64_t lo = 0, hi = 0, l, h;
    switch (n->kind) {
    case RN_CHAR:
    case RN_NOTCHAR:
    case RN_ANY:
    case RN_CLASS:
        lo = hi = 1;
        break;
    case RN_CAT:
        for (int i = 0; i < n->nkids; i++) {
            tw_re_width(n->kids[i], &l, &h);
            lo = cap_add(lo, l);
            hi = cap_add(hi, h);
        }
        break;
    case RN_ALT:
        lo = (int64_t)TW_RE_MAXREPEAT - 1;
        for (int i = 0; i < n->nkids; i++) {
            tw_re_width(n->kids[i], &l, &h);
            lo = l < lo ? l : lo;
            hi = h > hi ? h : hi;
        }
        break;
    case RN_GROUP:
    case RN_ATOMIC:
        tw_re_width(n->kids[0], &lo, &hi);
        break;
    case RN_REPEAT:
        tw_re_width(n->kids[0], &l, &h);
        lo = cap_mul(l, n->min);
        hi = cap_mul(h, n->max);
        break;
    case RN_BACKREF:
        if (n->ref) {
            tw_re_width(n->ref, &lo, &hi);
        }
        break;
    case RN_COND:
        tw_re_width(n->kids[0], &lo, &hi);
        if (n->kids[1]) {
            tw_re_width(n->kids[1], &l, &h);
            lo = l < lo ? l : lo;
            hi = h > hi ? h : hi;
        } else {
            lo = 0;
        }
        break;
    default:   // anchors, lookarounds, empty
        break;
    }
    if (lo > (int64_t)TW_RE_MAXREPEAT - 1) {
        lo = (int64_t)TW_RE_MAXREPEAT - 1;
    }
    n->wmin = lo;
    n->wmax = hi;
    n->width_done = true;
    *lo_out = lo;
    *hi_out = hi;
}

// ---------------------------------------------------------------- groups

static bool group_closed(Parser *p, int64_t gid) {
    return gid < p->ngroups && p->gnodes[gid] != NULL;
}

static int check_lookbehind_group(Parser *p, int64_t gid) {
    if (p->lookbehind_groups >= 0) {
        if (!group_closed(p, gid)) {
            perr(p, 0, "cannot refer to an open group");
            return -1;
        }
        if (gid >= p->lookbehind_groups) {
            perr(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
            return -1;
        }
    }
    return 0;
}

// Open a group (name: str or TW_NULL); returns its number or -1.
static int open_group(Parser *p, TwValue name, int64_t name_len) {
    int gid = p->ngroups;
    if (p->ngroups == p->gcap) {
        int cap = p->gcap * 2;
        ReNode **g = realloc(p->gnodes, (size_t)cap * sizeof *g);
        if (!g) {
            tw_error_nomem();
            p->failed = true;
            return -1;
        }
        p->gnodes = g;
        p->gcap = cap;
    }
    p->gnodes[p->ngroups++] = NULL;
    if (p->ngroups > TW_RE_MAXGROUPS) {
        perr(p, name_len + 1, "too many groups");
        return -1;
    }
    if (name) {
        TwValue old = tw_dict_get_str(p->groupdict, name);
        if (old) {
            perr(p, name_len + 1, "redefinition of group name %R as group %d; was group %d", name, gid,
                 (int)tw_as_int(old));
            return -1;
        }
        if (tw_dict_set(p->groupdict, name, tw_from_small_int(gid)) < 0) {
            p->failed = true;
            return -1;
        }
    }
    return gid;
}

// ---------------------------------------------------------------- tokens

static bool is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}
static bool is_octdigit(uint32_t c) {
    return c >= '0' && c <= '7';
}
static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}
static bool is_ascii_letter(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Take up to n plain chars from the set (hex or octal digits): CPython's getwhile.
static int getwhile(Parser *p, int n, bool hex, uint32_t *value, int base) {
    int got = 0;
    while (got < n && p->tok == TOK_CHAR && (hex ? hexval(p->tc) >= 0 : is_octdigit(p->tc))) {
        *value = *value * (uint32_t)base + (uint32_t)hexval(p->tc);
        got++;
        tok_next(p);
    }
    return got;
}

// The text up to `terminator` (consumed): CPython's getuntil. Returns byte range.
static int getuntil(Parser *p, uint32_t terminator, const char *name, size_t *start, size_t *end) {
    *start = p->tok_start;
    int64_t count = 0;
    for (;;) {
        int tok = p->tok;
        uint32_t c = p->tc;
        size_t here = p->tok_start;
        tok_next(p);
        if (p->failed) {
            return -1;
        }
        if (tok == TOK_NONE) {
            if (count == 0) {
                perr(p, 0, "missing %s", name);
            } else {
                perr(p, count, "missing %c, unterminated name", (int)terminator);
            }
            return -1;
        }
        if (tok == TOK_CHAR && c == terminator) {
            if (count == 0) {
                perr(p, 1, "missing %s", name);
                return -1;
            }
            *end = here;
            return 0;
        }
        count += tok == TOK_ESCAPE ? 2 : 1;
    }
}

static bool name_is_identifier(TwValue name) {
    return tw_str_isidentifier(name);
}

static int check_group_name(Parser *p, TwValue name, int64_t offset) {
    if (!name_is_identifier(name)) {
        perr(p, (int64_t)tw_str_length(name) + offset, "bad character in group name %R", name);
        return -1;
    }
    if (!p->is_str && tw_str_size(name) != tw_str_length(name)) {
        TwValue a = tw_ascii(name);
        if (!a || tw_warn_format(&tw_type_DeprecationWarning, 1, "bad character in group name %U at position %lld", a,
                                 (long long)(tell(p) - (int64_t)tw_str_length(name) - offset)) < 0) {
            p->failed = true;
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- escapes

typedef struct Esc {
    int kind;        // 0 literal c, 1 category (c = TW_RE_CAT_*), 2 anchor (c = RN_AT_*), 3 group ref
    uint32_t c;
} Esc;

static bool category_escape(uint32_t c, Esc *e) {
    switch (c) {
    case 'd': e->kind = 1; e->c = TW_RE_CAT_DIGIT; return true;
    case 'D': e->kind = 1; e->c = TW_RE_CAT_NOT_DIGIT; return true;
    case 's': e->kind = 1; e->c = TW_RE_CAT_SPACE; return true;
    case 'S': e->kind = 1; e->c = TW_RE_CAT_NOT_SPACE; return true;
    case 'w': e->kind = 1; e->c = TW_RE_CAT_WORD; return true;
    case 'W': e->kind = 1; e->c = TW_RE_CAT_NOT_WORD; return true;
    default: return false;
    }
}

static bool simple_escape(uint32_t c, uint32_t *out) {
    switch (c) {
    case 'a': *out = '\a'; return true;
    case 'b': *out = '\b'; return true;
    case 'f': *out = '\f'; return true;
    case 'n': *out = '\n'; return true;
    case 'r': *out = '\r'; return true;
    case 't': *out = '\t'; return true;
    case 'v': *out = '\v'; return true;
    case '\\': *out = '\\'; return true;
    default: return false;
    }
}

// \x \u \U \N after the escape token (already consumed); esc_start is the backslash.
static int numeric_escape(Parser *p, uint32_t c, size_t esc_start, uint32_t *out) {
    int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    uint32_t v = 0;
    if (c == 'U') {
        // chr() of more than 31 bits overflows a C int in CPython (not caught there)
        size_t save = p->index, save_start = p->tok_start;
        int save_tok = p->tok;
        uint32_t save_tc = p->tc;
        uint64_t big = 0;
        int n = 0;
        while (n < 8 && p->tok == TOK_CHAR && hexval(p->tc) >= 0) {
            big = big * 16 + (uint64_t)hexval(p->tc);
            n++;
            tok_next(p);
        }
        p->index = save;
        p->tok_start = save_start;
        p->tok = save_tok;
        p->tc = save_tc;
        if (n == 8 && big > 0x7FFFFFFF) {
            tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
            p->failed = true;
            return -1;
        }
    }
    int got = getwhile(p, want, true, &v, 16);
    if (got != want) {
        TwValue t = escape_text(p, esc_start, p->tok_start);
        perr(p, 2 + got, "incomplete escape %U", t ? t : tw_str_from_c("?"));
        return -1;
    }
    if (c == 'U' && v > 0x10FFFF) {
        TwValue t = escape_text(p, esc_start, p->tok_start);
        perr(p, 10, "bad escape %U", t ? t : tw_str_from_c("?"));
        return -1;
    }
    *out = v;
    return 0;
}

static int named_escape(Parser *p, uint32_t *out) {
    if (!tok_match(p, '{')) {
        perr(p, 0, "missing {");
        return -1;
    }
    size_t start, end;
    if (getuntil(p, '}', "character name", &start, &end) < 0) {
        return -1;
    }
    int cp = tw_unicode_lookup_name((const char *)p->s + start, end - start);
    if (cp < 0) {
        TwValue name = text_str(p, start, end);
        perr(p, name ? (int64_t)tw_str_length(name) + 4 : 0, "undefined character name %R",
             name ? name : tw_str_empty);
        return -1;
    }
    *out = (uint32_t)cp;
    return 0;
}

static void bad_escape(Parser *p, size_t esc_start, int64_t len) {
    TwValue t = escape_text(p, esc_start, p->tok_start);
    perr(p, len, "bad escape %U", t ? t : tw_str_from_c("?"));
}

// An escape inside [...]: the token was just consumed (esc_start .. p->tok_start).
static int class_escape(Parser *p, uint32_t c, size_t esc_start, Esc *e) {
    e->kind = 0;
    if (simple_escape(c, &e->c) || category_escape(c, e)) {
        return 0;
    }
    if (c == 'x' || (p->is_str && (c == 'u' || c == 'U'))) {
        return numeric_escape(p, c, esc_start, &e->c);
    }
    if (c == 'N' && p->is_str) {
        return named_escape(p, &e->c);
    }
    if (is_octdigit(c)) {
        uint32_t v = c - '0';
        int got = getwhile(p, 2, false, &v, 8);
        if (v > 0377) {
            TwValue t = escape_text(p, esc_start, p->tok_start);
            perr(p, 2 + got, "octal escape value %U outside of range 0-0o377", t ? t : tw_str_empty);
            return -1;
        }
        e->c = v;
        return 0;
    }
    if (is_digit(c) || is_ascii_letter(c)) {
        bad_escape(p, esc_start, 2);
        return -1;
    }
    e->c = c;
    return 0;
}

// An escape outside a class.
static int escape(Parser *p, uint32_t c, size_t esc_start, Esc *e) {
    e->kind = 0;
    switch (c) {
    case 'A': e->kind = 2; e->c = RN_AT_BEGINNING_STRING; return 0;
    case 'Z': e->kind = 2; e->c = RN_AT_END_STRING; return 0;
    case 'b': e->kind = 2; e->c = RN_AT_BOUNDARY; return 0;
    case 'B': e->kind = 2; e->c = RN_AT_NON_BOUNDARY; return 0;
    default: break;
    }
    if (category_escape(c, e) || simple_escape(c, &e->c)) {
        return 0;
    }
    if (c == 'x' || (p->is_str && (c == 'u' || c == 'U'))) {
        return numeric_escape(p, c, esc_start, &e->c);
    }
    if (c == 'N' && p->is_str) {
        return named_escape(p, &e->c);
    }
    if (c == '0') {
        uint32_t v = 0;
        getwhile(p, 2, false, &v, 8);
        e->c = v;
        return 0;
    }
    if (is_digit(c)) {
        int64_t len = 2;
        uint32_t group = c - '0';
        if (p->tok == TOK_CHAR && is_digit(p->tc)) {
            uint32_t c2 = p->tc;
            tok_next(p);
            len = 3;
            if (is_octdigit(c) && is_octdigit(c2) && p->tok == TOK_CHAR && is_octdigit(p->tc)) {
                uint32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (p->tc - '0');
                tok_next(p);
                if (v > 0377) {
                    TwValue t = escape_text(p, esc_start, p->tok_start);
                    perr(p, 4, "octal escape value %U outside of range 0-0o377", t ? t : tw_str_empty);
                    return -1;
                }
                e->c = v;
                return 0;
            }
            group = group * 10 + (c2 - '0');
        }
        if ((int)group < p->ngroups) {
            if (!group_closed(p, group)) {
                perr(p, len, "cannot refer to an open group");
                return -1;
            }
            if (check_lookbehind_group(p, group) < 0) {
                return -1;
            }
            e->kind = 3;
            e->c = group;
            return 0;
        }
        perr(p, len - 1, "invalid group reference %d", (int)group);
        return -1;
    }
    if (is_ascii_letter(c)) {
        bad_escape(p, esc_start, 2);
        return -1;
    }
    e->c = c;
    return 0;
}

// ---------------------------------------------------------------- classes

typedef struct ItemList {
    ReClassItem *items;
    int n, cap;
} ItemList;

static int items_add(Parser *p, ItemList *l, bool cat, uint32_t lo, uint32_t hi) {
    for (int i = 0; i < l->n; i++) {   // CPython's _uniq: duplicates dropped
        if (l->items[i].cat == cat && l->items[i].lo == lo && l->items[i].hi == hi) {
            return 0;
        }
    }
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        ReClassItem *it = realloc(l->items, (size_t)cap * sizeof *it);
        if (!it) {
            tw_error_nomem();
            p->failed = true;
            return -1;
        }
        l->items = it;
        l->cap = cap;
    }
    l->items[l->n++] = (ReClassItem){cat, lo, hi};
    return 0;
}

static int warn_future(Parser *p, const char *fmt, int64_t pos) {
    if (tw_warn_format(&tw_type_FutureWarning, 1, fmt, (long long)pos) < 0) {
        p->failed = true;
        return -1;
    }
    return 0;
}

// The text of a class token for "bad character range" messages.
static TwValue token_text(Parser *p, size_t start, size_t end) {
    return escape_text(p, start, end);
}

// After '[' (consumed; here = its position in chars).
static ReNode *parse_class(Parser *p, int64_t here, uint32_t flags) {
    ItemList l = {0};
    ReNode *node = NULL;
    if (tok_is(p, '[')) {
        if (warn_future(p, "Possible nested set at position %lld", tell(p)) < 0) {
            goto done;
        }
    }
    bool negate = tok_match(p, '^');
    for (;;) {
        int tok = p->tok;
        uint32_t c = p->tc;
        size_t start = p->tok_start;
        tok_next(p);
        if (p->failed) {
            goto done;
        }
        if (tok == TOK_NONE) {
            perr(p, tell(p) - here, "unterminated character set");
            goto done;
        }
        if (tok == TOK_CHAR && c == ']' && l.n > 0) {
            break;
        }
        Esc e1 = {0, c};
        size_t end1 = p->tok_start;
        if (tok == TOK_ESCAPE) {
            if (class_escape(p, c, start, &e1) < 0) {
                goto done;
            }
        } else if (l.n > 0 && (c == '-' || c == '&' || c == '~' || c == '|') && tok_is(p, c)) {
            const char *what = c == '-' ? "difference" : c == '&' ? "intersection"
                             : c == '~' ? "symmetric difference" : "union";
            char fmt[64];
            snprintf(fmt, sizeof fmt, "Possible set %s at position %%lld", what);
            if (warn_future(p, fmt, tell(p) - 1) < 0) {
                goto done;
            }
        }
        if (tok_match(p, '-')) {
            int tok2 = p->tok;
            uint32_t c2 = p->tc;
            size_t start2 = p->tok_start;
            tok_next(p);
            if (p->failed) {
                goto done;
            }
            if (tok2 == TOK_NONE) {
                perr(p, tell(p) - here, "unterminated character set");
                goto done;
            }
            if (tok2 == TOK_CHAR && c2 == ']') {
                if (items_add(p, &l, e1.kind == 1, e1.c, e1.c) < 0 || items_add(p, &l, false, '-', '-') < 0) {
                    goto done;
                }
                break;
            }
            Esc e2 = {0, c2};
            size_t end2 = p->tok_start;
            if (tok2 == TOK_ESCAPE) {
                if (class_escape(p, c2, start2, &e2) < 0) {
                    goto done;
                }
            } else if (c2 == '-') {
                if (warn_future(p, "Possible set difference at position %lld", tell(p) - 2) < 0) {
                    goto done;
                }
            }
            if (e1.kind != 0 || e2.kind != 0 || e2.c < e1.c) {
                TwValue a = token_text(p, start, end1), b = token_text(p, start2, end2);
                if (a && b) {
                    perr(p, (int64_t)tw_str_length(a) + 1 + (int64_t)tw_str_length(b), "bad character range %U-%U",
                         a, b);
                } else {
                    p->failed = true;
                }
                goto done;
            }
            if (items_add(p, &l, false, e1.c, e2.c) < 0) {
                goto done;
            }
        } else if (items_add(p, &l, e1.kind == 1, e1.c, e1.c) < 0) {
            goto done;
        }
    }
    if (l.n == 1 && !l.items[0].cat && l.items[0].lo == l.items[0].hi) {
        node = leaf(p, negate ? RN_NOTCHAR : RN_CHAR, l.items[0].lo, flags);
        goto done;
    }
    node = leaf(p, RN_CLASS, 0, flags);
    if (!node) {
        goto done;
    }
    node->negate = negate;
    node->items = arena_alloc(&p->arena, (size_t)l.n * sizeof(ReClassItem));
    if (!node->items) {
        tw_error_nomem();
        p->failed = true;
        node = NULL;
        goto done;
    }
    memcpy(node->items, l.items, (size_t)l.n * sizeof(ReClassItem));
    node->nitems = l.n;
done:
    free(l.items);
    return p->failed ? NULL : node;
}

// ---------------------------------------------------------------- flags

static uint32_t flag_of(uint32_t c) {
    switch (c) {
    case 'i': return TW_RE_IGNORECASE;
    case 'L': return TW_RE_LOCALE;
    case 'm': return TW_RE_MULTILINE;
    case 's': return TW_RE_DOTALL;
    case 'x': return TW_RE_VERBOSE;
    case 'a': return TW_RE_ASCII;
    case 't': return TW_RE_TEMPLATE;
    case 'u': return TW_RE_UNICODE;
    default: return 0;
    }
}

enum { TYPE_FLAGS = TW_RE_ASCII | TW_RE_LOCALE | TW_RE_UNICODE, GLOBAL_FLAGS = TW_RE_DEBUG | TW_RE_TEMPLATE };

static bool is_alpha_char(uint32_t c) {
    return c < 0x80 ? is_ascii_letter(c) : tw_unicode_is(c, TW_UC_ALPHA);
}

// After "(?" and the first flag char c (consumed). Returns 1 for global flags "(?i)", 0 for
// scoped ones "(?i-m:" (add/del set), -1 on error.
static int parse_flags(Parser *p, uint32_t c, int tok, uint32_t *add, uint32_t *del) {
    *add = *del = 0;
    if (!(tok == TOK_CHAR && c == '-')) {
        for (;;) {
            uint32_t flag = flag_of(c);
            if (p->is_str) {
                if (c == 'L') {
                    perr(p, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
                    return -1;
                }
            } else if (c == 'u') {
                perr(p, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern");
                return -1;
            }
            *add |= flag;
            if ((flag & TYPE_FLAGS) && (*add & TYPE_FLAGS) != flag) {
                perr(p, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                return -1;
            }
            tok = p->tok;
            c = p->tc;
            tok_next(p);
            if (p->failed) {
                return -1;
            }
            if (tok == TOK_NONE) {
                perr(p, 0, "missing -, : or )");
                return -1;
            }
            if (tok == TOK_CHAR && (c == ')' || c == '-' || c == ':')) {
                break;
            }
            if (tok != TOK_CHAR || !flag_of(c)) {
                perr(p, tok == TOK_ESCAPE ? 2 : 1, tok == TOK_CHAR && is_alpha_char(c) ? "unknown flag"
                                                                                    : "missing -, : or )");
                return -1;
            }
        }
    }
    if (c == ')') {
        p->flags |= *add;
        return 1;
    }
    if (*add & GLOBAL_FLAGS) {
        perr(p, 1, "bad inline flags: cannot turn on global flag");
        return -1;
    }
    if (c == '-') {
        tok = p->tok;
        c = p->tc;
        tok_next(p);
        if (p->failed) {
            return -1;
        }
        if (tok == TOK_NONE) {
            perr(p, 0, "missing flag");
            return -1;
        }
        if (tok != TOK_CHAR || !flag_of(c)) {
            perr(p, tok == TOK_ESCAPE ? 2 : 1, tok == TOK_CHAR && is_alpha_char(c) ? "unknown flag" : "missing flag");
            return -1;
        }
        for (;;) {
            uint32_t flag = flag_of(c);
            if (flag & TYPE_FLAGS) {
                perr(p, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                return -1;
            }
            *del |= flag;
            tok = p->tok;
            c = p->tc;
            tok_next(p);
            if (p->failed) {
                return -1;
            }
            if (tok == TOK_NONE) {
                perr(p, 0, "missing :");
                return -1;
            }
            if (tok == TOK_CHAR && c == ':') {
                break;
            }
            if (tok != TOK_CHAR || !flag_of(c)) {
                perr(p, tok == TOK_ESCAPE ? 2 : 1, tok == TOK_CHAR && is_alpha_char(c) ? "unknown flag" : "missing :");
                return -1;
            }
        }
    }
    if (*del & GLOBAL_FLAGS) {
        perr(p, 1, "bad inline flags: cannot turn off global flag");
        return -1;
    }
    if (*add & *del) {
        perr(p, 1, "bad inline flags: flag turned on and off");
        return -1;
    }
    return 0;
}

static uint32_t combine_flags(uint32_t flags, uint32_t add, uint32_t del) {
    if (add & TYPE_FLAGS) {
        flags &= ~(uint32_t)TYPE_FLAGS;
    }
    return (flags | add) & ~del;
}

// ---------------------------------------------------------------- the grammar

static ReNode *parse_alt(Parser *p, bool verbose, int nested, uint32_t flags);
static ReNode *parse_seq(Parser *p, bool verbose, int nested, bool first, uint32_t flags);

static bool is_ws(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_repeat_node(const ReNode *n) {
    return n->kind == RN_REPEAT;
}

// A quantifier after an item: `this` (consumed) is * + ? or {; here = position after it.
static int parse_repeat(Parser *p, ReNode *seq, uint32_t this, int64_t here, size_t here_index, uint32_t flags,
                        bool *literal_brace) {
    uint32_t min, max;
    *literal_brace = false;
    if (this == '?') {
        min = 0, max = 1;
    } else if (this == '*') {
        min = 0, max = TW_RE_MAXREPEAT;
    } else if (this == '+') {
        min = 1, max = TW_RE_MAXREPEAT;
    } else {
        if (tok_is(p, '}')) {
            *literal_brace = true;
            return 0;
        }
        min = 0, max = TW_RE_MAXREPEAT;
        uint64_t lo = 0, hi = 0;
        bool have_lo = false, have_hi = false, big_lo = false, big_hi = false;
        while (p->tok == TOK_CHAR && is_digit(p->tc)) {
            lo = lo * 10 + (p->tc - '0');
            if (lo >= TW_RE_MAXREPEAT) {
                big_lo = true;
                lo = TW_RE_MAXREPEAT;
            }
            have_lo = true;
            tok_next(p);
        }
        if (tok_match(p, ',')) {
            while (p->tok == TOK_CHAR && is_digit(p->tc)) {
                hi = hi * 10 + (p->tc - '0');
                if (hi >= TW_RE_MAXREPEAT) {
                    big_hi = true;
                    hi = TW_RE_MAXREPEAT;
                }
                have_hi = true;
                tok_next(p);
            }
        } else {
            hi = lo;
            have_hi = have_lo;
            big_hi = big_lo;
        }
        if (!tok_match(p, '}')) {
            *literal_brace = true;
            tok_seek(p, here_index);
            return 0;
        }
        if (have_lo) {
            if (big_lo) {
                tw_error(&tw_type_OverflowError, "the repetition number is too large");
                p->failed = true;
                return -1;
            }
            min = (uint32_t)lo;
        }
        if (have_hi) {
            if (big_hi) {
                tw_error(&tw_type_OverflowError, "the repetition number is too large");
                p->failed = true;
                return -1;
            }
            max = (uint32_t)hi;
            if (max < min) {
                perr(p, tell(p) - here, "min repeat greater than max repeat");
                return -1;
            }
        }
    }
    ReNode *item = seq->nkids ? seq->kids[seq->nkids - 1] : NULL;
    if (!item || item->kind == RN_AT) {
        perr(p, tell(p) - here + 1, "nothing to repeat");
        return -1;
    }
    if (is_repeat_node(item)) {
        perr(p, tell(p) - here + 1, "multiple repeat");
        return -1;
    }
    ReNode *r = node_new(p, RN_REPEAT);
    if (!r || node_add(p, r, item) < 0) {
        return -1;
    }
    r->min = min;
    r->max = max;
    r->flags = node_flags(flags, p->is_str);
    if (tok_match(p, '?')) {
        r->mode = RN_LAZY;
    } else if (tok_match(p, '+')) {
        r->mode = RN_POSSESSIVE;
    } else {
        r->mode = RN_GREEDY;
    }
    seq->kids[seq->nkids - 1] = r;
    return 0;
}

// What follows "(" (consumed at position start): returns the node to append, or NULL with
// *skip set for things that add nothing ((?#...), global flags).
static ReNode *parse_group(Parser *p, int64_t start, bool *verbose, int nested, uint32_t flags, bool first,
                           bool seq_empty, bool *skip) {
    *skip = false;
    bool capture = true, atomic = false;
    TwValue name = TW_NULL;
    int64_t name_len = 0;
    uint32_t add = 0, del = 0;
    if (tok_match(p, '?')) {
        int tok = p->tok;
        uint32_t c = p->tc;
        tok_next(p);
        if (p->failed) {
            return NULL;
        }
        if (tok == TOK_NONE) {
            perr(p, 0, "unexpected end of pattern");
            return NULL;
        }
        if (tok == TOK_CHAR && c == 'P') {
            if (tok_match(p, '<')) {
                size_t s0, s1;
                if (getuntil(p, '>', "group name", &s0, &s1) < 0) {
                    return NULL;
                }
                name = text_str(p, s0, s1);
                if (!name) {
                    p->failed = true;
                    return NULL;
                }
                name_len = (int64_t)tw_str_length(name);
                if (check_group_name(p, name, 1) < 0) {
                    return NULL;
                }
            } else if (tok_match(p, '=')) {
                size_t s0, s1;
                if (getuntil(p, ')', "group name", &s0, &s1) < 0) {
                    return NULL;
                }
                TwValue ref = text_str(p, s0, s1);
                if (!ref) {
                    p->failed = true;
                    return NULL;
                }
                int64_t rl = (int64_t)tw_str_length(ref);
                if (check_group_name(p, ref, 1) < 0) {
                    return NULL;
                }
                TwValue gid = tw_dict_get_str(p->groupdict, ref);
                if (!gid) {
                    perr(p, rl + 1, "unknown group name %R", ref);
                    return NULL;
                }
                int64_t g = tw_as_int(gid);
                if (!group_closed(p, g)) {
                    perr(p, rl + 1, "cannot refer to an open group");
                    return NULL;
                }
                if (check_lookbehind_group(p, g) < 0) {
                    return NULL;
                }
                ReNode *n = leaf(p, RN_BACKREF, (uint32_t)g, flags);
                if (n) {
                    n->ref = p->gnodes[g];
                }
                return n;
            } else {
                int t2 = p->tok;
                uint32_t c2 = p->tc;
                size_t s2 = p->tok_start;
                tok_next(p);
                if (p->failed) {
                    return NULL;
                }
                if (t2 == TOK_NONE) {
                    perr(p, 0, "unexpected end of pattern");
                    return NULL;
                }
                TwValue t = escape_text(p, s2, p->tok_start);
                perr(p, (t2 == TOK_ESCAPE ? 2 : 1) + 2, "unknown extension ?P%U", t ? t : tw_str_empty);
                (void)c2;
                return NULL;
            }
        } else if (tok == TOK_CHAR && c == ':') {
            capture = false;
        } else if (tok == TOK_CHAR && c == '#') {
            for (;;) {
                if (p->tok == TOK_NONE) {
                    perr(p, tell(p) - start, "missing ), unterminated comment");
                    return NULL;
                }
                bool close = tok_is(p, ')');
                tok_next(p);
                if (p->failed) {
                    return NULL;
                }
                if (close) {
                    break;
                }
            }
            *skip = true;
            return NULL;
        } else if (tok == TOK_CHAR && (c == '=' || c == '!' || c == '<')) {
            int mode = 0;
            int saved_lb = p->lookbehind_groups;
            if (c == '<') {
                int t2 = p->tok;
                uint32_t c2 = p->tc;
                size_t s2 = p->tok_start;
                tok_next(p);
                if (p->failed) {
                    return NULL;
                }
                if (t2 == TOK_NONE) {
                    perr(p, 0, "unexpected end of pattern");
                    return NULL;
                }
                if (!(t2 == TOK_CHAR && (c2 == '=' || c2 == '!'))) {
                    TwValue t = escape_text(p, s2, p->tok_start);
                    perr(p, (t2 == TOK_ESCAPE ? 2 : 1) + 2, "unknown extension ?<%U", t ? t : tw_str_empty);
                    return NULL;
                }
                c = c2;
                mode |= RN_LOOK_BEHIND;
                if (p->lookbehind_groups < 0) {
                    p->lookbehind_groups = p->ngroups;
                }
            }
            if (c == '!') {
                mode |= RN_LOOK_NEG;
            }
            ReNode *sub = parse_alt(p, *verbose, nested + 1, flags);
            if (!sub) {
                return NULL;
            }
            if (mode & RN_LOOK_BEHIND) {
                if (saved_lb < 0) {
                    p->lookbehind_groups = -1;
                }
            }
            if (!tok_match(p, ')')) {
                perr(p, tell(p) - start, "missing ), unterminated subpattern");
                return NULL;
            }
            ReNode *n = node_new(p, RN_LOOK);
            if (!n || node_add(p, n, sub) < 0) {
                return NULL;
            }
            n->mode = (uint8_t)mode;
            n->flags = node_flags(flags, p->is_str);
            return n;
        } else if (tok == TOK_CHAR && c == '(') {
            size_t s0, s1;
            if (getuntil(p, ')', "group name", &s0, &s1) < 0) {
                return NULL;
            }
            TwValue cname = text_str(p, s0, s1);
            if (!cname) {
                p->failed = true;
                return NULL;
            }
            int64_t cl = (int64_t)tw_str_length(cname);
            int64_t condgroup;
            if (name_is_identifier(cname)) {
                TwValue gid = tw_dict_get_str(p->groupdict, cname);
                if (!gid) {
                    perr(p, cl + 1, "unknown group name %R", cname);
                    return NULL;
                }
                condgroup = tw_as_int(gid);
            } else {
                const char *d = tw_str_data(cname);
                size_t dn = tw_str_size(cname);
                bool ok = dn > 0;
                condgroup = 0;
                for (size_t i = 0; i < dn && ok; i++) {
                    if (d[i] < '0' || d[i] > '9') {
                        ok = false;
                    } else if (condgroup < ((int64_t)1 << 40)) {
                        condgroup = condgroup * 10 + (d[i] - '0');
                    }
                }
                if (!ok) {
                    perr(p, cl + 1, "bad character in group name %R", cname);
                    return NULL;
                }
                if (condgroup == 0) {
                    perr(p, cl + 1, "bad group number");
                    return NULL;
                }
                if (condgroup >= TW_RE_MAXGROUPS) {
                    perr(p, cl + 1, "invalid group reference %lld", (long long)condgroup);
                    return NULL;
                }
                bool seen = false;
                for (int i = 0; i < p->ncondrefs; i++) {
                    if (p->condrefs[2 * i] == condgroup) {
                        seen = true;
                    }
                }
                if (!seen) {
                    if (p->ncondrefs == p->capcondrefs) {
                        int cap = p->capcondrefs ? p->capcondrefs * 2 : 4;
                        int64_t *r = realloc(p->condrefs, (size_t)cap * 2 * sizeof *r);
                        if (!r) {
                            tw_error_nomem();
                            p->failed = true;
                            return NULL;
                        }
                        p->condrefs = r;
                        p->capcondrefs = cap;
                    }
                    p->condrefs[2 * p->ncondrefs] = condgroup;
                    p->condrefs[2 * p->ncondrefs + 1] = tell(p) - cl - 1;
                    p->ncondrefs++;
                }
            }
            if (check_lookbehind_group(p, condgroup) < 0) {
                return NULL;
            }
            ReNode *yes = parse_seq(p, *verbose, nested + 1, false, flags);
            if (!yes) {
                return NULL;
            }
            ReNode *no = NULL;
            if (tok_match(p, '|')) {
                no = parse_seq(p, *verbose, nested + 1, false, flags);
                if (!no) {
                    return NULL;
                }
                if (tok_is(p, '|')) {
                    perr(p, 0, "conditional backref with more than two branches");
                    return NULL;
                }
            }
            if (!tok_match(p, ')')) {
                perr(p, tell(p) - start, "missing ), unterminated subpattern");
                return NULL;
            }
            ReNode *n = node_new(p, RN_COND);
            if (!n || node_add(p, n, yes) < 0 || node_add(p, n, no) < 0) {
                return NULL;
            }
            n->c = (uint32_t)condgroup;
            n->nkids = 2;
            return n;
        } else if (tok == TOK_CHAR && c == '>') {
            capture = false;
            atomic = true;
        } else if (tok == TOK_CHAR && (flag_of(c) || c == '-')) {
            int r = parse_flags(p, c, tok, &add, &del);
            if (r < 0) {
                return NULL;
            }
            if (r == 1) {
                if (!first || !seq_empty) {
                    perr(p, tell(p) - start, "global flags not at the start of the expression");
                    return NULL;
                }
                *verbose = (p->flags & TW_RE_VERBOSE) != 0;
                *skip = true;
                return NULL;
            }
            capture = false;
        } else {
            TwValue t = tok == TOK_ESCAPE ? tw_str_fmt("\\%c", (int)c) : tw_str_fmt("%c", (int)c);
            perr(p, tok == TOK_ESCAPE ? 3 : 2, "unknown extension ?%U", t ? t : tw_str_empty);
            return NULL;
        }
    }
    int group = -1;
    if (capture) {
        group = open_group(p, name, name_len);
        if (group < 0) {
            return NULL;
        }
    }
    bool sub_verbose = (*verbose || (add & TW_RE_VERBOSE)) && !(del & TW_RE_VERBOSE);
    uint32_t sub_flags = combine_flags(flags, add, del);
    ReNode *sub = parse_alt(p, sub_verbose, nested + 1, sub_flags);
    if (!sub) {
        return NULL;
    }
    if (!tok_match(p, ')')) {
        perr(p, tell(p) - start, "missing ), unterminated subpattern");
        return NULL;
    }
    if (group >= 0) {
        ReNode *n = node_new(p, RN_GROUP);
        if (!n || node_add(p, n, sub) < 0) {
            return NULL;
        }
        n->c = (uint32_t)group;
        p->gnodes[group] = n;
        return n;
    }
    if (atomic) {
        ReNode *n = node_new(p, RN_ATOMIC);
        if (!n || node_add(p, n, sub) < 0) {
            return NULL;
        }
        return n;
    }
    return sub;
}

// A sequence up to | or ) or the end.
static ReNode *parse_seq(Parser *p, bool verbose, int nested, bool first, uint32_t flags) {
    ReNode *seq = node_new(p, RN_CAT);
    if (!seq) {
        return NULL;
    }
    // flags of later items follow (?x) etc. only through `verbose`; others are global
    for (;;) {
        if (p->failed) {
            return NULL;
        }
        if (p->tok == TOK_NONE) {
            break;
        }
        if (p->tok == TOK_CHAR && (p->tc == '|' || p->tc == ')')) {
            break;
        }
        int tok = p->tok;
        uint32_t c = p->tc;
        size_t start = p->tok_start;
        tok_next(p);
        if (p->failed) {
            return NULL;
        }
        if (verbose && tok == TOK_CHAR) {
            if (is_ws(c)) {
                continue;
            }
            if (c == '#') {
                for (;;) {
                    int t = p->tok;
                    uint32_t cc = p->tc;
                    tok_next(p);
                    if (p->failed) {
                        return NULL;
                    }
                    if (t == TOK_NONE || (t == TOK_CHAR && cc == '\n')) {
                        break;
                    }
                }
                continue;
            }
        }
        ReNode *item = NULL;
        if (tok == TOK_ESCAPE) {
            Esc e;
            if (escape(p, c, start, &e) < 0) {
                return NULL;
            }
            switch (e.kind) {
            case 0: item = leaf(p, RN_CHAR, e.c, flags); break;
            case 1: item = cat_node(p, (int)e.c, flags); break;
            case 2: item = at_node(p, (int)e.c, flags); break;
            default:
                item = leaf(p, RN_BACKREF, e.c, flags);
                if (item) {
                    item->ref = p->gnodes[e.c];
                }
                break;
            }
        } else if (c == '[') {
            item = parse_class(p, char_index(p, start), flags);
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            bool literal;
            if (parse_repeat(p, seq, c, tell(p), p->tok_start, flags, &literal) < 0) {
                return NULL;
            }
            if (!literal) {
                continue;
            }
            item = leaf(p, RN_CHAR, '{', flags);
        } else if (c == '.') {
            item = leaf(p, RN_ANY, 0, flags);
        } else if (c == '(') {
            bool skip;
            if (tw_enter_recursive_call(" while parsing a regular expression") < 0) {
                p->failed = true;
                return NULL;
            }
            item = parse_group(p, char_index(p, start), &verbose, nested, flags, first, seq->nkids == 0, &skip);
            tw_leave_recursive_call();
            if (skip && !p->failed) {
                if (first) {
                    flags = p->flags;   // global flags apply from here on
                }
                continue;
            }
        } else if (c == '^') {
            item = at_node(p, RN_AT_BEGINNING, flags);
        } else if (c == '$') {
            item = at_node(p, RN_AT_END, flags);
        } else {
            item = leaf(p, RN_CHAR, c, flags);
        }
        if (!item || node_add(p, seq, item) < 0) {
            return NULL;
        }
    }
    return seq;
}

static ReNode *parse_alt(Parser *p, bool verbose, int nested, uint32_t flags) {
    ReNode *alt = NULL, *first_item = NULL;
    for (;;) {
        bool first = nested == 0 && !first_item;
        ReNode *seq = parse_seq(p, verbose, nested, first, flags);
        if (!seq) {
            break;
        }
        if (first) {
            flags = p->flags;   // global inline flags apply to the later branches too
        }
        if (!first_item) {
            first_item = seq;
        } else {
            if (!alt) {
                alt = node_new(p, RN_ALT);
                if (!alt || node_add(p, alt, first_item) < 0) {
                    break;
                }
            }
            if (node_add(p, alt, seq) < 0) {
                break;
            }
        }
        if (!tok_match(p, '|')) {
            break;
        }
        if (nested == 0) {
            verbose = (p->flags & TW_RE_VERBOSE) != 0;
        }
    }
    if (p->failed) {
        return NULL;
    }
    return alt ? alt : first_item;
}

// ---------------------------------------------------------------- entry point

static int fix_flags(Parser *p) {
    uint32_t f = p->flags;
    if (p->is_str) {
        if (f & TW_RE_LOCALE) {
            tw_error(&tw_type_ValueError, "cannot use LOCALE flag with a str pattern");
            return -1;
        }
        if (!(f & TW_RE_ASCII)) {
            f |= TW_RE_UNICODE;
        } else if (f & TW_RE_UNICODE) {
            tw_error(&tw_type_ValueError, "ASCII and UNICODE flags are incompatible");
            return -1;
        }
    } else {
        if (f & TW_RE_UNICODE) {
            tw_error(&tw_type_ValueError, "cannot use UNICODE flag with a bytes pattern");
            return -1;
        }
        if ((f & TW_RE_LOCALE) && (f & TW_RE_ASCII)) {
            tw_error(&tw_type_ValueError, "ASCII and LOCALE flags are incompatible");
            return -1;
        }
    }
    p->flags = f;
    return 0;
}

int tw_re_parse(TwValue pattern, uint32_t flags, ReTree *out) {
    Parser p = {0};
    p.pattern = pattern;
    if (tw_isinstance_type(pattern, &tw_type_str)) {
        p.is_str = true;
        p.s = (const uint8_t *)tw_str_data(pattern);
        p.n = tw_str_size(pattern);
        p.utf8 = tw_str_length(pattern) != p.n;
    } else {
        p.s = TW_OBJ(pattern, TwBytes)->data;
        p.n = TW_OBJ(pattern, TwBytes)->size;
    }
    p.flags = flags;
    p.lookbehind_groups = -1;
    p.gcap = 16;
    p.gnodes = malloc((size_t)p.gcap * sizeof *p.gnodes);
    p.groupdict = tw_dict_new();
    if (!p.gnodes || !p.groupdict) {
        free(p.gnodes);
        if (p.groupdict) {
            tw_error_nomem();
        }
        return -1;
    }
    p.gnodes[0] = NULL;
    p.ngroups = 1;
    tok_next(&p);
    ReNode *root = p.failed ? NULL : parse_alt(&p, (flags & TW_RE_VERBOSE) != 0, 0, flags);
    int rc = -1;
    if (root) {
        if (fix_flags(&p) < 0) {
            goto fail;
        }
        if (p.tok != TOK_NONE) {
            perr(&p, 0, "unbalanced parenthesis");
            goto fail;
        }
        for (int i = 0; i < p.ncondrefs; i++) {
            if (p.condrefs[2 * i] >= p.ngroups) {
                TwValue msg = tw_str_fmt("invalid group reference %lld", (long long)p.condrefs[2 * i]);
                if (msg) {
                    tw_re_error(tw_str_data(msg), pattern, p.condrefs[2 * i + 1]);
                }
                goto fail;
            }
        }
        out->root = root;
        out->ngroups = p.ngroups;
        out->flags = p.flags;
        out->is_bytes = !p.is_str;
        out->groupindex = p.groupdict;
        out->arena = p.arena;
        p.arena = NULL;
        rc = 0;
    }
fail:
    free(p.gnodes);
    free(p.condrefs);
    arena_free(p.arena);
    return rc;
}

// ---------------------------------------------------------------- replacement templates

static int tpl_add(ReTemplate *t, int32_t group, size_t off, size_t len) {
    if (t->nitems == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        ReTplItem *it = realloc(t->items, (size_t)cap * sizeof *it);
        if (!it) {
            tw_error_nomem();
            return -1;
        }
        t->items = it;
        t->cap = cap;
    }
    t->items[t->nitems++] = (ReTplItem){group, (uint32_t)off, (uint32_t)len};
    return 0;
}

void tw_re_template_free(ReTemplate *t) {
    free(t->items);
    tw_buf_free(&t->lit);
    t->items = NULL;
    t->nitems = t->cap = 0;
}

// Append literal text to the template (merged with a literal just before it).
static int tpl_lit(ReTemplate *t, const void *s, size_t n) {
    size_t off = t->lit.size;
    if (n == 0) {
        return 0;
    }
    if (tw_buf_append(&t->lit, s, n) < 0) {
        return -1;
    }
    if (t->nitems > 0 && t->items[t->nitems - 1].group < 0) {
        t->items[t->nitems - 1].len += (uint32_t)n;
        return 0;
    }
    return tpl_add(t, -1, off, n);
}

static int tpl_char(Parser *p, ReTemplate *t, uint32_t c) {
    if (!p->is_str) {
        uint8_t b = (uint8_t)c;
        return tpl_lit(t, &b, 1);
    }
    char buf[4];
    return tpl_lit(t, buf, (size_t)tw_utf8_encode(c, buf));
}

static int tpl_group(Parser *p, ReTemplate *t, int64_t index, int64_t ngroups, int64_t offset) {
    if (index > ngroups) {
        perr(p, offset, "invalid group reference %lld", (long long)index);
        return -1;
    }
    t->literal_only = false;
    return tpl_add(t, (int32_t)index, 0, 0);
}

int tw_re_parse_template(TwValue tpl, int64_t ngroups, TwValue groupindex, ReTemplate *t) {
    Parser p = {0};
    p.pattern = tpl;
    if (tw_isinstance_type(tpl, &tw_type_str)) {
        p.is_str = true;
        p.s = (const uint8_t *)tw_str_data(tpl);
        p.n = tw_str_size(tpl);
        p.utf8 = tw_str_length(tpl) != p.n;
    } else {
        const uint8_t *d;
        size_t n;
        tw_bytes_view(tpl, &d, &n);
        p.s = d;
        p.n = n;
    }
    memset(t, 0, sizeof *t);
    tw_buf_init(&t->lit);
    t->literal_only = true;
    tok_next(&p);
    while (!p.failed && p.tok != TOK_NONE) {
        int tok = p.tok;
        uint32_t c = p.tc;
        size_t start = p.tok_start, end = p.index;
        tok_next(&p);
        if (p.failed) {
            break;
        }
        if (tok == TOK_CHAR) {
            if (tpl_lit(t, p.s + start, end - start) < 0) {
                p.failed = true;
            }
            continue;
        }
        if (c == 'g') {
            if (!tok_match(&p, '<')) {
                perr(&p, 0, "missing <");
                break;
            }
            size_t s0, s1;
            if (getuntil(&p, '>', "group name", &s0, &s1) < 0) {
                break;
            }
            TwValue name = text_str(&p, s0, s1);
            if (!name) {
                p.failed = true;
                break;
            }
            int64_t nl = (int64_t)tw_str_length(name);
            int64_t index = 0;
            if (name_is_identifier(name)) {
                TwValue g = groupindex ? tw_dict_get_str(groupindex, name) : TW_NULL;
                if (!g) {
                    tw_error(&tw_type_IndexError, "unknown group name %R", name);
                    p.failed = true;
                    break;
                }
                index = tw_as_int(g);
            } else {
                const char *d = tw_str_data(name);
                size_t dn = tw_str_size(name);
                bool ok = dn > 0;
                for (size_t i = 0; i < dn && ok; i++) {
                    if (d[i] < '0' || d[i] > '9') {
                        ok = false;
                    } else if (index < ((int64_t)1 << 40)) {
                        index = index * 10 + (d[i] - '0');
                    }
                }
                if (!ok) {
                    perr(&p, nl + 1, "bad character in group name %R", name);
                    break;
                }
                if (index >= TW_RE_MAXGROUPS) {
                    perr(&p, nl + 1, "invalid group reference %lld", (long long)index);
                    break;
                }
            }
            if (tpl_group(&p, t, index, ngroups, nl + 1) < 0) {
                break;
            }
        } else if (c == '0') {
            uint32_t v = 0;
            getwhile(&p, 2, false, &v, 8);
            if (tpl_char(&p, t, v & 0xff) < 0) {
                p.failed = true;
            }
        } else if (is_digit(c)) {
            int64_t len = 2;
            int64_t group = c - '0';
            bool octal = false;
            if (p.tok == TOK_CHAR && is_digit(p.tc)) {
                uint32_t c2 = p.tc;
                tok_next(&p);
                len = 3;
                if (is_octdigit(c) && is_octdigit(c2) && p.tok == TOK_CHAR && is_octdigit(p.tc)) {
                    uint32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (p.tc - '0');
                    tok_next(&p);
                    octal = true;
                    if (v > 0377) {
                        TwValue txt = escape_text(&p, start, p.tok_start);
                        perr(&p, 4, "octal escape value %U outside of range 0-0o377", txt ? txt : tw_str_empty);
                        break;
                    }
                    if (tpl_char(&p, t, v) < 0) {
                        p.failed = true;
                    }
                } else {
                    group = group * 10 + (c2 - '0');
                }
            }
            if (!octal && tpl_group(&p, t, group, ngroups, len - 1) < 0) {
                break;
            }
        } else {
            uint32_t v;
            if (simple_escape(c, &v)) {
                if (tpl_char(&p, t, v) < 0) {
                    p.failed = true;
                }
            } else if (is_ascii_letter(c)) {
                bad_escape(&p, start, 2);
                break;
            } else if (tpl_lit(t, p.s + start, end - start) < 0) {
                p.failed = true;
            }
        }
    }
    if (p.failed) {
        tw_re_template_free(t);
        return -1;
    }
    return 0;
}
