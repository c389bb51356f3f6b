# the pwd module, and os.path.expanduser for ~user and without $HOME
import os
import os.path as p
import pwd

me = pwd.getpwuid(os.getuid())
print(type(me).__name__, type(me).__module__, len(me), type(me).n_fields, type(me).__match_args__)
print(me.pw_uid == os.getuid(), me[2] == me.pw_uid, all(type(x) is str for x in me[:2] + me[4:]))
print(pwd.getpwnam(me.pw_name) == me, me in pwd.getpwall(), type(pwd.getpwall()))
print(repr(pwd.struct_passwd(('n', 'x', 1, 2, 'g', '/h', '/s'))))
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid)
for f, a in [(pwd.getpwnam, 'no_such_user_tw'), (pwd.getpwuid, 2**31 - 7), (pwd.getpwuid, -1), (pwd.getpwuid, -2),
             (pwd.getpwuid, 2**40), (pwd.getpwuid, 'x'), (pwd.getpwuid, 1.5), (pwd.getpwnam, 1),
             (pwd.getpwnam, b'root'), (pwd.getpwnam, 'a\0b')]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: pwd.getpwnam(), lambda: pwd.getpwnam(name='root'), lambda: pwd.getpwall(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# ~user
home = root.pw_dir.rstrip('/') or '/'
print(p.expanduser('~' + root.pw_name) == home, p.expanduser('~%s/x' % root.pw_name) == home.rstrip('/') + '/x')
print(p.expanduser(b'~' + root.pw_name.encode()) == home.encode())
print(p.expanduser('~no_such_user_tw/x'))
# without $HOME, the password database gives the home directory
saved = os.environ.pop('HOME', None)
print(p.expanduser('~') == (me.pw_dir.rstrip('/') or '/'), p.expanduser('~/y') == me.pw_dir.rstrip('/') + '/y')
if saved is not None:
    os.environ['HOME'] = saved
