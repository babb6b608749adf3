"""``export pdf``, ``export ips`` and ``export card``: the cross-border summary, headless.

reportlab is imported inside the command functions only, so that ``--help`` and ``--version``
stay light. Each file is rendered in memory and written atomically where the user asked; the
vault's audit log records that an export happened (kind and counts, never content).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ecan_desktop.cli.common import unlock

PAPERS = ("a4", "letter")


def parse_languages(text: str) -> tuple[str, ...]:
    """``de,ro`` -> ``("de", "ro")``, checked against the languages our terminology ships
    (before any passphrase is asked for)."""
    from ecan_desktop.summary.labels import Labels

    codes = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    return Labels(codes).languages


def _write(path: Path, data: bytes) -> None:
    from ecan_desktop.atomicfile import atomic_write_bytes
    from ecan_desktop.summary.errors import WriteFailed

    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise WriteFailed(path=str(path), reason=exc.strerror or type(exc).__name__) from exc


def _audit(opened: Any, counts: dict[str, int]) -> None:
    from ecan_desktop.vault.records import AuditEvent

    opened.vault.record(AuditEvent.EXPORTED, counts)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    languages = parse_languages(args.lang)
    from ecan_desktop.summary.data import read_summary_data
    from ecan_desktop.summary.render import PdfOptions, render_pdf

    output = Path(args.output)
    with unlock(args) as opened:
        data = read_summary_data(opened.vault)
        result = render_pdf(data, PdfOptions(languages, args.paper, qr=not args.no_qr))
        _write(output, result.pdf)
        _audit(opened, {"pdf": 1, "pages": result.pages, "languages": len(languages)})
    print(f"Wrote {output}: {result.pages} pages in {', '.join(languages)}, with the IPS attached.")
    return 0


def cmd_export_ips(args: argparse.Namespace) -> int:
    language = parse_languages(args.lang)[0]
    from ecan_desktop.summary.data import read_summary_data
    from ecan_desktop.summary.ips import build_ips, ips_bytes

    output = Path(args.output)
    with unlock(args) as opened:
        data = read_summary_data(opened.vault)
        bundle = build_ips(data, language=language)
        _write(output, ips_bytes(bundle))
        _audit(opened, {"ips": 1, "entries": len(bundle["entry"])})
    print(f"Wrote {output}: an IPS document with {len(bundle['entry'])} entries.")
    return 0


def cmd_export_card(args: argparse.Namespace) -> int:
    languages = parse_languages(args.lang)
    from ecan_desktop.summary.card import render_card
    from ecan_desktop.summary.data import read_summary_data

    output = Path(args.output)
    with unlock(args) as opened:
        data = read_summary_data(opened.vault)
        card = render_card(data, languages, paper=args.paper)
        _write(output, card.pdf)
        _audit(opened, {"card": 1, "languages": len(languages)})
    print(f"Wrote {output}: the emergency card in {', '.join(languages)}.")
    return 0


def add_export_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write the cross-border summary (PDF), the IPS file or the emergency card"
    )
    formats = export.add_subparsers(title="formats", metavar="FORMAT", required=True)

    pdf = formats.add_parser("pdf", help="the bilingual summary PDF, with the IPS inside")
    pdf.add_argument("--profile", required=True)
    pdf.add_argument(
        "--lang",
        required=True,
        metavar="CODE[,CODE]",
        help="the doctor's language, then optionally the patient's (e.g. de,ro)",
    )
    pdf.add_argument("--paper", choices=PAPERS, default="a4")
    pdf.add_argument("--no-qr", action="store_true", help="leave out the QR code on page 1")
    pdf.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    pdf.set_defaults(func=cmd_export_pdf)

    ips = formats.add_parser("ips", help="the record as an IPS FHIR document (JSON)")
    ips.add_argument("--profile", required=True)
    ips.add_argument("--lang", default="en", metavar="CODE", help="language of the narratives")
    ips.add_argument("-o", "--output", required=True, metavar="OUT.json")
    ips.set_defaults(func=cmd_export_ips)

    card = formats.add_parser("card", help="the emergency wallet card (PDF, one page)")
    card.add_argument("--profile", required=True)
    card.add_argument("--lang", required=True, metavar="CODE[,CODE]")
    card.add_argument("--paper", choices=PAPERS, default="a4")
    card.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    card.set_defaults(func=cmd_export_card)
