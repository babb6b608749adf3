"""What is wrong inside resources that are imported all the same (DESIGN.md "Imports": lenient and
explicit): each defect becomes a :class:`Problem` with ``skipped=False``, so that the user, and
the centre they tell, know about it, while the record keeps everything usable.

- **A narrative without its text**: ``text`` is there but ``text.div`` is missing or empty (the
  Survivorship Passport exports). Strict validators reject such a file; we keep it as received.
- **The same resource twice in one file**: the vault keeps the last copy (the first becomes its
  history), which would otherwise happen silently.
- **References that point at nothing**: neither in the file nor already in the vault. They are
  resolved as the record resolves them (``record.index``, ``Vault.resolve``): a fullUrl, the type
  and id (``Patient/1``, also at the end of an absolute URL), the id of a ``urn:`` reference, a
  contained resource for ``#id``. One problem per missing target, at the first place that refers
  to it, so that 5 000 results naming one absent patient make one line, not 5 000.
- **References written as** ``Patient/urn:uuid:…``, which FHIR does not allow: the record reads
  them as ``urn:uuid:…``; when that resolves, the problem says so.

An absolute URL on another server than the file's own entries (``https://elsewhere/fhir/…``) is
the centre saying where a resource is kept, not a promise that the file holds it, and this app
never fetches anything: it is not reported. One on the file's own server (the base of its
``fullUrl`` values) is reported like a relative reference, because the file should have held it.
So is a reference to a later file of the same import: each file is checked as it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from ecan_desktop.fhir.references import parse_reference
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message
from ecan_desktop.importers.batch import ImportBatch, Problem

_CTX = "ImportErrors"
PROBLEM_NO_DIV = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "its readable text (narrative) is missing (no div); everything else was imported",
)
PROBLEM_REPEATED = QT_TRANSLATE_NOOP(
    "ImportErrors", "{resource} is in the file more than once; the last copy was kept"
)
PROBLEM_MISSING = QT_TRANSLATE_NOOP(
    "ImportErrors", "it refers to {target}, which is neither in the file nor in your record"
)
PROBLEM_MISSING_OFTEN = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it refers to {target}, which is neither in the file nor in your record (other parts of the "
    "file refer to it too)",
)
PROBLEM_MISWRITTEN = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}",
)
PROBLEM_MISWRITTEN_OFTEN = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} "
    "(other parts of the file write it the same way)",
)

_ABSOLUTE = re.compile(
    r"^(?P<base>https?://.+?)/[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}(?:/_history/[^/]+)?$"
)
_LONGEST_TARGET = 90  # characters of a reference quoted in a problem; the rest is "…"

# Answers whether a reference resolves outside the file (in the vault).
Known = Callable[[str], bool]


def _reason(source: str, **fields: object) -> Message:
    return Message(_CTX, source, fields)


def _resources_with_contained(
    batch: ImportBatch,
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for path, resource in zip(_paths(batch), batch.resources, strict=True):
        yield path, resource
        contained = resource.get("contained")
        if isinstance(contained, list):
            for index, inner in enumerate(contained):
                if isinstance(inner, dict):
                    yield f"{path}.contained[{index}]", inner


def _paths(batch: ImportBatch) -> list[str]:
    if len(batch.paths) == len(batch.resources):
        return batch.paths
    return [f"$.entry[{index}].resource" for index in range(len(batch.resources))]


def narrative_problems(batch: ImportBatch, known: Sequence[Problem] = ()) -> list[Problem]:
    """Narratives without their XHTML ``div``, unless a problem at that place is already *known*
    (the XML reader reports a ``div`` that is not XHTML)."""
    reported = {p.path for p in known}
    found: list[Problem] = []
    for path, resource in _resources_with_contained(batch):
        text = resource.get("text")
        if not isinstance(text, dict):
            continue
        div = text.get("div")
        where = f"{path}.text"
        if isinstance(div, str) and div.strip():
            continue
        if where in reported or f"{where}.div" in reported:
            continue
        found.append(Problem(where, _reason(PROBLEM_NO_DIV), skipped=False))
    return found


def repeated_problems(batch: ImportBatch) -> list[Problem]:
    """Each later copy of a resource the file already held (same type and id)."""
    seen: set[tuple[str, str]] = set()
    found: list[Problem] = []
    for path, resource in zip(_paths(batch), batch.resources, strict=True):
        key = (str(resource.get("resourceType")), str(resource.get("id")))
        if key in seen:
            name = f"{key[0]}/{key[1]}"
            found.append(Problem(path, _reason(PROBLEM_REPEATED, resource=name), skipped=False))
        seen.add(key)
    return found


class _FileTargets:
    """What references inside one file can point at."""

    def __init__(self, batch: ImportBatch) -> None:
        self.urls = {url for url in batch.full_urls if url}
        self.typed = {(str(r.get("resourceType")), str(r.get("id"))) for r in batch.resources}
        self.ids = {str(r.get("id")) for r in batch.resources}
        self.bases = {m.group("base") for m in map(_ABSOLUTE.match, self.urls) if m is not None}

    def holds(self, reference: str) -> bool:
        if reference in self.urls:
            return True
        parsed = parse_reference(reference)
        if parsed is None:
            return False
        if parsed.resource_type is None:
            return parsed.fhir_id in self.ids
        return (parsed.resource_type, parsed.fhir_id) in self.typed

    def elsewhere(self, reference: str) -> bool:
        """An absolute URL on another server than the file's own entries."""
        absolute = _ABSOLUTE.match(reference)
        if absolute is not None:
            return absolute.group("base") not in self.bases
        return reference.startswith(("http://", "https://"))


