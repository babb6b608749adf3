"""Faults a patient's computer really has: a crash mid-import, a full disk, a read-only folder,
damaged files, a second window. Each test runs the real code in a subprocess and asserts what the
user would see: a clear one-line error with the documented exit code, and a record that is still
whole (all of an import or none of it, nothing in clear on disk, no file touched on failure).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import random
import secrets
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from ecan_desktop.vault.keys import KeyFile
from ecan_desktop.vault.profiles import ProfileInfo, ProfileStore
from ecan_desktop.vault.store import NewSource
from tests.conftest import FAST_KDF
from tests.integration.helpers import REPO, clean_env, run_cli

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX faults: SIGKILL, rlimits, permission bits"
)

PASSPHRASE = "correct horse battery"
LABEL = "Ana Pop"
NOBODY = 65534

# A child that opens the profile and writes one big batch (or just holds the profile open).
# It builds everything first, says "started" just before put_batch, "done" after the commit, and
# then keeps the profile open, so that a kill after "done" leaves a committed but unmerged WAL and
# a held lock behind.
CHILD_SCRIPT = """
import os, sys, time
from pathlib import Path

from ecan_desktop.vault.keys import KdfParams
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.store import NewSource

profiles_dir, label, tag, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = ProfileStore(Path(profiles_dir), kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
resources = [
    {
        "resourceType": "Observation",
        "id": f"{tag}-{i}",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
        "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": "2024-03-01",
        "valueQuantity": {"value": i % 17, "unit": "g/dL", "system": "http://unitsofmeasure.org"},
        "note": [{"text": f"batch {tag} item {i} " + "x" * 200}],
    }
    for i in range(count)
]
opened = store.unlock(label, os.environ["ECAN_PASSPHRASE"])
if count:
    print("started", flush=True)
    opened.vault.put_batch(NewSource(kind="file", origin="centre:x"), resources)
    print("done", flush=True)
else:
    print("ready", flush=True)
time.sleep(120)
"""


# -- helpers -------------------------------------------------------------------------------------
def observation(rid: str, text: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "718-7", "display": "Hb"}]},
        "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": "2024-03-01",
        "valueQuantity": {"value": 12.5, "unit": "g/dL", "system": "http://unitsofmeasure.org"},
        "note": [{"text": text}],
    }


def write_bundle(path: Path, resources: list[dict[str, Any]]) -> Path:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": r} for r in resources],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def make_profile(store: ProfileStore, observations: int = 0) -> ProfileInfo:
    """A profile with a cheap KDF, holding *observations* resources from one source."""
    info = store.create(LABEL, PASSPHRASE).info
    if observations:
        with store.unlock(LABEL, PASSPHRASE) as opened:
            opened.vault.put_batch(
                NewSource(kind="file", origin="centre:seed"),
                [observation(f"seed-{i}", f"seed {i} " + "y" * 300) for i in range(observations)],
            )
    return info


def stored_state(store: ProfileStore) -> tuple[dict[str, int], list[tuple[str, str, int]], int]:
    """What a user sees of the record: counts per type, every resource (type, id, version),
    and the number of sources."""
    with store.unlock(LABEL, PASSPHRASE) as opened:
        assert opened.vault.integrity_problems() == []
        resources = [(r.resource_type, r.fhir_id, r.version) for r in opened.vault.resources()]
        return opened.vault.counts(), sorted(resources), len(opened.vault.sources())


def file_hashes(*folders: Path) -> dict[str, str]:
    """sha256 of every file under *folders* (by absolute path)."""
    hashes = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                hashes[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def assert_one_line_error(result: subprocess.CompletedProcess[str], exit_code: int) -> str:
    """The CLI failed with *exit_code* and said so in one line, without a traceback."""
    assert result.returncode == exit_code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ecan-desktop: "), lines[0]
    return lines[0]


class Child:
    """A child running CHILD_SCRIPT, whose stdout lines can be awaited with a timeout.

    Used as a context manager, so that a failing test never leaves it running.
    """

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
        )
        self.output = b""
        self.errors = b""
        self._reaped = False

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        out, err = self.proc.communicate(timeout=30)
        self.output += out
        self.errors += err
        self._reaped = True

    def wait_for(self, line: str, timeout: float = 30.0) -> None:
        assert self.proc.stdout is not None
        wanted = f"{line}\n".encode()
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while wanted not in self.output:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no {line!r} from the child in {timeout} s"
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    self._reap()
                    pytest.fail(f"the child ended before {line!r}: {self.errors.decode()}")
                self.output += chunk

    def kill(self) -> None:
        """SIGKILL. The child never exits by itself, so it is still there (maybe a zombie)."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self._reap()
        assert self.proc.returncode == -signal.SIGKILL, self.errors.decode()

    @property
    def said(self) -> str:
        return self.output.decode()


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    path = tmp_path / "child.py"
    path.write_text(CHILD_SCRIPT, encoding="utf-8")
    return path


def start_child(script: Path, store: ProfileStore, tag: str, count: int) -> Child:
    return Child(
        [sys.executable, str(script), str(store.profiles_dir), LABEL, tag, str(count)],
        clean_env(passphrase=PASSPHRASE),
    )


# -- 1. SIGKILL mid-batch ------------------------------------------------------------------------
BATCH = 5000
KILLS_DURING = 20
KILLS_AFTER_COMMIT = 4


@pytest.mark.slow
def test_sigkill_mid_batch_keeps_all_of_it_or_none(store: ProfileStore, child_script: Path) -> None:
    info = make_profile(store)
    lock_file = info.directory / "lock"

    # One undisturbed run measures how long the batch takes to write on this machine.
    with start_child(child_script, store, "calibration", BATCH) as child:
        child.wait_for("started")
        began = time.monotonic()
        child.wait_for("done")
        write_time = time.monotonic() - began
        child.kill()
    assert stored_state(store)[0] == {"Observation": BATCH}

    rng = random.Random(20250611)
    plan = ["during"] * KILLS_DURING + ["after_commit"] * KILLS_AFTER_COMMIT
    rng.shuffle(plan)
    total, batches = BATCH, 1
    outcomes = {"kept": 0, "lost": 0}
    for n, when in enumerate(plan):
        with start_child(child_script, store, f"run{n}", BATCH) as child:
            if when == "during":
                # From "started" (nothing written yet) to the end of the write: before and during.
                child.wait_for("started")
                time.sleep(rng.uniform(0, min(write_time, 0.6)))
            else:
                # After the commit, with the profile still open and its WAL not yet merged.
                child.wait_for("done")
                time.sleep(rng.uniform(0, 0.05))
            child.kill()
        committed = "done\n" in child.said
        # The dead process's lock is still on disk, naming it; the next open must take it over.
        assert lock_file.read_text(encoding="ascii") == str(child.proc.pid)

        counts, resources, sources = stored_state(store)
        seen = counts.get("Observation", 0)
        assert seen in (total, total + BATCH), f"kill {n} ({when}) left a partial batch: {seen}"
        if committed:
            assert seen == total + BATCH, f"kill {n}: a committed batch was lost"
        if seen == total + BATCH:
            total, batches = seen, batches + 1
            outcomes["kept"] += 1
        else:
            outcomes["lost"] += 1
        assert sources == batches, "a source was recorded without its resources, or lost"
        assert len({fhir_id for _, fhir_id, _ in resources}) == total
    # Kills landed both before the commit (batch gone) and after it (batch kept).
    assert outcomes["lost"] >= 1, outcomes
    assert outcomes["kept"] >= KILLS_AFTER_COMMIT, outcomes


# -- 2. Full disk --------------------------------------------------------------------------------
def _file_size_limit(limit: int) -> Callable[[], None]:
    import resource  # POSIX only

    def preexec() -> None:
        # Ignore SIGXFSZ so that a write past the limit fails with EFBIG, as on a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def test_full_disk_during_import_changes_nothing(store: ProfileStore, tmp_path: Path) -> None:
    info = make_profile(store, observations=50)
    before = stored_state(store)
    big = write_bundle(
        tmp_path / "input" / "big.json",
        [observation(f"big-{i}", f"big {i} " + "z" * 1500) for i in range(3000)],
    )
    assert big.stat().st_size > 4 << 20
    # The vault exists and may grow a little (unlock is recorded), but the batch cannot fit.
    limit = info.vault_file.stat().st_size + (256 << 10)

    result = run_cli(
        "import",
        "--profile",
        LABEL,
        big,
        data_dir=store.profiles_dir.parent,
        passphrase=PASSPHRASE,
        preexec_fn=_file_size_limit(limit),
    )

    line = assert_one_line_error(result, 1)
    assert "could not write" in line, line
    assert "free space" in line, line
    assert str(info.directory) in line, line
    # The reason given is the failed write, not a failure while cleaning up after it.
    assert "disk I/O error" in line or "disk is full" in line, line
    # Without the limit, the record opens and holds exactly what it held before.
    assert stored_state(store) == before


# -- 3. Read-only data folder --------------------------------------------------------------------
_PR_CAPBSET_DROP = 24
# CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_FSETID
_FILE_CAPABILITIES = (0, 1, 2, 3, 4)


def _drop_file_capabilities() -> Callable[[], None]:
    """A preexec_fn after which root obeys permission bits like any user.

    Switching to ``nobody`` (setuid) is not possible here: the interpreter lives under /root,
    which only root may enter. Removing the capabilities that let root ignore permission bits
    from the bounding set has the same effect on the data folder (owned by nobody, so root gets
    the "other" bits) and keeps the interpreter reachable.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    prctl = libc.prctl

    def preexec() -> None:
        for cap in _FILE_CAPABILITIES:
            if prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return preexec


def _can_drop_capabilities() -> bool:
    try:
        result = subprocess.run(
            [sys.executable, "-c", "pass"],
            preexec_fn=_drop_file_capabilities(),
            capture_output=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _make_read_only(top: Path) -> None:
    for path in [top, *top.rglob("*")]:
        if os.geteuid() == 0:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
        path.chmod(0o555 if path.is_dir() else 0o444)


@pytest.fixture
def read_only_runner() -> Iterator[Callable[[], None] | None]:
    """The preexec_fn for a CLI that may not write where permission bits say so."""
    if os.geteuid() != 0:
        yield None  # permission bits already apply
        return
    if not _can_drop_capabilities():
        pytest.skip("running as root without CAP_SETPCAP: cannot make root obey permission bits")
    yield _drop_file_capabilities()


def test_read_only_data_folder_is_refused_without_changing_a_byte(
    store: ProfileStore, tmp_path: Path, read_only_runner: Callable[[], None] | None
) -> None:
    info = make_profile(store, observations=20)
    data_dir = store.profiles_dir.parent
    new_file = write_bundle(tmp_path / "input" / "new.json", [observation("new-1", "new")])
    try:
        _make_read_only(data_dir)
        before = file_hashes(data_dir)
        for args in (
            ("show", "--profile", LABEL, "--json"),
            ("import", "--profile", LABEL, new_file),
        ):
            result = run_cli(
                *args, data_dir=data_dir, passphrase=PASSPHRASE, preexec_fn=read_only_runner
            )
            # Opening a profile takes its lock, which is a write: the user is told where and why.
            line = assert_one_line_error(result, 1)
            assert f"could not write to {info.directory / 'lock'}" in line, line
            assert "Permission denied" in line, line
            assert "you may write to that folder" in line, line
            assert result.stdout == ""
        assert file_hashes(data_dir) == before
    finally:
        for path in [data_dir, *data_dir.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)
    assert stored_state(store)[0] == {"Observation": 20}


# -- 4. Nothing in clear on disk -----------------------------------------------------------------
def test_nothing_patient_related_is_written_in_clear(tmp_path: Path) -> None:
    marker = f"Zqx{secrets.token_hex(8)}"
    data_dir, out_dir, tmp_dir, home = (tmp_path / n for n in ("data", "out", "tmp", "home"))
    for folder in (out_dir, tmp_dir, home):
        folder.mkdir()
    env = {"TMPDIR": str(tmp_dir), "HOME": str(home)}
    # The input file is the only place the marker may be, and it is outside every folder checked.
    source = write_bundle(
        tmp_path / "input" / "summary.json",
        [
            {
                "resourceType": "Patient",
                "id": "p1",
                "name": [{"family": marker, "given": ["Ana"]}],
                "birthDate": "1970-05-04",
            },
            {
                "resourceType": "Condition",
                "id": "c1",
                "subject": {"reference": "Patient/p1"},
                "code": {"text": f"carcinoma {marker}"},
                "note": [{"text": f"diagnosed {marker}"}],
            },
            *[observation(f"o{i}", f"note {i} {marker}") for i in range(30)],
        ],
    )

    def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
        result = run_cli(*args, data_dir=data_dir, passphrase=PASSPHRASE, env=env)
        assert result.returncode == 0, result.stderr
        return result

    cli("profile", "create", LABEL, "--patient-name", f"Ana {marker}", "--birth-date", "1970-05-04")
    imported = json.loads(cli("import", "--profile", LABEL, "--json", source).stdout)
    assert imported["files"][0]["status"] == "imported"
    shown = cli("show", "--profile", LABEL, "--json").stdout
    assert marker in shown  # the data is really there (stdout is not disk)
    cli("backup", "--profile", LABEL, "-o", out_dir / "ana")
    cli("check", "--profile", LABEL)

    files = file_hashes(data_dir, out_dir, tmp_dir, home)
    assert any(p.endswith("vault.db") for p in files)
    assert any(p.endswith(".ecanbackup") for p in files)
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be"))
    leaks = [p for p in files if any(n in Path(p).read_bytes() for n in needles)]
    assert leaks == []
    assert sorted(tmp_dir.rglob("*")) == []  # and no temporary file was left behind


# -- 5. Damaged vault files ----------------------------------------------------------------------
def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate_half(info: ProfileInfo) -> None:
    with info.vault_file.open("r+b") as handle:
        handle.truncate(info.vault_file.stat().st_size // 2)


def _zero_header(info: ProfileInfo) -> None:
    with info.vault_file.open("r+b") as handle:
        handle.write(bytes(4096))


def _random_bytes(info: ProfileInfo) -> None:
    size = info.vault_file.stat().st_size
    info.vault_file.write_bytes(random.Random(7).randbytes(size))


def _delete_keys(info: ProfileInfo) -> None:
    info.keys_file.unlink()


def _edit_keys(info: ProfileInfo) -> None:
    text = info.keys_file.read_text(encoding="utf-8")
    data = json.loads(text)
    ciphertext = data["wraps"][0]["ciphertext"]
    start = text.index(ciphertext) + len(ciphertext) // 2
    flipped = "A" if text[start] != "A" else "B"
    info.keys_file.write_text(text[:start] + flipped + text[start + 1 :], encoding="utf-8")


def _newer_schema(info: ProfileInfo) -> None:
    key = KeyFile.load(info.keys_file, label=info.label, backup="").unwrap_with_passphrase(
        PASSPHRASE
    )
    conn = sqlcipher3.connect(str(info.vault_file), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA user_version = 99")
    finally:
        conn.close()


def _flip_middle_byte(info: ProfileInfo) -> None:
    _flip_byte(info.vault_file, info.vault_file.stat().st_size // 2)


def _nothing(info: ProfileInfo) -> None:
    del info


DAMAGE = {
    # name: (damage, command, passphrase, exit code, words the message must contain)
    "truncated": (_truncate_half, "show", PASSPHRASE, 5, ("damaged", "{backup}")),
    "header_zeroed": (_zero_header, "show", PASSPHRASE, 5, ("damaged", "{backup}")),
    "random_bytes": (_random_bytes, "show", PASSPHRASE, 5, ("damaged", "{backup}")),
    "keys_deleted": (_delete_keys, "show", PASSPHRASE, 5, ("key file", "missing", "{backup}")),
    "keys_edited": (_edit_keys, "show", PASSPHRASE, 5, ("key file", "damaged", "{backup}")),
    "wrong_passphrase": (_nothing, "show", "not the passphrase", 3, ("passphrase is not right",)),
    "newer_schema": (_newer_schema, "show", PASSPHRASE, 5, ("newer version", "Update")),
    "byte_flipped_check": (_flip_middle_byte, "check", PASSPHRASE, 5, ("damaged", "{backup}")),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder with one profile holding a few hundred resources, and a backup of it."""
    root = tmp_path_factory.mktemp("pristine")
    store = ProfileStore(root / "data" / "profiles", kdf=FAST_KDF)
    make_profile(store, observations=400)
    backup = root / "backups" / "ana.ecanbackup"
    backup.parent.mkdir()
    result = run_cli(
        "backup", "--profile", LABEL, "-o", backup, data_dir=root / "data", passphrase=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    assert backup.is_file()
    return root / "data", backup


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_vault_is_reported_in_one_line_and_left_alone(
    name: str, pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    damage, command, passphrase, exit_code, words = DAMAGE[name]
    source_dir, backup = pristine
    data_dir = tmp_path / "data"
    shutil.copytree(source_dir, data_dir)
    info = ProfileStore(data_dir / "profiles").find(LABEL)
    damage(info)
    before = file_hashes(info.directory)

    result = run_cli(command, "--profile", LABEL, data_dir=data_dir, passphrase=passphrase)

    line = assert_one_line_error(result, exit_code)
    for word in words:
        assert word.replace("{backup}", str(backup)) in line, (name, line)
    assert LABEL in line or name == "wrong_passphrase", line
    assert file_hashes(info.directory) == before, f"{name}: a file of the profile was changed"


# -- 6. Profile in use ---------------------------------------------------------------------------
def test_profile_open_elsewhere_is_refused_until_that_process_dies(
    store: ProfileStore, child_script: Path
) -> None:
    make_profile(store, observations=3)
    data_dir = store.profiles_dir.parent
    with start_child(child_script, store, "hold", 0) as holder:
        holder.wait_for("ready")
        result = run_cli("show", "--profile", LABEL, data_dir=data_dir, passphrase=PASSPHRASE)
        line = assert_one_line_error(result, 1)
        assert f"“{LABEL}”" in line, line
        assert "already open" in line, line
        assert str(holder.proc.pid) in line, line
        holder.kill()

    result = run_cli("show", "--profile", LABEL, "--json", data_dir=data_dir, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == {"Observation": 3}
