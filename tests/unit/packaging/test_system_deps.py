"""packaging/linux/system-deps.sh: the Makefile's check of the libraries Qt needs.

Fake ``ldconfig``, ``id``, ``sudo`` and ``apt-get`` on PATH stand for a bare machine, so the script
is tested without touching the real system.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import REPO

SCRIPT = REPO / "packaging" / "linux" / "system-deps.sh"


def fake_bin(tmp_path: Path, *, uid: int, sudo_ok: bool, libs: str = "") -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tools = {
        "ldconfig": f"printf '%s\\n' {libs!r}",
        "id": f"echo {uid}",
        "sudo": 'if [ "$1" = -n ]; then exit ' + ("0" if sudo_ok else "1") + '; fi; exec "$@"',
        "apt-get": f'echo "apt-get $*" >> {tmp_path / "apt.log"}',
    }
    for name, body in tools.items():
        path = bin_dir / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return bin_dir


def run(bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    return subprocess.run(
        ["sh", str(SCRIPT), "run"], env=env, capture_output=True, text=True, check=False
    )


def test_a_user_without_sudo_gets_the_one_line_to_run(tmp_path: Path) -> None:
    result = run(fake_bin(tmp_path, uid=1000, sudo_ok=False))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Run this once" in lines[0]
    assert (
        lines[1]
        .strip()
        .startswith("sudo apt-get update && sudo apt-get install -y --no-install-recommends")
    )
    for package in ("libgl1", "libegl1", "libxkbcommon0", "libxcb-cursor0", "libfontconfig1"):
        assert package in lines[1]
    assert not (tmp_path / "apt.log").exists()


def test_root_installs_what_is_missing(tmp_path: Path) -> None:
    result = run(fake_bin(tmp_path, uid=0, sudo_ok=False))
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "apt.log").read_text().splitlines()
    assert log[0].startswith("apt-get update")
    assert "install -y --no-install-recommends" in log[1] and "libgl1" in log[1]


def test_sudo_without_a_password_is_used(tmp_path: Path) -> None:
    result = run(fake_bin(tmp_path, uid=1000, sudo_ok=True))
    assert result.returncode == 0, result.stderr
    assert "libegl1" in (tmp_path / "apt.log").read_text()


def test_nothing_to_do_when_everything_is_there(tmp_path: Path) -> None:
    present = " ".join(
        f"{name} (libc6,x86-64) => /usr/lib/{name}"
        for name in [
            "libGL.so.1",
            "libEGL.so.1",
            "libX11.so.6",
            "libdbus-1.so.3",
            "libfontconfig.so.1",
            "libxkbcommon.so.0",
            "libglib-2.0.so.0",
            "libxkbcommon-x11.so.0",
            "libxcb-cursor.so.0",
            "libxcb-icccm.so.4",
            "libxcb-image.so.0",
            "libxcb-keysyms.so.1",
            "libxcb-randr.so.0",
            "libxcb-render-util.so.0",
            "libxcb-shape.so.0",
            "libxcb-xkb.so.1",
        ]
    )
    result = run(fake_bin(tmp_path, uid=1000, sudo_ok=False, libs=present))
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists():
        assert "fonts-dejavu-core" in result.stderr
        return
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""


def test_make_test_installs_the_tools_the_summary_tests_use(tmp_path: Path) -> None:
    """``make test`` renders PDF pages with poppler's pdftoppm and reads their QR codes with
    zbarimg: on a bare machine, the script installs them with the Qt libraries."""
    import shutil

    bin_dir = fake_bin(tmp_path, uid=0, sudo_ok=False)
    for tool in ("grep", "uname"):  # only these two outside tools besides the fakes
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    env = {**os.environ, "PATH": str(bin_dir)}
    result = subprocess.run(
        ["/bin/sh", str(SCRIPT), "test"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    install = (tmp_path / "apt.log").read_text().splitlines()[-1]
    for package in ("poppler-utils", "zbar-tools", "dbus-daemon", "gnome-keyring"):
        assert package in install.split()
