"""Schema versions: every released fixture vault opens with the current code; migrations run in
one transaction after an encrypted backup; a newer vault is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from ecan_desktop.vault import connection, schema
from ecan_desktop.vault.backup import restore_backup
from ecan_desktop.vault.errors import VaultNewer
from ecan_desktop.vault.keys import KeyFile
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import FAST_KDF, FIXTURES

FIXTURE_VAULTS = sorted(p for p in (FIXTURES / "vaults").glob("v*") if p.is_dir())


def install_fixture(fixture: Path, profiles_dir: Path) -> dict[str, Any]:
    profiles_dir.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = json.loads((fixture / "fixture.json").read_text())
    profile_id = json.loads((fixture / "profile.json").read_text())["id"]
    shutil.copytree(
        fixture, profiles_dir / profile_id, ignore=shutil.ignore_patterns("fixture.json")
    )
    return meta


def test_there_is_a_fixture_for_every_released_schema_version() -> None:
    versions = [int(p.name[1:]) for p in FIXTURE_VAULTS]
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURE_VAULTS, ids=lambda p: p.name)
def test_every_released_vault_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    profiles = ProfileStore(tmp_path / "profiles", kdf=FAST_KDF)
    meta = install_fixture(fixture, profiles.profiles_dir)
    with profiles.unlock(meta["label"], meta["passphrase"]) as opened:
        assert opened.vault.schema_version == schema.SCHEMA_VERSION
        assert opened.vault.counts() == meta["counts"]
        assert len(opened.vault.sources()) == meta["sources"]
        assert opened.vault.get_meta("patient_name") == meta["patient_name"]
        for ref, versions in meta["history"].items():
            resource_type, fhir_id = ref.split("/")
            (stored,) = opened.vault.get(resource_type, fhir_id)
            assert len(opened.vault.history(stored.row_id)) == versions
        for alias, ref in meta.get("aliases", {}).items():
            found = opened.vault.resolve(alias)
            assert found is not None and f"{found.resource_type}/{found.fhir_id}" == ref
        assert opened.vault.resolve("Condition/cond-1") is not None
        assert opened.vault.integrity_problems() == []
    migrated = meta["schema_version"] < schema.SCHEMA_VERSION
    backups = list((profiles.find(meta["label"]).directory / "backups").glob("*.ecanbackup"))
    assert len(backups) == (1 if migrated else 0)
    with profiles.unlock_with_recovery_code(
        meta["label"], meta["recovery_code"], "a brand new passphrase"
    ):
        pass


def _add_version(monkeypatch: pytest.MonkeyPatch, migration: Any) -> None:
    migrations = (*schema.MIGRATIONS, migration)
    monkeypatch.setattr(connection, "MIGRATIONS", migrations)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", len(migrations))


def _add_notes_table(conn: Any) -> None:
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")


def test_a_migration_first_backs_up_then_upgrades(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store.create("Mum", "correct horse battery")
    _add_version(monkeypatch, _add_notes_table)
    with store.unlock("Mum", "correct horse battery") as opened:
        assert opened.vault.schema_version == schema.SCHEMA_VERSION + 1
        events = [e.event.value for e in opened.vault.audit_log()]
        assert "migrated" in events
    (backup,) = (store.find("Mum").directory / "backups").glob("*.ecanbackup")
    assert f"before-migration-v{schema.SCHEMA_VERSION}" in backup.name
    # The backup holds the vault as it was before the migration: the released code opens it.
    _released_schema(monkeypatch)
    other = ProfileStore(tmp_path / "elsewhere", kdf=FAST_KDF)
    restored = restore_backup(other, backup, passphrase="correct horse battery", label="Old")
    with other.unlock(restored.id, "correct horse battery") as opened:
        assert opened.vault.schema_version == schema.SCHEMA_VERSION
        assert "notes" not in _tables(opened.vault)


def _released_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", schema.SCHEMA_VERSION)


def _tables(vault: Any) -> list[str]:
    return [r[0] for r in vault._conn.execute("SELECT name FROM sqlite_master")]


def test_a_failing_migration_changes_nothing(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = store.create("Mum", "correct horse battery")

    def half_then_fail(conn: Any) -> None:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    _add_version(monkeypatch, half_then_fail)
    with pytest.raises(Exception):  # noqa: B017 (the exact error is the migration's own)
        store.unlock("Mum", "correct horse battery")
    _released_schema(monkeypatch)
    with store.unlock("Mum", "correct horse battery") as opened:
        assert opened.vault.schema_version == schema.SCHEMA_VERSION
        assert "notes" not in _tables(opened.vault)
    assert created.info.directory.exists()


def test_a_newer_vault_is_refused_with_a_clear_message(store: ProfileStore) -> None:
    created = store.create("Mum", "correct horse battery")
    key = KeyFile.load(created.info.keys_file, label="Mum", backup="").unwrap_with_passphrase(
        "correct horse battery"
    )
    conn = sqlcipher3.connect(str(created.info.vault_file))
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = created.info.vault_file.read_bytes()
    with pytest.raises(VaultNewer) as caught:
        store.unlock("Mum", "correct horse battery")
    assert "Update ecan-desktop" in str(caught.value) and "99" in str(caught.value)
    assert caught.value.exit_code == 5
    assert created.info.vault_file.read_bytes() == before
