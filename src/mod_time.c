// The time module: the clocks (time, monotonic, perf_counter, process_time, thread_time and
// their _ns forms, clock_gettime), sleep (interruptible by Ctrl-C), the broken-down time
// conversions (gmtime, localtime, mktime) with struct_time, formatting (strftime through
// the C library, asctime and ctime as CPython spells them; strptime is in
// mod_time_strptime.c) and the time zone attributes
// (timezone, altzone, daylight, tzname), computed as CPython does on glibc from the
// offsets of January and July of the current year.
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gc.h"
#include "modules.h"
#include "vm.h"

static TwStructSeqType struct_time_type;
static TwValue time_module;   // for tzset and strptime
static const char *const struct_time_fields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour",
                                                 "tm_min",  "tm_sec",  "tm_wday",  "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff"};

static TwValue os_error(int err) {
    TwValue args = tw_tuple_pack(2, tw_from_small_int(err), tw_str_from_c(strerror(err)));
    TwValue exc = args ? tw_exc_new(&tw_type_OSError, args) : TW_NULL;
    return exc ? tw_raise(exc) : TW_NULL;
}

// ---------------------------------------------------------------- clocks

static int64_t clock_ns(clockid_t clk) {
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// Seconds as a float, as CPython converts its nanosecond timestamps.
static TwValue ns_to_seconds(int64_t ns) {
    if (ns % 1000000000 == 0) {
        return tw_from_float((double)(ns / 1000000000));
    }
    return tw_from_float((double)ns / 1e9);
}

#define CLOCK_FUNCS(name, clk)                                                      \
    static TwValue time_##name(int argc, TwValue *argv, TwValue kwnames) {          \
        return ns_to_seconds(clock_ns(clk));                                        \
    }                                                                               \
    static TwValue time_##name##_ns(int argc, TwValue *argv, TwValue kwnames) {     \
        return tw_int_from_i64(clock_ns(clk));                                      \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

