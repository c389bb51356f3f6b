// The built-in codecs: str.encode and bytes.decode for UTF-8, ASCII and Latin-1 (with their
// usual aliases), UTF-16 and UTF-32, and the standard error handlers (strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass). Errors are
// UnicodeDecodeError / UnicodeEncodeError with CPython's arguments and messages.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "obj.h"
#include "text.h"

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE };
static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                                        "utf-32", "utf-32-le", "utf-32-be"};

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS, ERR_UNKNOWN };

// Normalise an encoding name as the codecs registry does (case, '-' and ' ' as '_').
static int lookup_encoding(const char *name) {
    if (!name) {
        return ENC_UTF8;
    }
    char norm[64];
    size_t n = 0;
    for (const char *p = name; *p && n < sizeof norm - 1; p++) {
        char c = (char)tolower((unsigned char)*p);
        norm[n++] = (c == '-' || c == ' ') ? '_' : c;
    }
    norm[n] = 0;
    static const struct { const char *name; int enc; } aliases[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8}, {"cp65001", ENC_UTF8},
        {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
        {"ansi_x3.4_1968", ENC_ASCII}, {"iso646_us", ENC_ASCII}, {"cp367", ENC_ASCII},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1}, {"l1", ENC_LATIN1},
        {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        {"iso_ir_100", ENC_LATIN1}, {"iso_8859_1:1987", ENC_LATIN1},
        {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
        {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE},
        {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
        {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            return aliases[i].enc;
        }
    }
    tw_error(&tw_type_LookupError, "unknown encoding: %s", name);
    return -1;
}

static int lookup_errors(const char *errors) {
    if (!errors || strcmp(errors, "strict") == 0) {
        return ERR_STRICT;
    }
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "surrogateescape", "surrogatepass"};
    for (int i = 0; i < 7; i++) {
        if (strcmp(errors, names[i]) == 0) {
            return i;
        }
    }
    return ERR_UNKNOWN;
}

static void unknown_handler(const char *errors) {
    tw_error(&tw_type_LookupError, "unknown error handler name '%s'", errors);
}

static TwValue raise_decode_error(int enc, const uint8_t *data, size_t n, size_t start, size_t end, const char *reason) {
    TwValue obj = tw_bytes_new(data, n);
    TwValue ename = obj ? tw_str_from_c(enc_names[enc]) : TW_NULL;
    TwValue r = ename ? tw_str_from_c(reason) : TW_NULL;
    if (!r) {
        return TW_NULL;
    }
    TwValue args = tw_tuple_pack(5, ename, obj, tw_from_small_int((int64_t)start), tw_from_small_int((int64_t)end), r);
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_UnicodeDecodeError, args);
    return exc ? tw_raise(exc) : TW_NULL;
}

static TwValue raise_encode_error(int enc, TwValue s, size_t start, size_t end, const char *reason) {
    TwValue ename = tw_str_from_c(enc_names[enc]);
    TwValue r = ename ? tw_str_from_c(reason) : TW_NULL;
    if (!r) {
        return TW_NULL;
    }
    TwValue args = tw_tuple_pack(5, ename, s, tw_from_small_int((int64_t)start), tw_from_small_int((int64_t)end), r);
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_UnicodeEncodeError, args);
    return exc ? tw_raise(exc) : TW_NULL;
}

// ---------------------------------------------------------------- decoding

// Handle undecodable bytes data[start..end) with handler `err`; 0 or -1 (error set).
static int decode_error(TwBuf *b, size_t *len, int enc, int err, const char *errors, const uint8_t *data,
                        size_t n, size_t start, size_t end, const char *reason) {
    switch (err) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        (*len)++;
        return tw_buf_append_codepoint(b, 0xFFFD);
    case ERR_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            if (tw_buf_printf(b, "\\x%02x", data[i]) < 0) {
                return -1;
            }
            *len += 4;
        }
        return 0;
    case ERR_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            if (data[i] < 128) {
                raise_decode_error(enc, data, n, start, end, reason);
                return -1;
            }
            if (tw_buf_append_codepoint(b, 0xDC00 + data[i]) < 0) {
                return -1;
            }
            (*len)++;
        }
        return 0;
    case ERR_UNKNOWN:
        unknown_handler(errors);
        return -1;
    default:
        raise_decode_error(enc, data, n, start, end, reason);
        return -1;
    }
}

