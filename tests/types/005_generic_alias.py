print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()]), list[int] == list[int], type(list[int]), list[int]([1,2]))
print(int | None, None | int, int | str | int, type(int|str), (int|str).__args__, int | int, list[int] | None)
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int), types.UnionType)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(1, int | list[int]))
try: isinstance('s', int | list[int])
except TypeError as e: print(e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(2.0, int | str))
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, dict[str,int].__args__)
class L(list[int]): pass
print(L.__bases__, L.__orig_bases__, L([1]))
print(list[int].append, list[int].__name__)
print(hash(list[int]) == hash(list[int]), (int|str) == (str|int), hash(int|str)==hash(str|int))
print(type[int], repr(list['X']), list[list], dict[str, 'Any'], tuple[int, ...].__args__)
import re; print(re.Pattern[str], re.Match[bytes])
print(list[int] is list, list[int] != list, str(list[int]))
print((int | str) | None, int | (str | None), (int|str).__parameters__)
print(set[int], frozenset[str], enumerate[int], BaseExceptionGroup[ValueError])
def f(x: int | None = None, y: list[str] = []) -> dict[str, int]: pass
print(f.__annotations__)
try: int[str]
except TypeError as e: print(e)
class Meta(type): pass
class K(metaclass=Meta): pass
print(K | None, int | K)
print(isinstance(K(), K | int), list[int] | dict[str, int])
