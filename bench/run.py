#!/usr/bin/env python3
"""twinpy's benchmark runner (run it with CPython 3: `make bench` or `python3 bench/run.py`).

Every bench/<name>.py prints one checksum line, takes an optional size argument
(sys.argv[1]) and runs ~0.5-0.7 s under CPython 3.11 at its default size.

  bench/run.py [NAME ...]            time twinpy (build/twinpy) against CPython 3.11
  bench/run.py --builds              time the three twinpy builds against each other
  bench/run.py --callgrind           instruction counts (valgrind) instead of times,
  bench/run.py --builds --callgrind    at each benchmark's small size
  bench/run.py --check               quick check (for CI): at the small sizes, twinpy's
                                     fast and tracing copies print what CPython prints
  bench/run.py --tracing [--callgrind]
                                     the cost of tracing: each program under no tracer, a
                                     tracer that returns None from every 'call' event, and
                                     bdb waiting at a breakpoint in a function that is never
                                     called (bench/_tracing.py), twinpy and CPython

Options: --reps N (timed runs per interpreter, default 5), --python PATH (the CPython
to compare against; default /usr/bin/python3.11 if present, else python3), --no-build
(use the binaries as they are), --wall (wall-clock time instead of CPU time).

Timing: the runs are interleaved (twinpy, CPython, twinpy, CPython, ...) so that machine
noise hits every interpreter alike; each run's time is its CPU time (user + sys, from
getrusage of the child), less sensitive than wall time to other load on a shared
machine; the table shows medians. Every run's output must equal the first one's and the
CPython output, or the benchmark is reported as failed and left out of the geometric mean.

Instruction counts (--callgrind) are deterministic, so each program runs once per
interpreter. They are reported net of start-up: the count for an empty program under the
same interpreter is subtracted (and shown on its own line).
"""
import argparse
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)

# name -> small size, used by --callgrind and --check (~100-300 million twinpy instructions,
# 1/20-1/40 of the default work; the default size lives in each program), in table order.
BENCHMARKS = {
    "pystone": 10000,
    "richards": 5,
    "nbody": 7000,
    "spectral_norm": 70,
    "fannkuch": 8,
    "nqueens": 10,
    "mandelbrot": 110,
    "raytrace": 36,
    "deltablue": 6,
    "hexiom": 2,
    "pidigits": 700,
    "generators": 20000,
    "strings": 10000,
    "dicts": 20000,
    "exceptions": 12000,
    "methods": 250,
    "fib": 24,
    "loops": 600,
}

# The twinpy builds --builds compares: label -> (build directory, extra make arguments).
# The first one is the baseline the ratios are taken against.
BUILDS = {
    "nosettrace": ("build-nosettrace", ["TW_SETTRACE=0"]),
    "dual": ("build", []),
    "singlevm": ("build-singlevm", ["TW_SINGLE_VM=1"]),
}

DEBIAN_PYTHON = "/usr/bin/python3.11"


# ---------------------------------------------------------------------------------------
# Environment: building, finding interpreters, describing the machine


def clean_env():
    """The environment for every child: reproducible hashing, no start-up files, and no
    make variables inherited from a calling `make` (they would override TW_SETTRACE=...)."""
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "MAKEFLAGS", "MFLAGS",
                "MAKELEVEL", "MAKEOVERRIDES", "TWINPY_VM"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    return env


def build(labels):
    for label in labels:
        directory, make_args = BUILDS[label]
        print("building %s/twinpy: %s" % (directory, " ".join(["make", "-j2"] + make_args)),
              file=sys.stderr, flush=True)
        r = subprocess.run(["make", "-j2"] + make_args, cwd=ROOT, env=clean_env(),
                           stdout=subprocess.DEVNULL)
        if r.returncode:
            sys.exit("bench: make failed for %s" % directory)


def twinpy_path(label):
    return os.path.join(ROOT, BUILDS[label][0], "twinpy")


