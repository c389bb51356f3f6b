print({})
print({'a': 'b', 1: 2.5, None: [1, (2,)], (1,): {'n': {}}})
d = {}
d['self'] = d
print(d)
l = [d]
print(l)
d2 = {'a': [], 'b': {}}
d2['a'].append(d2)
print(d2)
print(str({'q': "it's"}), repr({'x': '"'}))
