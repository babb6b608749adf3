"""Backups: one file that restores a profile on another computer with its passphrase or
recovery code.

A backup is a ZIP (stored, not compressed: the content is encrypted) of
- ``manifest.json``: format, app version, schema version, creation time, SHA-256 of each member;
- ``keys.json``: the wrapped keys, without the keyring wrap (it would not fit another computer);
- ``vault.db``: the SQLCipher database, after a WAL checkpoint, so it holds everything.
Nothing in it is readable without the passphrase or the recovery code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecan_desktop import __version__
from ecan_desktop.atomicfile import atomic_writer
from ecan_desktop.vault.errors import BackupInvalid, VaultError, VaultNewer
from ecan_desktop.vault.keys import KeyFile
from ecan_desktop.vault.profiles import (
    KEYS_FILE,
    VAULT_FILE,
    OpenProfile,
    ProfileInfo,
    ProfileStore,
    check_passphrase,
    storage_errors,
)
from ecan_desktop.vault.schema import SCHEMA_VERSION
from ecan_desktop.vault.store import AuditEvent, Vault, utc_now

BACKUP_FORMAT = 1
BACKUP_SUFFIX = ".ecanbackup"
MANIFEST = "manifest.json"
MAX_BACKUP_MEMBER = 4 << 30  # 4 GiB: far above any real record, below a zip bomb's claims


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup_files(
    dest: Path, keys_file: Path, vault_file: Path, *, schema_version: int
) -> Path:
    """Write a backup of a profile's files (the vault checkpointed, no write under way)."""
    keys = KeyFile.from_json_text(keys_file.read_text(encoding="utf-8")).without("keyring")
    keys_text = keys.to_json_text().encode("utf-8")
    manifest = {
        "format": BACKUP_FORMAT,
        "app": "ecan-desktop",
        "app_version": __version__,
        "schema_version": schema_version,
        "created_at": utc_now(),
        "sha256": {
            KEYS_FILE: hashlib.sha256(keys_text).hexdigest(),
            VAULT_FILE: _sha256_file(vault_file),
        },
    }
    with (
        storage_errors(dest),
        atomic_writer(dest) as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive,
    ):
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        archive.writestr(KEYS_FILE, keys_text)
        archive.write(vault_file, VAULT_FILE)
    return dest


def backup_profile(opened: OpenProfile, dest: Path) -> Path:
    """Back up an open profile to *dest* (a file the user chose), and remember where it is."""
    if dest.suffix != BACKUP_SUFFIX:
        dest = dest.with_name(dest.name + BACKUP_SUFFIX)
    opened.vault.checkpoint()
    write_backup_files(
        dest,
        opened.info.keys_file,
        opened.info.vault_file,
        schema_version=opened.vault.schema_version,
    )
    opened.vault.record(AuditEvent.BACKED_UP)
    opened.record_backup(dest.absolute())
    return dest


