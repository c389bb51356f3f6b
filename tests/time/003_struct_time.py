# struct_time: a tuple with named fields.
import time

S = time.struct_time
st = S((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st)
print(repr(st) == str(st), st.tm_year, st.tm_yday, st[3], st[-2], st[1:4], len(st))
print(st.tm_zone, st.tm_gmtoff)
print(isinstance(st, tuple), type(st).__name__, type(st).__module__, S.__mro__)
print(S.n_fields, S.n_sequence_fields, S.n_unnamed_fields, S.__match_args__)
print(st == (2024, 2, 29, 13, 45, 30, 3, 60, 0), st != tuple(st), hash(st) == hash(tuple(st)))
print(tuple(st), list(st), sorted(st)[:3], max(st), st.index(29), st.count(0))
y, m, *rest = st
print(y, m, rest)
full = S((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'CET', 3600))
print(full, full.tm_zone, full.tm_gmtoff, len(full))
withdict = S(list(range(9)), {'tm_zone': 'ABC', 'tm_gmtoff': -60, 'other': 1})
print(withdict.tm_zone, withdict.tm_gmtoff, withdict)
print(S(range(9)), S(x for x in range(10, 19)))
print(st.__reduce__())
match st:
    case S(tm_year=2024, tm_mon=m):
        print("matched month", m)
match st:
    case S(y, mo, d, *_):
        print("positional", y, mo, d)
def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
t(S)
t(S, 5)
t(S, (1, 2, 3))
t(S, tuple(range(12)))
t(S, tuple(range(9)), 5)
t(S, sequence=tuple(range(9)))
t(S, tuple(range(9)), sequence=1)
for attr in ['tm_year', 'tm_zone', 'missing']:
    try:
        setattr(st, attr, 1)
    except AttributeError as e:
        print(attr, e)
try:
    del st.tm_mon
except AttributeError as e:
    print(e)
print(S.tm_year, S.tm_zone)