static TwValue decode_utf8(const uint8_t *data, size_t n, int err, const char *errors) {
    size_t bad = tw_utf8_check((const char *)data, n, false);
    if (bad == n) {
        return tw_str_new((const char *)data, n);
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t len = 0, i = 0;
    while (i < n) {
        size_t good = tw_utf8_check((const char *)data + i, n - i, err == ERR_SURROGATEPASS);
        if (good > 0) {
            if (tw_buf_append(&b, (const char *)data + i, good) < 0) {
                goto fail;
            }
            len += tw_utf8_count((const char *)data + i, good);
            i += good;
            if (i >= n) {
                break;
            }
        }
        // Classify the bad sequence at i as CPython does: the error covers the lead byte
        // plus the continuation bytes that were valid so far.
        uint8_t c = data[i];
        size_t end = i + 1;
        const char *reason = "invalid start byte";
        int need = 0;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED && err != ERR_SURROGATEPASS) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        }
        if (need > 0) {
            size_t k = i + 1;
            int got = 0;
            reason = "invalid continuation byte";
            while (got < need) {
                if (k >= n) {
                    reason = "unexpected end of data";
                    break;
                }
                uint8_t cc = data[k];
                bool ok = got == 0 ? (cc >= lo && cc <= hi) : (cc >= 0x80 && cc <= 0xBF);
                if (!ok) {
                    break;
                }
                got++;
                k++;
            }
            end = i + 1 + (size_t)got;
        }
        if (decode_error(&b, &len, ENC_UTF8, err, errors, data, n, i, end, reason) < 0) {
            goto fail;
        }
        i = end;
    }
    return tw_buf_to_str_len(&b, len);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

