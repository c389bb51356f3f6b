// The regular-expression matcher: a backtracking interpreter of the programs re_compile.c
// makes. Every choice point, every capture or counter to restore and every lookaround
// barrier lives on an explicit, growable stack, so a pathological pattern costs memory and
// time but never C stack. Semantics follow CPython's sre: repeats of a body that matched
// the empty string stop iterating once their minimum is reached; lookarounds and atomic
// groups are atomic, positive ones keep the captures made inside them.
#include <stdlib.h>

#include "re_int.h"
#include "text.h"

enum { BT_CHOICE, BT_SLOT, BT_REG, BT_REPEAT1, BT_LAZY1, BT_REP_BODY, BT_BARRIER };
enum { BARRIER_ATOMIC = 8 };   // added to a lookaround mode for atomic groups

typedef struct Bt {
    int32_t kind;
    int32_t pc;                // resume point; BT_SLOT: the old lastindex
    int64_t pos;               // BT_REG: the old counter
    int64_t a, b;
} Bt;

typedef struct Ctx {
    const TwReProg *prog;
    const int32_t *code;
    const uint8_t *s;
    int64_t end;
    bool utf8;
    int mode;
    bool must_advance;         // reject an empty match at start0
    int64_t start0;
    int64_t *caps;
    int lastindex;
    int64_t *count, *last;     // per repeat counter
    Bt *stack;
    size_t sp, cap;
    int64_t barrier;           // index of the innermost open barrier, or -1
} Ctx;

static inline uint32_t char_at(const Ctx *x, int64_t pos, int *len) {
    uint8_t b = x->s[pos];
    if (b < 0x80 || !x->utf8) {
        *len = 1;
        return b;
    }
    return tw_utf8_decode((const char *)x->s + pos, len);
}

static inline int64_t step_back(const Ctx *x, int64_t pos) {
    pos--;
    if (x->utf8) {
        while (pos > 0 && (x->s[pos] & 0xC0) == 0x80) {
            pos--;
        }
    }
    return pos;
}

static bool grow(Ctx *x) {
    size_t cap = x->cap ? x->cap * 2 : 256;
    Bt *s = realloc(x->stack, cap * sizeof *s);
    if (!s) {
        return false;
    }
    x->stack = s;
    x->cap = cap;
    return true;
}

static inline bool push(Ctx *x, int32_t kind, int32_t pc, int64_t pos, int64_t a, int64_t b) {
    if (x->sp == x->cap && !grow(x)) {
        return false;
    }
    Bt *e = &x->stack[x->sp++];
    e->kind = kind;
    e->pc = pc;
    e->pos = pos;
    e->a = a;
    e->b = b;
    return true;
}

// Does the one-char instruction at ins match at pos? Returns the position after it or -1.
static inline int64_t one(const Ctx *x, const int32_t *ins, int64_t pos) {
    if (pos >= x->end) {
        return -1;
    }
    int len;
    uint32_t ch = char_at(x, pos, &len);
    bool ok;
    switch (ins[0]) {
    case RE_OP_CHAR:
        ok = ch == (uint32_t)ins[1];
        break;
    case RE_OP_NOT_CHAR:
        ok = ch != (uint32_t)ins[1];
        break;
    case RE_OP_CHAR_I:
        ok = tw_re_fold(ch, ins[2] != 0) == (uint32_t)ins[1];
        break;
    case RE_OP_NOT_CHAR_I:
        ok = tw_re_fold(ch, ins[2] != 0) != (uint32_t)ins[1];
        break;
    case RE_OP_ANY:
        ok = ch != '\n';
        break;
    case RE_OP_ANY_ALL:
        ok = true;
        break;
    default:   // RE_OP_CLASS
        ok = tw_re_class_has(&x->prog->classes[ins[1]], ch);
        break;
    }
    return ok ? pos + len : -1;
}

