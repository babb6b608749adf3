"""The Qt binding must not lose references to None and True.

PySide6 6.12.0 does (one per void call, one per signal emission); on Python 3.11 the counts drain
until the interpreter aborts in the middle of a session. pyproject.toml keeps that release out;
this test fails on any binding with the defect, before a user meets it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 500


class _Probe(QObject):
    ping = Signal(int)


def test_void_calls_and_signals_keep_singleton_references(qapp: QApplication) -> None:
    label = QLabel()
    probe = _Probe()
    received: list[int] = []
    probe.ping.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(CALLS):
        label.setText("x")
        probe.ping.emit(i)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    assert len(received) == CALLS
    # A few references move with the garbage collector; the defect loses one per call.
    assert lost_none < CALLS // 10, f"lost {lost_none} references to None"
    assert lost_true < CALLS // 10, f"lost {lost_true} references to True"
