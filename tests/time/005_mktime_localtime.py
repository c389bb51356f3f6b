# localtime and mktime invert each other, whatever the local time zone is.
import time

def timegm(t):
    y, m, d = t[0], t[1], t[2]
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return days * 86400 + t[3] * 3600 + t[4] * 60 + t[5]

for secs in [0, 86400 * 365, 1e9, 1234567890, 1700000000, 2**31 - 1, 1720000000]:
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == int(secs), type(lt).__name__, len(lt))
    print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__, lt.tm_isdst in (0, 1))
    # the local wall clock read as UTC is tm_gmtoff ahead of the timestamp
    print(timegm(lt) - int(secs) == lt.tm_gmtoff, timegm(time.gmtime(secs)) == int(secs))
print(type(time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, -1))).__name__)
# mktime normalizes out-of-range fields
a = time.mktime((2020, 14, 1, 0, 0, 0, 0, 0, 0))
b = time.mktime((2021, 2, 1, 0, 0, 0, 0, 0, 0))
print(a == b)
a = time.mktime((2020, 1, 32, 25, 61, 61, 0, 0, 0))
b = time.mktime((2020, 2, 2, 2, 2, 1, 0, 0, 0))
print(a == b)
print(time.mktime(time.localtime(1e9)) == 1e9, time.localtime(1e9 + 0.9) == time.localtime(1e9))
print(time.ctime(1e9) == time.asctime(time.localtime(1e9)), time.ctime(-1) == time.asctime(time.localtime(-1)))
print(time.localtime()[0] >= 2024, time.localtime(None)[0] >= 2024)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(time.tzset(), type(time.timezone).__name__)
