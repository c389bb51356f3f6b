// Regular expressions for warning filters: re.compile(message, re.I) and re.compile(module)
// as warnings.filterwarnings makes them, and re.escape for -W options. twinpy has no `re`
// module yet, so this is a small backtracking matcher for the usual subset: literals, '.',
// classes [a-z] [^...], \d \w \s (and upper-case negations), \A \Z \b \B ^ $, groups
// (...) (?:...), alternation, and the greedy and lazy repeats * + ? {m,n}. The pattern
// objects look like re.Pattern (repr, .pattern, .flags, .match, ==, hash).
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "text.h"
#include "warnings.h"

typedef enum { N_CHAR, N_ANY, N_CLASS, N_BOL, N_EOL, N_EOS, N_BOS, N_WORDB, N_NWORDB, N_GROUP, N_REPEAT } NodeKind;

typedef struct Node Node;
typedef struct Seq {
    Node **items;
    int n, cap;
} Seq;

typedef struct Range {
    uint32_t lo, hi;    // lo > hi: a class escape, hi holds its letter (d w s D W S)
} Range;

struct Node {
    NodeKind kind;
    uint32_t c;               // N_CHAR
    Range *ranges;            // N_CLASS
    int nranges;
    bool negate;
    Seq *alts;                // N_GROUP: alternatives
    int nalts;
    Seq body;                 // N_REPEAT: the repeated node, alone
    int min, max;             // N_REPEAT; max -1 = unbounded
    bool lazy;
};

typedef struct Prog {
    Node **nodes;             // every node, for freeing
    int nnodes, capnodes;
    Node *root;               // an N_GROUP
} Prog;

typedef struct TwPattern {
    TwObject hdr;
    TwValue pattern;          // str
    int flags;
    Prog *prog;               // malloc'd
} TwPattern;

typedef struct TwMatch {
    TwObject hdr;
    TwValue string;
    int64_t start, end;       // code point offsets
} TwMatch;

static void pattern_trace(TwObject *self) {
    tw_gc_mark(((TwPattern *)self)->pattern);
}
static void prog_free(Prog *p);
static void pattern_finalize(TwObject *self) {
    prog_free(((TwPattern *)self)->prog);
}
static void match_trace(TwObject *self) {
    tw_gc_mark(((TwMatch *)self)->string);
}

static TwType pattern_type = {
    .hdr.type = &tw_type_type,
    .c_name = "Pattern",
    .basic_size = sizeof(TwPattern),
    .trace = pattern_trace,
    .finalize = pattern_finalize,
};
// re.error: what a bad pattern raises (layout copied from Exception at start-up).
static TwType re_error_type = {
    .hdr.type = &tw_type_type,
    .c_name = "error",
    .flags = TW_TYPE_BASETYPE | TW_TYPE_EXCEPTION,
};
static TwType match_type = {
    .hdr.type = &tw_type_type,
    .c_name = "Match",
    .basic_size = sizeof(TwMatch),
    .trace = match_trace,
};

// ---------------------------------------------------------------- parsing

typedef struct Parse {
    const uint32_t *p;        // the pattern as code points
    int n, i;
    Prog *prog;
    const char *error;        // first error message (static text)
    int error_pos;
} Parse;

static Node *new_node(Parse *ps, NodeKind kind) {
    Prog *pr = ps->prog;
    if (pr->nnodes == pr->capnodes) {
        int cap = pr->capnodes ? pr->capnodes * 2 : 16;
        Node **nn = realloc(pr->nodes, (size_t)cap * sizeof *nn);
        if (!nn) {
            ps->error = "out of memory";
            return NULL;
        }
        pr->nodes = nn;
        pr->capnodes = cap;
    }
    Node *node = calloc(1, sizeof *node);
    if (!node) {
        ps->error = "out of memory";
        return NULL;
    }
    node->kind = kind;
    pr->nodes[pr->nnodes++] = node;
    return node;
}

