# The whole program fails to compile: an irrefutable case that is not the last.
print("never printed")

def f(command):
    match command.split():
        case [action]:
            return action
        case [action, obj]:
            return action + obj
        case what:
            return what
        case _:
            return None
