// The match statement (PEP 634). Each case runs its pattern against a copy of the subject
// (the last case against the subject itself); a pattern is a run of tests that either
// falls through (matched) or jumps to a failure label.
//
// While a pattern runs, the values it captures wait on the stack, and are stored into
// their names only once the whole pattern has matched (so a failed case binds nothing):
//
//     [ ... | captures: newest deepest, first on top | on_top working items | subject ]
//
// A failure must pop every capture and working item, so a pattern keeps one label per
// stack height: fail[i] pops i items and falls into fail[i - 1], down to fail[0], the next
// case (or the next alternative of an or-pattern). The code shapes follow CPython 3.11's
// (MATCH_* opcodes, GET_LEN, the same evaluation order and error positions: a compile
// error is reported at the pattern compiled last, as CPython's "current location" is).
#include <stdlib.h>

#include "compile_int.h"

typedef struct Pat {
    TwValue *stores;            // names captured so far, in capture order (AST strings)
    int nstores, capstores;
    int *fail;                  // fail[i]: label that pops i items then fails; -1 unused
    int nfail;
    int on_top;                 // items above the captures that a failure must pop
    bool allow_irrefutable;     // may this pattern always match (last case, guard)?
} Pat;

static void pat_free(Pat *pc) {
    free(pc->stores);
    free(pc->fail);
    pc->stores = NULL;
    pc->fail = NULL;
    pc->nstores = pc->capstores = pc->nfail = 0;
}

static TwPos cur_pos(Compiler *c) {
    TwPosition *l = &c->u->loc;
    TwPos p = {l->line, l->col, l->end_line, l->end_col};
    return p;
}

static bool has_store(const TwValue *names, int n, TwValue name) {
    for (int i = 0; i < n; i++) {
        if (tw_str_eq(names[i], name)) {
            return true;
        }
    }
    return false;
}

