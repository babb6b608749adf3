"""Words for treatments, shared by the Cancer journey and the Treatments views: cumulative doses
with their unit and how they were obtained, cycles, whether a medicine is current, radiotherapy
volumes with Gy and fractions, and the kind of a transplant. The same facts as the printed
summary's treatment tables (``summary/pdf_history.py``), worded for the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import Period, day
from ecan_desktop.record.doses import CumulativeDose
from ecan_desktop.record.radiotherapy import RadiotherapyCourse, RadiotherapyVolume
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.ui.locale_format import long_date_format
from ecan_desktop.ui.views.record_text import (
    concept_text,
    concepts_text,
    date_text,
    number_text,
    render,
    status_text,
    unit_text,
)

translate = QCoreApplication.translate


def medium_date(value: str | None, locale: QLocale | None = None) -> str:
    """ "Sep 10, 2025", "10. Sept. 2025": the locale's long date with a short month name."""
    found = day(value) or ""
    locale = locale if locale is not None else QLocale()
    if len(found) == 10:
        date = QDate.fromString(found, "yyyy-MM-dd")
        if date.isValid():
            return locale.toString(date, long_date_format(locale).replace("MMMM", "MMM"))
    return date_text(found) or found


def dates_text(span: Period | None, *, ongoing: bool = False) -> str | None:
    """A table's dates: "Apr 2, 2024" and "to Jun 4, 2024" under it, or "since Nov 18, 2024"."""
    if span is None:
        return None
    start, end = day(span.start), day(span.end)
    if start and end and start != end:
        until = translate("TreatmentText", "to {date}").format(date=medium_date(end))
        return f"{medium_date(start)}\n{until}"
    if start and ongoing:
        return translate("TreatmentText", "since {date}").format(date=medium_date(start))
    if end and not start:
        return translate("TreatmentText", "until {date}").format(date=medium_date(end))
    return medium_date(start) if start else None


def dose_text(dose: CumulativeDose) -> str:
    """ "240 mg/m²"."""
    return f"{number_text(dose.value)} {unit_text(dose.unit)}"


def dose_method_text(dose: CumulativeDose) -> str:
    """How the figure was obtained, in a few words: "added up from 4 doses, per m²"; the record's
    full wording is :func:`dose_method_full`."""
    count = dose.count or 0
    if dose.method == "stated":
        parts = [translate("TreatmentText", "stated by the centre")]
    elif dose.method == "summed":
        parts = [translate("TreatmentText", "added up from %n dose(s)", "", count)]
    elif dose.method == "summed_per_bsa":
        parts = [translate("TreatmentText", "added up from %n dose(s), per m²", "", count)]
    else:
        parts = [dose.method]
    if not dose.complete:
        parts.append(translate("TreatmentText", "some doses could not be counted"))
    if dose.status and dose.status != "final":
        parts.append(status_text(dose.status) or dose.status)
    if dose.note:
        parts.append(dose.note)
    return "; ".join(p for p in parts if p)


def dose_method_full(dose: CumulativeDose) -> str:
    """The record's own wording ("summed from 4 administrations, per m² of body surface area")."""
    return render(dose.method_label) or dose.method


def doses_in_order(agent: SystemicAgent) -> list[CumulativeDose]:
    """The agent's cumulative doses, the one a clinic compares first (:func:`main_dose`) first."""
    main = main_dose(agent)
    if main is None:
        return []
    return [main, *(d for d in agent.cumulative if d is not main)]


def main_dose(agent: SystemicAgent) -> CumulativeDose | None:
    """The figure a clinic compares first: per m² of body surface area, else in mg."""
    for unit in ("mg/m2", "mg"):
        found = next((d for d in agent.cumulative if d.unit == unit), None)
        if found is not None:
            return found
    return agent.cumulative[0] if agent.cumulative else None


def cumulative_text(agent: SystemicAgent) -> str | None:
    """ "240 mg/m² in total" for the timeline (the figure a clinic compares first)."""
    dose = main_dose(agent)
    if dose is None:
        return None
    return translate("TreatmentText", "{dose} in total").format(dose=dose_text(dose))


