print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), () < (0,), (1, 'a') < (1, 'b'))
print((1, 2) == [1, 2], (1, 2) != [1, 2], (1,) == (1.0,), ((1, 2), 3) == ((1, 2), 3))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([(2,), (1, 5), (1,)]))
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,), t[0] == t[0])
class E:
    def __eq__(self, o):
        print('eq called')
        return True
e = E()
print((e,) == (e,), (E(),) == (E(),))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
try:
    (1, 2) < (1, None)
except TypeError as ex:
    print('TypeError:', ex)
print((1, 2) < (2, None))
