// The regular-expression engine behind the `re` module: a parser (re_parse.c) that turns
// a pattern into a tree and checks it with CPython's messages, a compiler (re_compile.c)
// from the tree to a small program, and a backtracking matcher (re_exec.c) that runs the
// program over the UTF-8 bytes of a str (or the bytes of a bytes object) with an explicit
// stack, so that no pattern can overflow the C stack. mod_re.c builds the Pattern and
// Match objects and the module functions on top, and the warnings module compiles its
// filter patterns with it.
//
// Positions inside the engine are byte offsets. For str subjects a "char" is a code point
// (decoded on the fly from UTF-8); for bytes subjects and pure-ASCII strs it is one byte.
#ifndef TW_RE_H
#define TW_RE_H

#include "obj.h"

// The flags of re (CPython's SRE_FLAG_*).
enum {
    TW_RE_TEMPLATE = 1,
    TW_RE_IGNORECASE = 2,
    TW_RE_LOCALE = 4,
    TW_RE_MULTILINE = 8,
    TW_RE_DOTALL = 16,
    TW_RE_UNICODE = 32,
    TW_RE_VERBOSE = 64,
    TW_RE_DEBUG = 128,
    TW_RE_ASCII = 256,
};
#define TW_RE_MAXREPEAT 4294967295u   // _sre.MAXREPEAT: "unbounded"
#define TW_RE_MAXGROUPS 1073741823    // _sre.MAXGROUPS

// ---- the program ----
// Instructions are int32 words: an opcode followed by its operands (see re_compile.c).
typedef struct TwReClass {
    uint32_t bitmap[8];      // the answer for chars 0..255 (negation and case folding included)
    uint32_t *ranges;        // sorted, disjoint [lo, hi] pairs (folded variants added)
    int nranges;
    uint8_t cats;            // TW_RE_CAT_* bits: \d \D \s \S \w \W inside the class
    bool negate;
    bool icase;              // also try the case-folded char
    bool ascii;              // categories and folding are ASCII-only
} TwReClass;
enum {
    TW_RE_CAT_DIGIT = 1, TW_RE_CAT_NOT_DIGIT = 2, TW_RE_CAT_SPACE = 4, TW_RE_CAT_NOT_SPACE = 8,
    TW_RE_CAT_WORD = 16, TW_RE_CAT_NOT_WORD = 32,
};

typedef struct TwReProg {
    int32_t *code;
    int ncode;
    TwReClass *classes;
    int nclasses;
    int ngroups;             // capturing groups, group 0 included
    int nregs;               // repeat counters
    uint32_t flags;          // the final flags (inline ones included, UNICODE added for str)
    bool is_bytes;
    // search acceleration
    bool anchored;           // can only match at the real start (\A, or ^ without MULTILINE)
    bool has_first;          // first[] lists every byte a match can start with
    uint32_t first[8];
    uint8_t *prefix;         // a literal every match starts with (bytes), or NULL
    size_t prefix_len;
    TwValue groupindex;      // dict: name -> group number (kept alive by the Pattern)
} TwReProg;

// Parse and compile `pattern` (str or bytes) with `flags`. Returns a malloc'd program, or
// NULL with re.error (or OverflowError/ValueError/...) set. *groupindex gets the dict of
// named groups.
TwReProg *tw_re_compile_prog(TwValue pattern, uint32_t flags, TwValue *groupindex) TW_RAISES;
void tw_re_free_prog(TwReProg *prog);

// ---- matching ----
typedef struct TwReSubject {
    const uint8_t *data;
    int64_t size;            // bytes in the whole subject
    int64_t end;             // endpos as a byte offset: the subject ends here for matching
    bool utf8;               // multi-byte chars possible (a non-ASCII str)
} TwReSubject;

enum { TW_RE_MODE_MATCH, TW_RE_MODE_FULL, TW_RE_MODE_SEARCH, TW_RE_MUST_ADVANCE = 4 };
// Run prog on subj from byte offset `start`: anchored there (MATCH), also required to end
// at subj->end (FULL), or trying every later start too (SEARCH); with TW_RE_MUST_ADVANCE
// added, an empty match at `start` itself does not count (after an empty match). On a match, returns 1 and
// fills caps[2*ngroups] with byte offsets (-1 for groups that did not take part) and
// *lastindex (-1 when no group closed). Returns 0 for no match, -1 with MemoryError set.
int tw_re_exec(const TwReProg *prog, const TwReSubject *subj, int64_t start, int mode, int64_t *caps,
               int *lastindex) TW_RAISES;

// ---- replacement templates (re_parse.c) ----
// A template of sub() / expand(): literal pieces (offsets into lit) and group references.
typedef struct ReTplItem {
    int32_t group;           // -1: the literal lit[off .. off+len)
    uint32_t off, len;
} ReTplItem;
typedef struct ReTemplate {
    ReTplItem *items;
    int nitems, cap;
    TwBuf lit;               // UTF-8 (str templates) or raw bytes
    bool literal_only;
} ReTemplate;
// Parse `tpl` (str or bytes) for a pattern with ngroups groups (group 0 not counted) and
// the named groups of the dict groupindex, with CPython's errors. 0 or -1.
int tw_re_parse_template(TwValue tpl, int64_t ngroups, TwValue groupindex, ReTemplate *t) TW_RAISES;
void tw_re_template_free(ReTemplate *t);

// ---- errors ----
// Raise re.error(msg, pattern, pos); pos < 0 for none.
TwValue tw_re_error(const char *msg, TwValue pattern, int64_t pos) TW_RAISES;
extern TwType tw_type_re_error;

// ---- the objects (mod_re.c), also for warnings.c ----
// re.compile(pattern, flags) through the cache.
TwValue tw_re_compile(TwValue pattern, int64_t flags) TW_RAISES;
bool tw_re_is_pattern(TwValue v);
// pattern.match(text) as a truth value: 1 match, 0 none, -1 error.
int tw_re_match_bool(TwValue pattern, TwValue text) TW_RAISES;
// re.escape(s) for a str.
TwValue tw_re_escape_str(TwValue s) TW_RAISES;

// ---- helpers shared by the re files ----
// Case folding for IGNORECASE: chars that are equal under it have equal keys. ascii: only
// A-Z/a-z fold (bytes patterns, re.ASCII).
uint32_t tw_re_fold(uint32_t c, bool ascii);
bool tw_re_class_has(const TwReClass *cl, uint32_t c);
bool tw_re_is_word(uint32_t c, bool ascii);

#endif
