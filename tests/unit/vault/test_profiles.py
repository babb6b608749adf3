"""Profiles: create, list, rename, delete; unlock by passphrase, recovery code or keyring."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ecan_desktop.vault import keyring_store
from ecan_desktop.vault.errors import (
    InvalidLabel,
    KeyringLocked,
    KeyringSecretMissing,
    KeyringUnavailable,
    PassphraseTooShort,
    ProfileExists,
    ProfileInUse,
    ProfileNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from ecan_desktop.vault.keys import KeyFile
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.store import AuditEvent
from tests.conftest import MemoryKeyring

PASS = "correct horse battery"


def test_no_profiles_on_a_fresh_machine(store: ProfileStore) -> None:
    assert store.list() == []


def test_create_lists_the_label_only_and_keeps_the_patient_inside(store: ProfileStore) -> None:
    created = store.create(
        "  My   mother ", PASS, patient_name="Ioana Zamfir-Test", birth_date="1950-02-03"
    )
    (info,) = store.list()
    assert info.label == "My mother" and info.id == created.info.id
    assert info.last_opened is None
    files = sorted(p.name for p in info.directory.iterdir())
    assert files == ["keys.json", "profile.json", "vault.db"]
    outside = (info.directory / "profile.json").read_text() + info.keys_file.read_text()
    assert "Zamfir" not in outside and "1950-02-03" not in outside
    assert b"Zamfir" not in info.vault_file.read_bytes()
    with store.unlock("my mother", PASS) as opened:
        assert opened.vault.get_meta("patient_name") == "Ioana Zamfir-Test"
        assert opened.vault.get_meta("patient_birth_date") == "1950-02-03"
    assert store.find("My Mother").last_opened is not None
    assert oct(info.directory.stat().st_mode & 0o777) == "0o700"


@pytest.mark.parametrize("label", ["", "   ", "x" * 81])
def test_invalid_labels(store: ProfileStore, label: str) -> None:
    with pytest.raises(InvalidLabel):
        store.create(label, PASS)
    assert store.list() == []


def test_short_passphrase_is_refused(store: ProfileStore) -> None:
    with pytest.raises(PassphraseTooShort, match="8"):
        store.create("Mum", "short")
    assert store.list() == []


def test_labels_are_unique_ignoring_case(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    with pytest.raises(ProfileExists):
        store.create("MUM", PASS)
    store.create("Dad", PASS)
    with pytest.raises(ProfileExists):
        store.rename("Dad", "mum")
    assert store.unique_label("mum") == "mum (2)"


def test_rename_keeps_the_record(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    store.rename("Mum", "Mother")
    assert [p.label for p in store.list()] == ["Mother"]
    with pytest.raises(ProfileNotFound):
        store.find("Mum")
    with store.unlock("Mother", PASS) as opened:
        assert AuditEvent.CREATED in [e.event for e in opened.vault.audit_log()]


def test_delete_removes_every_file(store: ProfileStore) -> None:
    created = store.create("Mum", PASS)
    store.create("Dad", PASS)
    store.delete("Mum")
    assert [p.label for p in store.list()] == ["Dad"]
    assert not created.info.directory.exists()
    assert sorted(p.name for p in store.profiles_dir.iterdir()) == [store.find("Dad").id]


def test_delete_refuses_an_open_profile(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS), pytest.raises(ProfileInUse):
        store.delete("Mum")
    assert store.find("Mum")


def test_half_created_profiles_are_not_listed(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    (store.profiles_dir / ".staging-abc").mkdir()
    (store.profiles_dir / "broken").mkdir()
    (store.profiles_dir / "broken" / "profile.json").write_text("{not json")
    assert [p.label for p in store.list()] == ["Mum"]


def test_wrong_passphrase_leaves_the_profile_closed(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    with pytest.raises(WrongPassphrase) as caught:
        store.unlock("Mum", "correct horse batteryy")
    assert caught.value.exit_code == 3
    with store.unlock("Mum", PASS) as opened:  # the lock was released
        assert opened.is_open


def test_recovery_code_sets_a_new_passphrase(store: ProfileStore) -> None:
    created = store.create("Mum", PASS)
    with pytest.raises(WrongRecoveryCode):
        store.unlock_with_recovery_code("Mum", "00000-00000-00000-00000-00000", "new passphrase 1")
    with store.unlock_with_recovery_code(
        "Mum", created.recovery_code.lower(), "new passphrase 1"
    ) as opened:
        assert AuditEvent.RECOVERY_USED in [e.event for e in opened.vault.audit_log()]
    with pytest.raises(WrongPassphrase):
        store.unlock("Mum", PASS)
    with store.unlock("Mum", "new passphrase 1"):
        pass


def test_change_passphrase_does_not_reencrypt(store: ProfileStore) -> None:
    created = store.create("Mum", PASS)
    before = created.info.vault_file.read_bytes()[:4096]
    with store.unlock("Mum", PASS) as opened:
        with pytest.raises(PassphraseTooShort):
            opened.change_passphrase("short")
        opened.change_passphrase("another long passphrase")
    assert created.info.vault_file.read_bytes()[:4096] == before
    with store.unlock("Mum", "another long passphrase"):
        pass
    with store.unlock_with_recovery_code("Mum", created.recovery_code, "third passphrase!"):
        pass


def test_remember_on_this_computer(store: ProfileStore, memory_keyring: MemoryKeyring) -> None:
    created = store.create("Mum", PASS)
    assert not store.is_remembered("Mum")
    with store.unlock("Mum", PASS) as opened:
        opened.set_remembered(True)
    assert store.is_remembered("Mum")
    assert list(memory_keyring.secrets) == [("ecan-desktop", created.info.id)]
    assert memory_keyring.secrets[("ecan-desktop", created.info.id)] not in (
        created.info.keys_file.read_text()
    )
    with store.unlock_remembered("Mum") as opened:
        opened.set_remembered(False)
    assert memory_keyring.secrets == {}
    assert not KeyFile.load(created.info.keys_file, label="Mum", backup="").has("keyring")
    with pytest.raises(KeyringSecretMissing):
        store.unlock_remembered("Mum")


def test_keyring_secret_lost_outside_the_app(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as opened:
        opened.set_remembered(True)
    memory_keyring.secrets.clear()
    with pytest.raises(KeyringSecretMissing) as caught:
        store.unlock_remembered("Mum")
    assert "Type your passphrase" in str(caught.value)
    with store.unlock("Mum", PASS):
        pass


def test_keyring_locked_is_a_state_not_a_crash(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as opened:
        opened.set_remembered(True)
    memory_keyring.locked = True
    with pytest.raises(KeyringLocked, match="locked"):
        store.unlock_remembered("Mum")
    with store.unlock("Mum", PASS) as opened, pytest.raises(KeyringLocked):
        opened.set_remembered(True)
    memory_keyring.locked = False
    with store.unlock_remembered("Mum"):
        pass


def test_no_keyring_backend(store: ProfileStore) -> None:
    assert keyring_store.keyring_status() is keyring_store.KeyringStatus.NO_BACKEND
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as opened:
        with pytest.raises(KeyringUnavailable):
            opened.set_remembered(True)
        assert not opened.remembered
        opened.set_remembered(False)  # nothing to forget is fine
    assert not store.is_remembered("Mum")


def test_keyring_is_looked_up_at_each_use(
    store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    assert keyring_store.keyring_status() is keyring_store.KeyringStatus.AVAILABLE
    import keyring

    from tests.conftest import NoKeyring

    keyring.set_keyring(NoKeyring())
    assert keyring_store.keyring_status() is keyring_store.KeyringStatus.NO_BACKEND
    keyring.set_keyring(memory_keyring)
    assert keyring_store.keyring_status() is keyring_store.KeyringStatus.AVAILABLE


def test_second_open_is_told_the_profile_is_in_use(store: ProfileStore) -> None:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS):
        with pytest.raises(ProfileInUse) as caught:
            store.unlock("Mum", PASS)
        assert "Mum" in str(caught.value)
        assert str(__import__("os").getpid()) in str(caught.value)


def test_stale_lock_of_a_dead_process_is_taken_over(store: ProfileStore, tmp_path: Path) -> None:
    created = store.create("Mum", PASS)
    lock = created.info.directory / "lock"
    # A process that took the lock and died: the file stays, the OS lock is gone.
    script = (
        "import fcntl, os, sys\n"
        f"fd = os.open({str(lock)!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.write(fd, str(os.getpid()).encode())\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert lock.read_text().isdigit()
    with store.unlock("Mum", PASS) as opened:
        assert opened.is_open


def test_profile_json_holds_no_secrets(store: ProfileStore) -> None:
    created = store.create("Mum", PASS)
    data = json.loads((created.info.directory / "profile.json").read_text())
    assert set(data) == {"format", "id", "label", "created_at", "last_opened", "backups"}
    assert created.recovery_code not in json.dumps(data)
