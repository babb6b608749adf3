"""Slowing down guessing at the keyboard: after 5 wrong tries, a wait that doubles each time.

The key derivation already makes each guess cost about half a second; this adds a pause that a
person sees as a countdown. It lives in memory for the running app (per profile), so going back
to the profile list does not reset it. Passphrase and recovery-code tries count together.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_TRIES = 5
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60


class UnlockThrottle:
    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        first_wait: float = FIRST_WAIT_SECONDS,
    ) -> None:
        self._clock = clock
        self.first_wait = first_wait
        self._failures: dict[str, int] = {}
        self._blocked_until: dict[str, float] = {}

    def failures(self, profile_id: str) -> int:
        return self._failures.get(profile_id, 0)

    def failed(self, profile_id: str) -> None:
        count = self._failures.get(profile_id, 0) + 1
        self._failures[profile_id] = count
        if count >= FREE_TRIES:
            wait = min(self.first_wait * 2 ** (count - FREE_TRIES), MAX_WAIT_SECONDS)
            self._blocked_until[profile_id] = self._clock() + wait

    def succeeded(self, profile_id: str) -> None:
        self._failures.pop(profile_id, None)
        self._blocked_until.pop(profile_id, None)

    def seconds_left(self, profile_id: str) -> int:
        """Whole seconds until the next try is allowed (0: now)."""
        until = self._blocked_until.get(profile_id)
        if until is None:
            return 0
        left = until - self._clock()
        return max(0, int(left + 0.999))
