"""Writing a batch of resources from one source (an import) in one transaction.

:class:`BatchWriter` holds what :class:`~ecan_desktop.vault.store.Vault` writes resources with:
:meth:`BatchWriter.put_batch` and the helpers it shares with the patient's own entries and with
links. One thread owns the connection (STYLE.md rule 4).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ecan_desktop.fhir.resource import clinical_date, fingerprint
from ecan_desktop.vault.connection import VaultConnection
from ecan_desktop.vault.records import AuditEvent, BatchResult, NewSource, utc_now

# The key in a source's counts column under which its import's problems are kept.
PROBLEMS_KEY = "problems"
# put_batch reports its progress (and may be stopped) after every this many resources: often
# enough that Cancel answers within a fraction of a second in a large file, rarely enough to cost
# nothing.
WRITE_CHUNK = 200

# Called as a batch is written, with (resources written, resources in the batch).
WriteProgress = Callable[[int, int], None]


class BatchWriter(VaultConnection):
    """Resources in, from one source at a time: all of a batch or none of it."""

    def put_batch(
        self,
        source: NewSource,
        resources: Iterable[Mapping[str, Any]],
        *,
        full_urls: Sequence[str | None] | None = None,
        same_as: Mapping[int, Sequence[int]] | None = None,
        same_within: Sequence[tuple[int, int]] = (),
        problems: Sequence[Mapping[str, Any]] = (),
        problems_found: int | None = None,
        progress: WriteProgress | None = None,
    ) -> BatchResult:
        """Store a batch from one source in one transaction: all of it or none of it.

        ``full_urls[i]`` is the Bundle ``fullUrl`` of ``resources[i]`` (or None): it is kept as an
        alias, so that references by fullUrl resolve after storage (see ``Vault.resolve``).
        ``same_as[i]`` lists stored rows that state the same fact as ``resources[i]``
        (``reconcile``): they are linked in the same transaction, unless the user has unlinked
        that pair before. ``same_within`` pairs indexes of *resources* that the file itself says
        are one fact (our own IPS export marks them). What the patient enters in the app goes
        through ``Vault.put_entries`` instead.

        ``problems`` are what the importer skipped or repaired in the file (plain JSON-able
        mappings; ``problems_found`` is how many there were in all, when only the first ones are
        given). They are kept with the source, so that the Sources view can list them later, and
        never go into the audit log.

        ``progress(written, total)`` is called after every :data:`WRITE_CHUNK` resources and once
        at the end. It may raise (the user cancelled): the batch is then rolled back whole and the
        exception goes on to the caller; inside ``all_or_nothing()`` the caller's transaction
        decides about the rest.

        A resource already brought by the same origin (same type and id) is updated in place and its
        previous version kept in history; one that is identical is left alone. When nothing changes
        the transaction is rolled back, so re-importing a file leaves no trace.
        """
        added = updated = unchanged = linked = 0
        by_type: dict[str, int] = {}
        total = len(resources) if isinstance(resources, Sequence) else 0
        now = utc_now()
        with self._errors():
            self._begin()
            try:
                source_id = self._insert_source(source, now)
                row_of: dict[int, int] = {}
                for index, resource in enumerate(resources):
                    if progress is not None and index and index % WRITE_CHUNK == 0:
                        progress(index, max(total, index))
                    outcome, row_id = self._put_one(source_id, source.origin, resource, now, False)
                    row_of[index] = row_id
                    full_url = full_urls[index] if full_urls is not None else None
                    if full_url:
                        self._conn.execute(
                            "INSERT OR IGNORE INTO aliases (resource_id, alias) VALUES (?, ?)",
                            (row_id, full_url),
                        )
                    for other in (same_as or {}).get(index, ()):
                        linked += self._link(row_id, other, made_by="reconcile", now=now)
                    resource_type = str(resource["resourceType"])
                    if outcome == "added":
                        added += 1
                    elif outcome == "updated":
                        updated += 1
                    else:
                        unchanged += 1
                        continue
                    by_type[resource_type] = by_type.get(resource_type, 0) + 1
                if progress is not None:
                    progress(len(row_of), max(total, len(row_of)))
                for first, second in same_within:
                    if first in row_of and second in row_of:
                        linked += self._link(
                            row_of[first], row_of[second], made_by="reconcile", now=now
                        )
                if added + updated == 0:
                    self._rollback()
                    return BatchResult(None, 0, 0, unchanged, {})
                counts = {
                    "added": added,
                    "updated": updated,
                    "unchanged": unchanged,
                    "linked": linked,
                }
                stored: dict[str, Any] = dict(counts)
                found = len(problems) if problems_found is None else problems_found
                if found:
                    stored[PROBLEMS_KEY] = {"found": found, "items": [dict(p) for p in problems]}
                self._conn.execute(
                    "UPDATE sources SET counts = ? WHERE id = ?",
                    (json.dumps(stored, sort_keys=True, ensure_ascii=False), source_id),
                )
                self._audit(AuditEvent.IMPORTED, counts, source_id)
            except BaseException:
                self._rollback()
                raise
            self._commit()
        return BatchResult(source_id, added, updated, unchanged, by_type, linked)

    def _put_one(
        self,
        source_id: int,
        origin: str,
        resource: Mapping[str, Any],
        now: str,
        patient_entered: bool,
    ) -> tuple[str, int]:
        resource_type = resource.get("resourceType")
        fhir_id = resource.get("id")
        if not isinstance(resource_type, str) or not isinstance(fhir_id, str) or not fhir_id:
            raise ValueError("every stored resource needs a resourceType and an id")
        body = json.dumps(resource, separators=(",", ":"), ensure_ascii=False)  # as received
        print_ = fingerprint(resource)
        when = clinical_date(resource)
        row = self._conn.execute(
            "SELECT id, source_id, version, json, fingerprint, clinical_date FROM resources "
            "WHERE origin = ? AND resource_type = ? AND fhir_id = ?",
            (origin, resource_type, fhir_id),
        ).fetchone()
        if row is None:
            cursor = self._conn.execute(
                "INSERT INTO resources (source_id, origin, resource_type, fhir_id, json, "
                "fingerprint, clinical_date, patient_entered, version, stored_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                (
                    source_id,
                    origin,
                    resource_type,
                    fhir_id,
                    body,
                    print_,
                    when,
                    int(patient_entered),
                    now,
                ),
            )
            return "added", int(cursor.lastrowid)
        row_id, old_source, version, old_json, old_print, old_when = row
        if old_print == print_:
            return "unchanged", int(row_id)
        self._conn.execute(
            "INSERT INTO resource_history (resource_id, source_id, replaced_by, version, json, "
            "fingerprint, clinical_date, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, old_source, source_id, version, old_json, old_print, old_when, now),
        )
        self._conn.execute(
            "UPDATE resources SET source_id = ?, json = ?, fingerprint = ?, clinical_date = ?, "
            "version = ?, stored_at = ? WHERE id = ?",
            (source_id, body, print_, when, version + 1, now, row_id),
        )
        return "updated", int(row_id)

    def _insert_source(self, source: NewSource, now: str) -> int:
        cursor = self._conn.execute(
            "INSERT INTO sources (kind, origin, centre_name, centre_country, file_name, "
            "sha256, url, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source.kind,
                source.origin,
                source.centre_name,
                source.centre_country,
                source.file_name,
                source.sha256,
                source.url,
                source.imported_at or now,
            ),
        )
        return int(cursor.lastrowid)

    def _link(self, a: int, b: int, *, made_by: str, now: str) -> int:
        """Link two rows as the same fact, unless the user said they are not; 1 if new."""
        if a == b:
            return 0
        low, high = sorted((a, b))
        refused = self._conn.execute(
            "SELECT 1 FROM links WHERE a = ? AND b = ? AND kind = 'not_same'", (low, high)
        ).fetchone()
        if refused is not None and made_by != "user":
            return 0
        self._conn.execute(
            "DELETE FROM links WHERE a = ? AND b = ? AND kind = 'not_same'", (low, high)
        )
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO links (a, b, kind, made_by, created_at) "
            "VALUES (?, ?, 'same_fact', ?, ?)",
            (low, high, made_by, now),
        )
        return int(cursor.rowcount > 0)
