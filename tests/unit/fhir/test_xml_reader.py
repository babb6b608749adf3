"""FHIR XML read into exactly the JSON that FHIR's JSON format gives, and hostile XML refused."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecan_desktop.fhir import xml_reader
from ecan_desktop.fhir.elements import ElementInfo, element_table
from ecan_desktop.fhir.xml_reader import FhirXmlError, read_fhir_xml
from tests.conftest import FIXTURES

FHIR = FIXTURES / "fhir"
XML_BYTES = (FHIR / "ips-bundle-01.xml").read_bytes()
JSON_TWIN = json.loads((FHIR / "ips-bundle-01.json").read_text(encoding="utf-8"))
XHTML_DIV = '<div xmlns="http://www.w3.org/1999/xhtml">'
MISSING = "<absent>"


def fhir_xml(body: str, root: str = "Patient") -> bytes:
    return f'<{root} xmlns="http://hl7.org/fhir">{body}</{root}>'.encode()


def read(body: str, root: str = "Patient") -> tuple[dict[str, Any], list[tuple[str, str]]]:
    return read_fhir_xml(fhir_xml(body, root))


# -- the acceptance test: IPS-bundle-01 as XML and as JSON ---------------------------------------


def differences(xml: Any, twin: Any, path: str) -> list[tuple[str, Any, Any]]:
    """Every place where the two differ, as (JSON path, value from XML, value from JSON).

    Strict: ``1`` and ``1.0`` differ, as do ``True`` and ``1``, so that a number read with the
    wrong type fails here.
    """
    if type(xml) is not type(twin):
        return [(path, xml, twin)]
    if isinstance(xml, dict):
        found = []
        for key in list(xml) + [k for k in twin if k not in xml]:
            found += differences(xml.get(key, MISSING), twin.get(key, MISSING), f"{path}.{key}")
        return found
    if isinstance(xml, list):
        if len(xml) != len(twin):
            return [(path, xml, twin)]
        pairs = enumerate(zip(xml, twin, strict=True))
        return [d for i, (a, b) in pairs for d in differences(a, b, f"{path}[{i}]")]
    return [] if xml == twin else [(path, xml, twin)]


# The JSON twin is not a conversion of this XML file but a later publication of the same example
# (the IPS IG's build, as the SMART Health Links IG copied it). None of its differences is one of
# representation (the FHIR spec makes none of them equivalent), so none is normalised: each one
# is listed here, with both values, and any other difference fails the test.
#
# 1. Codings that the IPS IG changed between the two publications:
CHANGED_CODINGS: dict[str, tuple[Any, Any]] = {
    "$.entry[1].resource.contact[0].relationship[0].coding": (
        [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH"}],
        [
            {"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"},
            {"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "MTH"},
        ],
    ),
    "$.entry[4].resource.category[0].coding": (
        [{"system": "http://loinc.org", "code": "75326-9", "display": "Problem"}],
        [
            {
                "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                "code": "problem-list-item",
                "display": "Problem List Item",
            },
            {"system": "http://loinc.org", "code": "75326-9", "display": "Problem"},
        ],
    ),
    "$.entry[10].resource.category[0].coding": (
        [{"system": "http://loinc.org", "code": "75326-9", "display": "Problem"}],
        [
            {
                "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                "code": "problem-list-item",
                "display": "Problem List Item",
            },
            {"system": "http://loinc.org", "code": "75326-9", "display": "Problem"},
        ],
    ),
    "$.entry[10].resource.code.coding[1].system": (
        "http://terminology.hl7.org/CodeSystem/icd-o-3",
        "urn:oid:2.16.840.1.113883.6.43.1",
    ),
    "$.entry[19].resource.code.coding[0].system": (
        "http://snomed.info/sct",
        "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips",
    ),
    "$.entry[19].resource.code.coding[0].code": ("429625007", "no-known-food-allergies"),
    "$.entry[19].resource.code.coding[0].display": ("No known food allergy (situation)", MISSING),
}
# 2. The narrative of the Composition was regenerated (dates and links written differently), and
#    the JSON has generated narratives for the other 19 resources, which the XML has none of.
REGENERATED_NARRATIVE = "$.entry[0].resource.text.div"
NARRATIVE_ONLY_IN_JSON = {f"$.entry[{i}].resource.text" for i in range(1, 20)}
# 3. References: the XML points at entries by their fullUrl (urn:uuid:<id>), the JSON by
#    <type>/<id>; checked below to name the same entry of the bundle, one by one.


def same_entry(xml_reference: Any, json_reference: Any) -> bool:
    """Both references name the same entry: fullUrl urn:uuid:X, a resource T with id X."""
    if not (isinstance(xml_reference, str) and xml_reference.startswith("urn:uuid:")):
        return False
    for entry in JSON_TWIN["entry"]:
        if entry["fullUrl"] == xml_reference:
            resource = entry["resource"]
            return bool(json_reference == f"{resource['resourceType']}/{resource['id']}")
    return False


def explained(path: str, xml: Any, twin: Any) -> bool:
    if path in CHANGED_CODINGS:
        return (xml, twin) == CHANGED_CODINGS[path]
    if path in NARRATIVE_ONLY_IN_JSON:
        return (
            xml == MISSING
            and isinstance(twin, dict)
            and twin["status"] == "generated"
            and twin["div"].startswith(XHTML_DIV)
        )
    if path == REGENERATED_NARRATIVE:
        both = (xml, twin)
        return all(isinstance(div, str) and div.startswith(XHTML_DIV) for div in both)
    return path.endswith(".reference") and same_entry(xml, twin)


def report(found: list[tuple[str, Any, Any]]) -> str:
    lines = [f"{len(found)} unexplained difference(s) between the XML and its JSON twin:"]
    for path, xml, twin in found:
        lines += [f"  {path}", f"    from XML:  {xml!r:.300}", f"    from JSON: {twin!r:.300}"]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def from_xml() -> dict[str, Any]:
    document, problems = read_fhir_xml(XML_BYTES)
    assert problems == []
    return document


def test_bundle_level_matches_the_json_twin(from_xml: dict[str, Any]) -> None:
    assert len(from_xml["entry"]) == len(JSON_TWIN["entry"]) == 20
    outer = {k: v for k, v in from_xml.items() if k != "entry"}
    twin = {k: v for k, v in JSON_TWIN.items() if k != "entry"}
    assert outer == twin


@pytest.mark.parametrize("index", range(20))
def test_each_entry_matches_the_json_twin(from_xml: dict[str, Any], index: int) -> None:
    path = f"$.entry[{index}]"
    found = differences(from_xml["entry"][index], JSON_TWIN["entry"][index], path)
    unexplained = [d for d in found if not explained(*d)]
    assert not unexplained, report(unexplained)
    # The list above stays exact: every difference it names is still there.
    expected = {p for p in CHANGED_CODINGS if p.startswith(f"{path}.")}
    expected |= {
        p for p in NARRATIVE_ONLY_IN_JSON | {REGENERATED_NARRATIVE} if p.startswith(f"{path}.")
    }
    assert expected <= {p for p, _, _ in found}


def test_narratives_are_the_exact_xhtml(from_xml: dict[str, Any]) -> None:
    composition = from_xml["entry"][0]["resource"]
    # Written with a default namespace in the file: the string is the file's text, byte for byte.
    source = next(line.strip() for line in XML_BYTES.decode().splitlines() if XHTML_DIV in line)
    assert composition["text"]["div"] == source
    # Written with an xhtml: prefix, pretty-printed with tabs: the JSON twin has the same strings.
    for mine, twin in zip(
        composition["section"], JSON_TWIN["entry"][0]["resource"]["section"], strict=True
    ):
        assert mine["text"] == twin["text"]
    assert "<thead>" in composition["section"][1]["text"]["div"]


def test_numbers_have_the_json_types(from_xml: dict[str, Any]) -> None:
    dose = from_xml["entry"][5]["resource"]["dosage"][0]["doseAndRate"][0]["doseQuantity"]
    assert dose["value"] == 1 and type(dose["value"]) is int  # "1" is an integer in JSON too
    value = from_xml["entry"][17]["resource"]["valueQuantity"]["value"]
    assert value == 7.5 and type(value) is float


# -- the JSON rules, case by case --------------------------------------------------------------


def test_primitive_with_only_an_extension_goes_to_underscore_name() -> None:
    resource, problems = read(
        '<birthDate><extension url="http://hl7.org/fhir/StructureDefinition/data-absent-reason">'
        '<valueCode value="unknown"/></extension></birthDate>'
    )
    assert problems == []
    assert resource == {
        "resourceType": "Patient",
        "_birthDate": {
            "extension": [
                {
                    "url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                    "valueCode": "unknown",
                }
            ]
        },
    }


def test_repeating_primitives_and_their_underscore_array_stay_aligned() -> None:
    resource, problems = read(
        '<name><family value="Chalmers"/><given value="Peter"/>'
        '<given id="g2"><extension url="http://example.org/x"><valueString value="y"/></extension>'
        '</given><given id="g3" value="James"/></name>'
    )
    assert problems == []
    assert resource["name"] == [
        {
            "family": "Chalmers",
            "given": ["Peter", None, "James"],
            "_given": [
                None,
                {"id": "g2", "extension": [{"url": "http://example.org/x", "valueString": "y"}]},
                {"id": "g3"},
            ],
        }
    ]


def test_primitive_id_without_extension_is_kept() -> None:
    resource, _ = read('<gender id="sex" value="female"/>')
    assert resource == {"resourceType": "Patient", "gender": "female", "_gender": {"id": "sex"}}


def test_repeating_element_that_appears_once_is_an_array() -> None:
    resource, _ = read(
        '<identifier><value value="1"/></identifier><name><family value="X"/></name>'
        '<maritalStatus><coding><code value="M"/></coding></maritalStatus>'
    )
    assert resource["identifier"] == [{"value": "1"}]
    assert resource["name"] == [{"family": "X"}]
    # a single element is an object, and the repeating one inside it an array
    assert resource["maritalStatus"] == {"coding": [{"code": "M"}]}


def test_booleans_integers_and_decimals_get_json_types() -> None:
    resource, problems = read(
        '<status value="final"/><code><text value="x"/></code>'
        '<valueQuantity><value value="7.50"/></valueQuantity>'
        '<referenceRange><low><value value="100"/></low><high><value value="1.5e2"/></high>'
        "</referenceRange>",
        root="Observation",
    )
    assert problems == []
    twin = json.loads(
        '{"resourceType": "Observation", "status": "final", "code": {"text": "x"},'
        ' "valueQuantity": {"value": 7.50},'
        ' "referenceRange": [{"low": {"value": 100}, "high": {"value": 1.5e2}}]}'
    )
    assert differences(resource, twin, "$") == []
    patient, _ = read('<active value="true"/><multipleBirthInteger value="2"/>')
    assert patient["active"] is True and patient["multipleBirthInteger"] == 2
    assert type(patient["multipleBirthInteger"]) is int
    flag, _ = read('<deceasedBoolean value="false"/>')
    assert flag["deceasedBoolean"] is False


def test_strings_stay_strings_even_when_they_look_like_numbers() -> None:
    resource, _ = read('<telecom><value value="0123"/><rank value="1"/></telecom>')
    assert resource["telecom"] == [{"value": "0123", "rank": 1}]


def test_contained_and_bundled_resources_are_unwrapped() -> None:
    statement, problems = read(
        '<contained><Medication><id value="med"/><code><text value="Anastrozole"/></code>'
        '</Medication></contained><status value="active"/>'
        '<medicationReference><reference value="#med"/></medicationReference>',
        root="MedicationStatement",
    )
    assert problems == []
    assert statement["contained"] == [
        {"resourceType": "Medication", "id": "med", "code": {"text": "Anastrozole"}}
    ]
    bundle, _ = read(
        '<type value="collection"/><entry><fullUrl value="urn:uuid:1"/>'
        '<resource><Patient><id value="1"/></Patient></resource></entry>',
        root="Bundle",
    )
    assert bundle["entry"] == [
        {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "1"}}
    ]
    parameters, _ = read(
        '<parameter><name value="p"/><resource><Patient><active value="true"/></Patient>'
        "</resource></parameter>",
        root="Parameters",
    )
    assert parameters["parameter"][0]["resource"] == {"resourceType": "Patient", "active": True}


def test_extension_url_element_id_and_choice_names() -> None:
    resource, problems = read(
        '<extension url="http://example.org/a"><valueQuantity><value value="3"/></valueQuantity>'
        '</extension><code id="c"><coding id="c1"><code value="x"/></coding></code>'
        '<status value="final"/><effectiveDateTime value="2020-01-02"/>',
        root="Observation",
    )
    assert problems == []
    assert resource["extension"] == [{"url": "http://example.org/a", "valueQuantity": {"value": 3}}]
    assert resource["code"] == {"id": "c", "coding": [{"id": "c1", "code": "x"}]}
    assert resource["effectiveDateTime"] == "2020-01-02"


def test_narrative_with_a_prefix_becomes_a_div_with_the_default_namespace() -> None:
    resource, _ = read(
        '<text><status value="generated"/><h:div xmlns:h="http://www.w3.org/1999/xhtml">'
        '<h:p class="a">Fish &amp; chips &lt;3 <h:br/>"x" &gt; y</h:p></h:div></text>'
    )
    assert resource["text"]["div"] == (
        '<div xmlns="http://www.w3.org/1999/xhtml">'
        '<p class="a">Fish &amp; chips &lt;3 <br/>"x" &gt; y</p></div>'
    )


def test_unknown_elements_are_kept_and_reported() -> None:
    resource, problems = read(
        '<foo value="x"/><bar><baz value="1"/><baz value="2"/></bar><gender value="male"/>'
    )
    assert resource == {
        "resourceType": "Patient",
        "foo": "x",
        "bar": {"baz": ["1", "2"]},
        "gender": "male",
    }
    assert problems == [
        ("$.foo", xml_reader.PROBLEM_UNKNOWN_ELEMENT),
        ("$.bar", xml_reader.PROBLEM_UNKNOWN_ELEMENT),
    ]


def test_problems_name_the_json_path_inside_a_bundle() -> None:
    _, problems = read(
        '<type value="collection"/><entry><resource><Patient/></resource></entry>'
        '<entry><resource><Observation><status value="final"/><colour value="red"/>'
        "</Observation></resource></entry>",
        root="Bundle",
    )
    assert problems == [("$.entry[1].resource.colour", xml_reader.PROBLEM_UNKNOWN_ELEMENT)]


def test_unknown_resource_type_is_kept_and_reported() -> None:
    resource, problems = read('<id value="1"/>', root="Spaceship")
    assert resource == {"resourceType": "Spaceship", "id": "1"}
    assert problems == [("$", xml_reader.PROBLEM_UNKNOWN_RESOURCE)]


def test_defects_are_reported_not_fatal() -> None:
    resource, problems = read(
        '<active value="yes"/><gender value="male"/><gender value="female"/><birthDate/>'
        '<other:x xmlns:other="urn:other"/>'
    )
    assert resource == {"resourceType": "Patient", "active": "yes", "gender": "male"}
    assert problems == [
        ("$.active", "value is not a valid boolean; kept as text"),
        ("$.gender", xml_reader.PROBLEM_REPEATED),
        ("$.birthDate", xml_reader.PROBLEM_EMPTY),
        ("$.x", xml_reader.PROBLEM_FOREIGN_ELEMENT),
    ]


def test_narrative_outside_the_xhtml_namespace_and_stray_text_are_reported() -> None:
    resource, problems = read(
        '<text><status value="generated"/><div><p>not XHTML</p></div></text>'
        'stray<active value="true"/>'
    )
    assert resource == {"resourceType": "Patient", "text": {"status": "generated"}, "active": True}
    assert problems == [
        ("$", xml_reader.PROBLEM_TEXT),
        ("$.text.div", xml_reader.PROBLEM_NOT_XHTML),
    ]


def test_unknown_siblings_are_guessed_alike() -> None:
    resource, problems = read('<note value="a"/><note><extension url="u"/></note>')
    assert resource["note"] == ["a", None]
    assert resource["_note"] == [None, {"extension": [{"url": "u"}]}]
    assert problems == [("$.note", xml_reader.PROBLEM_UNKNOWN_ELEMENT)]


def test_schema_location_is_not_a_problem() -> None:
    data = (
        b'<Patient xmlns="http://hl7.org/fhir" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        b' xsi:schemaLocation="http://hl7.org/fhir fhir-single.xsd"><id value="1"/></Patient>'
    )
    assert read_fhir_xml(data) == ({"resourceType": "Patient", "id": "1"}, [])


# -- the element table ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        ("Bundle", "entry", ElementInfo(True, "Bundle.entry")),
        ("Bundle.entry", "resource", ElementInfo(False, "Resource")),
        ("Composition", "section", ElementInfo(True, "Composition.section")),
        ("Composition.section", "section", ElementInfo(True, "Composition.section")),
        ("Observation", "valueQuantity", ElementInfo(False, "Quantity")),
        ("Condition", "onsetDateTime", ElementInfo(False, "dateTime")),
        ("DeviceUseStatement", "bodySite", ElementInfo(False, "CodeableConcept")),
        ("Immunization", "occurrenceString", ElementInfo(False, "string")),
        ("HumanName", "given", ElementInfo(True, "string")),
        ("Narrative", "div", ElementInfo(False, "xhtml")),
        ("Extension", "valueMeta", ElementInfo(False, "Meta")),  # R4; R4B dropped it
        ("ClaimResponse", "adjudication", ElementInfo(True, "ClaimResponse.item.adjudication")),
    ],
)
def test_element_table_has_the_r4_definitions(owner: str, name: str, expected: ElementInfo) -> None:
    assert element_table().element(owner, name) == expected


def test_element_table_lists_r4_resources_only() -> None:
    table = element_table()
    assert table.fhir_version == "4.0.1"
    assert table.is_resource("DeviceUseStatement") and table.is_resource("MedicinalProduct")
    assert not table.is_resource("DeviceUsage") and not table.is_resource("Citation")
    assert not table.is_resource("DomainResource") and not table.is_resource("Coding")


# -- input that is not FHIR XML, or hostile ------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Patient xmlns="http://hl7.org/fhir"><name><family value="&lol9;"/></name></Patient>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Patient [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Patient xmlns="http://hl7.org/fhir"><name><family value="&xxe;"/></name></Patient>
"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE Patient SYSTEM "http://example.org/evil.dtd">
<Patient xmlns="http://hl7.org/fhir"/>
"""


