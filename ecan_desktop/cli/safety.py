"""``backup``, ``restore`` and ``check``: keeping the record safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from ecan_desktop.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_CODE_ENV,
    VaultCheckFailed,
    open_store,
    secret,
    unlock,
)


def cmd_backup(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import backup_profile

    with unlock(args) as opened:
        path = backup_profile(opened, Path(args.output))
    print(f"Backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import restore_backup

    store = open_store(args)
    if args.recovery_code:
        info = restore_backup(
            store,
            Path(args.file),
            recovery_code=secret(RECOVERY_CODE_ENV, "Recovery code: "),
            new_passphrase=secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True),
            label=args.label,
        )
    else:
        info = restore_backup(
            store,
            Path(args.file),
            passphrase=secret(PASSPHRASE_ENV, "Passphrase of the backup: "),
            label=args.label,
        )
    print(f"Restored profile “{info.label}”.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import check_profile

    store = open_store(args)
    info = store.find(args.profile)
    passphrase = secret(PASSPHRASE_ENV, f"Passphrase for “{info.label}”: ")
    with store.unlock(info.id, passphrase, record=False) as opened:
        report = check_profile(opened)
    if not report.ok:
        raise VaultCheckFailed(
            label=report.label,
            problem=report.problems[0],
            backup=report.newest_backup or opened.info.backup_hint(),
        )
    print(f"Profile “{report.label}” is intact.")
    return 0
