"""One process at a time per profile.

The lock is an OS advisory lock on ``<profile>/lock`` (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), so the kernel releases it when the owner dies: a lock file left by a crashed process is
simply taken over. The owner's pid is written into the file so that a second process can say
who has it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from ecan_desktop.vault.errors import ProfileInUse, StorageFailed

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class ProfileLock:
    def __init__(self, path: Path, label: str) -> None:
        self.path = path
        self._label = label
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageFailed(path=str(self.path), detail=exc.strerror or str(exc)) from exc
        handle = os.fdopen(fd, "r+", encoding="ascii")
        if not _try_lock(handle):
            owner = handle.read().strip() or "?"
            handle.close()
            raise ProfileInUse(label=self._label, pid=owner)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
        _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None
