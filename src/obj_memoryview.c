// memoryview and the buffer interface's generic half (buffer.h). A view records its
// exporter (`obj`), the address of its first item, a struct format of one native
// character, and shape/strides for up to 64 dimensions, as CPython's Py_buffer does;
// slicing makes a new view of the same exporter and casting reinterprets the items.
// Every view, sliced or cast, registers with the exporter (tw_buffer_export) until it is
// released or collected, so a bytearray does not resize under it.
#include <stdio.h>
#include <stdlib.h>

#include "buffer.h"
#include "gc.h"
#include "text.h"

#define MAX_NDIM 64

typedef struct TwMemoryView {
    TwObject hdr;
    TwValue obj;                 // the exporter (never another memoryview)
    const TwBufferProcs *procs;  // obj's procs, kept for the finalizer (obj may be dead)
    uint8_t *buf;                // the item at index (0, ..., 0)
    int64_t len;                 // nbytes
    int64_t hash;                // -1 until computed
    int64_t exports;             // C users registered on this view (release refuses)
    int itemsize, ndim;
    char format[4];              // "B", "i", "@i"
    bool readonly, released;
    int64_t *shape, *strides;    // ndim each, in dims[]
    int64_t dims[];
} TwMemoryView;

#define MV(v) TW_OBJ(v, TwMemoryView)

static void mv_trace(TwObject *self) {
    tw_gc_mark(((TwMemoryView *)self)->obj);
}

static void mv_finalize(TwObject *self) {
    TwMemoryView *m = (TwMemoryView *)self;
    if (!m->released && m->procs && m->procs->exports) {
        m->procs->exports(m->obj, -1);
    }
    m->released = true;
}

TwType tw_type_memoryview = {
    .hdr = {&tw_type_type},
    .c_name = "memoryview",
    .basic_size = sizeof(TwMemoryView),
    .flags = TW_TYPE_SEQUENCE,
    .trace = mv_trace,
    .finalize = mv_finalize,
};

// ---------------------------------------------------------------- the buffer interface

const TwBufferProcs *tw_buffer_procs(TwValue v) {
    if (!tw_is_ptr(v) || !v) {
        return NULL;
    }
    for (TwType *t = tw_as_obj(v)->type; t; t = t->base) {
        if (t->as_buffer) {
            return t->as_buffer;
        }
    }
    return NULL;
}

