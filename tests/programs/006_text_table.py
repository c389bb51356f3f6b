rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1), ("date", 7, 1.75)]
header = ("fruit", "qty", "price", "total")
print("{:<10}|{:>5}|{:>7}|{:>8}".format(*header))
print("-" * 33)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print("{:<10}|{:>5d}|{:>7.2f}|{:>8.3f}".format(name, qty, price, total))
print("%-10s|%5s|%7s|%8.3f" % ("sum", "", "", grand))
print(f"{'centered':^33}")
print(f"{grand:,.2f} {1234567:,} {0.125:.1%} {255:08b} {-42:+d}")
