import textwrap
text = "Hello  world!   This is a rather long sentence that needs shortening."
for w in (6, 10, 11, 12, 15, 20, 40, 80):
    try:
        print(w, repr(textwrap.shorten(text, w)))
    except ValueError as e:
        print(w, "ValueError", e)
print(repr(textwrap.shorten(text, 20, placeholder="...")))
print(repr(textwrap.shorten("   ", 5)))
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print("ValueError", e)
for ml in (1, 2, 3, 5):
    print(ml, textwrap.wrap(text, 12, max_lines=ml))
print(textwrap.wrap(text, 12, max_lines=2, placeholder=" ~"))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaa bbb", 8, max_lines=2))
print(textwrap.wrap("aaaaaa bbbbbbbbbbbbbbbbbb", 9, max_lines=2))
print(textwrap.wrap("one two three", 9, max_lines=2, subsequent_indent="  "))
print(textwrap.fill("one two three four five six", 10, max_lines=2, initial_indent="> "))
print(textwrap.wrap("short text ", 20, max_lines=1))
print(textwrap.wrap("aa bb cc dd", 5, max_lines=2, drop_whitespace=False))
try:
    textwrap.wrap("abc", 5, max_lines=2, subsequent_indent="    ", placeholder="  [..]")
except ValueError as e:
    print("ValueError", e)

class W(textwrap.TextWrapper):
    def _split(self, text):
        return text.split('/')
print(W(width=8).wrap("ab/cd/ef/gh/ijklmnopqrst"))
tw = textwrap.TextWrapper(width=15, max_lines=3)
print(tw.width, tw.max_lines, tw.placeholder, tw.tabsize, tw.break_on_hyphens)
print(tw.fill(text))
tw.width = 25
print(tw.wrap(text))
print(textwrap.TextWrapper.wordsep_simple_re.split("a  b\tc"))
