"""The overview's "what comes next" in words: follow-ups, the care plan and the latest results
(see ``overview_format`` for what a row is)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt

from ecan_desktop.record.care_plan import Activity, CarePlanItem, FollowUp
from ecan_desktop.record.dates import to_date
from ecan_desktop.record.quantities import Quantity, ReferenceRange, Value
from ecan_desktop.summary.labels import Labels
from ecan_desktop.ui.views.overview_format import (
    DANGER,
    SUCCESS,
    Badge,
    RowContent,
    concept_words,
    date_text,
    number_text,
)
from ecan_desktop.ui.views.overview_picks import LatestResult, reference_range

COMPARATORS = {"<": "<", "<=": "≤", ">=": "≥", ">": ">"}
EN_DASH = "\u2013"
MAX_ACTIVITIES = 4
SHORT_VALUE = 18  # characters: a longer value goes under the title, not beside it


class NextWords(QObject):
    """Rows for follow-ups, care plans and results; :attr:`labels` holds the medical words'
    language."""

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    # -- follow-ups -------------------------------------------------------------------------------
    def follow_up(self, follow_up: FollowUp, today: date) -> RowContent:
        lines: list[str] = []
        if follow_up.kind == "appointment":
            booked = follow_up.status == "booked"
            lines.append(self.tr("Appointment booked") if booked else self.tr("Appointment"))
        elif follow_up.kind == "service_request":
            lines.append(self.tr("Asked for by your care team"))
        if follow_up.description and follow_up.description != follow_up.title:
            lines.append(follow_up.description)
        return RowContent(
            follow_up.title or self.tr("Follow-up"),
            tuple(lines),
            value=self.relative(follow_up.date, today),
            meta=self.moment(follow_up.date),
            sources=follow_up.sources,
            item_id=follow_up.id,
        )

    def moment(self, value: str | None) -> str | None:
        """The day, with the time as the source wrote it (the centre's local time)."""
        shown = date_text(value)
        if not shown or value is None or "T" not in value:
            return shown
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return shown
        time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        return self.tr("{date}, {time}").format(date=shown, time=time)

    def relative(self, value: str | None, today: date) -> str | None:
        when = to_date(value)
        if when is None or when < today:
            return None
        days = (when - today).days
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        if days < 14:
            return self.tr("In %n day(s)", "", days)
        if days < 60:
            return self.tr("In %n week(s)", "", days // 7)
        return self.tr("In %n month(s)", "", round(days / 30.44))

    def plan(self, plan: CarePlanItem, activities: tuple[Activity, ...]) -> RowContent:
        title = (
            plan.title
            or next((c.label for c in plan.categories if c.label), None)
            or self.tr("Care plan")
        )
        lines = [self.activity(a) for a in activities[:MAX_ACTIVITIES]]
        if len(activities) > MAX_ACTIVITIES:
            lines.append(self.tr("and %n more", "", len(activities) - MAX_ACTIVITIES))
        end = date_text(plan.period.end) if plan.period else None
        start = date_text(plan.period.start) if plan.period else None
        if end:
            meta: str | None = self.tr("Until {date}").format(date=end)
        else:
            meta = self.tr("Since {date}").format(date=start) if start else None
        return RowContent(
            title,
            tuple(line for line in lines if line),
            meta=meta,
            sources=plan.sources,
            item_id=plan.id,
        )

    def activity(self, activity: Activity) -> str:
        words = activity.title or activity.description or ""
        schedule = self.every(activity.every, activity.every_unit) or activity.scheduled
        if schedule:
            return self.tr("{activity}: {schedule}").format(activity=words, schedule=schedule)
        return words

    def every(self, every: float | None, unit: str | None) -> str | None:
        if every is None or not float(every).is_integer() or every < 1:
            return None
        n = int(every)
        if unit == "d":
            return self.tr("every day") if n == 1 else self.tr("every %n day(s)", "", n)
        if unit == "wk":
            return self.tr("every week") if n == 1 else self.tr("every %n week(s)", "", n)
        if unit == "mo":
            return self.tr("every month") if n == 1 else self.tr("every %n month(s)", "", n)
        if unit == "a":
            return self.tr("every year") if n == 1 else self.tr("every %n year(s)", "", n)
        return None

    # -- results ----------------------------------------------------------------------------------
    def result(self, result: LatestResult) -> RowContent:
        value = self.value(result)
        lines: list[str] = []
        shown_range = self.range_text(reference_range(result.series, result.point))
        if shown_range:
            lines.append(self.tr("Normal range: {range}").format(range=shown_range))
        beside = value if len(value) <= SHORT_VALUE else None
        if beside is None:
            lines.insert(0, value)
        return RowContent(
            result.series.name or self.tr("Unnamed test"),
            tuple(lines),
            value=beside,
            meta=date_text(result.point.date),
            badge=self.flag(result.flag),
            sources=result.point.sources or result.series.sources,
            item_id=result.series.id,
        )

    def flag(self, flag: str | None) -> Badge | None:
        if flag == "high":
            return Badge(
                "warning-circle", self.tr("High"), DANGER, self.tr("Above the normal range")
            )
        if flag == "low":
            return Badge(
                "warning-circle", self.tr("Low"), DANGER, self.tr("Below the normal range")
            )
        if flag == "abnormal":
            return Badge(
                "warning-circle", self.tr("Abnormal"), DANGER, self.tr("Outside the normal range")
            )
        if flag == "normal":
            return Badge(
                "check-circle", self.tr("Normal"), SUCCESS, self.tr("Within the normal range")
            )
        return None

    def value(self, result: LatestResult) -> str:
        found = result.point.value
        if found.kind == "none" and result.point.components:
            numbers = [c.value.quantity for c in result.point.components if c.value.quantity]
            if numbers and all(q.value is not None for q in numbers):
                unit = numbers[0].unit or numbers[0].code or ""
                shown = " / ".join(number_text(q.value or 0.0) for q in numbers)
                return f"{shown} {unit}".strip()
        return self.plain_value(found)

    def plain_value(self, found: Value) -> str:
        if found.kind in ("quantity", "integer") and found.quantity is not None:
            return self.quantity(found.quantity)
        if found.kind == "concept":
            return concept_words(self.labels, found.concept) or ""
        if found.kind == "boolean" and found.boolean is not None:
            return self.tr("Yes") if found.boolean else self.tr("No")
        if found.kind in ("range", "ratio"):
            separator = EN_DASH if found.kind == "range" else " / "
            return separator.join(self.quantity(q) for q in (found.low, found.high) if q)
        return found.text or self.tr("No value")

    def quantity(self, found: Quantity | None) -> str:
        if found is None:
            return ""
        unit = found.unit or found.code or ""
        if found.value is None:
            return unit
        number = COMPARATORS.get(found.comparator or "", "") + number_text(found.value)
        return f"{number} {unit}".strip()

    def range_text(self, found: ReferenceRange | None) -> str | None:
        if found is None:
            return None
        if found.text:
            return found.text
        if found.low is not None and found.high is not None:
            unit = found.high.unit or found.high.code or ""
            low = number_text(found.low.value) if found.low.value is not None else "?"
            high = number_text(found.high.value) if found.high.value is not None else "?"
            return f"{low}{EN_DASH}{high} {unit}".strip()
        if found.high is not None:
            return f"≤ {self.quantity(found.high)}"
        if found.low is not None:
            return f"≥ {self.quantity(found.low)}"
        return None