static int one_len(int32_t op) {
    return op == RE_OP_ANY || op == RE_OP_ANY_ALL ? 1 : op == RE_OP_CHAR_I || op == RE_OP_NOT_CHAR_I ? 3 : 2;
}

static bool word_before(const Ctx *x, int64_t pos, bool ascii) {
    if (pos <= 0) {
        return false;
    }
    int len;
    return tw_re_is_word(char_at(x, step_back(x, pos), &len), ascii);
}

static bool word_at(const Ctx *x, int64_t pos, bool ascii) {
    if (pos >= x->end) {
        return false;
    }
    int len;
    return tw_re_is_word(char_at(x, pos, &len), ascii);
}

static bool at(const Ctx *x, int kind, int flags, int64_t pos) {
    switch (kind) {
    case RN_AT_BEGINNING:
        return pos == 0 || ((flags & RN_F_MULTILINE) && x->s[pos - 1] == '\n');
    case RN_AT_END:
        if (flags & RN_F_MULTILINE) {
            return pos == x->end || x->s[pos] == '\n';
        }
        return pos == x->end || (pos + 1 == x->end && x->s[pos] == '\n');
    case RN_AT_BEGINNING_STRING:
        return pos == 0;
    case RN_AT_END_STRING:
        return pos == x->end;
    case RN_AT_BOUNDARY:
        if (x->end == 0) {
            return false;
        }
        return word_before(x, pos, flags & RN_F_ASCII) != word_at(x, pos, flags & RN_F_ASCII);
    default:   // RN_AT_NON_BOUNDARY
        if (x->end == 0) {
            return false;
        }
        return word_before(x, pos, flags & RN_F_ASCII) == word_at(x, pos, flags & RN_F_ASCII);
    }
}

// Group g's text again at pos: the position after it, or -1.
static int64_t backref(const Ctx *x, int g, int flags, int64_t pos) {
    int64_t a = x->caps[2 * g], b = x->caps[2 * g + 1];
    if (a < 0 || b < 0 || b < a) {
        return -1;
    }
    if (!(flags & RN_F_ICASE)) {
        if (x->end - pos < b - a || memcmp(x->s + a, x->s + pos, (size_t)(b - a)) != 0) {
            return -1;
        }
        return pos + (b - a);
    }
    bool ascii = flags & RN_F_ASCII;
    while (a < b) {
        if (pos >= x->end) {
            return -1;
        }
        int l1, l2;
        uint32_t c1 = char_at(x, a, &l1), c2 = char_at(x, pos, &l2);
        if (c1 != c2 && tw_re_fold(c1, ascii) != tw_re_fold(c2, ascii)) {
            return -1;
        }
        a += l1;
        pos += l2;
    }
    return pos;
}

// Undo entries down to (not including) index `to`, applying the restores.
static void unwind_to(Ctx *x, size_t to) {
    while (x->sp > to) {
        Bt *e = &x->stack[--x->sp];
        if (e->kind == BT_SLOT) {
            x->caps[e->a] = e->b;
            x->lastindex = e->pc;
        } else if (e->kind == BT_REG) {
            x->count[e->a] = e->pos;
            x->last[e->a] = e->b;
        }
    }
}

// A finished positive lookaround or atomic group: drop the choice points above the barrier
// at index b (and the barrier), keep the restores.
static void cut_to(Ctx *x, size_t b) {
    size_t o = b;
    for (size_t i = b + 1; i < x->sp; i++) {
        if (x->stack[i].kind == BT_SLOT || x->stack[i].kind == BT_REG) {
            x->stack[o++] = x->stack[i];
        }
    }
    x->sp = o;
}

#define FAIL() goto fail
#define PUSH(...)                          \
    do {                                   \
        if (!push(x, __VA_ARGS__)) {       \
            return -1;                     \
        }                                  \
    } while (0)

