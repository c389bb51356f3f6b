import textwrap
text = ("The quick brown fox jumps over the lazy dog. Hello there! This is a "
        "well-known sentence -- with an em-dash--and some hyphenated-words, "
        "like state-of-the-art and self-contained; supercalifragilisticexpialidocious "
        "is long. Also a--b and --x and 1-2-3 and foo--- bar.")
for w in (1, 5, 10, 12, 20, 33, 70, 200):
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 8, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("  leading   and  trailing  ", 10))
print(textwrap.wrap("  leading   and  trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd\re\x0bf\x0cg", 6))
print(textwrap.wrap("a\tb\tc\nd", 6, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd", 6, replace_whitespace=False))
print(textwrap.wrap("a\tb", 30, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("non\u00a0breaking\u00a0space here", 10))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="    "))
print(textwrap.wrap("Hello there.  How are you? I am fine!  Yes.", 12,
                    fix_sentence_endings=True))
print(textwrap.wrap('He said "no." Then "yes!" again Mr. Smith', 80, fix_sentence_endings=True))
print(textwrap.wrap("----------- ---x ---", 4))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd", 7))
print(textwrap.wrap("-aaaa-bbbb", 5))
print(textwrap.wrap("ab-", 2), textwrap.wrap("a-b-c", 2), textwrap.wrap("x--y", 2))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc", -1)
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("abc def", 5, initial_indent="12345"))
print(textwrap.wrap("abc def", 3, subsequent_indent="xyz"))
