lst = list(range(10))
print(lst[2], lst[-1], lst[2:5], lst[:3], lst[7:], lst[::3], lst[::-1], lst[-3:-1], lst[5:2], lst[1:8:2])
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[::2] = [0] * 6
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"k": [1, {"n": 2}]}
print(d["k"][1]["n"])
d["k"][1]["n"] += 40
print(d)
t = (1, 2, 3)
print(t[1:], t[::-1], "string"[1:-1], b"bytes"[0], b"bytes"[1:3])
try:
    lst[100]
except IndexError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(lst[100:], lst[-100:2])
