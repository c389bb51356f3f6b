#!/usr/bin/env python3
"""twinpy's test runner.

Each tests/<topic>/<name>.py has a <name>.exp made by CPython 3.11: stdout, then
"--- stderr ---" and stderr if any, then "--- exit N ---" if the exit status was not 0.

  tests/run.py --twinpy build/twinpy [DIR_OR_FILE ...]   run tests (three ways, see below)
  tests/run.py --regen [DIR_OR_FILE ...]                 regenerate .exp with python3 3.11

A test may come with <name>.stdin (its standard input) and <name>.args (a JSON list of
command-line arguments used instead of the file name, for testing -c, -m and the like).

Every test runs in three ways (--vm all): in the fast copy of the VM, with every frame
forced into the tracing copy (TWINPY_VM=trace), and under a tracer that takes every event
and does nothing (TWINPY_VM=tracer): the output must not change. Tests under
tests/settrace and tests/bdb install tracers of their own, so they skip the third way, and
all three ways when the binary has no sys.settrace (a TW_SETTRACE=0 build).

tests/known_failures.txt lists tests that are known to fail (one path per line, relative to
tests/, optionally followed by the VM copy "[fast]" or "[trace]" it fails in): they still
run, are reported as skipped while they fail, and fail the run once they pass, so the list
only ever shrinks. --no-known ignores the list.

Prints a line per failure and ends with "N passed, N failed, N skipped"; exits 1 on any
failure.
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = float(os.environ.get("TW_TEST_TIMEOUT", "30"))


def find_tests(paths):
    found = []
    for p in paths or [HERE]:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            found.append(p)
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d != "out")
            for f in sorted(files):
                # helper modules imported by tests start with "_" or live in a "_mod" dir
                if f.endswith(".py") and not f.startswith("_") and root != HERE:
                    found.append(os.path.join(root, f))
    return found


def run_program(argv, path, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    if env_extra:
        env.update(env_extra)
    args_path = path[:-3] + ".args"   # command-line tests: a JSON list replacing the file name
    args = [os.path.basename(path)]
    if os.path.exists(args_path):
        with open(args_path, encoding="utf-8") as f:
            args = json.load(f)
    stdin_path = path[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(argv + args, cwd=os.path.dirname(path),
                           stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=TIMEOUT)
        out, err, rc = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired:
        return "--- timeout ---\n"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # Scripts run by absolute path names (CPython 3.9+): drop the test directory so the
    # expected output does not depend on where the checkout lives.
    prefix = os.path.dirname(path) + "/"
    text = out.decode("utf-8", "replace").replace(prefix, "")
    if err:
        err_text = err.decode("utf-8", "replace").replace(prefix, "")
        if err_text.startswith("python3: "):
            err_text = "twinpy: " + err_text[len("python3: "):]
        text += "--- stderr ---\n" + err_text
    if rc != 0:
        text += "--- exit %d ---\n" % rc
    return text


def regen(tests):
    py = os.environ.get("PYTHON", "python3")
    ver = subprocess.run([py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                         capture_output=True, text=True).stdout.strip()
    if ver != "True":
        sys.exit("run.py: --regen needs CPython 3.11 as %s" % py)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for path, text in zip(tests, pool.map(lambda t: run_program([py], t), tests)):
            with open(path[:-3] + ".exp", "w", encoding="utf-8") as f:
                f.write(text)
    print("regenerated %d .exp files" % len(tests))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--twinpy")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--vm", choices=["all", "both", "fast", "trace", "tracer"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-known", action="store_true")
    ap.add_argument("--exclude", action="append", default=[], metavar="TEST",
                    help="leave out a test (path relative to tests/); repeatable")
    ap.add_argument("--slowest", type=int, default=0, metavar="N",
                    help="also list the N slowest test runs")
    ap.add_argument("--write-known", action="store_true",
                    help="record the current failures as tests/known_failures.txt")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    tests = [t for t in find_tests(args.paths) if os.path.relpath(t, HERE) not in args.exclude]
    if args.regen:
        return regen(tests)
    twinpy = os.path.abspath(args.twinpy or os.path.join(HERE, "..", "build", "twinpy"))
    modes = {"all": ["fast", "trace", "tracer"], "both": ["fast", "trace"], "fast": ["fast"],
             "trace": ["trace"], "tracer": ["tracer"]}[args.vm]
    untraceable = []
    if not has_settrace(twinpy):
        untraceable = [t for t in tests if tracing_test(t)]
        tests = [t for t in tests if t not in untraceable]
        modes = [m for m in modes if m != "tracer"]
    # Under the no-op tracer, tests that install tracers of their own would see it.
    jobs = [(t, m) for m in modes for t in tests if not (m == "tracer" and tracing_test(t))]

    def one(job):
        path, mode = job
        exp_path = path[:-3] + ".exp"
        if not os.path.exists(exp_path):
            return job, False, "no .exp file (run make exp)"
        with open(exp_path, encoding="utf-8") as f:
            expected = f.read()
        env = {"TWINPY_VM": mode} if mode != "fast" else {}
        start = time.monotonic()
        got = run_program([twinpy], path, env)
        durations.append((time.monotonic() - start, os.path.relpath(path, HERE), mode))
        if got == expected:
            return job, True, ""
        diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                            "expected", "twinpy", n=2))
        return job, False, diff

    durations = []
    known = set() if args.no_known else load_known()
    passed = failed = skipped = 0
    now_failing = []
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for (path, mode), ok, detail in pool.map(one, jobs):
            rel = os.path.relpath(path, HERE)
            is_known = (rel, mode) in known or (rel, None) in known
            if not ok:
                now_failing.append((rel, mode))
            if ok and is_known:
                failed += 1
                print("PASS %s [%s] is listed in known_failures.txt: remove it" % (rel, mode))
            elif ok:
                passed += 1
                if args.verbose:
                    print("ok   %s [%s]" % (rel, mode))
            elif is_known:
                skipped += 1
            else:
                failed += 1
                print("FAIL %s [%s]" % (rel, mode))
                if args.verbose or len(tests) <= 5:
                    print(detail[:4000])
    if args.write_known:
        write_known(now_failing, modes)
    for secs, rel, mode in sorted(durations, reverse=True)[:args.slowest]:
        print("%7.2fs %s [%s]" % (secs, rel, mode))
    if skipped:
        print("(%d known failures from tests/known_failures.txt counted as skipped)" % skipped)
    if untraceable:
        skipped += len(untraceable) * len(modes)
        print("(%d tracing tests skipped: this twinpy has no sys.settrace)" % (len(untraceable) * len(modes)))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    sys.exit(1 if failed else 0)


KNOWN = os.path.join(HERE, "known_failures.txt")
TRACING_DIRS = ("settrace", "bdb")


def tracing_test(path):
    return os.path.relpath(path, HERE).split(os.sep)[0] in TRACING_DIRS


def has_settrace(twinpy):
    p = subprocess.run([twinpy, "-c", "import sys; print(hasattr(sys, 'settrace'))"],
                       capture_output=True, text=True, timeout=TIMEOUT)
    return p.stdout.strip() == "True"


def load_known():
    known = set()
    if os.path.exists(KNOWN):
        with open(KNOWN, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].split()
                if line:
                    mode = line[1].strip("[]") if len(line) > 1 else None
                    known.add((line[0], mode))
    return known


def write_known(failing, modes):
    by_test = {}
    for rel, mode in failing:
        by_test.setdefault(rel, set()).add(mode)
    with open(KNOWN, "w", encoding="utf-8") as f:
        f.write("# Tests that fail today, written by tests/run.py --write-known. Each is a bug or a\n"
                "# missing feature to fix; the runner fails when a listed test starts passing.\n")
        for rel in sorted(by_test):
            ms = by_test[rel]
            f.write(rel + ("\n" if ms == set(modes) else " [%s]\n" % sorted(ms)[0]))


if __name__ == "__main__":
    main()
