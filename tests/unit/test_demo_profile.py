"""The demo profile as the app creates it: two centres, one fact reported by both."""

from __future__ import annotations

from ecan_desktop.demo import DEMO_LABEL, DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.vault.profiles import ProfileStore


def test_demo_profile_has_two_centres_and_links_what_both_report(store: ProfileStore) -> None:
    steps: list[tuple[int, int]] = []
    created = create_demo_profile(store, progress=lambda done, total: steps.append((done, total)))
    assert created.info.label == DEMO_LABEL and steps == [(1, 2), (2, 2)]
    with store.unlock(DEMO_LABEL, DEMO_PASSPHRASE) as opened:
        vault = opened.vault
        assert [(s.centre_country, s.imported_at) for s in vault.sources()] == [
            ("RO", "2026-11-20T10:00:00Z"),
            ("AT", "2026-11-20T10:05:00Z"),
        ]
        assert vault.get_meta("patient_name") == "Ioana Teodora Bălănescu"
        assert vault.get_meta("patient_birth_date") == "1974-06-17"
        rows = {r.row_id: r for r in vault.resources()}
        linked = sorted(
            (rows[a].resource_type, rows[a].origin != rows[b].origin) for a, b, _ in vault.links()
        )
        assert linked == [("AllergyIntolerance", True), ("Condition", True)]
        # Every reference inside the demo resolves after storage.
        for item in rows.values():
            subject = item.resource.get("subject") or item.resource.get("patient")
            if isinstance(subject, dict) and "reference" in subject:
                target = vault.resolve(subject["reference"], origin=item.origin)
                assert target is not None and target.resource_type == "Patient"
