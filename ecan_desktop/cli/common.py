"""What every command shares: where secrets come from, opening a profile, printing JSON."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from ecan_desktop.errors import EXIT_USAGE, EcanError
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ecan_desktop.vault.profiles import OpenProfile, ProfileStore


PASSPHRASE_ENV = "ECAN_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ECAN_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "ECAN_RECOVERY_CODE"


class CliError(EcanError):
    context = "Cli"
    exit_code = EXIT_USAGE


class NoPassphrase(CliError):
    source = QT_TRANSLATE_NOOP(
        "Cli",
        "A passphrase is needed. Run this in a terminal to be asked for it, "
        "or set the environment variable {env}.",
    )


class PassphrasesDiffer(CliError):
    source = QT_TRANSLATE_NOOP("Cli", "The two passphrases are not the same. Nothing was created.")


class DeleteNotConfirmed(CliError):
    source = QT_TRANSLATE_NOOP(
        "Cli", "The name you typed is not “{label}”, so nothing was deleted."
    )


class VaultCheckFailed(CliError):
    source = QT_TRANSLATE_NOOP(
        "Cli",
        "Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}",
    )
    exit_code = 5


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from *env*, else from the terminal, else one line of standard input."""
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise PassphrasesDiffer()
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.strip():
        raise NoPassphrase(env=env)
    return line.rstrip("\r\n")


def open_store(args: argparse.Namespace) -> ProfileStore:
    from ecan_desktop.paths import AppPaths
    from ecan_desktop.vault.profiles import ProfileStore

    return ProfileStore(AppPaths.resolve(args.data_dir).profiles_dir)


def unlock(args: argparse.Namespace) -> OpenProfile:
    store = open_store(args)
    info = store.find(args.profile)  # a wrong name is told before asking for a passphrase
    return store.unlock(info.id, secret(PASSPHRASE_ENV, f"Passphrase for “{info.label}”: "))


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False))
