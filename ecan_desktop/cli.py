"""The command line: the headless twin of the app's main actions (DESIGN.md "Command line").

``--help`` and ``--version`` load nothing heavy: Qt, reportlab and requests are imported only by the
commands that need them. Errors are one line on stderr with the exit code of DESIGN.md; no traceback
(set ``ECAN_DEBUG=1`` to see one; it may contain file paths, never vault content).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecan_desktop import __version__
from ecan_desktop.errors import EXIT_OTHER, EXIT_USAGE, EcanError
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
    from ecan_desktop.vault.records import SourceRecord

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


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
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


def _store(args: argparse.Namespace) -> ProfileStore:
    from ecan_desktop.paths import AppPaths
    from ecan_desktop.vault.profiles import ProfileStore

    return ProfileStore(AppPaths.resolve(args.data_dir).profiles_dir)


def _unlock(args: argparse.Namespace) -> OpenProfile:
    store = _store(args)
    info = store.find(args.profile)  # a wrong name is told before asking for a passphrase
    return store.unlock(info.id, _secret(PASSPHRASE_ENV, f"Passphrase for “{info.label}”: "))


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False))


# -- commands ------------------------------------------------------------------------------------
def cmd_profile_create(args: argparse.Namespace) -> int:
    store = _store(args)
    passphrase = _secret(PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    created = store.create(
        args.name, passphrase, patient_name=args.patient_name, birth_date=args.birth_date
    )
    print(f"Created profile “{created.info.label}”.")
    print("Your recovery code (write it down and keep it safe; it is shown only once):")
    print(f"    {created.recovery_code}")
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    store = _store(args)
    profiles = store.list()
    if args.json:
        _print_json(
            {
                "profiles": [
                    {
                        "id": p.id,
                        "label": p.label,
                        "created_at": p.created_at,
                        "last_opened": p.last_opened,
                    }
                    for p in profiles
                ]
            }
        )
        return 0
    if not profiles:
        print(
            "No profiles yet. Create one with “ecan-desktop profile create NAME”, "
            "or try the demo with “ecan-desktop demo”."
        )
    for p in profiles:
        print(f"{p.label}\t(last opened {p.last_opened or 'never'})")
    return 0


def cmd_profile_rename(args: argparse.Namespace) -> int:
    info = _store(args).rename(args.old, args.new)
    print(f"Renamed to “{info.label}”.")
    return 0


def cmd_profile_delete(args: argparse.Namespace) -> int:
    store = _store(args)
    info = store.find(args.name)
    print(
        f"This deletes profile “{info.label}” and everything in it for good. "
        "Type its name to confirm: ",
        end="",
        flush=True,
    )
    typed = sys.stdin.readline().strip() if sys.stdin is not None else ""
    if " ".join(typed.split()).casefold() != info.label.casefold():
        raise DeleteNotConfirmed(label=info.label)
    store.delete(info.id)
    print(f"Deleted profile “{info.label}”.")
    return 0


def cmd_profile_passphrase(args: argparse.Namespace) -> int:
    store = _store(args)
    info = store.find(args.name)
    if args.recovery_code:
        code = _secret(RECOVERY_CODE_ENV, "Recovery code: ")
        new = _secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        with store.unlock_with_recovery_code(info.id, code, new):
            pass
    else:
        with store.unlock(info.id, _secret(PASSPHRASE_ENV, "Current passphrase: ")) as opened:
            opened.change_passphrase(_secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True))
    print(f"The passphrase of “{info.label}” is changed.")
    return 0


def cmd_profile_remember(args: argparse.Namespace) -> int:
    args.profile = args.name
    with _unlock(args) as opened:
        opened.set_remembered(args.state == "on")
        label = opened.info.label
    if args.state == "on":
        print(f"This computer now remembers how to unlock “{label}”.")
    else:
        print(f"This computer no longer remembers how to unlock “{label}”.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
    from ecan_desktop.vault.errors import ProfileExists

    try:
        created = create_demo_profile(_store(args))
    except ProfileExists as exists:
        print(
            f"The demo profile “{exists.fields['label']}” already exists. "
            f"Its passphrase is: {DEMO_PASSPHRASE}"
        )
        return 0
    print(f"Created the demo profile “{created.info.label}”. Its passphrase is: {DEMO_PASSPHRASE}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ecan_desktop.importers.report import import_files

    with _unlock(args) as opened:
        reports = import_files(
            opened.vault,
            [Path(f) for f in args.files],
            accept_patient_mismatch=args.accept_patient_mismatch,
            max_bytes=args.max_size * 1024 * 1024,
        )
    if args.json:
        _print_json({"files": [r.to_json() for r in reports]})
    else:
        for report in reports:
            if report.rejection is not None:
                print(f"ecan-desktop: {report.rejection.render()}", file=sys.stderr)
                if report.patient_mismatch:
                    print(
                        "ecan-desktop: to import it anyway, add --accept-patient-mismatch",
                        file=sys.stderr,
                    )
                continue
            counts = report.counts
            print(
                f"{report.file}: {report.status} ({counts['added']} added, "
                f"{counts['updated']} updated, {counts['unchanged']} unchanged, "
                f"{counts['skipped']} skipped)"
            )
            for problem in report.problems:
                print(f"    {problem.path}: {problem.reason.render()}")
    return 4 if any(r.status == "rejected" for r in reports) else 0


def cmd_show(args: argparse.Namespace) -> int:
    from ecan_desktop.record.patient import patient_summary

    with _unlock(args) as opened:
        patient = patient_summary(opened.vault)
        counts = opened.vault.counts()
        sources = opened.vault.sources()
    data = {
        "patient": patient.to_json(),
        "counts": counts,
        "sources": [source_json(s) for s in sources],
    }
    if args.json:
        _print_json(data)
    else:
        print(f"{patient.name or '(name not recorded)'}, born {patient.birth_date or '?'}")
        for resource_type, n in counts.items():
            print(f"    {resource_type}: {n}")
    return 0


def source_json(source: SourceRecord) -> dict[str, Any]:
    return {
        "id": source.id,
        "kind": source.kind,
        "centre": source.centre_name,
        "country": source.centre_country,
        "file": source.file_name,
        "sha256": source.sha256,
        "url": source.url,
        "imported_at": source.imported_at,
        "counts": dict(source.counts),
    }


def cmd_sources(args: argparse.Namespace) -> int:
    with _unlock(args) as opened:
        sources = opened.vault.sources()
    if args.json:
        _print_json({"sources": [source_json(s) for s in sources]})
        return 0
    if not sources:
        print("Nothing imported yet.")
    for s in sources:
        where = " · ".join(p for p in (s.centre_name, s.centre_country) if p) or "(unknown centre)"
        added = s.counts.get("added", 0)
        print(f"{s.id}\t{s.imported_at}\t{where}\t{s.file_name or s.url or ''}\t{added} added")
    return 0


def cmd_remove_source(args: argparse.Namespace) -> int:
    with _unlock(args) as opened:
        counts = opened.vault.remove_source(args.source_id)
    print(
        f"Removed import {args.source_id}: {counts['removed']} records removed, "
        f"{counts['restored']} returned to their earlier version."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import backup_profile

    with _unlock(args) as opened:
        path = backup_profile(opened, Path(args.output))
    print(f"Backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import restore_backup

    store = _store(args)
    if args.recovery_code:
        info = restore_backup(
            store,
            Path(args.file),
            recovery_code=_secret(RECOVERY_CODE_ENV, "Recovery code: "),
            new_passphrase=_secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True),
            label=args.label,
        )
    else:
        info = restore_backup(
            store,
            Path(args.file),
            passphrase=_secret(PASSPHRASE_ENV, "Passphrase of the backup: "),
            label=args.label,
        )
    print(f"Restored profile “{info.label}”.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ecan_desktop.vault.backup import check_profile

    store = _store(args)
    info = store.find(args.profile)
    passphrase = _secret(PASSPHRASE_ENV, f"Passphrase for “{info.label}”: ")
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


def cmd_gui(args: argparse.Namespace) -> int:
    from ecan_desktop.ui.app import run_app

    return int(run_app(data_dir=args.data_dir, language=args.lang, kiosk=args.kiosk))


def _add_profile_commands(commands: Any) -> None:
    """``profile create | list | rename | delete | passphrase | remember``."""
    profile = commands.add_parser("profile", help="create, list, rename or delete profiles")
    profile_commands = profile.add_subparsers(
        title="profile commands", metavar="ACTION", required=True
    )
    create = profile_commands.add_parser("create", help="create an empty profile")
    create.add_argument("name")
    create.add_argument("--patient-name")
    create.add_argument("--birth-date", help="YYYY-MM-DD")
    create.set_defaults(func=cmd_profile_create)
    listing = profile_commands.add_parser("list", help="list the profiles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_profile_list)
    rename = profile_commands.add_parser("rename", help="rename a profile")
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(func=cmd_profile_rename)
    delete = profile_commands.add_parser("delete", help="delete a profile for good")
    delete.add_argument("name")
    delete.set_defaults(func=cmd_profile_delete)
    passphrase = profile_commands.add_parser(
        "passphrase", help="change the passphrase (or reset it with the recovery code)"
    )
    passphrase.add_argument("name")
    passphrase.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"use the recovery code (${RECOVERY_CODE_ENV}); "
        f"the new passphrase comes from ${NEW_PASSPHRASE_ENV} or a prompt",
    )
    passphrase.set_defaults(func=cmd_profile_passphrase)
    remember = profile_commands.add_parser(
        "remember", help="remember (or forget) how to unlock on this computer"
    )
    remember.add_argument("name")
    remember.add_argument("state", choices=["on", "off"])
    remember.set_defaults(func=cmd_profile_remember)


# -- parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecan-desktop",
        description="Your oncology record, encrypted on your computer. "
        "Without a command, the app starts.",
        epilog=f"Passphrases come from a prompt, or from ${PASSPHRASE_ENV} for automation.\n"
        "Exit codes: 0 ok, 2 usage, 3 wrong passphrase, 4 input rejected,\n"
        "            5 vault damaged or newer, 1 other.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ecan-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        help="where profiles live (default: $ECAN_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument("--lang", help="language of the app, e.g. ro or de")
    parser.add_argument("--kiosk", action="store_true", help="locked-down mode for shared machines")
    parser.set_defaults(func=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create the demo profile")
    demo.set_defaults(func=cmd_demo)

    _add_profile_commands(commands)

    imp = commands.add_parser("import", help="import FHIR files into a profile")
    imp.add_argument("--profile", required=True)
    imp.add_argument("--accept-patient-mismatch", action="store_true")
    imp.add_argument("--json", action="store_true")
    imp.add_argument(
        "--max-size",
        type=int,
        default=100,
        metavar="MB",
        help="refuse files larger than this (default: 100 MB)",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(func=cmd_import)

    sources = commands.add_parser("sources", help="list what was imported, from where")
    sources.add_argument("--profile", required=True)
    sources.add_argument("--json", action="store_true")
    sources.set_defaults(func=cmd_sources)

    remove = commands.add_parser("remove-source", help="undo one import exactly")
    remove.add_argument("--profile", required=True)
    remove.add_argument("source_id", type=int, metavar="SOURCE_ID")
    remove.set_defaults(func=cmd_remove_source)

    show = commands.add_parser("show", help="print the record")
    show.add_argument("--profile", required=True)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    backup = commands.add_parser("backup", help="write an encrypted backup file")
    backup.add_argument("--profile", required=True)
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.set_defaults(func=cmd_backup)

    restore = commands.add_parser("restore", help="restore a profile from a backup file")
    restore.add_argument("file")
    restore.add_argument("--label", help="name of the restored profile")
    restore.add_argument(
        "--recovery-code", action="store_true", help=f"use the recovery code (${RECOVERY_CODE_ENV})"
    )
    restore.set_defaults(func=cmd_restore)

    check = commands.add_parser("check", help="check a profile for damage")
    check.add_argument("--profile", required=True)
    check.set_defaults(func=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except EcanError as error:
        print(f"ecan-desktop: {error.render()}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("ecan-desktop: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as error:
        # Never print the exception's text: it might quote vault content.
        print(
            f"ecan-desktop: unexpected error ({type(error).__name__}). Nothing was changed. "
            "Please report it; set ECAN_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        if os.environ.get("ECAN_DEBUG"):
            traceback.print_exc()
        return EXIT_OTHER
