// The buffer interface: how C code reads or writes the raw memory of an object without
// knowing its type (CPython's buffer protocol, cut down to what memoryview needs).
//
// An exporter type points TwType.as_buffer at its TwBufferProcs: bytes and bytearray do
// (obj_bytes.c), memoryview does (obj_memoryview.c), and later types (array.array,
// io.BytesIO) plug in the same way. Instances of heap subclasses export through their
// builtin base's procs. An exporter hands out one contiguous block of items of one
// struct-module format ("B" for bytes; array.array('i') would say "i" with itemsize 4).
//
// Borrowing: tw_buffer_get fills a TwBuffer with a pointer into the exporter's memory. It
// stays valid while view.obj is alive (a C local keeps it so: the stack is scanned) and no
// Python code runs, since Python code may resize a bytearray or release a memoryview. A
// consumer that keeps the memory across calls into Python (a memoryview) registers with
// tw_buffer_export: an exporter whose memory can move (bytearray) refuses to resize while
// it has registered users.
#ifndef TW_BUFFER_H
#define TW_BUFFER_H

#include "obj.h"

typedef struct TwBuffer {
    TwValue obj;         // the exporter, or the bytes copy that TW_BUF_COPY made
    uint8_t *data;
    size_t len;          // in bytes
    bool readonly;
    const char *format;  // struct format of the items; NULL means "B"
    int itemsize;        // bytes per item; 0 means 1
} TwBuffer;

enum {
    TW_BUF_SIMPLE = 0,     // contiguous memory to read
    TW_BUF_WRITABLE = 1,   // the caller writes: BufferError for read-only exporters
    TW_BUF_COPY = 2,       // non-contiguous data (a strided memoryview) is copied to a new
                           // bytes in C order instead of raising BufferError
};

typedef struct TwBufferProcs {
    // Fill view with self's memory as flags ask. 0, or -1 with the exception set.
    int (*get)(TwValue self, TwBuffer *view, int flags);
    // A long-lived user starts (delta +1) or stops (-1) using self's memory; NULL when the
    // exporter need not know (its memory never moves). Called from a memoryview's finalizer
    // too, possibly on an exporter that died in the same collection: touch only a counter
    // in the object itself.
    void (*exports)(TwValue self, int delta);
} TwBufferProcs;

// The exporter procs of v's type (or of its nearest builtin base), NULL if v exports none.
const TwBufferProcs *tw_buffer_procs(TwValue v);
static inline bool tw_buffer_check(TwValue v) { return tw_buffer_procs(v) != NULL; }
// Borrow v's memory into *view. Raises TypeError "a bytes-like object is required, not 'T'"
// when v is no exporter, or the exporter's error (BufferError, ValueError for a released
// memoryview).
int tw_buffer_get(TwValue v, TwBuffer *view, int flags) TW_RAISES;
// The bytes of a bytes-like argument v read at once (no Python code runs before the
// caller is done with them): 1 with *data and *len set, 0 when v exports no buffer (no
// error set), -1 with the exporter's error (a released or non-contiguous memoryview).
int tw_buffer_arg(TwValue v, const uint8_t **data, size_t *len) TW_RAISES;

// ---- memoryview (obj_memoryview.c) ----
extern TwType tw_type_memoryview;
// memoryview(obj): a view of the whole of obj (of a memoryview: the same view).
TwValue tw_memoryview_new(TwValue obj) TW_RAISES;
void tw_memoryview_init(void);

#endif
