"""Which stored rows an IPS document leaves out when the user left items out of the summary.

The export dialog lets the user leave sections and items out of the summary; what they leave out
of the PDF must not travel in the IPS file attached to it (or exported beside it), or the choice
would mean nothing to anyone who opens the attachment. The rules:

- An item's rows leave when none of its places in the summary is included (the same diagnosis is
  listed under "active cancer" and in the oncology history; it stays while either is on).
- Warnings are derived, not stored: leaving one out leaves its triggering items in.
- What the sources mark as entered in error or refuted stays, with that status, as the sources
  sent it (the default selection leaves it out of the printed summary only): with the default
  selection the bundle is exactly :func:`~ecan_desktop.summary.ips.build_ips` without one.
- Supporting resources (a Medication, an Encounter, a Specimen, an Organization...) leave with
  the items that need them: those only reached from left-out rows, and those whose every item
  reference points at a left-out row (a report of left-out results, the visit for a left-out
  condition).
- The summaries the sources sent (their own Compositions, carried as DocumentReferences) hold
  everything; they leave as soon as anything else does.

References from the rows that stay to rows that left are masked (data-absent-reason ``masked``,
by :class:`~ecan_desktop.summary.ips_refs.EntryMap`); a required IPS section that lost its entries
says ``withheld`` rather than ``unavailable`` (:attr:`LeftOut.sections`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips_refs import references_in
from ecan_desktop.summary.ips_sections import section_of
from ecan_desktop.summary.select import Selection, candidates, marked_invalid
from ecan_desktop.summary.warnings import DerivedWarning
from ecan_desktop.terminology import Terminology


@dataclass(frozen=True)
class LeftOut:
    rows: frozenset[int] = frozenset()  # stored rows the bundle leaves out
    sections: frozenset[str] = frozenset()  # IPS sections that lost entries (ips_sections keys)

    def __bool__(self) -> bool:
        return bool(self.rows)


NOTHING = LeftOut()


def _item_rows(
    data: SummaryData, selection: Selection, terminology: Terminology | None
) -> tuple[set[int], set[int]]:
    """(rows of included items, rows of items left out everywhere)."""
    kept: set[int] = set()
    dropped: set[int] = set()
    for key, items in candidates(data, terminology).items():
        section_on = selection.includes_section(key)
        for item in items:
            if isinstance(item, DerivedWarning):
                continue
            on = section_on and (selection.includes(item.id) or marked_invalid(item))
            (kept if on else dropped).update(item.row_ids)
    return kept, dropped - kept


def _graph(data: SummaryData) -> dict[int, set[int]]:
    """The stored rows each row refers to (references that resolve in the vault)."""
    found: dict[int, set[int]] = {}
    for row in data.rows:
        targets = set()
        for reference in references_in(row.resource):
            target = data.index.resolve(reference, row)
            if target is not None and target.row_id != row.row_id:
                targets.add(target.row_id)
        found[row.row_id] = targets
    return found


def _reach(starts: Iterable[int], graph: dict[int, set[int]], through: set[int]) -> set[int]:
    """The rows of *through* reachable from *starts* (walking through *through* only)."""
    seen: set[int] = set()
    stack = [t for s in starts for t in graph.get(s, ()) if t in through]
    while stack:
        row = stack.pop()
        if row not in seen:
            seen.add(row)
            stack.extend(t for t in graph.get(row, ()) if t in through and t not in seen)
    return seen


def left_out(
    data: SummaryData, selection: Selection, terminology: Terminology | None = None
) -> LeftOut:
    """The rows an IPS of *data* leaves out under *selection* (see the module's rules)."""
    if not selection.off_sections and not selection.off_items:
        return NOTHING
    kept_items, dropped = _item_rows(data, selection, terminology)
    if not dropped:
        return NOTHING
    patients = {r.row_id for r in data.rows if r.resource_type == "Patient"}
    documents = {r.row_id for r in data.rows if r.resource_type == "Composition"}
    item_rows = kept_items | dropped
    supporting = {r.row_id for r in data.rows} - item_rows - patients - documents
    graph = _graph(data)
    # rows nothing but the sources' own summaries refers to are not orphans, and stay
    referred = {t for targets in graph.values() for t in targets}
    walk = {row: targets for row, targets in graph.items() if row not in documents}
    while True:
        staying = supporting - dropped
        roots = (set(walk) - dropped - staying) | patients
        orphans = staying - referred
        from_kept = _reach(roots | orphans, walk, staying) | orphans
        leaving = _reach(dropped, walk, staying) - from_kept
        for row_id in staying - leaving:
            about = walk[row_id] & item_rows
            if about and about <= dropped:
                leaving.add(row_id)
        if not leaving:
            break
        dropped |= leaving
    dropped |= documents
    sections = set()
    for row in data.rows:
        if row.row_id in dropped:
            key = "documents" if row.row_id in documents else section_of(row.resource)
            if key is not None:
                sections.add(key)
    return LeftOut(frozenset(dropped), frozenset(sections))
