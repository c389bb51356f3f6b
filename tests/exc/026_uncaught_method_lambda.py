# traceback entries for methods, lambdas and comprehensions
class Parser:
    def __init__(self, items):
        self.items = items

    def parse_all(self):
        return [self.parse_one(x) for x in self.items]

    def parse_one(self, x):
        conv = lambda v: int(v)
        return conv(x)

p = Parser(["1", "two"])
p.parse_all()
