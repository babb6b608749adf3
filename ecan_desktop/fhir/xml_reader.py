"""Read FHIR R4 XML into exactly the JSON shape that FHIR's JSON format gives the same resource.

The rules are the specification's (https://hl7.org/fhir/R4/xml.html and json.html):

- a primitive's value is its ``value`` attribute, typed as JSON by the element's FHIR type
  (``boolean`` → true/false, ``integer``/``positiveInt``/``unsignedInt`` → integer, ``decimal`` →
  number, everything else → string); its ``id`` attribute and ``extension`` children go to
  ``_name``; for a repeating primitive, ``name`` and ``_name`` are parallel arrays with ``null``
  where an item has no value, or no id/extension;
- an element whose maximum cardinality is ``*`` is always an array, even with one item; whether it
  is, and every element's type, comes from the R4 definitions (:mod:`ecan_desktop.fhir.elements`);
- the resource type is the element's name (``resourceType``), and a resource held by another
  (``contained``, ``Bundle.entry.resource``, ``Parameters.parameter.resource``) is unwrapped;
- ``div`` (the narrative) is kept as an XHTML string with its namespace declared;
- the ``id`` attribute of an element becomes ``"id"``, and the ``url`` attribute of an extension
  ``"url"``; choice elements keep their concrete names (``valueQuantity``).

Outside input: parsed by ``defusedxml`` with DTDs (and so entities) forbidden, with a cap on the
nesting depth; the caller caps the size. Whatever goes wrong raises :class:`FhirXmlError`. Parts
that FHIR R4 does not define are kept as well as can be guessed and reported, each with its JSON
path, so nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ecan_desktop.fhir.elements import RESOURCE, XHTML, ElementInfo, ElementTable, element_table

FHIR_NS = "http://hl7.org/fhir"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
# Elements, not JSON levels: a real summary with nested sections, extensions and narrative tables
# stays well under this.
MAX_DEPTH = 128

REASON_NOT_WELL_FORMED = "the XML is not well formed"
REASON_DTD = "entities and DTDs are not allowed"
REASON_ENCODING = "the XML is not valid UTF-8"
REASON_TOO_DEEP = "the XML is nested too deeply"
REASON_NOT_FHIR = "not FHIR XML: the root element is not in the FHIR namespace"
REASON_EMPTY = "the XML contains no element"

PROBLEM_UNKNOWN_ELEMENT = "element not defined by FHIR R4 (kept as found)"
PROBLEM_UNKNOWN_RESOURCE = "resource type not defined by FHIR R4 (kept as found)"
PROBLEM_FOREIGN_ELEMENT = "element outside the FHIR namespace skipped"
PROBLEM_REPEATED = "element repeated where FHIR allows one; the first was kept"
PROBLEM_EMPTY = "empty element skipped"
PROBLEM_TEXT = "text outside a value attribute ignored"
PROBLEM_ATTRIBUTE = "attribute not defined by FHIR ignored"
PROBLEM_BAD_VALUE = "value is not a valid {type}; kept as text"
PROBLEM_NO_RESOURCE = "no resource inside; skipped"
PROBLEM_MANY_RESOURCES = "more than one resource inside; the first was kept"
PROBLEM_NOT_XHTML = "narrative is not an XHTML div; skipped"
PROBLEM_PRIMITIVE_CHILD = "child element of a primitive value ignored"

Problem = tuple[str, str]

_INTEGER_TYPES = frozenset({"integer", "positiveInt", "unsignedInt", "integer64"})
_INTEGER = re.compile(r"[-+]?[0-9]{1,20}")
# FHIR's decimal is JSON's number grammar; json.loads then gives what the JSON twin gives.
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,400})(?:\.[0-9]{1,400})?(?:[eE][-+]?[0-9]{1,4})?")
_ENCODING_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class FhirXmlError(ValueError):
    """The input cannot be read as FHIR XML; ``reason`` says why, ``line`` where (when known)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"{reason} (line {line})")
        self.reason = reason
        self.line = line


