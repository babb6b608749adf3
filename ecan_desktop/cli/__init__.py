"""The command line: the headless twin of the app's main actions (DESIGN.md "Command line").

``--help`` and ``--version`` load nothing heavy: Qt, reportlab and requests are imported only by the
commands that need them. Errors are one line on stderr with the exit code of DESIGN.md; no traceback
(set ``ECAN_DEBUG=1`` to see one; it may contain file paths, never vault content).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from ecan_desktop import __version__
from ecan_desktop.cli.common import PASSPHRASE_ENV, RECOVERY_CODE_ENV
from ecan_desktop.cli.profiles import add_profile_commands, cmd_demo
from ecan_desktop.cli.records import cmd_import, cmd_remove_source, cmd_show, cmd_sources
from ecan_desktop.cli.safety import cmd_backup, cmd_check, cmd_restore
from ecan_desktop.errors import EXIT_OTHER, EcanError


def cmd_gui(args: argparse.Namespace) -> int:
    from ecan_desktop.ui.app import run_app

    return int(run_app(data_dir=args.data_dir, language=args.lang, kiosk=args.kiosk))


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

    add_profile_commands(commands)

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

    from ecan_desktop.cli.export import add_export_commands

    add_export_commands(commands)

    from ecan_desktop.cli.screenshots import add_screenshot_command

    add_screenshot_command(commands)

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
