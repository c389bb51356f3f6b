// The _random module: the Mersenne Twister (MT19937) generator behind random.Random.
// Seeding follows CPython exactly, so a seed gives CPython's sequence: an int seed is
// split into 32-bit words (least significant first) for init_by_array, other objects
// seed by their hash, and no seed draws 624 words from the system's entropy source
// (the time and pid if that fails). random() builds a 53-bit float from two outputs
// and getrandbits(k) fills k bits from 32-bit outputs, low words first.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "bigint.h"
#include "gc.h"
#include "modules.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObject {
    TwObject hdr;
    int32_t index;             // next word of state to temper; MT_N: regenerate first
    uint32_t state[MT_N];
} RandomObject;

static TwType random_type;

static void init_genrand(RandomObject *r, uint32_t seed) {
    uint32_t *mt = r->state;
    mt[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    }
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t keylen) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > keylen ? MT_N : keylen; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;   // a non-zero initial array is assured
}

static inline uint32_t twist(uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
}

static uint32_t genrand_u32(RandomObject *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int k = 0;
        for (; k < MT_N - MT_M; k++) {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M]);
        }
        for (; k < MT_N - 1; k++) {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
        }
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// n bytes from the system's entropy source; -1 (no exception) if there is none.
static int urandom_fill(void *buf, size_t n) {
    uint8_t *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, GRND_NONBLOCK);
        if (got <= 0) {
            int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                return -1;
            }
            while (n > 0) {
                got = read(fd, p, n);
                if (got <= 0) {
                    close(fd);
                    return -1;
                }
                p += got;
                n -= (size_t)got;
            }
            close(fd);
            return 0;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

static void seed_from_system(RandomObject *r) {
    uint32_t key[MT_N];
    if (urandom_fill(key, sizeof key) == 0) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k[5] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                     (uint32_t)getpid(), 0};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    k[4] = (uint32_t)ts.tv_nsec;
    init_by_array(r, k, 5);
}

static int random_seed(RandomObject *r, TwValue arg) {
    if (!arg || arg == TW_NONE) {
        seed_from_system(r);
        return 0;
    }
    TwValue n;
    if (tw_type_of(arg) == &tw_type_int) {
        n = tw_int_sign(arg) < 0 ? tw_int_neg(arg) : arg;
    } else {
        int64_t h = tw_hash(arg);
        if (h == -1 && tw_error_occurred()) {
            return -1;
        }
        n = tw_int_from_u64((uint64_t)h);   // as a C size_t
    }
    if (!n) {
        return -1;
    }
    TwIntView view;
    tw_bigint_view(n, &view);
    if (view.n == 0) {
        uint32_t zero = 0;
        init_by_array(r, &zero, 1);
    } else {
        init_by_array(r, view.d, (size_t)view.n);
    }
    tw_keep_alive(n);
    return 0;
}

// ---------------------------------------------------------------- methods

static TwValue random_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    RandomObject *r = (RandomObject *)tw_gc_alloc(cls, cls->basic_size);
    if (!r) {
        return TW_NULL;
    }
    r->index = MT_N;
    return tw_from_obj(r);
}