static int run(Ctx *x, int64_t pos) {
    const int32_t *code = x->code;
    int32_t pc = 0;
    for (;;) {
        const int32_t *ins = code + pc;
        switch (ins[0]) {
        case RE_OP_MATCH:
            if ((x->mode == TW_RE_MODE_FULL && pos != x->end) || (x->must_advance && pos == x->start0)) {
                FAIL();
            }
            x->caps[1] = pos;
            return 1;
        case RE_OP_CHAR: {
            if (pos >= x->end) {
                FAIL();
            }
            int len;
            if (char_at(x, pos, &len) != (uint32_t)ins[1]) {
                FAIL();
            }
            pos += len;
            pc += 2;
            break;
        }
        case RE_OP_NOT_CHAR:
        case RE_OP_CHAR_I:
        case RE_OP_NOT_CHAR_I:
        case RE_OP_ANY:
        case RE_OP_ANY_ALL:
        case RE_OP_CLASS: {
            int64_t np = one(x, ins, pos);
            if (np < 0) {
                FAIL();
            }
            pos = np;
            pc += one_len(ins[0]);
            break;
        }
        case RE_OP_AT:
            if (!at(x, ins[1], ins[2], pos)) {
                FAIL();
            }
            pc += 3;
            break;
        case RE_OP_JMP:
            pc = ins[1];
            break;
        case RE_OP_SPLIT:
            PUSH(BT_CHOICE, ins[2], pos, 0, 0);
            pc = ins[1];
            break;
        case RE_OP_SAVE: {
            int slot = ins[1];
            PUSH(BT_SLOT, x->lastindex, 0, slot, x->caps[slot]);
            x->caps[slot] = pos;
            if (slot & 1) {
                x->lastindex = slot / 2;
            }
            pc += 2;
            break;
        }
        case RE_OP_REPEAT1: {
            uint32_t min = (uint32_t)ins[1], max = (uint32_t)ins[2];
            const int32_t *item = ins + 5;
            int64_t count = 0;
            if (ins[3] == RN_LAZY) {
                while ((uint64_t)count < min) {
                    int64_t np = one(x, item, pos);
                    if (np < 0) {
                        FAIL();
                    }
                    pos = np;
                    count++;
                }
                if ((uint64_t)count < max) {
                    PUSH(BT_LAZY1, pc, pos, count, 0);
                }
                pc = ins[4];
                break;
            }
            int64_t start = pos;
            if (item[0] == RE_OP_ANY_ALL && !x->utf8) {
                int64_t avail = x->end - pos;
                count = (uint64_t)avail < max ? avail : (int64_t)max;
                pos += count;
            } else {
                while ((uint64_t)count < max) {
                    int64_t np = one(x, item, pos);
                    if (np < 0) {
                        break;
                    }
                    pos = np;
                    count++;
                }
            }
            if ((uint64_t)count < min) {
                FAIL();
            }
            if ((uint64_t)count > min) {
                PUSH(BT_REPEAT1, pc, pos, count, start);
            }
            pc = ins[4];
            break;
        }
        case RE_OP_REP_INIT: {
            int r = ins[1];
            PUSH(BT_REG, 0, x->count[r], r, x->last[r]);
            x->count[r] = 0;
            x->last[r] = -1;
            pc += 2;
            break;
        }
        case RE_OP_REP_LOOP: {
            // As sre's MAX_UNTIL / MIN_UNTIL: the first `min` iterations always run; after
            // that another one only starts where the previous optional one did not.
            int r = ins[1];
            uint32_t min = (uint32_t)ins[2], max = (uint32_t)ins[3];
            int64_t c = x->count[r];
            if ((uint64_t)c < min) {
                PUSH(BT_REG, 0, c, r, x->last[r]);
                x->count[r] = c + 1;
                pc += 6;
            } else if (ins[4] != RN_GREEDY) {
                PUSH(BT_REP_BODY, pc, pos, 0, 0);
                pc = ins[5];
            } else if ((uint64_t)c < max && pos != x->last[r]) {
                PUSH(BT_CHOICE, ins[5], pos, 0, 0);
                PUSH(BT_REG, 0, c, r, x->last[r]);
                x->count[r] = c + 1;
                x->last[r] = pos;
                pc += 6;
            } else {
                pc = ins[5];
            }
            break;
        }
        case RE_OP_LOOK: {
            int mode = ins[1];
            int64_t width = ins[2];
            int64_t target = pos;
            if (mode & RN_LOOK_BEHIND) {
                for (int64_t i = 0; i < width; i++) {
                    if (target <= 0) {
                        target = -1;
                        break;
                    }
                    target = step_back(x, target);
                }
                if (target < 0) {
                    if (mode & RN_LOOK_NEG) {
                        pc = ins[3];
                        break;
                    }
                    FAIL();
                }
            }
            PUSH(BT_BARRIER, ins[3], pos, mode, x->barrier);
            x->barrier = (int64_t)x->sp - 1;
            pos = target;
            pc += 4;
            break;
        }
        case RE_OP_ATOMIC:
            PUSH(BT_BARRIER, ins[1], pos, BARRIER_ATOMIC, x->barrier);
            x->barrier = (int64_t)x->sp - 1;
            pc += 2;
            break;
        case RE_OP_LOOK_END:
        case RE_OP_ATOMIC_END: {
            size_t b = (size_t)x->barrier;
            Bt e = x->stack[b];
            x->barrier = e.b;
            if (e.a & RN_LOOK_NEG) {
                unwind_to(x, b);   // the negative lookaround's subpattern matched: it fails
                FAIL();
            }
            cut_to(x, b);
            if (ins[0] == RE_OP_LOOK_END) {
                pos = e.pos;
            }
            pc = e.pc;
            break;
        }
        case RE_OP_BACKREF: {
            int64_t np = backref(x, ins[1], ins[2], pos);
            if (np < 0) {
                FAIL();
            }
            pos = np;
            pc += 3;
            break;
        }
        case RE_OP_GROUP_EXISTS: {
            int g = ins[1];
            bool ok = g < x->prog->ngroups && x->caps[2 * g] >= 0 && x->caps[2 * g + 1] >= 0;
            pc = ok ? pc + 3 : ins[2];
            break;
        }
        default:
            return 0;
        }
        continue;
    fail:
        for (;;) {
            if (x->sp == 0) {
                return 0;
            }
            Bt *e = &x->stack[x->sp - 1];
            switch (e->kind) {
            case BT_SLOT:
                x->caps[e->a] = e->b;
                x->lastindex = e->pc;
                x->sp--;
                continue;
            case BT_REG:
                x->count[e->a] = e->pos;
                x->last[e->a] = e->b;
                x->sp--;
                continue;
            case BT_CHOICE:
                pc = e->pc;
                pos = e->pos;
                x->sp--;
                goto resume;
            case BT_REPEAT1: {
                const int32_t *rins = code + e->pc;
                uint32_t min = (uint32_t)rins[1];
                const int32_t *next = code + rins[4];
                int64_t count = e->a - 1;
                int64_t p = x->utf8 ? step_back(x, e->pos) : e->pos - 1;
                if (next[0] == RE_OP_CHAR && (uint32_t)next[1] < 0x80) {
                    // skip positions where the following literal cannot match
                    uint8_t want = (uint8_t)next[1];
                    while ((uint64_t)count > min && (p >= x->end || x->s[p] != want)) {
                        p = x->utf8 ? step_back(x, p) : p - 1;
                        count--;
                    }
                }
                if ((uint64_t)count > min) {
                    e->a = count;
                    e->pos = p;
                } else {
                    x->sp--;
                }
                pos = p;
                pc = rins[4];
                goto resume;
            }
            case BT_LAZY1: {
                const int32_t *rins = code + e->pc;
                uint32_t max = (uint32_t)rins[2];
                int64_t np = one(x, rins + 5, e->pos);
                if (np < 0) {
                    x->sp--;
                    continue;
                }
                int64_t count = e->a + 1;
                if ((uint64_t)count < max) {
                    e->a = count;
                    e->pos = np;
                } else {
                    x->sp--;
                }
                pos = np;
                pc = rins[4];
                goto resume;
            }
            case BT_REP_BODY: {
                const int32_t *rins = code + e->pc;
                int r = rins[1];
                uint32_t max = (uint32_t)rins[3];
                int64_t c = x->count[r];
                int64_t p = e->pos;
                x->sp--;
                if ((uint64_t)c >= max || p == x->last[r]) {
                    continue;
                }
                pos = p;
                pc = e->pc + 6;
                PUSH(BT_REG, 0, c, r, x->last[r]);
                x->count[r] = c + 1;
                x->last[r] = pos;
                goto resume;
            }
            default: {   // BT_BARRIER: the lookaround's subpattern failed
                x->barrier = e->b;
                x->sp--;
                if ((e->a & RN_LOOK_NEG) && e->a != BARRIER_ATOMIC) {
                    pos = e->pos;
                    pc = e->pc;
                    goto resume;
                }
                continue;
            }
            }
        }
    resume:;
    }
}

