# Floor division and modulo on big values of every sign combination.
vals = [10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 70, -(2 ** 70), 12345678901234567890123, 3, -3, 1, -1]
for a in vals:
    for b in vals[:5]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(q, r, a // b, a % b)
for a in vals:
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(divmod(2 ** 100, 0))
except ZeroDivisionError as e:
    print(e)
