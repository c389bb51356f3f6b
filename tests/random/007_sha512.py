# _sha512, the hash random.seed() uses for str and bytes seeds.
import _sha512

for msg in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129,
            bytes(range(256)) * 5, "héllo".encode()]:
    print(len(msg), _sha512.sha512(msg).hexdigest())
    print(len(msg), _sha512.sha384(msg).hexdigest())

h = _sha512.sha512()
for i in range(50):
    h.update(bytes([i]) * i)
print(h.hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), len(h.digest()), len(_sha512.sha384().digest()))
print(h.digest()[:8], h.name, h.digest_size, h.block_size, _sha512.sha384().name)
print(_sha512.sha512(bytearray(b"abc")).hexdigest() == _sha512.sha512(b"abc").hexdigest())
print(_sha512.sha512(string=b"abc").hexdigest()[:16], _sha512.sha512(b"x", usedforsecurity=False).hexdigest()[:16])
for bad in ["text", 5, None]:
    try:
        _sha512.sha512(bad)
    except TypeError as e:
        print(TypeError.__name__, e)
try:
    h.update("text")
except TypeError as e:
    print(e)
