# exceptions raised while constructing objects
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance: %d" % balance)
        self.balance = balance

try:
    Account(-5)
except ValueError as e:
    print("init failed:", e)

a = Account(10)
print(a.balance)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print(e)

class Missing:
    def __init__(self, a, b):
        pass
try:
    Missing(1)
except TypeError as e:
    print(e)

class Broken:
    def __init__(self):
        self.x = 1 / 0
try:
    Broken()
except ZeroDivisionError as e:
    print("zero:", e)

Account(-1)
