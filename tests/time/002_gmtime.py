# gmtime: UTC broken-down time, struct_time fields.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], list(t)[5:])
for secs in [1, 59.999, -1, -1.5, -0.5, 86399, 86400, 951782400, 1e9, 1700000000, 2**31, 4102444800,
             253402300799, -2208988800, -62135596800, 1e15, True]:
    print(secs, tuple(time.gmtime(secs)))
# leap years: the day of the year of December 31
for secs in [94607999, -2177452801, 978307199, 1704067199, 1735689599, 4133980799]:
    print(secs, time.gmtime(secs)[:3], time.gmtime(secs).tm_yday)
print(time.gmtime(1e9) == time.gmtime(1000000000.7), time.gmtime(-1.2)[5])
y, mo, d, h, mi, s, wd, yd, dst = time.gmtime(1234567890)
print(y, mo, d, h, mi, s, wd, yd, dst)
print(time.gmtime(None)[0] >= 2024, time.gmtime()[0] >= 2024, type(time.gmtime()).__name__)
