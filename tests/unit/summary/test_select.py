"""Selecting what a summary shows: every section and item by default (emergency content first),
minus what the sources mark invalid; the user's choices as an immutable selection."""

from __future__ import annotations

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.select import (
    EMERGENCY_SECTIONS,
    SECTIONS,
    Selection,
    candidates,
    default_selection,
    select,
)


def test_emergency_sections_come_first() -> None:
    assert SECTIONS[: len(EMERGENCY_SECTIONS)] == EMERGENCY_SECTIONS
    assert EMERGENCY_SECTIONS == (
        "warnings",
        "allergies",
        "current_medications",
        "active_cancer",
        "devices",
    )


def test_by_default_everything_is_in(demo_data: SummaryData) -> None:
    content = select(demo_data)
    record = demo_data.record
    assert content.selection == default_selection(demo_data) == Selection()
    assert [a.id for a in content.items("allergies")] == [a.id for a in record.allergies]
    assert [m.id for m in content.items("current_medications")] == ["agent:56"]
    assert [d.id for d in content.items("active_cancer")] == [d.id for d in record.diagnoses]
    assert content.items("devices")[0].is_port
    assert len(content.items("results")) == len(record.results)
    history = {i.id for i in content.items("oncology_history")}
    assert {a.id for a in record.systemic.agents} <= history
    assert {c.id for c in record.radiotherapy} <= history


def test_sections_and_items_can_be_left_out(demo_data: SummaryData) -> None:
    first = candidates(demo_data)["results"][0].id
    selection = Selection().with_section("devices", False).with_item(first, False)
    content = select(demo_data, selection)
    assert content.items("devices") == () and not content.on("devices")
    assert first not in {s.id for s in content.items("results")}
    back = selection.with_section("devices", True).with_item(first, True)
    assert back == Selection()


def test_items_the_sources_mark_invalid_start_out(demo_data: SummaryData) -> None:
    from dataclasses import replace

    allergy = replace(demo_data.record.allergies[0], verification_status="entered-in-error")
    record = replace(demo_data.record, allergies=(allergy,))
    data = replace(demo_data, record=record)
    assert default_selection(data).off_items == {allergy.id}
    assert select(data).items("allergies") == ()
