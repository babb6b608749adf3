"""The vault's keys: one random database key, stored only wrapped in ``keys.json``.

The 256-bit database key is given to SQLCipher as a raw key. It is wrapped (AES-256-GCM) under
- a key derived from the passphrase (Argon2id, parameters recorded beside the wrap),
- a key derived from the recovery code shown once at creation (same KDF),
- optionally a random secret kept in the OS keyring ("remember on this computer").
A wrong passphrase fails the GCM tag, so it is told apart from a damaged database before SQLCipher
is touched. Changing the passphrase re-wraps the same key; the database is never re-encrypted.
``keys.json`` carries a checksum so that an edited or truncated file is reported as damaged rather
than as a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ecan_desktop.atomicfile import atomic_write_text
from ecan_desktop.vault.errors import (
    KeyFileDamaged,
    RecoveryCodeMalformed,
    WrongPassphrase,
    WrongRecoveryCode,
)
from ecan_desktop.vault.kdf_params import DEFAULT_KDF, KdfParams

KEY_BYTES = 32
KEYFILE_FORMAT = 1
WrapKind = Literal["passphrase", "recovery", "keyring"]

# Crockford's base32: no I, L, O, U, so a code read aloud or retyped is hard to get wrong.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 25  # 25 symbols x 5 bits = 125 bits
RECOVERY_GROUP = 5
_RECOVERY_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def passphrase_bytes(passphrase: str) -> bytes:
    # NFC: "ș" typed on two keyboards (precomposed, or with a combining comma) is one passphrase.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def generate_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(symbols)


def format_recovery_code(symbols: str) -> str:
    groups = [symbols[i : i + RECOVERY_GROUP] for i in range(0, len(symbols), RECOVERY_GROUP)]
    return "-".join(groups)


def normalize_recovery_code(text: str) -> str:
    """The canonical grouped form of a typed code; raises RecoveryCodeMalformed."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = cleaned.translate(_RECOVERY_LOOKALIKES)
    if len(cleaned) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise RecoveryCodeMalformed()
    return format_recovery_code(cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Wrap:
    kind: WrapKind
    nonce: bytes
    ciphertext: bytes
    salt: bytes | None = None
    kdf: KdfParams | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": self.kdf.to_json() if self.kdf else None,
            "salt": _b64(self.salt) if self.salt is not None else None,
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Wrap:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery", "keyring"):
            raise ValueError(f"unknown wrap {kind!r}")
        kdf = KdfParams.from_json(data["kdf"]) if data.get("kdf") else None
        salt = _unb64(data["salt"]) if data.get("salt") else None
        if kind != "keyring" and (kdf is None or salt is None):
            raise ValueError(f"wrap {kind!r} lacks its key derivation")
        return cls(kind, _unb64(data["nonce"]), _unb64(data["ciphertext"]), salt, kdf)


def _aad(vault_id: str, kind: str) -> bytes:
    return f"ecan-desktop keys v{KEYFILE_FORMAT}|{vault_id}|{kind}".encode()


def _seal(vault_id: str, kind: WrapKind, wrapping_key: bytes, db_key: bytes, **extra: Any) -> Wrap:
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, bytes(db_key), _aad(vault_id, kind))
    return Wrap(kind, nonce, ciphertext, **extra)


def _open(vault_id: str, wrap: Wrap, wrapping_key: bytes) -> bytearray:
    plain = AESGCM(wrapping_key).decrypt(wrap.nonce, wrap.ciphertext, _aad(vault_id, wrap.kind))
    return bytearray(plain)


