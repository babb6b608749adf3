"""An open SQLCipher connection to one vault: opening with a verified key, migrations,
transactions, meta, audit and integrity checks. :class:`~ecan_desktop.vault.store.Vault` adds the
resources on top.

One thread owns a connection (SQLite connections are thread-bound, STYLE.md rule 4). Writes are
explicit transactions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any, Self

import sqlcipher3

from ecan_desktop.vault.errors import StorageFailed, VaultDamaged, VaultNewer
from ecan_desktop.vault.records import AuditEntry, AuditEvent, utc_now
from ecan_desktop.vault.schema import MIGRATIONS, SCHEMA_VERSION

_DAMAGED = {"SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE"}


def _sqlite_error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def translate_db_error(
    exc: BaseException, *, path: Path, label: str, backup: object
) -> StorageFailed | VaultDamaged:
    """Turn a driver error into the error the user can act on."""
    name = _sqlite_error_name(exc)
    if name in _DAMAGED or "malformed" in str(exc) or "not a database" in str(exc):
        return VaultDamaged(label=label, detail=str(exc), backup=backup)
    return StorageFailed(path=str(path), detail=str(exc))


class VaultConnection:
    """An open, unlocked vault database: :meth:`open` it, :meth:`close` it."""

    def __init__(self, conn: Any, path: Path, label: str, backup_hint: object) -> None:
        self._conn = conn
        self.path = path
        self._label = label
        self._backup_hint = backup_hint
        # True inside rehearsal() and all_or_nothing(): each write transaction then becomes a
        # savepoint of their own transaction, which they commit or roll back as a whole.
        self._nested = False

    # -- opening ----------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes | bytearray,
        *,
        label: str,
        backup_hint: object = "",
        create: bool = False,
        before_migration: Callable[[int], None] | None = None,
    ) -> Self:
        """Open *path* with a key already verified by its wrap.

        Any failure to read the database is therefore damage, not a wrong passphrase.
        ``before_migration(from_version)`` is called before an older vault is upgraded (it makes the
        backup that DESIGN.md requires).
        """
        if not create and not path.is_file():
            raise VaultDamaged(label=label, detail="vault.db is missing", backup=backup_hint)
        if create and not path.exists():
            # 0600 before SQLite writes a byte; its -wal and -shm files copy these permissions.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except OSError as exc:
                raise StorageFailed(path=str(path), detail=exc.strerror or str(exc)) from exc
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
        except sqlcipher3.Error as exc:
            raise translate_db_error(exc, path=path, label=label, backup=backup_hint) from exc
        vault = cls(conn, path, label, backup_hint)
        try:
            with vault._errors():
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                vault._upgrade(before_migration)
        except BaseException:
            conn.close()
            raise
        return vault

    def _upgrade(self, before_migration: Callable[[int], None] | None) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise VaultNewer(label=self._label, found=version, supported=SCHEMA_VERSION)
        if version == SCHEMA_VERSION:
            return
        if version > 0 and before_migration is not None:
            self.checkpoint()
            before_migration(version)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                MIGRATIONS[target - 1](self._conn)
                # user_version cannot be bound as a parameter; target is our own integer.
                self._conn.execute(f"PRAGMA user_version = {int(target)}")
                if version > 0:  # a new vault is created at the newest version, not "migrated"
                    self._audit(AuditEvent.MIGRATED, {"from": target - 1, "to": target})

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    # -- plumbing ---------------------------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlcipher3.Error as exc:
            raise translate_db_error(
                exc, path=self.path, label=self._label, backup=self._backup_hint
            ) from exc

    def _begin(self) -> None:
        """Start a write transaction, or a savepoint inside all_or_nothing() and rehearsal()."""
        if self._nested:
            self._conn.execute("SAVEPOINT write")
        else:
            self._conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self._conn.execute("RELEASE write" if self._nested else "COMMIT")

    def _rollback(self) -> None:
        """Undo the open transaction. SQLite has already undone it after some errors (a full disk,
        an I/O error); a second ROLLBACK would then fail and hide the error that matters."""
        if self._conn.in_transaction:
            with suppress(sqlcipher3.Error):
                if self._nested:
                    self._conn.execute("ROLLBACK TO write")
                    self._conn.execute("RELEASE write")
                else:
                    self._conn.execute("ROLLBACK")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._errors():
            self._begin()
            try:
                yield
            except BaseException:
                self._rollback()
                raise
            self._commit()

    @contextmanager
    def _outer(self, *, keep: bool) -> Iterator[None]:
        if self._nested:
            raise RuntimeError("writes are already grouped in one transaction")
        with self._errors():
            self._conn.execute("BEGIN IMMEDIATE")
            self._nested = True
            try:
                yield
            except BaseException:
                self._nested = False
                self._rollback()
                raise
            self._nested = False
            try:
                if keep:
                    self._conn.execute("COMMIT")
            finally:
                self._rollback()  # nothing left to undo after a COMMIT that worked

    def all_or_nothing(self) -> AbstractContextManager[None]:
        """Group writes into one transaction: kept together when the block ends normally, all
        undone when it raises (an import of several files that the user cancels).

        Each write inside still runs as usual: its own transaction becomes a savepoint, so a write
        that rolls itself back (a batch that changes nothing) still does.
        """
        return self._outer(keep=True)

    def rehearsal(self) -> AbstractContextManager[None]:
        """Run real writes and undo them all at the end, however the block ends: a dry run that
        gives exactly the outcome the same writes would have (the import preview) and leaves the
        vault as it was."""
        return self._outer(keep=False)

    def _audit(
        self, event: AuditEvent, counts: Mapping[str, int], source_id: int | None = None
    ) -> None:
        self._conn.execute(
            "INSERT INTO audit (at, event, source_id, counts) VALUES (?, ?, ?, ?)",
            (utc_now(), event.value, source_id, json.dumps(dict(counts), sort_keys=True)),
        )

    # -- meta -------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self._errors():
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, values: Mapping[str, str | None]) -> None:
        with self._transaction():
            for key, value in values.items():
                if value is None:
                    self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    self._conn.execute(
                        "INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )

    # -- audit ------------------------------------------------------------------------------------
    def record(
        self,
        event: AuditEvent,
        counts: Mapping[str, int] | None = None,
        source_id: int | None = None,
    ) -> None:
        with self._transaction():
            self._audit(event, counts or {}, source_id)

    def audit_log(self) -> list[AuditEntry]:
        with self._errors():
            rows = self._conn.execute(
                "SELECT at, event, source_id, counts FROM audit ORDER BY id"
            ).fetchall()
        return [AuditEntry(at, AuditEvent(event), sid, json.loads(c)) for at, event, sid, c in rows]

    # -- maintenance ------------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Both checks: SQLCipher's HMAC check (flipped bytes) and SQLite's (truncation).

        A page too damaged to read stops a check with SQLITE_CORRUPT; that is a problem found,
        reported like the others.
        """
        problems: list[str] = []
        for pragma in ("PRAGMA cipher_integrity_check", "PRAGMA integrity_check"):
            try:
                rows = [str(r[0]) for r in self._conn.execute(pragma)]
            except sqlcipher3.DatabaseError as exc:
                if _sqlite_error_name(exc) not in _DAMAGED and "malformed" not in str(exc):
                    raise translate_db_error(
                        exc, path=self.path, label=self._label, backup=self._backup_hint
                    ) from exc
                rows = [str(exc)]
            problems.extend(line for line in rows if line != "ok")
        return problems

    def checkpoint(self) -> None:
        """Fold the WAL into the main file, so that ``vault.db`` alone holds everything."""
        with self._errors():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