static int push_store(Pat *pc, TwValue name) {
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        TwValue *p = realloc(pc->stores, (size_t)cap * sizeof(TwValue));
        if (!p) {
            tw_error_nomem();
            return -1;
        }
        pc->stores = p;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static bool is_wildcard(const TwPattern *p) {
    return p->kind == TW_PAT_AS && !p->u.as.pattern && !p->u.as.name;
}

// Move the top of the stack down to depth n (1 = top), the items above it moving up.
static int rotate(Compiler *c, int n) {
    for (; n > 1; n--) {
        if (cc_emit(c, OP_SWAP, n) < 0) {
            return -1;
        }
    }
    return 0;
}

// The label that pops `pops` items and then fails.
static int fail_label(Compiler *c, Pat *pc, int pops) {
    if (pops >= pc->nfail) {
        int *p = realloc(pc->fail, (size_t)(pops + 1) * sizeof(int));
        if (!p) {
            tw_error_nomem();
            return -1;
        }
        pc->fail = p;
        for (int i = pc->nfail; i <= pops; i++) {
            pc->fail[i] = -1;
        }
        pc->nfail = pops + 1;
    }
    if (pc->fail[pops] < 0) {
        pc->fail[pops] = cc_new_label(c);
    }
    return pc->fail[pops];
}

// Emit a jump (conditional or not) that fails the pattern from the current stack height.
static int jump_to_fail(Compiler *c, Pat *pc, int op) {
    int label = fail_label(c, pc, pc->on_top + pc->nstores);
    if (label < 0) {
        return -1;
    }
    return cc_emit(c, op, label);
}

// The failure path: fail[n-1] .. fail[1] each pop one item, fail[0] is what follows.
static int emit_fails(Compiler *c, Pat *pc) {
    for (int i = pc->nfail - 1; i >= 0; i--) {
        if (pc->fail[i] >= 0) {
            cc_bind(c, pc->fail[i]);
        }
        if (i > 0 && cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    free(pc->fail);
    pc->fail = NULL;
    pc->nfail = 0;
    return 0;
}

// Capture the top of the stack into `name` (TW_NULL: the wildcard, just pop it).
static int store_name(Compiler *c, Pat *pc, TwValue name) {
    if (!name) {
        return cc_emit(c, OP_POP_TOP, 0);
    }
    if (tw_str_eq_c(name, "__debug__")) {
        cc_error(c, cur_pos(c), "cannot assign to __debug__");
        return -1;
    }
    if (has_store(pc->stores, pc->nstores, name)) {
        cc_error(c, cur_pos(c), "multiple assignments to name %R in pattern", name);
        return -1;
    }
    // under the working items and the earlier captures
    if (rotate(c, pc->on_top + pc->nstores + 1) < 0) {
        return -1;
    }
    return push_store(pc, name);
}

static int pattern(Compiler *c, TwPattern *p, Pat *pc);

// A pattern nested in another: irrefutable ones are always fine there.
static int subpattern(Compiler *c, TwPattern *p, Pat *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

// ---------------------------------------------------------------- the pattern kinds

static int pattern_as(Compiler *c, TwPattern *p, Pat *pc) {
    TwValue name = p->u.as.name;
    if (!p->u.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (name) {
                cc_error(c, cur_pos(c), "name capture %R makes remaining patterns unreachable", name);
            } else {
                cc_error(c, cur_pos(c), "wildcard makes remaining patterns unreachable");
            }
            return -1;
        }
        return store_name(c, pc, name);
    }
    // p as name: match a copy, keep the subject for the name
    pc->on_top++;
    if (cc_emit(c, OP_COPY, 1) < 0 || pattern(c, p->u.as.pattern, pc) < 0) {
        return -1;
    }
    pc->on_top--;
    return store_name(c, pc, name);
}

// [a, b, *c, d] with a wildcard star: index the subject (from the end after the star).
static int sequence_subscr(Compiler *c, TwPatternList *l, int star, Pat *pc) {
    int n = l->n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        TwPattern *q = l->items[i];
        if (i == star || is_wildcard(q)) {
            continue;
        }
        if (cc_emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        if (i < star) {
            if (cc_load_const(c, tw_from_small_int(i)) < 0) {
                return -1;
            }
        } else if (cc_emit(c, OP_GET_LEN, 0) < 0 || cc_load_const(c, tw_from_small_int(n - i)) < 0 ||
                   cc_emit(c, OP_BINARY_OP, TW_OP_SUB) < 0) {
            return -1;
        }
        if (cc_emit(c, OP_BINARY_SUBSCR, 0) < 0 || subpattern(c, q, pc) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    return cc_emit(c, OP_POP_TOP, 0);
}

static int pattern_sequence(Compiler *c, TwPattern *p, Pat *pc) {
    TwPatternList *l = &p->u.sequence.patterns;
    int n = l->n, star = -1;
    bool only_wildcards = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        TwPattern *q = l->items[i];
        if (q->kind == TW_PAT_STAR) {
            if (star >= 0) {
                cc_error(c, cur_pos(c), "multiple starred names in sequence pattern");
                return -1;
            }
            star = i;
            star_wildcard = !q->u.star.name;
            only_wildcards &= star_wildcard;
        } else {
            only_wildcards &= is_wildcard(q);
        }
    }
    // The subject stays during the type and length checks.
    pc->on_top++;
    if (cc_emit(c, OP_MATCH_SEQUENCE, 0) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (star < 0 || n > 1) {
        // len(subject) == n, or >= n - 1 with a star
        if (cc_emit(c, OP_GET_LEN, 0) < 0 || cc_load_const(c, tw_from_small_int(star < 0 ? n : n - 1)) < 0 ||
            cc_emit(c, OP_COMPARE_OP, star < 0 ? TW_CMP_EQ : TW_CMP_GE) < 0 ||
            jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
            return -1;
        }
    }
    pc->on_top--;
    if (only_wildcards) {
        return cc_emit(c, OP_POP_TOP, 0);
    }
    if (star_wildcard) {
        return sequence_subscr(c, l, star, pc);
    }
    if (star < 0) {
        if (cc_emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
            return -1;
        }
    } else {
        int after = n - star - 1;
        if (star >= 256 || after >= (1 << 16)) {
            cc_error(c, cur_pos(c), "too many expressions in star-unpacking sequence pattern");
            return -1;
        }
        if (cc_emit(c, OP_UNPACK_EX, star | (after << 8)) < 0) {
            return -1;
        }
    }
    // the items, first on top: each sub-pattern consumes one
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (subpattern(c, l->items[i], pc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int pattern_mapping(Compiler *c, TwPattern *p, Pat *pc) {
    TwExprList *keys = &p->u.mapping.keys;
    TwPatternList *pats = &p->u.mapping.patterns;
    TwValue rest = p->u.mapping.rest;
    int n = keys->n;
    pc->on_top++;
    if (cc_emit(c, OP_MATCH_MAPPING, 0) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
        return -1;
    }
    if (n == 0 && !rest) {
        pc->on_top--;
        return cc_emit(c, OP_POP_TOP, 0);   // {} matches any mapping
    }
    if (n > 0) {
        if (cc_emit(c, OP_GET_LEN, 0) < 0 || cc_load_const(c, tw_from_small_int(n)) < 0 ||
            cc_emit(c, OP_COMPARE_OP, TW_CMP_GE) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE) < 0) {
            return -1;
        }
    }
    // The keys tuple: literal keys are checked for repeats now, value keys (a.b) at run time.
    TwValue seen = cc_keep(c, tw_set_new(&tw_type_set));
    TwValue consts = seen ? cc_keep(c, tw_tuple_new((size_t)n)) : TW_NULL;
    if (!consts) {
        return -1;
    }
    bool all_const = true;
    for (int i = 0; i < n; i++) {
        TwValue k = keys->items[i]->kind == TW_EXPR_ATTRIBUTE ? TW_NULL : cc_fold(c, keys->items[i]);
        if (!k) {
            all_const = false;
            continue;
        }
        int dup = tw_set_contains(seen, k);
        if (dup < 0 || (!dup && tw_set_add(seen, k) < 0)) {
            return -1;
        }
        if (dup) {
            cc_error(c, cur_pos(c), "mapping pattern checks duplicate key (%R)", k);
            return -1;
        }
        tw_tuple_items(consts)[i] = k;
    }
    if (all_const) {
        if (cc_load_const(c, consts) < 0) {
            return -1;
        }
    } else if (cc_exprs(c, keys) < 0 || cc_emit(c, OP_BUILD_TUPLE, n) < 0) {
        return -1;
    }
    // (subject keys -- subject keys values|None)
    if (cc_emit(c, OP_MATCH_KEYS, 0) < 0) {
        return -1;
    }
    pc->on_top += 2;
    if (cc_emit(c, OP_COPY, 1) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_NONE) < 0 ||
        cc_emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (subpattern(c, pats->items[i], pc) < 0) {
            return -1;
        }
    }
    pc->on_top -= 2;
    if (!rest) {
        if (cc_emit(c, OP_POP_TOP, 0) < 0 || cc_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
        return 0;
    }
    // **rest: a copy of the subject without the matched keys
    if (cc_emit(c, OP_BUILD_MAP, 0) < 0 || cc_emit(c, OP_SWAP, 3) < 0 || cc_emit(c, OP_DICT_UPDATE, 2) < 0 ||
        cc_emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
        return -1;
    }
    for (int k = n; k > 0; k--) {
        // (copy key_k .. key_1 -- copy key_k .. key_2), del copy[key_1]
        if (cc_emit(c, OP_COPY, k + 1) < 0 || cc_emit(c, OP_SWAP, 2) < 0 || cc_emit(c, OP_DELETE_SUBSCR, 0) < 0) {
            return -1;
        }
    }
    return store_name(c, pc, rest);
}

static int pattern_class(Compiler *c, TwPattern *p, Pat *pc) {
    TwPatternList *args = &p->u.cls.patterns, *kwps = &p->u.cls.kwd_patterns;
    int nargs = args->n, nkw = p->u.cls.nkwd;
    TwValue *attrs = p->u.cls.kwd_attrs;
    for (int i = 0; i < nkw; i++) {
        cc_set_loc(c, kwps->items[i]->pos);
        if (tw_str_eq_c(attrs[i], "__debug__")) {
            cc_error(c, cur_pos(c), "cannot assign to __debug__");
            return -1;
        }
        for (int j = i + 1; j < nkw; j++) {
            if (tw_str_eq(attrs[i], attrs[j])) {
                cc_set_loc(c, kwps->items[j]->pos);
                cc_error(c, cur_pos(c), "attribute name repeated in class pattern: %U", attrs[i]);
                return -1;
            }
        }
    }
    cc_set_loc(c, p->pos);
    TwValue kwnames = cc_keep(c, tw_tuple_from((size_t)nkw, attrs));
    if (!kwnames || cc_expr(c, p->u.cls.cls) < 0 || cc_load_const(c, kwnames) < 0 ||
        cc_emit(c, OP_MATCH_CLASS, nargs) < 0) {
        return -1;
    }
    // (attrs|None): positional then keyword attribute values
    pc->on_top++;
    if (cc_emit(c, OP_COPY, 1) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_NONE) < 0 ||
        cc_emit(c, OP_UNPACK_SEQUENCE, nargs + nkw) < 0) {
        return -1;
    }
    pc->on_top += nargs + nkw - 1;
    for (int i = 0; i < nargs + nkw; i++) {
        TwPattern *q = i < nargs ? args->items[i] : kwps->items[i - nargs];
        pc->on_top--;
        if (is_wildcard(q) ? cc_emit(c, OP_POP_TOP, 0) < 0 : subpattern(c, q, pc) < 0) {
            return -1;
        }
    }
    return 0;
}

// Put the captures of an alternative (its names in `a`, first on top) in the order of
// `control`, the first alternative's, by exchanging two stack items at a time.
static int reorder_captures(Compiler *c, Pat *a, const TwValue *control) {
    int n = a->nstores;
    TwValue *cur = a->stores;   // cur[d - 1] is the name at depth d
    for (int t = 1; t <= n; t++) {
        int d = t;
        while (!tw_str_eq(cur[d - 1], control[t - 1])) {
            d++;
        }
        if (d == t) {
            continue;
        }
        // exchange depths t and d: SWAP d alone when t is the top
        if ((t > 1 && cc_emit(c, OP_SWAP, t) < 0) || cc_emit(c, OP_SWAP, d) < 0 ||
            (t > 1 && cc_emit(c, OP_SWAP, t) < 0)) {
            return -1;
        }
        TwValue x = cur[t - 1];
        cur[t - 1] = cur[d - 1];
        cur[d - 1] = x;
    }
    return 0;
}

static int pattern_or(Compiler *c, TwPattern *p, Pat *pc) {
    TwPatternList *alts = &p->u.or.patterns;
    int end = cc_new_label(c);
    if (end < 0) {
        return -1;
    }
    TwValue *control = NULL;    // the names the first alternative binds
    int ncontrol = 0, result = -1;
    for (int i = 0; i < alts->n; i++) {
        // Each alternative matches a copy of the subject, with its own captures and
        // failure labels; on success they sit above the subject.
        TwPattern *alt = alts->items[i];
        Pat a = {0};
        a.allow_irrefutable = i == alts->n - 1 && pc->allow_irrefutable;
        cc_set_loc(c, alt->pos);
        if (cc_emit(c, OP_COPY, 1) < 0 || pattern(c, alt, &a) < 0) {
            pat_free(&a);
            goto done;
        }
        if (i == 0) {
            control = a.stores;
            ncontrol = a.nstores;
            a.stores = NULL;
        } else {
            bool same = a.nstores == ncontrol;
            for (int k = 0; same && k < ncontrol; k++) {
                same = has_store(a.stores, a.nstores, control[k]);
            }
            if (!same) {
                cc_error(c, cur_pos(c), "alternative patterns bind different names");
                pat_free(&a);
                goto done;
            }
            if (reorder_captures(c, &a, control) < 0) {
                pat_free(&a);
                goto done;
            }
        }
        int r = cc_emit(c, PSEUDO_JUMP, end) < 0 || emit_fails(c, &a) < 0 ? -1 : 0;
        pat_free(&a);
        if (r < 0) {
            goto done;
        }
    }
    // No alternative matched: drop the subject and fail.
    if (cc_emit(c, OP_POP_TOP, 0) < 0 || jump_to_fail(c, pc, PSEUDO_JUMP) < 0) {
        goto done;
    }
    cc_bind(c, end);
    // [captures | working items | subject | the alternative's captures]: move each of
    // those under the others, in order, to join the pattern's captures.
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        if (rotate(c, nrots) < 0) {
            goto done;
        }
        if (has_store(pc->stores, pc->nstores, control[i])) {
            cc_error(c, cur_pos(c), "multiple assignments to name %R in pattern", control[i]);
            goto done;
        }
        if (push_store(pc, control[i]) < 0) {
            goto done;
        }
    }
    result = cc_emit(c, OP_POP_TOP, 0);   // the subject
done:
    free(control);
    return result;
}

static int pattern(Compiler *c, TwPattern *p, Pat *pc) {
    cc_set_loc(c, p->pos);
    switch (p->kind) {
    case TW_PAT_VALUE:
        // subject == value
        if (cc_expr(c, p->u.value.value) < 0 || cc_emit(c, OP_COMPARE_OP, TW_CMP_EQ) < 0) {
            return -1;
        }
        return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    case TW_PAT_SINGLETON:
        // subject is None/True/False
        if (cc_load_const(c, p->u.singleton.value) < 0 || cc_emit(c, OP_IS_OP, 0) < 0) {
            return -1;
        }
        return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    case TW_PAT_SEQUENCE:
        return pattern_sequence(c, p, pc);
    case TW_PAT_MAPPING:
        return pattern_mapping(c, p, pc);
    case TW_PAT_CLASS:
        return pattern_class(c, p, pc);
    case TW_PAT_STAR:
        return store_name(c, pc, p->u.star.name);
    case TW_PAT_AS:
        return pattern_as(c, p, pc);
    case TW_PAT_OR:
        return pattern_or(c, p, pc);
    }
    return 0;
}

// ---------------------------------------------------------------- the statement

int cc_match(Compiler *c, TwStmt *s) {
    if (cc_expr(c, s->u.match.subject) < 0) {
        return -1;
    }
    int end = cc_new_label(c);
    if (end < 0) {
        return -1;
    }
    TwMatchCaseList *cases = &s->u.match.cases;
    int n = cases->n;
    TwMatchCase *last = cases->items[n - 1];
    // A trailing `case _:` needs no subject: it runs when every other case failed.
    bool has_default = n > 1 && is_wildcard(last->pattern);
    int ntested = n - has_default;
    for (int i = 0; i < ntested; i++) {
        TwMatchCase *m = cases->items[i];
        bool keep = i != ntested - 1;   // later cases need the subject too
        cc_set_loc(c, m->pattern->pos);
        if (keep && cc_emit(c, OP_COPY, 1) < 0) {
            return -1;
        }
        Pat pc = {0};
        pc.allow_irrefutable = m->guard != NULL || i == n - 1;
        if (pattern(c, m->pattern, &pc) < 0) {
            pat_free(&pc);
            return -1;
        }
        // Matched: bind the captures (the first one is on top).
        for (int k = 0; k < pc.nstores; k++) {
            if (cc_nameop(c, pc.stores[k], TW_CTX_STORE) < 0) {
                pat_free(&pc);
                return -1;
            }
        }
        pc.nstores = 0;
        int r = 0;
        if (m->guard) {
            int label = fail_label(c, &pc, 0);
            r = label < 0 ? -1 : cc_jump_if(c, m->guard, label, false);
        }
        if (r < 0 || (keep && cc_emit(c, OP_POP_TOP, 0) < 0) || cc_stmts(c, &m->body) < 0 ||
            cc_emit_noline(c, PSEUDO_JUMP, end) < 0) {
            pat_free(&pc);
            return -1;
        }
        // The failure path belongs to the pattern's line, not the body's last one.
        cc_set_loc(c, m->pattern->pos);
        r = emit_fails(c, &pc);
        pat_free(&pc);
        if (r < 0) {
            return -1;
        }
    }
    if (has_default) {
        cc_set_loc(c, last->pattern->pos);
        if (cc_emit(c, OP_NOP, 0) < 0) {
            return -1;
        }
        if (last->guard && cc_jump_if(c, last->guard, end, false) < 0) {
            return -1;
        }
        if (cc_stmts(c, &last->body) < 0) {
            return -1;
        }
    }
    cc_bind(c, end);
    return 0;
}
