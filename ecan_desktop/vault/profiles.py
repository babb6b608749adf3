"""Patient profiles: one directory each under ``<data>/profiles/<id>/``.

A profile directory holds
- ``profile.json``: the label the user chose, dates and backup paths (never clinical data; the
  patient's name and birth date live inside the vault);
- ``keys.json``: the wrapped database key (see ``vault.keys``);
- ``vault.db``: the SQLCipher database;
- ``lock``: held by the process that has the profile open;
- ``backups/``: encrypted backups taken before a schema migration.
``profile.json`` is written last when creating, so a half-created directory is never listed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecan_desktop.atomicfile import atomic_write_text
from ecan_desktop.i18n.message import Message
from ecan_desktop.vault import keyring_store
from ecan_desktop.vault.errors import (
    NO_BACKUP_FOUND,
    InvalidLabel,
    KeyringSecretMissing,
    PassphraseTooShort,
    ProfileExists,
    ProfileNotFound,
    StorageFailed,
)
from ecan_desktop.vault.kdf_params import DEFAULT_KDF, KdfParams
from ecan_desktop.vault.lock import ProfileLock
from ecan_desktop.vault.records import AuditEvent, utc_now

if TYPE_CHECKING:
    from ecan_desktop.vault.keys import KeyFile
    from ecan_desktop.vault.store import Vault

PROFILE_FORMAT = 1
LABEL_MAX = 80
MIN_PASSPHRASE = 8
PROFILE_FILE = "profile.json"
KEYS_FILE = "keys.json"
VAULT_FILE = "vault.db"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    label: str
    directory: Path
    created_at: str
    last_opened: str | None
    backups: tuple[str, ...] = ()

    @property
    def keys_file(self) -> Path:
        return self.directory / KEYS_FILE

    @property
    def vault_file(self) -> Path:
        return self.directory / VAULT_FILE

    def newest_backup(self) -> Path | None:
        """The newest backup file that still exists: one the user made or a pre-migration one."""
        candidates = [Path(p) for p in self.backups]
        backup_dir = self.directory / BACKUP_DIR
        if backup_dir.is_dir():
            candidates.extend(backup_dir.glob("*.ecanbackup"))
        existing = [p for p in candidates if p.is_file()]
        if not existing:
            return None
        return max(existing, key=lambda p: p.stat().st_mtime)

    def backup_hint(self) -> object:
        newest = self.newest_backup()
        return str(newest) if newest else Message("VaultErrors", NO_BACKUP_FOUND)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PROFILE_FORMAT,
            "id": self.id,
            "label": self.label,
            "created_at": self.created_at,
            "last_opened": self.last_opened,
            "backups": list(self.backups),
        }


@dataclass(frozen=True)
class CreatedProfile:
    info: ProfileInfo
    recovery_code: str


def clean_label(label: str) -> str:
    cleaned = " ".join(label.split())
    if not cleaned or len(cleaned) > LABEL_MAX:
        raise InvalidLabel(maximum=LABEL_MAX)
    return cleaned


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooShort(minimum=MIN_PASSPHRASE)


@contextlib.contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """OS errors while writing profile files become one clear message."""
    try:
        yield
    except OSError as exc:
        raise StorageFailed(path=str(path), detail=exc.strerror or str(exc)) from exc


def _zero(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


class ProfileStore:
    """All profiles under one data directory."""

    def __init__(self, profiles_dir: Path, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.profiles_dir = profiles_dir
        self.kdf = kdf

    # -- listing ----------------------------------------------------------------------------------
    def list(self) -> list[ProfileInfo]:
        """Profiles, most recently opened first."""
        if not self.profiles_dir.is_dir():
            return []
        found = []
        for directory in sorted(self.profiles_dir.iterdir()):
            if directory.name.startswith(".") or not directory.is_dir():
                continue
            info = self._read_info(directory)
            if info is not None:
                found.append(info)
        found.sort(key=lambda p: (p.last_opened or p.created_at, p.label), reverse=True)
        return found

    @staticmethod
    def _read_info(directory: Path) -> ProfileInfo | None:
        try:
            data = json.loads((directory / PROFILE_FILE).read_text(encoding="utf-8"))
            return ProfileInfo(
                id=str(data["id"]),
                label=str(data["label"]),
                directory=directory,
                created_at=str(data["created_at"]),
                last_opened=data.get("last_opened"),
                backups=tuple(str(p) for p in data.get("backups", [])),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def find(self, name: str) -> ProfileInfo:
        """A profile by its label (case-insensitive) or its id."""
        wanted = " ".join(name.split()).casefold()
        for info in self.list():
            if info.label.casefold() == wanted or info.id == name:
                return info
        raise ProfileNotFound(label=name)

    def _label_taken(self, label: str, except_id: str | None = None) -> bool:
        wanted = label.casefold()
        return any(p.label.casefold() == wanted and p.id != except_id for p in self.list())

    def unique_label(self, label: str) -> str:
        """*label*, or "label (2)", "label (3)"… when it is taken."""
        candidate, n = label, 1
        while self._label_taken(candidate):
            n += 1
            candidate = f"{label} ({n})"
        return candidate

    def write_info(self, info: ProfileInfo) -> None:
        with storage_errors(info.directory):
            atomic_write_text(info.directory / PROFILE_FILE, json.dumps(info.to_json(), indent=2))

    # -- creating, renaming, deleting -------------------------------------------------------------
    def new_directory(self, *, staging: bool) -> Path:
        with storage_errors(self.profiles_dir):
            self.profiles_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Imported when needed, like secrets in delete(): the start screen lists profiles
            # and should not wait for uuid (with platform) or OpenSSL to load.
            import uuid

            name = uuid.uuid4().hex
            directory = self.profiles_dir / (f".staging-{name}" if staging else name)
            directory.mkdir(mode=0o700)
        return directory

    def create(
        self,
        label: str,
        passphrase: str,
        *,
        patient_name: str | None = None,
        birth_date: str | None = None,
        allow_short_passphrase: bool = False,
    ) -> CreatedProfile:
        """Create an empty profile; the recovery code is returned once and never stored in clear."""
        label = clean_label(label)
        if not allow_short_passphrase:
            check_passphrase(passphrase)
        if self._label_taken(label):
            raise ProfileExists(label=label)
        staging = self.new_directory(staging=True)
        # Imported here: listing profiles (the start screen) needs no cryptography or SQLCipher.
        import uuid

        from ecan_desktop.vault.keys import KeyFile, generate_recovery_code, new_database_key
        from ecan_desktop.vault.store import Vault

        key = new_database_key()
        try:
            profile_id = staging.name.removeprefix(".staging-")
            recovery_code = generate_recovery_code()
            keyfile = KeyFile.create(str(uuid.uuid4()), key, passphrase, recovery_code, self.kdf)
            with storage_errors(staging):
                keyfile.save(staging / KEYS_FILE)
            vault = Vault.open(staging / VAULT_FILE, key, label=label, create=True)
            try:
                vault.set_meta(
                    {
                        "vault_id": keyfile.vault_id,
                        "label": label,
                        "created_at": utc_now(),
                        "patient_name": patient_name,
                        "patient_birth_date": birth_date,
                    }
                )
                vault.record(AuditEvent.CREATED)
            finally:
                vault.close()
            info = ProfileInfo(profile_id, label, staging, utc_now(), None)
            self.write_info(info)
            final = self.profiles_dir / profile_id
            with storage_errors(final):
                staging.rename(final)
            return CreatedProfile(replace(info, directory=final), recovery_code)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            _zero(key)

    def rename(self, name: str, new_label: str) -> ProfileInfo:
        info = self.find(name)
        label = clean_label(new_label)
        if self._label_taken(label, except_id=info.id):
            raise ProfileExists(label=label)
        renamed = replace(info, label=label)
        self.write_info(renamed)
        return renamed

    def delete(self, name: str) -> None:
        """Delete a profile for good. Its wrapped keys are overwritten first (crypto-erase)."""
        import secrets  # see new_directory()

        info = self.find(name)
        lock = ProfileLock(info.directory / "lock", info.label)
        lock.acquire()
        try:
            with contextlib.suppress(OSError):
                keyring_store.delete_secret(info.id)
            with storage_errors(info.directory):
                wal = info.directory / f"{VAULT_FILE}-wal"
                for path in (info.keys_file, info.vault_file, wal):
                    if path.is_file():
                        size = path.stat().st_size
                        with path.open("r+b") as handle:
                            handle.write(secrets.token_bytes(min(size, 1 << 20)))
                            handle.flush()
                            os.fsync(handle.fileno())
                tomb = info.directory.with_name(f".deleting-{info.id}")
                info.directory.rename(tomb)
        finally:
            lock.release()
        shutil.rmtree(tomb, ignore_errors=True)

    # -- unlocking --------------------------------------------------------------------------------
    def _load_keys(self, info: ProfileInfo) -> KeyFile:
        from ecan_desktop.vault.keys import KeyFile

        return KeyFile.load(info.keys_file, label=info.label, backup=info.backup_hint())

    def unlock(self, name: str, passphrase: str, *, record: bool = True) -> OpenProfile:
        """Unlock with the passphrase. ``record=False`` writes nothing (no audit entry, no
        "last opened"): ``check`` must not write into a vault that may turn out damaged."""
        info = self.find(name)
        return self._open(info, lambda keys: keys.unwrap_with_passphrase(passphrase), record=record)

    def unlock_with_recovery_code(
        self, name: str, recovery_code: str, new_passphrase: str
    ) -> OpenProfile:
        """Unlock with the recovery code and set a new passphrase (the old one stops working)."""
        check_passphrase(new_passphrase)
        info = self.find(name)
        opened = self._open(info, lambda keys: keys.unwrap_with_recovery_code(recovery_code))
        try:
            opened.change_passphrase(new_passphrase, event=AuditEvent.RECOVERY_USED)
        except BaseException:
            opened.close()
            raise
        return opened

    def is_remembered(self, name: str) -> bool:
        info = self.find(name)
        try:
            return self._load_keys(info).has("keyring")
        except Exception:  # a damaged key file is reported when unlocking, not here
            return False

    def unlock_remembered(self, name: str) -> OpenProfile:
        """Unlock with the secret this computer remembers; KeyringSecretMissing when it cannot."""
        info = self.find(name)

        def unwrap(keys: KeyFile) -> bytearray:
            if not keys.has("keyring"):
                raise KeyringSecretMissing(label=info.label)
            secret = keyring_store.load_secret(info.id)
            key = keys.unwrap_with_keyring_secret(secret) if secret else None
            if key is None:
                raise KeyringSecretMissing(label=info.label)
            return key

        return self._open(info, unwrap)

    def _open(self, info: ProfileInfo, unwrap: Any, *, record: bool = True) -> OpenProfile:
        from ecan_desktop.vault.store import Vault

        lock = ProfileLock(info.directory / "lock", info.label)
        lock.acquire()
        key: bytearray | None = None
        try:
            keys = self._load_keys(info)
            key = unwrap(keys)
            assert key is not None
            vault = Vault.open(
                info.vault_file,
                key,
                label=info.label,
                backup_hint=info.backup_hint(),
                before_migration=lambda version: self._backup_before_migration(info, version),
            )
            try:
                opened_info = info
                if record:
                    vault.record(AuditEvent.UNLOCKED)
                    opened_info = replace(info, last_opened=utc_now())
                    self.write_info(opened_info)
            except BaseException:
                vault.close()
                raise
        except BaseException:
            if key is not None:
                _zero(key)
            lock.release()
            raise
        return OpenProfile(self, opened_info, keys, key, vault, lock)

    def _backup_before_migration(self, info: ProfileInfo, version: int) -> None:
        from ecan_desktop.vault.backup import write_backup_files

        backup_dir = info.directory / BACKUP_DIR
        with storage_errors(backup_dir):
            backup_dir.mkdir(exist_ok=True, mode=0o700)
        stamp = utc_now().replace(":", "").replace("-", "")
        write_backup_files(
            backup_dir / f"before-migration-v{version}-{stamp}.ecanbackup",
            info.keys_file,
            info.vault_file,
            schema_version=version,
        )


class OpenProfile:
    """An unlocked profile: its vault, its key (in memory until closed) and its process lock."""

    def __init__(
        self,
        store: ProfileStore,
        info: ProfileInfo,
        keys: KeyFile,
        key: bytearray,
        vault: Vault,
        lock: ProfileLock,
    ) -> None:
        self.store = store
        self.info = info
        self.keys = keys
        self._key = key
        self.vault = vault
        self._lock = lock

    def __enter__(self) -> OpenProfile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def _save_keys(self, keys: KeyFile) -> None:
        with storage_errors(self.info.keys_file):
            keys.save(self.info.keys_file)
        self.keys = keys

    def change_passphrase(
        self, new_passphrase: str, *, event: AuditEvent = AuditEvent.PASSPHRASE_CHANGED
    ) -> None:
        """Re-wrap the same database key under a new passphrase; the data is not re-encrypted."""
        check_passphrase(new_passphrase)
        self._save_keys(self.keys.with_passphrase(self._key, new_passphrase, self.store.kdf))
        self.vault.record(event)

    def set_remembered(self, on: bool) -> None:
        """Turn "remember on this computer" on (a keyring secret) or off (the secret is deleted)."""
        if on:
            secret = keyring_store.store_secret(self.info.id)
            self._save_keys(self.keys.with_keyring_secret(self._key, secret))
            self.vault.record(AuditEvent.REMEMBER_ON)
        else:
            self._save_keys(self.keys.without("keyring"))
            keyring_store.delete_secret(self.info.id)
            self.vault.record(AuditEvent.REMEMBER_OFF)

    @property
    def remembered(self) -> bool:
        return self.keys.has("keyring")

    def record_backup(self, path: Path) -> None:
        backups = (*[p for p in self.info.backups if p != str(path)], str(path))
        self.info = replace(self.info, backups=backups[-20:])
        self.store.write_info(self.info)

    def close(self) -> None:
        """Close the vault, drop the key from memory (as far as Python allows), release the lock."""
        if not self._lock.held:
            return
        try:
            self.vault.close()
        finally:
            _zero(self._key)
            self._lock.release()
