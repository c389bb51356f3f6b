// The allocator and the mark-sweep collector.
//
// Small objects (up to 512 bytes) live in 64 KiB pages, one size class per page, with
// per-page allocation and mark bitmaps and a per-class free list threaded through free
// slots. Larger objects are malloc'd individually with a small header. A collection marks
// from the roots (mark_roots below: the one place that lists them) plus a conservative scan
// of the C stack, then finalises and frees every unmarked object.
//
// Conservative scanning is why C code may keep TwValues in locals: any stack word that
// points into a live object (start or interior) keeps it alive. Fields of heap objects are
// traced precisely through their type's trace hook. Pointers to objects outside the heap
// (static type objects and singletons) are traced once per collection.
#include "gc.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm.h"

#define PAGE_SIZE ((size_t)64 * 1024)
#define MAX_SMALL 512
#define MIN_THRESHOLD ((size_t)8 * 1024 * 1024)

static const uint16_t class_sizes[] = {16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256,
                                       320, 384, 448, 512};
#define NCLASSES (sizeof class_sizes / sizeof class_sizes[0])

typedef struct Page {
    struct Page *next;          // next page of the same class
    uint32_t slot_size, nslots;
    uint32_t slot_recip;        // ceil(2^32 / slot_size): slot_index without a division
    uint32_t first;             // offset of slot 0 from the page start
    uint32_t nfree;
    uint8_t cls;
    uint64_t alloc[PAGE_SIZE / 16 / 64];   // 1 = slot holds an object
    uint64_t mark[PAGE_SIZE / 16 / 64];
    uint64_t frozen[PAGE_SIZE / 16 / 64];   // gc.freeze(): kept and traced as roots
} Page;

typedef struct FreeSlot { struct FreeSlot *next; } FreeSlot;

typedef struct LargeHeader {
    size_t size;                // object bytes (after this header)
    uint8_t marked;
    uint8_t frozen;
    uint8_t pad[6];
} LargeHeader;

static struct {
    void *stack_bottom;
    Page *pages[NCLASSES];
    FreeSlot *free[NCLASSES];
    // hash set of page addresses, for "is this word a heap pointer?"
    uintptr_t *page_set;
    size_t page_set_cap, npages;
    // large objects, sorted by address at the start of each collection
    LargeHeader **large;
    size_t nlarge, large_cap;
    // accounting
    size_t allocated;           // bytes allocated since the last collection
    size_t live;                // bytes surviving the last collection
    size_t threshold;
    int disabled;
    bool collecting;
    bool automatic_off;         // gc.disable(): collect only past the safety limit
    // statistics for the gc module
    size_t objects_since;       // objects allocated since the last collection
    size_t collections;
    size_t last_freed;          // objects freed by the last collection
    size_t total_freed;
    size_t nfrozen;             // objects frozen by gc.freeze()
    // marking
    TwObject **stack;
    size_t sp, stack_cap;
    // statics reached this collection (type objects outside the heap)
    uintptr_t *statics;
    size_t statics_cap, nstatics;
    // registered roots
    TwValue **roots;
    size_t nroots, roots_cap;
    TwObject **static_roots;
    size_t nstatic_roots, static_roots_cap;
    TwGcRootFn *root_fns;
    size_t nroot_fns, root_fns_cap;
} gc;

static void fatal(const char *what) {
    fprintf(stderr, "twinpy: fatal: %s\n", what);
    abort();
}

static void *grow(void *p, size_t *cap, size_t elem, size_t need) {
    if (need <= *cap) {
        return p;
    }
    size_t n = *cap ? *cap * 2 : 64;
    while (n < need) {
        n *= 2;
    }
    void *q = realloc(p, n * elem);
    if (!q) {
        fatal("out of memory in the collector");
    }
    *cap = n;
    return q;
}

// ---- page set ----