@contextlib.contextmanager
def _unreadable_as_invalid(path: Path) -> Iterator[None]:
    """A damaged archive fails in many ways (bad headers, CRC, truncation): one message for all.

    Writing the restored files is wrapped in ``storage_errors`` inside, so an OSError that gets
    here came from reading the archive (a seek to an offset its damaged header names).
    """
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise BackupInvalid(path=str(path), detail="the file is damaged") from exc
    except (ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise BackupInvalid(path=str(path), detail="the file is damaged") from exc


@dataclass(frozen=True)
class _Archive:
    manifest: dict[str, Any]
    keys: KeyFile


def _read_archive(path: Path, archive: zipfile.ZipFile) -> _Archive:
    def invalid(detail: str) -> BackupInvalid:
        return BackupInvalid(path=str(path), detail=detail)

    names = set(archive.namelist())
    if not {MANIFEST, KEYS_FILE, VAULT_FILE} <= names:
        raise invalid("files are missing")
    for member in archive.infolist():
        if member.file_size > MAX_BACKUP_MEMBER:
            raise invalid("a part is too large")
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except ValueError as exc:
        raise invalid("the manifest is unreadable") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise invalid("unknown backup format")
    found = int(manifest.get("schema_version", 0))
    if found > SCHEMA_VERSION:
        raise VaultNewer(label=path.name, found=found, supported=SCHEMA_VERSION)
    keys_bytes = archive.read(KEYS_FILE)
    expected = manifest.get("sha256", {})
    if hashlib.sha256(keys_bytes).hexdigest() != expected.get(KEYS_FILE):
        raise invalid("the key file does not match its checksum")
    try:
        keys = KeyFile.from_json_text(keys_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise invalid(str(exc)) from exc
    return _Archive(manifest, keys)


def restore_backup(
    store: ProfileStore,
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    new_passphrase: str | None = None,
    label: str | None = None,
) -> ProfileInfo:
    """Create a new profile from a backup and verify it; nothing is left behind when it fails.

    Give the backup's *passphrase*, or its *recovery_code* together with a *new_passphrase*.
    """
    if recovery_code is not None:
        if new_passphrase is None:
            raise ValueError("a new passphrase is needed with the recovery code")
        check_passphrase(new_passphrase)
    try:
        archive_file = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BackupInvalid(path=str(path), detail="no such file") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupInvalid(path=str(path), detail="not a backup file") from exc
    with archive_file, _unreadable_as_invalid(path):
        archive = _read_archive(path, archive_file)
        if recovery_code is not None:
            key = archive.keys.unwrap_with_recovery_code(recovery_code)
        else:
            key = archive.keys.unwrap_with_passphrase(passphrase or "")
        staging = store.new_directory(staging=True)
        try:
            with storage_errors(staging):
                with archive_file.open(VAULT_FILE) as src, (staging / VAULT_FILE).open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                (staging / VAULT_FILE).chmod(0o600)
            if _sha256_file(staging / VAULT_FILE) != archive.manifest["sha256"].get(VAULT_FILE):
                raise BackupInvalid(path=str(path), detail="the record does not match its checksum")
            keys = archive.keys
            if recovery_code is not None and new_passphrase is not None:
                keys = keys.with_passphrase(key, new_passphrase, store.kdf)
            with storage_errors(staging):
                keys.save(staging / KEYS_FILE)
            info = _verify_and_register(store, path, staging, key, label)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            for i in range(len(key)):
                key[i] = 0
    return info


def _verify_and_register(
    store: ProfileStore, path: Path, staging: Path, key: bytearray, label: str | None
) -> ProfileInfo:
    try:
        vault = Vault.open(staging / VAULT_FILE, key, label=path.name)
    except VaultNewer:
        raise
    except VaultError as exc:
        raise BackupInvalid(path=str(path), detail="the record inside cannot be read") from exc
    try:
        problems = vault.integrity_problems()
        if problems:
            raise BackupInvalid(path=str(path), detail=problems[0])
        chosen = store.unique_label(label or vault.get_meta("label") or path.stem)
        vault.set_meta({"label": chosen})
        vault.record(AuditEvent.RESTORED)
    finally:
        vault.close()
    profile_id = staging.name.removeprefix(".staging-")
    now = utc_now()
    info = ProfileInfo(profile_id, chosen, staging, now, None)
    store.write_info(info)
    final = store.profiles_dir / profile_id
    with storage_errors(final):
        staging.rename(final)
    return ProfileInfo(profile_id, chosen, final, now, None)


@dataclass(frozen=True)
class CheckReport:
    label: str
    problems: tuple[str, ...]
    newest_backup: Path | None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_profile(opened: OpenProfile) -> CheckReport:
    """Run SQLCipher's and SQLite's integrity checks on an open profile.

    The check is recorded only when the vault is intact: nothing is written into a damaged one
    (open it with ``ProfileStore.unlock(..., record=False)``).
    """
    problems = tuple(opened.vault.integrity_problems())
    if not problems:
        opened.vault.record(AuditEvent.CHECKED, {"problems": 0})
    return CheckReport(opened.info.label, problems, opened.info.newest_backup())
