// time.strptime, with the behaviour of CPython's _strptime module in the C locale. CPython
// turns the format into a regular expression (one group of alternatives per directive,
// literal text matched case-insensitively, whitespace as \s+) and matches it from the start
// of the string with backtracking; the pattern here is a list of the same elements, each
// with its alternatives in the regex's order of preference, matched by a recursive search,
// so the same (first) match is found. The fields are then combined as _strptime does: the
// defaults 1900-01-01, %y pivoting at 69, %I with %p, the day of the year from %U/%W or
// %G/%V and a weekday, the date checks of datetime.date.
#include <stdio.h>
#include <stdlib.h>

#include "modules.h"

// One element of a compiled format.
enum { EL_LITERAL, EL_SPACE, EL_GROUP };

typedef struct Element {
    int kind;
    char lit;                  // EL_LITERAL: the character (compared ignoring ASCII case)
    char key;                  // EL_GROUP: the directive letter
    const char *const *alts;   // EL_GROUP: alternatives, most preferred first, NULL-terminated
    bool case_sensitive;       // %z's "Z"
} Element;

// Alternatives use a small notation: "#" any digit, "[xy]" a range x..y, "~" a sign,
// anything else itself (and "\\" escapes the next character).
static const char *const alts_d[] = {"3[01]", "[12]#", "0[19]", "[19]", " [19]", NULL};
static const char *const alts_f[] = {"######", "#####", "####", "###", "##", "#", NULL};
static const char *const alts_H[] = {"2[03]", "[01]#", "#", NULL};
static const char *const alts_I[] = {"1[02]", "0[19]", "[19]", NULL};
static const char *const alts_4d[] = {"####", NULL};
static const char *const alts_j[] = {"36[06]", "3[05]#", "[12]##", "0[19]#", "00[19]", "[19]#", "0[19]", "[19]", NULL};
static const char *const alts_m[] = {"1[02]", "0[19]", "[19]", NULL};
static const char *const alts_M[] = {"[05]#", "#", NULL};
static const char *const alts_S[] = {"6[01]", "[05]#", "#", NULL};
static const char *const alts_U[] = {"5[03]", "[04]#", "#", NULL};
static const char *const alts_w[] = {"[06]", NULL};
static const char *const alts_u[] = {"[17]", NULL};
static const char *const alts_V[] = {"5[03]", "0[19]", "[14]#", "#", NULL};
static const char *const alts_y[] = {"##", NULL};
static const char *const alts_A[] = {"wednesday", "thursday", "saturday", "tuesday", "monday", "friday", "sunday", NULL};
static const char *const alts_a[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL};
static const char *const alts_B[] = {"september", "february", "november", "december", "january", "october",
                                     "august", "march", "april", "june", "july", "may", NULL};
static const char *const alts_b[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                     "nov", "dec", NULL};
static const char *const alts_p[] = {"am", "pm", NULL};

static const char *const full_days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
static const char *const full_months[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"};

// %z: [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z, expanded in the order a regex engine
// tries it: optional parts present first, longer fractions first. "Z" (case-sensitive) is
// tried last by match(). Built once.
static char z_store[32][24];
static const char *z_alts[33];

static void add_z_alt(int *n, bool colon1, bool secs, bool colon2, int frac) {
    char *s = z_store[*n];
    int k = sprintf(s, "~##%s[05]#", colon1 ? ":" : "");
    if (secs) {
        k += sprintf(s + k, "%s[05]#", colon2 ? ":" : "");
        if (frac) {
            k += sprintf(s + k, "\\.");
            memset(s + k, '#', (size_t)frac);
            s[k + frac] = 0;
        }
    }
    z_alts[(*n)++] = s;
}

static void build_z_alts(void) {
    if (z_alts[0]) {
        return;
    }
    int n = 0;
    for (int colon1 = 1; colon1 >= 0; colon1--) {
        for (int colon2 = 1; colon2 >= 0; colon2--) {
            for (int frac = 6; frac >= 0; frac--) {
                add_z_alt(&n, colon1, true, colon2, frac);
            }
        }
        add_z_alt(&n, colon1, false, false, 0);
    }
    z_alts[n] = NULL;
}

typedef struct Pattern {
    Element *els;
    size_t n, cap;
    const char **zone_alts;    // %Z: the time zone names, longest first
} Pattern;

static int push(Pattern *p, Element e) {
    if (p->n == p->cap) {
        size_t ncap = p->cap ? p->cap * 2 : 16;
        Element *ne = realloc(p->els, ncap * sizeof *ne);
        if (!ne) {
            tw_error_nomem();
            return -1;
        }
        p->els = ne;
        p->cap = ncap;
    }
    p->els[p->n++] = e;
    return 0;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_regex_special(char c) {
    return strchr("\\.^$*+?(){}[]|", c) != NULL;
}

static TwValue bad_directive(const char *what, size_t n, TwValue format) {
    TwValue d = tw_str_new(what, n);
    return d ? tw_error(&tw_type_ValueError, "'%U' is a bad directive in format '%U'", d, format) : TW_NULL;
}

// Compile fmt (n bytes, UTF-8) into p; `format` is the whole format for messages.
static int compile(Pattern *p, const char *fmt, size_t n, TwValue format) {
    for (size_t i = 0; i < n;) {
        char c = fmt[i];
        if (is_space(c)) {
            while (i < n && is_space(fmt[i])) {
                i++;
            }
            if (push(p, (Element){.kind = EL_SPACE}) < 0) {
                return -1;
            }
            continue;
        }
        if (c != '%') {
            if (push(p, (Element){.kind = EL_LITERAL, .lit = c}) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        if (i + 1 >= n) {
            tw_error(&tw_type_ValueError, "stray %% in format '%U'", format);
            return -1;
        }
        char d = fmt[i + 1];
        i += 2;
        const char *const *alts = NULL;
        const char *sub = NULL;
        switch (d) {
        case 'd': alts = alts_d; break;
        case 'f': alts = alts_f; break;
        case 'H': alts = alts_H; break;
        case 'I': alts = alts_I; break;
        case 'G': case 'Y': alts = alts_4d; break;
        case 'j': alts = alts_j; break;
        case 'm': alts = alts_m; break;
        case 'M': alts = alts_M; break;
        case 'S': alts = alts_S; break;
        case 'U': case 'W': alts = alts_U; break;
        case 'w': alts = alts_w; break;
        case 'u': alts = alts_u; break;
        case 'V': alts = alts_V; break;
        case 'y': alts = alts_y; break;
        case 'A': alts = alts_A; break;
        case 'a': alts = alts_a; break;
        case 'B': alts = alts_B; break;
        case 'b': alts = alts_b; break;
        case 'p': alts = alts_p; break;
        case 'z': alts = z_alts; break;
        case 'Z': alts = p->zone_alts; break;
        case 'c': sub = "%a %b %d %H:%M:%S %Y"; break;
        case 'x': sub = "%m/%d/%y"; break;
        case 'X': sub = "%H:%M:%S"; break;
        case '%':
            if (push(p, (Element){.kind = EL_LITERAL, .lit = '%'}) < 0) {
                return -1;
            }
            continue;
        default:
            if (is_space(d) || is_regex_special(d)) {   // escaped first by CPython: a bad '%'
                bad_directive("%", 1, format);
            } else {
                size_t len = (unsigned char)d < 0x80 ? 1 : (unsigned char)d >= 0xF0 ? 4 : (unsigned char)d >= 0xE0 ? 3 : 2;
                bad_directive(fmt + i - 1, len, format);
            }
            return -1;
        }
        if (sub) {
            if (compile(p, sub, strlen(sub), format) < 0) {
                return -1;
            }
            continue;
        }
        for (size_t k = 0; k < p->n; k++) {
            if (p->els[k].kind == EL_GROUP && p->els[k].key == d) {
                tw_error(&tw_type_ValueError, "redefinition of group name '%c'", d);
                return -1;
            }
        }
        if (push(p, (Element){.kind = EL_GROUP, .key = d, .alts = alts}) < 0) {
            return -1;
        }
    }
    return 0;
}

static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

// Length of the match of alternative `alt` at s (remaining n bytes), or -1.
static long match_alt(const char *alt, const char *s, size_t n, bool case_sensitive) {
    size_t k = 0;
    for (const char *a = alt; *a;) {
        if (k >= n) {
            return -1;
        }
        char c = s[k];
        if (*a == '#') {
            if (c < '0' || c > '9') {
                return -1;
            }
            a++;
        } else if (*a == '~') {
            if (c != '+' && c != '-') {
                return -1;
            }
            a++;
        } else if (*a == '[') {
            if (c < a[1] || c > a[2]) {
                return -1;
            }
            a += 4;
        } else {
            if (*a == '\\') {
                a++;
            }
            if (case_sensitive ? c != *a : lower(c) != lower(*a)) {
                return -1;
            }
            a++;
        }
        k++;
    }
    return (long)k;
}

typedef struct Capture {
    const char *start;
    size_t len;
    bool set;
} Capture;

// Match elements [e..] at s; on success *end is where the match stops.
static bool match(const Pattern *p, size_t e, const char *s, size_t n, Capture caps[128], const char **end) {
    if (e == p->n) {
        *end = s;
        return true;
    }
    const Element *el = &p->els[e];
    if (el->kind == EL_LITERAL) {
        return n > 0 && lower(*s) == lower(el->lit) && match(p, e + 1, s + 1, n - 1, caps, end);
    }
    if (el->kind == EL_SPACE) {
        size_t k = 0;
        while (k < n && is_space(s[k])) {
            k++;
        }
        for (; k >= 1; k--) {   // greedy, giving back one at a time
            if (match(p, e + 1, s + k, n - k, caps, end)) {
                return true;
            }
        }
        return false;
    }
    for (size_t i = 0; el->alts && el->alts[i]; i++) {
        long k = match_alt(el->alts[i], s, n, false);
        if (k < 0) {
            continue;
        }
        Capture saved = caps[(unsigned char)el->key];
        caps[(unsigned char)el->key] = (Capture){s, (size_t)k, true};
        if (match(p, e + 1, s + k, n - (size_t)k, caps, end)) {
            return true;
        }
        caps[(unsigned char)el->key] = saved;
    }
    if (el->key == 'z' && n > 0 && *s == 'Z') {   // the case-sensitive last alternative
        Capture saved = caps['z'];
        caps['z'] = (Capture){s, 1, true};
        if (match(p, e + 1, s + 1, n - 1, caps, end)) {
            return true;
        }
        caps['z'] = saved;
    }
    return false;
}

// ---------------------------------------------------------------- dates

static bool is_leap(int64_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int64_t y, int64_t m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// datetime.date(y, m, d).toordinal(), with date's argument checks.
static int date_ordinal(int64_t y, int64_t m, int64_t d, int64_t *out) {
    if (y < 1 || y > 9999) {
        tw_error(&tw_type_ValueError, "year %lld is out of range", (long long)y);
        return -1;
    }
    if (m < 1 || m > 12) {
        tw_error(&tw_type_ValueError, "month must be in 1..12");
        return -1;
    }
    if (d < 1 || d > days_in_month(y, m)) {
        tw_error(&tw_type_ValueError, "day is out of range for month");
        return -1;
    }
    int64_t py = y - 1;
    int64_t days = py * 365 + py / 4 - py / 100 + py / 400;
    for (int64_t k = 1; k < m; k++) {
        days += days_in_month(y, k);
    }
    *out = days + d;
    return 0;
}

// datetime.date.fromordinal(n).
static int date_from_ordinal(int64_t n, int64_t *y, int64_t *m, int64_t *d) {
    if (n < 1) {
        tw_error(&tw_type_ValueError, "ordinal must be >= 1");
        return -1;
    }
    int64_t year = (n - 1) / 366 + 1;   // an underestimate: walk up
    // while January 1 of the next year is still at or before n
    while (year * 365 + year / 4 - year / 100 + year / 400 + 1 <= n) {
        year++;
    }
    if (year > 9999) {
        tw_error(&tw_type_ValueError, "year %lld is out of range", (long long)year);
        return -1;
    }
    int64_t py = year - 1;
    int64_t rest = n - (py * 365 + py / 4 - py / 100 + py / 400);   // 1-based day of the year
    int64_t month = 1;
    while (rest > days_in_month(year, month)) {
        rest -= days_in_month(year, month);
        month++;
    }
    *y = year;
    *m = month;
    *d = rest;
    return 0;
}

// datetime.date(y, m, d).weekday(): Monday is 0.
static int weekday_of(int64_t ordinal) {
    return (int)((ordinal + 6) % 7);
}

static int64_t cap_int(const Capture *c) {
    int64_t v = 0;
    for (size_t i = 0; i < c->len; i++) {
        if (c->start[i] >= '0' && c->start[i] <= '9') {
            v = v * 10 + (c->start[i] - '0');
        }
    }
    return v;
}

static int index_of(const char *const *names, int n, const Capture *c) {
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (len == c->len && match_alt(names[i], c->start, c->len, false) == (long)len) {
            return i;
        }
    }
    return -1;
}

static bool cap_is(const Capture *c, const char *s) {
    return c->len == strlen(s) && match_alt(s, c->start, c->len, false) == (long)c->len;
}

// int(s) of a piece of a %z offset, with int()'s error for text like ":1".
static int z_int(const char *s, size_t n, int64_t *out) {
    if (n == 0) {
        *out = 0;
        return 0;
    }
    TwValue v = tw_int_parse(s, n, 10);
    if (!v) {
        return -1;
    }
    tw_int_to_i64(v, out);
    return 0;
}

int tw_time_strptime(TwValue string, TwValue format, TwValue tzname, bool daylight, TwValue out[11]) {
    build_z_alts();
    // %Z: utc, gmt and the standard name; the daylight name if there is daylight time
    char zone_buf[2][64] = {"", ""};
    for (int i = 0; i < 2 && tzname && tw_is_type(tzname, &tw_type_tuple) && tw_tuple_size(tzname) == 2; i++) {
        TwValue s = tw_tuple_items(tzname)[i];
        if (tw_is_str(s)) {
            snprintf(zone_buf[i], sizeof zone_buf[i], "%s", tw_str_data(s));
            for (char *q = zone_buf[i]; *q; q++) {
                *q = lower(*q);
            }
        }
    }
    // the names as alternatives: escape the notation's special characters
    char zone_alt[2][130];
    for (int i = 0; i < 2; i++) {
        size_t k = 0;
        for (const char *q = zone_buf[i]; *q && k < sizeof zone_alt[i] - 2; q++) {
            if (*q == '#' || *q == '[' || *q == '~' || *q == '\\') {
                zone_alt[i][k++] = '\\';
            }
            zone_alt[i][k++] = *q;
        }
        zone_alt[i][k] = 0;
    }
    const char *zones[5];
    int nz = 0;
    zones[nz++] = "utc";
    zones[nz++] = "gmt";
    if (strcmp(zone_buf[0], "utc") != 0 && strcmp(zone_buf[0], "gmt") != 0) {
        zones[nz++] = zone_alt[0];
    }
    if (daylight && strcmp(zone_buf[1], zone_buf[0]) != 0) {
        zones[nz++] = zone_alt[1];
    }
    // longest first (as _strptime sorts them)
    for (int i = 1; i < nz; i++) {
        for (int j = i; j > 0 && strlen(zones[j]) > strlen(zones[j - 1]); j--) {
            const char *t = zones[j];
            zones[j] = zones[j - 1];
            zones[j - 1] = t;
        }
    }
    zones[nz] = NULL;

    Pattern p = {.zone_alts = zones};
    if (compile(&p, tw_str_data(format), tw_str_size(format), format) < 0) {
        free(p.els);
        return -1;
    }
    Capture caps[128];
    memset(caps, 0, sizeof caps);
    const char *s = tw_str_data(string), *end = NULL;
    size_t n = tw_str_size(string);
    bool ok = match(&p, 0, s, n, caps, &end);
    free(p.els);
    if (!ok) {
        tw_error(&tw_type_ValueError, "time data %R does not match format %R", string, format);
        return -1;
    }
    if (end != s + n) {
        TwValue rest = tw_str_new(end, n - (size_t)(end - s));
        if (rest) {
            tw_error(&tw_type_ValueError, "unconverted data remains: %U", rest);
        }
        return -1;
    }

    int64_t year = -1, iso_year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int64_t weekday = -1, julian = -1, week_of_year = -1, iso_week = -1, gmtoff = 0;
    bool week_starts_mon = false, have_year = false, have_iso_year = false, have_gmtoff = false;
    int tz = -1;
    Capture *c;
    if ((c = &caps['y'])->set) {
        year = cap_int(c);
        year += year <= 68 ? 2000 : 1900;
        have_year = true;
    }
    if ((c = &caps['Y'])->set) {
        year = cap_int(c);
        have_year = true;
    }
    if ((c = &caps['G'])->set) {
        iso_year = cap_int(c);
        have_iso_year = true;
    }
    if ((c = &caps['m'])->set) {
        month = cap_int(c);
    }
    if ((c = &caps['B'])->set) {
        month = index_of(full_months, 12, c) + 1;
    }
    if ((c = &caps['b'])->set) {
        month = index_of(alts_b, 12, c) + 1;
    }
    if ((c = &caps['d'])->set) {
        day = cap_int(c);
    }
    if ((c = &caps['H'])->set) {
        hour = cap_int(c);
    }
    if ((c = &caps['I'])->set) {
        hour = cap_int(c);
        bool pm = caps['p'].set && cap_is(&caps['p'], "pm");
        if (!pm) {
            if (hour == 12) {   // 12 AM is midnight
                hour = 0;
            }
        } else if (hour != 12) {
            hour += 12;
        }
    }
    if ((c = &caps['M'])->set) {
        minute = cap_int(c);
    }
    if ((c = &caps['S'])->set) {
        second = cap_int(c);
    }
    if ((c = &caps['A'])->set) {
        weekday = index_of(full_days, 7, c);
    }
    if ((c = &caps['a'])->set) {
        weekday = index_of(alts_a, 7, c);
    }
    if ((c = &caps['w'])->set) {
        weekday = cap_int(c);
        weekday = weekday == 0 ? 6 : weekday - 1;
    }
    if ((c = &caps['u'])->set) {
        weekday = cap_int(c) - 1;
    }
    if ((c = &caps['j'])->set) {
        julian = cap_int(c);
    }
    if ((c = &caps['U'])->set) {
        week_of_year = cap_int(c);
        week_starts_mon = false;
    }
    if ((c = &caps['W'])->set) {
        week_of_year = cap_int(c);
        week_starts_mon = true;
    }
    if ((c = &caps['V'])->set) {
        iso_week = cap_int(c);
    }
    if ((c = &caps['z'])->set) {
        have_gmtoff = true;
        if (c->len == 1 && c->start[0] == 'Z') {
            gmtoff = 0;
        } else {
            char z[32];
            size_t zl = c->len < sizeof z - 1 ? c->len : sizeof z - 1;
            memcpy(z, c->start, zl);
            z[zl] = 0;
            if (z[3] == ':') {
                memmove(z + 3, z + 4, zl - 3);
                zl--;
                if (zl > 5) {
                    if (z[5] != ':') {
                        TwValue orig = tw_str_new(c->start, c->len);
                        if (orig) {
                            tw_error(&tw_type_ValueError, "Inconsistent use of : in %U", orig);
                        }
                        return -1;
                    }
                    memmove(z + 5, z + 6, zl - 5);
                    zl--;
                }
            }
            int64_t hh, mm, ss;
            if (z_int(z + 1, 2, &hh) < 0 || z_int(z + 3, 2, &mm) < 0 ||
                z_int(z + 5, zl > 5 ? (zl >= 7 ? 2 : zl - 5) : 0, &ss) < 0) {
                return -1;
            }
            gmtoff = hh * 3600 + mm * 60 + ss;
            if (z[0] == '-') {
                gmtoff = -gmtoff;
            }
        }
    }
    if ((c = &caps['Z'])->set) {
        char found[64];
        size_t fl = c->len < sizeof found - 1 ? c->len : sizeof found - 1;
        for (size_t i = 0; i < fl; i++) {
            found[i] = lower(c->start[i]);
        }
        found[fl] = 0;
        bool utc = strcmp(found, "utc") == 0 || strcmp(found, "gmt") == 0;
        if (utc || strcmp(found, zone_buf[0]) == 0) {
            tz = 0;
        } else if (daylight && strcmp(found, zone_buf[1]) == 0) {
            tz = 1;
        }
        // the same name for both and daylight time: too ambiguous
        if (strcmp(zone_buf[0], zone_buf[1]) == 0 && daylight && !utc) {
            tz = -1;
        }
    }

    if (!have_year && have_iso_year) {
        if (iso_week < 0 || weekday < 0) {
            tw_error(&tw_type_ValueError, "ISO year directive '%%G' must be used with the ISO week directive '%%V' "
                                          "and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
            return -1;
        }
        if (julian >= 0) {
            tw_error(&tw_type_ValueError, "Day of the year directive '%%j' is not compatible with ISO year "
                                          "directive '%%G'. Use '%%Y' instead.");
            return -1;
        }
    } else if (week_of_year < 0 && iso_week >= 0) {
        if (weekday < 0) {
            tw_error(&tw_type_ValueError, "ISO week directive '%%V' must be used with the ISO year directive "
                                          "'%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        } else {
            tw_error(&tw_type_ValueError, "ISO week directive '%%V' is incompatible with the year directive "
                                          "'%%Y'. Use the ISO year '%%G' instead.");
        }
        return -1;
    }
    bool leap_year_fix = false;
    if (!have_year && month == 2 && day == 29) {
        year = 1904;   // a leap year, so Feb 29 is a valid date; reported as 1900
        leap_year_fix = true;
    } else if (!have_year) {
        year = 1900;
    }
    int64_t jan1;
    bool have_julian = julian >= 0;
    if (!have_julian && weekday >= 0) {
        if (week_of_year >= 0) {
            if (date_ordinal(year, 1, 1, &jan1) < 0) {
                return -1;
            }
            int64_t first = weekday_of(jan1), wd = weekday;
            if (!week_starts_mon) {   // %U: weeks start on Sunday
                first = (first + 1) % 7;
                wd = (wd + 1) % 7;
            }
            int64_t week0 = (7 - first) % 7;
            julian = week_of_year == 0 ? 1 + wd - first : 1 + week0 + 7 * (week_of_year - 1) + wd;
            have_julian = true;
        } else if (have_iso_year && iso_week >= 0) {
            int64_t jan4;
            if (date_ordinal(iso_year, 1, 4, &jan4) < 0) {
                return -1;
            }
            int64_t correction = weekday_of(jan4) + 1 + 3;
            int64_t ordinal = iso_week * 7 + weekday + 1 - correction;
            if (ordinal < 1) {
                int64_t a, b;
                if (date_ordinal(iso_year, 1, 1, &a) < 0 || date_ordinal(iso_year - 1, 1, 1, &b) < 0) {
                    return -1;
                }
                ordinal += a;
                iso_year -= 1;
                ordinal -= b;
            }
            year = iso_year;
            julian = ordinal;
            have_julian = true;
        }
        if (have_julian && julian <= 0) {
            year -= 1;
            julian += is_leap(year) ? 366 : 365;
        }
    }
    int64_t ordinal;
    if (!have_julian) {
        if (date_ordinal(year, month, day, &ordinal) < 0 || date_ordinal(year, 1, 1, &jan1) < 0) {
            return -1;
        }
        julian = ordinal - jan1 + 1;
    } else {
        if (date_ordinal(year, 1, 1, &jan1) < 0 || date_from_ordinal(julian - 1 + jan1, &year, &month, &day) < 0) {
            return -1;
        }
    }
    if (weekday < 0) {
        if (date_ordinal(year, month, day, &ordinal) < 0) {
            return -1;
        }
        weekday = weekday_of(ordinal);
    }
    if (leap_year_fix) {
        year = 1900;
    }
    TwValue zone = TW_NONE;
    if (caps['Z'].set && !(zone = tw_str_new(caps['Z'].start, caps['Z'].len))) {
        return -1;
    }
    int64_t vals[9] = {year, month, day, hour, minute, second, weekday, julian, tz};
    for (int i = 0; i < 9; i++) {
        out[i] = tw_from_small_int(vals[i]);
    }
    out[9] = zone;
    out[10] = have_gmtoff ? tw_from_small_int(gmtoff) : TW_NONE;
    return 0;
}