static size_t hash_ptr(uintptr_t p, size_t cap) {
    return (size_t)((p >> 16) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static void page_set_insert(uintptr_t page);

static void page_set_rehash(size_t cap) {
    uintptr_t *old = gc.page_set;
    size_t old_cap = gc.page_set_cap;
    gc.page_set = calloc(cap, sizeof *gc.page_set);
    if (!gc.page_set) {
        fatal("out of memory in the collector");
    }
    gc.page_set_cap = cap;
    gc.npages = 0;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i]) {
            page_set_insert(old[i]);
        }
    }
    free(old);
}

static void page_set_insert(uintptr_t page) {
    if ((gc.npages + 1) * 2 > gc.page_set_cap) {
        page_set_rehash(gc.page_set_cap ? gc.page_set_cap * 2 : 256);
    }
    size_t i = hash_ptr(page, gc.page_set_cap);
    while (gc.page_set[i]) {
        i = (i + 1) & (gc.page_set_cap - 1);
    }
    gc.page_set[i] = page;
    gc.npages++;
}

static Page *page_of(uintptr_t addr) {
    if (!gc.page_set_cap) {
        return NULL;
    }
    uintptr_t page = addr & ~(uintptr_t)(PAGE_SIZE - 1);
    size_t i = hash_ptr(page, gc.page_set_cap);
    while (gc.page_set[i]) {
        if (gc.page_set[i] == page) {
            return (Page *)page;
        }
        i = (i + 1) & (gc.page_set_cap - 1);
    }
    return NULL;
}

