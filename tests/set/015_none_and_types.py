# None, Ellipsis, NotImplemented and builtin types hash by address in CPython 3.11; only the
# low address bits are the same from run to run, and they place them in small tables.
print({None, 1, 2}, {None, 'a'}, {0, None, ()}, {..., 5}, {NotImplemented, 3})
print({int, str, float, list, dict, tuple, set, frozenset, bytes, type, object, bool, complex, range})
print({ValueError, TypeError, KeyError, IndexError, Exception, BaseException, StopIteration})
print({type(None), type(...), type(len), type(lambda: 0), type(iter([]))})
print(hash(None) % 65536, hash(...) % 65536, hash(NotImplemented) % 65536, hash(int) % 65536, hash(str) % 4096)
s = {None, 8, 16}
s.discard(None)
s.add(None)
print(s, [x for x in {None, 24, 40}])
