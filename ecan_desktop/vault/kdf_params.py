"""Argon2id parameters: a plain record, so that listing profiles needs no cryptography import.

The parameters are recorded in ``keys.json`` beside each wrap; ``keys.py`` derives with them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_KDF_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. The default (256 MiB, 3 passes, 4 lanes) costs about 0.4 s on a
    2-core machine: ``make bench`` reports it against the 0.3-0.6 s we aim for."""

    memory_kib: int = 262144
    iterations: int = 3
    lanes: int = 4
    name: str = "argon2id"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown key derivation {data.get('name')!r}")
        params = cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
        )
        # An edited file must not make unlocking allocate terabytes or spin for hours.
        if not (
            8 * params.lanes <= params.memory_kib <= MAX_KDF_MEMORY_KIB
            and 1 <= params.iterations <= MAX_KDF_ITERATIONS
            and 1 <= params.lanes <= MAX_KDF_LANES
        ):
            raise ValueError("key derivation parameters out of range")
        return params


DEFAULT_KDF = KdfParams()
