"""The record views of the record window's sidebar, one view per module (STYLE.md rule 9)."""
