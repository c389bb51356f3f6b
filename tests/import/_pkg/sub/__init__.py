from .. import VALUE
from ..helper import twice as tw
SUB = tw(VALUE)
