# hexiom: a Hexiom-style puzzle solved by backtracking search over a hexagonal board
# (written from scratch). Each tile carries a number; a solution places every tile on a
# cell so that each tile has exactly that many occupied neighbours. Puzzles are generated
# from a pseudo-random occupancy pattern, with a few cells given as hints, and the solver
# counts every solution.
import sys


class Board:
    def __init__(self, radius):
        self.cells = []
        index = {}
        for r in range(-radius, radius + 1):
            for q in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for q, r in self.cells:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                k = index.get((q + dq, r + dr))
                if k is not None:
                    ns.append(k)
            self.neighbours.append(ns)


UNDECIDED = -2
EMPTY = -1


class Puzzle:
    def __init__(self, board, tiles, hints):
        self.board = board
        self.counts = [0] * 7          # how many tiles of each number remain to place
        for t in tiles:
            self.counts[t] += 1
        self.empties = len(board.cells) - len(tiles)
        self.state = [UNDECIDED] * len(board.cells)
        self.hints = hints             # cell -> forced value (EMPTY or a tile number)
        self.solutions = 0
        self.nodes = 0

    def consistent(self, cell):
        # Can cell (and its tiled neighbours) still be satisfied?
        state = self.state
        for c in self.board.neighbours[cell] + [cell]:
            v = state[c]
            if v < 0:
                continue
            occupied = 0
            open_ = 0
            for n in self.board.neighbours[c]:
                s = state[n]
                if s >= 0:
                    occupied += 1
                elif s == UNDECIDED:
                    open_ += 1
            if occupied > v or occupied + open_ < v:
                return False
        return True

    def options(self, cell):
        hint = self.hints.get(cell)
        if hint is not None:
            return [hint]
        opts = []
        if self.empties:
            opts.append(EMPTY)
        for v in range(7):
            if self.counts[v]:
                opts.append(v)
        return opts

    def search(self, cell):
        self.nodes += 1
        if cell == len(self.state):
            self.solutions += 1
            return
        for v in self.options(cell):
            if v == EMPTY:
                if not self.empties:
                    continue
                self.empties -= 1
            else:
                if not self.counts[v]:
                    continue
                self.counts[v] -= 1
            self.state[cell] = v
            if self.consistent(cell):
                self.search(cell + 1)
            self.state[cell] = UNDECIDED
            if v == EMPTY:
                self.empties += 1
            else:
                self.counts[v] += 1


def make_puzzle(board, seed):
    # A linear congruential generator keeps the puzzles identical everywhere.
    x = seed
    occupied = []
    for _ in board.cells:
        x = (x * 1103515245 + 12345) % 2147483648
        occupied.append(x % 100 < 55)
    tiles = []
    for c in range(len(board.cells)):
        if occupied[c]:
            tiles.append(sum(1 for n in board.neighbours[c] if occupied[n]))
    hints = {}
    for _ in range(3):
        x = (x * 1103515245 + 12345) % 2147483648
        c = x % len(board.cells)
        hints[c] = tiles_at(board, occupied, c)
    return Puzzle(board, tiles, hints)


def tiles_at(board, occupied, c):
    if not occupied[c]:
        return EMPTY
    return sum(1 for n in board.neighbours[c] if occupied[n])


def main(n):
    board = Board(2)
    total = 0
    nodes = 0
    for seed in range(n):
        p = make_puzzle(board, seed)
        p.search(0)
        total += p.solutions
        nodes += p.nodes
    print("hexiom", n, total, nodes)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
