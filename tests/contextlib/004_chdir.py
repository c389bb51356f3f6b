import os
from contextlib import chdir
start = os.getcwd()
with chdir('/') as r:
    print(r, os.getcwd())
print(os.getcwd() == start)
try:
    with chdir('/nonexistent-dir-xyz'):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
c = chdir('/')
with c:
    with c:
        print(os.getcwd())
print(os.getcwd() == start)
