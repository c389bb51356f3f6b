from string import Template
t = Template('$who likes $what; ${who}s cost $$5')
print(t.template)
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='x'))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print("KeyError", e)
for s in ['$', 'abc $ def', 'line1\nline2 $1', '${bad', '$$$x']:
    b = Template(s)
    print(repr(s), b.is_valid(), b.get_identifiers(), repr(b.safe_substitute(x=1)))
    try:
        print(repr(b.substitute(x=1)))
    except ValueError as e:
        print("ValueError", e)
print(Template('$x $y').substitute(x=1, y=[2]))
print(Template.delimiter, Template.idpattern, Template.flags)
print(type(Template.pattern).__name__)

class Pct(Template):
    delimiter = '%'
print(Pct('%a and %%, ${a} %{a}').substitute(a='A'))

class Braces(Template):
    braceidpattern = r'[a-z.]+'
print(Braces('${a.b} $c').substitute({'a.b': 1, 'c': 2}))

class Pat(Template):
    pattern = r'''
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )'''
print(Pat('@foo @<bar>baz @@ end').substitute(foo=1, bar=2))
print(Pat('@foo').get_identifiers())

class Case(Template):
    flags = 0
print(Case('$ABC $abc').safe_substitute(abc=1, ABC=2))
print(Template('$ABC').safe_substitute(ABC=5))
try:
    Template('$x').substitute({}, 5)
except TypeError as e:
    print("TypeError", e)
