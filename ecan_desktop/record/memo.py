"""Remembering, during one record build, what was already read from the vault's JSON.

A build asks several sections in turn about the same Observation (is it a stage, a marker, a
result?), and a large record repeats the same codes and reference ranges thousands of times.
Inside :func:`remembering` (on the building thread only; other threads see nothing) a reader
can keep its answers in a :func:`memo`, keyed either by the JSON object itself (its ``id``, the
object kept alive beside the answer) or by :func:`content`, the object's exact value. Both are
only sound because the JSON does not change while the record is built; outside the block
:func:`memo` returns None and every reader reads afresh.
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

_local = threading.local()


@contextmanager
def remembering() -> Iterator[None]:
    """Memos live until the outermost block ends (a nested block shares them)."""
    outer = getattr(_local, "memos", None)
    if outer is None:
        _local.memos = {}
    try:
        yield
    finally:
        if outer is None:
            _local.memos = None


def memo(name: str) -> dict[Any, Any] | None:
    """The memo called *name* of the build running on this thread, or None outside a build."""
    memos: dict[str, dict[Any, Any]] | None = getattr(_local, "memos", None)
    if memos is None:
        return None
    found = memos.get(name)
    if found is None:
        found = memos[name] = {}
    return found


def content(value: object) -> bytes | None:
    """A key equal only for equal JSON values, types included (``1``, ``1.0`` and ``true``,
    ``0.0`` and ``-0.0``, ``"1"`` and ``1`` all differ): the value marshalled, a format that
    reads back to the same value, so equal keys mean equal values. None when *value* cannot
    be marshalled (not JSON, or nested too deeply): then nothing is remembered for it."""
    try:
        # Version 2: no back-references, so equal values give the same bytes each time.
        return marshal.dumps(cast(Any, value), 2)
    except Exception:  # ValueError in practice
        return None
