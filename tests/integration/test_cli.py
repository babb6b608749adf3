"""The command line as a user or a script runs it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.integration.helpers import run_cli

PASS = "correct horse battery"
FHIR = FIXTURES / "fhir"
EPS = FHIR / "eps-bundle-null-entry.json"
NOT_FHIR = FHIR / "surpass-no-resourcetype.json"
IPS = FHIR / "ips-bundle-minimal.json"
RECOVERY = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}\b")


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr
    assert len(lines) >= 1
    assert all(line.startswith("ecan-desktop: ") for line in lines)
    return lines[0]


def create(data: Path, label: str = "Mum", *extra: str) -> str:
    result = run_cli("profile", "create", label, *extra, data_dir=data, passphrase=PASS)
    assert result.returncode == 0, result.stderr
    match = RECOVERY.search(result.stdout)
    assert match, result.stdout
    return match.group(0)


def test_version_and_help(tmp_path: Path) -> None:
    version = run_cli("--version", data_dir=tmp_path)
    assert version.returncode == 0 and re.fullmatch(r"ecan-desktop \d+\.\d+\.\d+\n", version.stdout)
    help_text = run_cli("--help", data_dir=tmp_path).stdout
    for command in ("demo", "profile", "import", "show", "backup", "restore", "check"):
        assert command in help_text
    assert "Exit codes" in help_text


def test_fresh_machine_lists_no_profiles_and_suggests_the_demo(tmp_path: Path) -> None:
    result = run_cli("profile", "list", data_dir=tmp_path)
    assert result.returncode == 0 and "ecan-desktop demo" in result.stdout
    assert json.loads(run_cli("profile", "list", "--json", data_dir=tmp_path).stdout) == {
        "profiles": []
    }


def test_demo_profile(tmp_path: Path) -> None:
    result = run_cli("demo", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "passphrase is: demo" in result.stdout
    again = run_cli("demo", data_dir=tmp_path)
    assert again.returncode == 0 and "already exists" in again.stdout
    shown = json.loads(
        run_cli("show", "--profile", "Demo", "--json", data_dir=tmp_path, passphrase="demo").stdout
    )
    assert shown["patient"]["birth_date"] == "1974-06-17"
    assert shown["counts"]["MedicationAdministration"] == 20
    assert shown["counts"]["Condition"] == 2
    assert [s["country"] for s in shown["sources"]] == ["RO", "AT"]
    listed = json.loads(run_cli("profile", "list", "--json", data_dir=tmp_path).stdout)
    assert [p["label"] for p in listed["profiles"]] == ["Demo"]
    (diagnosis,) = shown["diagnoses"]
    assert diagnosis["icd10"]["code"] == "C50.4" and len(diagnosis["sources"]) == 2
    text = run_cli("show", "--profile", "Demo", data_dir=tmp_path, passphrase="demo").stdout
    assert text.index("Allergies:") < text.index("Cancer:") < text.index("Cancer treatment:")
    assert "stage IIB (AJCC 8th edition) pT2 pN1a cM0" in text
    assert "doxorubicin: cumulative 408 mg, 240 mg/m2" in text
    assert "50 Gy/25 fx + 10 Gy/5 fx boost" in text


def test_create_rename_delete(tmp_path: Path) -> None:
    code = create(tmp_path, "Mum")
    assert (
        "shown only once"
        in run_cli("profile", "create", "Dad", data_dir=tmp_path, passphrase=PASS).stdout
    )
    assert code not in json.dumps([p.read_text() for p in tmp_path.rglob("*.json")])
    short = run_cli("profile", "create", "Kid", data_dir=tmp_path, passphrase="short")
    assert short.returncode == 2 and "at least 8" in one_error_line(short.stderr)
    taken = run_cli("profile", "create", "mum", data_dir=tmp_path, passphrase=PASS)
    assert taken.returncode == 2 and "already exists" in one_error_line(taken.stderr)

    assert run_cli("profile", "rename", "Mum", "Mother", data_dir=tmp_path).returncode == 0
    labels = {
        p["label"]
        for p in json.loads(run_cli("profile", "list", "--json", data_dir=tmp_path).stdout)[
            "profiles"
        ]
    }
    assert labels == {"Mother", "Dad"}

    refused = run_cli("profile", "delete", "Mother", data_dir=tmp_path, input="Mum\n")
    assert refused.returncode == 2 and "nothing was deleted" in one_error_line(refused.stderr)
    deleted = run_cli("profile", "delete", "Mother", data_dir=tmp_path, input="mother\n")
    assert deleted.returncode == 0, deleted.stderr
    labels = {
        p["label"]
        for p in json.loads(run_cli("profile", "list", "--json", data_dir=tmp_path).stdout)[
            "profiles"
        ]
    }
    assert labels == {"Dad"}
    missing = run_cli("show", "--profile", "Mother", data_dir=tmp_path, passphrase=PASS)
    assert missing.returncode == 2 and "no profile called “Mother”" in missing.stderr


def test_wrong_passphrase_exit_3(tmp_path: Path) -> None:
    create(tmp_path)
    result = run_cli("show", "--profile", "Mum", data_dir=tmp_path, passphrase="nope nope nope")
    assert result.returncode == 3
    assert "passphrase is not right" in one_error_line(result.stderr)
    nothing = run_cli("show", "--profile", "Mum", data_dir=tmp_path)
    assert nothing.returncode == 2 and "ECAN_PASSPHRASE" in one_error_line(nothing.stderr)


def test_import_reports_per_file(tmp_path: Path) -> None:
    create(tmp_path)
    result = run_cli(
        "import", "--profile", "Mum", "--json", EPS, NOT_FHIR, data_dir=tmp_path, passphrase=PASS
    )
    assert result.returncode == 4
    report = json.loads(result.stdout)
    eps, rejected = report["files"]
    assert eps["status"] == "imported" and eps["format"] == "fhir-json/bundle-document"
    assert eps["counts"] == {"added": 38, "updated": 0, "unchanged": 0, "linked": 0, "skipped": 1}
    # The null entry was skipped (counted above); the two references to what is in neither the
    # file nor the record were imported as they are (not counted as skipped).
    assert eps["problems"] == [
        {
            "path": "$.entry[0].resource.author[0]",
            "reason": "it refers to urn:uuid:e7527691-d1a5-4616-95cb-4838a511d905, which is "
            "neither in the file nor in your record",
        },
        {"path": "$.entry[2]", "reason": "an empty entry (null) was skipped"},
        {
            "path": "$.entry[3].resource.asserter",
            "reason": "it refers to Ziekenhuis Inkendaal (1561523a-09d5-4877-aa2b-051802876133), "
            "which is neither in the file nor in your record (other parts of the file refer to it "
            "too)",
        },
    ]
    assert eps["problems_found"] == 3
    assert isinstance(eps["source_id"], int)
    assert rejected["status"] == "rejected" and rejected["source_id"] is None
    assert "not a FHIR resource" in rejected["problems"][0]["reason"]
    assert rejected["problems_found"] == 1

    again = run_cli("import", "--profile", "Mum", "--json", EPS, data_dir=tmp_path, passphrase=PASS)
    assert again.returncode == 0
    (unchanged,) = json.loads(again.stdout)["files"]
    assert unchanged["status"] == "unchanged" and unchanged["counts"]["unchanged"] == 38

    shown = json.loads(
        run_cli("show", "--profile", "Mum", "--json", data_dir=tmp_path, passphrase=PASS).stdout
    )
    assert set(shown) >= {"patient", "counts"}
    assert shown["patient"]["name"] == "Eliane Rijneveld"
    assert shown["patient"]["birth_date"] == "1969-02-25"
    assert sum(shown["counts"].values()) == 38
    assert len(shown["sources"]) == 1


def test_import_of_another_patient_asks_first(tmp_path: Path) -> None:
    create(tmp_path, "Mum", "--patient-name", "Eliane Rijneveld", "--birth-date", "1969-02-25")
    refused = run_cli("import", "--profile", "Mum", IPS, data_dir=tmp_path, passphrase=PASS)
    assert refused.returncode == 4
    assert "Martha DeLarosa (born 1972-05-01)" in refused.stderr
    assert "--accept-patient-mismatch" in refused.stderr
    shown = json.loads(
        run_cli("show", "--profile", "Mum", "--json", data_dir=tmp_path, passphrase=PASS).stdout
    )
    assert shown["counts"] == {}
    accepted = run_cli(
        "import",
        "--profile",
        "Mum",
        "--accept-patient-mismatch",
        IPS,
        data_dir=tmp_path,
        passphrase=PASS,
    )
    assert accepted.returncode == 0, accepted.stderr
    same = run_cli("import", "--profile", "Mum", EPS, data_dir=tmp_path, passphrase=PASS)
    assert same.returncode == 0, same.stderr


def test_backup_and_restore_elsewhere_with_the_recovery_code(tmp_path: Path) -> None:
    home, other = tmp_path / "home", tmp_path / "other"
    code = create(home)
    run_cli("import", "--profile", "Mum", EPS, data_dir=home, passphrase=PASS)
    backup = tmp_path / "usb" / "mum"
    backup.parent.mkdir()
    made = run_cli("backup", "--profile", "Mum", "-o", backup, data_dir=home, passphrase=PASS)
    assert made.returncode == 0 and "mum.ecanbackup" in made.stdout
    wrong = run_cli("restore", f"{backup}.ecanbackup", data_dir=other, passphrase="wrong wrong")
    assert wrong.returncode == 3
    restored = run_cli(
        "restore",
        f"{backup}.ecanbackup",
        "--recovery-code",
        "--label",
        "Mum (copy)",
        data_dir=other,
        env={"ECAN_RECOVERY_CODE": code, "ECAN_NEW_PASSPHRASE": "a new passphrase"},
    )
    assert restored.returncode == 0, restored.stderr
    shown = json.loads(
        run_cli(
            "show",
            "--profile",
            "Mum (copy)",
            "--json",
            data_dir=other,
            passphrase="a new passphrase",
        ).stdout
    )
    assert sum(shown["counts"].values()) == 38
    checked = run_cli(
        "check", "--profile", "Mum (copy)", data_dir=other, passphrase="a new passphrase"
    )
    assert checked.returncode == 0 and "intact" in checked.stdout
    junk = tmp_path / "junk.ecanbackup"
    junk.write_bytes(b"PK\x03\x04 not really")
    refused = run_cli("restore", junk, data_dir=other, passphrase=PASS)
    assert refused.returncode == 4 and "not an ecan-desktop backup" in refused.stderr


def test_change_and_reset_passphrase(tmp_path: Path) -> None:
    code = create(tmp_path)
    changed = run_cli(
        "profile",
        "passphrase",
        "Mum",
        data_dir=tmp_path,
        passphrase=PASS,
        env={"ECAN_NEW_PASSPHRASE": "second passphrase"},
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("show", "--profile", "Mum", data_dir=tmp_path, passphrase=PASS).returncode == 3
    reset = run_cli(
        "profile",
        "passphrase",
        "Mum",
        "--recovery-code",
        data_dir=tmp_path,
        env={"ECAN_RECOVERY_CODE": code.lower(), "ECAN_NEW_PASSPHRASE": "third passphrase"},
    )
    assert reset.returncode == 0, reset.stderr
    assert (
        run_cli(
            "show", "--profile", "Mum", data_dir=tmp_path, passphrase="third passphrase"
        ).returncode
        == 0
    )
    bad = run_cli(
        "profile",
        "passphrase",
        "Mum",
        "--recovery-code",
        data_dir=tmp_path,
        env={"ECAN_RECOVERY_CODE": "ABCDE", "ECAN_NEW_PASSPHRASE": "fourth one!"},
    )
    assert bad.returncode == 3 and "25 letters and digits" in one_error_line(bad.stderr)


def test_remember_without_a_keyring_says_so(tmp_path: Path) -> None:
    create(tmp_path)
    result = run_cli("profile", "remember", "Mum", "on", data_dir=tmp_path, passphrase=PASS)
    assert result.returncode == 1
    assert "cannot remember your passphrase" in one_error_line(result.stderr)


@pytest.mark.parametrize("argv", [["profile"], ["import", "--profile", "x"], ["frobnicate"]])
def test_usage_errors_exit_2(tmp_path: Path, argv: list[str]) -> None:
    result = run_cli(*argv, data_dir=tmp_path)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_sources_and_undoing_one_import_exactly(tmp_path: Path) -> None:
    create(tmp_path)
    stage = FHIR / "mcode-stage-group.json"
    run_cli("import", "--profile", "Mum", EPS, data_dir=tmp_path, passphrase=PASS)
    run_cli("import", "--profile", "Mum", stage, data_dir=tmp_path, passphrase=PASS)
    listed = json.loads(
        run_cli("sources", "--profile", "Mum", "--json", data_dir=tmp_path, passphrase=PASS).stdout
    )
    eps, single = listed["sources"]
    assert eps["file"] == EPS.name and eps["counts"]["added"] == 38
    assert single["file"] == stage.name and len(single["sha256"]) == 64
    text = run_cli("sources", "--profile", "Mum", data_dir=tmp_path, passphrase=PASS).stdout
    assert f"{single['id']}\t" in text and stage.name in text

    removed = run_cli(
        "remove-source", "--profile", "Mum", str(single["id"]), data_dir=tmp_path, passphrase=PASS
    )
    assert removed.returncode == 0 and "1 records removed" in removed.stdout
    shown = json.loads(
        run_cli("show", "--profile", "Mum", "--json", data_dir=tmp_path, passphrase=PASS).stdout
    )
    assert sum(shown["counts"].values()) == 38 and [s["id"] for s in shown["sources"]] == [
        eps["id"]
    ]
    missing = run_cli("remove-source", "--profile", "Mum", "99", data_dir=tmp_path, passphrase=PASS)
    assert missing.returncode == 2 and "no import number 99" in one_error_line(missing.stderr)


def test_import_size_limit_is_configurable(tmp_path: Path) -> None:
    create(tmp_path)
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"resourceType": "Basic", "id": "b", "note": "x" * (2 << 20)}))
    refused = run_cli(
        "import", "--profile", "Mum", "--max-size", "1", big, data_dir=tmp_path, passphrase=PASS
    )
    assert refused.returncode == 4 and "larger than 1 MB" in refused.stderr
    accepted = run_cli("import", "--profile", "Mum", big, data_dir=tmp_path, passphrase=PASS)
    assert accepted.returncode == 0, accepted.stderr
