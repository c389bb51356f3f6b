// bytes and bytearray.
#include <stdlib.h>

#include "gc.h"
#include "obj.h"
#include "runtime.h"
#include "text.h"

static void bytearray_finalize(TwObject *self) {
    TwByteArray *b = (TwByteArray *)self;
    tw_gc_free(b->data, b->cap);
    b->data = NULL;
}

TwType tw_type_bytes = {
    .hdr = {&tw_type_type},
    .c_name = "bytes",
    .basic_size = sizeof(TwBytes),
    .flags = TW_TYPE_BASETYPE,
};

TwType tw_type_bytearray = {
    .hdr = {&tw_type_type},
    .c_name = "bytearray",
    .basic_size = sizeof(TwByteArray),
    .flags = TW_TYPE_BASETYPE,
    .finalize = bytearray_finalize,
};

TwValue tw_bytes_new(const void *data, size_t size) {
    TwBytes *b = (TwBytes *)tw_gc_alloc(&tw_type_bytes, sizeof(TwBytes) + size + 1);
    if (!b) {
        return TW_NULL;
    }
    b->data = b->inline_data;
    b->hash = -1;
    b->size = size;
    if (size) {
        memcpy(b->data, data, size);
    }
    b->data[size] = 0;
    return tw_from_obj(b);
}

TwValue tw_bytearray_new(const void *data, size_t size) {
    TwByteArray *b = (TwByteArray *)tw_gc_alloc(&tw_type_bytearray, sizeof(TwByteArray));
    if (!b) {
        return TW_NULL;
    }
    b->cap = size + 1;
    b->data = tw_gc_malloc(b->cap);
    if (!b->data) {
        return tw_error_nomem();
    }
    if (size) {
        memcpy(b->data, data, size);
    }
    b->data[size] = 0;
    b->size = size;
    return tw_from_obj(b);
}

bool tw_bytes_view(TwValue v, const uint8_t **data, size_t *size) {
    if (!tw_is_ptr(v) || !v) {
        return false;
    }
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *data = TW_OBJ(v, TwBytes)->data;
        *size = TW_OBJ(v, TwBytes)->size;
        return true;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *data = TW_OBJ(v, TwByteArray)->data;
        *size = TW_OBJ(v, TwByteArray)->size;
        return true;
    }
    return false;
}

void tw_bytes_init(void) {
    tw_type_init_builtin(&tw_type_bytes, "bytes", &tw_type_object);
    tw_type_init_builtin(&tw_type_bytearray, "bytearray", &tw_type_object);
}
