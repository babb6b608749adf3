"""Run the real command line in a subprocess, as a user or a script would.

The child gets a clean environment (nothing of the developer's leaks in): ``PATH``, ``HOME``,
``TMPDIR``, a UTF-8 locale, Qt's offscreen platform, no ``.pyc`` writes, and the keyring's "fail"
backend so that it can never reach a real keyring (pass ``env={"PYTHON_KEYRING_BACKEND": ...}`` to
change that). The passphrase goes in ``ECAN_PASSPHRASE`` when given.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CLI_TIMEOUT = 60.0
_INHERITED = ("PATH", "HOME", "TMPDIR", "SYSTEMROOT")


def clean_env(
    env: Mapping[str, str] | None = None, *, passphrase: str | None = None
) -> dict[str, str]:
    """The environment of a child process; *env* adds to it or overrides it."""
    result = {name: os.environ[name] for name in _INHERITED if name in os.environ}
    result.setdefault("PATH", os.defpath)
    result.update(
        {
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    if passphrase is not None:
        result["ECAN_PASSPHRASE"] = passphrase
    if env:
        result.update(env)
    return result


def run_cli(
    *args: str | os.PathLike[str],
    data_dir: str | os.PathLike[str],
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = CLI_TIMEOUT,
    passphrase: str | None = None,
    preexec_fn: Callable[[], None] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m ecan_desktop --data-dir DATA_DIR ARGS...``; stdin is empty unless *input*."""
    command = [sys.executable, "-m", "ecan_desktop", "--data-dir", os.fspath(data_dir)]
    command.extend(os.fspath(a) for a in args)
    return subprocess.run(
        command,
        env=clean_env(env, passphrase=passphrase),
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        cwd=os.fspath(cwd) if cwd is not None else REPO,
        preexec_fn=preexec_fn,
        check=False,
    )