static bool seq_push(Parse *ps, Seq *s, Node *node) {
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Node **ni = realloc(s->items, (size_t)cap * sizeof *ni);
        if (!ni) {
            ps->error = "out of memory";
            return false;
        }
        s->items = ni;
        s->cap = cap;
    }
    s->items[s->n++] = node;
    return true;
}

static void fail(Parse *ps, const char *msg, int pos) {
    if (!ps->error) {
        ps->error = msg;
        ps->error_pos = pos;
    }
}

static bool add_range(Parse *ps, Node *cls, uint32_t lo, uint32_t hi) {
    Range *r = realloc(cls->ranges, (size_t)(cls->nranges + 1) * sizeof *r);
    if (!r) {
        ps->error = "out of memory";
        return false;
    }
    cls->ranges = r;
    r[cls->nranges].lo = lo;
    r[cls->nranges].hi = hi;
    cls->nranges++;
    return true;
}

static bool is_class_letter(uint32_t c) {
    return c == 'd' || c == 'D' || c == 'w' || c == 'W' || c == 's' || c == 'S';
}

// The literal an escape stands for (after the backslash at ps->i - 1), or -1 if unknown.
static int64_t escape_literal(Parse *ps, uint32_t c) {
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'a': return 7;
    case '0': return 0;
    case 'x': {
        uint32_t v = 0;
        for (int k = 0; k < 2; k++) {
            if (ps->i >= ps->n) {
                return -1;
            }
            uint32_t h = ps->p[ps->i++];
            uint32_t low = h | 0x20;
            if (h >= '0' && h <= '9') {
                v = v * 16 + (h - '0');
            } else if (low >= 'a' && low <= 'f') {
                v = v * 16 + (low - 'a' + 10);
            } else {
                return -1;
            }
        }
        return v;
    }
    default:
        // ASCII letters and digits are reserved escapes; anything else stands for itself
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '1' && c <= '9')) {
            return -1;
        }
        return c;
    }
}

static Node *parse_alt(Parse *ps, int depth);

static Node *parse_class(Parse *ps) {
    int start = ps->i - 1;
    Node *cls = new_node(ps, N_CLASS);
    if (!cls) {
        return NULL;
    }
    if (ps->i < ps->n && ps->p[ps->i] == '^') {
        cls->negate = true;
        ps->i++;
    }
    bool first = true;
    for (;;) {
        if (ps->i >= ps->n) {
            fail(ps, "unterminated character set", start);
            return NULL;
        }
        uint32_t c = ps->p[ps->i++];
        if (c == ']' && !first) {
            break;
        }
        first = false;
        uint32_t lo = c;
        if (c == '\\') {
            if (ps->i >= ps->n) {
                fail(ps, "bad escape (end of pattern)", ps->i - 1);
                return NULL;
            }
            uint32_t e = ps->p[ps->i++];
            if (is_class_letter(e)) {
                if (!add_range(ps, cls, 1, 0)) {
                    return NULL;
                }
                cls->ranges[cls->nranges - 1].hi = e;
                continue;
            }
            int64_t v = escape_literal(ps, e);
            if (v < 0) {
                fail(ps, "bad escape", ps->i - 2);
                return NULL;
            }
            lo = (uint32_t)v;
        }
        uint32_t hi = lo;
        if (ps->i + 1 < ps->n && ps->p[ps->i] == '-' && ps->p[ps->i + 1] != ']') {
            ps->i++;
            hi = ps->p[ps->i++];
            if (hi == '\\') {
                if (ps->i >= ps->n) {
                    fail(ps, "bad escape (end of pattern)", ps->i - 1);
                    return NULL;
                }
                int64_t v = escape_literal(ps, ps->p[ps->i++]);
                if (v < 0) {
                    fail(ps, "bad escape", ps->i - 2);
                    return NULL;
                }
                hi = (uint32_t)v;
            }
            if (hi < lo) {
                fail(ps, "bad character range", start);
                return NULL;
            }
        }
        if (!add_range(ps, cls, lo, hi)) {
            return NULL;
        }
    }
    return cls;
}

