# str and bytes hashes as CPython 3.11 with PYTHONHASHSEED=0: SipHash-1-3 with a zero key
# over the string's PEP 393 form (1, 2 or 4 bytes per code point, by the widest one).
for s in ['', 'a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'x' * 64, '\x00', 'ÿ', 'é' * 9,
          'aé', 'Ā', 'aĀ', '€', '€uro', '\uffff', '😀', 'a😀', 'é😀€', '\U0010ffff', '日本語テキスト']:
    print(ascii(s), hash(s))
for b in [b'', b'a', b'abcdefgh', b'\xff' * 9, bytes(range(256))]:
    print(b[:10], hash(b))
# latin-1 text hashes like its latin-1 bytes; wider text does not hash like its UTF-8
print(hash('é') == hash(b'\xe9'), hash('aÿ') == hash('aÿ'.encode('latin-1')), hash('€') == hash('€'.encode()))
print(hash(bytearray(b'x').decode()) == hash('x'), hash(bytes(bytearray(b'abc'))) == hash(b'abc'))
class S(str):
    pass
print(hash(S('abc')) == hash('abc'), hash(S('😀')) == hash('😀'))
print(hash('a' + 'é'[:0]) == hash('a'), hash('aé'[:1]) == hash('a'), hash('a€'[:1]) == hash('a'))
