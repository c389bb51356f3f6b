# float_info, hash_info, flags, maxsize, byteorder, platform and friends.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, len(fi))
print(type(fi)((1.0,) * 11))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(float('inf')) == hi.inf, hash(2**61 - 1) == 0, hash(1j) == hi.imag, hash(-1) == -2)
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode, f.no_user_site, f.no_site,
      f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode, f.utf8_mode,
      f.warn_default_encoding, f.safe_path, f.int_max_str_digits, len(f))
print(type(f).__name__, f[0], f[3])
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.int_info.sizeof_digit)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.float_repr_style)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    int('1' * 1001)
except ValueError as e:
    print(str(e)[:60])
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10**5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
for bad in [5, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval(), sys.is_finalizing())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(isinstance(sys.executable, str), sys.executable.startswith('/'), sys.abiflags == '', sys.platlibdir)
print(sorted(name for name in ('time', 'gc', 'errno', 'sys', 'builtins') if name in sys.builtin_module_names))
print(type(sys.builtin_module_names).__name__, list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
