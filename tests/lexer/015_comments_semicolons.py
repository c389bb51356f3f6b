# a comment
x = 1  # trailing
y = 2; z = 3;
if x: print("one")  # inline
print(x, y, z)
def f(): return 5
print(f())
class C: pass
print(C.__name__)
