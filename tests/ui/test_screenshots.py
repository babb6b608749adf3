"""``screenshots``: every main view of a profile as a PNG of the asked size, in each of the seven
complete languages, and one-line errors for what cannot be done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ecan_desktop.cli.screenshots import view_keys
from tests.integration.helpers import run_cli
from tests.integration.test_cli import one_error_line

DEMO = "demo"
SEVEN = ("en", "de", "fr", "ro", "el", "bg", "pl")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shots-data")
    result = run_cli("demo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def _colours(image: QImage) -> int:
    """Distinct colours on a coarse grid: a blank or one-colour picture has one or two."""
    seen = set()
    for y in range(0, image.height(), 8):
        for x in range(0, image.width(), 8):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_the_view_names_are_the_windows() -> None:
    from ecan_desktop.ui.record_frame import VIEW_KEYS

    assert view_keys() == VIEW_KEYS


def test_every_view_is_written_at_the_asked_size(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = run_cli(
        "screenshots", "--profile", "Demo", "--lang", "en", "-o", out,
        data_dir=data_dir, passphrase=DEMO, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.png"))
    assert [f.name for f in files] == [
        f"{i + 1:02d}-{key}.png" for i, key in enumerate(view_keys())
    ]
    assert result.stdout.split() == [str(f) for f in files]
    pictures = [QImage(str(f)) for f in files]
    assert all((p.width(), p.height()) == (1280, 800) for p in pictures)
    assert all(_colours(p) > 8 for p in pictures)
    # each view looks different from the others
    assert len({bytes(p.constBits()) for p in pictures}) == len(pictures)


@pytest.mark.parametrize("code", SEVEN[1:])
def test_each_language_renders_differently_from_english(
    data_dir: Path, tmp_path: Path, code: str
) -> None:
    pictures = {}
    for lang in ("en", code):
        out = tmp_path / lang
        result = run_cli(
            "screenshots", "--profile", "Demo", "--lang", lang, "--view", "overview",
            "--size", "1920x1080", "--theme", "dark", "-o", out,
            data_dir=data_dir, passphrase=DEMO, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        (path,) = out.glob("*.png")
        assert path.name == "01-overview.png"
        pictures[lang] = QImage(str(path))
        assert (pictures[lang].width(), pictures[lang].height()) == (1920, 1080)
    assert bytes(pictures["en"].constBits()) != bytes(pictures[code].constBits())


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--lang", "xx"), "not a language"),
        (("--size", "big"), "not a window size"),
        (("--view", "charts"), "not a view"),
    ],
)
def test_bad_options_get_one_line(
    data_dir: Path, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    result = run_cli(
        "screenshots", "--profile", "Demo", *args, "-o", tmp_path / "x",
        data_dir=data_dir, passphrase=DEMO,
    )  # fmt: skip
    assert result.returncode == 2
    assert words in one_error_line(result.stderr)
    assert not (tmp_path / "x").exists()


def test_a_wrong_passphrase_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    result = run_cli(
        "screenshots", "--profile", "Demo", "-o", tmp_path / "x",
        data_dir=data_dir, passphrase="not the passphrase",
    )  # fmt: skip
    assert result.returncode == 3
    assert not (tmp_path / "x").exists()
