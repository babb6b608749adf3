"""Backups restore on another computer with the passphrase or the recovery code; bad files are
refused and leave nothing behind; check finds damage."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ecan_desktop.vault.backup import backup_profile, check_profile, restore_backup
from ecan_desktop.vault.errors import BackupInvalid, WrongPassphrase, WrongRecoveryCode
from ecan_desktop.vault.profiles import CreatedProfile, ProfileStore
from ecan_desktop.vault.store import AuditEvent, NewSource
from tests.conftest import FAST_KDF, MemoryKeyring

PASS = "correct horse battery"
RESOURCES = [
    {"resourceType": "Condition", "id": f"c{i}", "onsetDateTime": f"2024-01-{i + 1:02d}"}
    for i in range(20)
]


@pytest.fixture
def filled(store: ProfileStore) -> CreatedProfile:
    created = store.create("Mum", PASS, patient_name="Synthetic Person")
    with store.unlock("Mum", PASS) as opened:
        opened.vault.put_batch(NewSource(kind="file", origin="centre:a"), RESOURCES)
    return created


@pytest.fixture
def elsewhere(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "other-computer" / "profiles", kdf=FAST_KDF)


def make_backup(store: ProfileStore, dest: Path) -> Path:
    with store.unlock("Mum", PASS) as opened:
        return backup_profile(opened, dest)


def profile_dirs(store: ProfileStore) -> list[str]:
    return (
        sorted(p.name for p in store.profiles_dir.iterdir()) if store.profiles_dir.exists() else []
    )


def test_backup_restores_on_another_computer_with_the_passphrase(
    store: ProfileStore, filled: CreatedProfile, elsewhere: ProfileStore, tmp_path: Path
) -> None:
    path = make_backup(store, tmp_path / "mum-2026")
    assert path.name == "mum-2026.ecanbackup"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert store.find("Mum").newest_backup() == path.absolute()
    info = restore_backup(elsewhere, path, passphrase=PASS)
    assert info.label == "Mum"
    with elsewhere.unlock("Mum", PASS) as opened:
        assert opened.vault.counts() == {"Condition": 20}
        assert opened.vault.get_meta("patient_name") == "Synthetic Person"
        events = [e.event for e in opened.vault.audit_log()]
        assert events[-2:] == [AuditEvent.RESTORED, AuditEvent.UNLOCKED]
    with store.unlock("Mum", PASS) as original:
        assert AuditEvent.BACKED_UP in [e.event for e in original.vault.audit_log()]


def test_restore_with_the_recovery_code_sets_a_new_passphrase(
    store: ProfileStore, filled: CreatedProfile, elsewhere: ProfileStore, tmp_path: Path
) -> None:
    path = make_backup(store, tmp_path / "b.ecanbackup")
    with pytest.raises(WrongRecoveryCode):
        restore_backup(
            elsewhere,
            path,
            recovery_code="00000-00000-00000-00000-00000",
            new_passphrase="new passphrase!",
        )
    restore_backup(
        elsewhere, path, recovery_code=filled.recovery_code, new_passphrase="new passphrase!"
    )
    with elsewhere.unlock("Mum", "new passphrase!") as opened:
        assert opened.vault.counts() == {"Condition": 20}


def test_restoring_beside_the_original_gets_a_new_label(
    store: ProfileStore, filled: CreatedProfile, tmp_path: Path
) -> None:
    path = make_backup(store, tmp_path / "b.ecanbackup")
    info = restore_backup(store, path, passphrase=PASS)
    assert info.label == "Mum (2)"
    assert sorted(p.label for p in store.list()) == ["Mum", "Mum (2)"]


def test_backup_carries_no_keyring_wrap(
    store: ProfileStore, filled: CreatedProfile, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with store.unlock("Mum", PASS) as opened:
        opened.set_remembered(True)
        path = backup_profile(opened, tmp_path / "b.ecanbackup")
    with zipfile.ZipFile(path) as archive:
        kinds = [w["kind"] for w in json.loads(archive.read("keys.json"))["wraps"]]
        assert sorted(kinds) == ["passphrase", "recovery"]
        assert b"Synthetic Person" not in archive.read("vault.db")


def test_wrong_passphrase_restores_nothing(
    store: ProfileStore, filled: CreatedProfile, elsewhere: ProfileStore, tmp_path: Path
) -> None:
    path = make_backup(store, tmp_path / "b.ecanbackup")
    with pytest.raises(WrongPassphrase):
        restore_backup(elsewhere, path, passphrase="not the passphrase")
    assert profile_dirs(elsewhere) == []


def _rewrite(path: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = data
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


@pytest.mark.parametrize(
    "damage",
    ["not-a-zip", "truncated", "missing-vault", "vault-flipped", "keys-edited", "manifest-junk"],
)
def test_damaged_backup_is_refused_and_leaves_nothing(
    store: ProfileStore,
    filled: CreatedProfile,
    elsewhere: ProfileStore,
    tmp_path: Path,
    damage: str,
) -> None:
    path = make_backup(store, tmp_path / "b.ecanbackup")
    data = path.read_bytes()
    if damage == "not-a-zip":
        path.write_bytes(b"%PDF-1.7 definitely not a backup")
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "missing-vault":
        with zipfile.ZipFile(path) as archive:
            keep = {n: archive.read(n) for n in archive.namelist() if n != "vault.db"}
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in keep.items():
                archive.writestr(name, content)
    elif damage == "vault-flipped":
        with zipfile.ZipFile(path) as archive:
            vault = bytearray(archive.read("vault.db"))
        vault[len(vault) // 2] ^= 0xFF
        _rewrite(path, "vault.db", bytes(vault))
    elif damage == "keys-edited":
        with zipfile.ZipFile(path) as archive:
            keys = archive.read("keys.json").replace(b'"ciphertext": "', b'"ciphertext": "QQ', 1)
        _rewrite(path, "keys.json", keys)
    elif damage == "manifest-junk":
        _rewrite(path, "manifest.json", b"\xff\xfe junk")
    with pytest.raises(BackupInvalid) as caught:
        restore_backup(elsewhere, path, passphrase=PASS)
    assert str(path) in str(caught.value) and "Nothing has been restored" in str(caught.value)
    assert profile_dirs(elsewhere) == []


def test_missing_backup_file(elsewhere: ProfileStore, tmp_path: Path) -> None:
    with pytest.raises(BackupInvalid, match="no such file"):
        restore_backup(elsewhere, tmp_path / "nope.ecanbackup", passphrase=PASS)


def test_check_reports_an_intact_vault(store: ProfileStore, filled: CreatedProfile) -> None:
    with store.unlock("Mum", PASS) as opened:
        report = check_profile(opened)
    assert report.ok and report.problems == () and report.label == "Mum"
