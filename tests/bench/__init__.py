"""Benchmarks: run with ``make bench``; every figure is a ratio against a baseline measured in the
same process (or the same run), never an absolute time in a test."""