static int64_t next_start(const TwReProg *prog, const Ctx *x, int64_t start) {
    if (prog->prefix) {
        if (x->end - start < (int64_t)prog->prefix_len) {
            return -1;
        }
        int64_t hit = tw_text_find((const char *)x->s + start, (size_t)(x->end - start), (const char *)prog->prefix,
                                   prog->prefix_len);
        return hit < 0 ? -1 : start + hit;
    }
    if (prog->has_first) {
        const uint32_t *f = prog->first;
        while (start < x->end && !((f[x->s[start] >> 5] >> (x->s[start] & 31)) & 1)) {
            start++;
        }
        return start < x->end ? start : -1;
    }
    return start;
}

int tw_re_exec(const TwReProg *prog, const TwReSubject *subj, int64_t start, int mode, int64_t *caps,
               int *lastindex) {
    Ctx x = {0};
    x.prog = prog;
    x.code = prog->code;
    x.s = subj->data;
    x.end = subj->end;
    x.utf8 = subj->utf8;
    x.must_advance = (mode & TW_RE_MUST_ADVANCE) != 0;
    x.start0 = start;
    mode &= 3;
    x.mode = mode;
    x.caps = caps;
    int64_t regs_local[32];
    int64_t *regs = regs_local;
    if (prog->nregs > 16) {
        regs = malloc((size_t)prog->nregs * 2 * sizeof *regs);
        if (!regs) {
            tw_error_nomem();
            return -1;
        }
    }
    x.count = regs;
    x.last = regs + prog->nregs;
    int result = 0;
    int ncaps = 2 * prog->ngroups;
    for (;;) {
        if (mode == TW_RE_MODE_SEARCH && !prog->anchored) {
            start = next_start(prog, &x, start);
            if (start < 0) {
                break;
            }
        }
        for (int i = 0; i < ncaps; i++) {
            caps[i] = -1;
        }
        caps[0] = start;
        x.lastindex = -1;
        x.sp = 0;
        x.barrier = -1;
        int r = run(&x, start);
        x.must_advance = false;   // only the first attempt must advance
        if (r != 0) {
            result = r;
            break;
        }
        if (mode != TW_RE_MODE_SEARCH || prog->anchored || start >= x.end) {
            break;
        }
        int len;
        char_at(&x, start, &len);
        start += len;
    }
    if (result > 0) {
        *lastindex = x.lastindex;
    } else if (result < 0) {
        tw_error_nomem();
    }
    free(x.stack);
    if (regs != regs_local) {
        free(regs);
    }
    return result;
}
