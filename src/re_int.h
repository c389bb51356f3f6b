// Private interface of the regular-expression engine between re_parse.c (pattern -> tree)
// and re_compile.c (tree -> TwReProg). Nothing else includes it.
#ifndef TW_RE_INT_H
#define TW_RE_INT_H

#include "re.h"

typedef enum {
    RN_EMPTY,
    RN_CHAR,      // c
    RN_NOTCHAR,   // [^c]
    RN_ANY,       // .
    RN_CLASS,     // items, negate
    RN_CAT,       // kids in sequence
    RN_ALT,       // kids as alternatives
    RN_GROUP,     // capturing group c around kids[0]
    RN_REPEAT,    // kids[0]{min,max}, mode RN_GREEDY/RN_LAZY/RN_POSSESSIVE
    RN_AT,        // an anchor, mode RN_AT_*
    RN_LOOK,      // lookaround kids[0]; mode bits RN_LOOK_BEHIND, RN_LOOK_NEG
    RN_ATOMIC,    // (?>kids[0])
    RN_BACKREF,   // group c
    RN_COND,      // (?(c)kids[0]|kids[1]); kids[1] may be NULL
} ReNodeKind;

enum { RN_GREEDY, RN_LAZY, RN_POSSESSIVE };
enum { RN_LOOK_BEHIND = 1, RN_LOOK_NEG = 2 };
enum {
    RN_AT_BEGINNING,          // ^
    RN_AT_END,                // $
    RN_AT_BEGINNING_STRING,   // \A
    RN_AT_END_STRING,         // \Z
    RN_AT_BOUNDARY,           // \b
    RN_AT_NON_BOUNDARY,       // \B
};
// The flags a node was parsed under (scoped flags applied).
enum { RN_F_ICASE = 1, RN_F_ASCII = 2, RN_F_MULTILINE = 4, RN_F_DOTALL = 8 };

typedef struct ReClassItem {
    bool cat;                 // a category (lo is a TW_RE_CAT_* bit), else the range lo..hi
    uint32_t lo, hi;
} ReClassItem;

typedef struct ReNode ReNode;
struct ReNode {
    uint8_t kind, flags, mode;
    uint32_t c;
    uint32_t min, max;
    ReNode **kids;
    int nkids, capkids;
    ReClassItem *items;
    int nitems;
    bool negate;
    ReNode *ref;              // RN_BACKREF: the group node referred to (widths)
    bool width_done;
    int64_t wmin, wmax;       // width in chars (CPython's getwidth), once width_done
};

// A parsed pattern: the tree lives in an arena freed with re_tree_free.
typedef struct ReTree {
    ReNode *root;
    int ngroups;              // group 0 included
    uint32_t flags;           // the final flags
    bool is_bytes;
    TwValue groupindex;       // dict
    void *arena;
} ReTree;

// The instructions of a program (described in re_compile.c).
enum {
    RE_OP_MATCH, RE_OP_CHAR, RE_OP_NOT_CHAR, RE_OP_CHAR_I, RE_OP_NOT_CHAR_I, RE_OP_ANY, RE_OP_ANY_ALL,
    RE_OP_CLASS, RE_OP_AT, RE_OP_JMP, RE_OP_SPLIT, RE_OP_SAVE, RE_OP_REPEAT1, RE_OP_REP_INIT, RE_OP_REP_LOOP,
    RE_OP_LOOK, RE_OP_LOOK_END, RE_OP_ATOMIC, RE_OP_ATOMIC_END, RE_OP_BACKREF, RE_OP_GROUP_EXISTS,
};

int tw_re_parse(TwValue pattern, uint32_t flags, ReTree *out) TW_RAISES;
void tw_re_tree_free(ReTree *t);
// The width of a node, as CPython's SubPattern.getwidth (capped at MAXREPEAT).
void tw_re_width(ReNode *n, int64_t *lo, int64_t *hi);

#endif
