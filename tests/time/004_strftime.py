# strftime and asctime of fixed times (no local time zone involved).
import time

t = time.gmtime(1000000000)   # 2001-09-09 01:46:40 UTC, a Sunday
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%c', '%x %X', '%d/%m/%y', '%j %U %W %w %u',
            '%I:%M %p', '%e|%k|%l', '%G-W%V-%u', '%C %g %h', '%D %T %R %r', '%%', '%n%t|', 'plain text',
            '%Y%m%d', '%s' if False else '%M', 'é%Y€', '%Z %z', '']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
fixed = (2024, 7, 4, 9, 5, 7, 3, 186, 0)
print(time.strftime('%A %d %B %Y, %H:%M:%S', fixed))
print(time.strftime('%j %a', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
# zeros stand for the lowest valid value
print(time.strftime('%Y-%m-%d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%a', (2020, 1, 1, 0, 0, 0, -1, 0, 0)))
print(time.strftime('%S', (2020, 1, 1, 0, 0, 61, 0, 0, 0)))
print(time.strftime('%Y|%y', (5, 1, 1, 0, 0, 0, 0, 0, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Z %z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 0, 0, 'XYZ', 5400))))
print(time.strftime('%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 0, 0, 'N', -3600))))
print(time.asctime(t))
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 0, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((20200, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((5, 2, 3, 4, 5, 6, 1, 34, 0)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(-86400 * 365)))
print(type(time.strftime('%Y')), len(time.asctime()) == 24, len(time.ctime()) == 24)