static inline bool bit_get(const uint64_t *bits, size_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }
static inline void bit_set(uint64_t *bits, size_t i) { bits[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void bit_clear(uint64_t *bits, size_t i) { bits[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

// ---- allocation ----

// class_by_16[k]: the smallest class c with class_sizes[c] >= 16 * k (sizes up to 512).
static const uint8_t class_by_16[512 / 16 + 1] = {0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  8,
                                                  9,  9,  10, 10, 11, 11, 12, 12, 12, 12, 13,
                                                  13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 15};

static inline int size_class(size_t size) {
    return size <= 512 ? class_by_16[(size + 15) >> 4] : -1;
}

// The slot of page p that contains addr (exact for offsets below 2^16: pages are 64 KB).
static inline size_t slot_index(const Page *p, uintptr_t addr) {
    return (size_t)(((uint64_t)(addr - (uintptr_t)p - p->first) * p->slot_recip) >> 32);
}

static bool new_page(int cls) {
    Page *p = aligned_alloc(PAGE_SIZE, PAGE_SIZE);
    if (!p) {
        return false;
    }
    memset(p, 0, sizeof *p);
    p->cls = (uint8_t)cls;
    p->slot_size = class_sizes[cls];
    p->slot_recip = (uint32_t)((((uint64_t)1 << 32) + p->slot_size - 1) / p->slot_size);
    p->first = (uint32_t)((sizeof(Page) + 15) & ~(size_t)15);
    p->nslots = (uint32_t)((PAGE_SIZE - p->first) / p->slot_size);
    p->nfree = p->nslots;
    // thread the free list from the last slot so allocation walks upward
    char *base = (char *)p + p->first;
    for (size_t i = p->nslots; i-- > 0;) {
        FreeSlot *s = (FreeSlot *)(base + i * p->slot_size);
        s->next = gc.free[cls];
        gc.free[cls] = s;
    }
    p->next = gc.pages[cls];
    gc.pages[cls] = p;
    page_set_insert((uintptr_t)p);
    return true;
}

static void maybe_collect(size_t size) {
    gc.allocated += size;
#if TW_DEBUG_GC_STRESS
    if (!gc.disabled && !gc.collecting) {
        tw_gc_collect();
    }
#else
    // With automatic collection off the collector still runs once the heap has grown
    // far past the threshold: without reference counting it is what frees all memory.
    size_t limit = gc.automatic_off ? gc.threshold * 8 : gc.threshold;
    if (gc.allocated > limit && !gc.disabled && !gc.collecting) {
        tw_gc_collect();
    }
#endif
}

static void *alloc_small(int cls) {
    FreeSlot *s = gc.free[cls];
    if (!s) {
        if (!new_page(cls)) {
            tw_gc_collect();
            s = gc.free[cls];
            if (!s && !new_page(cls)) {
                return NULL;
            }
        }
        s = gc.free[cls];
    }
    gc.free[cls] = s->next;
    Page *p = (Page *)((uintptr_t)s & ~(uintptr_t)(PAGE_SIZE - 1));
    size_t i = slot_index(p, (uintptr_t)s);
    bit_set(p->alloc, i);
    p->nfree--;
    return s;
}

static void *alloc_large(size_t size) {
    LargeHeader *h = malloc(sizeof(LargeHeader) + size);
    if (!h) {
        tw_gc_collect();
        h = malloc(sizeof(LargeHeader) + size);
        if (!h) {
            return NULL;
        }
    }
    gc.large = grow(gc.large, &gc.large_cap, sizeof *gc.large, gc.nlarge + 1);
    h->size = size;
    h->marked = 0;
    h->frozen = 0;
    gc.large[gc.nlarge++] = h;
    return h + 1;
}

TwObject *tw_gc_alloc(TwType *type, size_t size) {
    if (size < sizeof(TwObject)) {
        size = sizeof(TwObject);
    }
    if (size > ((size_t)1 << 46)) {
        tw_error_nomem();
        return NULL;
    }
    maybe_collect(size);
    gc.objects_since++;
    int cls = size_class(size);
    void *mem = cls >= 0 ? alloc_small(cls) : alloc_large(size);
    if (!mem) {
        tw_error_nomem();
        return NULL;
    }
    memset(mem, 0, cls >= 0 ? class_sizes[cls] : size);
    TwObject *o = mem;
    o->type = type;
    return o;
}

void tw_gc_account(int64_t bytes) {
    if (bytes > 0) {
        maybe_collect((size_t)bytes);
    }
}

void *tw_gc_malloc(size_t size) {
    maybe_collect(size);
    void *p = malloc(size ? size : 1);
    if (!p) {
        tw_gc_collect();
        p = malloc(size ? size : 1);
    }
    return p;
}

void *tw_gc_realloc(void *p, size_t old_size, size_t new_size) {
    if (new_size > old_size) {
        maybe_collect(new_size - old_size);
    }
    void *q = realloc(p, new_size ? new_size : 1);
    if (!q) {
        tw_gc_collect();
        q = realloc(p, new_size ? new_size : 1);
    }
    return q;
}

void tw_gc_free(void *p, size_t size) {
    (void)size;
    free(p);
}

// ---- finding objects from arbitrary words ----

static int compare_large(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (LargeHeader *const *)a, y = (uintptr_t) * (LargeHeader *const *)b;
    return x < y ? -1 : x > y;
}

static LargeHeader *large_containing(uintptr_t addr) {
    size_t lo = 0, hi = gc.nlarge;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        LargeHeader *h = gc.large[mid];
        uintptr_t start = (uintptr_t)(h + 1), end = start + h->size;
        if (addr < start) {
            hi = mid;
        } else if (addr >= end) {
            lo = mid + 1;
        } else {
            return h;
        }
    }
    return NULL;
}

// ---- marking ----

static void push(TwObject *o) {
    gc.stack = grow(gc.stack, &gc.stack_cap, sizeof *gc.stack, gc.sp + 1);
    gc.stack[gc.sp++] = o;
}

static bool static_seen(uintptr_t p) {
    if ((gc.nstatics + 1) * 2 > gc.statics_cap) {
        uintptr_t *old = gc.statics;
        size_t old_cap = gc.statics_cap;
        gc.statics_cap = old_cap ? old_cap * 2 : 512;
        gc.statics = calloc(gc.statics_cap, sizeof *gc.statics);
        if (!gc.statics) {
            fatal("out of memory in the collector");
        }
        gc.nstatics = 0;
        for (size_t i = 0; i < old_cap; i++) {
            if (old[i]) {
                static_seen(old[i]);
            }
        }
        free(old);
    }
    size_t i = (size_t)((p >> 3) * 0x9E3779B97F4A7C15ull) & (gc.statics_cap - 1);
    while (gc.statics[i]) {
        if (gc.statics[i] == p) {
            return true;
        }
        i = (i + 1) & (gc.statics_cap - 1);
    }
    gc.statics[i] = p;
    gc.nstatics++;
    return false;
}

#if TW_DEBUG_GC_STRESS
static TwObject *tracing_now;   // the object whose trace hook is running, for diagnostics
#endif

// Mark the object at exactly `addr` (a precise pointer from a root or a trace hook).
static void mark_ptr(uintptr_t addr) {
    Page *p = page_of(addr);
    if (p) {
        if (addr < (uintptr_t)p + p->first) {
            return;
        }
        size_t i = slot_index(p, addr);
        if (i >= p->nslots || !bit_get(p->alloc, i) || bit_get(p->mark, i)) {
            return;
        }
        bit_set(p->mark, i);
        push((TwObject *)((uintptr_t)p + p->first + i * p->slot_size));
        return;
    }
    LargeHeader *h = large_containing(addr);
    if (h) {
        if (!h->marked) {
            h->marked = 1;
            push((TwObject *)(h + 1));
        }
        return;
    }
    // Outside the heap: a static object (builtin type, singleton). Trace it once.
#if TW_DEBUG_GC_STRESS
    if (addr & 7) {   // not an object: a stale value (a buffer freed while still in use?)
        fprintf(stderr, "twinpy: gc: bad pointer %#lx held by a '%s'\n", (unsigned long)addr,
                tracing_now && tracing_now->type ? tw_type_cname(tracing_now->type) : "root");
        abort();
    }
#endif
    if (!static_seen(addr)) {
        push((TwObject *)addr);
    }
}

void tw_gc_mark(TwValue v) {
    if (v && tw_is_ptr(v)) {
        mark_ptr((uintptr_t)v);
    }
}

void tw_gc_mark_obj(void *obj) {
    if (obj) {
        mark_ptr((uintptr_t)obj);
    }
}

void tw_gc_mark_array(const TwValue *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        tw_gc_mark(v[i]);
    }
}

// A word from the C stack: mark the heap object it points into, if any. Never follows
// pointers to non-heap memory (the word may be anything).
static void mark_conservative(uintptr_t w) {
    Page *p = page_of(w);
    if (p) {
        if (w < (uintptr_t)p + p->first) {
            return;
        }
        size_t i = slot_index(p, w);
        if (i < p->nslots && bit_get(p->alloc, i) && !bit_get(p->mark, i)) {
            bit_set(p->mark, i);
            push((TwObject *)((uintptr_t)p + p->first + i * p->slot_size));
        }
        return;
    }
    LargeHeader *h = large_containing(w);
    if (h && !h->marked) {
        h->marked = 1;
        push((TwObject *)(h + 1));
    }
}

__attribute__((noinline, no_sanitize_address))
static void scan_range(uintptr_t lo, uintptr_t hi) {
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
        uintptr_t w = *(volatile uintptr_t *)a;
        if (w && (w >> 48) == 0) {
            mark_conservative(w);
        }
    }
}

__attribute__((noinline))
static void scan_stack(void) {
    jmp_buf regs;   // spills callee-saved registers onto the stack we scan
    setjmp(regs);
    volatile char here = 0;
    uintptr_t top = (uintptr_t)&here, bottom = (uintptr_t)gc.stack_bottom;
    if (top > bottom) {
        uintptr_t t = top;
        top = bottom;
        bottom = t;
    }
    scan_range(top, bottom);
    scan_range((uintptr_t)&regs, (uintptr_t)&regs + sizeof regs);
}

static void drain(void) {
    while (gc.sp) {
        TwObject *o = gc.stack[--gc.sp];
#if TW_DEBUG_GC_STRESS
        tracing_now = o;
#endif
        if (o->type) {
            tw_gc_mark_obj(o->type);
            if (o->type->trace) {
                o->type->trace(o);
            }
        }
    }
}

// THE root set. Everything the interpreter keeps alive outside the C stack is here.
static void mark_roots(void) {
    // registered root slots: interned names, module-level C globals, parser arenas
    for (size_t i = 0; i < gc.nroots; i++) {
        tw_gc_mark(*gc.roots[i]);
    }
    // static objects (builtin types) with heap fields
    for (size_t i = 0; i < gc.nstatic_roots; i++) {
        tw_gc_mark_obj(gc.static_roots[i]);
    }
    // interpreter-wide objects
    tw_gc_mark(tw_interp.builtins);
    tw_gc_mark(tw_interp.builtins_module);
    tw_gc_mark(tw_interp.modules);
    tw_gc_mark(tw_interp.sys);
    tw_gc_mark(tw_interp.main_dict);
    // thread state: the raised and handled exceptions, tracing functions
    tw_gc_mark(tw_ts.curexc);
    tw_gc_mark(tw_ts.handled);
    tw_gc_mark(tw_ts.trace_func);
    tw_gc_mark(tw_ts.profile_func);
    tw_gc_mark(tw_ts.call_filter);
    // objects frozen by gc.freeze(), and what they reference
    if (gc.nfrozen) {
        for (size_t c = 0; c < NCLASSES; c++) {
            for (Page *p = gc.pages[c]; p; p = p->next) {
                for (size_t w = 0; w < (p->nslots + 63) / 64; w++) {
                    uint64_t bits = p->frozen[w] & p->alloc[w];
                    while (bits) {
                        size_t i = w * 64 + (size_t)__builtin_ctzll(bits);
                        bits &= bits - 1;
                        mark_ptr((uintptr_t)p + p->first + i * p->slot_size);
                    }
                }
            }
        }
        for (size_t k = 0; k < gc.nlarge; k++) {
            if (gc.large[k]->frozen) {
                mark_ptr((uintptr_t)(gc.large[k] + 1));
            }
        }
    }
    // subsystems with roots of their own (the VM's frame stack)
    for (size_t i = 0; i < gc.nroot_fns; i++) {
        gc.root_fns[i]();
    }
    drain();
    // the C stack and registers, conservatively
    scan_stack();
    drain();
}

// ---- sweeping ----

static void sweep(void) {
    size_t live = 0, freed = 0;
    // pass 1: finalise the dead (types of dead objects are still intact)
    for (size_t c = 0; c < NCLASSES; c++) {
        for (Page *p = gc.pages[c]; p; p = p->next) {
            char *base = (char *)p + p->first;
            for (size_t w = 0; w < (p->nslots + 63) / 64; w++) {
                uint64_t dead = p->alloc[w] & ~p->mark[w];
                while (dead) {
                    size_t i = w * 64 + (size_t)__builtin_ctzll(dead);
                    dead &= dead - 1;
                    TwObject *o = (TwObject *)(base + i * p->slot_size);
                    if (o->type && o->type->finalize) {
                        o->type->finalize(o);
                    }
                }
            }
        }
    }
    for (size_t k = 0; k < gc.nlarge; k++) {
        LargeHeader *h = gc.large[k];
        TwObject *o = (TwObject *)(h + 1);
        if (!h->marked && o->type && o->type->finalize) {
            o->type->finalize(o);
        }
    }
    // pass 2: free, rebuild free lists
    for (size_t c = 0; c < NCLASSES; c++) {
        gc.free[c] = NULL;
        for (Page *p = gc.pages[c]; p; p = p->next) {
            char *base = (char *)p + p->first;
            p->nfree = 0;
            for (size_t i = p->nslots; i-- > 0;) {
                if (bit_get(p->alloc, i) && !bit_get(p->mark, i)) {
                    bit_clear(p->alloc, i);
                    bit_clear(p->frozen, i);
                    freed++;
                }
                if (!bit_get(p->alloc, i)) {
                    FreeSlot *s = (FreeSlot *)(base + i * p->slot_size);
                    s->next = gc.free[c];
                    gc.free[c] = s;
                    p->nfree++;
                } else {
                    live += p->slot_size;
                }
            }
            memset(p->mark, 0, sizeof p->mark);
        }
    }
    size_t kept = 0;
    for (size_t k = 0; k < gc.nlarge; k++) {
        LargeHeader *h = gc.large[k];
        if (h->marked) {
            h->marked = 0;
            live += h->size;
            gc.large[kept++] = h;
        } else {
            free(h);
            freed++;
        }
    }
    gc.nlarge = kept;
    gc.live = live;
    gc.last_freed = freed;
    gc.total_freed += freed;
}

void tw_gc_collect(void) {
    if (gc.collecting || gc.disabled) {
        return;
    }
    gc.collecting = true;
    if (gc.nlarge) {   // no qsort of NULL before the first large object
        qsort(gc.large, gc.nlarge, sizeof *gc.large, compare_large);
    }
    if (gc.statics_cap) {
        memset(gc.statics, 0, gc.statics_cap * sizeof *gc.statics);
    }
    gc.nstatics = 0;
    mark_roots();
    sweep();
    gc.allocated = 0;
    gc.objects_since = 0;
    gc.collections++;
    gc.threshold = gc.live * 2 > MIN_THRESHOLD ? gc.live * 2 : MIN_THRESHOLD;
    gc.collecting = false;
}

size_t tw_gc_collect_count(void) {
    if (gc.collecting || gc.disabled) {
        return 0;
    }
    tw_gc_collect();
    return gc.last_freed;
}

void tw_gc_set_automatic(bool on) { gc.automatic_off = !on; }
bool tw_gc_automatic(void) { return !gc.automatic_off; }

void tw_gc_get_stats(TwGcStats *out) {
    out->collections = gc.collections;
    out->last_freed = gc.last_freed;
    out->total_freed = gc.total_freed;
    out->objects_since = gc.objects_since;
    out->frozen = gc.nfrozen;
}

void tw_gc_freeze(void) {
    // garbage not collected yet would stay forever: CPython's generations hold only the
    // objects reference counting has not freed
    tw_gc_collect();
    size_t n = 0;
    for (size_t c = 0; c < NCLASSES; c++) {
        for (Page *p = gc.pages[c]; p; p = p->next) {
            for (size_t w = 0; w < (p->nslots + 63) / 64; w++) {
                p->frozen[w] = p->alloc[w];
                n += (size_t)__builtin_popcountll(p->alloc[w]);
            }
        }
    }
    for (size_t k = 0; k < gc.nlarge; k++) {
        gc.large[k]->frozen = 1;
        n++;
    }
    gc.nfrozen = n;
}

void tw_gc_unfreeze(void) {
    for (size_t c = 0; c < NCLASSES; c++) {
        for (Page *p = gc.pages[c]; p; p = p->next) {
            memset(p->frozen, 0, sizeof p->frozen);
        }
    }
    for (size_t k = 0; k < gc.nlarge; k++) {
        gc.large[k]->frozen = 0;
    }
    gc.nfrozen = 0;
}

// ---- roots and control ----

void tw_gc_add_root(TwValue *slot) {
    gc.roots = grow(gc.roots, &gc.roots_cap, sizeof *gc.roots, gc.nroots + 1);
    gc.roots[gc.nroots++] = slot;
}

void tw_gc_remove_root(TwValue *slot) {
    for (size_t i = gc.nroots; i-- > 0;) {
        if (gc.roots[i] == slot) {
            gc.roots[i] = gc.roots[--gc.nroots];
            return;
        }
    }
}

void tw_gc_add_static(void *obj) {
    gc.static_roots = grow(gc.static_roots, &gc.static_roots_cap, sizeof *gc.static_roots, gc.nstatic_roots + 1);
    gc.static_roots[gc.nstatic_roots++] = obj;
}

void tw_gc_add_root_fn(TwGcRootFn fn) {
    gc.root_fns = grow(gc.root_fns, &gc.root_fns_cap, sizeof *gc.root_fns, gc.nroot_fns + 1);
    gc.root_fns[gc.nroot_fns++] = fn;
}

void tw_gc_init(void *stack_bottom) {
    gc.stack_bottom = stack_bottom;
    gc.threshold = MIN_THRESHOLD;
}

void tw_gc_disable(void) { gc.disabled++; }
void tw_gc_enable(void) { gc.disabled--; }
size_t tw_gc_heap_size(void) { return gc.live; }
