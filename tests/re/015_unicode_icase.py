# case-insensitive matching of str patterns (Unicode) and under re.ASCII
import re

print(re.match(r'straße', 'STRASSE', re.I), re.match(r'ΣΑΣ', 'σας', re.I), re.match(r'σ', 'ς', re.I))
print(re.match(r'k', '\u212a', re.I), re.match(r'\u212a', 'K', re.I), re.match(r'[k]', '\u212a', re.I))
print(re.match(r'[a-z]+', 'ABC\u212a', re.I), re.match(r'[\u212a]', 'k', re.I))
print(re.match(r's', 'ſ', re.I), re.match(r'é', 'É', re.I), re.match(r'é', 'É', re.I | re.A))
print(re.match(r'[é]', 'É', re.I), re.match(r'[à-ÿ]+', 'ÀÉÎ', re.I), re.match(r'[^é]', 'É', re.I))
print(re.match(r'ǅ', 'ǆ', re.I), re.match(r'ǆ', 'Ǆ', re.I), re.match(r'i', 'İ', re.I), re.match(r'I', 'ı', re.I))
print(re.match(r'(?i)ΜΆΪΟΣ', 'μάϊος'), re.match(r'(?i)[α-ω]+', 'ΑΒΓ'))
print(re.findall(r'(?i)[^a-z]', 'aB1é'), re.findall(r'(?ia)[^a-z]', 'aB1é'))
print(re.match(r'(?i)(é)\1', 'éÉ'), re.search(r'(?i)Ü', 'grün'))
print(re.match(r'\w+', 'Ωμέγα'), re.match(r'[\w]+', 'under_score9'), re.match(r'\d', '٣'))
print(re.findall(r'(?i)X', 'xX'), re.sub(r'(?i)hello', 'bye', 'HeLLo hello HELLO'))
