"""The one object the composition root builds and passes down (STYLE.md rule 2: no singletons)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE
from ecan_desktop.paths import AppPaths, resource_path
from ecan_desktop.settings import Settings, load_settings, save_settings
from ecan_desktop.ui.tasks import PoolTaskRunner, SerialTaskRunner, SyncTaskRunner, TaskRunner
from ecan_desktop.ui.vault_worker import VaultWorker
from ecan_desktop.vault.keyring_store import KeyringStatus, keyring_status
from ecan_desktop.vault.profiles import ProfileInfo, ProfileStore

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    store: ProfileStore
    tasks: TaskRunner
    vault: VaultWorker
    settings: Settings = field(default_factory=Settings)
    kiosk: bool = False
    language: str = DEFAULT_LANGUAGE
    demo_manifest: Path = field(default_factory=lambda: resource_path("demo", "manifest.json"))
    _demo_label: str | None = field(default=None, init=False, repr=False)

    @classmethod
    def create(
        cls,
        paths: AppPaths,
        store: ProfileStore | None = None,
        *,
        kiosk: bool = False,
        language: str = DEFAULT_LANGUAGE,
        synchronous: bool = False,
        settings: Settings | None = None,
    ) -> AppContext:
        """The context for *paths*; ``synchronous`` runs all work inline (deterministic tests)."""
        store = store if store is not None else ProfileStore(paths.profiles_dir)
        tasks: TaskRunner
        if synchronous:
            tasks = SyncTaskRunner()
            vault = VaultWorker(store, SyncTaskRunner())
        else:
            tasks = PoolTaskRunner()
            vault = VaultWorker(store, SerialTaskRunner())
        if settings is None:
            settings = load_settings(paths.settings_file)
        return cls(paths, store, tasks, vault, settings, kiosk=kiosk, language=language)

    def change_settings(self, **changes: object) -> Settings:
        """Apply *changes* to the settings and save them (a failed write keeps them for now)."""
        self.settings = self.settings.with_changes(**changes)
        try:
            save_settings(self.paths.settings_file, self.settings)
        except OSError:
            log.warning("the settings could not be saved")
        return self.settings

    @property
    def remember_offered(self) -> bool:
        """ "Remember on this computer" is offered only with a usable keyring, never in kiosk mode.

        The keyring is asked now, not at start-up: one may be unlocked or installed meanwhile.
        """
        return not self.kiosk and keyring_status() is KeyringStatus.AVAILABLE

    def is_demo(self, info: ProfileInfo) -> bool:
        """*info* is the demo profile (its label is the one the demo manifest gives it)."""
        if self._demo_label is None:
            # Read from the manifest rather than importing ecan_desktop.demo, which loads the
            # importers: the start screen must appear quickly.
            try:
                data = json.loads(self.demo_manifest.read_text(encoding="utf-8"))
                label = data.get("profile_label") if isinstance(data, dict) else None
            except (OSError, ValueError):
                label = None
            if not isinstance(label, str):
                from ecan_desktop.demo import DEMO_LABEL

                label = DEMO_LABEL
            self._demo_label = label
        return info.label.casefold() == self._demo_label.casefold()

    @property
    def demo_available(self) -> bool:
        """The demo data ships with the app (a broken package must not offer a dead button)."""
        return self.demo_manifest.is_file()

    def shutdown(self) -> None:
        """Stop background work and close the vault; safe to call more than once."""
        self.tasks.shutdown()
        self.vault.shutdown()
