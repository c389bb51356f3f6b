print("init _pkg", __name__)
VALUE = 10
from . import helper
from .helper import twice
