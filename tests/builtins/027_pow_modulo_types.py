# three-argument pow: ints only; complex says "complex modulo"
for a in [(1j, 2, 3), (2, 1j, 3), (2, 2, 3j), (2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), ('a', 2, 3),
          (2, 2, 'a'), (1j, 2, None), (3, 4, 5), (2, -1, 7), (True, 2, 3)]:
    try:
        print(pow(*a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(round(7.0, 10 ** 20), round(7.0, -(10 ** 20)), round(-7.5, 10 ** 30), round(2.5), round(3.5))
