import string
for n in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
          'octdigits', 'punctuation', 'printable', 'whitespace']:
    v = getattr(string, n)
    print(n, repr(v), len(v))
print(string.__all__)
print(string.capwords('  hello   wORLD  foo '))
print(string.capwords('a-b-c d', '-'))
print(string.capwords(''))
print(string.capwords('x,,y', ','))
print(all(c.isprintable() or c in string.whitespace for c in string.printable))
try:
    string.capwords(3)
except AttributeError as e:
    print("AttributeError", e)