def cycles_text(agent: SystemicAgent) -> str | None:
    """ "4 of 4 cycles, every 21 days"; the number of administrations when no cycle is stated."""
    cycles = agent.cycles
    if cycles is None:
        given = len(agent.administrations)
        if not given:
            return None
        return translate("TreatmentText", "%n administration(s)", "", given)
    parts = []
    if cycles.given is not None and cycles.planned is not None:
        parts.append(
            translate("TreatmentText", "{given} of {planned} cycles").format(
                given=cycles.given, planned=cycles.planned
            )
        )
    elif cycles.given is not None:
        given = cycles.given  # plain names: lupdate skips an attribute or a call as the count
        parts.append(translate("TreatmentText", "%n cycle(s)", "", given))
    elif cycles.planned is not None:
        planned = cycles.planned  # a plain name: lupdate skips an attribute as the count
        parts.append(translate("TreatmentText", "%n cycle(s) planned", "", planned))
    if cycles.every_days:
        days = round(cycles.every_days)
        parts.append(translate("TreatmentText", "every %n day(s)", "", days))
    return ", ".join(parts) or None


def agent_state_text(agent: SystemicAgent) -> str:
    """ "Current", "Finished", "Stopped", or the source's status in words."""
    if agent.current:
        return translate("TreatmentText", "Current")
    if agent.status in (None, "completed"):
        return translate("TreatmentText", "Finished")
    if agent.status == "stopped":
        return translate("TreatmentText", "Stopped")
    words = status_text(agent.status) or ""
    return words[:1].upper() + words[1:]


def line_text(number: int | None) -> str | None:
    if number is None:
        return None
    return translate("TreatmentText", "line {number}").format(number=number)


# -- radiotherapy ---------------------------------------------------------------------------------
def site_text(sites: Sequence[Concept]) -> str | None:
    """Body sites in the source's own words first (they say "left breast" where a code may say
    "breast"), else in our words for the code."""
    words = [s.text or concept_text(s) for s in sites]
    return ", ".join(dict.fromkeys(w for w in words if w)) or None


def volume_site(volume: RadiotherapyVolume, course: RadiotherapyCourse) -> str:
    """Where a volume was treated: the source's description, its site, else the course's."""
    return volume.description or site_text(volume.sites) or course_site(course)


def course_site(course: RadiotherapyCourse) -> str:
    return (
        site_text(course.body_sites)
        or course.title
        or translate("TreatmentText", "Site not stated")
    )


def volume_dose_text(volume: RadiotherapyVolume) -> str | None:
    """ "50 Gy in 25 fractions", "50 Gy", "25 fractions"."""
    fractions = volume.fractions  # a plain name: lupdate skips an attribute as the count
    if volume.dose_gy is None:
        if fractions:
            return translate("TreatmentText", "%n fraction(s)", "", fractions)
        return None
    gy = number_text(volume.dose_gy)
    if fractions:
        return translate("TreatmentText", "{dose} Gy in %n fraction(s)", "", fractions).format(
            dose=gy
        )
    return translate("TreatmentText", "{dose} Gy").format(dose=gy)


def course_dose_text(course: RadiotherapyCourse) -> str | None:
    """ "50 Gy in 25 fractions + boost 10 Gy in 5 fractions, 60 Gy in total"; the sessions when
    no dose is stated."""
    doses = []
    for volume in course.volumes:
        found = volume_dose_text(volume)
        if found is None:
            continue
        if volume.boost:
            found = translate("TreatmentText", "boost {dose}").format(dose=found)
        doses.append(found)
    if not doses:
        if course.sessions:
            sessions = course.sessions  # a plain name: lupdate skips an attribute as the count
            return translate("TreatmentText", "%n session(s)", "", sessions)
        return None
    text = " + ".join(doses)
    total = course.total_dose_gy
    if total is not None and len(doses) > 1:
        text = translate("TreatmentText", "{doses}, {total} Gy in total").format(
            doses=text, total=number_text(total)
        )
    return text


def techniques_text(course: RadiotherapyCourse) -> str | None:
    return concepts_text((*course.modalities, *course.techniques))


def transplant_type_text(kind: str | None) -> str | None:
    if kind == "autologous":
        return translate("TreatmentText", "autologous (your own stem cells)")
    if kind == "allogeneic":
        return translate("TreatmentText", "allogeneic (from a donor)")
    return None
