"""The read model: plain dataclasses built from the vault. No Qt."""