static bool parse_count(Parse *ps, int *out) {
    int v = 0;
    bool any = false;
    while (ps->i < ps->n && ps->p[ps->i] >= '0' && ps->p[ps->i] <= '9') {
        v = v * 10 + (int)(ps->p[ps->i++] - '0');
        if (v > 65535) {
            v = 65535;
        }
        any = true;
    }
    *out = v;
    return any;
}

// An atom and the repeats after it, appended to seq.
static bool parse_piece(Parse *ps, Seq *seq, int depth) {
    int at = ps->i;
    uint32_t c = ps->p[ps->i++];
    Node *atom = NULL;
    switch (c) {
    case '.':
        atom = new_node(ps, N_ANY);
        break;
    case '^':
        atom = new_node(ps, N_BOL);
        break;
    case '$':
        atom = new_node(ps, N_EOL);
        break;
    case '[':
        atom = parse_class(ps);
        break;
    case '(':
        if (ps->i < ps->n && ps->p[ps->i] == '?') {
            if (ps->i + 1 < ps->n && ps->p[ps->i + 1] == ':') {
                ps->i += 2;
            } else {
                fail(ps, "unsupported group extension", at);
                return false;
            }
        }
        atom = parse_alt(ps, depth + 1);
        if (!atom) {
            return false;
        }
        if (ps->i >= ps->n || ps->p[ps->i] != ')') {
            fail(ps, "missing ), unterminated subpattern", at);
            return false;
        }
        ps->i++;
        break;
    case ')':
        fail(ps, "unbalanced parenthesis", at);
        return false;
    case '*': case '+': case '?':
        fail(ps, "nothing to repeat", at);
        return false;
    case '\\': {
        if (ps->i >= ps->n) {
            fail(ps, "bad escape (end of pattern)", at);
            return false;
        }
        uint32_t e = ps->p[ps->i++];
        if (is_class_letter(e)) {
            atom = new_node(ps, N_CLASS);
            if (atom && add_range(ps, atom, 1, 0)) {
                atom->ranges[0].hi = e;
            }
        } else if (e == 'A' || e == 'Z' || e == 'b' || e == 'B') {
            atom = new_node(ps, e == 'A' ? N_BOS : e == 'Z' ? N_EOS : e == 'b' ? N_WORDB : N_NWORDB);
        } else {
            int64_t v = escape_literal(ps, e);
            if (v < 0) {
                fail(ps, "bad escape", at);
                return false;
            }
            atom = new_node(ps, N_CHAR);
            if (atom) {
                atom->c = (uint32_t)v;
            }
        }
        break;
    }
    default:
        atom = new_node(ps, N_CHAR);
        if (atom) {
            atom->c = c;
        }
        break;
    }
    if (!atom) {
        return false;
    }
    while (ps->i < ps->n) {
        uint32_t q = ps->p[ps->i];
        int min, max;
        if (q == '*') {
            min = 0, max = -1;
        } else if (q == '+') {
            min = 1, max = -1;
        } else if (q == '?') {
            min = 0, max = 1;
        } else if (q == '{') {
            int save = ps->i;
            ps->i++;
            bool has_min = parse_count(ps, &min);
            max = min;
            bool ok = true;
            if (ps->i < ps->n && ps->p[ps->i] == ',') {
                ps->i++;
                if (!parse_count(ps, &max)) {
                    max = -1;
                }
                if (!has_min) {
                    min = 0;
                }
            } else if (!has_min) {
                ok = false;
            }
            if (!ok || ps->i >= ps->n || ps->p[ps->i] != '}') {
                ps->i = save;   // not a repeat: a literal '{'
                break;
            }
            if (max >= 0 && max < min) {
                fail(ps, "min repeat greater than max repeat", save + 1);
                return false;
            }
        } else {
            break;
        }
        ps->i++;
        if (atom->kind == N_BOL || atom->kind == N_EOL || atom->kind == N_BOS || atom->kind == N_EOS ||
            atom->kind == N_WORDB || atom->kind == N_NWORDB) {
            fail(ps, "nothing to repeat", at);
            return false;
        }
        if (atom->kind == N_REPEAT && !(ps->i < ps->n && ps->p[ps->i] == '?')) {
            fail(ps, "multiple repeat", ps->i - 1);
            return false;
        }
        Node *rep = new_node(ps, N_REPEAT);
        if (!rep || !seq_push(ps, &rep->body, atom)) {
            return false;
        }
        rep->min = min;
        rep->max = max;
        if (ps->i < ps->n && ps->p[ps->i] == '?') {
            rep->lazy = true;
            ps->i++;
        }
        atom = rep;
    }
    return seq_push(ps, seq, atom);
}

