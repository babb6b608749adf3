"""Allergies and alerts: what a doctor in an emergency must know first.

- **Alerts**: the sources' Flag and DetectedIssue resources (the record does not interpret them,
  so they are also listed in Other records).
- **Allergies and intolerances**: high criticality first, then the active ones; criticality is an
  icon, a word and a colour; reactions with their severity. A "no known allergy" statement is
  listed as what it is, never as an allergy.
- **Implants and devices**: an implanted port first (it matters for infusions and imaging).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ecan_desktop.record.allergies import Allergy, Reaction
from ecan_desktop.record.codes import Concept
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.other import OtherRecord
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_list import Badge, Entry, Group, entry
from ecan_desktop.ui.views.list_record_view import ListRecordView

ALERT_TYPES = ("Flag", "DetectedIssue")
_CRITICALITY_ORDER = {"high": 0, "unable-to-assess": 1, "low": 2}
_INACTIVE = frozenset({"inactive", "resolved", "entered-in-error"})
_BADGE_ICONS = {"high": ("warning", "danger"), "low": ("info", "neutral")}


def _codes(concept: Concept | None) -> str:
    """The concept's text, codes and displays, for the search."""
    if concept is None:
        return ""
    codes = " ".join(f"{c.code or ''} {c.display or ''}" for c in concept.codes)
    return f"{concept.text or ''} {codes}"


def _allergy_order(allergy: Allergy) -> tuple[int, int, int]:
    return (
        1 if allergy.no_known_allergy else 0,
        1 if allergy.clinical_status in _INACTIVE else 0,
        _CRITICALITY_ORDER.get(allergy.criticality or "", 3),
    )


def criticality_badge(criticality: str | None) -> Badge | None:
    """ "High risk" with a warning icon in the error colour; the word is always there."""
    if criticality not in words.CRITICALITIES:
        return None
    icon, tone = _BADGE_ICONS.get(criticality or "", ("info", "neutral"))
    return Badge(icon, words.word(words.CRITICALITIES, criticality) or "", tone)


class AllergiesView(ListRecordView):
    EMPTY_ICON = "shield-warning"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.retranslate_ui()

    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        record = data.record
        alerts = [o for o in record.other_records if o.resource_type in ALERT_TYPES]
        allergies = sorted(record.allergies, key=_allergy_order)
        devices = sorted(record.devices, key=lambda d: (not d.is_port, d.status != "active"))
        return [
            Group("alerts", self.tr("Alerts"), alerts),
            Group("allergies", self.tr("Allergies and intolerances"), allergies),
            Group("devices", self.tr("Implants and devices"), devices),
        ]

    def describe(self, item: Any) -> Entry:
        if isinstance(item, Allergy):
            return self._describe_allergy(item)
        if isinstance(item, DeviceItem):
            return self._describe_device(item)
        return self._describe_alert(item)

    def keywords(self, item: Any) -> str:
        if isinstance(item, Allergy):
            found = [_codes(item.substance)]
            found += [_codes(m) for r in item.reactions for m in r.manifestations]
            found += [item.criticality or "", *item.categories]
            return " ".join(found)
        if isinstance(item, DeviceItem):
            return f"{item.name or ''} {_codes(item.type)}"
        return f"{item.title or ''} {item.resource_type}"

    # -- allergies --------------------------------------------------------------------------------
    def _describe_allergy(self, allergy: Allergy) -> Entry:
        substance = words.concept_text(allergy.substance)
        title = words.sentence_case(substance) if substance else self.tr("Substance not named")
        if allergy.no_known_allergy:
            first = words.join(
                (
                    self.tr("Not an allergy: a statement that none is known"),
                    self.tr("recorded {date}").format(date=words.date_text(allergy.recorded))
                    if allergy.recorded
                    else None,
                )
            )
            return entry(allergy, title, (first,), icon="check-circle", icon_tone="good")
        verification = allergy.verification_status
        first = words.join(
            (
                words.word(words.ALLERGY_TYPES, allergy.type) or self.tr("Allergy"),
                ", ".join(
                    w
                    for w in (words.word(words.ALLERGY_CATEGORIES, c) for c in allergy.categories)
                    if w
                ),
                words.word(words.CLINICAL_STATUSES, allergy.clinical_status),
                words.word(words.VERIFICATION_STATUSES, verification)
                if verification != "confirmed"
                else None,
                self.tr("since {date}").format(date=words.date_text(allergy.onset))
                if allergy.onset
                else None,
            )
        )
        reactions = "; ".join(r for r in (self._reaction(r) for r in allergy.reactions) if r)
        if reactions and len(allergy.reactions) > 1:
            second: str | None = self.tr("Reactions: {reactions}").format(reactions=reactions)
        elif reactions:
            second = self.tr("Reaction: {reaction}").format(reaction=reactions)
        else:
            second = allergy.notes[0] if allergy.notes else None
        high = allergy.criticality == "high"
        return entry(
            allergy,
            title,
            (first, second),
            icon="warning" if high else "warning-circle",
            icon_tone="danger" if high else "neutral",
            badge=criticality_badge(allergy.criticality),
        )

    def _reaction(self, reaction: Reaction) -> str | None:
        found = words.concepts_text(reaction.manifestations) or reaction.description
        severity = words.word(words.SEVERITIES, reaction.severity)
        if found and severity:
            return self.tr("{reaction} ({severity})").format(reaction=found, severity=severity)
        return found or severity

    # -- devices and alerts -----------------------------------------------------------------------
    def _describe_device(self, device: DeviceItem) -> Entry:
        kind = words.concept_words(device.type)
        name = device.name or kind or self.tr("Device")
        active = device.status == "active"
        first = words.join(
            (
                words.sentence_case(kind) if kind and kind.casefold() != name.casefold() else None,
                words.status_text(device.status, words.DEVICE_STATUSES),
                words.period_text(device.period, ongoing=active),
            )
        )
        second = words.join(
            (
                words.concept_text(device.body_site),
                device.notes[0] if device.notes else None,
            )
        )
        badge = Badge("info", self.tr("Implanted port")) if device.is_port else None
        return entry(
            device, words.sentence_case(name), (first, second), icon="first-aid", badge=badge
        )

    def _describe_alert(self, alert: OtherRecord) -> Entry:
        kind = (
            self.tr("Alert from your centre")
            if alert.resource_type == "Flag"
            else self.tr("Warning about a treatment")
        )
        title = alert.title or kind
        first = words.join((kind, words.date_text(alert.date)))
        second = self.tr("Open it to read what the source says.")
        return entry(alert, title, (first, second), icon="siren", icon_tone="danger")

    def retranslate_ui(self) -> None:
        self.set_texts(
            title=self.tr("Allergies and alerts"),
            intro=self.tr(
                "What a doctor must know first: allergies, alerts from your centres, and "
                "implants such as a port."
            ),
            search=self.tr("Search allergies, alerts and devices"),
            empty_title=self.tr("No allergies, alerts or implants recorded yet."),
            empty_text=self.tr(
                "This does not mean you have none: tell every doctor about your allergies. "
                "Import a summary from your centre to see them here."
            ),
        )
