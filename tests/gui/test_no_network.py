"""The desktop app opens no network connection: checked at the operating-system level.

A Python socket guard would miss sockets Qt opens in C++, so this looks at the
process's own open sockets and at the kernel's tables of internet sockets.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.gui.operations import wait_for_operations

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc, which only Linux has"
)


def internet_sockets_of_this_process(pid: int | str = "self") -> list[str]:
    mine = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if match := re.fullmatch(r"socket:\[(\d+)\]", target):
            mine.add(match.group(1))
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in mine:
                found.append(f"{table}: {line.strip()}")
    return found


def test_main_flows_in_the_app_open_no_internet_socket(qtbot, make_window, journal_path) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    with Journal.open(journal_path) as j:
        j.add("Fick återkoppling", title="Återkoppling", visibility="shareable", tags=["team"])
    window = make_window()
    window.new_entry()
    qtbot.keyClicks(window.editor.body, "A lesson about listening, see https://example.org")
    window.editor.save()
    window.search.setText("aterkoppling")
    window._apply_search()
    window.editor.toggle_preview()
    dialog = ExportDialog(window.journal, list(window.journal.iter_entries()), None, window)
    qtbot.addWidget(dialog)
    for fmt in ("md", "html", "pdf", "bundle"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.update_preview()
    window.open_growth()
    window.session.backup_in_background()
    wait_for_operations()
    assert internet_sockets_of_this_process() == []


def test_the_check_sees_an_internet_socket() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))  # loopback only; nothing leaves the machine
        probe.listen()
        assert internet_sockets_of_this_process()


def test_the_spell_checkers_process_opens_no_internet_socket() -> None:
    """The editor's checker runs in a process of its own: its sockets are checked there,
    after loading both dictionaries, looking words up and suggesting."""
    from reflekt.gui.spell_process import SpellChecker

    checker = SpellChecker()
    try:
        for lang, word in (("sv", "kolega"), ("en", "recieve")):
            assert checker.ask({"op": "lookup", "lang": lang, "words": [word]}) == {
                "known": {word: False}
            }
            assert checker.ask({"op": "suggest", "lang": lang, "word": word})["suggestions"]
        assert checker.own_process and checker._process is not None
        assert internet_sockets_of_this_process(checker._process.pid) == []
    finally:
        checker.stop()
