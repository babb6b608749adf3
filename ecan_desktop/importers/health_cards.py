"""SMART Health Links and Cards: files that are not a FHIR summary, told apart so that the user
learns what they chose and what to ask their centre for (``importers.file`` rejects them with
these reasons)."""

from __future__ import annotations

import re
from typing import Any

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP

REASON_SHL = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is a SMART Health Link (a link to a summary kept elsewhere), which this version of "
    "ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.",
)
REASON_SHL_CONTENT = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is part of a SMART Health Link (its address, key or list of files), not the summary "
    "itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for "
    "the summary as a FHIR file.",
)
REASON_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is encrypted (a SMART Health Link's content) and can only be read with the key of its "
    "link. Ask your centre for the summary as a FHIR file.",
)
REASON_SHC = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is a SMART Health Card (a signed card, such as a vaccination certificate), which this "
    "version of ecan-desktop cannot read yet.",
)

_SHLINK = re.compile(r"^(?:\S*#)?shlink:/[A-Za-z0-9_\-]+=*$")
_JWE = re.compile(
    r"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+$"
)
_JWS = re.compile(r"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+$")


def health_card_reason(text: str) -> str | None:
    """SMART Health Links and Cards look like neither JSON nor XML: say what they are."""
    stripped = text.strip()
    if _SHLINK.match(stripped):
        return REASON_SHL
    if stripped.startswith("shc:/"):
        return REASON_SHC
    if _JWE.match(stripped):
        return REASON_ENCRYPTED
    if _JWS.match(stripped):
        return REASON_SHC
    return None


def health_card_json_reason(document: Any) -> str | None:
    if not isinstance(document, dict):
        return None
    if "verifiableCredential" in document:
        return REASON_SHC
    payload = document.get("shlinkJsonPayload", document)
    if isinstance(payload, dict) and {"url", "key"} <= payload.keys():
        return REASON_SHL_CONTENT
    files = document.get("files")
    if isinstance(files, list) and all(isinstance(f, dict) and "contentType" in f for f in files):
        return REASON_SHL_CONTENT
    return None
