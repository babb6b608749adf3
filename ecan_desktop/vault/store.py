"""The encrypted store of one profile: FHIR resources with their sources, history, links and audit.

One thread owns a :class:`Vault` (SQLite connections are thread-bound, STYLE.md rule 4). Writes are
explicit transactions: a batch of resources goes in whole or not at all (``Vault.put_batch``, in
``vault.batch_write``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ecan_desktop.fhir.references import parse_reference
from ecan_desktop.vault.batch_write import PROBLEMS_KEY, BatchWriter
from ecan_desktop.vault.connection import translate_db_error
from ecan_desktop.vault.errors import SourceNotFound
from ecan_desktop.vault.records import (
    PATIENT_KIND,
    AuditEntry,
    AuditEvent,
    BatchResult,
    HistoryVersion,
    NewSource,
    SourceRecord,
    StoredResource,
    utc_now,
)

__all__ = [
    "AuditEntry",
    "AuditEvent",
    "BatchResult",
    "HistoryVersion",
    "NewSource",
    "SourceRecord",
    "StoredResource",
    "Vault",
    "translate_db_error",
    "utc_now",
]


class Vault(BatchWriter):
    """An open, unlocked vault: FHIR resources with their sources, history and links."""

    # -- undoing an import ------------------------------------------------------------------------
    def remove_source(self, source_id: int) -> dict[str, int]:
        """Undo one import exactly: what it added goes, what it updated returns to before."""
        removed = restored = 0
        with self._transaction():
            exists = self._conn.execute(
                "SELECT 1 FROM sources WHERE id = ?", (source_id,)
            ).fetchone()
            if exists is None:
                raise SourceNotFound(source_id=source_id)
            rows = self._conn.execute(
                "SELECT id FROM resources WHERE source_id = ?", (source_id,)
            ).fetchall()
            for (row_id,) in rows:
                if self._restore_previous(row_id, source_id):
                    restored += 1
                else:
                    self._conn.execute("DELETE FROM resources WHERE id = ?", (row_id,))
                    removed += 1
            # Versions this source brought that a later import has since replaced.
            self._conn.execute("DELETE FROM resource_history WHERE source_id = ?", (source_id,))
            self._conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            counts = {"removed": removed, "restored": restored}
            self._audit(AuditEvent.SOURCE_REMOVED, counts, source_id)
        return counts

    def _restore_previous(self, row_id: int, source_id: int) -> bool:
        history = self._conn.execute(
            "SELECT id, source_id, version, json, fingerprint, clinical_date FROM resource_history "
            "WHERE resource_id = ? AND source_id != ? ORDER BY version DESC LIMIT 1",
            (row_id, source_id),
        ).fetchone()
        if history is None:
            return False
        hist_id, old_source, version, body, print_, when = history
        self._conn.execute(
            "UPDATE resources SET source_id = ?, json = ?, fingerprint = ?, clinical_date = ?, "
            "version = ? WHERE id = ?",
            (old_source, body, print_, when, version, row_id),
        )
        self._conn.execute(
            "DELETE FROM resource_history WHERE resource_id = ? AND version >= ?",
            (row_id, version),
        )
        del hist_id
        return True

    # -- the patient's own entries ("My entries") -------------------------------------------------
    def put_entries(self, source: NewSource, resources: Sequence[Mapping[str, Any]]) -> BatchResult:
        """Store what the patient entered in the app, in their one source (made the first time).

        Unlike an import, every save goes into the same source (found by kind and origin; the kind
        must be ``patient``), so that all the patient's entries are one source however often they
        write. An entry saved again under its id is updated in place and its previous version kept
        in history, as for an import; an identical one is left alone.
        """
        if source.kind != PATIENT_KIND:
            raise ValueError("only a source of kind 'patient' takes the patient's entries")
        if not resources:
            return BatchResult(None)
        added = updated = unchanged = 0
        by_type: dict[str, int] = {}
        now = utc_now()
        with self._transaction():
            source_id = self._entries_source(source, now)
            for resource in resources:
                outcome, _row = self._put_one(source_id, source.origin, resource, now, True)
                if outcome == "unchanged":
                    unchanged += 1
                    continue
                if outcome == "added":
                    added += 1
                else:
                    updated += 1
                kind = str(resource["resourceType"])
                by_type[kind] = by_type.get(kind, 0) + 1
            if added + updated:
                self._count_entries(source_id, now)
                self._audit(AuditEvent.ENTRY_SAVED, {"added": added, "updated": updated}, source_id)
        return BatchResult(source_id, added, updated, unchanged, by_type)

    def delete_entry(self, origin: str, resource_type: str, fhir_id: str) -> dict[str, Any] | None:
        """Delete one of the patient's own entries with its history; hands back what it was
        (None when there is no such entry). Nothing an import brought can be deleted here: the
        row must belong to a source of kind ``patient``. The source goes when it is empty."""
        with self._transaction():
            row = self._conn.execute(
                "SELECT r.id, r.source_id, r.json FROM resources r "
                "JOIN sources s ON s.id = r.source_id "
                "WHERE r.origin = ? AND r.resource_type = ? AND r.fhir_id = ? AND s.kind = ?",
                (origin, resource_type, fhir_id, PATIENT_KIND),
            ).fetchone()
            if row is None:
                return None
            row_id, source_id, body = row
            # Its history, aliases and links go with it (ON DELETE CASCADE).
            self._conn.execute("DELETE FROM resources WHERE id = ?", (row_id,))
            left = self._conn.execute(
                "SELECT 1 FROM resources WHERE source_id = ? LIMIT 1", (source_id,)
            ).fetchone()
            if left is None:
                self._conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            else:
                self._count_entries(source_id, utc_now())
            self._audit(AuditEvent.ENTRY_DELETED, {"removed": 1}, source_id)
        deleted: dict[str, Any] = json.loads(body)
        return deleted

    def _entries_source(self, source: NewSource, now: str) -> int:
        found = self._conn.execute(
            "SELECT id FROM sources WHERE kind = ? AND origin = ? ORDER BY id LIMIT 1",
            (source.kind, source.origin),
        ).fetchone()
        if found is not None:
            return int(found[0])
        return self._insert_source(source, now)

    def _count_entries(self, source_id: int, now: str) -> None:
        """The entries source's counts are how many entries it holds; its date, the last change."""
        (count,) = self._conn.execute(
            "SELECT count(*) FROM resources WHERE source_id = ?", (source_id,)
        ).fetchone()
        self._conn.execute(
            "UPDATE sources SET counts = ?, imported_at = ? WHERE id = ?",
            (json.dumps({"added": int(count)}), now, source_id),
        )

    # -- reading ----------------------------------------------------------------------------------
    _RESOURCE_COLUMNS = (
        "r.id, r.source_id, r.origin, r.resource_type, r.fhir_id, r.version, r.clinical_date, "
        "r.patient_entered, r.json"
    )

    @staticmethod
    def _stored(row: tuple[Any, ...]) -> StoredResource:
        row_id, source_id, origin, resource_type, fhir_id, version, when, entered, body = row
        return StoredResource(
            row_id,
            source_id,
            origin,
            resource_type,
            fhir_id,
            version,
            when,
            bool(entered),
            json.loads(body),
        )

    def resources(
        self, resource_type: str | None = None, source_id: int | None = None
    ) -> list[StoredResource]:
        clauses: list[str] = []
        params: list[Any] = []
        if resource_type is not None:
            clauses.append("r.resource_type = ?")
            params.append(resource_type)
        if source_id is not None:
            clauses.append("r.source_id = ?")
            params.append(source_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._errors():
            rows = self._conn.execute(
                f"SELECT {self._RESOURCE_COLUMNS} FROM resources r{where} "
                "ORDER BY r.clinical_date, r.id",
                params,
            ).fetchall()
        return [self._stored(row) for row in rows]

    def resource_at(self, row_id: int) -> StoredResource | None:
        """The stored resource of row *row_id* (as the record's ``row_ids`` name it), or None."""
        with self._errors():
            row = self._conn.execute(
                f"SELECT {self._RESOURCE_COLUMNS} FROM resources r WHERE r.id = ?", (row_id,)
            ).fetchone()
        return self._stored(row) if row is not None else None

    def get(self, resource_type: str, fhir_id: str) -> list[StoredResource]:
        """Every stored copy of ``resource_type/fhir_id`` (one per origin that sent it)."""
        with self._errors():
            rows = self._conn.execute(
                f"SELECT {self._RESOURCE_COLUMNS} FROM resources r "
                "WHERE r.resource_type = ? AND r.fhir_id = ? ORDER BY r.id",
                (resource_type, fhir_id),
            ).fetchall()
        return [self._stored(row) for row in rows]

    def resolve(self, reference: str, *, origin: str | None = None) -> StoredResource | None:
        """The stored resource a reference points at, preferring the referring resource's origin.

        Tried in order: a stored fullUrl alias (``urn:uuid:…``, absolute URLs), then the type and
        id the reference names (``Patient/1``), then the id alone for ``urn:`` references.
        """
        candidates: list[StoredResource] = []
        with self._errors():
            rows = self._conn.execute(
                f"SELECT {self._RESOURCE_COLUMNS} FROM aliases a JOIN resources r "
                "ON r.id = a.resource_id WHERE a.alias = ? ORDER BY r.id",
                (reference.strip(),),
            ).fetchall()
            candidates = [self._stored(row) for row in rows]
            parsed = parse_reference(reference)
            if not candidates and parsed is not None:
                if parsed.resource_type is not None:
                    candidates = self.get(parsed.resource_type, parsed.fhir_id)
                else:
                    rows = self._conn.execute(
                        f"SELECT {self._RESOURCE_COLUMNS} FROM resources r "
                        "WHERE r.fhir_id = ? ORDER BY r.id",
                        (parsed.fhir_id,),
                    ).fetchall()
                    candidates = [self._stored(row) for row in rows]
        same_origin = [c for c in candidates if c.origin == origin]
        chosen = same_origin or candidates
        return chosen[0] if chosen else None

    def aliases(self) -> dict[int, list[str]]:
        """Every stored resource's fullUrl aliases, by row id (for building indexes in bulk)."""
        with self._errors():
            rows = self._conn.execute(
                "SELECT resource_id, alias FROM aliases ORDER BY resource_id, alias"
            ).fetchall()
        found: dict[int, list[str]] = {}
        for row_id, alias in rows:
            found.setdefault(int(row_id), []).append(str(alias))
        return found

    def history(self, row_id: int) -> list[HistoryVersion]:
        """Earlier versions of a stored resource, oldest first."""
        with self._errors():
            rows = self._conn.execute(
                "SELECT version, source_id, replaced_by, replaced_at, json FROM resource_history "
                "WHERE resource_id = ? ORDER BY version",
                (row_id,),
            ).fetchall()
        return [HistoryVersion(v, s, r, at, json.loads(body)) for v, s, r, at, body in rows]

    def counts(self) -> dict[str, int]:
        with self._errors():
            rows = self._conn.execute(
                "SELECT resource_type, count(*) FROM resources GROUP BY resource_type "
                "ORDER BY resource_type"
            ).fetchall()
        return {str(t): int(n) for t, n in rows}

    def sources(self) -> list[SourceRecord]:
        with self._errors():
            rows = self._conn.execute(
                "SELECT id, kind, origin, centre_name, centre_country, file_name, sha256, url, "
                "imported_at, counts FROM sources ORDER BY id"
            ).fetchall()
        return [self._source(row) for row in rows]

    @staticmethod
    def _source(row: tuple[Any, ...]) -> SourceRecord:
        # The counts column holds the numbers and, under PROBLEMS_KEY, what the import skipped.
        stored = json.loads(row[9])
        stored = stored if isinstance(stored, dict) else {}
        kept = stored.get(PROBLEMS_KEY)
        kept = kept if isinstance(kept, dict) else {}
        items = kept.get("items")
        problems = tuple(p for p in items if isinstance(p, dict)) if isinstance(items, list) else ()
        found = kept.get("found")
        return SourceRecord(
            id=int(row[0]),
            kind=row[1],
            origin=row[2],
            centre_name=row[3],
            centre_country=row[4],
            file_name=row[5],
            sha256=row[6],
            url=row[7],
            imported_at=row[8],
            counts={k: v for k, v in stored.items() if isinstance(v, int)},
            problems=problems,
            problems_found=found if isinstance(found, int) else len(problems),
        )

    # -- links ------------------------------------------------------------------------------------
    def link(self, a: int, b: int, *, made_by: str = "user") -> None:
        """Say that two stored rows state the same fact (the record then shows it once)."""
        with self._transaction():
            self._link(a, b, made_by=made_by, now=utc_now())

    def unlink(self, a: int, b: int) -> None:
        """The user says these are different facts: unlink them, and never link them again."""
        low, high = sorted((a, b))
        with self._transaction():
            self._conn.execute(
                "DELETE FROM links WHERE a = ? AND b = ? AND kind = 'same_fact'", (low, high)
            )
            self._conn.execute(
                "INSERT OR IGNORE INTO links (a, b, kind, made_by, created_at) "
                "VALUES (?, ?, 'not_same', 'user', ?)",
                (low, high, utc_now()),
            )

    def links(self) -> list[tuple[int, int, str]]:
        """Pairs of rows that state the same fact: (a, b, made_by) with a < b."""
        with self._errors():
            rows = self._conn.execute(
                "SELECT a, b, made_by FROM links WHERE kind = 'same_fact' ORDER BY id"
            ).fetchall()
        return [(int(a), int(b), str(m)) for a, b, m in rows]
