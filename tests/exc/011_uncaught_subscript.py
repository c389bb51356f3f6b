# caret line for a subscript: ~ under the value, ^ under [the index]
config = {"name": "x", "values": [1, 2, 3]}

def get(cfg):
    return cfg["values"][3] + 1

get(config)
