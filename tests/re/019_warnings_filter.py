# warnings filters compile their message and module patterns with re
import re, warnings

warnings.filterwarnings('ignore', message=r'.*deprecated', category=DeprecationWarning)
warnings.filterwarnings('error', message=r'BOOM \d+')
print(warnings.filters[0][1], warnings.filters[1][1], type(warnings.filters[0][1]) is re.Pattern)
warnings.warn('this is deprecated', DeprecationWarning)
try:
    warnings.warn('boom 42')
except UserWarning as e:
    print('raised', e)
warnings.warn('boom x')
try:
    warnings.filterwarnings('ignore', message='(')
except re.error as e:
    print('re.error', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='__m.*')
    warnings.warn('kept')
    print([str(x.message) for x in w])