// Alternatives up to ')' or the end: an N_GROUP.
static Node *parse_alt(Parse *ps, int depth) {
    if (depth > 100) {
        fail(ps, "too many nested groups", ps->i);
        return NULL;
    }
    Node *g = new_node(ps, N_GROUP);
    if (!g) {
        return NULL;
    }
    Seq cur = {0};
    for (;;) {
        if (ps->i >= ps->n || ps->p[ps->i] == ')' || ps->p[ps->i] == '|') {
            Seq *alts = realloc(g->alts, (size_t)(g->nalts + 1) * sizeof *alts);
            if (!alts) {
                free(cur.items);
                ps->error = "out of memory";
                return NULL;
            }
            g->alts = alts;
            g->alts[g->nalts++] = cur;
            memset(&cur, 0, sizeof cur);
            if (ps->i < ps->n && ps->p[ps->i] == '|') {
                ps->i++;
                continue;
            }
            return g;
        }
        if (!parse_piece(ps, &cur, depth)) {
            free(cur.items);
            return NULL;
        }
    }
}

static void prog_free(Prog *p) {
    if (!p) {
        return;
    }
    for (int i = 0; i < p->nnodes; i++) {
        Node *n = p->nodes[i];
        free(n->ranges);
        for (int k = 0; k < n->nalts; k++) {
            free(n->alts[k].items);
        }
        free(n->alts);
        free(n->body.items);
        free(n);
    }
    free(p->nodes);
    free(p);
}

// The code points of a str (malloc'd); *n gets the count.
static uint32_t *code_points(TwValue s, int *n) {
    size_t len = tw_str_length(s);
    uint32_t *cp = malloc((len + 1) * sizeof *cp);
    if (!cp) {
        return NULL;
    }
    const char *d = tw_str_data(s);
    size_t k = 0;
    for (size_t i = 0; i < tw_str_size(s);) {
        int w;
        cp[k++] = tw_utf8_decode(d + i, &w);
        i += (size_t)w;
    }
    *n = (int)k;
    return cp;
}

TwValue tw_warn_regex_compile(TwValue pattern, int flags) {
    if (!tw_is_str(pattern)) {
        return tw_error(&tw_type_TypeError, "first argument must be string or compiled pattern");
    }
    Parse ps = {0};
    ps.p = code_points(pattern, &ps.n);
    ps.prog = calloc(1, sizeof *ps.prog);
    if (!ps.p || !ps.prog) {
        free((void *)ps.p);
        free(ps.prog);
        return tw_error_nomem();
    }
    ps.prog->root = parse_alt(&ps, 0);
    if (!ps.error && ps.i < ps.n) {
        fail(&ps, "unbalanced parenthesis", ps.i);
    }
    free((void *)ps.p);
    if (ps.error) {
        prog_free(ps.prog);
        return tw_error(&re_error_type, "%s at position %d", ps.error, ps.error_pos);
    }
    TwPattern *po = (TwPattern *)tw_gc_alloc(&pattern_type, sizeof(TwPattern));
    if (!po) {
        prog_free(ps.prog);
        return TW_NULL;
    }
    po->pattern = pattern;
    po->flags = flags | TW_RE_UNICODE;
    po->prog = ps.prog;
    return tw_from_obj(po);
}