def default_python():
    if os.access(DEBIAN_PYTHON, os.X_OK):
        return DEBIAN_PYTHON
    return shutil.which("python3") or sys.executable


def python_version(path):
    r = subprocess.run([path, "-c", "import sys; print(sys.version.split()[0])"],
                       capture_output=True, text=True, env=clean_env())
    return r.stdout.strip() or "?"


def text_size(path):
    """The text segment size of a binary in bytes (`size`), or None."""
    try:
        out = subprocess.run(["size", path], capture_output=True, text=True).stdout
        return int(out.splitlines()[1].split()[0])
    except (OSError, IndexError, ValueError):
        return None


def git_describe():
    def git(*args):
        return subprocess.run(["git"] + list(args), cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    rev = git("rev-parse", "--short", "HEAD") or "?"
    if git("status", "--porcelain", "--", "src", "Makefile"):
        rev += " + uncommitted changes"
    return rev


def machine():
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = "%.2f" % os.getloadavg()[0] if hasattr(os, "getloadavg") else "?"
    return "%d cores, %s, load average %s at start" % (os.cpu_count() or 0, cpu, load)


# ---------------------------------------------------------------------------------------
# Running one program


class RunError(Exception):
    pass


TRACING_MODES = ["none", "ignore", "bdb"]


def program_argv(name, tracing=None, path=None):
    """The script arguments that run bench/<name>.py (or the script at path), under
    bench/_tracing.py's mode `tracing` if given."""
    script = [path or os.path.join(BENCH_DIR, name + ".py")]
    if tracing:
        return [os.path.join(BENCH_DIR, "_tracing.py"), tracing] + script
    return script


def run_once(interp, name, size=None, wall=False, env_extra=None, timeout=300, tracing=None):
    """Run bench/<name>.py under interp; return (seconds, stdout). CPU time of the child
    (user + sys) unless wall is set. Raises RunError on a non-zero exit."""
    argv = [interp] + program_argv(name, tracing)
    if size is not None:
        argv.append(str(size))
    env = clean_env()
    if env_extra:
        env.update(env_extra)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        r = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunError("timed out after %d s" % timeout)
    t1 = time.perf_counter()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["no output"])[-1]
        raise RunError("exit %d: %s" % (r.returncode, last))
    if wall:
        secs = t1 - t0
    else:
        secs = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return secs, r.stdout


def callgrind_count(interp, script_args):
    """Instructions executed by `interp script_args...`, counted by callgrind."""
    argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", interp]
    r = subprocess.run(argv + script_args, capture_output=True, text=True, env=clean_env())
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or not m:
        last = (r.stderr.strip().splitlines() or ["no output"])[-1]
        raise RunError("callgrind: exit %d: %s" % (r.returncode, last))
    return int(m.group(1)), r.stdout


