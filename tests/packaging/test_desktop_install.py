"""`reflekt desktop-install` puts reflekt in a Linux user's menu; uninstall takes it out again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reflekt import APP_ID
from reflekt.cli import desktop, main

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="desktop integration is for Linux"
)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def exec_line(data_home: Path) -> str:
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return next(line for line in entry.splitlines() if line.startswith("Exec="))


def test_install_adds_a_menu_entry_that_starts_this_reflekt(data_home: Path, capsys) -> None:
    assert main(["desktop-install"]) == 0
    assert "applications menu" in capsys.readouterr().out
    program = Path(exec_line(data_home).removeprefix("Exec="))
    assert program.is_absolute() and program.name == "reflekt"
    assert program.is_file()
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True)
    assert version.stdout.strip().startswith("reflekt ")
    for size in (16, 32, 48, 128, 256, 512):
        assert (
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()


def test_uninstall_removes_exactly_what_install_added(data_home: Path, capsys) -> None:
    # Another app's files in the same folders must survive.
    other = data_home / "applications" / "org.example.Other.desktop"
    other_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not ours")
    before = files_under(data_home)
    main(["desktop-install"])
    assert len(files_under(data_home) - before) == 9  # the entry and 8 icon sizes
    assert main(["desktop-uninstall"]) == 0
    assert files_under(data_home) == before
    assert other.read_text() == "not ours"
    capsys.readouterr()
    assert main(["desktop-uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_installing_twice_leaves_one_entry(data_home: Path) -> None:
    main(["desktop-install"])
    first = files_under(data_home)
    main(["desktop-install"])
    assert files_under(data_home) == first


def test_a_launcher_in_a_folder_with_spaces_is_quoted(data_home: Path) -> None:
    program = Path("/opt/My Apps/reflekt $1/reflekt")
    desktop.install(program=program)
    assert exec_line(data_home) == r'Exec="/opt/My Apps/reflekt \\$1/reflekt"'
    if shutil.which("desktop-file-validate"):
        entry = data_home / "applications" / f"{APP_ID}.desktop"
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout


def test_without_xdg_data_home_it_uses_the_standard_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the spec says: ignore it
    assert desktop.data_home() == tmp_path / ".local" / "share"


def test_the_installed_entry_passes_desktop_file_validate(data_home: Path) -> None:
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-utils missing")
    main(["desktop-install"])
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
