// The read-only methods bytes and bytearray share (each returns the family of its self:
// bytes for bytes, bytearray for bytearray): decode, hex/fromhex, searching, splitting,
// stripping, joining, ASCII case mapping and predicates, padding, translate/maketrans.
#include <stdlib.h>

#include "buffer.h"
#include "gc.h"
#include "obj.h"
#include "text.h"

static void view(TwValue v, const uint8_t **d, size_t *n) {
    tw_bytes_view(v, d, n);
}

static bool bspace(uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
}
static bool blower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool bupper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool balpha(uint8_t c) { return blower(c) || bupper(c); }
static bool bdigit(uint8_t c) { return c >= '0' && c <= '9'; }

static TwValue like(TwValue self, const void *d, size_t n) {
    return tw_bytes_like(self, d, n);
}

// A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".
static int need_bytes(TwValue v, const uint8_t **d, size_t *n) {
    int r = tw_buffer_arg(v, d, n);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%s'", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    return 0;
}

// The needle of find/count/index: bytes-like or an int byte value (stored in *one).
static int needle_arg(TwValue v, const uint8_t **d, size_t *n, uint8_t *one) {
    int r = tw_buffer_arg(v, d, n);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    if (tw_is_intlike(v) || tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        int64_t i;
        if (!tw_int_to_i64(v, &i) && tw_index_as_ssize(v, &i) < 0) {
            return -1;
        }
        if (i < 0 || i > 255) {
            tw_error(&tw_type_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (uint8_t)i;
        *d = one;
        *n = 1;
        return 0;
    }
    tw_error(&tw_type_TypeError, "argument should be integer or bytes-like object, not '%s'",
             tw_type_cname(tw_type_of(v)));
    return -1;
}

static int slice_arg(TwValue v, int64_t *out) {
    if (!v || v == TW_NONE) {
        return 0;
    }
    if (tw_is_int(v)) {
        *out = tw_as_int(v);
        return 0;
    }
    if (tw_is_intlike(v) || tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        if (tw_int_to_i64(v, out)) {
            return 0;
        }
        if (tw_is_intlike(v)) {
            *out = tw_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
            return 0;
        }
        return tw_index_as_ssize(v, out);
    }
    tw_error(&tw_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

static int adjust_range(int argc, TwValue *argv, int first, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = len;
    if (argc > first && slice_arg(argv[first], start) < 0) {
        return -1;
    }
    if (argc > first + 1 && slice_arg(argv[first + 1], end) < 0) {
        return -1;
    }
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- decode, hex

static TwValue b_decode(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    TwValue a[2];
    if (tw_parse_args("decode", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    const char *enc = NULL, *errs = NULL;
    if (a[0]) {
        if (!tw_is_strlike(a[0])) {
            return tw_error(&tw_type_TypeError, "decode() argument 'encoding' must be str, not %A", a[0]);
        }
        enc = tw_str_data(a[0]);
    }
    if (a[1]) {
        if (!tw_is_strlike(a[1])) {
            return tw_error(&tw_type_TypeError, "decode() argument 'errors' must be str, not %A", a[1]);
        }
        errs = tw_str_data(a[1]);
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    return tw_bytes_decode(d, n, enc, errs);
}

static TwValue b_hex(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    TwValue a[2];
    if (tw_parse_args("hex", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        const uint8_t *sd = NULL;
        size_t sn = 0;
        if (tw_is_strlike(a[0])) {
            if (tw_str_length(a[0]) != 1) {
                return tw_error(&tw_type_ValueError, "sep must be length 1.");
            }
            if (tw_str_size(a[0]) != 1) {
                return tw_error(&tw_type_ValueError, "sep must be ASCII.");
            }
            sep = tw_str_data(a[0])[0];
        } else if (tw_bytes_view(a[0], &sd, &sn)) {
            if (sn != 1) {
                return tw_error(&tw_type_ValueError, "sep must be length 1.");
            }
            sep = (char)sd[0];
        } else {
            return tw_error(&tw_type_TypeError, "sep must be str or bytes.");
        }
        if (a[1] && tw_int_as_i64(a[1], &per) < 0) {
            return TW_NULL;
        }
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    static const char hx[] = "0123456789abcdef";
    TwBuf b;
    tw_buf_init(&b);
    if (tw_buf_reserve(&b, n * 3) < 0) {
        return TW_NULL;
    }
    size_t group = (size_t)(per < 0 ? -per : per);
    for (size_t i = 0; i < n; i++) {
        if (sep && i > 0 && group > 0) {
            // Groups count from the right for positive bytes_per_sep, from the left otherwise.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) {
                b.data[b.size++] = sep;
            }
        }
        b.data[b.size++] = hx[d[i] >> 4];
        b.data[b.size++] = hx[d[i] & 15];
    }
    b.data[b.size] = 0;
    return tw_buf_to_str_len(&b, b.size);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static TwValue b_fromhex(int argc, TwValue *argv, TwValue kwnames) {
    TwValue cls = argv[0], s = argv[1];
    if (!tw_is_strlike(s)) {
        return tw_error(&tw_type_TypeError, "fromhex() argument must be str, not %A", s);
    }
    const uint8_t *p = (const uint8_t *)tw_str_data(s);
    size_t n = tw_str_size(s);
    TwBuf b;
    tw_buf_init(&b);
    size_t i = 0;
    while (i < n) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == 0x0B || p[i] == 0x0C) {
            i++;
            continue;
        }
        int hi = hexval(p[i]);
        int lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t pos = hi < 0 ? i : i + 1;
            tw_buf_free(&b);
            return tw_error(&tw_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                            tw_utf8_count((const char *)p, pos));
        }
        char c = (char)(hi * 16 + lo);
        if (tw_buf_append(&b, &c, 1) < 0) {
            return TW_NULL;
        }
        i += 2;
    }
    TwValue r;
    if (cls == tw_from_obj(&tw_type_bytes)) {
        r = tw_bytes_new(b.data, b.size);
    } else if (cls == tw_from_obj(&tw_type_bytearray)) {
        r = tw_bytearray_new(b.data, b.size);
    } else {
        TwValue raw = tw_bytes_new(b.data, b.size);
        r = raw ? tw_call1(cls, raw) : TW_NULL;
    }
    tw_buf_free(&b);
    return r;
}

// ---------------------------------------------------------------- searching

static int64_t find_impl(int argc, TwValue *argv, bool reverse) {
    const uint8_t *sd = NULL;
    size_t sn = 0;
    uint8_t one;
    if (needle_arg(argv[1], &sd, &sn, &one) < 0) {
        return -2;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    int64_t start, end;
    if (adjust_range(argc, argv, 2, (int64_t)n, &start, &end) < 0) {
        return -2;
    }
    view(argv[0], &d, &n);
    if (end - start < (int64_t)sn) {
        return -1;
    }
    int64_t f = reverse ? tw_text_rfind((const char *)d + start, (size_t)(end - start), (const char *)sd, sn)
                        : tw_text_find((const char *)d + start, (size_t)(end - start), (const char *)sd, sn);
    return f < 0 ? -1 : f + start;
}

static TwValue b_find(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, false);
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue b_rfind(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, true);
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue b_index(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, false);
    if (r == -1) {
        return tw_error(&tw_type_ValueError, "subsection not found");
    }
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue b_rindex(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, true);
    if (r == -1) {
        return tw_error(&tw_type_ValueError, "subsection not found");
    }
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue b_count(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *sd = NULL;
    size_t sn = 0;
    uint8_t one;
    if (needle_arg(argv[1], &sd, &sn, &one) < 0) {
        return TW_NULL;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    int64_t start, end;
    if (adjust_range(argc, argv, 2, (int64_t)n, &start, &end) < 0) {
        return TW_NULL;
    }
    view(argv[0], &d, &n);
    if (end < start || start > (int64_t)n) {
        return tw_from_small_int(0);
    }
    if (sn == 0) {
        return tw_from_small_int(end - start + 1);
    }
    return tw_from_small_int(tw_text_count((const char *)d + start, (size_t)(end - start), (const char *)sd, sn, -1));
}

static TwValue startsend(int argc, TwValue *argv, bool ends, const char *name) {
    TwValue arg = argv[1];
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    int64_t start, end;
    if (adjust_range(argc, argv, 2, (int64_t)n, &start, &end) < 0) {
        return TW_NULL;
    }
    view(argv[0], &d, &n);
    size_t cnt = 1;
    TwValue *items = &arg;
    const uint8_t *sd = NULL;
    size_t sn = 0;
    if (tw_isinstance_type(arg, &tw_type_tuple)) {
        cnt = tw_tuple_size(arg);
        items = tw_tuple_items(arg);
    } else if (!tw_buffer_check(arg)) {
        return tw_error(&tw_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        tw_type_cname(tw_type_of(arg)));
    }
    for (size_t i = 0; i < cnt; i++) {
        if (need_bytes(items[i], &sd, &sn) < 0) {
            return TW_NULL;
        }
        if (start > (int64_t)n || end - start < (int64_t)sn) {
            continue;
        }
        const uint8_t *at = ends ? d + end - sn : d + start;
        if (memcmp(at, sd, sn) == 0) {
            return TW_TRUE;
        }
    }
    return TW_FALSE;
}

static TwValue b_startswith(int argc, TwValue *argv, TwValue kwnames) { return startsend(argc, argv, false, "startswith"); }
static TwValue b_endswith(int argc, TwValue *argv, TwValue kwnames) { return startsend(argc, argv, true, "endswith"); }

// ---------------------------------------------------------------- replace, split, join

static TwValue b_replace(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *od, *nd, *d;
    size_t on, nn, n;
    if (need_bytes(argv[1], &od, &on) < 0 || need_bytes(argv[2], &nd, &nn) < 0) {
        return TW_NULL;
    }
    int64_t maxcount = -1;
    if (argc > 3 && tw_int_as_i64(argv[3], &maxcount) < 0) {
        return TW_NULL;
    }
    if (maxcount < 0) {
        maxcount = INT64_MAX;
    }
    view(argv[0], &d, &n);
    TwBuf b;
    tw_buf_init(&b);
    int64_t done = 0;
    size_t pos = 0;
    if (on == 0) {
        while (done < maxcount && pos <= n) {
            if (tw_buf_append(&b, (const char *)nd, nn) < 0) {
                goto fail;
            }
            done++;
            if (pos < n && tw_buf_append(&b, (const char *)d + pos, 1) < 0) {
                goto fail;
            }
            pos++;
        }
    } else {
        while (done < maxcount) {
            int64_t f = tw_text_find((const char *)d + pos, n - pos, (const char *)od, on);
            if (f < 0) {
                break;
            }
            if (tw_buf_append(&b, (const char *)d + pos, (size_t)f) < 0 ||
                tw_buf_append(&b, (const char *)nd, nn) < 0) {
                goto fail;
            }
            pos += (size_t)f + on;
            done++;
        }
    }
    if (pos < n && tw_buf_append(&b, (const char *)d + pos, n - pos) < 0) {
        goto fail;
    }
    TwValue r = like(argv[0], b.data ? b.data : "", b.size);
    tw_buf_free(&b);
    return r;
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

static int split_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, const uint8_t **sd, size_t *sn,
                      int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    TwValue a[2];
    if (tw_parse_args(fname, argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return -1;
    }
    *sd = NULL;
    *sn = 0;
    if (a[0] && a[0] != TW_NONE) {
        if (need_bytes(a[0], sd, sn) < 0) {
            return -1;
        }
        if (*sn == 0) {
            tw_error(&tw_type_ValueError, "empty separator");
            return -1;
        }
    }
    *maxsplit = -1;
    if (a[1] && tw_int_as_i64(a[1], maxsplit) < 0) {
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = INT64_MAX;
    }
    return 0;
}

static int push(TwValue list, TwValue self, const uint8_t *d, size_t from, size_t to) {
    TwValue piece = like(self, d + from, to - from);
    return piece ? tw_list_append(list, piece) : -1;
}

static void reverse_list(TwValue list) {
    size_t cnt = tw_list_size(list);
    TwValue *it = tw_list_items(list);
    for (size_t a = 0, b = cnt ? cnt - 1 : 0; a < b; a++, b--) {
        TwValue t = it[a];
        it[a] = it[b];
        it[b] = t;
    }
}

static TwValue split_impl(int argc, TwValue *argv, TwValue kwnames, bool reverse) {
    const uint8_t *sd = NULL;
    size_t sn = 0;
    int64_t maxsplit;
    if (split_args(reverse ? "rsplit" : "split", argc, argv, kwnames, &sd, &sn, &maxsplit) < 0) {
        return TW_NULL;
    }
    TwValue self = argv[0];
    const uint8_t *d = NULL;
    size_t n = 0;
    view(self, &d, &n);
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    int64_t splits = 0;
    if (!sd) {
        if (!reverse) {
            size_t i = 0;
            for (;;) {
                while (i < n && bspace(d[i])) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (splits >= maxsplit) {
                    if (push(list, self, d, i, n) < 0) {
                        return TW_NULL;
                    }
                    break;
                }
                size_t j = i;
                while (j < n && !bspace(d[j])) {
                    j++;
                }
                if (push(list, self, d, i, j) < 0) {
                    return TW_NULL;
                }
                splits++;
                i = j;
            }
        } else {
            size_t i = n;
            for (;;) {
                while (i > 0 && bspace(d[i - 1])) {
                    i--;
                }
                if (i == 0) {
                    break;
                }
                if (splits >= maxsplit) {
                    if (push(list, self, d, 0, i) < 0) {
                        return TW_NULL;
                    }
                    break;
                }
                size_t j = i;
                while (j > 0 && !bspace(d[j - 1])) {
                    j--;
                }
                if (push(list, self, d, j, i) < 0) {
                    return TW_NULL;
                }
                splits++;
                i = j;
            }
            reverse_list(list);
        }
        return list;
    }
    if (!reverse) {
        size_t pos = 0;
        while (splits < maxsplit) {
            int64_t f = tw_text_find((const char *)d + pos, n - pos, (const char *)sd, sn);
            if (f < 0) {
                break;
            }
            if (push(list, self, d, pos, pos + (size_t)f) < 0) {
                return TW_NULL;
            }
            pos += (size_t)f + sn;
            splits++;
        }
        if (push(list, self, d, pos, n) < 0) {
            return TW_NULL;
        }
    } else {
        size_t end = n;
        while (splits < maxsplit) {
            int64_t f = tw_text_rfind((const char *)d, end, (const char *)sd, sn);
            if (f < 0) {
                break;
            }
            if (push(list, self, d, (size_t)f + sn, end) < 0) {
                return TW_NULL;
            }
            end = (size_t)f;
            splits++;
        }
        if (push(list, self, d, 0, end) < 0) {
            return TW_NULL;
        }
        reverse_list(list);
    }
    return list;
}

static TwValue b_split(int argc, TwValue *argv, TwValue kwnames) { return split_impl(argc, argv, kwnames, false); }
static TwValue b_rsplit(int argc, TwValue *argv, TwValue kwnames) { return split_impl(argc, argv, kwnames, true); }

static TwValue b_splitlines(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"keepends"};
    TwValue a[1];
    if (tw_parse_args("splitlines", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    bool keep = false;
    if (a[0]) {
        int t = tw_truthy(a[0]);
        if (t < 0) {
            return TW_NULL;
        }
        keep = t;
    }
    TwValue self = argv[0];
    const uint8_t *d = NULL;
    size_t n = 0;
    view(self, &d, &n);
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && d[i] != '\n' && d[i] != '\r') {
            i++;
        }
        size_t eol = i;
        if (i < n) {
            i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
        }
        if (push(list, self, d, start, keep ? i : eol) < 0) {
            return TW_NULL;
        }
    }
    return list;
}

static TwValue b_join(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    size_t cnt;
    TwValue *items;
    TwValue seq = tw_sequence_fast(argv[1], &cnt, &items);
    if (!seq) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            return tw_error(&tw_type_TypeError, "can only join an iterable");
        }
        return TW_NULL;
    }
    const uint8_t *sd = NULL;
    size_t sn = 0;
    view(self, &sd, &sn);
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = 0; i < cnt; i++) {
        const uint8_t *d = NULL;
        size_t n = 0;
        if (tw_buffer_arg(items[i], &d, &n) <= 0) {
            tw_error_clear();
            tw_buf_free(&b);
            return tw_error(&tw_type_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                            tw_type_cname(tw_type_of(items[i])));
        }
        if ((i > 0 && tw_buf_append(&b, (const char *)sd, sn) < 0) || tw_buf_append(&b, (const char *)d, n) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    TwValue r = like(self, b.data ? b.data : "", b.size);
    tw_buf_free(&b);
    return r;
}

// ---------------------------------------------------------------- strip, partition

static TwValue strip_impl(int argc, TwValue *argv, int mode) {
    const uint8_t *cd = NULL;
    size_t cn = 0;
    if (argc > 1 && argv[1] != TW_NONE && need_bytes(argv[1], &cd, &cn) < 0) {
        return TW_NULL;
    }
    uint8_t table[256] = {0};
    if (cd) {
        for (size_t i = 0; i < cn; i++) {
            table[cd[i]] = 1;
        }
    } else {
        table[' '] = table['\t'] = table['\n'] = table['\r'] = table[0x0B] = table[0x0C] = 1;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    size_t i = 0, j = n;
    if (mode & 1) {
        while (i < j && table[d[i]]) {
            i++;
        }
    }
    if (mode & 2) {
        while (j > i && table[d[j - 1]]) {
            j--;
        }
    }
    if (i == 0 && j == n && tw_is_type(argv[0], &tw_type_bytes)) {
        return argv[0];
    }
    return like(argv[0], d + i, j - i);
}

static TwValue b_strip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 3); }
static TwValue b_lstrip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 1); }
static TwValue b_rstrip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 2); }

static TwValue partition_impl(TwValue self, TwValue sepv, bool reverse) {
    const uint8_t *sd, *d;
    size_t sn, n;
    if (need_bytes(sepv, &sd, &sn) < 0) {
        return TW_NULL;
    }
    if (sn == 0) {
        return tw_error(&tw_type_ValueError, "empty separator");
    }
    view(self, &d, &n);
    int64_t f = reverse ? tw_text_rfind((const char *)d, n, (const char *)sd, sn)
                        : tw_text_find((const char *)d, n, (const char *)sd, sn);
    TwValue empty1 = like(self, "", 0), empty2 = like(self, "", 0);
    if (!empty1 || !empty2) {
        return TW_NULL;
    }
    if (f < 0) {
        TwValue whole = like(self, d, n);
        if (!whole) {
            return TW_NULL;
        }
        return reverse ? tw_tuple_pack(3, empty1, empty2, whole) : tw_tuple_pack(3, whole, empty1, empty2);
    }
    TwValue a = like(self, d, (size_t)f);
    TwValue m = a ? like(self, sd, sn) : TW_NULL;
    TwValue b = m ? like(self, d + f + sn, n - (size_t)f - sn) : TW_NULL;
    return b ? tw_tuple_pack(3, a, m, b) : TW_NULL;
}

static TwValue b_partition(int argc, TwValue *argv, TwValue kwnames) { return partition_impl(argv[0], argv[1], false); }
static TwValue b_rpartition(int argc, TwValue *argv, TwValue kwnames) { return partition_impl(argv[0], argv[1], true); }

static TwValue b_removeprefix(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *pd, *d;
    size_t pn, n;
    if (need_bytes(argv[1], &pd, &pn) < 0) {
        return TW_NULL;
    }
    view(argv[0], &d, &n);
    if (pn <= n && memcmp(d, pd, pn) == 0) {
        return like(argv[0], d + pn, n - pn);
    }
    return tw_is_type(argv[0], &tw_type_bytes) ? argv[0] : like(argv[0], d, n);
}

static TwValue b_removesuffix(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *pd, *d;
    size_t pn, n;
    if (need_bytes(argv[1], &pd, &pn) < 0) {
        return TW_NULL;
    }
    view(argv[0], &d, &n);
    if (pn > 0 && pn <= n && memcmp(d + n - pn, pd, pn) == 0) {
        return like(argv[0], d, n - pn);
    }
    return tw_is_type(argv[0], &tw_type_bytes) ? argv[0] : like(argv[0], d, n);
}

// ---------------------------------------------------------------- case and predicates

enum { C_LOWER, C_UPPER, C_SWAP, C_TITLE, C_CAP };

static TwValue case_map(TwValue self, int op) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(self, &d, &n);
    uint8_t *o = malloc(n + 1);
    if (!o) {
        return tw_error_nomem();
    }
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool lo = blower(c), up = bupper(c);
        uint8_t r = c;
        switch (op) {
        case C_LOWER:
            r = up ? (uint8_t)(c + 32) : c;
            break;
        case C_UPPER:
            r = lo ? (uint8_t)(c - 32) : c;
            break;
        case C_SWAP:
            r = up ? (uint8_t)(c + 32) : lo ? (uint8_t)(c - 32) : c;
            break;
        case C_TITLE:
            r = prev ? (up ? (uint8_t)(c + 32) : c) : (lo ? (uint8_t)(c - 32) : c);
            prev = lo || up;
            break;
        case C_CAP:
            r = i == 0 ? (lo ? (uint8_t)(c - 32) : c) : (up ? (uint8_t)(c + 32) : c);
            break;
        }
        o[i] = r;
    }
    TwValue res = like(self, o, n);
    free(o);
    return res;
}

static TwValue b_lower(int argc, TwValue *argv, TwValue kwnames) { return case_map(argv[0], C_LOWER); }
static TwValue b_upper(int argc, TwValue *argv, TwValue kwnames) { return case_map(argv[0], C_UPPER); }
static TwValue b_swapcase(int argc, TwValue *argv, TwValue kwnames) { return case_map(argv[0], C_SWAP); }
static TwValue b_title(int argc, TwValue *argv, TwValue kwnames) { return case_map(argv[0], C_TITLE); }
static TwValue b_capitalize(int argc, TwValue *argv, TwValue kwnames) { return case_map(argv[0], C_CAP); }

static TwValue all_of(TwValue self, bool (*pred)(uint8_t)) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(self, &d, &n);
    if (n == 0) {
        return TW_FALSE;
    }
    for (size_t i = 0; i < n; i++) {
        if (!pred(d[i])) {
            return TW_FALSE;
        }
    }
    return TW_TRUE;
}

