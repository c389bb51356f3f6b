# small programs that use re the way real code does
import re

log = """\
2024-01-05 10:22:01 ERROR [db] connection lost (code=17)
2024-01-05 10:22:05 INFO [web] request /index.html 200 0.012s
2024-01-05 10:23:11 WARNING [db] slow query 2.5s
2024-01-05 10:24:00 INFO [web] request /api/users?id=3 404 0.003s
"""
LINE = re.compile(r'^(?P<date>\S+) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<sys>\w+)\] (?P<msg>.*)$', re.M)
counts = {}
for m in LINE.finditer(log):
    counts[m['level']] = counts.get(m['level'], 0) + 1
    if m['level'] != 'INFO':
        print(m['time'], m['sys'], m['msg'])
print(sorted(counts.items()))
print(re.findall(r'request (\S+) (\d{3})', log))
print([float(x) for x in re.findall(r'(\d+\.\d+)s\b', log)])

# a template engine
def render(tpl, ctx):
    return re.sub(r'\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}',
                  lambda m: getattr(str(ctx[m[1]]), m[2])() if m[2] else str(ctx[m[1]]), tpl)
print(render('Hello {{ name|title }}, you are {{age}}!', {'name': 'ada lovelace', 'age': 36}))

# camelCase to snake_case and back
def snake(s):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', s).lower()
def camel(s):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), s)
for w in ['parseHTTPResponse', 'simpleTest', 'already_snake', 'getX2Value']:
    print(w, snake(w), camel(snake(w)))

# an INI parser
ini = """
[server]
host = example.com
port=8080
; comment
[paths]
root = /var/www   # trailing
"""
section, conf = None, {}
for line in ini.splitlines():
    if m := re.match(r'\s*\[(\w+)\]\s*$', line):
        section = conf.setdefault(m[1], {})
    elif m := re.match(r'\s*(\w+)\s*=\s*(.*?)\s*(?:#.*)?$', line):
        section[m[1]] = m[2]
print(conf)

# validating and extracting
emails = ['a.b@example.com', 'bad@', 'x_y+z@sub.domain.org', '@no.com']
EMAIL = re.compile(r'^[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}$', re.I)
print([e for e in emails if EMAIL.match(e)])
print(re.sub(r'\s+', ' ', '  lots   of\n\n whitespace\t here ').strip())
print(re.findall(r'#(\w+)', 'I love #python and #regex! #3'))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', 'Total: 1234567 and 1000 and 999'))
print(re.split(r'[;,]\s*|\s+and\s+', 'apples, pears; plums and cherries'))
csv_line = 'a,"b,c",d,"e ""quoted""",'
print([f.replace('""', '"').strip('"') for f in re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv_line)])