class _TooDeep(Exception):
    def __init__(self, line: int | None) -> None:
        super().__init__(REASON_TOO_DEEP)
        self.line = line


class _DepthLimitedBuilder:
    """An ElementTree target that refuses elements nested deeper than *max_depth*.

    Checked while parsing, so a hostile file never becomes a deep tree, and the conversion
    below may recurse: its depth is bounded by this cap, far below Python's recursion limit.
    """

    def __init__(self, max_depth: int) -> None:
        self._builder = TreeBuilder()
        self._depth = 0
        self._max_depth = max_depth
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._depth += 1
        if self._depth > self._max_depth:
            line = self.parser.parser.CurrentLineNumber if self.parser is not None else None
            raise _TooDeep(line)
        return self._builder.start(tag, attrs)

    def end(self, tag: str) -> Element:
        self._depth -= 1
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> Element:
        return self._builder.close()


def _check_utf8(data: bytes) -> None:
    """FHIR XML is UTF-8; say so plainly instead of expat's "not well-formed (invalid token)"."""
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        return  # UTF-16 with a byte order mark: expat decodes it and reports its own errors
    declared = _ENCODING_DECL.match(data[:200])
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FhirXmlError(REASON_ENCODING, data.count(b"\n", 0, exc.start) + 1) from exc


def _parse(data: bytes, max_depth: int) -> Element:
    _check_utf8(data)
    builder = _DepthLimitedBuilder(max_depth)
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except _TooDeep as exc:
        raise FhirXmlError(REASON_TOO_DEEP, exc.line) from None
    except DefusedXmlException as exc:
        raise FhirXmlError(REASON_DTD, parser.parser.CurrentLineNumber) from exc
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        if not data.removeprefix(b"\xef\xbb\xbf").strip():
            raise FhirXmlError(REASON_EMPTY, line) from exc
        raise FhirXmlError(REASON_NOT_WELL_FORMED, line) from exc
    except (ValueError, LookupError) as exc:  # e.g. an encoding that Python does not know
        raise FhirXmlError(REASON_NOT_WELL_FORMED, None) from exc
    if not isinstance(root, Element):
        raise FhirXmlError(REASON_EMPTY, None)
    return root


def _guesses(element: Element) -> dict[str, ElementInfo]:
    """For children FHIR does not define: repeated if they repeat here, primitive if valued."""
    counts: dict[str, int] = {}
    valued: set[str] = set()
    for child in element:
        counts[child.tag] = counts.get(child.tag, 0) + 1
        if "value" in child.attrib:
            valued.add(child.tag)
    return {tag: ElementInfo(n > 1, "string" if tag in valued else "") for tag, n in counts.items()}


