"""The benchmark table: rows of figures against same-run baselines, printed aligned."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    figure: str
    baseline: str
    result: str
    target: str
    ok: bool


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_table(rows: Sequence[Row]) -> None:
    headers = ("benchmark", "figure", "baseline", "result", "target", "")
    table = [
        headers,
        *(
            (r.name, r.figure, r.baseline, r.result, r.target, "ok" if r.ok else "MISSED")
            for r in rows
        ),
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
