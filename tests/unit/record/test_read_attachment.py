"""Reading one document's file when the Documents view asks for it: by the item's rows, from the
first row that holds the data (the same letter may come from two centres, one with a link only)."""

from __future__ import annotations

import base64

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.documents import NoAttachment, read_attachment
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import StoredResource


class Rows:
    def __init__(self, resources: dict[int, dict[str, object]]) -> None:
        self.resources = resources
        self.asked: list[int] = []

    def resource_at(self, row_id: int) -> StoredResource | None:
        self.asked.append(row_id)
        found = self.resources.get(row_id)
        if found is None:
            return None
        return StoredResource(row_id, 1, "o", "DocumentReference", "d", 1, None, False, found)


def reference(**attachment: object) -> dict[str, object]:
    return {"resourceType": "DocumentReference", "content": [{"attachment": attachment}]}


def test_the_first_row_with_the_data_gives_the_bytes() -> None:
    pdf = base64.b64encode(b"%PDF-1.7 letter").decode()
    rows = Rows({3: reference(url="https://x.test/l.pdf"), 5: reference(data=pdf)})
    assert read_attachment(rows, (2, 3, 5), 0) == ("application/pdf", b"%PDF-1.7 letter")
    assert rows.asked == [2, 3, 5]
    with pytest.raises(NoAttachment):
        read_attachment(rows, (2, 3, 5), 1)
    with pytest.raises(NoAttachment):
        read_attachment(rows, (3,), 0)


def test_a_demo_letter_is_read_by_its_rows(demo: OpenProfile) -> None:
    record = build_record(demo.vault)
    letter = next(d for d in record.documents if d.title == "Konsiliarbefund / Zweitmeinung")
    content_type, data = read_attachment(demo.vault, letter.row_ids, 0)
    assert content_type == "text/plain; charset=utf-8"
    assert data.decode("utf-8").startswith("ONKOLOGISCHES ZENTRUM DONAU, WIEN")
    assert demo.vault.resource_at(letter.row_ids[0]) is not None
    assert demo.vault.resource_at(10**9) is None
