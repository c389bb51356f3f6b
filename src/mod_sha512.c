// The _sha512 module: SHA-512 and SHA-384 (FIPS 180-4) as hash objects with update(),
// digest(), hexdigest() and copy(), the interface hashlib builds on. random.seed() of a
// str or bytes hashes it with sha512. tw_sha512() hashes a buffer in one call for C code.
#include <stdio.h>

#include "gc.h"
#include "modules.h"

// The first 64 bits of the fractional parts of the cube roots of the first 80 primes.
static const uint64_t round_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

// Initial hash values: square roots of the first 8 primes (SHA-512), of the 9th to 16th (SHA-384).
static const uint64_t iv512[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};
static const uint64_t iv384[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};

typedef struct Sha512State {
    uint64_t h[8];
    uint64_t nbytes;       // message length so far (inputs over 2^64 bytes do not occur)
    uint8_t block[128];    // the partial block
    size_t used;           // bytes in block
} Sha512State;

static inline uint64_t rotr(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static void compress(Sha512State *s, const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++) {
            v = (v << 8) | p[i * 8 + j];
        }
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
    uint64_t e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + round_k[i] + w[i];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    s->h[0] += a;
    s->h[1] += b;
    s->h[2] += c;
    s->h[3] += d;
    s->h[4] += e;
    s->h[5] += f;
    s->h[6] += g;
    s->h[7] += h;
}

static void sha_init(Sha512State *s, const uint64_t iv[8]) {
    memcpy(s->h, iv, sizeof s->h);
    s->nbytes = 0;
    s->used = 0;
}

static void sha_update(Sha512State *s, const uint8_t *p, size_t n) {
    s->nbytes += n;
    if (s->used) {
        size_t take = 128 - s->used < n ? 128 - s->used : n;
        memcpy(s->block + s->used, p, take);
        s->used += take;
        p += take;
        n -= take;
        if (s->used < 128) {
            return;
        }
        compress(s, s->block);
        s->used = 0;
    }
    for (; n >= 128; p += 128, n -= 128) {
        compress(s, p);
    }
    memcpy(s->block, p, n);
    s->used = n;
}

// The digest of what was hashed so far; s is left as it was (update may go on).
static void sha_final(const Sha512State *state, uint8_t out[64]) {
    Sha512State s = *state;
    uint64_t bits = s.nbytes << 3;
    uint64_t high = s.nbytes >> 61;
    uint8_t pad[128 + 16] = {0x80};
    size_t padlen = s.used < 112 ? 112 - s.used : 240 - s.used;
    uint8_t len[16];
    for (int i = 0; i < 8; i++) {
        len[i] = (uint8_t)(high >> (56 - 8 * i));
        len[8 + i] = (uint8_t)(bits >> (56 - 8 * i));
    }
    sha_update(&s, pad, padlen);
    sha_update(&s, len, 16);
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            out[i * 8 + j] = (uint8_t)(s.h[i] >> (56 - 8 * j));
        }
    }
}

void tw_sha512(const void *data, size_t n, uint8_t out[64]) {
    Sha512State s;
    sha_init(&s, iv512);
    sha_update(&s, data, n);
    sha_final(&s, out);
}

// ---------------------------------------------------------------- hash objects

typedef struct ShaObject {
    TwObject hdr;
    Sha512State state;
} ShaObject;

static TwType sha512_type = {.c_name = "_sha512.sha512", .basic_size = sizeof(ShaObject)};
static TwType sha384_type = {.c_name = "_sha512.sha384", .basic_size = sizeof(ShaObject)};

static size_t digest_size(TwValue self) {
    return tw_type_of(self) == &sha384_type ? 48 : 64;
}

// The bytes of a bytes-like argument, or TypeError as CPython's hash objects say.
static int get_data(TwValue v, const uint8_t **p, size_t *n) {
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *p = TW_OBJ(v, TwBytes)->data;
        *n = TW_OBJ(v, TwBytes)->size;
        return 0;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *p = TW_OBJ(v, TwByteArray)->data;
        *n = TW_OBJ(v, TwByteArray)->size;
        return 0;
    }
    if (tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "Strings must be encoded before hashing");
    } else {
        tw_error(&tw_type_TypeError, "object supporting the buffer API required");
    }
    return -1;
}

