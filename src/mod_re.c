// The `_re` module behind lib/re.py: re.Pattern and re.Match (as CPython's _sre objects),
// re.error, the pattern cache, and the module functions (compile, match, search, sub,
// split, findall, finditer, escape, purge). Matching itself is re_exec.c. Positions are
// code point indexes in Python and byte offsets in the engine; a PosMap converts between
// the two incrementally, so that scanning a long non-ASCII string stays linear.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "modules.h"
#include "obj_type.h"
#include "re.h"
#include "text.h"
#include "vm.h"
#include "warnings.h"

typedef struct TwRePattern {
    TwObject hdr;
    TwValue pattern;      // str or bytes, as given
    TwValue groupindex;   // dict: name -> number
    TwValue indexgroup;   // tuple: number -> name or None (lastgroup)
    int64_t flags;
    TwReProg *prog;
} TwRePattern;

typedef struct TwReMatch {
    TwObject hdr;
    TwValue string;       // the subject as given
    TwValue pattern;      // the Pattern
    int64_t pos, endpos;  // as given, clamped (code points)
    int32_t lastindex;    // -1: none
    int32_t ngroups;      // group 0 included
    int64_t spans[];      // 2*ngroups code point offsets (-1 unmatched), then 2*ngroups byte offsets
} TwReMatch;

// A subject being matched: the engine's view plus what converting positions needs.
typedef struct Subject {
    TwReSubject s;
    TwValue obj;          // the object given
    TwValue keep;         // a bytes copy of a bytearray (the engine reads it)
    bool is_str;
    int64_t length;       // in chars
} Subject;

typedef struct PosMap {
    const uint8_t *s;
    bool ascii;
    int64_t byte, idx;
} PosMap;

typedef struct TwReScanner {
    TwObject hdr;
    TwValue pattern;
    TwValue string;
    Subject subj;
    PosMap pm;
    int64_t pos_b, pos_c;   // where the next match starts
    int64_t endpos_c;
    int64_t given_pos;      // pos as given (clamped), for the matches' .pos
    bool must_advance, done;
} TwReScanner;

static TwType pattern_type, match_type, scanner_type;
TwType tw_type_re_error;
static TwValue cache;     // dict (type, pattern, flags) -> Pattern
static bool types_ready;
static void types_init(void);

static TwRePattern *P(TwValue v) {
    return TW_OBJ(v, TwRePattern);
}
static TwReMatch *M(TwValue v) {
    return TW_OBJ(v, TwReMatch);
}

// ---------------------------------------------------------------- re.error

TwValue tw_re_error(const char *msg, TwValue pattern, int64_t pos) {
    types_init();
    TwValue m = tw_str_from_c(msg);
    if (!m) {
        return TW_NULL;
    }
    TwValue args[3] = {m, pattern ? pattern : TW_NONE, pos >= 0 ? tw_from_small_int(pos) : TW_NONE};
    TwValue exc = tw_call(tw_from_obj(&tw_type_re_error), 3, args, TW_NULL);
    return exc ? tw_raise(exc) : TW_NULL;
}

