# "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass

def read(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError("bad value %r" % value) from e

read("abc")
