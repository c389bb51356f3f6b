# Helper module for 015_module_warnings.py (compiled on import: its SyntaxWarning shows).
import warnings

LIMIT = 10
checked = LIMIT is 10


def old_api():
    # attributed to this module: a DeprecationWarning outside __main__ is ignored
    warnings.warn("old_api is deprecated (here)", DeprecationWarning)
    # attributed to the caller: shown when the caller is __main__
    warnings.warn("old_api is deprecated (caller)", DeprecationWarning, stacklevel=2)
    warnings.warn("a user warning in the module")