def _split(tag: str) -> tuple[str, str]:
    """``{namespace}local`` → (namespace, local)."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def read_fhir_xml(
    data: bytes, *, max_depth: int = MAX_DEPTH
) -> tuple[dict[str, Any], list[Problem]]:
    """The FHIR JSON form of a FHIR XML document, and the problems found on the way.

    Each problem is ``(JSON path, reason)``, e.g. ``("$.entry[3].resource.code", "...")``.
    Raises :class:`FhirXmlError` when *data* is not FHIR XML that can be read at all.
    """
    root = _parse(data, max_depth)
    namespace, name = _split(root.tag)
    if namespace != FHIR_NS:
        raise FhirXmlError(REASON_NOT_FHIR, None)
    reader = _Reader(element_table())
    resource = reader.resource(root, name, "$")
    return resource, reader.problems


class _Reader:
    def __init__(self, table: ElementTable) -> None:
        self.table = table
        self.problems: list[Problem] = []

    def report(self, path: str, reason: str) -> None:
        self.problems.append((path, reason))

    # -- resources and complex elements ------------------------------------------------------

    def resource(self, element: Element, name: str, path: str) -> dict[str, Any]:
        known = self.table.is_resource(name)
        if not known:
            self.report(path, PROBLEM_UNKNOWN_RESOURCE)
        self._attributes(element, path, allowed=())
        result: dict[str, Any] = {"resourceType": name}
        self._children(element, name if known else None, result, path)
        return result

    def _contained(self, element: Element, path: str) -> dict[str, Any] | None:
        """The resource inside a ``Resource``-typed element (``<resource><Patient>…``)."""
        self._attributes(element, path, allowed=())
        self._text(element, path)
        inner = [child for child in element if _split(child.tag)[0] == FHIR_NS]
        if len(inner) < len(element):
            self.report(path, PROBLEM_FOREIGN_ELEMENT)
        if not inner:
            self.report(path, PROBLEM_NO_RESOURCE)
            return None
        if len(inner) > 1:
            self.report(path, PROBLEM_MANY_RESOURCES)
        return self.resource(inner[0], _split(inner[0].tag)[1], path)

    def _complex(self, element: Element, type_name: str | None, path: str) -> dict[str, Any]:
        """A datatype or backbone element; *type_name* None when FHIR does not define it."""
        allowed = ("id", "url") if type_name in ("Extension", None) else ("id",)
        result: dict[str, Any] = self._attributes(element, path, allowed=allowed)
        self._children(element, type_name, result, path)
        return result

    def _attributes(self, element: Element, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        kept: dict[str, Any] = {}
        for key, value in element.attrib.items():
            if key in allowed:
                kept[key] = value
            else:
                self._unknown_attribute(key, path)
        return kept

    def _unknown_attribute(self, key: str, path: str) -> None:
        namespace, name = _split(key)
        if namespace != XSI_NS:  # xsi:schemaLocation, as in HL7's own examples, means nothing
            self.report(f"{path}.@{name}", PROBLEM_ATTRIBUTE)

    def _text(self, element: Element, path: str) -> None:
        stray = (element.text or "").strip() or any((child.tail or "").strip() for child in element)
        if stray:
            self.report(path, PROBLEM_TEXT)

    def _children(
        self, element: Element, owner: str | None, out: dict[str, Any], path: str
    ) -> None:
        """Convert the child elements of *element* (of FHIR type *owner*) into *out*."""
        self._text(element, path)
        guesses = _guesses(element)
        primitives: dict[str, tuple[list[Any], list[Any]]] = {}
        reported: set[tuple[str, str]] = set()  # once per name, however often it repeats
        for child in element:
            namespace, name = _split(child.tag)
            info, problem = self._info(owner, name, namespace)
            if problem is not None and (name, problem) not in reported:
                reported.add((name, problem))
                self.report(f"{path}.{name}", problem)
            if info is None and problem in (None, PROBLEM_UNKNOWN_ELEMENT):
                info = guesses[child.tag]  # kept as found, as well as it can be guessed
            if info is not None:
                self._child(child, name, info, out, primitives, path)
        for name, (values, extras) in primitives.items():
            if any(value is not None for value in values):
                out[name] = values
            if any(extra is not None for extra in extras):
                out[f"_{name}"] = extras

    def _info(
        self, owner: str | None, name: str, namespace: str
    ) -> tuple[ElementInfo | None, str | None]:
        """What FHIR defines for the child *name* of *owner* (None: unknown), and any problem."""
        if namespace == XHTML_NS and name == "div":
            # inside something FHIR does not define, an XHTML div is a narrative all the same
            div = ElementInfo(False, XHTML) if owner is None else self.table.element(owner, name)
            if div is not None and div.type == XHTML:
                return div, None
            return None, PROBLEM_FOREIGN_ELEMENT
        if namespace != FHIR_NS:
            return None, PROBLEM_FOREIGN_ELEMENT
        if name in ("extension", "modifierExtension"):
            return ElementInfo(True, "Extension"), None  # on every element, defined or not
        if owner is None:
            return None, None  # inside an unknown element: only its top is reported
        info = self.table.element(owner, name)
        if info is None:
            return None, PROBLEM_UNKNOWN_ELEMENT
        if info.type == XHTML:
            return None, PROBLEM_NOT_XHTML  # a div in the FHIR namespace
        return info, None

    def _child(
        self,
        child: Element,
        name: str,
        info: ElementInfo,
        out: dict[str, Any],
        primitives: dict[str, tuple[list[Any], list[Any]]],
        path: str,
    ) -> None:
        if info.repeats:
            present = primitives[name][0] if name in primitives else out.get(name, [])
            item_path = f"{path}.{name}[{len(present)}]"
        else:
            item_path = f"{path}.{name}"
            if name in out or f"_{name}" in out:
                self.report(item_path, PROBLEM_REPEATED)
                return
        if info.type == XHTML:
            out[name] = _xhtml(child)
            return
        if info.is_primitive:
            value, extra = self._primitive(child, info.type, item_path)
            if info.repeats:
                values, extras = primitives.setdefault(name, ([], []))
                if value is None and extra is None:
                    return
                values.append(value)
                extras.append(extra)
                return
            if value is not None:
                out[name] = value
            if extra is not None:
                out[f"_{name}"] = extra
            return
        converted: dict[str, Any] | None
        if info.type == RESOURCE:
            converted = self._contained(child, item_path)
        else:
            converted = self._complex(child, info.type or None, item_path)
            if not converted:
                self.report(item_path, PROBLEM_EMPTY)
                converted = None
        if converted is None:
            return
        if info.repeats:
            out.setdefault(name, []).append(converted)
        else:
            out[name] = converted

    # -- primitives ----------------------------------------------------------------------------

    def _primitive(self, element: Element, type_name: str, path: str) -> tuple[Any, Any]:
        """(JSON value or None, the ``_name`` object or None) of a primitive element."""
        extra: dict[str, Any] = {}
        for key, text in element.attrib.items():
            if key == "id":
                extra["id"] = text
            elif key != "value":
                self._unknown_attribute(key, path)
        self._text(element, path)
        for child in element:
            namespace, name = _split(child.tag)
            if namespace == FHIR_NS and name == "extension":
                index = len(extra.get("extension", []))
                converted = self._complex(child, "Extension", f"{path}.extension[{index}]")
                if converted:
                    extra.setdefault("extension", []).append(converted)
            else:
                self.report(f"{path}.{name}", PROBLEM_PRIMITIVE_CHILD)
        raw = element.attrib.get("value")
        value = None if raw is None else self._typed(raw, type_name, path)
        if value is None and not extra:
            self.report(path, PROBLEM_EMPTY)
        return value, (extra or None)

    def _typed(self, raw: str, type_name: str, path: str) -> Any:
        if type_name == "boolean":
            text = raw.strip()  # XML Schema collapses whitespace in booleans and numbers
            if text in ("true", "false"):
                return text == "true"
        elif type_name in _INTEGER_TYPES:
            text = raw.strip()
            if _INTEGER.fullmatch(text):
                return int(text)
        elif type_name == "decimal":
            text = raw.strip()
            if _DECIMAL.fullmatch(text):
                number = json.loads(text)
                if number not in (float("inf"), float("-inf")):
                    return number
        else:
            return raw
        self.report(path, PROBLEM_BAD_VALUE.format(type=type_name))
        return raw


# -- the narrative -----------------------------------------------------------------------------


def _xhtml(div: Element) -> str:
    """The narrative as FHIR JSON carries it: the div with the XHTML namespace declared."""
    parts: list[str] = []
    _serialise(div, parts, XHTML_NS, declare=True)
    return "".join(parts)


def _serialise(element: Element, out: list[str], default_ns: str, *, declare: bool) -> None:
    namespace, name = _split(element.tag)
    out.append(f"<{name}")
    if declare or namespace != default_ns:
        out.append(f' xmlns="{_escape_attribute(namespace)}"')
    for key, value in element.attrib.items():
        key_ns, key_name = _split(key)
        if key_ns == XML_NS:
            key_name = f"xml:{key_name}"
        out.append(f' {key_name}="{_escape_attribute(value)}"')
    if element.text is None and len(element) == 0:
        out.append("/>")
        return
    out.append(">")
    if element.text:
        out.append(_escape_text(element.text))
    for child in element:
        _serialise(child, out, namespace, declare=False)
        if child.tail:
            out.append(_escape_text(child.tail))
    out.append(f"</{name}>")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )
