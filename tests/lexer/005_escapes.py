print(repr('\n\t\r\\\'\"\a\b\f\v\0'))
print(repr('\x41\x7e\101\7\77\177'))
print(repr('\u00e9\u20ac\U0001F600\U00000041'))
print(repr('\N{BULLET} \N{LATIN SMALL LETTER A WITH ACUTE} \N{EM DASH} \N{em dash}'))
print(repr('line \
continued'))
print(repr('\q \d \%'))