static bool balnum(uint8_t c) { return balpha(c) || bdigit(c); }

static TwValue b_isalpha(int argc, TwValue *argv, TwValue kwnames) { return all_of(argv[0], balpha); }
static TwValue b_isdigit(int argc, TwValue *argv, TwValue kwnames) { return all_of(argv[0], bdigit); }
static TwValue b_isspace(int argc, TwValue *argv, TwValue kwnames) { return all_of(argv[0], bspace); }
static TwValue b_isalnum(int argc, TwValue *argv, TwValue kwnames) { return all_of(argv[0], balnum); }

static TwValue b_isascii(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    for (size_t i = 0; i < n; i++) {
        if (d[i] >= 0x80) {
            return TW_FALSE;
        }
    }
    return TW_TRUE;
}

static TwValue b_islower(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (bupper(d[i])) {
            return TW_FALSE;
        }
        cased |= blower(d[i]);
    }
    return tw_bool(cased);
}

static TwValue b_isupper(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (blower(d[i])) {
            return TW_FALSE;
        }
        cased |= bupper(d[i]);
    }
    return tw_bool(cased);
}

static TwValue b_istitle(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        if (bupper(d[i])) {
            if (prev) {
                return TW_FALSE;
            }
            prev = cased = true;
        } else if (blower(d[i])) {
            if (!prev) {
                return TW_FALSE;
            }
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return tw_bool(cased);
}

// ---------------------------------------------------------------- padding, tabs

static TwValue pad_impl(int argc, TwValue *argv, const char *name, int kind) {
    int64_t width;
    if (tw_int_as_i64(argv[1], &width) < 0) {
        return TW_NULL;
    }
    uint8_t fill = ' ';
    if (argc > 2) {
        const uint8_t *fd = NULL;
        size_t fn = 0;
        if (!tw_bytes_view(argv[2], &fd, &fn) || fn != 1) {
            return tw_error(&tw_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                            tw_type_cname(tw_type_of(argv[2])));
        }
        fill = fd[0];
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    if (width <= (int64_t)n) {
        return tw_is_type(argv[0], &tw_type_bytes) ? argv[0] : like(argv[0], d, n);
    }
    int64_t marg = width - (int64_t)n, left;
    if (kind == 0) {
        left = 0;
    } else if (kind == 1) {
        left = marg;
    } else {
        left = marg / 2 + (marg & width & 1);
    }
    uint8_t *o = malloc((size_t)width);
    if (!o) {
        return tw_error_nomem();
    }
    memset(o, fill, (size_t)width);
    memcpy(o + left, d, n);
    TwValue r = like(argv[0], o, (size_t)width);
    free(o);
    return r;
}

static TwValue b_ljust(int argc, TwValue *argv, TwValue kwnames) { return pad_impl(argc, argv, "ljust", 0); }
static TwValue b_rjust(int argc, TwValue *argv, TwValue kwnames) { return pad_impl(argc, argv, "rjust", 1); }
static TwValue b_center(int argc, TwValue *argv, TwValue kwnames) { return pad_impl(argc, argv, "center", 2); }

static TwValue b_zfill(int argc, TwValue *argv, TwValue kwnames) {
    int64_t width;
    if (tw_int_as_i64(argv[1], &width) < 0) {
        return TW_NULL;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    if (width <= (int64_t)n) {
        return tw_is_type(argv[0], &tw_type_bytes) ? argv[0] : like(argv[0], d, n);
    }
    size_t fillc = (size_t)width - n;
    uint8_t *o = malloc((size_t)width);
    if (!o) {
        return tw_error_nomem();
    }
    memset(o, '0', fillc);
    memcpy(o + fillc, d, n);
    if (n > 0 && (o[fillc] == '+' || o[fillc] == '-')) {
        o[0] = o[fillc];
        o[fillc] = '0';
    }
    TwValue r = like(argv[0], o, (size_t)width);
    free(o);
    return r;
}

static TwValue b_expandtabs(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"tabsize"};
    TwValue a[1];
    if (tw_parse_args("expandtabs", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    int64_t tabsize = 8;
    if (a[0] && tw_int_as_i64(a[0], &tabsize) < 0) {
        return TW_NULL;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    TwBuf b;
    tw_buf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        int r;
        if (d[i] == '\t') {
            r = 0;
            if (tabsize > 0) {
                size_t sp = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t k = 0; k < sp && r == 0; k++) {
                    r = tw_buf_append(&b, " ", 1);
                }
                col += sp;
            }
        } else {
            r = tw_buf_append(&b, (const char *)d + i, 1);
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
        if (r < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    TwValue r = like(argv[0], b.data ? b.data : "", b.size);
    tw_buf_free(&b);
    return r;
}

// ---------------------------------------------------------------- translate

static TwValue b_translate(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"table", "delete"};
    TwValue a[2];
    if (tw_parse_args("translate", argc - 1, argv + 1, kwnames, names, 2, 1, 2, 1, a) < 0) {
        return TW_NULL;
    }
    const uint8_t *td = NULL, *dd = NULL;
    size_t tn = 0, dn = 0;
    if (a[0] != TW_NONE) {
        if (need_bytes(a[0], &td, &tn) < 0) {
            return TW_NULL;
        }
        if (tn != 256) {
            return tw_error(&tw_type_ValueError, "translation table must be 256 characters long");
        }
    }
    if (a[1] && need_bytes(a[1], &dd, &dn) < 0) {
        return TW_NULL;
    }
    uint8_t del[256] = {0};
    for (size_t i = 0; i < dn; i++) {
        del[dd[i]] = 1;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    view(argv[0], &d, &n);
    uint8_t *o = malloc(n + 1);
    if (!o) {
        return tw_error_nomem();
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!del[d[i]]) {
            o[k++] = td ? td[d[i]] : d[i];
        }
    }
    TwValue r = like(argv[0], o, k);
    free(o);
    return r;
}

static TwValue b_maketrans(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *f, *t;
    size_t fn, tn;
    if (need_bytes(argv[0], &f, &fn) < 0 || need_bytes(argv[1], &t, &tn) < 0) {
        return TW_NULL;
    }
    if (fn != tn) {
        return tw_error(&tw_type_ValueError, "maketrans arguments must have same length");
    }
    uint8_t table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < fn; i++) {
        table[f[i]] = t[i];
    }
    return tw_bytes_new(table, 256);
}

static const TwMethodDef methods[] = {
    {"decode", b_decode, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"hex", b_hex, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"fromhex", b_fromhex, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"find", b_find, 2, 4, TW_BUILTIN_METHOD},
    {"rfind", b_rfind, 2, 4, TW_BUILTIN_METHOD},
    {"index", b_index, 2, 4, TW_BUILTIN_METHOD},
    {"rindex", b_rindex, 2, 4, TW_BUILTIN_METHOD},
    {"count", b_count, 2, 4, TW_BUILTIN_METHOD},
    {"startswith", b_startswith, 2, 4, TW_BUILTIN_METHOD},
    {"endswith", b_endswith, 2, 4, TW_BUILTIN_METHOD},
    {"replace", b_replace, 3, 4, TW_BUILTIN_METHOD},
    {"split", b_split, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"rsplit", b_rsplit, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"splitlines", b_splitlines, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"join", b_join, 2, 2, TW_BUILTIN_METHOD},
    {"strip", b_strip, 1, 2, TW_BUILTIN_METHOD},
    {"lstrip", b_lstrip, 1, 2, TW_BUILTIN_METHOD},
    {"rstrip", b_rstrip, 1, 2, TW_BUILTIN_METHOD},
    {"partition", b_partition, 2, 2, TW_BUILTIN_METHOD},
    {"rpartition", b_rpartition, 2, 2, TW_BUILTIN_METHOD},
    {"removeprefix", b_removeprefix, 2, 2, TW_BUILTIN_METHOD},
    {"removesuffix", b_removesuffix, 2, 2, TW_BUILTIN_METHOD},
    {"lower", b_lower, 1, 1, TW_BUILTIN_METHOD},
    {"upper", b_upper, 1, 1, TW_BUILTIN_METHOD},
    {"swapcase", b_swapcase, 1, 1, TW_BUILTIN_METHOD},
    {"title", b_title, 1, 1, TW_BUILTIN_METHOD},
    {"capitalize", b_capitalize, 1, 1, TW_BUILTIN_METHOD},
    {"isalpha", b_isalpha, 1, 1, TW_BUILTIN_METHOD},
    {"isdigit", b_isdigit, 1, 1, TW_BUILTIN_METHOD},
    {"isspace", b_isspace, 1, 1, TW_BUILTIN_METHOD},
    {"isalnum", b_isalnum, 1, 1, TW_BUILTIN_METHOD},
    {"isascii", b_isascii, 1, 1, TW_BUILTIN_METHOD},
    {"islower", b_islower, 1, 1, TW_BUILTIN_METHOD},
    {"isupper", b_isupper, 1, 1, TW_BUILTIN_METHOD},
    {"istitle", b_istitle, 1, 1, TW_BUILTIN_METHOD},
    {"ljust", b_ljust, 2, 3, TW_BUILTIN_METHOD},
    {"rjust", b_rjust, 2, 3, TW_BUILTIN_METHOD},
    {"center", b_center, 2, 3, TW_BUILTIN_METHOD},
    {"zfill", b_zfill, 2, 2, TW_BUILTIN_METHOD},
    {"expandtabs", b_expandtabs, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"translate", b_translate, 2, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"maketrans", b_maketrans, 2, 2, TW_BUILTIN_STATIC},
    {NULL, NULL, 0, 0, 0},
};

void tw_bytes_methods_init(void) {
    tw_type_add_methods(&tw_type_bytes, methods);
    tw_type_add_methods(&tw_type_bytearray, methods);
}
