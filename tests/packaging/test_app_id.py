"""One reverse-DNS id everywhere, and metadata that software centres and menus accept."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reflekt import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SPEC = ROOT / "packaging" / "reflekt.spec"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_id_is_the_same_in_every_place_the_desktop_looks() -> None:
    assert re.fullmatch(r"[a-z]{2,}\.[a-z0-9]+\.[A-Z][A-Za-z0-9]*", APP_ID)
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    spec = SPEC.read_text(encoding="utf-8")
    assert re.search(r'^APP_ID = "([^"]+)"$', spec, re.M).group(1) == APP_ID  # type: ignore[union-attr]
    assert "bundle_identifier=APP_ID" in spec
    icons = sorted((ROOT / "packaging" / "icons" / "hicolor").glob("*/apps/*.png"))
    assert icons
    assert {icon.name for icon in icons} == {f"{APP_ID}.png"}


def test_the_running_app_reports_the_id_to_the_desktop(run_source) -> None:
    # Wayland compositors match windows to the menu entry by this name.
    result = run_source(["--smoke-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok   desktop file name is {APP_ID}" in result.stdout


def test_the_desktop_entry_starts_reflekt_in_english_and_swedish() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "reflekt"
    assert entry["Terminal"] == "false"
    assert entry["Comment"] and entry["Comment[sv]"]
    assert entry["StartupWMClass"] == "reflekt"  # the WM_CLASS Qt gives the window on X11


def test_the_store_listing_speaks_english_and_swedish_and_knows_this_release() -> None:
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    for tag in ("summary", "description/p"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert {None, "sv"} <= langs, tag
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))
    assert root.find("content_rating[@type='oars-1.1']") is not None


def test_every_screenshot_in_the_listing_is_in_docs() -> None:
    images = [el.text or "" for el in metainfo().findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_the_changelog_has_this_release() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M
    )


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_the_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream (appstreamcli) missing")
def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
