# a traceback through nested calls, with carets under the failing call
def parse(text):
    return int(text)

def load(items):
    values = []
    for item in items:
        values.append(parse(item))
    return values

def main():
    data = ["1", "2", "x3"]
    result = load(data)
    print(result)

main()
