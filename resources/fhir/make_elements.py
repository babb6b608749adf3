"""Generate ``r4-elements.json``: the cardinality and type of every FHIR R4 (4.0.1) element.

The FHIR XML reader (``ecan_desktop/fhir/xml_reader.py``) has to know, for each element, whether it
repeats (maximum cardinality ``*``: always a JSON array, even with one item) and its type (a
primitive becomes a JSON string, number or boolean; a complex type an object; ``Resource`` a
resource that XML wraps in an element named after its type; ``xhtml`` the narrative string). That
comes from the FHIR R4 definitions, not from guessing. This script reads it once from the
``fhir.resources`` models, which are generated from those definitions, and writes a compact JSON
file that the app ships (no pydantic at run time).

Which ``fhir.resources``: **6.4.0**, the last release whose models are FHIR R4 4.0.1
(``fhir.resources.__fhir_version__ == "4.0.1"``; it needs pydantic 1). Releases 7 and 8 carry R4B
(4.3.0) and R5 models only, and R4B is not R4: it drops 18 R4 resources (MedicinalProduct*,
Substance{NucleicAcid,Polymer,Protein,ReferenceInformation,SourceMaterial,Specification},
Effect/RiskEvidenceSynthesis), rewrites Evidence and EvidenceVariable, and changes the open type
``value[x]`` (Meta dropped, CodeableReference and RatioRange added). README.md says how the table
was checked against the R4B models and against a second copy of the R4 definitions.

Run it in a throwaway virtual environment, never in the project's:

    python3.11 -m venv /tmp/fhirgen4
    /tmp/fhirgen4/bin/pip install 'fhir.resources==6.4.0' 'pydantic<2'
    /tmp/fhirgen4/bin/python resources/fhir/make_elements.py

Output (``r4-elements.json`` beside this script, keys sorted, one type per line)::

    {"fhirVersion": "4.0.1", "source": "...", "resources": ["Account", ...],
     "types": {"Bundle": {"entry": [1, "Bundle.entry"], "type": [0, "code"], ...},
               "Bundle.entry": {"resource": [0, "Resource"], ...}, ...}}

``types`` maps every resource, every complex datatype and every backbone element (named by its
defining path, e.g. ``Composition.section``; an element that reuses another's definition, such as
``Composition.section.section``, points to it) to ``{element: [repeats (0 or 1), type]}``. Choice
elements appear under each concrete name (``valueQuantity``, ``valueString``...). The type is a
FHIR primitive name (``boolean``, ``decimal``, ``xhtml``...), ``Resource``, or a key of ``types``.
"""

from __future__ import annotations

import importlib
import json
import pathlib
from typing import Any

OUT = pathlib.Path(__file__).with_name("r4-elements.json")
REQUIRED_VERSION = "6.4.0"
# Modules of fhir.resources that define no resource or datatype of their own.
NOT_TYPES = {
    "__init__",
    "fhirabstractmodel",
    "fhirprimitiveextension",
    "fhirresourcemodel",
    "fhirtypes",
    "fhirtypesvalidators",
}
# Abstract bases: their elements are repeated in every type that derives from them.
ABSTRACT = {"Element", "BackboneElement", "Resource", "DomainResource", "MetadataResource"}
SHAPE_LIST = 2  # pydantic 1 ModelField.shape of List[...]

Entry = dict[str, list[Any]]


def top_level_classes() -> dict[str, type]:
    """Every resource and datatype model, by FHIR name (each has a module of its own)."""
    import fhir.resources as fr

    found: dict[str, type] = {}
    for path in sorted(pathlib.Path(fr.__file__).parent.glob("*.py")):
        if path.stem in NOT_TYPES:
            continue
        module = importlib.import_module(f"fhir.resources.{path.stem}")
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and name.lower() == path.stem
                and obj.__module__ == module.__name__
            ):
                found[name] = obj
    return found


