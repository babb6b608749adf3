"""Our terminology: every shipped language complete, placeholders intact, the words clinicians
read spelled as each language writes them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ecan_desktop.i18n.languages import is_supported
from ecan_desktop.paths import resource_path
from ecan_desktop.terminology import load_terminology
from ecan_desktop.terminology.catalogue import read_terminology
from ecan_desktop.terminology.check import problems

SEVEN = ("en", "de", "fr", "ro", "el", "bg", "pl")


def test_the_seven_languages_ship_and_are_registered() -> None:
    terminology = load_terminology()
    assert terminology.shipped == SEVEN
    assert all(is_supported(code) for code in terminology.shipped)


def test_every_shipped_language_is_complete() -> None:
    assert problems(load_terminology()) == []


def test_a_language_missing_a_label_or_changing_a_placeholder_fails(tmp_path: Path) -> None:
    folder = tmp_path / "terminology"
    shutil.copytree(resource_path("terminology"), folder)
    german = json.loads((folder / "de.json").read_text("utf-8"))
    del german["labels"]["section.allergies"]
    german["labels"]["doc.page_of"] = "Seite {seite} von {pages}"
    del german["agents"]["doxorubicin"]
    (folder / "de.json").write_text(json.dumps(german, ensure_ascii=False), "utf-8")
    found = problems(read_terminology(folder))
    assert "de: label section.allergies is missing" in found
    assert any(p.startswith("de: label doc.page_of has ['pages', 'seite']") for p in found)
    assert "de: agent doxorubicin is missing" in found


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "doxorubicin"),
        ("de", "Doxorubicin"),
        ("fr", "doxorubicine"),
        ("ro", "doxorubicină"),
        ("el", "δοξορουβικίνη"),
        ("bg", "доксорубицин"),
        ("pl", "doksorubicyna"),
    ],
)
def test_agents_are_named_by_their_inn_in_each_language(language: str, name: str) -> None:
    assert load_terminology().agent_name(language, "doxorubicin") == name


def test_concepts_translate_by_code_system_and_code() -> None:
    words = load_terminology()
    sct = "http://snomed.info/sct"
    assert words.concept("de", sct, "39579001") == "Anaphylaxie"
    assert words.concept("bg", sct, "39579001") == "анафилаксия"
    assert words.concept("ro", sct, "398013009") == "cameră port implantabilă (acces venos)"
    assert words.concept("fr", "http://loinc.org", "718-7") == "hémoglobine"
    assert words.concept("de", sct, "0000") is None


def test_agents_carry_atc_codes_and_classes() -> None:
    words = load_terminology()
    doxorubicin = words.agent("doxorubicin")
    assert doxorubicin is not None and doxorubicin.atc == "L01DB01"
    assert "anthracycline" in doxorubicin.classes
    assert words.agent(atc="L02BA01") is not None
    assert words.agent(atc="L02BA01").inn == "tamoxifen"  # type: ignore[union-attr]


def test_romanian_uses_comma_below_letters() -> None:
    """ș and ț (comma below), not the cedilla forms ş ţ that old encodings used."""
    romanian = json.loads(resource_path("terminology", "ro.json").read_text("utf-8"))
    text = json.dumps(romanian, ensure_ascii=False)
    assert "ş" not in text and "ţ" not in text and "Ş" not in text and "Ţ" not in text
    assert "ș" in text and "ț" in text
