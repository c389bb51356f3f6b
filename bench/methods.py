# methods: method-call-heavy object-oriented code. A small inventory/accounting model with
# a class hierarchy, overridden methods reached through super(), properties, class and
# static methods, __eq__/__hash__/__lt__ used by containers and sorted, and many tiny
# getter/setter calls.
import sys


class Item:
    count = 0

    def __init__(self, name, price, qty):
        self.name = name
        self._price = price
        self.qty = qty
        Item.count += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        self._price = value if value > 0 else 1

    def value(self):
        return self.price * self.qty

    def discount(self):
        return 0

    def net(self):
        return self.value() - self.discount()

    def restock(self, k):
        self.qty += k
        return self

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __lt__(self, other):
        return self.net() < other.net() or (self.net() == other.net() and self.name < other.name)

    @classmethod
    def make(cls, i):
        return cls("%s%d" % (cls.__name__[0], i), 1 + i % 17, i % 5)

    @staticmethod
    def tax(amount):
        return amount // 10


class Perishable(Item):
    def __init__(self, name, price, qty, days=3):
        super().__init__(name, price, qty)
        self.days = days

    def discount(self):
        return super().discount() + (self.value() // 2 if self.days < 2 else 0)

    def age(self):
        self.days -= 1
        return self.days


class Bundle(Item):
    def __init__(self, name, parts):
        super().__init__(name, 0, 1)
        self.parts = parts

    def value(self):
        total = 0
        for p in self.parts:
            total += p.net()
        return total

    def discount(self):
        return self.value() // 20


class Ledger:
    def __init__(self):
        self.entries = []
        self.balance = 0

    def post(self, amount):
        self.entries.append(amount)
        self.balance += amount - Item.tax(amount)

    def total(self):
        return self.balance


def main(n):
    items = []
    for i in range(60):
        if i % 3 == 0:
            items.append(Perishable.make(i))
        else:
            items.append(Item.make(i))
    bundles = [Bundle("B%d" % i, items[i:i + 4]) for i in range(0, 60, 6)]
    ledger = Ledger()
    for day in range(n):
        for it in items:
            it.restock(day % 3)
            ledger.post(it.net())
            if isinstance(it, Perishable) and it.age() <= 0:
                it.days = 4
                it.price = it.price - 1
        for b in bundles:
            ledger.post(b.net())
        if day % 50 == 0:
            ranked = sorted(items)
            ledger.post(ranked[0].net() + ranked[-1].net())
            for it in items:
                it.qty //= 2
    unique = len(set(items + [Item("P0", 1, 1), Item("I1", 5, 5)]))
    print("methods", n, ledger.total(), len(ledger.entries), unique, Item.count)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
