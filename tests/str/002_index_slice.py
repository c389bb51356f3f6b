# indexing and slicing, ASCII and non-ASCII, steps, negative indices, errors
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[100:], s[-100:3], s[5:2], repr(s[5:2]))
print(s[2:8:3], s[slice(1, 4)], s[slice(None, None, -3)])
u = "añb€c😀d"
print(len(u), u[0], u[1], u[3], u[5], u[-1], u[-2])
print(u[1:4], u[::-1], u[::2], u[-3:], u[2:100])
for i in range(len(u)):
    print(i, u[i], end=" ")
print()
for idx in [10, -11, 100]:
    try:
        print(s[idx])
    except IndexError as e:
        print("IndexError", e)
for key in ["a", 1.5, None]:
    try:
        print(s[key])
    except TypeError as e:
        print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(s[True], s[False:True])
big = "xy" * 1000
print(big[1999], big[1000:1004], len(big[::3]))
