def drain(it):
    return list(it), list(it)
print(drain(iter([1, 2])), drain(iter((1,))), drain(iter({1: 2})), drain(iter({3})), drain(iter(range(2))))
print(drain(enumerate('a')), drain(zip('a', 'b')), drain(map(str, [1])), drain(filter(None, [1])), drain(reversed([1])))
l = [1, 2, 3]
it = iter(l)
print(list(it))
l.append(4)
print(list(it))
r = reversed(l)
l.clear()
print(list(r))
d = {'a': 1}
di = iter(d)
print(list(di))
d['b'] = 2
print(list(di))
s = {1}
si = iter(s)
print(list(si))
s.add(2)
print(list(si))
