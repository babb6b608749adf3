"""The references of one entry to missing records are one line for the user (grouped_problems),
while the problems listed, kept and printed by ``import --json`` stay one per record referred to."""

from __future__ import annotations

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.defects import PROBLEM_MISSING, PROBLEM_MISSING_OFTEN, PROBLEM_NO_DIV
from ecan_desktop.importers.problems import (
    MAX_NAMED,
    MAX_PER_GROUP,
    MAX_PER_KIND,
    ProblemLine,
    grouped_problems,
    listed_problems,
)


def missing(entry: int, target: str, *, often: bool = False, at: str = "subject") -> Problem:
    source = PROBLEM_MISSING_OFTEN if often else PROBLEM_MISSING
    reason = Message("ImportErrors", source, {"target": target})
    return Problem(f"$.entry[{entry}].resource.{at}", reason, skipped=False)


def no_div(entry: int) -> Problem:
    return Problem(
        f"$.entry[{entry}].resource.text", Message("ImportErrors", PROBLEM_NO_DIV), skipped=False
    )


def test_the_missing_records_of_one_entry_make_one_line_where_the_first_was() -> None:
    refs = [missing(17, f"Observation/{n}", at=f"activity[{n}].reference") for n in range(46)]
    problems = [no_div(0), refs[0], no_div(17), *refs[1:], no_div(18)]
    lines = grouped_problems(problems)
    assert lines == [
        ProblemLine(no_div(0)),
        ProblemLine(refs[0], 46, ("Observation/0", "Observation/1", "Observation/2")),
        ProblemLine(no_div(17)),  # other kinds untouched, in their order
        ProblemLine(no_div(18)),
    ]
    assert sum(line.count for line in lines) == len(problems)
    assert lines[1].grouped and not lines[0].grouped


def test_the_named_records_are_capped_and_the_count_is_not() -> None:
    (line,) = grouped_problems([missing(3, f"Patient/{n}") for n in range(7)])
    assert line.count == 7 and len(line.targets) == MAX_NAMED == 3
    assert line.targets == ("Patient/0", "Patient/1", "Patient/2")


def test_one_missing_record_stays_a_line_of_its_own_and_entries_are_not_mixed() -> None:
    problems = [
        missing(1, "Patient/p1", often=True),
        missing(2, "Observation/a"),
        missing(2, "Patient/p1 (Ann)", often=True, at="performer[0]"),
        missing(4, "Observation/b"),
    ]
    lines = grouped_problems(problems)
    assert lines == [
        ProblemLine(problems[0]),
        ProblemLine(problems[1], 2, ("Observation/a", "Patient/p1 (Ann)")),  # both wordings
        ProblemLine(problems[3]),
    ]


def test_other_kinds_are_never_grouped() -> None:
    null = Message("ImportErrors", "an empty entry (null) was skipped")
    problems = [Problem("line 3", null), Problem("line 3", null), no_div(5), no_div(5)]
    assert grouped_problems(problems) == [ProblemLine(p) for p in problems]
    assert grouped_problems([]) == []


def test_one_entry_counts_once_towards_the_cap_and_is_listed_whole() -> None:
    many = [missing(0, f"Observation/{n}", at=f"hasMember[{n}]") for n in range(46)]
    singles = [missing(entry, f"Observation/x{entry}") for entry in range(1, 30)]
    listed = listed_problems([*many, *singles])
    assert listed == [*many, *singles[: MAX_PER_KIND - 1]]  # one per record, exact paths
    lines = grouped_problems(listed)
    assert len(lines) == MAX_PER_KIND and lines[0].count == 46


def test_a_huge_entry_is_listed_up_to_a_cap() -> None:
    huge = [missing(2, f"Observation/{n}", at=f"hasMember[{n}]") for n in range(500)]
    listed = listed_problems([no_div(0), *huge])
    assert listed == [no_div(0), *huge[:MAX_PER_GROUP]]


def test_an_entry_past_its_kinds_cap_is_left_out_whole() -> None:
    singles = [missing(entry, f"Observation/x{entry}") for entry in range(MAX_PER_KIND)]
    late = [missing(MAX_PER_KIND, f"Observation/{n}", at=f"a[{n}]") for n in range(5)]
    assert listed_problems([*singles, *late]) == singles
