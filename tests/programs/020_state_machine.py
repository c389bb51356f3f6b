class Light:
    transitions = {"green": "yellow", "yellow": "red", "red": "green"}
    durations = {"green": 3, "yellow": 1, "red": 2}

    def __init__(self):
        self.state = "red"
        self.log = []

    def tick(self):
        self.state = self.transitions[self.state]
        self.log.append(self.state)
        return self

    def run(self, seconds):
        t = 0
        while t < seconds:
            t += self.durations[self.state]
            self.tick()
        return t


light = Light()
print(light.run(20), light.log)
counts = {}
for s in light.log:
    counts[s] = counts.get(s, 0) + 1
print(counts)
events = ["coin", "push", "push", "coin", "coin", "push"]
state = "locked"
for e in events:
    if state == "locked" and e == "coin":
        state = "unlocked"
    elif state == "unlocked" and e == "push":
        state = "locked"
    print(f"{e:5} -> {state}")
