"""The one object the composition root builds and passes down (STYLE.md rule 2: no singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE
from ecan_desktop.paths import AppPaths, resource_path
from ecan_desktop.ui.tasks import PoolTaskRunner, SerialTaskRunner, SyncTaskRunner, TaskRunner
from ecan_desktop.ui.vault_worker import VaultWorker
from ecan_desktop.vault.profiles import ProfileStore


@dataclass
class AppContext:
    paths: AppPaths
    store: ProfileStore
    tasks: TaskRunner
    vault: VaultWorker
    kiosk: bool = False
    language: str = DEFAULT_LANGUAGE
    demo_manifest: Path = field(default_factory=lambda: resource_path("demo", "manifest.json"))

    @classmethod
    def create(
        cls,
        paths: AppPaths,
        store: ProfileStore | None = None,
        *,
        kiosk: bool = False,
        language: str = DEFAULT_LANGUAGE,
        synchronous: bool = False,
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
        return cls(paths, store, tasks, vault, kiosk=kiosk, language=language)

    @property
    def demo_available(self) -> bool:
        """The demo data ships with the app (a broken package must not offer a dead button)."""
        return self.demo_manifest.is_file()

    def shutdown(self) -> None:
        """Stop background work and close the vault; safe to call more than once."""
        self.tasks.shutdown()
        self.vault.shutdown()
