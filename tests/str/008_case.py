# case mapping: ASCII and Unicode, full mappings, final sigma, titlecase digraphs
words = ["hello World", "ÀÉÎÕÜ àéîõü", "straße", "ǅungla ǆ", "ΣΊΣΥΦΟΣ", "İstanbul", "ﬁne ﬂow", "123abc DEF", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΌΣΟΣ Σ ΑΣ.".lower(), "Σ".lower(), "ΑΣ".lower(), "ΑΣΑ".lower(), "Α'Σ".lower())
print("ß".upper(), "ß".title(), "ß".casefold(), "ŉ".upper(), "ǰ".upper(), len("ΐ".upper()))
print("they're bill's friends".title(), "hello2world 3rd".title(), "o'NEIL mcDONALD".title())
print("aBc".swapcase().swapcase(), "ﬀ".upper(), "µ".upper(), "µ".casefold(), "ÿ".upper())
print("Ⅻ".lower(), "ⓐⓑ".upper(), "𐐨".upper(), "Ꭰ".lower(), "ꭰ".upper())
print("hELLO".capitalize(), "éCOLE".capitalize(), "ǆemal".capitalize(), "ßa".capitalize())
