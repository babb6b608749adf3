"""The key scheme: wrapped database key, passphrase, recovery code, key file integrity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecan_desktop.vault.errors import (
    KeyFileDamaged,
    RecoveryCodeMalformed,
    WrongPassphrase,
    WrongRecoveryCode,
)
from ecan_desktop.vault.keys import (
    RECOVERY_ALPHABET,
    KeyFile,
    _checksum,
    generate_recovery_code,
    new_database_key,
    normalize_recovery_code,
)
from tests.conftest import FAST_KDF


def make_keyfile() -> tuple[KeyFile, bytearray, str]:
    key = new_database_key()
    code = generate_recovery_code()
    return KeyFile.create("vault-1", key, "correct horse battery", code, FAST_KDF), key, code


def test_recovery_code_has_125_bits_in_five_typable_groups() -> None:
    code = generate_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [5, 5, 5, 5, 5]
    assert all(ch in RECOVERY_ALPHABET for ch in "".join(groups))
    assert len(RECOVERY_ALPHABET) ** 25 >= 2**120
    assert len({generate_recovery_code() for _ in range(50)}) == 50


def test_recovery_code_forgives_case_spaces_and_lookalike_letters() -> None:
    assert (
        normalize_recovery_code("abcde fghjk-mnpqr stvwx yz0o1") == "ABCDE-FGHJK-MNPQR-STVWX-YZ001"
    )
    assert normalize_recovery_code("ILLIO-00000-00000-00000-00000") == (
        "11110-00000-00000-00000-00000"
    )


@pytest.mark.parametrize("typed", ["", "ABCDE", "ABCDE-FGHJK-MNPQR-STVWX-YZ23", "ÄBCDE-" * 5])
def test_malformed_recovery_code_is_told_apart_from_a_wrong_one(typed: str) -> None:
    with pytest.raises(RecoveryCodeMalformed):
        normalize_recovery_code(typed)


@given(st.text(max_size=60))
def test_normalizing_any_text_gives_a_code_or_the_documented_error(text: str) -> None:
    try:
        code = normalize_recovery_code(text)
    except RecoveryCodeMalformed:
        return
    assert normalize_recovery_code(code) == code


def test_passphrase_and_recovery_code_unwrap_the_same_key() -> None:
    keys, key, code = make_keyfile()
    assert keys.unwrap_with_passphrase("correct horse battery") == key
    assert keys.unwrap_with_recovery_code(code.lower().replace("-", " ")) == key


def test_wrong_passphrase_and_wrong_recovery_code() -> None:
    keys, _, code = make_keyfile()
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase("correct horse batterY")
    other = generate_recovery_code()
    assert other != code
    with pytest.raises(WrongRecoveryCode):
        keys.unwrap_with_recovery_code(other)


def test_passphrase_is_unicode_normalised() -> None:
    key = new_database_key()
    precomposed = "Brașov și Timișoara"  # U+0219
    keys = KeyFile.create("v", key, precomposed, generate_recovery_code(), FAST_KDF)
    decomposed = "Brașov și Timișoara".replace("ș", "s\u0326")
    assert decomposed != precomposed
    assert keys.unwrap_with_passphrase(decomposed) == key


def test_changing_the_passphrase_rewraps_the_same_key() -> None:
    keys, key, code = make_keyfile()
    changed = keys.with_passphrase(key, "a new long passphrase", FAST_KDF)
    assert changed.unwrap_with_passphrase("a new long passphrase") == key
    with pytest.raises(WrongPassphrase):
        changed.unwrap_with_passphrase("correct horse battery")
    assert changed.unwrap_with_recovery_code(code) == key


def test_a_wrap_cannot_be_moved_to_another_vault() -> None:
    keys, _, _ = make_keyfile()
    moved = KeyFile("another-vault", keys.wraps)
    with pytest.raises(WrongPassphrase):
        moved.unwrap_with_passphrase("correct horse battery")


def test_key_file_records_kdf_parameters_and_holds_no_key_in_clear(tmp_path: Path) -> None:
    keys, key, code = make_keyfile()
    path = tmp_path / "keys.json"
    keys.save(path)
    text = path.read_text()
    data = json.loads(text)
    wrap = next(w for w in data["wraps"] if w["kind"] == "passphrase")
    assert wrap["kdf"] == {"name": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}
    assert key.hex() not in text and code not in text
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    loaded = KeyFile.load(path, label="x", backup="none")
    assert loaded.unwrap_with_passphrase("correct horse battery") == key


def test_keyring_wrap_and_its_removal() -> None:
    keys, key, _ = make_keyfile()
    secret = bytes(range(32))
    remembered = keys.with_keyring_secret(key, secret)
    assert remembered.has("keyring")
    assert remembered.unwrap_with_keyring_secret(secret) == key
    assert remembered.unwrap_with_keyring_secret(bytes(32)) is None
    assert not remembered.without("keyring").has("keyring")


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda t: t.replace('"ciphertext": "', '"ciphertext": "A', 1), "checksum"),
        (lambda t: t[: len(t) // 2], "JSON"),
        (lambda t: "", "JSON"),
        (lambda t: "[]", "not a key file"),
        (lambda t: t.replace('"format": 1', '"format": 9'), "format"),
    ],
)
def test_edited_key_file_is_damage_not_a_wrong_passphrase(
    tmp_path: Path, edit: object, reason: str
) -> None:
    keys, _, _ = make_keyfile()
    path = tmp_path / "keys.json"
    keys.save(path)
    path.write_text(edit(path.read_text()))  # type: ignore[operator]
    with pytest.raises(KeyFileDamaged) as caught:
        KeyFile.load(path, label="Mum", backup="/backups/mum.ecanbackup")
    assert reason in str(caught.value)
    assert "/backups/mum.ecanbackup" in str(caught.value)
    assert caught.value.exit_code == 5


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileDamaged, match="missing"):
        KeyFile.load(tmp_path / "keys.json", label="Mum", backup="none")


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "memory_kib": 1 << 40, "iterations": 1, "lanes": 1},
        {"name": "argon2id", "memory_kib": 1024, "iterations": 10**9, "lanes": 1},
        {"name": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 0},
        {"name": "scrypt", "n": 2},
    ],
)
def test_key_file_with_absurd_kdf_parameters_is_damaged(tmp_path: Path, kdf: object) -> None:
    """Even with a recomputed checksum, an edited key file cannot make unlocking hang."""
    keys, _, _ = make_keyfile()
    data = json.loads(keys.to_json_text())
    data.pop("checksum")
    data["wraps"][0]["kdf"] = kdf
    data["checksum"] = _checksum(data)
    path = tmp_path / "keys.json"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path, label="Mum", backup="none")
