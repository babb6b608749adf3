"""``profile …`` and ``demo``: create, list, rename, delete, passphrases, remembering."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ecan_desktop.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_CODE_ENV,
    DeleteNotConfirmed,
    open_store,
    print_json,
    secret,
    unlock,
)


def cmd_profile_create(args: argparse.Namespace) -> int:
    store = open_store(args)
    passphrase = secret(PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    created = store.create(
        args.name, passphrase, patient_name=args.patient_name, birth_date=args.birth_date
    )
    print(f"Created profile “{created.info.label}”.")
    print("Your recovery code (write it down and keep it safe; it is shown only once):")
    print(f"    {created.recovery_code}")
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    profiles = store.list()
    if args.json:
        print_json(
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
    info = open_store(args).rename(args.old, args.new)
    print(f"Renamed to “{info.label}”.")
    return 0


def cmd_profile_delete(args: argparse.Namespace) -> int:
    store = open_store(args)
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
    store = open_store(args)
    info = store.find(args.name)
    if args.recovery_code:
        code = secret(RECOVERY_CODE_ENV, "Recovery code: ")
        new = secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        with store.unlock_with_recovery_code(info.id, code, new):
            pass
    else:
        with store.unlock(info.id, secret(PASSPHRASE_ENV, "Current passphrase: ")) as opened:
            opened.change_passphrase(secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True))
    print(f"The passphrase of “{info.label}” is changed.")
    return 0


def cmd_profile_remember(args: argparse.Namespace) -> int:
    args.profile = args.name
    with unlock(args) as opened:
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
        created = create_demo_profile(open_store(args))
    except ProfileExists as exists:
        print(
            f"The demo profile “{exists.fields['label']}” already exists. "
            f"Its passphrase is: {DEMO_PASSPHRASE}"
        )
        return 0
    print(f"Created the demo profile “{created.info.label}”. Its passphrase is: {DEMO_PASSPHRASE}")
    return 0


def add_profile_commands(commands: Any) -> None:
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
