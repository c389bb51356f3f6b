# Set displays of constants: CPython compiles them into a frozenset constant (made from
# the items, then rebuilt in its own iteration order), shared by equal displays in the
# same compilation; for-loops, comprehensions and `in` use the frozenset directly.
print({9, 17, 25, 1}, {1, 25, 17, 9}, {17, 1})
print({-7, -15, 1, 9}, {(1, 2), (1,), (), (2, 1)}, {'x' * 0, 2 ** 3, -1})
print({1.5, -2.5, 0.25, 8.0}, {1j, -1j, 2 + 0j, 3})
print({True, 3, (), 0.0}, {b'a', b'b', b'', 'a'})
def f():
    for x in {41, 9, 33, 1}:
        print(x, end=' ')
    print()
    print([y for y in {1, 9, 33, 41}], {z for z in {33, 1, 41, 9}})
    return 9 in {33, 41, 1, 9}, 2 not in {2}
print(f())
print({41, 9, 33, 1}, {1, 9, 17, 25, 33, 41})
x = 25
print({9, 17, x, 1}, {x, 17, 9, 1}, {*[9, 17], 25, 1}, {*{9, 17}, *(25, 1)})
ns = {}
exec("print({1, 25, 17, 9}); print({9, 17, 25, 1})", ns)
exec("print({9, 17, 25, 1}); print({1, 25, 17, 9})", ns)
print(eval("{33, 1, 9}"), eval("{1, 9, 33}"))
for s in ({11, 3, 19, 27, 35}, {35, 27, 19, 11, 3}):
    print(s, s | {43})
print({x for x in (17, 9, 1, 25)}, {x % 64 for x in range(0, 640, 17)})
print(set(x for x in [25, 17, 9, 1]), list({2 ** 40, 2 ** 33, 17, 2 ** 60, -(2 ** 50)}))
