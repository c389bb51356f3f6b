from . import SUB
from .. import helper
DEEP = helper.twice(SUB) + 1
