m = __import__("sys")
print(m.__name__, type(m).__name__)
import sys
print(__import__("sys") is sys)
try:
    __import__("definitely_not_a_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print("ValueError", e)
