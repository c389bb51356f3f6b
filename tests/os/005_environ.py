# os.environ: a str mapping over posix.environ whose changes call putenv/unsetenv
import os
import posix

env = os.environ
print(type(env).__name__, repr(env).startswith('environ({'), repr(env).endswith('})'))
print(len(env) == len(posix.environ), env._data is posix.environ)
print(all(type(k) is str and type(v) is str for k, v in env.items()))
print(sorted(env) == sorted(os.fsdecode(k) for k in posix.environ))

for k in ['TWINPY_T1', 'TWINPY_T2', 'TWINPY_T3']:
    env.pop(k, None)
env['TWINPY_T1'] = 'one'
print(env['TWINPY_T1'], posix.environ[b'TWINPY_T1'], 'TWINPY_T1' in env, 'TWINPY_T9' in env)
print(os.getenv('TWINPY_T1'), os.getenv('TWINPY_T9'), os.getenv('TWINPY_T9', 'dflt'))
print(os.getenvb(b'TWINPY_T1'), os.environb[b'TWINPY_T1'], env.get('TWINPY_T9', 5))
# the process environment sees the change (the shell expands the variable)
print(os.system('test "$TWINPY_T1" = one'), os.system('test "$TWINPY_T1" = two'))
env['TWINPY_T1'] = 'two'
print(os.system('test "$TWINPY_T1" = two'))
del env['TWINPY_T1']
print(os.system('test -z "${TWINPY_T1+set}"'), 'TWINPY_T1' in env, b'TWINPY_T1' in posix.environ)
try:
    env['TWINPY_T1']
except KeyError as e:
    print('KeyError', e)
try:
    del env['TWINPY_T1']
except KeyError as e:
    print('KeyError', e)

# the mapping methods
print(env.setdefault('TWINPY_T2', 'a'), env.setdefault('TWINPY_T2', 'b'))
print(env.pop('TWINPY_T2'), env.pop('TWINPY_T2', 'gone'))
try:
    env.pop('TWINPY_T2')
except KeyError as e:
    print('KeyError', e)
env.update({'TWINPY_T2': 'x'}, TWINPY_T3='y')
print(env['TWINPY_T2'], env['TWINPY_T3'])
env.update([('TWINPY_T2', 'z')])
print(env['TWINPY_T2'])
c = env.copy()
print(type(c).__name__, c['TWINPY_T2'], c == dict(env), env == c, env != c)
merged = env | {'TWINPY_T3': 'w'}
print(type(merged).__name__, merged['TWINPY_T3'], env['TWINPY_T3'])
merged = {'TWINPY_T3': 'w', 'TWINPY_T4': 'v'} | env
print(type(merged).__name__, merged['TWINPY_T3'], merged['TWINPY_T4'])
env |= {'TWINPY_T3': 'q'}
print(env['TWINPY_T3'], type(env).__name__)
print(repr(env.keys()).startswith('KeysView(environ({'), 'TWINPY_T3' in env.keys(),
      ('TWINPY_T3', 'q') in env.items(), 'q' in env.values())
del env['TWINPY_T2'], env['TWINPY_T3']
print('TWINPY_T2' in env, 'TWINPY_T3' in env)
try:
    hash(env)
except TypeError as e:
    print('TypeError', e)

# types
for bad in [lambda: env.__setitem__('K', 1), lambda: env.__setitem__(1, 'v'), lambda: env[b'K'],
            lambda: os.environb.__setitem__('K', b'v'), lambda: os.environb[b'K'.decode()],
            lambda: env.get(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# putenv and unsetenv change only the process environment
os.putenv('TWINPY_T5', 'five')
print('TWINPY_T5' in env, os.system('test "$TWINPY_T5" = five'))
os.unsetenv('TWINPY_T5')
print(os.system('test -z "${TWINPY_T5+set}"'))
os.putenv(b'TWINPY_T5', b'bytes')
print(os.system('test "$TWINPY_T5" = bytes'))
os.unsetenv(b'TWINPY_T5')
for args in [('a=b', 'c'), ('', 'c'), ('a', 'c\0'), ('a\0', 'c'), (1, 'x'), ('x', 1)]:
    try:
        os.putenv(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for arg in ['a=b', '', 1]:
    try:
        os.unsetenv(arg)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# get_exec_path
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}) == os.defpath.split(':'))
print(os.get_exec_path({b'PATH': b'/c'}), os.get_exec_path() == env.get('PATH', os.defpath).split(':'))
try:
    os.get_exec_path({'PATH': 'x', b'PATH': b'y'})
except ValueError as e:
    print('ValueError', e)
