// The allocator and garbage collector.
//
// Mark-sweep over size-class pages. Roots are (1) every value reachable from the root
// set listed in tw_gc_collect's one root function (modules, interned strings, the VM's
// frames, registered root slots) and (2) the C stack and registers, scanned
// conservatively: any word that points into a live object keeps it alive. So C code may
// hold TwValues in local variables across allocations without registering them; only
// values stored in malloc'd memory (not the stack, not a GC object) need tw_gc_add_root.
// Heap objects are traced precisely through their type's trace hook.
#ifndef TW_GC_H
#define TW_GC_H

#include "obj.h"

// Allocate a zeroed object of `size` bytes (header included) with its type set.
// Returns NULL with MemoryError set on exhaustion. May collect first.
TwObject *tw_gc_alloc(TwType *type, size_t size) TW_RAISES;
// Tell the collector about malloc'd memory owned by objects (list items, dict tables), so
// collections happen in proportion to real memory use. Negative when freed.
void tw_gc_account(int64_t bytes);
// malloc/realloc that collect and retry once before failing; account for the bytes.
void *tw_gc_malloc(size_t size);
void *tw_gc_realloc(void *p, size_t old_size, size_t new_size);
void tw_gc_free(void *p, size_t size);

// Marking, for trace hooks.
void tw_gc_mark(TwValue v);
void tw_gc_mark_obj(void *obj);           // NULL allowed
void tw_gc_mark_array(const TwValue *v, size_t n);

// Keep v visibly alive up to this point: the collector scans the C stack conservatively,
// so an object whose malloc'd buffer is still in use (a list's items passed as argv) must
// stay referenced until the use ends.
static inline void tw_keep_alive(TwValue v) {
    __asm__ volatile("" : : "r"(v) : "memory");
}

// Register a root slot outside the GC heap and the stack (global or malloc'd).
void tw_gc_add_root(TwValue *slot);
void tw_gc_remove_root(TwValue *slot);
// An object outside the GC heap (a static builtin type) whose fields must be traced at
// every collection, whether or not anything points to it (tw_type_init_builtin calls it).
void tw_gc_add_static(void *obj);
// Other subsystems' roots (the VM's frames): called during marking.
typedef void (*TwGcRootFn)(void);
void tw_gc_add_root_fn(TwGcRootFn fn);

void tw_gc_init(void *stack_bottom);      // stack_bottom: address of a local in main()
void tw_gc_collect(void);
void tw_gc_disable(void);                 // nestable
void tw_gc_enable(void);
size_t tw_gc_heap_size(void);             // bytes in use after the last collection

// For the gc module (mod_gc.c). tw_gc_collect_count: collect now (unless the collector is
// disabled internally) and return the number of objects freed.
size_t tw_gc_collect_count(void);
// gc.enable()/gc.disable(): automatic collections on or off. Off, the collector still runs
// when the heap grows far past its threshold, since it is what frees all memory.
void tw_gc_set_automatic(bool on);
bool tw_gc_automatic(void);
typedef struct TwGcStats {
    size_t collections;      // collections so far
    size_t last_freed;       // objects freed by the last one
    size_t total_freed;      // objects freed by all of them
    size_t objects_since;    // objects allocated since the last one
    size_t frozen;           // objects frozen by tw_gc_freeze (still allocated or not)
} TwGcStats;
void tw_gc_get_stats(TwGcStats *out);
// gc.freeze(): collect, then every object still allocated is kept, and traced as a root,
// by later collections until tw_gc_unfreeze().
void tw_gc_freeze(void);
void tw_gc_unfreeze(void);

#endif
