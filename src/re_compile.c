// The regular-expression compiler: the tree of re_parse.c to the program re_exec.c runs.
//
// Instructions (int32 words; targets are absolute word indexes):
//   MATCH                         success (FULL mode also needs the end of the subject)
//   CHAR c | NOT_CHAR c           one char equal / not equal to c
//   CHAR_I k a | NOT_CHAR_I k a   the same under case folding (k = folded c, a = ASCII-only)
//   ANY | ANY_ALL                 any char but '\n' / any char
//   CLASS i                       a char in prog->classes[i]
//   AT kind flags                 an anchor (^ $ \A \Z \b \B)
//   JMP t                         go to t
//   SPLIT t1 t2                   try t1, on failure t2
//   SAVE slot                     record the position in capture slot `slot`
//   REPEAT1 min max mode next <item>  repeat the one-char item (1-3 words) that follows
//   REP_INIT r                    start repeat r (counter and last position saved)
//   REP_LOOP r min max mode exit  one more iteration of the body that follows, or exit
//   LOOK mode width cont <sub> LOOK_END     lookahead/lookbehind; cont follows LOOK_END
//   ATOMIC cont <sub> ATOMIC_END  atomic group (and possessive repeats)
//   BACKREF g flags               the text of group g again
//   GROUP_EXISTS g t              go on if group g matched, else go to t
// It also works out what makes searches fast: an anchored start, the set of bytes a
// match can start with, and a literal prefix.
#include <stdlib.h>

#include "re_int.h"
#include "text.h"

typedef struct Comp {
    TwReProg *prog;
    int cap, ccap;
    bool failed;
} Comp;

// ---------------------------------------------------------------- chars

uint32_t tw_re_fold(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    if (ascii) {
        return c;
    }
    return tw_unicode_simple_case(tw_unicode_simple_case(c, TW_CASE_UPPER), TW_CASE_LOWER);
}

bool tw_re_is_word(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (ascii) {
        return false;
    }
    return (tw_unicode_flags(c) & (TW_UC_ALPHA | TW_UC_DECIMAL | TW_UC_DIGIT | TW_UC_NUMERIC)) != 0;
}

static bool is_digit_cat(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return !ascii && tw_unicode_is(c, TW_UC_DECIMAL);
}

static bool is_space_cat(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
    }
    return !ascii && tw_unicode_is(c, TW_UC_SPACE);
}

static bool class_raw(const TwReClass *cl, uint32_t c) {
    int lo = 0, hi = cl->nranges - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < cl->ranges[2 * mid]) {
            hi = mid - 1;
        } else if (c > cl->ranges[2 * mid + 1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    uint8_t cats = cl->cats;
    if (cats) {
        if ((cats & TW_RE_CAT_DIGIT) && is_digit_cat(c, cl->ascii)) {
            return true;
        }
        if ((cats & TW_RE_CAT_NOT_DIGIT) && !is_digit_cat(c, cl->ascii)) {
            return true;
        }
        if ((cats & TW_RE_CAT_SPACE) && is_space_cat(c, cl->ascii)) {
            return true;
        }
        if ((cats & TW_RE_CAT_NOT_SPACE) && !is_space_cat(c, cl->ascii)) {
            return true;
        }
        if ((cats & TW_RE_CAT_WORD) && tw_re_is_word(c, cl->ascii)) {
            return true;
        }
        if ((cats & TW_RE_CAT_NOT_WORD) && !tw_re_is_word(c, cl->ascii)) {
            return true;
        }
    }
    return false;
}

bool tw_re_class_has(const TwReClass *cl, uint32_t c) {
    if (c < 256) {
        return (cl->bitmap[c >> 5] >> (c & 31)) & 1;
    }
    bool r = class_raw(cl, c) || (cl->icase && class_raw(cl, tw_re_fold(c, cl->ascii)));
    return r != cl->negate;
}

// ---------------------------------------------------------------- emitting

static int emit(Comp *c, int32_t w) {
    TwReProg *p = c->prog;
    if (p->ncode == c->cap) {
        int cap = c->cap ? c->cap * 2 : 64;
        int32_t *code = realloc(p->code, (size_t)cap * sizeof *code);
        if (!code) {
            c->failed = true;
            return -1;
        }
        p->code = code;
        c->cap = cap;
    }
    p->code[p->ncode] = w;
    return p->ncode++;
}

static int here(Comp *c) {
    return c->prog->ncode;
}

static void patch(Comp *c, int at, int32_t w) {
    if (!c->failed) {
        c->prog->code[at] = w;
    }
}

// ---------------------------------------------------------------- classes

typedef struct RangeList {
    uint32_t *r;   // pairs
    int n, cap;
} RangeList;

static bool ranges_add(RangeList *l, uint32_t lo, uint32_t hi) {
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        uint32_t *r = realloc(l->r, (size_t)cap * 2 * sizeof *r);
        if (!r) {
            return false;
        }
        l->r = r;
        l->cap = cap;
    }
    l->r[2 * l->n] = lo;
    l->r[2 * l->n + 1] = hi;
    l->n++;
    return true;
}

