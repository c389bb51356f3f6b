# richards: an operating-system task scheduler simulation in the style of Martin Richards'
# benchmark (written from scratch). An idle task, a worker, two handlers and two devices
# pass packets through priority-ordered task queues; almost everything is a method call
# or an attribute access on small objects.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def add_to(self, queue):
        # Append this packet to the end of queue and return the queue's head.
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.has_packet = queue is not None
        self.waiting = False
        self.held = False
        # Tasks are kept in one list, most recently created first.
        self.next_task = sched.tasks
        sched.tasks = self
        sched.by_id[ident] = self

    def runnable(self):
        if self.held:
            return False
        return self.has_packet or not self.waiting

    def take_packet(self):
        # Called when the scheduler picks this task: a waiting task consumes its first packet.
        if self.waiting and self.has_packet:
            pkt = self.queue
            self.queue = pkt.link
            self.has_packet = self.queue is not None
            self.waiting = False
            return pkt
        return None

    def deliver(self, pkt, current):
        # pkt arrives for this task; return the task that should run next.
        if self.queue is None:
            self.queue = pkt
            self.has_packet = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.add_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        Task.__init__(self, sched, ident, priority, queue)
        self.seed = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait_current()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.count = 0
        data = pkt.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == WORK_PACKET:
                self.work = pkt.add_to(self.work)
            else:
                self.devices = pkt.add_to(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n >= DATA_SIZE:
                self.work = work.link
                return self.sched.send(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = work.data[n]
                work.count = n + 1
                return self.sched.send(dev)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.send(pkt)
        self.pending = pkt
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * 6
        self.current = None
        self.sends = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        cur = self.current
        cur.held = True
        return cur.next_task

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.by_id[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, pkt):
        task = self.by_id[pkt.dest]
        self.sends += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return task.deliver(pkt, self.current)

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take_packet())
            else:
                task = task.next_task


def simulate(idle_count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, idle_count)
    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    WorkerTask(s, WORKER, 1000, work).waiting = True
    q = Packet(None, DEVICE_A, DEVICE_PACKET)
    q = Packet(q, DEVICE_A, DEVICE_PACKET)
    q = Packet(q, DEVICE_A, DEVICE_PACKET)
    HandlerTask(s, HANDLER_A, 2000, q).waiting = True
    q = Packet(None, DEVICE_B, DEVICE_PACKET)
    q = Packet(q, DEVICE_B, DEVICE_PACKET)
    q = Packet(q, DEVICE_B, DEVICE_PACKET)
    HandlerTask(s, HANDLER_B, 3000, q).waiting = True
    DeviceTask(s, DEVICE_A, 4000, None).waiting = True
    DeviceTask(s, DEVICE_B, 5000, None).waiting = True
    s.run()
    return s.sends, s.holds


def main(n):
    sends = holds = 0
    for _ in range(n):
        a, b = simulate(1000)
        sends += a
        holds += b
    print("richards", n, sends, holds)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