bool tw_warn_is_regex(TwValue v) {
    return tw_is_type(v, &pattern_type);
}

// ---------------------------------------------------------------- matching

typedef struct Text {
    const uint32_t *s;
    int n;
    bool icase;
    int depth;
} Text;

// What to do after the current sequence ends: continue another sequence, or count one
// more iteration of a repeat (which started at `start`).
typedef struct Cont {
    const Seq *seq;
    int idx;
    const Node *rep;
    int count;
    int start;
    const struct Cont *next;
} Cont;

static uint32_t fold(uint32_t c) {
    return c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : tw_unicode_simple_case(c, TW_CASE_LOWER);
}

static bool is_word(uint32_t c) {
    return c == '_' || tw_unicode_is(c, TW_UC_ALPHA) || tw_unicode_decimal(c) >= 0 ||
           tw_unicode_is(c, TW_UC_NUMERIC);
}

static bool class_escape(uint32_t letter, uint32_t c) {
    bool r;
    switch (letter | 0x20) {
    case 'd': r = tw_unicode_decimal(c) >= 0; break;
    case 'w': r = is_word(c); break;
    default: r = tw_unicode_is(c, TW_UC_SPACE) || (c >= 0x1C && c <= 0x1F); break;
    }
    return (letter >= 'a') ? r : !r;
}

static bool class_match(const Node *n, uint32_t c, bool icase) {
    bool in = false;
    for (int i = 0; i < n->nranges && !in; i++) {
        const Range *r = &n->ranges[i];
        if (r->lo > r->hi) {
            in = class_escape(r->hi, c);
        } else if (c >= r->lo && c <= r->hi) {
            in = true;
        } else if (icase) {
            uint32_t l = fold(c), u = tw_unicode_simple_case(c, TW_CASE_UPPER);
            in = (l >= r->lo && l <= r->hi) || (u >= r->lo && u <= r->hi);
        }
    }
    return in != n->negate;
}

static int match_seq(Text *t, const Seq *s, int i, int pos, const Cont *k);

static int run_cont(Text *t, int pos, const Cont *k);

static int repeat(Text *t, const Node *n, int count, int pos, const Cont *k) {
    Cont again = {.seq = NULL, .rep = n, .count = count + 1, .start = pos, .next = k};
    bool more = n->max < 0 || count < n->max;
    if (!n->lazy) {
        if (more) {
            int r = match_seq(t, &n->body, 0, pos, &again);
            if (r != -1) {
                return r;
            }
        }
        return count >= n->min ? run_cont(t, pos, k) : -1;
    }
    if (count >= n->min) {
        int r = run_cont(t, pos, k);
        if (r != -1) {
            return r;
        }
    }
    return more ? match_seq(t, &n->body, 0, pos, &again) : -1;
}

static int run_cont(Text *t, int pos, const Cont *k) {
    if (!k) {
        return pos;
    }
    if (k->seq) {
        return match_seq(t, k->seq, k->idx, pos, k->next);
    }
    // one iteration of a repeat finished; an empty one past the minimum would loop forever
    if (pos == k->start && k->count > k->rep->min) {
        return -1;
    }
    return repeat(t, k->rep, k->count, pos, k->next);
}