def elements(klass: type) -> list[tuple[str, bool, str, type | None]]:
    """(name, repeats, FHIR type or model name, model class if complex) of each element."""
    from fhir.resources import fhirtypes, get_fhir_model_class

    result = []
    for field in klass.__fields__.values():  # type: ignore[attr-defined]
        if not field.field_info.extra.get("element_property"):
            continue  # resource_type, fhir_comments, the "_name" companions of primitives
        repeats = field.shape == SHAPE_LIST
        hint = field.type_
        if getattr(hint, "__origin__", None) is not None:  # Optional[String] inside List[...]
            (hint,) = (a for a in hint.__args__ if a is not type(None))
        if hint is bool:
            hint = fhirtypes.Boolean
        visit_name = getattr(hint, "__visit_name__", None)
        if visit_name in fhirtypes.FHIR_PRIMITIVES:
            result.append((field.alias, repeats, visit_name, None))
            continue
        model_name = hint.__resource_type__
        model = None if model_name == "Resource" else get_fhir_model_class(model_name)
        result.append((field.alias, repeats, model_name, model))
    return result


def camel_path(path: str) -> str:
    """``Bundle.entry.request`` → ``BundleEntryRequest``, the model class of that backbone."""
    return "".join(part[:1].upper() + part[1:] for part in path.split("."))


def build() -> dict[str, Any]:
    import fhir.resources as fr

    if fr.__version__ != REQUIRED_VERSION or fr.__fhir_version__ != "4.0.1":
        raise SystemExit(
            f"needs fhir.resources {REQUIRED_VERSION} (FHIR 4.0.1), not {fr.__version__}"
        )
    tops = {n: k for n, k in top_level_classes().items() if n not in ABSTRACT}
    from fhir.resources.resource import Resource

    resources = sorted(n for n, k in tops.items() if issubclass(k, Resource))

    # Name each backbone class by its defining path: the path whose CamelCase is the class name.
    # Paths reached through a content reference (Questionnaire.item.item) reuse that name.
    names: dict[type, str] = {k: n for n, k in tops.items()}
    pending = list(tops)
    classes = dict(tops)
    while pending:
        owner = pending.pop(0)
        for name, _repeats, type_name, model in elements(classes[owner]):
            path = f"{owner}.{name}"
            if model is not None and type_name not in tops and camel_path(path) == model.__name__:
                names[model] = path
                classes[path] = model
                pending.append(path)

    types: dict[str, Entry] = {}
    for owner, klass in classes.items():
        entry: Entry = {}
        for name, repeats, type_name, model in elements(klass):
            if model is not None and model not in names:
                raise SystemExit(f"{owner}.{name}: no defining path for {model.__name__}")
            entry[name] = [int(repeats), type_name if model is None else names[model]]
        types[owner] = entry
    return {
        "fhirVersion": fr.__fhir_version__,
        "source": f"fhir.resources {fr.__version__} models, by resources/fhir/make_elements.py",
        "resources": resources,
        "types": types,
    }


def dump(table: dict[str, Any]) -> str:
    """Sorted, one type per line: small, and a regenerated file diffs readably."""
    compact = {"separators": (",", ":"), "sort_keys": True, "ensure_ascii": True}
    lines = [
        "{",
        f'"fhirVersion":{json.dumps(table["fhirVersion"])},',
        f'"source":{json.dumps(table["source"])},',
        f'"resources":{json.dumps(table["resources"], **compact)},',  # type: ignore[arg-type]
        '"types":{',
    ]
    items = sorted(table["types"].items())
    for index, (name, entry) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        lines.append(f"{json.dumps(name)}:{json.dumps(entry, **compact)}{comma}")  # type: ignore[arg-type]
    lines += ["}", "}", ""]
    return "\n".join(lines)


def main() -> None:
    table = build()
    text = dump(table)
    json.loads(text)  # the file must stay valid JSON
    OUT.write_text(text, encoding="utf-8")
    count = sum(len(entry) for entry in table["types"].values())
    print(
        f"{OUT}: {len(table['resources'])} resources, {len(table['types'])} types, "
        f"{count} elements, {len(text.encode())} bytes"
    )


if __name__ == "__main__":
    main()