static TwValue decode_8bit(const uint8_t *data, size_t n, int enc, int err, const char *errors) {
    size_t i = 0;
    while (i < n && data[i] < 0x80) {
        i++;
    }
    if (i == n) {
        return tw_str_new_len((const char *)data, n, n);
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t len = 0;
    for (i = 0; i < n; i++) {
        int r;
        if (data[i] < 0x80 || enc == ENC_LATIN1) {
            r = tw_buf_append_codepoint(&b, data[i]);
            len++;
        } else {
            r = decode_error(&b, &len, enc, err, errors, data, n, i, i + 1, "ordinal not in range(128)");
        }
        if (r < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str_len(&b, len);
}

static TwValue decode_utf16_32(const uint8_t *data, size_t n, int enc, int err, const char *errors) {
    bool wide = enc >= ENC_UTF32;
    size_t unit = wide ? 4 : 2;
    int base = wide ? ENC_UTF32 : ENC_UTF16;
    bool big = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    size_t i = 0;
    if (enc == base && n >= unit) {
        // A byte order mark picks the byte order and is dropped.
        if (wide) {
            if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) {
                i = 4;
            } else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) {
                i = 4;
                big = true;
            }
        } else if (data[0] == 0xFF && data[1] == 0xFE) {
            i = 2;
        } else if (data[0] == 0xFE && data[1] == 0xFF) {
            i = 2;
            big = true;
        }
    }
    // Errors name the byte order actually used ("utf-16-le" for plain "utf-16").
    if (enc == ENC_UTF16) {
        enc = big ? ENC_UTF16BE : ENC_UTF16LE;
    } else if (enc == ENC_UTF32) {
        enc = big ? ENC_UTF32BE : ENC_UTF32LE;
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t len = 0;
    while (i < n) {
        if (n - i < unit) {
            if (decode_error(&b, &len, enc, err, errors, data, n, i, n, "truncated data") < 0) {
                goto fail;
            }
            break;
        }
        uint32_t u = 0;
        for (size_t k = 0; k < unit; k++) {
            u |= (uint32_t)data[i + (big ? unit - 1 - k : k)] << (8 * k);
        }
        if (wide) {
            if (u > 0x10FFFF || (u >= 0xD800 && u < 0xE000 && err != ERR_SURROGATEPASS)) {
                if (decode_error(&b, &len, enc, err, errors, data, n, i, i + 4,
                                 u > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)") < 0) {
                    goto fail;
                }
                i += 4;
                continue;
            }
            i += 4;
        } else {
            i += 2;
            if (u >= 0xD800 && u < 0xDC00) {
                if (n - i < 2) {
                    if (decode_error(&b, &len, enc, err, errors, data, n, i - 2, n, "unexpected end of data") < 0) {
                        goto fail;
                    }
                    break;
                }
                uint32_t u2 = big ? ((uint32_t)data[i] << 8 | data[i + 1]) : ((uint32_t)data[i + 1] << 8 | data[i]);
                if (u2 >= 0xDC00 && u2 < 0xE000) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
                    i += 2;
                } else {
                    if (decode_error(&b, &len, enc, err, errors, data, n, i - 2, i, "illegal UTF-16 surrogate") < 0) {
                        goto fail;
                    }
                    continue;
                }
            } else if (u >= 0xDC00 && u < 0xE000) {
                if (decode_error(&b, &len, enc, err, errors, data, n, i - 2, i, "illegal encoding") < 0) {
                    goto fail;
                }
                continue;
            }
        }
        if (tw_buf_append_codepoint(&b, u) < 0) {
            goto fail;
        }
        len++;
    }
    return tw_buf_to_str_len(&b, len);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

TwValue tw_bytes_decode(const uint8_t *data, size_t n, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) {
        return TW_NULL;
    }
    int err = lookup_errors(errors);
    switch (enc) {
    case ENC_UTF8:
        return decode_utf8(data, n, err, errors);
    case ENC_ASCII:
    case ENC_LATIN1:
        return decode_8bit(data, n, enc, err, errors);
    default:
        return decode_utf16_32(data, n, enc, err, errors);
    }
}

// ---------------------------------------------------------------- encoding

static int put_unit(TwBuf *b, uint32_t u, int enc) {
    char out[4];
    size_t k;
    bool wide = enc >= ENC_UTF32, big = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    size_t unit = wide ? 4 : 2;
    for (k = 0; k < unit; k++) {
        out[big ? unit - 1 - k : k] = (char)(u >> (8 * k));
    }
    return tw_buf_append(b, out, unit);
}

static int put_cp(TwBuf *b, uint32_t cp, int enc) {
    switch (enc) {
    case ENC_UTF8: {
        char out[4];
        return tw_buf_append(b, out, (size_t)tw_utf8_encode(cp, out));
    }
    case ENC_ASCII:
    case ENC_LATIN1: {
        char c = (char)cp;
        return tw_buf_append(b, &c, 1);
    }
    case ENC_UTF16:
    case ENC_UTF16LE:
    case ENC_UTF16BE:
        if (cp >= 0x10000) {
            cp -= 0x10000;
            if (put_unit(b, 0xD800 + (cp >> 10), enc) < 0) {
                return -1;
            }
            return put_unit(b, 0xDC00 + (cp & 0x3FF), enc);
        }
        return put_unit(b, cp, enc);
    default:
        return put_unit(b, cp, enc);
    }
}

TwValue tw_str_encode(TwValue s, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s);
    bool ascii = n == tw_str_length(s);
    if (ascii && (enc == ENC_UTF8 || enc == ENC_ASCII || enc == ENC_LATIN1)) {
        return tw_bytes_new(d, n);
    }
    int err = lookup_errors(errors);
    if (enc == ENC_UTF8 && tw_utf8_check(d, n, false) == n) {
        return tw_bytes_new(d, n);
    }
    int penc = enc == ENC_UTF16 ? ENC_UTF16LE : enc == ENC_UTF32 ? ENC_UTF32LE : enc;
    TwBuf b;
    tw_buf_init(&b);
    if ((enc == ENC_UTF16 || enc == ENC_UTF32) && put_unit(&b, 0xFEFF, penc) < 0) {
        goto fail;
    }
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    const char *p = d, *end = d + n;
    size_t idx = 0;
    while (p < end) {
        int k;
        uint32_t cp = tw_utf8_decode(p, &k);
        bool surrogate = cp >= 0xD800 && cp < 0xE000;
        bool bad = cp >= limit || (surrogate && limit == 0x110000);
        if (!bad) {
            if (put_cp(&b, cp, penc) < 0) {
                goto fail;
            }
            p += k;
            idx++;
            continue;
        }
        // Collect the run of unencodable code points for the error range.
        const char *q = p;
        size_t endidx = idx;
        while (q < end) {
            int k2;
            uint32_t c2 = tw_utf8_decode(q, &k2);
            bool sur2 = c2 >= 0xD800 && c2 < 0xE000;
            if (!(c2 >= limit || (sur2 && limit == 0x110000))) {
                break;
            }
            q += k2;
            endidx++;
        }
        const char *reason = limit == 0x80 ? "ordinal not in range(128)" : limit == 0x100 ? "ordinal not in range(256)"
                                                                                       : "surrogates not allowed";
        int r = 0;
        switch (err) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (size_t i = idx; i < endidx; i++) {
                if (put_cp(&b, '?', penc) < 0) {
                    goto fail;
                }
            }
            break;
        case ERR_BACKSLASH:
        case ERR_XMLCHARREF:
            for (const char *x = p; x < q;) {
                int k3;
                uint32_t c3 = tw_utf8_decode(x, &k3);
                x += k3;
                char tmp[16];
                if (err == ERR_XMLCHARREF) {
                    snprintf(tmp, sizeof tmp, "&#%u;", c3);
                } else if (c3 < 0x100) {
                    snprintf(tmp, sizeof tmp, "\\x%02x", c3);
                } else if (c3 < 0x10000) {
                    snprintf(tmp, sizeof tmp, "\\u%04x", c3);
                } else {
                    snprintf(tmp, sizeof tmp, "\\U%08x", c3);
                }
                for (char *t = tmp; *t; t++) {
                    if (put_cp(&b, (uint8_t)*t, penc) < 0) {
                        goto fail;
                    }
                }
            }
            break;
        case ERR_SURROGATEESCAPE:
        case ERR_SURROGATEPASS:
            for (const char *x = p; x < q;) {
                int k3;
                uint32_t c3 = tw_utf8_decode(x, &k3);
                x += k3;
                if (err == ERR_SURROGATEESCAPE && c3 >= 0xDC80 && c3 <= 0xDCFF) {
                    char byte = (char)(c3 - 0xDC00);
                    if (tw_buf_append(&b, &byte, 1) < 0) {
                        goto fail;
                    }
                } else if (err == ERR_SURROGATEPASS && c3 >= 0xD800 && c3 < 0xE000 && limit == 0x110000) {
                    if (put_cp(&b, c3, penc) < 0) {
                        goto fail;
                    }
                } else {
                    // Only the first offending code point is reported.
                    size_t at = idx + (size_t)tw_utf8_count(p, (size_t)(x - k3 - p));
                    raise_encode_error(enc, s, at, at + 1, reason);
                    goto fail;
                }
            }
            break;
        case ERR_UNKNOWN:
            unknown_handler(errors);
            goto fail;
        default:
            raise_encode_error(enc, s, idx, endidx, reason);
            goto fail;
        }
        (void)r;
        p = q;
        idx = endidx;
    }
    TwValue r = tw_bytes_new(b.data ? b.data : "", b.size);
    tw_buf_free(&b);
    return r;
fail:
    tw_buf_free(&b);
    return TW_NULL;
}
