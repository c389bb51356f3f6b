# String hashes under PYTHONHASHSEED=0 decide this order.
print({'a', 'b', 'c'})
print({'apple', 'banana', 'cherry', 'date'})
s = set('hello world')
print(s)
print(frozenset(['x', 'y', 'z']))
print(set('abcdefghijklmnop'))
print({'', 'a', 'aa', 'aaa'})