NOT_WELL_FORMED = xml_reader.REASON_NOT_WELL_FORMED


def deeply_nested(levels: int) -> bytes:
    return (
        b'<Patient xmlns="http://hl7.org/fhir">'
        + b'<extension url="x">' * levels
        + b"</extension>" * levels
        + b"</Patient>"
    )


@pytest.mark.parametrize(
    ("data", "reason", "line"),
    [
        (b"hello, world", NOT_WELL_FORMED, 1),
        (b'<Patient xmlns="http://hl7.org/fhir">\n<id value="1">\n</Patient>', NOT_WELL_FORMED, 3),
        (b"", xml_reader.REASON_EMPTY, 1),
        (b"  \n ", xml_reader.REASON_EMPTY, 2),
        (BILLION_LAUGHS, xml_reader.REASON_DTD, 2),
        (EXTERNAL_ENTITY, xml_reader.REASON_DTD, 2),
        (EXTERNAL_DTD, xml_reader.REASON_DTD, 2),
        (
            b'<Patient xmlns="urn:not-fhir"><id value="1"/></Patient>',
            xml_reader.REASON_NOT_FHIR,
            None,
        ),
        (b'<Patient><id value="1"/></Patient>', xml_reader.REASON_NOT_FHIR, None),
        (
            b'<?xml version="1.0"?>\n<Patient xmlns="http://hl7.org/fhir">\n<id value="\xff"/>',
            xml_reader.REASON_ENCODING,
            3,
        ),
    ],
)
def test_bad_input_raises_fhir_xml_error_with_its_reason(
    data: bytes, reason: str, line: int | None
) -> None:
    started = time.monotonic()
    with pytest.raises(FhirXmlError) as caught:
        read_fhir_xml(data)
    assert time.monotonic() - started < 1.0  # refused at once, never expanded
    assert caught.value.reason == reason
    assert caught.value.line == line
    assert isinstance(caught.value, ValueError)