# ---------------------------------------------------------------------------------------
# Tables


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def print_table(headers, rows, footer=None):
    """rows: lists of already formatted cells; the first column is left-aligned."""
    widths = [max(len(str(r[i])) for r in [headers] + rows + ([footer] if footer else []))
              for i in range(len(headers))]

    def line(cells):
        out = [str(cells[0]).ljust(widths[0])]
        out += [str(c).rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "  ".join(out).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    if footer:
        print("  ".join("-" * w for w in widths))
        print(line(footer))


# ---------------------------------------------------------------------------------------
# The four modes


def time_programs(names, interps, reps, wall):
    """Time each program under each interpreter (label -> path), interleaved; return
    {name: {label: [seconds...]}} or {name: "error text"}."""
    results = {}
    for name in names:
        print("  %-14s" % name, end="", file=sys.stderr, flush=True)
        times = {label: [] for label in interps}
        expected = None
        try:
            for rep in range(reps):
                for label, path in interps.items():
                    secs, out = run_once(path, name, wall=wall)
                    if expected is None:
                        expected = out
                    elif out != expected:
                        raise RunError("%s printed %r, expected %r" %
                                       (label, out.strip(), expected.strip()))
                    times[label].append(secs)
                print(".", end="", file=sys.stderr, flush=True)
            results[name] = times
        except RunError as e:
            results[name] = str(e)
        print(file=sys.stderr)
    return results


def report_times(names, results, labels, base):
    """One column of medians per interpreter, then for each other label the ratio of
    medians (label / base) and the range of the per-repetition ratios (how noisy it was)."""
    others = [l for l in labels if l != base]
    headers = ["program"] + ["%s s" % l for l in labels]
    for l in others:
        headers += ["%s/%s" % (l, base), "range"]
    rows = []
    ratios = {l: [] for l in others}
    for name in names:
        res = results[name]
        if isinstance(res, str):
            rows.append([name, "FAILED: " + res])
            continue
        med = {l: statistics.median(res[l]) for l in labels}
        row = [name] + ["%.3f" % med[l] for l in labels]
        for l in others:
            ratios[l].append(med[l] / med[base])
            pairs = [a / b for a, b in zip(res[l], res[base])]
            row += ["%.3f" % (med[l] / med[base]), "%.2f-%.2f" % (min(pairs), max(pairs))]
        rows.append(row)
    footer = ["geometric mean"] + [""] * len(labels)
    for l in others:
        footer += ["%.3f" % geomean(ratios[l]), ""]
    failed = [r for r in rows if len(r) == 2]
    print_table(headers, [r for r in rows if len(r) > 2], footer)
    for r in failed:
        print("%s: %s" % (r[0], r[1]))


def count_programs(names, interps):
    """Callgrind instruction counts net of start-up: {name: {label: count}} or error."""
    empty = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
    empty.write("pass\n")
    empty.close()
    results = {}
    try:
        startup = {}
        for label, path in interps.items():
            startup[label] = callgrind_count(path, [empty.name])[0]
        results["(start-up)"] = startup
        for name in names:
            print("  %-14s" % name, end="", file=sys.stderr, flush=True)
            counts = {}
            expected = None
            try:
                for label, path in interps.items():
                    n, out = callgrind_count(path, [os.path.join(BENCH_DIR, name + ".py"),
                                                    str(BENCHMARKS[name])])
                    if expected is None:
                        expected = out
                    elif out != expected:
                        raise RunError("%s printed %r, expected %r" %
                                       (label, out.strip(), expected.strip()))
                    counts[label] = n - startup[label]
                    print(".", end="", file=sys.stderr, flush=True)
                results[name] = counts
            except RunError as e:
                results[name] = str(e)
            print(file=sys.stderr)
    finally:
        os.unlink(empty.name)
    return results


def report_counts(names, results, labels, base, digits):
    others = [l for l in labels if l != base]
    headers = (["program", "size"] + ["%s Minstr" % l for l in labels] +
               ["%s/%s" % (l, base) for l in others])
    rows = []
    failed = []
    ratios = {l: [] for l in others}
    start = results["(start-up)"]
    rows.append(["(start-up, not net)", ""] + ["%.2f" % (start[l] / 1e6) for l in labels] +
                [""] * len(others))
    for name in names:
        res = results[name]
        if isinstance(res, str):
            failed.append("%s: FAILED: %s" % (name, res))
            continue
        row = [name, str(BENCHMARKS[name])] + ["%.2f" % (res[l] / 1e6) for l in labels]
        for l in others:
            ratios[l].append(res[l] / res[base])
            row.append("%.*f" % (digits, res[l] / res[base]))
        rows.append(row)
    footer = (["geometric mean", ""] + [""] * len(labels) +
              ["%.*f" % (digits, geomean(ratios[l])) for l in others])
    print_table(headers, rows, footer)
    for f in failed:
        print(f)


def measure_tracing(names, interps, callgrind, reps, wall):
    """{name: {(label, mode): measure}} for every tracing mode: instruction counts net of
    start-up (callgrind, small sizes) or median CPU seconds (default sizes, interleaved)."""
    results = {}
    startup = {}
    if callgrind:
        empty = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
        empty.write("pass\n")
        empty.close()
        try:
            # Each mode's own start-up (importing bdb, installing the tracer) is a fixed
            # cost, reported on its own row, not a per-program one.
            for mode in TRACING_MODES:
                for label, path in interps.items():
                    startup[label, mode] = callgrind_count(path, program_argv(None, mode, empty.name))[0]
        finally:
            os.unlink(empty.name)
        results["(start-up)"] = startup
    for name in names:
        print("  %-14s" % name, end="", file=sys.stderr, flush=True)
        res = {}
        expected = None
        try:
            for rep_i in range(1 if callgrind else reps):
                for mode in TRACING_MODES:
                    for label, path in interps.items():
                        if callgrind:
                            n, out = callgrind_count(path, program_argv(name, mode) + [str(BENCHMARKS[name])])
                            res[label, mode] = n - startup[label, mode]
                        else:
                            secs, out = run_once(path, name, wall=wall, tracing=mode)
                            res.setdefault((label, mode), []).append(secs)
                        if expected is None:
                            expected = out
                        elif out != expected:
                            raise RunError("%s %s printed %r, expected %r" %
                                           (label, mode, out.strip(), expected.strip()))
                print(".", end="", file=sys.stderr, flush=True)
            if not callgrind:
                res = {k: statistics.median(v) for k, v in res.items()}
            results[name] = res
        except RunError as e:
            results[name] = str(e)
        print(file=sys.stderr)
    return results


def report_tracing(names, results, labels, callgrind):
    """Per interpreter: the untraced measure, then each tracing mode's ratio to it."""
    headers = ["program"]
    for l in labels:
        headers += ["%s %s" % (l, "Minstr" if callgrind else "s")]
        headers += ["%s/none" % m for m in TRACING_MODES[1:]]
    rows, failed = [], []
    ratios = {(l, m): [] for l in labels for m in TRACING_MODES[1:]}
    start = results.get("(start-up)")
    if start:
        # the fixed cost of each mode, in millions (what the rows below are net of)
        row = ["(start-up, not net)"]
        for l in labels:
            row += ["%.2f" % (start[l, "none"] / 1e6)]
            row += ["+%.2f" % ((start[l, m] - start[l, "none"]) / 1e6) for m in TRACING_MODES[1:]]
        rows.append(row)
    for name in names:
        res = results[name]
        if isinstance(res, str):
            failed.append("%s: FAILED: %s" % (name, res))
            continue
        row = [name]
        for l in labels:
            base = res[l, "none"]
            row.append("%.2f" % (base / 1e6) if callgrind else "%.3f" % base)
            for m in TRACING_MODES[1:]:
                ratios[l, m].append(res[l, m] / base)
                row.append("%.3f" % (res[l, m] / base))
        rows.append(row)
    footer = ["geometric mean"]
    for l in labels:
        footer += [""] + ["%.3f" % geomean(ratios[l, m]) for m in TRACING_MODES[1:]]
    print_table(headers, rows, footer)
    for f in failed:
        print(f)


def check(names, python):
    """Each benchmark at its small size must print the same under CPython, twinpy's fast
    copy and twinpy's tracing copy (TWINPY_VM=trace). Returns the number of failures."""
    twinpy = twinpy_path("dual")
    failures = 0
    for name in names:
        size = BENCHMARKS[name]
        try:
            _, want = run_once(python, name, size, timeout=60)
            for vm in ("fast", "trace"):
                _, got = run_once(twinpy, name, size, timeout=60,
                                  env_extra={"TWINPY_VM": vm} if vm == "trace" else None)
                if got != want:
                    raise RunError("%s copy printed %r, CPython %r" %
                                   (vm, got.strip(), want.strip()))
            print("ok    %-14s %s" % (name, want.strip()))
        except RunError as e:
            failures += 1
            print("FAIL  %-14s %s" % (name, e))
    print("%d passed, %d failed" % (len(names) - failures, failures))
    return failures


# ---------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--reps", type=int, default=5, help="timed runs per interpreter (5)")
    ap.add_argument("--python", default=None,
                    help="CPython to compare against (default: %s if present, else "
                         "python3)" % DEBIAN_PYTHON)
    ap.add_argument("--builds", action="store_true",
                    help="compare the twinpy builds: %s" % ", ".join(BUILDS))
    ap.add_argument("--callgrind", action="store_true",
                    help="instruction counts from valgrind --tool=callgrind at small sizes")
    ap.add_argument("--tracing", action="store_true",
                    help="the cost of tracing: no tracer, a tracer ignoring every call, bdb")
    ap.add_argument("--check", action="store_true",
                    help="check every checksum against CPython at the small sizes")
    ap.add_argument("--no-build", action="store_true", help="do not run make first")
    ap.add_argument("--wall", action="store_true", help="wall-clock instead of CPU time")
    args = ap.parse_args()

    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        ap.error("unknown benchmark(s): %s (known: %s)" % (" ".join(unknown),
                                                          " ".join(BENCHMARKS)))
    python = args.python or default_python()
    if not shutil.which(python):
        sys.exit("bench: no Python at %s" % python)
    if args.callgrind and not shutil.which("valgrind"):
        sys.exit("bench: --callgrind needs valgrind")

    labels = list(BUILDS) if args.builds else ["dual"]
    if not args.no_build:
        build(labels)
    for label in labels:
        if not os.access(twinpy_path(label), os.X_OK):
            sys.exit("bench: %s is missing (run without --no-build)" % twinpy_path(label))

    if args.check:
        sys.exit(1 if check(names, python) else 0)

    # Header: enough to reproduce the table and judge it.
    pyver = python_version(python)
    print("command:  bench/run.py %s" % " ".join(sys.argv[1:]))
    print("twinpy:   git %s" % git_describe())
    for label in labels:
        path = twinpy_path(label)
        size = text_size(path)
        print("  %-10s %s%s" % (label, os.path.relpath(path, ROOT),
                                "  (text %d bytes)" % size if size else ""))
    if not args.builds:
        note = " (Debian's)" if os.path.realpath(python) == os.path.realpath(DEBIAN_PYTHON) else ""
        print("CPython:  %s %s%s" % (python, pyver, note))
        if not pyver.startswith("3.11"):
            print("          warning: not CPython 3.11")
    print("machine:  %s" % machine())

    sys.stdout.flush()   # the header before the progress dots on stderr

    if args.tracing:
        interps = {"twinpy": twinpy_path("dual"), "CPython": python}
        print("measure:  %s, each tracing mode against no tracer (bench/_tracing.py)\n" %
              ("instructions (callgrind), millions, net of each mode's own start-up (shown as an extra cost), small sizes" if args.callgrind
               else "median CPU seconds of %d interleaved runs, default sizes" % args.reps))
        results = measure_tracing(names, interps, args.callgrind, args.reps, args.wall)
        report_tracing(names, results, list(interps), args.callgrind)
        return
    if args.builds:
        interps = {label: twinpy_path(label) for label in labels}
        base = "nosettrace"
    else:
        interps = {"twinpy": twinpy_path("dual"), "CPython": python}
        base = "CPython"
    if args.callgrind:
        print("measure:  instructions executed (valgrind --tool=callgrind), millions, net of "
              "start-up, at the size shown\n")
        results = count_programs(names, interps)
        report_counts(names, results, list(interps), base, 4 if args.builds else 3)
    else:
        print("measure:  %s time in seconds, median of %d interleaved runs, default sizes\n"
              % ("wall-clock" if args.wall else "CPU (user+sys)", args.reps))
        results = time_programs(names, interps, args.reps, args.wall)
        report_times(names, results, list(interps), base)


if __name__ == "__main__":
    main()