static int match_seq(Text *t, const Seq *s, int i, int pos, const Cont *k) {
    if (++t->depth > 20000) {
        t->depth--;
        return -2;   // too deep: give up (reported as no match)
    }
    int r = -1;
    for (;;) {
        if (i == s->n) {
            r = run_cont(t, pos, k);
            break;
        }
        const Node *n = s->items[i];
        bool ok;
        switch (n->kind) {
        case N_CHAR:
            ok = pos < t->n && (t->s[pos] == n->c || (t->icase && fold(t->s[pos]) == fold(n->c)));
            if (ok) {
                pos++;
            }
            break;
        case N_ANY:
            ok = pos < t->n && t->s[pos] != '\n';
            if (ok) {
                pos++;
            }
            break;
        case N_CLASS:
            ok = pos < t->n && class_match(n, t->s[pos], t->icase);
            if (ok) {
                pos++;
            }
            break;
        case N_BOL:
        case N_BOS:
            ok = pos == 0;
            break;
        case N_EOL:
            ok = pos == t->n || (pos == t->n - 1 && t->s[pos] == '\n');
            break;
        case N_EOS:
            ok = pos == t->n;
            break;
        case N_WORDB:
        case N_NWORDB: {
            bool before = pos > 0 && is_word(t->s[pos - 1]);
            bool after = pos < t->n && is_word(t->s[pos]);
            ok = (before != after) == (n->kind == N_WORDB);
            break;
        }
        case N_GROUP: {
            Cont after = {.seq = s, .idx = i + 1, .next = k};
            r = -1;
            for (int a = 0; a < n->nalts && r == -1; a++) {
                r = match_seq(t, &n->alts[a], 0, pos, &after);
            }
            t->depth--;
            return r;
        }
        case N_REPEAT: {
            Cont after = {.seq = s, .idx = i + 1, .next = k};
            r = repeat(t, n, 0, pos, &after);
            t->depth--;
            return r;
        }
        default:
            ok = false;
            break;
        }
        if (!ok) {
            r = -1;
            break;
        }
        i++;
    }
    t->depth--;
    return r;
}

// The end of the match at the start of `text` (code points), or -1.
static int match_at_start(TwPattern *po, TwValue text, int *len) {
    Text t = {0};
    uint32_t *cp = code_points(text, &t.n);
    if (!cp) {
        tw_error_nomem();
        return -3;
    }
    t.s = cp;
    t.icase = (po->flags & TW_RE_IGNORECASE) != 0;
    Seq top = {.items = &po->prog->root, .n = 1, .cap = 1};
    int r = match_seq(&t, &top, 0, 0, NULL);
    free(cp);
    *len = t.n;
    return r;
}

int tw_warn_regex_match(TwValue pattern_obj, TwValue text) {
    if (!tw_isinstance_type(text, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "expected string or bytes-like object, got '%T'", text);
        return -1;
    }
    int len;
    int r = match_at_start(TW_OBJ(pattern_obj, TwPattern), text, &len);
    return r == -3 ? -1 : r >= 0;
}

TwValue tw_warn_regex_escape(TwValue s) {
    TwBuf b;
    tw_buf_init(&b);
    const char *d = tw_str_data(s);
    for (size_t i = 0; i < tw_str_size(s); i++) {
        unsigned char c = (unsigned char)d[i];
        // re.escape (3.7+): the characters that are special in patterns
        if (c < 0x80 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) && c != 0) {
            if (tw_buf_append(&b, "\\", 1) < 0) {
                return TW_NULL;
            }
        }
        if (tw_buf_append(&b, (const char *)&d[i], 1) < 0) {
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

// ---------------------------------------------------------------- Python-visible methods

static TwValue pattern_match(int argc, TwValue *argv, TwValue kwnames) {
    TwPattern *po = TW_OBJ(argv[0], TwPattern);
    TwValue text = argv[1];
    if (!tw_isinstance_type(text, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "expected string or bytes-like object, got '%T'", text);
    }
    int len;
    int r = match_at_start(po, text, &len);
    if (r == -3) {
        return TW_NULL;
    }
    if (r < 0) {
        return TW_NONE;
    }
    TwMatch *m = (TwMatch *)tw_gc_alloc(&match_type, sizeof(TwMatch));
    if (!m) {
        return TW_NULL;
    }
    m->string = text;
    m->start = 0;
    m->end = r;
    return tw_from_obj(m);
}

static TwValue pattern_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwPattern *po = TW_OBJ(argv[0], TwPattern);
    if (po->flags & TW_RE_IGNORECASE) {
        return tw_str_fmt("re.compile(%R, re.IGNORECASE)", po->pattern);
    }
    return tw_str_fmt("re.compile(%R)", po->pattern);
}

static TwValue pattern_eq(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_type(argv[1], &pattern_type)) {
        return TW_NOTIMPL;
    }
    TwPattern *a = TW_OBJ(argv[0], TwPattern), *b = TW_OBJ(argv[1], TwPattern);
    return tw_bool(a->flags == b->flags && tw_str_eq(a->pattern, b->pattern));
}

