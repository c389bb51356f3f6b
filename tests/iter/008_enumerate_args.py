# enumerate's own argument errors
cases = [((), {'iterable': []}), ((), {'iterable': "ab", 'start': 1}), ((["x"],), {'start': 5}),
         (([],), {'iterable': 1}), (([], 1), {'start': 1}), ((), {}), ((1, 2, 3), {}),
         ((), {'start': 1}), ((), {'x': 1}), (([],), {'start': 1, 'x': 2}), (("ab", "1"), {})]
for a, k in cases:
    try:
        print(list(enumerate(*a, **k)))
    except TypeError as e:
        print("TypeError:", e)