static TwValue random_init(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "Random() takes no keyword arguments");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "Random() requires 0 or 1 argument");
    }
    if (random_seed(TW_OBJ(argv[0], RandomObject), argc > 1 ? argv[1] : TW_NULL) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue random_seed_m(int argc, TwValue *argv, TwValue kwnames) {
    if (random_seed(TW_OBJ(argv[0], RandomObject), argc > 1 ? argv[1] : TW_NULL) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue random_random(int argc, TwValue *argv, TwValue kwnames) {
    RandomObject *r = TW_OBJ(argv[0], RandomObject);
    uint32_t a = genrand_u32(r) >> 5, b = genrand_u32(r) >> 6;
    return tw_from_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static TwValue random_getrandbits(int argc, TwValue *argv, TwValue kwnames) {
    RandomObject *r = TW_OBJ(argv[0], RandomObject);
    int64_t k;
    if (tw_int_as_i64(argv[1], &k) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
        }
        return TW_NULL;
    }
    if (k < INT32_MIN || k > INT32_MAX) {
        return tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
    }
    if (k < 0) {
        return tw_error(&tw_type_ValueError, "number of bits must be non-negative");
    }
    if (k == 0) {
        return tw_from_small_int(0);
    }
    if (k <= 32) {
        return tw_from_small_int(genrand_u32(r) >> (32 - k));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t small[8];
    uint32_t *w = words <= 8 ? small : malloc(words * sizeof(uint32_t));
    if (!w) {
        return tw_error_nomem();
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_u32(r);
        if (k < 32) {
            x >>= 32 - k;   // keep the most significant bits of the last word
        }
        w[i] = x;
    }
    TwValue result = tw_bigint_from_mag(w, (int64_t)words, 1);
    if (w != small) {
        free(w);
    }
    return result;
}

static TwValue random_getstate(int argc, TwValue *argv, TwValue kwnames) {
    RandomObject *r = TW_OBJ(argv[0], RandomObject);
    TwValue t = tw_tuple_new(MT_N + 1);
    if (!t) {
        return TW_NULL;
    }
    TwValue *items = tw_tuple_items(t);
    for (int i = 0; i < MT_N; i++) {
        items[i] = tw_from_small_int(r->state[i]);
    }
    items[MT_N] = tw_from_small_int(r->index);
    return t;
}

// PyLong_AsUnsignedLong: exact ints only, no __index__.
static int as_unsigned_long(TwValue v, uint64_t *out) {
    if (!tw_is_intlike(v)) {
        tw_error(&tw_type_TypeError, "an integer is required");
        return -1;
    }
    v = tw_int_value(v);
    if (tw_int_sign(v) < 0) {
        tw_error(&tw_type_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (tw_bigint_bit_length(v) > 64) {
        tw_error(&tw_type_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    TwIntView view;
    tw_bigint_view(v, &view);
    *out = view.n == 0 ? 0 : view.n == 1 ? view.d[0] : ((uint64_t)view.d[1] << 32 | view.d[0]);
    return 0;
}

static TwValue random_setstate(int argc, TwValue *argv, TwValue kwnames) {
    RandomObject *r = TW_OBJ(argv[0], RandomObject);
    TwValue state = argv[1];
    if (!tw_isinstance_type(state, &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "state vector must be a tuple");
    }
    if (tw_tuple_size(state) != MT_N + 1) {
        return tw_error(&tw_type_ValueError, "state vector is the wrong size");
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        uint64_t u;
        if (as_unsigned_long(tw_tuple_items(state)[i], &u) < 0) {
            return TW_NULL;
        }
        words[i] = (uint32_t)u;
    }
    int64_t index;
    if (tw_int_as_i64(tw_tuple_items(state)[MT_N], &index) < 0) {
        return TW_NULL;
    }
    if (index < 0 || index > MT_N) {
        return tw_error(&tw_type_ValueError, "invalid state");
    }
    memcpy(r->state, words, sizeof words);
    r->index = (int32_t)index;
    return TW_NONE;
}

static const TwMethodDef random_methods[] = {
    {"__new__", random_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", random_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"seed", random_seed_m, 1, 2, TW_BUILTIN_METHOD},
    {"random", random_random, 1, 1, TW_BUILTIN_METHOD},
    {"getrandbits", random_getrandbits, 2, 2, TW_BUILTIN_METHOD},
    {"getstate", random_getstate, 1, 1, TW_BUILTIN_METHOD},
    {"setstate", random_setstate, 2, 2, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType random_type = {
    .c_name = "_random.Random",
    .basic_size = sizeof(RandomObject),
    .flags = TW_TYPE_BASETYPE,
};

static int random_module_init(TwValue module) {
    if (!random_type.version) {
        tw_type_init_builtin(&random_type, random_type.c_name, &tw_type_object);
        tw_type_add_methods(&random_type, random_methods);
    }
    return tw_dict_set_c(TW_OBJ(module, TwModule)->dict, "Random", tw_from_obj(&random_type));
}

void tw_random_init(void) {
    tw_module_register("_random", random_module_init);
}