// error(msg, pattern=None, pos=None): "msg at position N (line L, column C)".
static TwValue error_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"msg", "pattern", "pos"};
    TwValue a[3];
    if (tw_parse_args("error", argc - 1, argv + 1, kwnames, names, 3, 0, 3, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue self = argv[0];
    TwValue msg = a[0], pattern = a[1] ? a[1] : TW_NONE, pos = a[2] ? a[2] : TW_NONE;
    TwValue lineno = TW_NONE, colno = TW_NONE, full = msg;
    if (pattern != TW_NONE && pos != TW_NONE) {
        int64_t p;
        if (tw_int_as_i64(pos, &p) < 0) {
            return TW_NULL;
        }
        full = tw_str_fmt("%S at position %lld", msg, (long long)p);
        if (!full) {
            return TW_NULL;
        }
        // line and column of pos, counted in chars of the pattern
        int64_t line = 1, col = 0, i = 0;
        bool has_nl = false;
        if (tw_isinstance_type(pattern, &tw_type_str)) {
            const char *s = tw_str_data(pattern);
            size_t n = tw_str_size(pattern), b = 0;
            int64_t last_nl = -1;
            while (b < n) {
                int len;
                uint32_t c = tw_utf8_decode(s + b, &len);
                if (c == '\n') {
                    has_nl = true;
                    if (i < p) {
                        line++;
                        last_nl = i;
                    }
                }
                b += (size_t)len;
                i++;
            }
            col = p - last_nl;
        } else {
            const uint8_t *d;
            size_t n;
            if (tw_bytes_view(pattern, &d, &n)) {
                int64_t last_nl = -1;
                for (size_t k = 0; k < n; k++) {
                    if (d[k] == '\n') {
                        has_nl = true;
                        if ((int64_t)k < p) {
                            line++;
                            last_nl = (int64_t)k;
                        }
                    }
                }
                col = p - last_nl;
            }
        }
        lineno = tw_from_small_int(line);
        colno = tw_from_small_int(col);
        if (has_nl) {
            full = tw_str_fmt("%U (line %lld, column %lld)", full, (long long)line, (long long)col);
            if (!full) {
                return TW_NULL;
            }
        }
    }
    TwValue args = tw_tuple_pack(1, full);
    if (!args) {
        return TW_NULL;
    }
    TW_OBJ(self, TwException)->args = args;
    if (tw_setattr(self, tw_str_intern_c("msg"), msg) < 0 || tw_setattr(self, tw_str_intern_c("pattern"), pattern) < 0 ||
        tw_setattr(self, tw_str_intern_c("pos"), pos) < 0 || tw_setattr(self, tw_str_intern_c("lineno"), lineno) < 0 ||
        tw_setattr(self, tw_str_intern_c("colno"), colno) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

// ---------------------------------------------------------------- subjects and positions

static int64_t pm_index(PosMap *m, int64_t off) {
    if (m->ascii || off < 0) {
        return off;
    }
    if (off >= m->byte) {
        m->idx += (int64_t)tw_utf8_count((const char *)m->s + m->byte, (size_t)(off - m->byte));
    } else {
        m->idx -= (int64_t)tw_utf8_count((const char *)m->s + off, (size_t)(m->byte - off));
    }
    m->byte = off;
    return m->idx;
}

static TwValue type_error_subject(TwValue v) {
    return tw_error(&tw_type_TypeError, "expected string or bytes-like object, got '%T'", v);
}

// Set up the subject `string` for the pattern; checks the str/bytes kinds agree.
static int get_subject(TwRePattern *po, TwValue string, Subject *out) {
    memset(out, 0, sizeof *out);
    out->obj = string;
    if (tw_isinstance_type(string, &tw_type_str)) {
        if (po->prog->is_bytes) {
            tw_error(&tw_type_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        out->is_str = true;
        out->s.data = (const uint8_t *)tw_str_data(string);
        out->s.size = (int64_t)tw_str_size(string);
        out->length = (int64_t)tw_str_length(string);
        out->s.utf8 = out->length != out->s.size;
    } else {
        const uint8_t *d;
        size_t n;
        if (!tw_bytes_view(string, &d, &n)) {
            type_error_subject(string);
            return -1;
        }
        if (!po->prog->is_bytes) {
            tw_error(&tw_type_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        if (!tw_isinstance_type(string, &tw_type_bytes)) {
            out->keep = tw_bytes_new(d, n);   // a bytearray may change under a callback
            if (!out->keep) {
                return -1;
            }
            d = TW_OBJ(out->keep, TwBytes)->data;
        }
        out->s.data = d;
        out->s.size = (int64_t)n;
        out->length = (int64_t)n;
    }
    out->s.end = out->s.size;
    return 0;
}

// Byte offset of char index i (0 <= i <= length).
static int64_t subject_offset(const Subject *sj, int64_t i) {
    if (!sj->s.utf8) {
        return i;
    }
    return (int64_t)tw_str_offset(sj->obj, (size_t)i);
}

static int64_t clamp(int64_t v, int64_t len) {
    return v < 0 ? 0 : v > len ? len : v;
}

// pos/endpos arguments (TW_NULL when absent) to clamped char indexes and byte offsets.
static int subject_range(Subject *sj, TwValue posv, TwValue endv, int64_t *pos_c, int64_t *end_c, int64_t *pos_b) {
    int64_t pos = 0, end = sj->length;
    if (posv && tw_index_as_ssize(posv, &pos) < 0) {
        return -1;
    }
    if (endv && tw_index_as_ssize(endv, &end) < 0) {
        return -1;
    }
    pos = clamp(pos, sj->length);
    end = clamp(end, sj->length);
    *pos_c = pos;
    *end_c = end;
    sj->s.end = subject_offset(sj, end);
    *pos_b = subject_offset(sj, pos);
    return 0;
}

// ---------------------------------------------------------------- match objects

static void match_trace(TwObject *self) {
    TwReMatch *m = (TwReMatch *)self;
    tw_gc_mark(m->string);
    tw_gc_mark(m->pattern);
}

static TwValue match_new(TwValue pattern, const Subject *sj, const int64_t *caps, int lastindex, int64_t pos,
                         int64_t endpos, PosMap *pm) {
    int ng = P(pattern)->prog->ngroups;
    TwReMatch *m = (TwReMatch *)tw_gc_alloc(&match_type, sizeof(TwReMatch) + (size_t)ng * 4 * sizeof(int64_t));
    if (!m) {
        return TW_NULL;
    }
    m->string = sj->obj;
    m->pattern = pattern;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    m->ngroups = ng;
    int64_t *chars = m->spans, *bytes = m->spans + 2 * ng;
    for (int i = 0; i < 2 * ng; i++) {
        int64_t a = caps[2 * (i / 2)], b = caps[2 * (i / 2) + 1];
        bool unset = a < 0 || b < 0;
        bytes[i] = unset ? -1 : caps[i];
    }
    for (int g = 0; g < ng; g++) {
        if (bytes[2 * g] < 0) {
            chars[2 * g] = chars[2 * g + 1] = -1;
        } else {
            chars[2 * g] = pm_index(pm, bytes[2 * g]);
            chars[2 * g + 1] = pm_index(pm, bytes[2 * g + 1]);
        }
    }
    return tw_from_obj(m);
}

// The text of group g (matched), as the subject's type (str, bytes or bytearray).
static TwValue match_slice(TwReMatch *m, int g) {
    int64_t *chars = m->spans, *bytes = m->spans + 2 * m->ngroups;
    TwValue s = m->string;
    if (tw_isinstance_type(s, &tw_type_str)) {
        int64_t a = bytes[2 * g], b = bytes[2 * g + 1];
        if (b < a) {
            return tw_str_new("", 0);
        }
        return tw_str_new_len(tw_str_data(s) + a, (size_t)(b - a), (size_t)(chars[2 * g + 1] - chars[2 * g]));
    }
    const uint8_t *d;
    size_t n;
    tw_bytes_view(s, &d, &n);
    int64_t a = clamp(chars[2 * g], (int64_t)n), b = clamp(chars[2 * g + 1], (int64_t)n);
    if (b < a) {
        b = a;
    }
    return tw_bytes_new(d + a, (size_t)(b - a));   // bytes for any bytes-like subject, as CPython
}

static TwValue match_group_value(TwReMatch *m, int g, TwValue dflt) {
    if (m->spans[2 * g] < 0) {
        return dflt;
    }
    return match_slice(m, g);
}

// A group argument (int-like or a name) to its number; IndexError "no such group".
static int group_index(TwReMatch *m, TwValue g) {
    int64_t i = -1;
    if (tw_is_intlike(g)) {
        if (!tw_int_to_i64(g, &i)) {
            i = -1;
        }
    } else if (tw_is_str(g) || tw_isinstance_type(g, &tw_type_str)) {
        TwValue v = TW_NULL;
        if (tw_dict_lookup(P(m->pattern)->groupindex, g, &v) < 0) {
            return -1;
        }
        if (v) {
            i = tw_as_int(v);
        }
    } else {
        TwValue idx = tw_type_lookup(tw_type_of(g), TW_NAME(__index__));
        if (idx) {
            if (tw_index_as_ssize(g, &i) < 0) {
                return -1;
            }
        }
    }
    if (i < 0 || i >= m->ngroups) {
        tw_error(&tw_type_IndexError, "no such group");
        return -1;
    }
    return (int)i;
}

static TwValue m_group(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    if (argc <= 2) {
        int g = argc == 1 ? 0 : group_index(m, argv[1]);
        return g < 0 ? TW_NULL : match_group_value(m, g, TW_NONE);
    }
    TwValue t = tw_tuple_new((size_t)(argc - 1));
    if (!t) {
        return TW_NULL;
    }
    for (int i = 1; i < argc; i++) {
        int g = group_index(m, argv[i]);
        TwValue v = g < 0 ? TW_NULL : match_group_value(m, g, TW_NONE);
        if (!v) {
            return TW_NULL;
        }
        tw_tuple_items(t)[i - 1] = v;
    }
    return t;
}

static TwValue m_getitem(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    int g = group_index(m, argv[1]);
    return g < 0 ? TW_NULL : match_group_value(m, g, TW_NONE);
}

static TwValue default_arg(const char *fname, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"default"};
    TwValue a[1];
    if (tw_parse_args(fname, argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    return a[0] ? a[0] : TW_NONE;
}

static TwValue m_groups(int argc, TwValue *argv, TwValue kwnames) {
    TwValue dflt = default_arg("groups", argc, argv, kwnames);
    if (!dflt) {
        return TW_NULL;
    }
    TwReMatch *m = M(argv[0]);
    TwValue t = tw_tuple_new((size_t)(m->ngroups - 1));
    if (!t) {
        return TW_NULL;
    }
    for (int g = 1; g < m->ngroups; g++) {
        TwValue v = match_group_value(m, g, dflt);
        if (!v) {
            return TW_NULL;
        }
        tw_tuple_items(t)[g - 1] = v;
    }
    return t;
}

static TwValue m_groupdict(int argc, TwValue *argv, TwValue kwnames) {
    TwValue dflt = default_arg("groupdict", argc, argv, kwnames);
    if (!dflt) {
        return TW_NULL;
    }
    TwReMatch *m = M(argv[0]);
    TwValue d = tw_dict_new();
    if (!d) {
        return TW_NULL;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(P(m->pattern)->groupindex, &pos, &k, &v)) {
        TwValue x = match_group_value(m, (int)tw_as_int(v), dflt);
        if (!x || tw_dict_set(d, k, x) < 0) {
            return TW_NULL;
        }
    }
    return d;
}

static int group_arg(const char *fname, int argc, TwValue *argv, TwReMatch *m) {
    if (tw_check_args(fname, argc - 1, 0, 1) < 0) {
        return -1;
    }
    return argc > 1 ? group_index(m, argv[1]) : 0;
}

static TwValue m_start(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    int g = group_arg("start", argc, argv, m);
    return g < 0 ? TW_NULL : tw_int_from_i64(m->spans[2 * g]);
}

static TwValue m_end(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    int g = group_arg("end", argc, argv, m);
    return g < 0 ? TW_NULL : tw_int_from_i64(m->spans[2 * g + 1]);
}

static TwValue span_tuple(TwReMatch *m, int g) {
    return tw_tuple_pack(2, tw_int_from_i64(m->spans[2 * g]), tw_int_from_i64(m->spans[2 * g + 1]));
}

static TwValue m_span(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    int g = group_arg("span", argc, argv, m);
    return g < 0 ? TW_NULL : span_tuple(m, g);
}

// Expand a parsed template for match m into b (str or bytes text).
static int expand_into(TwBuf *b, const ReTemplate *t, TwReMatch *m) {
    for (int i = 0; i < t->nitems; i++) {
        const ReTplItem *it = &t->items[i];
        if (it->group < 0) {
            if (tw_buf_append(b, t->lit.data + it->off, it->len) < 0) {
                return -1;
            }
            continue;
        }
        if (it->group >= m->ngroups) {
            tw_re_error("invalid group reference", TW_NULL, -1);
            return -1;
        }
        if (m->spans[2 * it->group] < 0) {
            continue;
        }
        TwValue s = match_slice(m, it->group);
        if (!s) {
            return -1;
        }
        if (tw_is_str(s)) {
            if (tw_buf_append(b, tw_str_data(s), tw_str_size(s)) < 0) {
                return -1;
            }
        } else {
            const uint8_t *d;
            size_t n;
            tw_bytes_view(s, &d, &n);
            if (tw_buf_append(b, (const char *)d, n) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static TwValue buf_result(TwBuf *b, bool is_str) {
    if (is_str) {
        return tw_buf_to_str(b);
    }
    TwValue r = tw_bytes_new(b->data ? b->data : "", b->size);
    tw_buf_free(b);
    return r;
}

static int template_type_check(TwValue tpl, bool is_bytes) {
    if (is_bytes) {
        if (!tw_bytes_view(tpl, &(const uint8_t *){0}, &(size_t){0})) {
            tw_error(&tw_type_TypeError, "expected a bytes-like object, %T found", tpl);
            return -1;
        }
    } else if (!tw_isinstance_type(tpl, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "expected str instance, %T found", tpl);
        return -1;
    }
    return 0;
}

static TwValue m_expand(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    TwRePattern *po = P(m->pattern);
    if (template_type_check(argv[1], po->prog->is_bytes) < 0) {
        return TW_NULL;
    }
    ReTemplate t;
    if (tw_re_parse_template(argv[1], po->prog->ngroups - 1, po->groupindex, &t) < 0) {
        return TW_NULL;
    }
    TwBuf b;
    tw_buf_init(&b);
    int rc = expand_into(&b, &t, m);
    tw_re_template_free(&t);
    if (rc < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return buf_result(&b, !po->prog->is_bytes);
}

// repr(v) cut to at most n code points, as CPython's %.<n>R.
static TwValue repr_cut(TwValue v, size_t n) {
    TwValue r = tw_repr(v);
    if (!r || tw_str_length(r) <= n) {
        return r;
    }
    return tw_str_new(tw_str_data(r), tw_str_offset(r, n));
}

static TwValue m_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwReMatch *m = M(argv[0]);
    TwValue g = match_group_value(m, 0, TW_NONE);
    TwValue r = g ? repr_cut(g, 50) : TW_NULL;
    if (!r) {
        return TW_NULL;
    }
    return tw_str_fmt("<re.Match object; span=(%lld, %lld), match=%U>", (long long)m->spans[0],
                      (long long)m->spans[1], r);
}

static TwValue m_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue mg_pos(TwValue self) {
    return tw_int_from_i64(M(self)->pos);
}
static TwValue mg_endpos(TwValue self) {
    return tw_int_from_i64(M(self)->endpos);
}
static TwValue mg_lastindex(TwValue self) {
    return M(self)->lastindex < 0 ? TW_NONE : tw_from_small_int(M(self)->lastindex);
}
static TwValue mg_lastgroup(TwValue self) {
    TwReMatch *m = M(self);
    if (m->lastindex < 0) {
        return TW_NONE;
    }
    TwValue ig = P(m->pattern)->indexgroup;
    return ig && (size_t)m->lastindex < tw_tuple_size(ig) ? tw_tuple_items(ig)[m->lastindex] : TW_NONE;
}
static TwValue mg_re(TwValue self) {
    return M(self)->pattern;
}
static TwValue mg_string(TwValue self) {
    return M(self)->string;
}
static TwValue mg_regs(TwValue self) {
    TwReMatch *m = M(self);
    TwValue t = tw_tuple_new((size_t)m->ngroups);
    if (!t) {
        return TW_NULL;
    }
    for (int g = 0; g < m->ngroups; g++) {
        TwValue s = span_tuple(m, g);
        if (!s) {
            return TW_NULL;
        }
        tw_tuple_items(t)[g] = s;
    }
    return t;
}

// ---------------------------------------------------------------- running the engine

// One match attempt at byte offset start_b; returns a Match, None, or TW_NULL.
static TwValue run_once(TwValue pattern, Subject *sj, int64_t start_b, int mode, bool must_advance, int64_t pos_c,
                        int64_t endpos_c, PosMap *pm, int64_t *end_b) {
    TwRePattern *po = P(pattern);
    int ng = po->prog->ngroups;
    int64_t caps_local[32];
    int64_t *caps = ng <= 16 ? caps_local : malloc((size_t)ng * 2 * sizeof *caps);
    if (!caps) {
        return tw_error_nomem();
    }
    int lastindex;
    int r = tw_re_exec(po->prog, &sj->s, start_b, mode | (must_advance ? TW_RE_MUST_ADVANCE : 0), caps, &lastindex);
    TwValue result;
    if (r < 0) {
        result = TW_NULL;
    } else if (r == 0) {
        result = TW_NONE;
    } else {
        if (end_b) {
            end_b[0] = caps[0];
            end_b[1] = caps[1];
        }
        result = match_new(pattern, sj, caps, lastindex, pos_c, endpos_c, pm);
    }
    if (caps != caps_local) {
        free(caps);
    }
    return result;
}

static void pm_init(PosMap *pm, const Subject *sj, int64_t byte, int64_t idx) {
    pm->s = sj->s.data;
    pm->ascii = !sj->s.utf8;
    pm->byte = byte;
    pm->idx = idx;
}

static const char *const match_arg_names[] = {"string", "pos", "endpos"};

static TwValue pattern_match_mode(const char *fname, int mode, int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args(fname, argc - 1, argv + 1, kwnames, match_arg_names, 3, 0, 3, 1, a) < 0) {
        return TW_NULL;
    }
    TwRePattern *po = P(argv[0]);
    Subject sj;
    int64_t pos_c, end_c, pos_b;
    if (get_subject(po, a[0], &sj) < 0 || subject_range(&sj, a[1], a[2], &pos_c, &end_c, &pos_b) < 0) {
        return TW_NULL;
    }
    if (mode == TW_RE_MODE_SEARCH && pos_b > sj.s.end) {
        return TW_NONE;
    }
    PosMap pm;
    pm_init(&pm, &sj, pos_b, pos_c);
    return run_once(argv[0], &sj, pos_b, mode, false, pos_c, end_c, &pm, NULL);
}

static TwValue p_match(int argc, TwValue *argv, TwValue kwnames) {
    return pattern_match_mode("match", TW_RE_MODE_MATCH, argc, argv, kwnames);
}
static TwValue p_fullmatch(int argc, TwValue *argv, TwValue kwnames) {
    return pattern_match_mode("fullmatch", TW_RE_MODE_FULL, argc, argv, kwnames);
}
static TwValue p_search(int argc, TwValue *argv, TwValue kwnames) {
    return pattern_match_mode("search", TW_RE_MODE_SEARCH, argc, argv, kwnames);
}

// Iterate the matches of pattern over sj from pos_b, calling fn for each; stops after
// `limit` matches (0: all). fn returns 0 to go on, -1 on error.
typedef int (*EachFn)(void *ud, TwValue match, int64_t start_b, int64_t end_b);

static int each_match(TwValue pattern, Subject *sj, int64_t pos_b, int64_t pos_c, int64_t end_c, int64_t limit,
                      EachFn fn, void *ud) {
    PosMap pm;
    pm_init(&pm, sj, pos_b, pos_c);
    bool must_advance = false;
    int64_t n = 0;
    int64_t start = pos_b;
    while (limit == 0 || n < limit) {
        if (start > sj->s.end) {
            break;
        }
        int64_t se[2];
        TwValue m = run_once(pattern, sj, start, TW_RE_MODE_SEARCH, must_advance, pos_c, end_c, &pm, se);
        if (!m) {
            return -1;
        }
        if (m == TW_NONE) {
            break;
        }
        if (fn(ud, m, se[0], se[1]) < 0) {
            return -1;
        }
        n++;
        must_advance = se[1] == se[0];
        start = se[1];
    }
    return 0;
}

// An empty str or bytes, as the subject's kind (findall's unmatched groups).
static TwValue empty_like(TwReMatch *m) {
    if (tw_isinstance_type(m->string, &tw_type_str)) {
        return tw_str_new("", 0);
    }
    return tw_bytes_new("", 0);
}

static TwValue group_or_empty(TwReMatch *m, int g) {
    return m->spans[2 * g] < 0 ? empty_like(m) : match_slice(m, g);
}

static int findall_one(void *ud, TwValue mv, int64_t sb, int64_t eb) {
    TwValue list = *(TwValue *)ud;
    TwReMatch *m = M(mv);
    TwValue item;
    if (m->ngroups <= 2) {
        item = group_or_empty(m, m->ngroups - 1);
    } else {
        item = tw_tuple_new((size_t)(m->ngroups - 1));
        for (int g = 1; item && g < m->ngroups; g++) {
            TwValue v = group_or_empty(m, g);
            if (!v) {
                return -1;
            }
            tw_tuple_items(item)[g - 1] = v;
        }
    }
    return item ? tw_list_append(list, item) : -1;
}

static TwValue p_findall(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args("findall", argc - 1, argv + 1, kwnames, match_arg_names, 3, 0, 3, 1, a) < 0) {
        return TW_NULL;
    }
    TwRePattern *po = P(argv[0]);
    Subject sj;
    int64_t pos_c, end_c, pos_b;
    if (get_subject(po, a[0], &sj) < 0 || subject_range(&sj, a[1], a[2], &pos_c, &end_c, &pos_b) < 0) {
        return TW_NULL;
    }
    TwValue list = tw_list_new(0);
    if (!list || each_match(argv[0], &sj, pos_b, pos_c, end_c, 0, findall_one, &list) < 0) {
        return TW_NULL;
    }
    return list;
}

// ---- split

typedef struct SplitState {
    TwValue list;
    Subject *sj;
    int64_t last_b;
} SplitState;

static TwValue subject_slice(Subject *sj, int64_t a, int64_t b) {
    if (b < a) {
        b = a;
    }
    if (sj->is_str) {
        return tw_str_new((const char *)sj->s.data + a, (size_t)(b - a));
    }
    return tw_bytes_new(sj->s.data + a, (size_t)(b - a));
}

static int split_one(void *ud, TwValue mv, int64_t sb, int64_t eb) {
    SplitState *st = ud;
    TwValue piece = subject_slice(st->sj, st->last_b, sb);
    if (!piece || tw_list_append(st->list, piece) < 0) {
        return -1;
    }
    TwReMatch *m = M(mv);
    for (int g = 1; g < m->ngroups; g++) {
        TwValue v = match_group_value(m, g, TW_NONE);
        if (!v || tw_list_append(st->list, v) < 0) {
            return -1;
        }
    }
    st->last_b = eb;
    return 0;
}

static TwValue pattern_split(TwValue pattern, TwValue string, TwValue maxsplit) {
    int64_t limit = 0;
    if (maxsplit && tw_index_as_ssize(maxsplit, &limit) < 0) {
        return TW_NULL;
    }
    Subject sj;
    if (get_subject(P(pattern), string, &sj) < 0) {
        return TW_NULL;
    }
    SplitState st = {tw_list_new(0), &sj, 0};
    if (!st.list) {
        return TW_NULL;
    }
    if (limit >= 0 && each_match(pattern, &sj, 0, 0, sj.length, limit, split_one, &st) < 0) {
        return TW_NULL;
    }
    TwValue rest = subject_slice(&sj, st.last_b, sj.s.size);
    if (!rest || tw_list_append(st.list, rest) < 0) {
        return TW_NULL;
    }
    return st.list;
}

static TwValue p_split(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"string", "maxsplit"};
    TwValue a[2];
    if (tw_parse_args("split", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    return pattern_split(argv[0], a[0], a[1]);
}

// ---- sub

typedef struct SubState {
    TwBuf out;
    Subject *sj;
    int64_t last_b;
    TwValue repl;          // callable, or TW_NULL with tpl
    ReTemplate *tpl;
    int64_t pieces;        // items joined so far (for "sequence item N" messages)
} SubState;

static int sub_append_value(SubState *st, TwValue v) {
    if (st->sj->is_str) {
        if (!tw_isinstance_type(v, &tw_type_str)) {
            tw_error(&tw_type_TypeError, "sequence item %lld: expected str instance, %T found", (long long)st->pieces, v);
            return -1;
        }
        return tw_buf_append(&st->out, tw_str_data(v), tw_str_size(v));
    }
    const uint8_t *d;
    size_t n;
    if (!tw_bytes_view(v, &d, &n)) {
        tw_error(&tw_type_TypeError, "sequence item %lld: expected a bytes-like object, %T found", (long long)st->pieces,
                 v);
        return -1;
    }
    return tw_buf_append(&st->out, (const char *)d, n);
}

static int sub_one(void *ud, TwValue mv, int64_t sb, int64_t eb) {
    SubState *st = ud;
    if (sb > st->last_b) {
        if (tw_buf_append(&st->out, (const char *)st->sj->s.data + st->last_b, (size_t)(sb - st->last_b)) < 0) {
            return -1;
        }
        st->pieces++;
    }
    if (st->repl) {
        TwValue r = tw_call1(st->repl, mv);
        if (!r) {
            return -1;
        }
        if (r != TW_NONE) {
            if (sub_append_value(st, r) < 0) {
                return -1;
            }
            st->pieces++;
        }
    } else {
        size_t before = st->out.size;
        if (expand_into(&st->out, st->tpl, M(mv)) < 0) {
            return -1;
        }
        if (st->out.size > before) {
            st->pieces++;
        }
    }
    st->last_b = eb;
    return 0;
}

static bool has_backslash(TwValue v) {
    const uint8_t *d;
    size_t n;
    if (tw_is_str(v) || tw_isinstance_type(v, &tw_type_str)) {
        return memchr(tw_str_data(v), '\\', tw_str_size(v)) != NULL;
    }
    return tw_bytes_view(v, &d, &n) && memchr(d, '\\', n) != NULL;
}

static TwValue pattern_subx(TwValue pattern, TwValue repl, TwValue string, TwValue countv, bool with_count) {
    TwRePattern *po = P(pattern);
    int64_t count = 0;
    if (countv && tw_index_as_ssize(countv, &count) < 0) {
        return TW_NULL;
    }
    ReTemplate tpl = {0};
    bool have_tpl = false;
    TwValue func = TW_NULL;
    if (tw_callable(repl)) {
        func = repl;
    } else {
        if (template_type_check(repl, po->prog->is_bytes) < 0) {
            // CPython joins the pieces: the message names the item
            tw_error_clear();
            if (po->prog->is_bytes) {
                return tw_error(&tw_type_TypeError, "sequence item 0: expected a bytes-like object, %T found", repl);
            }
            return tw_error(&tw_type_TypeError, "sequence item 0: expected str instance, %T found", repl);
        }
        if (has_backslash(repl)) {
            if (tw_re_parse_template(repl, po->prog->ngroups - 1, po->groupindex, &tpl) < 0) {
                return TW_NULL;
            }
        } else {
            const uint8_t *d;
            size_t n;
            if (tw_isinstance_type(repl, &tw_type_str)) {
                d = (const uint8_t *)tw_str_data(repl);
                n = tw_str_size(repl);
            } else {
                tw_bytes_view(repl, &d, &n);
            }
            tw_buf_init(&tpl.lit);
            if (n && (tw_buf_append(&tpl.lit, (const char *)d, n) < 0 ||
                      !(tpl.items = malloc(sizeof *tpl.items)))) {
                tw_buf_free(&tpl.lit);
                return tw_error_nomem();
            }
            if (n) {
                tpl.items[0] = (ReTplItem){-1, 0, (uint32_t)n};
                tpl.nitems = tpl.cap = 1;
            }
        }
        have_tpl = true;
    }
    Subject sj;
    if (get_subject(po, string, &sj) < 0) {
        if (have_tpl) {
            tw_re_template_free(&tpl);
        }
        return TW_NULL;
    }
    SubState st = {.sj = &sj, .repl = func, .tpl = &tpl};
    tw_buf_init(&st.out);
    int64_t n = 0;
    int rc = 0;
    if (count >= 0) {
        PosMap pm;
        pm_init(&pm, &sj, 0, 0);
        bool must_advance = false;
        int64_t start = 0;
        while (count == 0 || n < count) {
            if (start > sj.s.end) {
                break;
            }
            int64_t se[2];
            TwValue m = run_once(pattern, &sj, start, TW_RE_MODE_SEARCH, must_advance, 0, sj.length, &pm, se);
            if (!m) {
                rc = -1;
                break;
            }
            if (m == TW_NONE) {
                break;
            }
            if (sub_one(&st, m, se[0], se[1]) < 0) {
                rc = -1;
                break;
            }
            n++;
            must_advance = se[1] == se[0];
            start = se[1];
        }
    }
    if (have_tpl) {
        tw_re_template_free(&tpl);
    }
    if (rc < 0) {
        tw_buf_free(&st.out);
        return TW_NULL;
    }
    TwValue result;
    if (n == 0 && tw_is_type(string, sj.is_str ? &tw_type_str : &tw_type_bytes)) {
        tw_buf_free(&st.out);
        result = string;   // nothing replaced: the subject itself, as CPython
    } else {
        if (tw_buf_append(&st.out, (const char *)sj.s.data + st.last_b, (size_t)(sj.s.size - st.last_b)) < 0) {
            tw_buf_free(&st.out);
            return TW_NULL;
        }
        result = buf_result(&st.out, sj.is_str);
    }
    if (!result || !with_count) {
        return result;
    }
    return tw_tuple_pack(2, result, tw_int_from_i64(n));
}

static const char *const sub_names[] = {"repl", "string", "count"};

static TwValue p_sub(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args("sub", argc - 1, argv + 1, kwnames, sub_names, 3, 0, 3, 2, a) < 0) {
        return TW_NULL;
    }
    return pattern_subx(argv[0], a[0], a[1], a[2], false);
}

static TwValue p_subn(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args("subn", argc - 1, argv + 1, kwnames, sub_names, 3, 0, 3, 2, a) < 0) {
        return TW_NULL;
    }
    return pattern_subx(argv[0], a[0], a[1], a[2], true);
}

// ---- scanner and finditer

static void scanner_trace(TwObject *self) {
    TwReScanner *s = (TwReScanner *)self;
    tw_gc_mark(s->pattern);
    tw_gc_mark(s->string);
    tw_gc_mark(s->subj.obj);
    tw_gc_mark(s->subj.keep);
}

static TwValue scanner_new(TwValue pattern, TwValue string, TwValue posv, TwValue endv) {
    TwReScanner *s = (TwReScanner *)tw_gc_alloc(&scanner_type, sizeof(TwReScanner));
    if (!s) {
        return TW_NULL;
    }
    s->pattern = pattern;
    s->string = string;
    int64_t pos_c, end_c, pos_b;
    if (get_subject(P(pattern), string, &s->subj) < 0 ||
        subject_range(&s->subj, posv, endv, &pos_c, &end_c, &pos_b) < 0) {
        return TW_NULL;
    }
    s->pos_b = pos_b;
    s->pos_c = pos_c;
    s->given_pos = pos_c;
    s->endpos_c = end_c;
    pm_init(&s->pm, &s->subj, pos_b, pos_c);
    return tw_from_obj(s);
}

static TwValue scanner_step(TwValue self, int mode) {
    TwReScanner *s = TW_OBJ(self, TwReScanner);
    if (s->done || s->pos_b > s->subj.s.end) {
        s->done = true;
        return TW_NONE;
    }
    int64_t se[2];
    TwValue m = run_once(s->pattern, &s->subj, s->pos_b, mode, s->must_advance, s->given_pos, s->endpos_c, &s->pm,
                         se);
    if (!m) {
        return TW_NULL;
    }
    if (m == TW_NONE) {
        s->done = true;
        return m;
    }
    s->must_advance = se[1] == se[0];
    s->pos_b = se[1];
    return m;
}

static TwValue sc_match(int argc, TwValue *argv, TwValue kwnames) {
    return scanner_step(argv[0], TW_RE_MODE_MATCH);
}
static TwValue sc_search(int argc, TwValue *argv, TwValue kwnames) {
    return scanner_step(argv[0], TW_RE_MODE_SEARCH);
}
static TwValue sc_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}
static TwValue scanner_iternext(TwValue self) {
    TwValue m = scanner_step(self, TW_RE_MODE_SEARCH);
    return m == TW_NONE ? TW_NULL : m;
}
static TwValue sc_next(int argc, TwValue *argv, TwValue kwnames) {
    TwValue m = scanner_iternext(argv[0]);
    if (!m && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return m;
}
static TwValue scg_pattern(TwValue self) {
    return TW_OBJ(self, TwReScanner)->pattern;
}

static TwValue p_scanner(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args("scanner", argc - 1, argv + 1, kwnames, match_arg_names, 3, 0, 3, 1, a) < 0) {
        return TW_NULL;
    }
    return scanner_new(argv[0], a[0], a[1], a[2]);
}

static TwValue p_finditer(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a[3];
    if (tw_parse_args("finditer", argc - 1, argv + 1, kwnames, match_arg_names, 3, 0, 3, 1, a) < 0) {
        return TW_NULL;
    }
    return scanner_new(argv[0], a[0], a[1], a[2]);
}

// ---------------------------------------------------------------- pattern objects

static void pattern_trace(TwObject *self) {
    TwRePattern *p = (TwRePattern *)self;
    tw_gc_mark(p->pattern);
    tw_gc_mark(p->groupindex);
    tw_gc_mark(p->indexgroup);
}

static void pattern_finalize(TwObject *self) {
    TwRePattern *p = (TwRePattern *)self;
    tw_re_free_prog(p->prog);
    p->prog = NULL;
}

static const struct {
    const char *name;
    int value;
} flag_names[] = {
    {"re.TEMPLATE", TW_RE_TEMPLATE}, {"re.IGNORECASE", TW_RE_IGNORECASE}, {"re.LOCALE", TW_RE_LOCALE},
    {"re.MULTILINE", TW_RE_MULTILINE}, {"re.DOTALL", TW_RE_DOTALL}, {"re.UNICODE", TW_RE_UNICODE},
    {"re.VERBOSE", TW_RE_VERBOSE}, {"re.DEBUG", TW_RE_DEBUG}, {"re.ASCII", TW_RE_ASCII},
};

static TwValue p_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwRePattern *po = P(argv[0]);
    TwValue r = repr_cut(po->pattern, 200);
    if (!r) {
        return TW_NULL;
    }
    int64_t flags = po->flags;
    if (!po->prog->is_bytes && (flags & (TW_RE_LOCALE | TW_RE_UNICODE | TW_RE_ASCII)) == TW_RE_UNICODE) {
        flags &= ~(int64_t)TW_RE_UNICODE;
    }
    if (flags == 0) {
        return tw_str_fmt("re.compile(%U)", r);
    }
    TwBuf b;
    tw_buf_init(&b);
    if (tw_buf_append_c(&b, "re.compile(") < 0 || tw_buf_append_str(&b, r) < 0 || tw_buf_append_c(&b, ", ") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    bool first = true;
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
        if (flags & flag_names[i].value) {
            if ((!first && tw_buf_append_c(&b, "|") < 0) || tw_buf_append_c(&b, flag_names[i].name) < 0) {
                tw_buf_free(&b);
                return TW_NULL;
            }
            first = false;
            flags &= ~(int64_t)flag_names[i].value;
        }
    }
    if (flags) {
        if ((!first && tw_buf_append_c(&b, "|") < 0) || tw_buf_printf(&b, "0x%llx", (unsigned long long)flags) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    if (tw_buf_append_c(&b, ")") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

static TwValue p_eq(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_type(argv[1], &pattern_type)) {
        return TW_NOTIMPL;
    }
    TwRePattern *a = P(argv[0]), *b = P(argv[1]);
    if (a == b) {
        return TW_TRUE;
    }
    if (a->flags != b->flags || a->prog->is_bytes != b->prog->is_bytes) {
        return TW_FALSE;
    }
    int r = tw_eq(a->pattern, b->pattern);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue p_ne(int argc, TwValue *argv, TwValue kwnames) {
    TwValue r = p_eq(argc, argv, kwnames);
    if (!r || r == TW_NOTIMPL) {
        return r;
    }
    return tw_bool(r == TW_FALSE);
}

static TwValue p_hash(int argc, TwValue *argv, TwValue kwnames) {
    TwRePattern *po = P(argv[0]);
    int64_t h = tw_hash(po->pattern);
    if (h == -1) {
        return TW_NULL;
    }
    h ^= po->flags * 1000003;
    return tw_int_from_i64(h == -1 ? -2 : h);
}

static TwValue pg_pattern(TwValue self) {
    return P(self)->pattern;
}
static TwValue pg_flags(TwValue self) {
    return tw_int_from_i64(P(self)->flags);
}
static TwValue pg_groups(TwValue self) {
    return tw_from_small_int(P(self)->prog->ngroups - 1);
}
static TwValue pg_groupindex(TwValue self) {
    TwValue d = tw_dict_copy(P(self)->groupindex);
    return d ? tw_descr_mappingproxy_new(d) : TW_NULL;
}

static TwValue pattern_new(TwValue pattern, int64_t flags) {
    types_init();
    TwValue groupindex;
    TwReProg *prog = tw_re_compile_prog(pattern, (uint32_t)flags, &groupindex);
    if (!prog) {
        return TW_NULL;
    }
    TwRePattern *po = (TwRePattern *)tw_gc_alloc(&pattern_type, sizeof(TwRePattern));
    if (!po) {
        tw_re_free_prog(prog);
        return TW_NULL;
    }
    po->prog = prog;
    po->pattern = pattern;
    po->flags = (int64_t)prog->flags;
    po->groupindex = groupindex;
    prog->groupindex = groupindex;
    TwValue ig = tw_tuple_new((size_t)prog->ngroups);
    if (!ig) {
        return TW_NULL;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(groupindex, &pos, &k, &v)) {
        tw_tuple_items(ig)[tw_as_int(v)] = k;
    }
    po->indexgroup = ig;
    return tw_from_obj(po);
}

// ---------------------------------------------------------------- the cache

enum { CACHE_MAX = 512 };

TwValue tw_re_compile(TwValue pattern, int64_t flags) {
    types_init();
    if (tw_is_type(pattern, &pattern_type)) {
        if (flags) {
            return tw_error(&tw_type_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    bool is_str = tw_isinstance_type(pattern, &tw_type_str);
    if (!is_str && !tw_isinstance_type(pattern, &tw_type_bytes)) {
        return tw_error(&tw_type_TypeError, "first argument must be string or compiled pattern");
    }
    TwValue key = tw_tuple_pack(3, tw_from_obj(tw_type_of(pattern)), pattern, tw_int_from_i64(flags));
    if (!key) {
        return TW_NULL;
    }
    TwValue hit = TW_NULL;
    if (tw_dict_lookup(cache, key, &hit) < 0) {
        return TW_NULL;
    }
    if (hit) {
        return hit;
    }
    if (flags & TW_RE_TEMPLATE) {
        if (tw_warn(&tw_type_DeprecationWarning,
                    "The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an obvious "
                    "purpose. Don't use it.",
                    1) < 0) {
            return TW_NULL;
        }
    }
    TwValue po = pattern_new(pattern, flags);
    if (!po) {
        return TW_NULL;
    }
    if (!(flags & TW_RE_DEBUG)) {
        if (tw_dict_size(cache) >= CACHE_MAX) {
            size_t pos = 0;
            TwValue k, v;
            if (tw_dict_next(cache, &pos, &k, &v) && tw_dict_del(cache, k) < 0) {
                return TW_NULL;
            }
        }
        if (tw_dict_set(cache, key, po) < 0) {
            return TW_NULL;
        }
    }
    return po;
}

bool tw_re_is_pattern(TwValue v) {
    return types_ready && tw_is_type(v, &pattern_type);
}

int tw_re_match_bool(TwValue pattern, TwValue text) {
    TwRePattern *po = P(pattern);
    Subject sj;
    if (get_subject(po, text, &sj) < 0) {
        return -1;
    }
    int ng = po->prog->ngroups;
    int64_t caps_local[32];
    int64_t *caps = ng <= 16 ? caps_local : malloc((size_t)ng * 2 * sizeof *caps);
    if (!caps) {
        tw_error_nomem();
        return -1;
    }
    int lastindex;
    int r = tw_re_exec(po->prog, &sj.s, 0, TW_RE_MODE_MATCH, caps, &lastindex);
    if (caps != caps_local) {
        free(caps);
    }
    return r;
}

TwValue tw_re_escape_str(TwValue s) {
    TwBuf b;
    tw_buf_init(&b);
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s);
    if (tw_buf_reserve(&b, n + 8) < 0) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c != 0 && c < 0x80 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)) {
            if (tw_buf_append(&b, "\\", 1) < 0) {
                return TW_NULL;
            }
        }
        if (tw_buf_append(&b, (const char *)&d[i], 1) < 0) {
            return TW_NULL;
        }
    }
    return tw_buf_to_str_len(&b, tw_str_length(s) + (b.size - n));
}

// ---------------------------------------------------------------- module functions

static int flags_arg(TwValue v, int64_t *out) {
    *out = 0;
    if (!v) {
        return 0;
    }
    if (!tw_is_intlike(v)) {
        tw_error(&tw_type_TypeError, "unsupported operand type(s) for &: '%T' and 'RegexFlag'", v);
        return -1;
    }
    return tw_int_as_i64(v, out);
}

static TwValue mod_compile(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern", "flags"};
    TwValue a[2];
    int64_t flags;
    if (tw_parse_args("compile", argc, argv, kwnames, names, 2, 0, 2, 1, a) < 0 || flags_arg(a[1], &flags) < 0) {
        return TW_NULL;
    }
    return tw_re_compile(a[0], flags);
}

// match/fullmatch/search(pattern, string, flags=0)
static TwValue mod_match_mode(const char *fname, int mode, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern", "string", "flags"};
    TwValue a[3];
    int64_t flags;
    if (tw_parse_args(fname, argc, argv, kwnames, names, 3, 0, 3, 2, a) < 0 || flags_arg(a[2], &flags) < 0) {
        return TW_NULL;
    }
    TwValue po = tw_re_compile(a[0], flags);
    if (!po) {
        return TW_NULL;
    }
    TwValue args[2] = {po, a[1]};
    return pattern_match_mode(fname, mode, 2, args, TW_NULL);
}

static TwValue mod_match(int argc, TwValue *argv, TwValue kwnames) {
    return mod_match_mode("match", TW_RE_MODE_MATCH, argc, argv, kwnames);
}
static TwValue mod_fullmatch(int argc, TwValue *argv, TwValue kwnames) {
    return mod_match_mode("fullmatch", TW_RE_MODE_FULL, argc, argv, kwnames);
}
static TwValue mod_search(int argc, TwValue *argv, TwValue kwnames) {
    return mod_match_mode("search", TW_RE_MODE_SEARCH, argc, argv, kwnames);
}

static TwValue mod_findall_iter(const char *fname, TwCFunc method, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern", "string", "flags"};
    TwValue a[3];
    int64_t flags;
    if (tw_parse_args(fname, argc, argv, kwnames, names, 3, 0, 3, 2, a) < 0 || flags_arg(a[2], &flags) < 0) {
        return TW_NULL;
    }
    TwValue po = tw_re_compile(a[0], flags);
    if (!po) {
        return TW_NULL;
    }
    TwValue args[2] = {po, a[1]};
    return method(2, args, TW_NULL);
}

static TwValue mod_findall(int argc, TwValue *argv, TwValue kwnames) {
    return mod_findall_iter("findall", p_findall, argc, argv, kwnames);
}
static TwValue mod_finditer(int argc, TwValue *argv, TwValue kwnames) {
    return mod_findall_iter("finditer", p_finditer, argc, argv, kwnames);
}

static TwValue mod_sub_common(const char *fname, bool with_count, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
    TwValue a[5];
    int64_t flags;
    if (tw_parse_args(fname, argc, argv, kwnames, names, 5, 0, 5, 3, a) < 0 || flags_arg(a[4], &flags) < 0) {
        return TW_NULL;
    }
    TwValue po = tw_re_compile(a[0], flags);
    if (!po) {
        return TW_NULL;
    }
    return pattern_subx(po, a[1], a[2], a[3], with_count);
}

static TwValue mod_sub(int argc, TwValue *argv, TwValue kwnames) {
    return mod_sub_common("sub", false, argc, argv, kwnames);
}
static TwValue mod_subn(int argc, TwValue *argv, TwValue kwnames) {
    return mod_sub_common("subn", true, argc, argv, kwnames);
}

static TwValue mod_split(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
    TwValue a[4];
    int64_t flags;
    if (tw_parse_args("split", argc, argv, kwnames, names, 4, 0, 4, 2, a) < 0 || flags_arg(a[3], &flags) < 0) {
        return TW_NULL;
    }
    TwValue po = tw_re_compile(a[0], flags);
    if (!po) {
        return TW_NULL;
    }
    return pattern_split(po, a[1], a[2]);
}

static TwValue mod_escape(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"pattern"};
    TwValue a[1];
    if (tw_parse_args("escape", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue s = a[0];
    if (tw_isinstance_type(s, &tw_type_str)) {
        return tw_re_escape_str(s);
    }
    const uint8_t *d;
    size_t n;
    if (!tw_bytes_view(s, &d, &n)) {
        return tw_error(&tw_type_TypeError, "decoding to str: need a bytes-like object, %T found", s);
    }
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c != 0 && c < 0x80 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c)) {
            if (tw_buf_append(&b, "\\", 1) < 0) {
                return TW_NULL;
            }
        }
        if (tw_buf_append(&b, (const char *)&d[i], 1) < 0) {
            return TW_NULL;
        }
    }
    return buf_result(&b, false);
}

static TwValue mod_purge(int argc, TwValue *argv, TwValue kwnames) {
    types_init();
    TwValue d = tw_dict_new();
    if (!d) {
        return TW_NULL;
    }
    cache = d;
    return TW_NONE;
}

// ---------------------------------------------------------------- types and the module

static const TwMethodDef pattern_methods[] = {
    {"match", p_match, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"fullmatch", p_fullmatch, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"search", p_search, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"findall", p_findall, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"finditer", p_finditer, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"scanner", p_scanner, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"split", p_split, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"sub", p_sub, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"subn", p_subn, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", p_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", p_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", p_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", p_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__copy__", m_self, 1, 1, TW_BUILTIN_METHOD},
    {"__deepcopy__", m_self, 2, 2, TW_BUILTIN_METHOD},
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {NULL},
};
static const TwGetSetDef pattern_getsets[] = {
    {"pattern", pg_pattern, NULL, true},
    {"flags", pg_flags, NULL, true},
    {"groups", pg_groups, NULL, true},
    {"groupindex", pg_groupindex, NULL},
    {NULL},
};
static const TwMethodDef match_methods[] = {
    {"group", m_group, 1, -1, TW_BUILTIN_METHOD},
    {"groups", m_groups, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"groupdict", m_groupdict, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"start", m_start, 1, -1, TW_BUILTIN_METHOD},
    {"end", m_end, 1, -1, TW_BUILTIN_METHOD},
    {"span", m_span, 1, -1, TW_BUILTIN_METHOD},
    {"expand", m_expand, 2, 2, TW_BUILTIN_METHOD},
    {"__getitem__", m_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", m_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__copy__", m_self, 1, 1, TW_BUILTIN_METHOD},
    {"__deepcopy__", m_self, 2, 2, TW_BUILTIN_METHOD},
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {NULL},
};
static const TwGetSetDef match_getsets[] = {
    {"pos", mg_pos, NULL, true},
    {"endpos", mg_endpos, NULL, true},
    {"lastindex", mg_lastindex, NULL, true},
    {"lastgroup", mg_lastgroup, NULL, true},
    {"re", mg_re, NULL, true},
    {"string", mg_string, NULL, true},
    {"regs", mg_regs, NULL, true},
    {NULL},
};
static const TwMethodDef scanner_methods[] = {
    {"match", sc_match, 1, 1, TW_BUILTIN_METHOD},
    {"search", sc_search, 1, 1, TW_BUILTIN_METHOD},
    {"__iter__", sc_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", sc_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef scanner_getsets[] = {
    {"pattern", scg_pattern, NULL, true},
    {NULL},
};
static const TwMethodDef error_methods[] = {
    {"__init__", error_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL},
};

static TwType pattern_type = {
    .hdr.type = &tw_type_type,
    .c_name = "re.Pattern",
    .basic_size = sizeof(TwRePattern),
    .trace = pattern_trace,
    .finalize = pattern_finalize,
};
static TwType match_type = {
    .hdr.type = &tw_type_type,
    .c_name = "re.Match",
    .basic_size = sizeof(TwReMatch),
    .trace = match_trace,
};
static TwType scanner_type = {
    .hdr.type = &tw_type_type,
    .c_name = "_re.SRE_Scanner",
    .basic_size = sizeof(TwReScanner),
    .trace = scanner_trace,
    .iternext = scanner_iternext,
};
TwType tw_type_re_error = {
    .hdr.type = &tw_type_type,
    .c_name = "re.error",
    .flags = TW_TYPE_BASETYPE | TW_TYPE_EXCEPTION,
};

static void types_init(void) {
    if (types_ready) {
        return;
    }
    types_ready = true;
    tw_type_init_builtin(&pattern_type, "re.Pattern", &tw_type_object);
    tw_type_add_methods(&pattern_type, pattern_methods);
    tw_type_add_getsets(&pattern_type, pattern_getsets);
    tw_type_init_builtin(&match_type, "re.Match", &tw_type_object);
    tw_type_add_methods(&match_type, match_methods);
    tw_type_add_getsets(&match_type, match_getsets);
    tw_type_init_builtin(&scanner_type, "_sre.SRE_Scanner", &tw_type_object);
    tw_type_add_methods(&scanner_type, scanner_methods);
    tw_type_add_getsets(&scanner_type, scanner_getsets);
    tw_type_re_error.basic_size = tw_type_Exception.basic_size;
    tw_type_re_error.dict_offset = tw_type_Exception.dict_offset;
    tw_type_re_error.trace = tw_type_Exception.trace;
    tw_type_re_error.finalize = tw_type_Exception.finalize;
    tw_type_init_builtin(&tw_type_re_error, "re.error", &tw_type_Exception);
    tw_type_add_methods(&tw_type_re_error, error_methods);
    cache = tw_dict_new();
    tw_gc_add_root(&cache);
    if (!cache) {
        tw_error_clear();
    }
}

static const TwMethodDef re_functions[] = {
    {"compile", mod_compile, 0, -1, TW_BUILTIN_KEYWORDS},
    {"match", mod_match, 0, -1, TW_BUILTIN_KEYWORDS},
    {"fullmatch", mod_fullmatch, 0, -1, TW_BUILTIN_KEYWORDS},
    {"search", mod_search, 0, -1, TW_BUILTIN_KEYWORDS},
    {"findall", mod_findall, 0, -1, TW_BUILTIN_KEYWORDS},
    {"finditer", mod_finditer, 0, -1, TW_BUILTIN_KEYWORDS},
    {"sub", mod_sub, 0, -1, TW_BUILTIN_KEYWORDS},
    {"subn", mod_subn, 0, -1, TW_BUILTIN_KEYWORDS},
    {"split", mod_split, 0, -1, TW_BUILTIN_KEYWORDS},
    {"escape", mod_escape, 0, -1, TW_BUILTIN_KEYWORDS},
    {"purge", mod_purge, 0, 0, 0},
    {NULL},
};

static int re_module_init(TwValue module) {
    types_init();
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, re_functions) < 0 || tw_dict_set_c(d, "Pattern", tw_from_obj(&pattern_type)) < 0 ||
        tw_dict_set_c(d, "Match", tw_from_obj(&match_type)) < 0 ||
        tw_dict_set_c(d, "error", tw_from_obj(&tw_type_re_error)) < 0 ||
        tw_dict_set_c(d, "MAXREPEAT", tw_int_from_u64(TW_RE_MAXREPEAT)) < 0 ||
        tw_dict_set_c(d, "MAXGROUPS", tw_from_small_int(TW_RE_MAXGROUPS)) < 0) {
        return -1;
    }
    return 0;
}

void tw_re_init(void) {
    tw_module_register("_re", re_module_init);
}
