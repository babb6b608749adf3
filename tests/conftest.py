"""Shared fixtures. Tests never touch the developer's real keyring or data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.errors
import pytest

from ecan_desktop.paths import AppPaths
from ecan_desktop.vault.keys import KdfParams
from ecan_desktop.vault.profiles import ProfileStore

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Argon2id at its cheapest: the tests exercise the key handling, not its cost (make bench does).
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring; ``locked`` makes every call fail as a locked Secret Service does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.secrets[(service, username)]


class NoKeyring(keyring.backend.KeyringBackend):
    """What headless Linux has: no usable backend."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture(autouse=True)
def _isolated(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test: no real keyring, no real data directory, temp files in a tmp dir."""
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    data = tmp_path_factory.mktemp("ecan-data")
    monkeypatch.setenv("ECAN_DATA_DIR", str(data))
    monkeypatch.delenv("ECAN_PASSPHRASE", raising=False)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def store(app_paths: AppPaths) -> ProfileStore:
    return ProfileStore(app_paths.profiles_dir, kdf=FAST_KDF)
