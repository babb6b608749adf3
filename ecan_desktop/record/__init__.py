"""The read model: plain dataclasses built from the vault. No Qt.

Entry point: :func:`ecan_desktop.record.build.build_record`; its JSON form is documented in
``JSON.md`` beside this file.
"""
