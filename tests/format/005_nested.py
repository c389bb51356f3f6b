# nested replacement fields inside format specs
print("{:{}}|".format("ab", 5), "{:>{w}}|".format("x", w=4), "{0:{1}{2}}|".format("z", "^", 7))
print("{:{}.{}}|".format("abcdef", 8, 3), "{:{fill}{align}{width}}".format("m", fill="*", align="<", width=5))
print("{0:{1}} {2}".format("a", 3, "b"))
w = 6
print(f"{'v':>{w}}|", f"{3.14159:.{2}f}", f"{'c':{'#'}^{w + 1}}")
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print("ValueError", e)
try:
    print("{0:{1}}".format("a"))
except IndexError as e:
    print("IndexError", e)
