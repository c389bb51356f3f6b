from dataclasses import dataclass, field, fields, asdict

@dataclass
class Inventory:
    name: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    owner: str | None = None
    pair: tuple[int, ...] = (1, 2)
inv = Inventory('shop', ['a'])
inv.counts['a'] = 3
print(inv, Inventory.__doc__)
print([(f.name, f.type) for f in fields(Inventory)])
print(asdict(inv))
print(Inventory.__init__.__annotations__)
