"""``import``, ``sources``, ``remove-source`` and ``show``: what is in the record, from where."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecan_desktop.cli.common import print_json, unlock

if TYPE_CHECKING:
    from ecan_desktop.vault.records import SourceRecord


def cmd_import(args: argparse.Namespace) -> int:
    from ecan_desktop.importers.report import import_files

    with unlock(args) as opened:
        reports = import_files(
            opened.vault,
            [Path(f) for f in args.files],
            accept_patient_mismatch=args.accept_patient_mismatch,
            max_bytes=args.max_size * 1024 * 1024,
        )
    if args.json:
        print_json({"files": [r.to_json() for r in reports]})
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
    from ecan_desktop.cli.record_text import record_text
    from ecan_desktop.record.build import build_record

    with unlock(args) as opened:
        record = build_record(opened.vault)
    if args.json:
        print_json(record.to_json())
    else:
        print("\n".join(record_text(record)))
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
    with unlock(args) as opened:
        sources = opened.vault.sources()
    if args.json:
        print_json({"sources": [source_json(s) for s in sources]})
        return 0
    if not sources:
        print("Nothing imported yet.")
    for s in sources:
        where = " · ".join(p for p in (s.centre_name, s.centre_country) if p) or "(unknown centre)"
        added = s.counts.get("added", 0)
        print(f"{s.id}\t{s.imported_at}\t{where}\t{s.file_name or s.url or ''}\t{added} added")
    return 0


def cmd_remove_source(args: argparse.Namespace) -> int:
    with unlock(args) as opened:
        counts = opened.vault.remove_source(args.source_id)
    print(
        f"Removed import {args.source_id}: {counts['removed']} records removed, "
        f"{counts['restored']} returned to their earlier version."
    )
    return 0