def _references(node: Any, path: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every object with a string ``reference``, in the order of the file, with its path."""
    stack: list[tuple[Any, str]] = [(node, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("reference"), str):
                yield where, item
            children = [(v, f"{where}.{k}") for k, v in item.items() if isinstance(v, (dict, list))]
            stack.extend(reversed(children))
        elif isinstance(item, list):
            children = [
                (v, f"{where}[{i}]") for i, v in enumerate(item) if isinstance(v, (dict, list))
            ]
            stack.extend(reversed(children))


def _quoted(reference: str, display: object) -> str:
    shown = reference if len(reference) <= _LONGEST_TARGET else f"{reference[:_LONGEST_TARGET]}…"
    if isinstance(display, str) and display.strip():
        return f"{display.strip()} ({shown})"
    return shown


class _Resolver:
    """Resolves each distinct reference once: in the file, then in the vault."""

    def __init__(self, batch: ImportBatch, known: Known) -> None:
        self.targets = _FileTargets(batch)
        self.known = known
        self._answers: dict[str, str | None] = {}

    def _finds(self, reference: str) -> bool:
        return self.targets.holds(reference) or self.known(reference)

    def read_as(self, reference: str) -> str | None:
        """None when *reference* resolves as written or need not resolve (another server); the
        form it was read in when written wrongly (``Type/urn:uuid:…``); "" when it is missing."""
        if reference not in self._answers:
            self._answers[reference] = self._answer(reference)
        return self._answers[reference]

    def _answer(self, reference: str) -> str | None:
        if self._finds(reference):
            return None
        if "urn:" in reference and not reference.startswith("urn:"):
            tail = reference[reference.index("urn:") :]
            if self._finds(tail):
                return tail
        return None if self.targets.elsewhere(reference) else ""


def reference_problems(batch: ImportBatch, known: Known) -> list[Problem]:
    """References that resolve neither inside the file nor through *known* (the vault), and
    references written in a form FHIR does not allow; one problem per target."""
    resolver = _Resolver(batch, known)
    first: dict[str, tuple[str, str, object]] = {}  # reference: (path, read as, display)
    times: dict[str, int] = {}
    for path, resource in zip(_paths(batch), batch.resources, strict=True):
        if resource.get("resourceType") == "Bundle":
            continue  # a bundle inside the file resolves its own references
        contained = resource.get("contained")
        local = (
            {str(c.get("id")) for c in contained if isinstance(c, dict)}
            if isinstance(contained, list)
            else set()
        )
        for where, node in _references(resource, path):
            reference = str(node["reference"]).strip()
            if reference.startswith("#"):
                if reference == "#" or reference[1:] in local:
                    continue
                read_as: str | None = ""
            else:
                read_as = resolver.read_as(reference)
            if read_as is None:
                continue
            times[reference] = times.get(reference, 0) + 1
            first.setdefault(reference, (where, read_as, node.get("display")))
    found: list[Problem] = []
    for reference, (where, read_as, display) in first.items():
        often = times[reference] > 1
        target = _quoted(reference, display)
        if read_as:
            source = PROBLEM_MISWRITTEN_OFTEN if often else PROBLEM_MISWRITTEN
            reason = _reason(source, target=target, read_as=read_as)
        else:
            reason = _reason(PROBLEM_MISSING_OFTEN if often else PROBLEM_MISSING, target=target)
        found.append(Problem(where, reason, skipped=False))
    return found