static TwValue pattern_hash(int argc, TwValue *argv, TwValue kwnames) {
    TwPattern *po = TW_OBJ(argv[0], TwPattern);
    int64_t h = tw_str_hash(po->pattern) ^ (int64_t)po->flags;
    return tw_int_from_i64(h == -1 ? -2 : h);
}

static TwValue pattern_get_pattern(TwValue self) {
    return TW_OBJ(self, TwPattern)->pattern;
}
static TwValue pattern_get_flags(TwValue self) {
    return tw_from_small_int(TW_OBJ(self, TwPattern)->flags);
}

static TwValue match_text(TwMatch *m) {
    TwValue s = m->string;
    size_t a = tw_str_offset(s, (size_t)m->start), b = tw_str_offset(s, (size_t)m->end);
    return tw_str_new(tw_str_data(s) + a, b - a);
}

static TwValue match_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwMatch *m = TW_OBJ(argv[0], TwMatch);
    TwValue t = match_text(m);
    return t ? tw_str_fmt("<re.Match object; span=(%lld, %lld), match=%R>", (long long)m->start,
                          (long long)m->end, t)
             : TW_NULL;
}

static TwValue match_group(int argc, TwValue *argv, TwValue kwnames) {
    if (argc > 1 && !(tw_is_int(argv[1]) && tw_as_int(argv[1]) == 0)) {
        return tw_error(&tw_type_IndexError, "no such group");
    }
    return match_text(TW_OBJ(argv[0], TwMatch));
}

static TwValue match_span(int argc, TwValue *argv, TwValue kwnames) {
    TwMatch *m = TW_OBJ(argv[0], TwMatch);
    return tw_tuple_pack(2, tw_from_small_int(m->start), tw_from_small_int(m->end));
}

static TwValue match_start(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(TW_OBJ(argv[0], TwMatch)->start);
}

static TwValue match_end(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(TW_OBJ(argv[0], TwMatch)->end);
}

static const TwMethodDef pattern_methods[] = {
    {"match", pattern_match, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", pattern_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", pattern_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", pattern_hash, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, NULL},
    {"flags", pattern_get_flags, NULL},
    {NULL, NULL, NULL},
};
static const TwMethodDef match_methods[] = {
    {"__repr__", match_repr, 1, 1, TW_BUILTIN_METHOD},
    {"group", match_group, 1, 2, TW_BUILTIN_METHOD},
    {"span", match_span, 1, 1, TW_BUILTIN_METHOD},
    {"start", match_start, 1, 1, TW_BUILTIN_METHOD},
    {"end", match_end, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

void tw_warn_regex_init(void) {
    tw_type_init_builtin(&pattern_type, "Pattern", &tw_type_object);
    tw_type_add_methods(&pattern_type, pattern_methods);
    tw_type_add_getsets(&pattern_type, pattern_getsets);
    re_error_type.basic_size = tw_type_Exception.basic_size;
    re_error_type.dict_offset = tw_type_Exception.dict_offset;
    re_error_type.trace = tw_type_Exception.trace;
    re_error_type.finalize = tw_type_Exception.finalize;
    tw_type_init_builtin(&re_error_type, "error", &tw_type_Exception);
    tw_type_init_builtin(&match_type, "Match", &tw_type_object);
    tw_type_add_methods(&match_type, match_methods);
    TwValue re = tw_str_intern_c("re");
    if (tw_dict_set_c(tw_from_obj(pattern_type.dict), "__module__", re) < 0 ||
        tw_dict_set_c(tw_from_obj(match_type.dict), "__module__", re) < 0 ||
        tw_dict_set_c(tw_from_obj(re_error_type.dict), "__module__", re) < 0) {
        tw_error_clear();
    }
}
