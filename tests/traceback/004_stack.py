# extract_stack, format_stack, print_stack, walk_stack
import sys
import traceback


def level3():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=2, file=sys.stdout)
    print(len(traceback.extract_stack(limit=1)), traceback.extract_stack(limit=1)[0].name)
    f = sys._getframe()
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(f)])
    print(traceback.format_stack(f.f_back))
    s = traceback.StackSummary.extract(traceback.walk_stack(f), limit=2)
    print([(fs.name, fs.colno) for fs in s])
    s = traceback.StackSummary.extract(traceback.walk_stack(f), lookup_lines=False)
    print([fs._line for fs in s][:1], s[0].line)
    s = traceback.StackSummary.extract(traceback.walk_stack(f.f_back), capture_locals=True)
    print(s[0].locals)
    print(s.format()[0], end="")


def level2(n):
    local_value = n * 2
    level3()


def level1():
    level2(21)


level1()
