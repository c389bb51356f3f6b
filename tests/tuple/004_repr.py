print((1,), (1, 2), ('a',), ((),), ((1,),), (None, 'x', 1.5))
print(repr(()), str((1, 'a')))
l = []
t = (l,)
l.append(t)
print(t)
print(((1, [2, (3,)]),))
