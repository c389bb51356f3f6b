# The builtins site adds: exit/quit (Quitter), copyright/credits/license (_Printer), help.
import builtins
print(repr(copyright))
print(repr(credits))
print(repr(license))
print(repr(help))
print(repr(exit))
print(repr(quit))
print(str(exit), str(help) == repr(help))
for obj in (exit, quit, copyright, credits, license, help):
    print(type(obj).__module__, type(obj).__name__, type(obj).__qualname__, callable(obj))
print(exit.name, exit.eof, quit.name, type(copyright).MAXLINES)
copyright()
credits()
for call in (lambda: exit(), lambda: exit(3), lambda: quit('bye'), lambda: exit(code=None)):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
    except TypeError as e:
        print('TypeError', e)
names = [n for n in dir(builtins) if not n.startswith('_') and n not in ('aiter', 'anext', 'breakpoint')]
print(len(names))
print(names)