// A C int from an int-like argument ("i" of PyArg_Parse: no floats).
static int as_c_int(TwValue v, int *out) {
    if (tw_is_floatlike(v)) {
        tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    int64_t i;
    if (tw_int_as_i64(v, &i) < 0) {
        return -1;
    }
    if (i > INT_MAX) {
        tw_error(&tw_type_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (i < INT_MIN) {
        tw_error(&tw_type_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static TwValue time_clock_gettime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("clock_gettime", argc, kwnames, 1, 1) < 0) {
        return TW_NULL;
    }
    int clk;
    struct timespec ts;
    if (as_c_int(argv[0], &clk) < 0) {
        return TW_NULL;
    }
    if (clock_gettime((clockid_t)clk, &ts) != 0) {
        return os_error(errno);
    }
    return ns_to_seconds((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static TwValue time_clock_gettime_ns(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("clock_gettime", argc, kwnames, 1, 1) < 0) {
        return TW_NULL;
    }
    int clk;
    struct timespec ts;
    if (as_c_int(argv[0], &clk) < 0) {
        return TW_NULL;
    }
    if (clock_gettime((clockid_t)clk, &ts) != 0) {
        return os_error(errno);
    }
    return tw_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static TwValue time_clock_getres(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("clock_getres", argc, kwnames, 1, 1) < 0) {
        return TW_NULL;
    }
    int clk;
    struct timespec ts;
    if (as_c_int(argv[0], &clk) < 0) {
        return TW_NULL;
    }
    if (clock_getres((clockid_t)clk, &ts) != 0) {
        return os_error(errno);
    }
    return tw_from_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static TwValue set_clock(int clk, int64_t ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ns / 1000000000);
    ts.tv_nsec = (long)(ns % 1000000000);
    if (ts.tv_nsec < 0) {
        ts.tv_sec--;
        ts.tv_nsec += 1000000000;
    }
    if (clock_settime((clockid_t)clk, &ts) != 0) {
        return os_error(errno);
    }
    return TW_NONE;
}

// clock_settime(clk_id, time): seconds (int or float, rounded down) since the epoch.
static TwValue time_clock_settime(int argc, TwValue *argv, TwValue kwnames) {
    int clk;
    if (tw_check_args_varargs("clock_settime", argc, kwnames, 2, 2) < 0 || as_c_int(argv[0], &clk) < 0) {
        return TW_NULL;
    }
    int64_t ns;
    TwValue v = argv[1];
    if (tw_is_floatlike(v)) {
        double d = tw_float_value(v);
        if (isnan(d)) {
            return tw_error(&tw_type_ValueError, "Invalid value NaN (not a number)");
        }
        d = floor(d * 1e9);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            return tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
        }
        ns = (int64_t)d;
    } else {
        int64_t secs;
        if (tw_int_as_i64(v, &secs) < 0 && !tw_error_matches(&tw_type_OverflowError)) {
            return TW_NULL;
        }
        if (tw_error_occurred() || __builtin_mul_overflow(secs, (int64_t)1000000000, &ns)) {
            tw_error_clear();
            return tw_error(&tw_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
    }
    return set_clock(clk, ns);
}

static TwValue time_clock_settime_ns(int argc, TwValue *argv, TwValue kwnames) {
    int clk;
    if (tw_check_args_varargs("clock_settime", argc, kwnames, 2, 2) < 0 || as_c_int(argv[0], &clk) < 0) {
        return TW_NULL;
    }
    if (!tw_is_intlike(argv[1])) {
        return tw_error(&tw_type_TypeError, "expect int, got %s", tw_type_cname(tw_type_of(argv[1])));
    }
    int64_t ns;
    if (!tw_int_to_i64(argv[1], &ns)) {
        return tw_error(&tw_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    return set_clock(clk, ns);
}

static TwValue time_get_clock_info(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("get_clock_info", argc, kwnames, 1, 1) < 0) {
        return TW_NULL;
    }
    static const struct {
        const char *name, *impl;
        clockid_t clk;
        bool monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
    };
    if (!tw_is_str(argv[0])) {
        return tw_error(&tw_type_TypeError, "get_clock_info() argument 1 must be str, not %A", argv[0]);
    }
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!tw_str_eq_c(argv[0], clocks[i].name)) {
            continue;
        }
        struct timespec res;
        clock_getres(clocks[i].clk, &res);
        TwValue d = tw_dict_new();
        if (!d || tw_dict_set_c(d, "implementation", tw_str_from_c(clocks[i].impl)) < 0 ||
            tw_dict_set_c(d, "monotonic", tw_bool(clocks[i].monotonic)) < 0 ||
            tw_dict_set_c(d, "adjustable", tw_bool(clocks[i].adjustable)) < 0 ||
            tw_dict_set_c(d, "resolution", tw_from_float((double)res.tv_sec + (double)res.tv_nsec * 1e-9)) < 0) {
            return TW_NULL;
        }
        return tw_namespace_new(d);
    }
    return tw_error(&tw_type_ValueError, "unknown clock");
}

// ---------------------------------------------------------------- sleep

// sleep(secs): until a deadline on the monotonic clock, resuming after signals that do not
// raise (Ctrl-C raises KeyboardInterrupt at once).
static TwValue time_sleep(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = argv[0];
    int64_t ns;
    if (tw_is_floatlike(v)) {
        double d = tw_float_value(v);
        if (isnan(d)) {
            return tw_error(&tw_type_ValueError, "Invalid value NaN (not a number)");
        }
        d = ceil(d * 1e9);   // timeouts round up
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            return tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
        }
        ns = (int64_t)d;
    } else {
        int64_t secs;
        if (!tw_is_intlike(v) && !tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
            return tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            tw_type_cname(tw_type_of(v)));
        }
        if (tw_int_as_i64(v, &secs) < 0 && !tw_error_matches(&tw_type_OverflowError)) {
            return TW_NULL;
        }
        if (tw_error_occurred() || __builtin_mul_overflow(secs, (int64_t)1000000000, &ns)) {
            tw_error_clear();
            return tw_error(&tw_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
    }
    if (ns < 0) {
        return tw_error(&tw_type_ValueError, "sleep length must be non-negative");
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    int64_t total = (int64_t)deadline.tv_nsec + ns % 1000000000;
    deadline.tv_sec += (time_t)(ns / 1000000000 + total / 1000000000);
    deadline.tv_nsec = (long)(total % 1000000000);
    for (;;) {
        int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        if (err == 0) {
            return TW_NONE;
        }
        if (err != EINTR) {
            return os_error(err);
        }
        if (tw_ts.pending_signal) {
            tw_ts.pending_signal = 0;
            TwValue exc = tw_exc_new(&tw_type_KeyboardInterrupt, tw_empty_tuple);
            return exc ? tw_raise(exc) : TW_NULL;
        }
    }
}

// ---------------------------------------------------------------- broken-down time

// A timestamp argument as time_t, rounded toward minus infinity (None: now).
static int to_time_t(TwValue v, time_t *out) {
    if (!v || v == TW_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (tw_is_floatlike(v)) {
        double d = tw_float_value(v);
        if (isnan(d)) {
            tw_error(&tw_type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    int64_t i;
    if (tw_int_as_i64(v, &i) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
        }
        return -1;
    }
    *out = (time_t)i;
    return 0;
}

static TwValue struct_time_from_tm(const struct tm *tm) {
    TwValue v[11] = {
        tw_int_from_i64((int64_t)tm->tm_year + 1900),
        tw_from_small_int(tm->tm_mon + 1),
        tw_from_small_int(tm->tm_mday),
        tw_from_small_int(tm->tm_hour),
        tw_from_small_int(tm->tm_min),
        tw_from_small_int(tm->tm_sec),
        tw_from_small_int((tm->tm_wday + 6) % 7),   // Monday is 0
        tw_from_small_int(tm->tm_yday + 1),
        tw_from_small_int(tm->tm_isdst),
        tm->tm_zone ? tw_str_from_c(tm->tm_zone) : TW_NONE,
        tw_int_from_i64(tm->tm_gmtoff),
    };
    if (!v[9]) {
        return TW_NULL;
    }
    return tw_structseq_new(&struct_time_type, v);
}

static TwValue convert_time(int argc, TwValue *argv, bool local) {
    time_t t;
    if (to_time_t(argc ? argv[0] : TW_NULL, &t) < 0) {
        return TW_NULL;
    }
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        return os_error(errno ? errno : EINVAL);
    }
    return struct_time_from_tm(&tm);
}

static TwValue time_gmtime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("gmtime", argc, kwnames, 0, 1) < 0) {
        return TW_NULL;
    }
    return convert_time(argc, argv, false);
}

static TwValue time_localtime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("localtime", argc, kwnames, 0, 1) < 0) {
        return TW_NULL;
    }
    return convert_time(argc, argv, true);
}

// A time tuple or struct_time (9 ints) as struct tm, as CPython's gettmarg; `what` names
// the function in "mktime(): illegal time tuple argument".
static int tuple_to_tm(TwValue v, struct tm *tm, const char *what) {
    memset(tm, 0, sizeof *tm);
    if (!(tw_type_of(v)->flags & TW_TYPE_TUPLE_SUB)) {
        tw_error(&tw_type_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (tw_tuple_size(v) != 9) {
        tw_error(&tw_type_TypeError, "%s(): illegal time tuple argument", what);
        return -1;
    }
    int f[9];
    for (int i = 0; i < 9; i++) {
        if (as_c_int(tw_tuple_items(v)[i], &f[i]) < 0) {
            return -1;
        }
    }
    if (f[0] < INT_MIN + 1900) {
        tw_error(&tw_type_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;   // Sunday is 0 in C (C's %: -2 stays negative)
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (tw_is_type(v, &struct_time_type.type)) {
        TwValue zone = tw_structseq_get(v, 9), off = tw_structseq_get(v, 10);
        if (zone != TW_NONE) {
            if (!tw_is_str(zone)) {
                tw_error(&tw_type_TypeError, "bad argument type for built-in operation");
                return -1;
            }
            tm->tm_zone = tw_str_data(zone);   // alive as long as v
        }
        if (off != TW_NONE) {
            int64_t g;
            if (tw_int_as_i64(off, &g) < 0) {
                return -1;
            }
            tm->tm_gmtoff = (long)g;
        }
    }
    return 0;
}

// Range checks before strftime and asctime index tables with the fields; zeros (Python's
// "unset") become the lowest valid value.
static int check_tm(struct tm *tm) {
    if (tm->tm_mon == -1) {
        tm->tm_mon = 0;
    } else if (tm->tm_mon < 0 || tm->tm_mon > 11) {
        tw_error(&tw_type_ValueError, "month out of range");
        return -1;
    }
    if (tm->tm_mday == 0) {
        tm->tm_mday = 1;
    } else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        tw_error(&tw_type_ValueError, "day of month out of range");
        return -1;
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        tw_error(&tw_type_ValueError, "hour out of range");
        return -1;
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        tw_error(&tw_type_ValueError, "minute out of range");
        return -1;
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        tw_error(&tw_type_ValueError, "seconds out of range");
        return -1;
    }
    if (tm->tm_wday < 0) {   // the % 7 of tuple_to_tm bounds it above
        tw_error(&tw_type_ValueError, "day of week out of range");
        return -1;
    }
    if (tm->tm_yday == -1) {
        tm->tm_yday = 0;
    } else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
        tw_error(&tw_type_ValueError, "day of year out of range");
        return -1;
    }
    return 0;
}

// The time argument of strftime/asctime: a tuple, or the current local time.
static int tm_arg(int argc, TwValue *argv, int index, struct tm *tm, const char *what) {
    if (argc <= index) {
        time_t now = time(NULL);
        if (!localtime_r(&now, tm)) {
            os_error(errno ? errno : EINVAL);
            return -1;
        }
        return 0;
    }
    return tuple_to_tm(argv[index], tm, what) < 0 ? -1 : check_tm(tm);
}

static TwValue time_mktime(int argc, TwValue *argv, TwValue kwnames) {
    struct tm tm;
    if (tuple_to_tm(argv[0], &tm, "mktime") < 0) {
        return TW_NULL;
    }
    tm.tm_wday = -1;   // mktime sets it on success: tells an error from 1969-12-31 23:59:59
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        return tw_error(&tw_type_OverflowError, "mktime argument out of range");
    }
    return tw_from_float((double)t);
}

static TwValue format_asctime(const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[80];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday], mon[tm->tm_mon], tm->tm_mday,
             tm->tm_hour, tm->tm_min, tm->tm_sec, 1900LL + tm->tm_year);
    return tw_str_from_c(buf);
}

static TwValue time_asctime(int argc, TwValue *argv, TwValue kwnames) {
    struct tm tm;
    if (tm_arg(argc, argv, 0, &tm, "asctime") < 0) {
        return TW_NULL;
    }
    return format_asctime(&tm);
}

static TwValue time_ctime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("ctime", argc, kwnames, 0, 1) < 0) {
        return TW_NULL;
    }
    time_t t;
    if (to_time_t(argc ? argv[0] : TW_NULL, &t) < 0) {
        return TW_NULL;
    }
    struct tm tm;
    errno = 0;
    if (!localtime_r(&t, &tm)) {
        return os_error(errno ? errno : EINVAL);
    }
    return format_asctime(&tm);
}

static TwValue time_strftime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("strftime", argc, kwnames, 1, 2) < 0) {
        return TW_NULL;
    }
    if (!tw_is_str(argv[0])) {
        return tw_error(&tw_type_TypeError, "strftime() argument 1 must be str, not %A", argv[0]);
    }
    struct tm tm;
    if (tm_arg(argc, argv, 1, &tm, "strftime") < 0) {
        return TW_NULL;
    }
    // %Z must not see a tm_isdst outside [-1, 1]
    if (tm.tm_isdst < -1) {
        tm.tm_isdst = -1;
    } else if (tm.tm_isdst > 1) {
        tm.tm_isdst = 1;
    }
    const char *fmt = tw_str_data(argv[0]);
    size_t fmtlen = tw_str_size(argv[0]);
    if (strlen(fmt) != fmtlen) {
        return tw_error(&tw_type_ValueError, "embedded null character");
    }
    // The C strftime returns 0 both for "too small" and for an empty result: grow the
    // buffer up to 256 bytes per format byte, then take the empty string.
    for (size_t cap = 1024;; cap += cap) {
        char *buf = malloc(cap);
        if (!buf) {
            return tw_error_nomem();
        }
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * fmtlen) {
            TwValue r = tw_str_new(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
}

// strptime(string, format="%a %b %d %H:%M:%S %Y"): CPython calls _strptime._strptime_time,
// so its argument errors are that Python function's.
static TwValue time_strptime(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_no_kwargs("strptime", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 1) {
        return tw_error(&tw_type_TypeError,
                        "_strptime_time() missing 1 required positional argument: 'data_string'");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError,
                        "_strptime_time() takes from 1 to 2 positional arguments but %d were given", argc);
    }
    TwValue format = argc > 1 ? argv[1] : tw_str_from_c("%a %b %d %H:%M:%S %Y");
    TwValue args[2] = {argv[0], format};
    for (int i = 0; i < 2; i++) {
        if (!args[i] || !tw_is_str(args[i])) {
            return args[i] ? tw_error(&tw_type_TypeError, "strptime() argument %d must be str, not %R", i,
                                      tw_from_obj(tw_type_of(args[i])))
                           : TW_NULL;
        }
    }
    TwValue d = time_module ? TW_OBJ(time_module, TwModule)->dict : TW_NULL;
    TwValue tzname = d ? tw_dict_get_c(d, "tzname") : TW_NULL;
    TwValue daylight = d ? tw_dict_get_c(d, "daylight") : TW_NULL;
    int dl = daylight ? tw_truthy(daylight) : 0;
    if (dl < 0) {
        return TW_NULL;
    }
    TwValue fields[11];
    if (tw_time_strptime(args[0], format, tzname, dl, fields) < 0) {
        return TW_NULL;
    }
    return tw_structseq_new(&struct_time_type, fields);
}

// ---------------------------------------------------------------- time zones

// timezone, altzone, daylight and tzname from the local offsets of January and July of
// this year (the later one is daylight time in the south).
static int set_timezone_attrs(TwValue d) {
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    if (!localtime_r(&t, &jan)) {
        memset(&jan, 0, sizeof jan);
    }
    t += year / 2;
    if (!localtime_r(&t, &jul)) {
        memset(&jul, 0, sizeof jul);
    }
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    char janname[10], julname[10];
    snprintf(janname, sizeof janname, "%s", jan.tm_zone ? jan.tm_zone : "");
    snprintf(julname, sizeof julname, "%s", jul.tm_zone ? jul.tm_zone : "");
    bool south = janzone < julzone;
    TwValue tzname = tw_tuple_pack(2, tw_str_from_c(south ? julname : janname), tw_str_from_c(south ? janname : julname));
    if (!tzname || tw_dict_set_c(d, "timezone", tw_int_from_i64(south ? julzone : janzone)) < 0 ||
        tw_dict_set_c(d, "altzone", tw_int_from_i64(south ? janzone : julzone)) < 0 ||
        tw_dict_set_c(d, "daylight", tw_from_small_int(janzone != julzone)) < 0 ||
        tw_dict_set_c(d, "tzname", tzname) < 0) {
        return -1;
    }
    return 0;
}

static TwValue time_tzset(int argc, TwValue *argv, TwValue kwnames) {
    tzset();
    if (time_module && set_timezone_attrs(TW_OBJ(time_module, TwModule)->dict) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

// ---------------------------------------------------------------- the module

static const TwMethodDef time_functions[] = {
    {"time", time_time, 0, 0, 0},
    {"time_ns", time_time_ns, 0, 0, 0},
    {"monotonic", time_monotonic, 0, 0, 0},
    {"monotonic_ns", time_monotonic_ns, 0, 0, 0},
    {"perf_counter", time_perf_counter, 0, 0, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0, 0, 0},
    {"process_time", time_process_time, 0, 0, 0},
    {"process_time_ns", time_process_time_ns, 0, 0, 0},
    {"thread_time", time_thread_time, 0, 0, 0},
    {"thread_time_ns", time_thread_time_ns, 0, 0, 0},
    {"clock_gettime", time_clock_gettime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"clock_gettime_ns", time_clock_gettime_ns, 0, -1, TW_BUILTIN_KEYWORDS},
    {"clock_getres", time_clock_getres, 0, -1, TW_BUILTIN_KEYWORDS},
    {"clock_settime", time_clock_settime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"clock_settime_ns", time_clock_settime_ns, 0, -1, TW_BUILTIN_KEYWORDS},
    {"get_clock_info", time_get_clock_info, 0, -1, TW_BUILTIN_KEYWORDS},
    {"sleep", time_sleep, 1, 1, 0},
    {"gmtime", time_gmtime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"localtime", time_localtime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"mktime", time_mktime, 1, 1, 0},
    {"asctime", time_asctime, 0, 1, 0},
    {"ctime", time_ctime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"strftime", time_strftime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"strptime", time_strptime, 0, -1, TW_BUILTIN_KEYWORDS},
    {"tzset", time_tzset, 0, 0, 0},
    {NULL},
};

static int time_module_init(TwValue module) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, time_functions) < 0) {
        return -1;
    }
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (tw_dict_set_c(d, consts[i].name, tw_from_small_int(consts[i].value)) < 0) {
            return -1;
        }
    }
    if (tw_dict_set_c(d, "struct_time", tw_from_obj(&struct_time_type)) < 0) {
        return -1;
    }
    tzset();
    time_module = module;
    return set_timezone_attrs(d);
}

void tw_time_init(void) {
    tw_structseq_init_type(&struct_time_type, "time.struct_time", struct_time_fields, 9, 11, true);
    tw_gc_add_root(&time_module);
    tw_module_register("time", time_module_init);
}