static int cmp_range(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void ranges_normalize(RangeList *l) {
    if (l->n == 0) {
        return;
    }
    qsort(l->r, (size_t)l->n, 2 * sizeof(uint32_t), cmp_range);
    int o = 0;
    for (int i = 1; i < l->n; i++) {
        uint32_t lo = l->r[2 * i], hi = l->r[2 * i + 1];
        if (lo <= l->r[2 * o + 1] + 1) {
            if (hi > l->r[2 * o + 1]) {
                l->r[2 * o + 1] = hi;
            }
        } else {
            o++;
            l->r[2 * o] = lo;
            l->r[2 * o + 1] = hi;
        }
    }
    l->n = o + 1;
}

static int add_class(Comp *c, const ReClassItem *items, int nitems, bool negate, uint8_t flags, bool is_bytes) {
    TwReProg *p = c->prog;
    if (p->nclasses == c->ccap) {
        int cap = c->ccap ? c->ccap * 2 : 8;
        TwReClass *cl = realloc(p->classes, (size_t)cap * sizeof *cl);
        if (!cl) {
            c->failed = true;
            return -1;
        }
        p->classes = cl;
        c->ccap = cap;
    }
    TwReClass *cl = &p->classes[p->nclasses];
    memset(cl, 0, sizeof *cl);
    cl->negate = negate;
    cl->icase = (flags & RN_F_ICASE) != 0;
    cl->ascii = (flags & RN_F_ASCII) != 0;
    RangeList l = {0};
    bool ok = true;
    for (int i = 0; i < nitems && ok; i++) {
        if (items[i].cat) {
            cl->cats |= (uint8_t)items[i].lo;
        } else {
            ok = ranges_add(&l, items[i].lo, items[i].hi);
        }
    }
    if (cl->icase && ok) {
        int n = l.n;
        for (int i = 0; i < n && ok; i++) {
            uint32_t lo = l.r[2 * i], hi = l.r[2 * i + 1];
            for (uint32_t ch = lo; ok && ch <= hi; ch++) {
                uint32_t f = tw_re_fold(ch, cl->ascii);
                if (f != ch && (f < lo || f > hi)) {
                    ok = ranges_add(&l, f, f);
                }
                if (ch == 0xFFFFFFFFu) {
                    break;
                }
            }
        }
    }
    if (!ok) {
        free(l.r);
        c->failed = true;
        return -1;
    }
    ranges_normalize(&l);
    cl->ranges = l.r;
    cl->nranges = l.n;
    p->nclasses++;
    for (uint32_t ch = 0; ch < 256; ch++) {
        bool r = class_raw(cl, ch) || (cl->icase && class_raw(cl, tw_re_fold(ch, cl->ascii || is_bytes)));
        if (r != negate) {
            cl->bitmap[ch >> 5] |= 1u << (ch & 31);
        }
    }
    return p->nclasses - 1;
}

// ---------------------------------------------------------------- the tree walk

static bool cased(uint32_t ch, bool ascii) {
    if (ch < 0x80) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
    return !ascii && (tw_re_fold(ch, false) != ch || tw_unicode_is(ch, TW_UC_CASED));
}

// The node itself, with one-kid sequences looked through.
static ReNode *simplify(ReNode *n) {
    while (n && n->kind == RN_CAT && n->nkids == 1) {
        n = n->kids[0];
    }
    return n;
}

static bool is_single(const ReNode *n) {
    return n->kind == RN_CHAR || n->kind == RN_NOTCHAR || n->kind == RN_ANY || n->kind == RN_CLASS;
}

static void comp_single(Comp *c, ReNode *n, bool is_bytes) {
    bool icase = (n->flags & RN_F_ICASE) != 0, ascii = (n->flags & RN_F_ASCII) != 0;
    switch (n->kind) {
    case RN_CHAR:
    case RN_NOTCHAR:
        if (icase && cased(n->c, ascii)) {
            emit(c, n->kind == RN_CHAR ? RE_OP_CHAR_I : RE_OP_NOT_CHAR_I);
            emit(c, (int32_t)tw_re_fold(n->c, ascii));
            emit(c, ascii);
        } else {
            emit(c, n->kind == RN_CHAR ? RE_OP_CHAR : RE_OP_NOT_CHAR);
            emit(c, (int32_t)n->c);
        }
        break;
    case RN_ANY:
        emit(c, (n->flags & RN_F_DOTALL) ? RE_OP_ANY_ALL : RE_OP_ANY);
        break;
    default: {
        int idx = add_class(c, n->items, n->nitems, n->negate, n->flags, is_bytes);
        n->c = (uint32_t)idx;   // for first_bytes
        emit(c, RE_OP_CLASS);
        emit(c, idx);
        break;
    }
    }
}

static void comp_node(Comp *c, ReNode *n, bool is_bytes);

static void comp_repeat(Comp *c, ReNode *n, bool is_bytes) {
    ReNode *body = simplify(n->kids[0]);
    if (n->mode == RN_POSSESSIVE) {
        // (?>x*) : an atomic group around the greedy repeat
        emit(c, RE_OP_ATOMIC);
        int cont = emit(c, 0);
        n->mode = RN_GREEDY;
        comp_repeat(c, n, is_bytes);
        n->mode = RN_POSSESSIVE;
        emit(c, RE_OP_ATOMIC_END);
        patch(c, cont, here(c));
        return;
    }
    if (n->min == 1 && n->max == 1) {
        comp_node(c, body, is_bytes);
        return;
    }
    if (body->kind == RN_EMPTY || (body->kind == RN_CAT && body->nkids == 0)) {
        return;
    }
    if (is_single(body)) {
        emit(c, RE_OP_REPEAT1);
        emit(c, (int32_t)n->min);
        emit(c, (int32_t)n->max);
        emit(c, n->mode);
        int next = emit(c, 0);
        comp_single(c, body, is_bytes);
        patch(c, next, here(c));
        return;
    }
    int r = c->prog->nregs++;
    emit(c, RE_OP_REP_INIT);
    emit(c, r);
    int loop = emit(c, RE_OP_REP_LOOP);
    emit(c, r);
    emit(c, (int32_t)n->min);
    emit(c, (int32_t)n->max);
    emit(c, n->mode);
    int exit = emit(c, 0);
    comp_node(c, body, is_bytes);
    emit(c, RE_OP_JMP);
    emit(c, loop);
    patch(c, exit, here(c));
}

static void comp_node(Comp *c, ReNode *n, bool is_bytes) {
    if (c->failed) {
        return;
    }
    switch (n->kind) {
    case RN_EMPTY:
        break;
    case RN_CHAR:
    case RN_NOTCHAR:
    case RN_ANY:
    case RN_CLASS:
        comp_single(c, n, is_bytes);
        break;
    case RN_CAT:
        for (int i = 0; i < n->nkids; i++) {
            comp_node(c, n->kids[i], is_bytes);
        }
        break;
    case RN_ALT: {
        // SPLIT L1 next; L1: a; JMP end; next: SPLIT L2 next2; ... last: z; end:
        int *jumps = malloc((size_t)n->nkids * sizeof *jumps);
        if (!jumps) {
            c->failed = true;
            return;
        }
        for (int i = 0; i < n->nkids; i++) {
            int split = -1;
            if (i < n->nkids - 1) {
                emit(c, RE_OP_SPLIT);
                emit(c, here(c) + 2);
                split = emit(c, 0);
            }
            comp_node(c, n->kids[i], is_bytes);
            jumps[i] = -1;
            if (i < n->nkids - 1) {
                emit(c, RE_OP_JMP);
                jumps[i] = emit(c, 0);
                patch(c, split, here(c));
            }
        }
        for (int i = 0; i < n->nkids - 1; i++) {
            patch(c, jumps[i], here(c));
        }
        free(jumps);
        break;
    }
    case RN_GROUP:
        emit(c, RE_OP_SAVE);
        emit(c, (int32_t)(2 * n->c));
        comp_node(c, n->kids[0], is_bytes);
        emit(c, RE_OP_SAVE);
        emit(c, (int32_t)(2 * n->c + 1));
        break;
    case RN_REPEAT:
        comp_repeat(c, n, is_bytes);
        break;
    case RN_AT:
        emit(c, RE_OP_AT);
        emit(c, n->mode);
        emit(c, n->flags);
        break;
    case RN_LOOK: {
        int64_t width = 0;
        if (n->mode & RN_LOOK_BEHIND) {
            int64_t lo, hi;
            tw_re_width(n->kids[0], &lo, &hi);
            if (lo != hi) {
                tw_re_error("look-behind requires fixed-width pattern", TW_NULL, -1);
                c->failed = true;
                return;
            }
            width = lo;
        }
        emit(c, RE_OP_LOOK);
        emit(c, n->mode);
        emit(c, (int32_t)width);
        int cont = emit(c, 0);
        comp_node(c, n->kids[0], is_bytes);
        emit(c, RE_OP_LOOK_END);
        patch(c, cont, here(c));
        break;
    }
    case RN_ATOMIC: {
        emit(c, RE_OP_ATOMIC);
        int cont = emit(c, 0);
        comp_node(c, n->kids[0], is_bytes);
        emit(c, RE_OP_ATOMIC_END);
        patch(c, cont, here(c));
        break;
    }
    case RN_BACKREF:
        emit(c, RE_OP_BACKREF);
        emit(c, (int32_t)n->c);
        emit(c, n->flags);
        break;
    case RN_COND: {
        emit(c, RE_OP_GROUP_EXISTS);
        emit(c, (int32_t)n->c);
        int no = emit(c, 0);
        comp_node(c, n->kids[0], is_bytes);
        if (n->kids[1]) {
            emit(c, RE_OP_JMP);
            int end = emit(c, 0);
            patch(c, no, here(c));
            comp_node(c, n->kids[1], is_bytes);
            patch(c, end, here(c));
        } else {
            patch(c, no, here(c));
        }
        break;
    }
    default:
        break;
    }
}

// ---------------------------------------------------------------- search acceleration

static void set_byte(uint32_t *set, uint32_t b) {
    set[b >> 5] |= 1u << (b & 31);
}

static void set_lead_bytes(uint32_t *set) {
    for (uint32_t b = 0xC2; b <= 0xF4; b++) {
        set_byte(set, b);
    }
}

static void set_char(uint32_t *set, uint32_t ch, bool is_bytes) {
    if (is_bytes || ch < 0x80) {
        set_byte(set, ch & 0xFF);
    } else {
        char buf[4];
        tw_utf8_encode(ch, buf);
        set_byte(set, (uint8_t)buf[0]);
    }
}

// Add the bytes a match of n can start with; returns 1 if n can match the empty string,
// 0 if not, -1 when the set cannot be known (backreferences, conditionals, '.').
static int first_bytes(const TwReProg *prog, ReNode *n, uint32_t *set, bool is_bytes) {
    switch (n->kind) {
    case RN_EMPTY:
    case RN_AT:
    case RN_LOOK:
        return 1;
    case RN_CHAR:
        if ((n->flags & RN_F_ICASE) && cased(n->c, (n->flags & RN_F_ASCII) != 0)) {
            if (n->c < 0x80) {
                set_byte(set, n->c | 0x20);
                set_byte(set, n->c & ~0x20u);
            }
            if (!(n->flags & RN_F_ASCII) || n->c >= 0x80) {
                if (is_bytes) {
                    return -1;
                }
                set_lead_bytes(set);
            }
            return 0;
        }
        set_char(set, n->c, is_bytes);
        return 0;
    case RN_CLASS: {
        if (n->c >= (uint32_t)prog->nclasses) {
            return -1;
        }
        const TwReClass *cl = &prog->classes[n->c];
        uint32_t top = is_bytes ? 256 : 128;
        for (uint32_t ch = 0; ch < top; ch++) {
            if ((cl->bitmap[ch >> 5] >> (ch & 31)) & 1) {
                set_byte(set, ch);
            }
        }
        if (!is_bytes) {
            bool wide = cl->negate || (cl->icase && !cl->ascii) ||
                        (cl->cats & (TW_RE_CAT_NOT_DIGIT | TW_RE_CAT_NOT_SPACE | TW_RE_CAT_NOT_WORD)) ||
                        (cl->cats && !cl->ascii);
            for (int i = 0; i < cl->nranges && !wide; i++) {
                wide = cl->ranges[2 * i + 1] >= 0x80;
            }
            if (wide) {
                set_lead_bytes(set);
            }
        }
        return 0;
    }
    case RN_NOTCHAR:
    case RN_ANY:
    case RN_BACKREF:
    case RN_COND:
        return -1;
    case RN_CAT:
        for (int i = 0; i < n->nkids; i++) {
            int r = first_bytes(prog, n->kids[i], set, is_bytes);
            if (r <= 0) {
                return r;
            }
        }
        return 1;
    case RN_ALT: {
        int nullable = 0;
        for (int i = 0; i < n->nkids; i++) {
            int r = first_bytes(prog, n->kids[i], set, is_bytes);
            if (r < 0) {
                return r;
            }
            nullable |= r;
        }
        return nullable;
    }
    case RN_GROUP:
    case RN_ATOMIC:
        return first_bytes(prog, n->kids[0], set, is_bytes);
    case RN_REPEAT: {
        if (n->max == 0) {
            return 1;
        }
        int r = first_bytes(prog, n->kids[0], set, is_bytes);
        if (r < 0) {
            return r;
        }
        return n->min == 0 ? 1 : r;
    }
    default:
        return -1;
    }
}

static bool starts_anchored(ReNode *n) {
    for (;;) {
        n = simplify(n);
        if (n->kind == RN_CAT && n->nkids > 0) {
            n = n->kids[0];
            continue;
        }
        if (n->kind == RN_GROUP || n->kind == RN_ATOMIC) {
            n = n->kids[0];
            continue;
        }
        break;
    }
    return n->kind == RN_AT &&
           (n->mode == RN_AT_BEGINNING_STRING || (n->mode == RN_AT_BEGINNING && !(n->flags & RN_F_MULTILINE)));
}

static void find_prefix(TwReProg *p, ReNode *root) {
    root = simplify(root);
    if (root->kind != RN_CAT) {
        return;
    }
    uint8_t buf[64];
    size_t n = 0;
    for (int i = 0; i < root->nkids; i++) {
        ReNode *k = root->kids[i];
        if (k->kind != RN_CHAR || ((k->flags & RN_F_ICASE) && cased(k->c, (k->flags & RN_F_ASCII) != 0))) {
            break;
        }
        if (p->is_bytes) {
            if (n + 1 > sizeof buf) {
                break;
            }
            buf[n++] = (uint8_t)k->c;
        } else {
            if (n + 4 > sizeof buf) {
                break;
            }
            n += (size_t)tw_utf8_encode(k->c, (char *)buf + n);
        }
    }
    if (n >= 2) {
        p->prefix = malloc(n);
        if (p->prefix) {
            memcpy(p->prefix, buf, n);
            p->prefix_len = n;
        }
    }
}

// ---------------------------------------------------------------- entry points

void tw_re_free_prog(TwReProg *prog) {
    if (!prog) {
        return;
    }
    for (int i = 0; i < prog->nclasses; i++) {
        free(prog->classes[i].ranges);
    }
    free(prog->classes);
    free(prog->code);
    free(prog->prefix);
    free(prog);
}

TwReProg *tw_re_compile_prog(TwValue pattern, uint32_t flags, TwValue *groupindex) {
    ReTree tree;
    if (tw_re_parse(pattern, flags, &tree) < 0) {
        return NULL;
    }
    TwReProg *prog = calloc(1, sizeof *prog);
    if (!prog) {
        tw_re_tree_free(&tree);
        tw_error_nomem();
        return NULL;
    }
    prog->ngroups = tree.ngroups;
    prog->flags = tree.flags;
    prog->is_bytes = tree.is_bytes;
    Comp c = {.prog = prog};
    comp_node(&c, tree.root, tree.is_bytes);
    emit(&c, RE_OP_MATCH);
    if (!c.failed) {
        prog->anchored = starts_anchored(tree.root);
        uint32_t set[8] = {0};
        if (first_bytes(prog, tree.root, set, tree.is_bytes) == 0) {
            prog->has_first = true;
            memcpy(prog->first, set, sizeof set);
        }
        find_prefix(prog, tree.root);
    }
    tw_re_tree_free(&tree);
    if (c.failed) {
        if (!tw_error_occurred()) {
            tw_error_nomem();
        }
        tw_re_free_prog(prog);
        return NULL;
    }
    *groupindex = tree.groupindex;
    return prog;
}
