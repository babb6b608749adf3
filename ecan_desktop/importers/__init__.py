"""Importers: one module per kind of source; each produces an :class:`ImportBatch`."""
