class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)


a = Account("ann", 100).deposit(50)
print(a, a.balance)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available)
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e)
s = Savings("bob", 1000)
s.add_interest()
print(s, isinstance(s, Account), Account.count)
print(Account.open_many("x", "y"), Account.count)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
