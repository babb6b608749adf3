"""'Remember on this computer' with a real Secret Service: gnome-keyring in its own D-Bus session.

The script runs in a throwaway session with a temporary HOME, so the user's keyring is never
touched, and it uses the default keyring backend exactly as the app does (no set_keyring).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.helpers import REPO, clean_env

pytestmark = pytest.mark.secret_service

# gnome-keyring-daemon creates and unlocks the "login" collection with the password on stdin; an
# empty password leaves no collection (set_password then fails with "Prompt dismissed").
SESSION = (
    "printf '%s' test-keyring-password"
    " | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    ' && exec "$0" "$@"'
)

SCRIPT = """
import json, sys
from pathlib import Path

import keyring

from ecan_desktop.vault.errors import KeyringSecretMissing
from ecan_desktop.vault.keys import KdfParams
from ecan_desktop.vault.profiles import ProfileStore

LABEL, PASSPHRASE = "Ana Pop", "correct horse battery"
results = {}
backend = keyring.get_keyring()
results["backend"] = f"{type(backend).__module__}.{type(backend).__name__}"
results["backend_name"] = backend.name
print(f"keyring backend: {backend.name}", file=sys.stderr)

store = ProfileStore(Path(sys.argv[1]), kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
profile_id = store.create(LABEL, PASSPHRASE).info.id
with store.unlock(LABEL, PASSPHRASE) as opened:
    opened.set_remembered(True)
results["remembered"] = store.is_remembered(LABEL)
results["secret_stored"] = keyring.get_password("ecan-desktop", profile_id) is not None

def try_remembered():
    try:
        with store.unlock_remembered(LABEL) as opened:
            return "unlocked" if opened.is_open else "not open"
    except KeyringSecretMissing:
        return "KeyringSecretMissing"

results["unlock_remembered"] = try_remembered()

with store.unlock_remembered(LABEL) as opened:
    opened.set_remembered(False)
results["remembered_after_off"] = store.is_remembered(LABEL)
results["secret_after_off"] = keyring.get_password("ecan-desktop", profile_id)
results["unlock_remembered_after_off"] = try_remembered()

# The secret removed from the keyring behind the app's back: it is missed, not a crash.
with store.unlock(LABEL, PASSPHRASE) as opened:
    opened.set_remembered(True)
keyring.delete_password("ecan-desktop", profile_id)
results["unlock_remembered_secret_deleted"] = try_remembered()
with store.unlock(LABEL, PASSPHRASE) as opened:
    results["passphrase_still_unlocks"] = opened.is_open
print(json.dumps(results))
"""


def test_remember_on_this_computer_with_a_real_secret_service(tmp_path: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian packages: dbus gnome-keyring)")
    home, runtime, data = (tmp_path / n for n in ("home", "runtime", "data"))
    home.mkdir()
    runtime.mkdir(mode=0o700)
    script = tmp_path / "remember.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = clean_env(
        {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_RUNTIME_DIR": str(runtime),
        }
    )
    del env["PYTHON_KEYRING_BACKEND"]  # the real default backend, as the app gets it

    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION, sys.executable, str(script), str(data)],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout.strip().splitlines()[-1])
    assert results["backend"] == "keyring.backends.SecretService.Keyring", results
    assert results["backend_name"] == "SecretService Keyring", results
    assert results["remembered"] is True
    assert results["secret_stored"] is True
    assert results["unlock_remembered"] == "unlocked"
    assert results["remembered_after_off"] is False
    assert results["secret_after_off"] is None
    assert results["unlock_remembered_after_off"] == "KeyringSecretMissing"
    assert results["unlock_remembered_secret_deleted"] == "KeyringSecretMissing"
    assert results["passphrase_still_unlocks"] is True
    # The secrets went to the throwaway keyring in the temporary HOME.
    assert (home / ".local" / "share" / "keyrings" / "login.keyring").is_file()
