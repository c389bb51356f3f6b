def dumps(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dumps(val, indent + 1)}' for k, val in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dumps(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)


data = {"name": "twinpy", "version": (0, 1), "tags": ["fast", "small"], "meta": {"ok": True, "none": None, "pi": 3.14159, "empty": {}}}
print(dumps(data))
