# -m runs a module found on sys.path
