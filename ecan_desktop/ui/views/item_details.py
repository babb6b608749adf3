"""The details of one item of the record: its facts, its sources and the original resource's key
fields. Every view opens it the same way: ``show_item_details(parent, context, data, item_id)``.

(First version: the item's own fields. The list-views work makes it complete.)
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass

from PySide6.QtWidgets import QWidget

from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.source_chips import sources_sentence


def show_item_details(
    parent: QWidget, context: AppContext, data: RecordViewData, item_id: str
) -> None:
    del context
    item = data.record.item(item_id)
    if item is None:
        return
    lines = []
    if is_dataclass(item):
        for spec in fields(item):
            if spec.name in ("id", "row_ids", "sources"):
                continue
            value = getattr(item, spec.name)
            if value not in (None, (), ""):
                lines.append(f"{spec.name}: {value}")
    lines.append(sources_sentence(item.sources))
    dialog = MessageDialog(
        parent, title=parent.tr("Details"), text="\n".join(lines), accept_text=parent.tr("Close")
    )
    dialog.open()
