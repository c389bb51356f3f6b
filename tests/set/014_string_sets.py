# Sets of strings: str hashes are SipHash-1-3 over CPython's 1/2/4-byte representation
# (PYTHONHASHSEED=0), and set displays of name-like strings follow CPython's interning.
print({'apple', 'banana', 'cherry', 'kiwi', 'lemon', 'mango'})
print(frozenset({'x', 'y', 'z', 'w', 'u', 'v'}), frozenset(['x', 'y', 'z', 'w', 'u', 'v']))
print({'a', 'é', '€', '😀'}, set(['a', 'é', '€', '😀']))
print({'é', 'ü', 'ß', 'ø'}, {'α', 'β', 'γ', 'δ', 'ε'}, {'日', '本', '語'}, {'😀', '😁', '🎉', '𝄞'})
print({'self', 'name', 'key', 'value', 'data', 'q1', 'q2'})
print({'red', 'green', 'blue', 'cyan'}, {'', ' ', '  ', 'a b'})
red = green = 1
print({'red', 'green', 'blue', 'cyan'})
print(set('hello world'), frozenset('mississippi'), set('ÿ€😀aé'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(set(words), {w[::-1] for w in words}, frozenset(w.upper() for w in words))
s = set()
for i in range(40):
    s.add('k%d' % i)
print(s)
for i in range(0, 40, 3):
    s.discard('k%d' % i)
print(s)
print({'a' * n for n in range(10)}, {chr(0x3b1 + i) for i in range(12)})
print({s: len(s) for s in ('é', 'ab', '€uro', '😀!')}, sorted({'b', 'a', 'é', 'z'}))