@dataclass(frozen=True)
class KeyFile:
    """The parsed ``keys.json`` of one vault."""

    vault_id: str
    wraps: tuple[Wrap, ...]

    # -- creation and re-wrapping -------------------------------------------------------------
    @classmethod
    def create(
        cls,
        vault_id: str,
        db_key: bytes | bytearray,
        passphrase: str,
        recovery_code: str,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> KeyFile:
        empty = cls(vault_id, ())
        with_pass = empty.with_passphrase(db_key, passphrase, kdf)
        return with_pass.with_recovery_code(db_key, recovery_code, kdf)

    def _replace_wrap(self, wrap: Wrap) -> KeyFile:
        kept = tuple(w for w in self.wraps if w.kind != wrap.kind)
        return replace(self, wraps=(*kept, wrap))

    def _derived_wrap(
        self, kind: WrapKind, secret: bytes, db_key: bytes | bytearray, kdf: KdfParams
    ) -> KeyFile:
        salt = secrets.token_bytes(16)
        wrapping_key = derive_key(secret, salt, kdf)
        return self._replace_wrap(
            _seal(self.vault_id, kind, wrapping_key, bytes(db_key), salt=salt, kdf=kdf)
        )

    def with_passphrase(
        self, db_key: bytes | bytearray, passphrase: str, kdf: KdfParams = DEFAULT_KDF
    ) -> KeyFile:
        return self._derived_wrap("passphrase", passphrase_bytes(passphrase), db_key, kdf)

    def with_recovery_code(
        self, db_key: bytes | bytearray, recovery_code: str, kdf: KdfParams = DEFAULT_KDF
    ) -> KeyFile:
        canonical = normalize_recovery_code(recovery_code)
        return self._derived_wrap("recovery", canonical.encode("ascii"), db_key, kdf)

    def with_keyring_secret(self, db_key: bytes | bytearray, secret: bytes) -> KeyFile:
        return self._replace_wrap(_seal(self.vault_id, "keyring", secret, bytes(db_key)))

    def without(self, kind: WrapKind) -> KeyFile:
        return replace(self, wraps=tuple(w for w in self.wraps if w.kind != kind))

    def has(self, kind: WrapKind) -> bool:
        return any(w.kind == kind for w in self.wraps)

    def _wrap(self, kind: WrapKind) -> Wrap:
        for wrap in self.wraps:
            if wrap.kind == kind:
                return wrap
        raise KeyError(kind)

    # -- unwrapping ---------------------------------------------------------------------------
    def _unwrap_derived(self, kind: WrapKind, secret: bytes) -> bytearray | None:
        wrap = self._wrap(kind)
        assert wrap.salt is not None and wrap.kdf is not None  # checked in Wrap.from_json
        wrapping_key = derive_key(secret, wrap.salt, wrap.kdf)
        try:
            return _open(self.vault_id, wrap, wrapping_key)
        except InvalidTag:
            return None

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        key = self._unwrap_derived("passphrase", passphrase_bytes(passphrase))
        if key is None:
            raise WrongPassphrase()
        return key

    def unwrap_with_recovery_code(self, recovery_code: str) -> bytearray:
        canonical = normalize_recovery_code(recovery_code)
        key = self._unwrap_derived("recovery", canonical.encode("ascii"))
        if key is None:
            raise WrongRecoveryCode()
        return key

    def unwrap_with_keyring_secret(self, secret: bytes) -> bytearray | None:
        """The key, or None when the keyring's secret no longer fits (then forget it)."""
        if not self.has("keyring"):
            return None
        try:
            return _open(self.vault_id, self._wrap("keyring"), secret)
        except (InvalidTag, ValueError):
            return None

    # -- the file -----------------------------------------------------------------------------
    def _body(self) -> dict[str, Any]:
        return {
            "format": KEYFILE_FORMAT,
            "vault_id": self.vault_id,
            "wraps": [w.to_json() for w in self.wraps],
        }

    def to_json_text(self) -> str:
        body = self._body()
        body["checksum"] = _checksum(body)
        return json.dumps(body, indent=2) + "\n"

    def save(self, path: Path) -> None:
        atomic_write_text(path, self.to_json_text())

    @classmethod
    def from_json_text(cls, text: str) -> KeyFile:
        """Parse ``keys.json``; ValueError (with a short reason) for anything but a valid file."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError("not valid JSON") from exc
        if not isinstance(data, dict):
            raise ValueError("not a key file")
        if data.get("format") != KEYFILE_FORMAT:
            raise ValueError(f"unknown key file format {data.get('format')!r}")
        checksum = data.pop("checksum", None)
        if checksum != _checksum(data):
            raise ValueError("checksum does not match")
        try:
            wraps = tuple(Wrap.from_json(w) for w in data["wraps"])
            vault_id = str(data["vault_id"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed wrap: {exc}") from exc
        kinds = [w.kind for w in wraps]
        if "passphrase" not in kinds or len(set(kinds)) != len(kinds):
            raise ValueError("the passphrase wrap is missing or repeated")
        return cls(vault_id, wraps)

    @classmethod
    def load(cls, path: Path, *, label: str, backup: object) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise KeyFileDamaged(label=label, detail="keys.json is missing", backup=backup) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileDamaged(label=label, detail=type(exc).__name__, backup=backup) from exc
        try:
            return cls.from_json_text(text)
        except ValueError as exc:
            raise KeyFileDamaged(label=label, detail=str(exc), backup=backup) from exc


def _checksum(body: Mapping[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))
