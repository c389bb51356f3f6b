"""Bisection algorithms: twinpy's bisect module (the C module _bisect does the work)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
