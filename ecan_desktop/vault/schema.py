"""The vault's schema as numbered migrations (``PRAGMA user_version``).

``MIGRATIONS[n]`` takes a vault from version ``n`` to ``n + 1``. Each runs in one transaction, after
an encrypted backup of the vault (see ``vault.store.Vault.open``). Never edit a released migration:
add a new one, and keep a fixture vault of every released version in ``tests/fixtures/vaults/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Connection = Any  # a sqlcipher3 connection; the driver ships no type stubs

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,            -- file, fhir_server, shl, cda, patient, demo
    origin         TEXT NOT NULL,            -- what makes "the same source" across imports
    centre_name    TEXT,
    centre_country TEXT,                     -- ISO 3166-1 alpha-2
    file_name      TEXT,
    sha256         TEXT,
    url            TEXT,
    imported_at    TEXT NOT NULL,            -- ISO 8601, UTC
    counts         TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE resources (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources(id),
    origin          TEXT NOT NULL,
    resource_type   TEXT NOT NULL,
    fhir_id         TEXT NOT NULL,
    json            TEXT NOT NULL,            -- the resource exactly as received
    fingerprint     TEXT NOT NULL,            -- sha256 of the canonical JSON
    clinical_date   TEXT,
    patient_entered INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    stored_at       TEXT NOT NULL,
    UNIQUE (origin, resource_type, fhir_id)
);
CREATE INDEX resources_by_type ON resources (resource_type, clinical_date);
CREATE INDEX resources_by_source ON resources (source_id);
CREATE TABLE resource_history (
    id            INTEGER PRIMARY KEY,
    resource_id   INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    source_id     INTEGER NOT NULL,           -- the source that had brought this version
    replaced_by   INTEGER NOT NULL,           -- the source whose import replaced it
    version       INTEGER NOT NULL,
    json          TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    clinical_date TEXT,
    replaced_at   TEXT NOT NULL
);
CREATE INDEX history_by_resource ON resource_history (resource_id, version);
CREATE TABLE links (
    id         INTEGER PRIMARY KEY,
    a          INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    b          INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL DEFAULT 'same_fact',
    made_by    TEXT NOT NULL,                 -- reconcile or user
    created_at TEXT NOT NULL,
    UNIQUE (a, b, kind),
    CHECK (a < b)
);
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    event     TEXT NOT NULL,                  -- a fixed vocabulary, never clinical free text
    source_id INTEGER,
    counts    TEXT NOT NULL DEFAULT '{}'
);
"""


# v2: every Bundle entry's fullUrl is kept, so that references by fullUrl resolve after import.
_V2 = """
CREATE TABLE aliases (
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    UNIQUE (resource_id, alias)
);
CREATE INDEX aliases_by_alias ON aliases (alias);
"""


def _run(script: str) -> Callable[[Connection], None]:
    # Not executescript(): it would COMMIT first, and a migration must be one transaction.
    def migrate(conn: Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)

    return migrate


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_run(_V1), _run(_V2))
SCHEMA_VERSION = len(MIGRATIONS)
