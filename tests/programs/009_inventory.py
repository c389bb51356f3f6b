inventory = {}


def add(name, qty, **attrs):
    entry = inventory.setdefault(name, {"qty": 0})
    entry["qty"] += qty
    entry.update(attrs)


add("bolt", 100, size="M4")
add("nut", 250, size="M4")
add("bolt", 20, color="silver")
add("washer", 75)
for name in sorted(inventory):
    e = inventory[name]
    extras = ", ".join(f"{k}={v}" for k, v in sorted(e.items()) if k != "qty")
    print(f"{name:8}{e['qty']:5}  {extras}")
low = {k for k, v in inventory.items() if v["qty"] < 100}
print(sorted(low))
by_size = {}
for name, e in inventory.items():
    by_size.setdefault(e.get("size", "?"), []).append(name)
print(by_size)
print(list(inventory)[::-1], len(inventory))
del inventory["nut"]
print("nut" in inventory, inventory.pop("zzz", "none"))
