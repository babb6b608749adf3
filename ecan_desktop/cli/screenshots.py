"""``screenshots``: each main view of a profile rendered offscreen to PNG (README, reviews)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ecan_desktop.cli.common import PASSPHRASE_ENV, CliError, open_store, secret
from ecan_desktop.i18n.languages import is_supported
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP

THEMES = ("light", "dark", "high_contrast")


class BadSize(CliError):
    source = QT_TRANSLATE_NOOP("Cli", "“{size}” is not a window size. Write it as 1280x800.")


class UnknownView(CliError):
    source = QT_TRANSLATE_NOOP("Cli", "“{view}” is not a view of the app. The views are: {views}.")


class UnknownLanguage(CliError):
    source = QT_TRANSLATE_NOOP(
        "Cli", "“{code}” is not a language of the app. Use a code such as de, ro or el."
    )


def window_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise BadSize(size=text)
    size = int(width), int(height)
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise BadSize(size=text)
    return size


def view_keys() -> tuple[str, ...]:
    from ecan_desktop.ui.view_keys import VIEW_KEYS  # no Qt in it

    keys: tuple[str, ...] = VIEW_KEYS  # typed here: mypy does not follow into ui/
    return keys


def add_screenshot_command(commands: Any) -> None:
    shots = commands.add_parser(
        "screenshots", help="render each main view of a profile to PNG files (offscreen)"
    )
    shots.add_argument("--profile", required=True)
    shots.add_argument("--lang", dest="shot_lang", default="en", metavar="CODE")
    shots.add_argument("--size", default="1280x800", help="window size (default: 1280x800)")
    shots.add_argument("--theme", choices=THEMES, default="light")
    shots.add_argument(
        "--view",
        action="append",
        dest="views",
        metavar="NAME",
        help="only this view (repeatable), e.g. overview, results, cancer-journey",
    )
    shots.add_argument("-o", "--output", required=True, metavar="DIR")
    shots.set_defaults(func=cmd_screenshots)


def cmd_screenshots(args: argparse.Namespace) -> int:
    if not is_supported(args.shot_lang):
        raise UnknownLanguage(code=args.shot_lang)
    size = window_size(args.size)
    views = tuple(args.views) if args.views else None
    known = view_keys()
    for view in views or ():
        if view not in known:
            raise UnknownView(view=view, views=", ".join(known))
    info = open_store(args).find(args.profile)  # a wrong name is told before the passphrase
    passphrase = secret(PASSPHRASE_ENV, f"Passphrase for “{info.label}”: ")
    from ecan_desktop.ui.screenshots import ScreenshotRequest, take_screenshots

    written = take_screenshots(
        ScreenshotRequest(
            profile=info.label,
            passphrase=passphrase,
            language=args.shot_lang,
            out_dir=Path(args.output),
            data_dir=args.data_dir,
            size=size,
            theme=args.theme,
            views=views,
        )
    )
    for path in written:
        print(path)
    return 0
