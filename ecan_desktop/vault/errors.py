"""Vault errors. Each says what happened and what the user can do about it."""

from __future__ import annotations

from ecan_desktop.errors import (
    EXIT_OTHER,
    EXIT_USAGE,
    EXIT_VAULT_DAMAGED,
    EXIT_WRONG_PASSPHRASE,
    EcanError,
)
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP


class VaultError(EcanError):
    context = "VaultErrors"


class WrongPassphrase(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The passphrase is not right. Check that Caps Lock is off and try again, "
        "or unlock with your recovery code.",
    )
    exit_code = EXIT_WRONG_PASSPHRASE


class WrongRecoveryCode(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The recovery code is not right. It has 25 letters and digits in groups of five; "
        "check each group and try again.",
    )
    exit_code = EXIT_WRONG_PASSPHRASE


class RecoveryCodeMalformed(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This does not look like a recovery code: it should have 25 letters and digits, "
        "like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.",
    )
    exit_code = EXIT_WRONG_PASSPHRASE


class PassphraseTooShort(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The passphrase is too short. Use at least {minimum} characters; "
        "a few words you can remember work well.",
    )
    exit_code = EXIT_USAGE


class VaultDamaged(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The record of profile “{label}” is damaged and cannot be opened ({detail}). "
        "Nothing has been changed. Restore it from your newest backup: {backup}",
    )
    exit_code = EXIT_VAULT_DAMAGED


class KeyFileDamaged(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "The key file of profile “{label}” is missing or damaged ({detail}), so the record "
        "cannot be unlocked. Nothing has been changed. Restore the profile from your newest "
        "backup: {backup}",
    )
    exit_code = EXIT_VAULT_DAMAGED


class VaultNewer(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; "
        "this version reads up to {supported}). Nothing has been changed. "
        "Update ecan-desktop to open it.",
    )
    exit_code = EXIT_VAULT_DAMAGED


class ProfileInUse(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Profile “{label}” is already open in another ecan-desktop window (process {pid}). "
        "Close it there first, then try again.",
    )
    exit_code = EXIT_OTHER


class ProfileNotFound(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "There is no profile called “{label}”. "
        "Run “ecan-desktop profile list” to see your profiles.",
    )
    exit_code = EXIT_USAGE


class ProfileExists(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "A profile called “{label}” already exists. Choose another name.",
    )
    exit_code = EXIT_USAGE


class SourceNotFound(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "There is no import number {source_id} in this profile. "
        "Run “ecan-desktop sources” to see the imports and their numbers.",
    )
    exit_code = EXIT_USAGE


class InvalidLabel(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "A profile name needs 1 to {maximum} characters and cannot be only spaces.",
    )
    exit_code = EXIT_USAGE


class StorageFailed(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "ecan-desktop could not write to {path} ({detail}). Nothing has been changed. "
        "Check that the disk has free space and that you may write to that folder, then try again.",
    )
    exit_code = EXIT_OTHER


class KeyringUnavailable(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This computer has no password store that ecan-desktop can use ({detail}), so it cannot "
        "remember your passphrase. You can still unlock with your passphrase.",
    )
    exit_code = EXIT_OTHER


class KeyringLocked(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "Your computer's password store is locked. Unlock it (or log in again), "
        "or type your passphrase instead.",
    )
    exit_code = EXIT_OTHER


class KeyringSecretMissing(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "This computer no longer remembers the passphrase of profile “{label}”. "
        "Type your passphrase; you can turn “remember on this computer” on again in Settings.",
    )
    exit_code = EXIT_WRONG_PASSPHRASE


class BackupInvalid(VaultError):
    source = QT_TRANSLATE_NOOP(
        "VaultErrors",
        "{path} is not an ecan-desktop backup, or it is damaged ({detail}). "
        "Nothing has been restored. Choose the backup file again.",
    )
    exit_code = 4


NO_BACKUP_FOUND = QT_TRANSLATE_NOOP(
    "VaultErrors",
    "no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”",
)