def test_deep_nesting_is_refused_before_it_is_built() -> None:
    started = time.monotonic()
    with pytest.raises(FhirXmlError) as caught:
        read_fhir_xml(deeply_nested(200_000))
    assert time.monotonic() - started < 2.0
    assert caught.value.reason == xml_reader.REASON_TOO_DEEP
    assert caught.value.line == 1
    # just under the cap is fine, and the cap can be lowered
    resource, _ = read_fhir_xml(deeply_nested(xml_reader.MAX_DEPTH - 1))
    assert resource["extension"][0]["url"] == "x"
    with pytest.raises(FhirXmlError, match="nested too deeply"):
        read_fhir_xml(deeply_nested(10), max_depth=10)


def test_latin1_declared_encoding_is_honoured() -> None:
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        '<Patient xmlns="http://hl7.org/fhir"><name><family value="Müller"/></name></Patient>'
    ).encode("latin-1")
    resource, _ = read_fhir_xml(data)
    assert resource["name"] == [{"family": "Müller"}]


# -- outside input never raises anything else -----------------------------------------------------

# Pieces of markup that reach the deeper paths: a tag where a value was, a stray resource, an
# attribute FHIR does not define, entities, comments, a DTD, bytes that are not UTF-8.
SNIPPETS = [
    b"<",
    b">",
    b"/>",
    b"</entry>",
    b"<entry>",
    b'<extension url="x">',
    b'<valueDecimal value="1e999"/>',
    b'<value value="-0.0"/>',
    b"<resource><Patient/></resource>",
    b'<div xmlns="http://www.w3.org/1999/xhtml">',
    b' id="a"',
    b' xml:lang="de"',
    b"&amp;",
    b"&#0;",
    b"&lol;",
    b"<!--",
    b"<![CDATA[",
    b"<?pi x?>",
    b"<!DOCTYPE x>",
    b"\xff",
    b"\xc3",
]
_POSITION = st.integers(0, len(XML_BYTES))
mutation = st.one_of(
    st.tuples(st.just("flip"), _POSITION, st.integers(1, 255)),
    st.tuples(st.just("delete"), _POSITION, st.integers(1, 64)),
    st.tuples(st.just("insert"), _POSITION, st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("insert"), _POSITION, st.sampled_from(SNIPPETS)),
)


def mutate(data: bytes, changes: list[tuple[str, int, Any]]) -> bytes:
    buffer = bytearray(data)
    for kind, wanted, argument in changes:
        at = min(wanted, len(buffer))
        if kind == "flip" and at < len(buffer):
            buffer[at] ^= argument
        elif kind == "delete":
            del buffer[at : at + argument]
        elif kind == "insert":
            buffer[at:at] = argument
    return bytes(buffer)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=4))
def test_mutated_ips_xml_raises_only_fhir_xml_error(changes: list[tuple[str, int, Any]]) -> None:
    data = mutate(XML_BYTES, changes)
    try:
        resource, problems = read_fhir_xml(data)
    except FhirXmlError as error:
        assert error.reason
        return
    json.dumps(resource, allow_nan=False)  # what we return is always storable JSON
    assert isinstance(resource["resourceType"], str)
    assert all(isinstance(path, str) and isinstance(reason, str) for path, reason in problems)