int tw_buffer_get(TwValue v, TwBuffer *view, int flags) {
    const TwBufferProcs *p = tw_buffer_procs(v);
    if (!p) {
        tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%s'", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    memset(view, 0, sizeof *view);
    return p->get(v, view, flags);
}

int tw_buffer_arg(TwValue v, const uint8_t **data, size_t *len) {
    if (tw_bytes_view(v, data, len)) {
        return 1;
    }
    if (!tw_buffer_check(v)) {
        return 0;
    }
    TwBuffer view;
    if (tw_buffer_get(v, &view, TW_BUF_SIMPLE) < 0) {
        return -1;
    }
    *data = view.data;
    *len = view.len;
    return 1;
}

// ---------------------------------------------------------------- formats

// Item size of a native single-character struct format ("i" or "@i"), 0 if not one.
static int format_size(const char *f) {
    if (f[0] == '@') {
        f++;
    }
    if (!f[0] || f[1]) {
        return 0;
    }
    switch (f[0]) {
    case 'c': case 'b': case 'B': case '?':
        return 1;
    case 'h': case 'H':
        return 2;
    case 'i': case 'I': case 'f':
        return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
        return 8;
    default:
        return 0;
    }
}

static char fmt_char(const TwMemoryView *m) {
    return m->format[0] == '@' ? m->format[1] : m->format[0];
}

static bool is_byte_format(char c) {
    return c == 'B' || c == 'b' || c == 'c';
}

static TwValue unpack(const TwMemoryView *m, const uint8_t *p) {
    union {
        int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q; uint64_t Q; float f; double d;
    } u;
    memcpy(&u, p, (size_t)m->itemsize);
    switch (fmt_char(m)) {
    case 'B': return tw_from_small_int(p[0]);
    case 'b': return tw_from_small_int((int8_t)p[0]);
    case 'c': return tw_bytes_new(p, 1);
    case '?': return tw_bool(p[0] != 0);
    case 'h': return tw_from_small_int(u.h);
    case 'H': return tw_from_small_int(u.H);
    case 'i': return tw_from_small_int(u.i);
    case 'I': return tw_from_small_int(u.I);
    case 'l': case 'q': case 'n': return tw_int_from_i64(u.q);
    case 'L': case 'Q': case 'N': case 'P': return tw_int_from_u64(u.Q);
    case 'f': return tw_from_float(u.f);
    case 'd': return tw_from_float(u.d);
    default:
        return tw_error(&tw_type_NotImplementedError, "memoryview: format %s not supported", m->format);
    }
}

// An int value as uint64 when it is in [0, 2**64); false otherwise.
static bool int_to_u64(TwValue v, uint64_t *out) {
    int64_t i;
    if (tw_int_to_i64(v, &i)) {
        *out = (uint64_t)i;
        return i >= 0;
    }
    if (!tw_is_ptr(v) || tw_int_sign(v) < 0) {
        return false;
    }
    TwBigInt *b = TW_OBJ(v, TwBigInt);
    if (b->size > 2) {
        return false;
    }
    *out = b->digits[0] | (b->size == 2 ? (uint64_t)b->digits[1] << 32 : 0);
    return true;
}

static int bad_item(const TwMemoryView *m, bool value) {
    tw_error(value ? &tw_type_ValueError : &tw_type_TypeError, "memoryview: invalid %s for format '%s'",
             value ? "value" : "type", m->format);
    return -1;
}

// Store v as one item at p, with CPython's errors: TypeError for a value of the wrong
// kind, ValueError for one out of the format's range.
static int pack(const TwMemoryView *m, uint8_t *p, TwValue v) {
    char c = fmt_char(m);
    union {
        int8_t b; int16_t h; uint16_t H; int32_t i; uint32_t I; int64_t q; uint64_t Q; float f; double d;
    } u;
    if (c == 'c') {
        const uint8_t *d;
        size_t n;
        if (!tw_isinstance_type(v, &tw_type_bytes) || !tw_bytes_view(v, &d, &n)) {
            return bad_item(m, false);
        }
        if (n != 1) {
            return bad_item(m, true);
        }
        p[0] = d[0];
        return 0;
    }
    if (c == '?') {
        int t = tw_truthy(v);
        if (t < 0) {
            return -1;
        }
        p[0] = (uint8_t)t;
        return 0;
    }
    if (c == 'f' || c == 'd') {
        double d;
        if (tw_number_as_double(v, &d) < 0) {
            if (tw_error_matches(&tw_type_TypeError)) {
                tw_error_clear();
                return bad_item(m, false);
            }
            if (tw_error_matches(&tw_type_OverflowError) || tw_error_matches(&tw_type_ValueError)) {
                tw_error_clear();
                return bad_item(m, true);
            }
            return -1;
        }
        if (c == 'f') {
            u.f = (float)d;
        } else {
            u.d = d;
        }
        memcpy(p, &u, (size_t)m->itemsize);
        return 0;
    }
    TwValue iv = tw_index(v);
    if (!iv) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            return bad_item(m, false);
        }
        return -1;
    }
    int64_t s = 0;
    uint64_t q = 0;
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (is_signed ? !tw_int_to_i64(iv, &s) : !int_to_u64(iv, &q)) {
        if (c != 'P' || !tw_int_to_i64(iv, &s)) {
            return bad_item(m, true);
        }
        q = (uint64_t)s;
    }
    switch (c) {
    case 'B':
        if (q > 255) {
            return bad_item(m, true);
        }
        p[0] = (uint8_t)q;
        return 0;
    case 'b':
        if (s < -128 || s > 127) {
            return bad_item(m, true);
        }
        u.b = (int8_t)s;
        break;
    case 'h':
        if (s < INT16_MIN || s > INT16_MAX) {
            return bad_item(m, true);
        }
        u.h = (int16_t)s;
        break;
    case 'H':
        if (q > UINT16_MAX) {
            return bad_item(m, true);
        }
        u.H = (uint16_t)q;
        break;
    case 'i':
        if (s < INT32_MIN || s > INT32_MAX) {
            return bad_item(m, true);
        }
        u.i = (int32_t)s;
        break;
    case 'I':
        if (q > UINT32_MAX) {
            return bad_item(m, true);
        }
        u.I = (uint32_t)q;
        break;
    case 'l': case 'q': case 'n':
        u.q = s;
        break;
    case 'L': case 'Q': case 'N': case 'P':
        u.Q = q;
        break;
    default:
        tw_error(&tw_type_NotImplementedError, "memoryview: format %s not supported", m->format);
        return -1;
    }
    memcpy(p, &u, (size_t)m->itemsize);
    return 0;
}

// ---------------------------------------------------------------- views

static TwMemoryView *mv_alloc(int ndim) {
    size_t size = sizeof(TwMemoryView) + 2 * (size_t)ndim * sizeof(int64_t);
    TwMemoryView *m = (TwMemoryView *)tw_gc_alloc(&tw_type_memoryview, size);
    if (!m) {
        return NULL;
    }
    m->ndim = ndim;
    m->shape = m->dims;
    m->strides = m->dims + ndim;
    m->hash = -1;
    m->released = true;   // nothing registered yet: the finalizer must not unregister
    return m;
}

// Register the new view m on its exporter; from here on it is live.
static void mv_register(TwMemoryView *m) {
    m->procs = tw_buffer_procs(m->obj);
    if (m->procs->exports) {
        m->procs->exports(m->obj, +1);
    }
    m->released = false;
}

// A new view with src's exporter, memory and layout, with `ndim` dimensions to fill in.
static TwMemoryView *mv_derive(const TwMemoryView *src, int ndim) {
    TwMemoryView *m = mv_alloc(ndim);
    if (!m) {
        return NULL;
    }
    m->obj = src->obj;
    m->buf = src->buf;
    m->len = src->len;
    m->itemsize = src->itemsize;
    memcpy(m->format, src->format, sizeof m->format);
    m->readonly = src->readonly;
    if (ndim == src->ndim) {
        memcpy(m->dims, src->dims, 2 * (size_t)ndim * sizeof(int64_t));
    }
    mv_register(m);
    return m;
}

static int released_error(void) {
    tw_error(&tw_type_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

// self as a live view, or NULL with ValueError when released.
static TwMemoryView *live(TwValue self) {
    TwMemoryView *m = MV(self);
    if (m->released) {
        released_error();
        return NULL;
    }
    return m;
}

TwValue tw_memoryview_new(TwValue obj) {
    if (tw_is_type(obj, &tw_type_memoryview)) {
        TwMemoryView *src = live(obj);
        TwMemoryView *m = src ? mv_derive(src, src->ndim) : NULL;
        return m ? tw_from_obj(m) : TW_NULL;
    }
    if (!tw_buffer_check(obj)) {
        return tw_error(&tw_type_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                        tw_type_cname(tw_type_of(obj)));
    }
    TwBuffer view;
    if (tw_buffer_get(obj, &view, TW_BUF_SIMPLE) < 0) {
        return TW_NULL;
    }
    TwMemoryView *m = mv_alloc(1);
    if (!m) {
        return TW_NULL;
    }
    const char *fmt = view.format ? view.format : "B";
    m->obj = view.obj;
    m->buf = view.data;
    m->len = (int64_t)view.len;
    m->itemsize = view.itemsize ? view.itemsize : 1;
    snprintf(m->format, sizeof m->format, "%s", fmt);
    m->readonly = view.readonly;
    m->shape[0] = m->len / m->itemsize;
    m->strides[0] = m->itemsize;
    mv_register(m);
    return tw_from_obj(m);
}

static bool c_contiguous(const TwMemoryView *m) {
    if (m->len == 0) {
        return true;
    }
    int64_t sd = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        if (m->shape[i] > 1 && m->strides[i] != sd) {
            return false;
        }
        sd *= m->shape[i];
    }
    return true;
}

static bool f_contiguous(const TwMemoryView *m) {
    if (m->len == 0) {
        return true;
    }
    int64_t sd = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        if (m->shape[i] > 1 && m->strides[i] != sd) {
            return false;
        }
        sd *= m->shape[i];
    }
    return true;
}

// Copy the items of m from dimension `dim` on, starting at src, to dst laid out with
// strides dstrides (C or Fortran order of a contiguous block).
static void copy_out(const TwMemoryView *m, int dim, const uint8_t *src, uint8_t *dst, const int64_t *dstrides) {
    if (dim == m->ndim) {
        memcpy(dst, src, (size_t)m->itemsize);
        return;
    }
    for (int64_t i = 0; i < m->shape[dim]; i++) {
        copy_out(m, dim + 1, src + i * m->strides[dim], dst + i * dstrides[dim], dstrides);
    }
}

// m's items in C (or Fortran) order, as a new bytes.
static TwValue to_bytes(const TwMemoryView *m, bool fortran) {
    if (c_contiguous(m) && (!fortran || m->ndim <= 1)) {
        return tw_bytes_new(m->buf, (size_t)m->len);
    }
    TwValue b = tw_bytes_new(NULL, (size_t)m->len);
    if (!b) {
        return TW_NULL;
    }
    int64_t st[MAX_NDIM];
    int64_t sd = m->itemsize;
    for (int k = 0; k < m->ndim; k++) {
        int i = fortran ? k : m->ndim - 1 - k;
        st[i] = sd;
        sd *= m->shape[i];
    }
    copy_out(m, 0, m->buf, TW_OBJ(b, TwBytes)->data, st);
    return b;
}

static int mv_getbuf(TwValue self, TwBuffer *view, int flags) {
    TwMemoryView *m = live(self);
    if (!m) {
        return -1;
    }
    if ((flags & TW_BUF_WRITABLE) && m->readonly) {
        tw_error(&tw_type_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    view->readonly = m->readonly;
    view->format = m->format;
    view->itemsize = m->itemsize;
    view->len = (size_t)m->len;
    if (c_contiguous(m)) {
        view->obj = self;
        view->data = m->buf;
        return 0;
    }
    if (!(flags & TW_BUF_COPY) || (flags & TW_BUF_WRITABLE)) {
        tw_error(&tw_type_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    TwValue copy = to_bytes(m, false);
    if (!copy) {
        return -1;
    }
    view->obj = copy;
    view->data = TW_OBJ(copy, TwBytes)->data;
    return 0;
}

static void mv_exports(TwValue self, int delta) {
    MV(self)->exports += delta;
}

static const TwBufferProcs mv_procs = {mv_getbuf, mv_exports};

// ---------------------------------------------------------------- construction, release

static TwValue mv_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"object"};
    TwValue a[1];
    if (kwnames && argc - 1 == (int)tw_tuple_size(kwnames) && !tw_str_eq_c(tw_tuple_items(kwnames)[0], "object")) {
        // CPython's argument clinic reports the missing argument before the unknown one
        return tw_error(&tw_type_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    }
    if (tw_parse_args("memoryview", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return tw_memoryview_new(a[0]);
}

static TwValue mv_release(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = MV(argv[0]);
    if (m->released) {
        return TW_NONE;
    }
    if (m->exports > 0) {
        return tw_error(&tw_type_BufferError, "memoryview has %lld exported buffer%s", (long long)m->exports,
                        m->exports > 1 ? "s" : "");
    }
    mv_finalize(&m->hdr);
    return TW_NONE;
}

static TwValue mv_enter(int argc, TwValue *argv, TwValue kwnames) {
    return live(argv[0]) ? argv[0] : TW_NULL;
}

static TwValue mv_exit(int argc, TwValue *argv, TwValue kwnames) {
    return mv_release(1, argv, TW_NULL);
}

static TwValue mv_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt(MV(argv[0])->released ? "<released memory at %p>" : "<memory at %p>", (void *)tw_as_obj(argv[0]));
}

// ---------------------------------------------------------------- attributes

static TwValue int_tuple(const int64_t *v, int n) {
    TwValue t = tw_tuple_new((size_t)n);
    if (!t) {
        return TW_NULL;
    }
    for (int i = 0; i < n; i++) {
        TwValue x = tw_int_from_i64(v[i]);
        if (!x) {
            return TW_NULL;
        }
        tw_tuple_items(t)[i] = x;
    }
    return t;
}

static TwValue get_obj(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? m->obj : TW_NULL;
}
static TwValue get_nbytes(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_int_from_i64(m->len) : TW_NULL;
}
static TwValue get_readonly(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_bool(m->readonly) : TW_NULL;
}
static TwValue get_itemsize(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_from_small_int(m->itemsize) : TW_NULL;
}
static TwValue get_format(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_str_from_c(m->format) : TW_NULL;
}
static TwValue get_ndim(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_from_small_int(m->ndim) : TW_NULL;
}
static TwValue get_shape(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? int_tuple(m->shape, m->ndim) : TW_NULL;
}
static TwValue get_strides(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? int_tuple(m->strides, m->ndim) : TW_NULL;
}
static TwValue get_suboffsets(TwValue self) {
    return live(self) ? tw_empty_tuple : TW_NULL;
}
static TwValue get_c_contiguous(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_bool(c_contiguous(m)) : TW_NULL;
}
static TwValue get_f_contiguous(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_bool(f_contiguous(m)) : TW_NULL;
}
static TwValue get_contiguous(TwValue self) {
    TwMemoryView *m = live(self);
    return m ? tw_bool(c_contiguous(m) || f_contiguous(m)) : TW_NULL;
}

// ---------------------------------------------------------------- conversions

static TwValue mv_tobytes(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"order"};
    TwValue a[1];
    if (tw_parse_args("tobytes", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    TwMemoryView *m = live(argv[0]);
    if (!m) {
        return TW_NULL;
    }
    bool fortran = false;
    if (a[0] && a[0] != TW_NONE) {
        if (!tw_isinstance_type(a[0], &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "tobytes() argument 'order' must be str or None, not %T", a[0]);
        }
        const char *o = tw_str_data(a[0]);
        if (tw_str_size(a[0]) != 1 || (o[0] != 'C' && o[0] != 'F' && o[0] != 'A')) {
            return tw_error(&tw_type_ValueError, "order must be 'C', 'F' or 'A'");
        }
        fortran = o[0] == 'F';
    }
    return to_bytes(m, fortran);
}

static TwValue mv_hex(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = live(argv[0]);
    TwValue b = m ? to_bytes(m, false) : TW_NULL;
    TwValue f = b ? tw_getattr_c(b, "hex") : TW_NULL;
    return f ? tw_call(f, argc - 1, argv + 1, kwnames) : TW_NULL;
}

static TwValue tolist_dim(const TwMemoryView *m, int dim, const uint8_t *p) {
    if (dim == m->ndim) {
        return unpack(m, p);
    }
    TwValue l = tw_list_new((size_t)m->shape[dim]);
    if (!l) {
        return TW_NULL;
    }
    for (int64_t i = 0; i < m->shape[dim]; i++) {
        TwValue x = tolist_dim(m, dim + 1, p + i * m->strides[dim]);
        if (!x || tw_list_append(l, x) < 0) {
            return TW_NULL;
        }
    }
    return l;
}

static TwValue mv_tolist(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = live(argv[0]);
    return m ? tolist_dim(m, 0, m->buf) : TW_NULL;
}

static TwValue mv_toreadonly(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *src = live(argv[0]);
    TwMemoryView *m = src ? mv_derive(src, src->ndim) : NULL;
    if (!m) {
        return TW_NULL;
    }
    m->readonly = true;
    return tw_from_obj(m);
}

static TwValue mv_cast(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"format", "shape"};
    TwValue a[2];
    if (tw_parse_args("cast", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwMemoryView *src = live(argv[0]);
    if (!src) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(a[0], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "cast() argument 'format' must be str, not %T", a[0]);
    }
    TwValue shape = a[1];
    if (!c_contiguous(src)) {
        return tw_error(&tw_type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    bool zeros = false;
    for (int i = 0; i < src->ndim; i++) {
        zeros |= src->shape[i] == 0;
    }
    if ((shape || src->ndim != 1) && zeros) {
        return tw_error(&tw_type_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    }
    size_t ndim = 1;
    if (shape) {
        if (!tw_isinstance_type(shape, &tw_type_list) && !tw_isinstance_type(shape, &tw_type_tuple)) {
            return tw_error(&tw_type_TypeError, "shape must be a list or a tuple");
        }
        ndim = tw_isinstance_type(shape, &tw_type_list) ? tw_list_size(shape) : tw_tuple_size(shape);
        if (ndim > MAX_NDIM) {
            return tw_error(&tw_type_ValueError, "memoryview: number of dimensions must not exceed %d", MAX_NDIM);
        }
        if (src->ndim != 1 && ndim != 1) {
            return tw_error(&tw_type_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        }
    }
    const char *fmt = tw_str_data(a[0]);
    int itemsize = strlen(fmt) == tw_str_size(a[0]) ? format_size(fmt) : 0;
    if (itemsize == 0) {
        return tw_error(&tw_type_ValueError, "memoryview: destination format must be a native single character "
                                             "format prefixed with an optional '@'");
    }
    char dest = fmt[0] == '@' ? fmt[1] : fmt[0];
    if (!is_byte_format(fmt_char(src)) && !is_byte_format(dest)) {
        return tw_error(&tw_type_TypeError, "memoryview: cannot cast between two non-byte formats");
    }
    if (src->len % itemsize) {
        return tw_error(&tw_type_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    int64_t dims[MAX_NDIM];
    if (shape) {
        TwValue *items = tw_isinstance_type(shape, &tw_type_list) ? tw_list_items(shape) : tw_tuple_items(shape);
        int64_t total = itemsize;
        for (size_t i = 0; i < ndim; i++) {
            if (!tw_is_intlike(items[i])) {
                return tw_error(&tw_type_TypeError, "memoryview.cast(): elements of shape must be integers");
            }
            int64_t x;
            if (!tw_int_to_i64(items[i], &x)) {
                if (tw_int_sign(items[i]) > 0) {
                    return tw_error(&tw_type_OverflowError, "Python int too large to convert to C ssize_t");
                }
                x = -1;
            }
            if (x <= 0) {
                return tw_error(&tw_type_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            }
            if (x > INT64_MAX / total) {
                return tw_error(&tw_type_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            total *= x;
            dims[i] = x;
        }
        if (total != src->len) {
            return tw_error(&tw_type_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
    } else {
        dims[0] = src->len / itemsize;
    }
    TwMemoryView *m = mv_derive(src, (int)ndim);
    if (!m) {
        return TW_NULL;
    }
    snprintf(m->format, sizeof m->format, "%s", fmt);
    m->itemsize = itemsize;
    int64_t sd = itemsize;
    for (int i = (int)ndim - 1; i >= 0; i--) {
        m->shape[i] = dims[i];
        m->strides[i] = sd;
        sd *= dims[i];
    }
    return tw_from_obj(m);
}

// ---------------------------------------------------------------- indexing

// Address of item `index` along dimension `dim` from p: IndexError when out of range.
static uint8_t *item_at(const TwMemoryView *m, uint8_t *p, int dim, TwValue key) {
    int64_t i;
    if (tw_index_as_ssize(key, &i) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            TwValue e = tw_error_fetch();
            tw_raise(tw_exc_new(&tw_type_IndexError, TW_OBJ(e, TwException)->args));
        }
        return NULL;
    }
    if (i < 0) {
        i += m->shape[dim];
    }
    if (i < 0 || i >= m->shape[dim]) {
        tw_error(&tw_type_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * m->strides[dim];
}

static bool has_index(TwValue v) {
    return tw_is_intlike(v) || tw_type_lookup(tw_type_of(v), TW_NAME(__index__));
}

// A tuple all of whose items are indexes (CPython's is_multiindex), or all slices.
static bool tuple_all(TwValue key, bool slices) {
    if (!tw_is_type(key, &tw_type_tuple)) {
        return false;
    }
    for (size_t i = 0; i < tw_tuple_size(key); i++) {
        TwValue x = tw_tuple_items(key)[i];
        if (slices ? !tw_is_type(x, &tw_type_slice) : !has_index(x)) {
            return false;
        }
    }
    return true;
}

// Address of the item m[key] for a tuple of indexes, one per dimension.
static uint8_t *item_multi(const TwMemoryView *m, TwValue key) {
    size_t n = tw_tuple_size(key);
    if (n < (size_t)m->ndim) {
        tw_error(&tw_type_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > (size_t)m->ndim) {
        tw_error(&tw_type_TypeError, "cannot index %d-dimension view with %zu-element tuple", m->ndim, n);
        return NULL;
    }
    uint8_t *p = m->buf;
    for (size_t i = 0; i < n && p; i++) {
        p = item_at(m, p, (int)i, tw_tuple_items(key)[i]);
    }
    return p;
}

// m[key] for a slice along the first dimension: a new view.
static TwMemoryView *slice_view(const TwMemoryView *src, TwValue key) {
    int64_t start, stop, step;
    int64_t n = tw_slice_indices(key, src->shape[0], &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    TwMemoryView *m = mv_derive(src, src->ndim);
    if (!m) {
        return NULL;
    }
    m->buf += start * src->strides[0];
    m->shape[0] = n;
    m->strides[0] *= step;
    m->len = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        m->len *= m->shape[i];
    }
    return m;
}

static TwValue mv_getitem(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0], key = argv[1];
    TwMemoryView *m = live(self);
    if (!m) {
        return TW_NULL;
    }
    if (m->ndim == 0) {
        if (tw_is_type(key, &tw_type_tuple) && tw_tuple_size(key) == 0) {
            return unpack(m, m->buf);
        }
        if (key == TW_ELLIPSIS) {
            return self;
        }
        return tw_error(&tw_type_TypeError, "invalid indexing of 0-dim memory");
    }
    if (has_index(key)) {
        if (m->ndim > 1) {
            return tw_error(&tw_type_NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        uint8_t *p = item_at(m, m->buf, 0, key);
        return p ? unpack(m, p) : TW_NULL;
    }
    if (tw_is_type(key, &tw_type_slice)) {
        TwMemoryView *v = slice_view(m, key);
        return v ? tw_from_obj(v) : TW_NULL;
    }
    if (tuple_all(key, false)) {
        uint8_t *p = item_multi(m, key);
        return p ? unpack(m, p) : TW_NULL;
    }
    if (tuple_all(key, true)) {
        return tw_error(&tw_type_NotImplementedError, "multi-dimensional slicing is not implemented");
    }
    return tw_error(&tw_type_TypeError, "memoryview: invalid slice key");
}

// dest[...] = src for two 1-D views: same format and length, CPython's "structure".
static int copy_view(TwMemoryView *dest, TwValue value) {
    TwBuffer sb;
    if (tw_buffer_get(value, &sb, TW_BUF_COPY) < 0) {
        return -1;
    }
    const char *sf = sb.format ? sb.format : "B";
    int64_t sitems = (int64_t)sb.len / (sb.itemsize ? sb.itemsize : 1);
    int sdim = 1;
    if (tw_is_type(value, &tw_type_memoryview)) {
        TwMemoryView *s = MV(value);
        sdim = s->ndim;
        sitems = s->ndim ? s->shape[0] : 1;
    }
    if (strcmp(sf, dest->format) != 0 || sdim != 1 || sitems != dest->shape[0]) {
        tw_error(&tw_type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    // sb.data may overlap dest (m[1:] = m[:-1]): memmove through contiguous source order
    size_t isz = (size_t)dest->itemsize;
    uint8_t *tmp = malloc(sb.len ? sb.len : 1);
    if (!tmp) {
        tw_error_nomem();
        return -1;
    }
    memcpy(tmp, sb.data, sb.len);
    for (int64_t i = 0; i < sitems; i++) {
        memcpy(dest->buf + i * dest->strides[0], tmp + (size_t)i * isz, isz);
    }
    free(tmp);
    tw_keep_alive(sb.obj);
    return 0;
}

static TwValue mv_setitem(int argc, TwValue *argv, TwValue kwnames) {
    TwValue key = argv[1], value = argc > 2 ? argv[2] : TW_NULL;
    TwMemoryView *m = live(argv[0]);
    if (!m) {
        return TW_NULL;
    }
    if (m->readonly) {
        return tw_error(&tw_type_TypeError, "cannot modify read-only memory");
    }
    if (!value) {
        return tw_error(&tw_type_TypeError, "cannot delete memory");
    }
    uint8_t *p = NULL;
    if (m->ndim == 0) {
        if (key == TW_ELLIPSIS || (tw_is_type(key, &tw_type_tuple) && tw_tuple_size(key) == 0)) {
            p = m->buf;
        } else {
            return tw_error(&tw_type_TypeError, "invalid indexing of 0-dim memory");
        }
    } else if (has_index(key)) {
        if (m->ndim > 1) {
            return tw_error(&tw_type_NotImplementedError, "sub-views are not implemented");
        }
        p = item_at(m, m->buf, 0, key);
    } else if (tw_is_type(key, &tw_type_slice) && m->ndim == 1) {
        TwMemoryView *dest = slice_view(m, key);
        if (!dest) {
            return TW_NULL;
        }
        int r = copy_view(dest, value);
        mv_finalize(&dest->hdr);
        return r < 0 ? TW_NULL : TW_NONE;
    } else if (tuple_all(key, false)) {
        p = item_multi(m, key);
    } else if (tw_is_type(key, &tw_type_slice) || tuple_all(key, true)) {
        return tw_error(&tw_type_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    } else {
        return tw_error(&tw_type_TypeError, "memoryview: invalid slice key");
    }
    if (!p || pack(m, p, value) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue mv_delitem(int argc, TwValue *argv, TwValue kwnames) {
    return mv_setitem(2, argv, kwnames);
}

static TwValue mv_len(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = live(argv[0]);
    if (!m) {
        return TW_NULL;
    }
    return tw_int_from_i64(m->ndim == 0 ? 1 : m->shape[0]);
}

// ---------------------------------------------------------------- comparison, hash

// Are the items of a and b (same shape) equal, dimension dim on?
static int items_equal(const TwMemoryView *a, const uint8_t *pa, const TwMemoryView *b, const uint8_t *pb, int dim,
                       bool raw) {
    if (dim == a->ndim) {
        if (raw) {
            return memcmp(pa, pb, (size_t)a->itemsize) == 0;
        }
        TwValue x = unpack(a, pa), y = x ? unpack(b, pb) : TW_NULL;
        return y ? tw_compare_bool(TW_CMP_EQ, x, y) : -1;   // not tw_eq: NaN != NaN
    }
    for (int64_t i = 0; i < a->shape[dim]; i++) {
        int r = items_equal(a, pa + i * a->strides[dim], b, pb + i * b->strides[dim], dim + 1, raw);
        if (r != 1) {
            return r;
        }
    }
    return 1;
}

static TwValue mv_richcmp(TwValue self, TwValue other, bool eq) {
    TwMemoryView *a = MV(self);
    if (a->released || (tw_is_type(other, &tw_type_memoryview) && MV(other)->released)) {
        return tw_bool((self == other) == eq);
    }
    if (!tw_buffer_check(other)) {
        return TW_NOTIMPL;
    }
    TwValue ov = tw_memoryview_new(other);
    if (!ov) {
        tw_error_clear();
        return TW_NOTIMPL;
    }
    TwMemoryView *b = MV(ov);
    int r = a->ndim == b->ndim;
    for (int i = 0; r && i < a->ndim; i++) {
        r = a->shape[i] == b->shape[i];
    }
    if (r) {
        char fa = fmt_char(a);
        bool raw = fa == fmt_char(b) && fa != 'f' && fa != 'd';
        r = items_equal(a, a->buf, b, b->buf, 0, raw);
    }
    mv_finalize(&b->hdr);
    if (r < 0) {
        return TW_NULL;
    }
    return tw_bool((r == 1) == eq);
}

static TwValue mv_eq(int argc, TwValue *argv, TwValue kwnames) { return mv_richcmp(argv[0], argv[1], true); }
static TwValue mv_ne(int argc, TwValue *argv, TwValue kwnames) { return mv_richcmp(argv[0], argv[1], false); }
static TwValue mv_notimpl(int argc, TwValue *argv, TwValue kwnames) { return TW_NOTIMPL; }

static TwValue mv_hash(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = MV(argv[0]);
    if (m->hash == -1) {
        if (!live(argv[0])) {
            return TW_NULL;
        }
        if (!m->readonly) {
            return tw_error(&tw_type_ValueError, "cannot hash writable memoryview object");
        }
        if (!is_byte_format(fmt_char(m))) {
            return tw_error(&tw_type_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        if (tw_hash(m->obj) == -1) {
            return TW_NULL;
        }
        TwValue b = to_bytes(m, false);
        int64_t h = b ? tw_hash(b) : -1;
        if (h == -1) {
            return TW_NULL;
        }
        m->hash = h;
    }
    return tw_int_from_i64(m->hash);
}

// ---------------------------------------------------------------- iteration

typedef struct TwMemIter {
    TwObject hdr;
    TwValue view;        // TW_NULL once exhausted
    int64_t index;
} TwMemIter;

static void memiter_trace(TwObject *self) {
    tw_gc_mark(((TwMemIter *)self)->view);
}

static TwValue memiter_next(TwValue self) {
    TwMemIter *it = TW_OBJ(self, TwMemIter);
    if (!it->view) {
        return TW_NULL;
    }
    TwMemoryView *m = live(it->view);
    if (!m) {
        return TW_NULL;
    }
    if (it->index >= m->shape[0]) {
        it->view = TW_NULL;
        return TW_NULL;
    }
    return unpack(m, m->buf + it->index++ * m->strides[0]);
}

static TwType tw_type_memory_iterator = {
    .hdr = {&tw_type_type},
    .c_name = "memory_iterator",
    .basic_size = sizeof(TwMemIter),
    .trace = memiter_trace,
    .iternext = memiter_next,
};

static TwValue mv_iter(int argc, TwValue *argv, TwValue kwnames) {
    TwMemoryView *m = live(argv[0]);
    if (!m) {
        return TW_NULL;
    }
    if (m->ndim == 0) {
        return tw_error(&tw_type_TypeError, "invalid indexing of 0-dim memory");
    }
    if (m->ndim > 1) {
        return tw_error(&tw_type_NotImplementedError, "multi-dimensional sub-views are not implemented");
    }
    TwMemIter *it = (TwMemIter *)tw_gc_alloc(&tw_type_memory_iterator, sizeof(TwMemIter));
    if (!it) {
        return TW_NULL;
    }
    it->view = argv[0];
    return tw_from_obj(it);
}

static TwValue iter_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue iter_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = memiter_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

// ---------------------------------------------------------------- tables

static const TwMethodDef mv_methods[] = {
    {"__new__", mv_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", mv_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__len__", mv_len, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", mv_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__setitem__", mv_setitem, 3, 3, TW_BUILTIN_METHOD},
    {"__delitem__", mv_delitem, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", mv_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", mv_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", mv_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", mv_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", mv_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", mv_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", mv_notimpl, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", mv_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__enter__", mv_enter, 1, 1, TW_BUILTIN_METHOD},
    {"__exit__", mv_exit, 1, -1, TW_BUILTIN_METHOD},
    {"release", mv_release, 1, 1, TW_BUILTIN_METHOD},
    {"tobytes", mv_tobytes, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"hex", mv_hex, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"tolist", mv_tolist, 1, 1, TW_BUILTIN_METHOD},
    {"toreadonly", mv_toreadonly, 1, 1, TW_BUILTIN_METHOD},
    {"cast", mv_cast, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const TwGetSetDef mv_getsets[] = {
    {"obj", get_obj, NULL, false},
    {"nbytes", get_nbytes, NULL, false},
    {"readonly", get_readonly, NULL, false},
    {"itemsize", get_itemsize, NULL, false},
    {"format", get_format, NULL, false},
    {"ndim", get_ndim, NULL, false},
    {"shape", get_shape, NULL, false},
    {"strides", get_strides, NULL, false},
    {"suboffsets", get_suboffsets, NULL, false},
    {"c_contiguous", get_c_contiguous, NULL, false},
    {"f_contiguous", get_f_contiguous, NULL, false},
    {"contiguous", get_contiguous, NULL, false},
    {NULL, NULL, NULL, false},
};

static const TwMethodDef iter_methods[] = {
    {"__iter__", iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", iter_next_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_memoryview_init(void) {
    tw_type_memoryview.as_buffer = &mv_procs;
    tw_type_init_builtin(&tw_type_memoryview, "memoryview", &tw_type_object);
    tw_type_add_methods(&tw_type_memoryview, mv_methods);
    tw_type_add_getsets(&tw_type_memoryview, mv_getsets);
    tw_type_init_builtin(&tw_type_memory_iterator, "memory_iterator", &tw_type_object);
    tw_type_add_methods(&tw_type_memory_iterator, iter_methods);
}