static int update_with(ShaObject *o, TwValue v) {
    const uint8_t *p;
    size_t n;
    if (get_data(v, &p, &n) < 0) {
        return -1;
    }
    sha_update(&o->state, p, n);
    tw_keep_alive(v);
    return 0;
}

static TwValue make_hash(TwType *t, const char *fname, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"string", "usedforsecurity"};
    TwValue a[2];
    if (tw_parse_args(fname, argc, argv, kwnames, names, 2, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    ShaObject *o = (ShaObject *)tw_gc_alloc(t, sizeof(ShaObject));
    if (!o) {
        return TW_NULL;
    }
    sha_init(&o->state, t == &sha384_type ? iv384 : iv512);
    if (a[0] && update_with(o, a[0]) < 0) {
        return TW_NULL;
    }
    return tw_from_obj(o);
}

static TwValue sha512_new(int argc, TwValue *argv, TwValue kwnames) {
    return make_hash(&sha512_type, "sha512", argc, argv, kwnames);
}

static TwValue sha384_new(int argc, TwValue *argv, TwValue kwnames) {
    return make_hash(&sha384_type, "sha384", argc, argv, kwnames);
}

static TwValue sha_update_m(int argc, TwValue *argv, TwValue kwnames) {
    if (update_with(TW_OBJ(argv[0], ShaObject), argv[1]) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue sha_digest_m(int argc, TwValue *argv, TwValue kwnames) {
    uint8_t out[64];
    sha_final(&TW_OBJ(argv[0], ShaObject)->state, out);
    return tw_bytes_new(out, digest_size(argv[0]));
}

static TwValue sha_hexdigest_m(int argc, TwValue *argv, TwValue kwnames) {
    uint8_t out[64];
    char hex[129];
    sha_final(&TW_OBJ(argv[0], ShaObject)->state, out);
    size_t n = digest_size(argv[0]);
    for (size_t i = 0; i < n; i++) {
        snprintf(hex + 2 * i, 3, "%02x", out[i]);
    }
    return tw_str_new(hex, 2 * n);
}

static TwValue sha_copy_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(argv[0]);
    ShaObject *o = (ShaObject *)tw_gc_alloc(t, sizeof(ShaObject));
    if (!o) {
        return TW_NULL;
    }
    o->state = TW_OBJ(argv[0], ShaObject)->state;
    return tw_from_obj(o);
}

static TwValue sha_name(TwValue self) {
    return tw_str_from_c(digest_size(self) == 48 ? "sha384" : "sha512");
}

static TwValue sha_digest_size(TwValue self) {
    return tw_from_small_int((int64_t)digest_size(self));
}

static TwValue sha_block_size(TwValue self) {
    return tw_from_small_int(128);
}

static const TwMethodDef sha_methods[] = {
    {"update", sha_update_m, 2, 2, TW_BUILTIN_METHOD},
    {"digest", sha_digest_m, 1, 1, TW_BUILTIN_METHOD},
    {"hexdigest", sha_hexdigest_m, 1, 1, TW_BUILTIN_METHOD},
    {"copy", sha_copy_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef sha_getsets[] = {
    {"name", sha_name, NULL, false},
    {"digest_size", sha_digest_size, NULL, false},
    {"block_size", sha_block_size, NULL, false},
    {NULL},
};

static const TwMethodDef sha_functions[] = {
    {"sha512", sha512_new, 0, -1, TW_BUILTIN_KEYWORDS},
    {"sha384", sha384_new, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL},
};

static int sha512_module_init(TwValue module) {
    TwType *types[2] = {&sha512_type, &sha384_type};
    for (int i = 0; i < 2; i++) {
        if (!types[i]->version) {
            tw_type_init_builtin(types[i], types[i]->c_name, &tw_type_object);
            tw_type_add_methods(types[i], sha_methods);
            tw_type_add_getsets(types[i], sha_getsets);
        }
    }
    if (tw_module_add_functions(module, sha_functions) < 0) {
        return -1;
    }
    // CPython 3.11 exposes only the SHA-384 type by name.
    return tw_dict_set_c(TW_OBJ(module, TwModule)->dict, "SHA384Type", tw_from_obj(&sha384_type));
}

void tw_sha512_init(void) {
    tw_module_register("_sha512", sha512_module_init);
}
