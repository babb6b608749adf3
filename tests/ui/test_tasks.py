"""The task runners: work happens off the GUI thread, results come back on it, in order."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_LABEL
from ecan_desktop.paths import resource_path
from ecan_desktop.ui.demo_section import make_demo_profile
from ecan_desktop.ui.tasks import (
    CancelToken,
    PoolTaskRunner,
    Progress,
    SerialTaskRunner,
    SyncTaskRunner,
    TaskCancelled,
)
from ecan_desktop.vault.profiles import ProfileStore


def counting(progress: Progress, cancel: CancelToken) -> str:
    for step in range(1, 4):
        cancel.raise_if_cancelled()
        progress(step, 3)
    return "done"


def test_sync_runner_reports_progress_then_the_result() -> None:
    events: list[object] = []
    SyncTaskRunner().run(
        counting, on_progress=lambda d, t: events.append((d, t)), on_result=events.append
    )
    assert events == [(1, 3), (2, 3), (3, 3), "done"]


def test_sync_runner_hands_errors_and_cancellation_to_their_callbacks() -> None:
    errors: list[BaseException] = []
    cancelled: list[bool] = []

    def failing(progress: Progress, cancel: CancelToken) -> None:
        raise ValueError("boom")

    def giving_up(progress: Progress, cancel: CancelToken) -> None:
        raise TaskCancelled()

    runner = SyncTaskRunner()
    runner.run(failing, on_error=errors.append)
    runner.run(giving_up, on_cancelled=lambda: cancelled.append(True))
    assert [type(e) for e in errors] == [ValueError]
    assert cancelled == [True]


def test_pool_runner_works_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []

    def work(report: Progress, cancel: CancelToken) -> str:
        seen["worker"] = threading.get_ident()
        return counting(report, cancel)

    def on_result(value: str) -> None:
        seen["result"] = value
        seen["callback"] = threading.get_ident()

    runner = PoolTaskRunner()
    try:
        runner.run(work, on_result=on_result, on_progress=lambda d, t: progress.append((d, t)))
        qtbot.waitUntil(lambda: "result" in seen)
    finally:
        runner.shutdown()
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert seen["result"] == "done"


def test_pool_runner_cancels_cooperatively(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def waits_for_cancel(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.005)
        raise TaskCancelled()

    runner = PoolTaskRunner()
    try:
        task = runner.run(
            waits_for_cancel,
            on_result=lambda _: outcome.append("result"),
            on_cancelled=lambda: outcome.append("cancelled"),
        )
        assert started.wait(5)
        task.cancel()
        qtbot.waitUntil(lambda: bool(outcome))
    finally:
        runner.shutdown()
    assert outcome == ["cancelled"]


def test_serial_runner_runs_everything_on_one_thread_in_order(qtbot: QtBot) -> None:
    threads: list[int] = []
    results: list[int] = []

    def job(n: int):  # type: ignore[no-untyped-def]
        def work(progress: Progress, cancel: CancelToken) -> int:
            threads.append(threading.get_ident())
            return n

        return work

    runner = SerialTaskRunner()
    try:
        for n in range(5):
            runner.run(job(n), on_result=results.append)
        qtbot.waitUntil(lambda: len(results) == 5)
        closing: list[int] = []
        runner.run_blocking(lambda: closing.append(threading.get_ident()))
    finally:
        runner.shutdown()
    assert results == [0, 1, 2, 3, 4]
    assert len(set(threads)) == 1
    assert threads[0] != threading.get_ident()
    assert closing == threads[:1]  # the vault closes on the thread that opened it


def test_a_demo_cancelled_before_it_starts_creates_nothing(store: ProfileStore) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(TaskCancelled):
        make_demo_profile(store)(lambda d, t: None, cancel)
    assert store.list() == []


@pytest.mark.skipif(
    not resource_path("demo", "manifest.json").is_file(),
    reason="resources/demo/manifest.json is not there yet",
)
def test_a_demo_cancelled_half_way_is_removed_again(store: ProfileStore) -> None:
    cancel = CancelToken()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        cancel.cancel()  # the user presses Cancel after the first centre

    with pytest.raises(TaskCancelled):
        make_demo_profile(store)(progress, cancel)
    assert steps == [1]
    assert store.list() == []
    # ...and the demo can still be made afterwards.
    info = make_demo_profile(store)(lambda d, t: None, CancelToken())
    assert info.label == DEMO_LABEL
