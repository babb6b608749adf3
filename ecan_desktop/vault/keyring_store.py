""" "Remember on this computer": a random secret in the OS keyring that wraps the database key.

The keyring is asked at every use and never cached, so a keyring that is locked, unlocked or
installed while the app runs is seen as it is now (Vorta's mistake was caching it at start-up).
"No backend" and "locked" are states the UI shows, never crashes.
"""

from __future__ import annotations

import base64
import binascii
import enum

# ``keyring`` is imported inside the functions: loading it (its backends, entry points and
# urllib/email/ssl behind jaraco) costs 40-70 ms, and the start screen does not need it.
from ecan_desktop.vault.errors import KeyringLocked, KeyringUnavailable

SERVICE = "ecan-desktop"
SECRET_BYTES = 32


class KeyringStatus(enum.Enum):
    AVAILABLE = "available"
    NO_BACKEND = "no_backend"


def keyring_status() -> KeyringStatus:
    """Whether a usable keyring backend exists right now (locked still counts as available)."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend plugin must not break the app
        return KeyringStatus.NO_BACKEND
    priority = getattr(backend, "priority", 0)
    if priority is None or float(priority) <= 0:
        return KeyringStatus.NO_BACKEND
    return KeyringStatus.AVAILABLE


def _translate(exc: Exception) -> Exception:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringLocked()
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(detail="no backend")
    return KeyringUnavailable(detail=type(exc).__name__)


def store_secret(profile_id: str) -> bytes:
    """Create a new secret for *profile_id*, keep it in the keyring and return it."""
    # secrets is imported here too: it loads OpenSSL (~3 ms), which the start screen does not
    # need.
    import secrets

    import keyring
    import keyring.errors

    secret = secrets.token_bytes(SECRET_BYTES)
    if keyring_status() is not KeyringStatus.AVAILABLE:
        raise KeyringUnavailable(detail="no backend")
    try:
        keyring.set_password(SERVICE, profile_id, base64.b64encode(secret).decode("ascii"))
    except Exception as exc:  # every backend raises its own types
        raise _translate(exc) from exc
    return secret


def load_secret(profile_id: str) -> bytes | None:
    """The remembered secret, or None when nothing is remembered; raises when the keyring fails."""
    import keyring
    import keyring.errors

    if keyring_status() is not KeyringStatus.AVAILABLE:
        raise KeyringUnavailable(detail="no backend")
    try:
        value = keyring.get_password(SERVICE, profile_id)
    except Exception as exc:
        raise _translate(exc) from exc
    if value is None:
        return None
    try:
        secret = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


def delete_secret(profile_id: str) -> None:
    """Forget the secret; nothing to forget is fine."""
    import keyring
    import keyring.errors

    if keyring_status() is not KeyringStatus.AVAILABLE:
        return
    try:
        keyring.delete_password(SERVICE, profile_id)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:
        raise _translate(exc) from exc
