"""The cross-border summary (DESIGN.md "The cross-border summary"), in two steps: **select**
(sections and items, emergency content first: :mod:`select`) and **render** (the bilingual PDF:
:mod:`render`; the emergency card: :mod:`card`; the IPS FHIR document: :mod:`ips`).

Everything here is headless: no Qt (STYLE.md rule 1); reportlab is imported by the rendering
modules only, which the command line loads inside its export commands. The data is read from
the vault once (:func:`data.read_summary_data`, on the thread that owns the vault); rendering
works on that frozen data and may run on any thread.
"""
