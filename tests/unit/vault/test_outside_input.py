"""Property tests on the vault's outside input: key files and backup files may be anything.

Whatever the bytes, reading them raises only the documented errors and restores nothing.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecan_desktop.vault.backup import backup_profile, restore_backup
from ecan_desktop.vault.errors import (
    BackupInvalid,
    KeyFileDamaged,
    VaultNewer,
    WrongPassphrase,
)
from ecan_desktop.vault.keys import KeyFile, generate_recovery_code, new_database_key
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.store import NewSource
from tests.conftest import FAST_KDF

PASS = "correct horse battery"
KEYS_TEXT = KeyFile.create(
    "vault", new_database_key(), PASS, generate_recovery_code(), FAST_KDF
).to_json_text()


def mutate(text: bytes, data: st.DataObject) -> bytes:
    buffer = bytearray(text)
    for _ in range(data.draw(st.integers(1, 4))):
        if not buffer:
            break
        # Drawn independently of the length, so that saved examples replay on other bytes.
        position = data.draw(st.integers(0, 1 << 20)) % len(buffer)
        action = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            buffer[position] ^= data.draw(st.integers(1, 255))
        elif action == "delete":
            del buffer[position]
        else:
            buffer.insert(position, data.draw(st.integers(0, 255)))
    return bytes(buffer)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_mutated_key_file_is_damaged_or_still_valid(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "keys.json"
    path.write_bytes(mutate(KEYS_TEXT.encode(), data))
    try:
        keys = KeyFile.load(path, label="Mum", backup="none")
    except KeyFileDamaged:
        return
    # Only a change the checksum cannot see (e.g. whitespace) may load; it must still unlock.
    keys.unwrap_with_passphrase(PASS)


@pytest.fixture(scope="module")
def backup_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    store = ProfileStore(tmp_path_factory.mktemp("src") / "profiles", kdf=FAST_KDF)
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as opened:
        opened.vault.put_batch(
            NewSource(kind="file", origin="centre:a"),
            [{"resourceType": "Condition", "id": f"c{i}"} for i in range(5)],
        )
        path = backup_profile(opened, tmp_path_factory.mktemp("out") / "b.ecanbackup")
    return path.read_bytes()


DOCUMENTED = (BackupInvalid, WrongPassphrase, VaultNewer)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_mutated_backup_restores_whole_or_not_at_all(
    tmp_path_factory: pytest.TempPathFactory, backup_bytes: bytes, data: st.DataObject
) -> None:
    work = tmp_path_factory.mktemp("restore")
    path = work / "b.ecanbackup"
    member = data.draw(st.sampled_from(["whole", "manifest.json", "keys.json", "vault.db"]))
    if member == "whole":
        path.write_bytes(mutate(backup_bytes, data))
    else:
        with zipfile.ZipFile(io.BytesIO(backup_bytes)) as archive:
            members = {n: archive.read(n) for n in archive.namelist()}
        members[member] = mutate(members[member], data)
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in members.items():
                archive.writestr(name, content)
    store = ProfileStore(work / "profiles", kdf=FAST_KDF)
    try:
        info = restore_backup(store, path, passphrase=PASS)
    except DOCUMENTED:
        leftovers = list(store.profiles_dir.iterdir()) if store.profiles_dir.exists() else []
        assert leftovers == []
        return
    with store.unlock(info.id, PASS) as opened:
        assert opened.vault.counts() == {"Condition": 5}
        assert opened.vault.integrity_problems() == []


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_any_bytes_are_not_a_backup(tmp_path_factory: pytest.TempPathFactory, blob: bytes) -> None:
    work = tmp_path_factory.mktemp("junk")
    path = work / "junk.ecanbackup"
    path.write_bytes(blob)
    store = ProfileStore(work / "profiles", kdf=FAST_KDF)
    with pytest.raises(BackupInvalid):
        restore_backup(store, path, passphrase=PASS)
