"""Backups, recovery and encryption from the app, doing the damage for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from reflekt.core.journal import Journal
from reflekt.core.storage import backup, encryption
from reflekt.gui.safety import SafetyPanel, open_journal


def titles(window) -> list[str]:
    return [window.model.entry_at(r).display_title for r in range(window.model.rowCount())]


def answers(monkeypatch, *texts: str) -> list[str]:
    """Type these into the next passphrase dialogs, in order."""
    queue = list(texts)
    asked: list[str] = []

    def fake(parent, title, label, *a, **k):
        asked.append(label)
        return (queue.pop(0), True) if queue else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", fake)
    return asked


def panel_for(qtbot, window) -> SafetyPanel:
    panel = SafetyPanel(window.journal, window.reopen_after)
    qtbot.addWidget(panel)
    panel.changed.connect(lambda: panel.set_journal(window.journal))
    return panel


def test_back_up_now_and_restore_an_earlier_state(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        j.add("before the backup")
    window = make_window()
    panel = panel_for(qtbot, window)
    panel.backup_button.click()
    assert len(backup.list_backups(journal_path)) == 1
    assert panel.list.item(0).data(256)  # a real backup, not the "No backups yet" line
    window.journal.add("after the backup")
    window.model.reload()
    assert len(titles(window)) == 2
    panel.list.setCurrentRow(0)
    panel.restore_button.click()
    assert titles(window) == ["before the backup"]
    reasons = {b.reason for b in backup.list_backups(journal_path)}
    assert backup.BEFORE_RESTORE in reasons  # the newer state was kept, not lost


def test_closing_the_app_takes_the_daily_backup(qtbot, make_window, journal_path) -> None:
    window = make_window()
    window.journal.add("worth keeping")
    window.close()
    (made,) = backup.list_backups(journal_path)
    assert made.automatic
    assert made.path.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(not encryption.available(), reason="SQLCipher is not installed")
def test_encrypt_change_passphrase_and_decrypt_from_settings(
    qtbot, make_window, journal_path, monkeypatch
) -> None:
    with Journal.open(journal_path) as j:
        j.add("a private thought about the reorg")
    window = make_window()
    panel = panel_for(qtbot, window)
    answers(monkeypatch, "correct horse", "correct horse")
    panel.encrypt_button.click()
    assert window.journal.encrypted
    assert encryption.is_encrypted(journal_path)
    assert b"reorg" not in journal_path.read_bytes()
    assert titles(window) == ["a private thought about the reorg"]
    window.editor.body.setPlainText("still writable")
    assert window.editor.save()

    answers(monkeypatch, "battery staple", "battery staple")
    panel.passphrase_button.click()
    window.journal.close()
    asked = answers(monkeypatch, "correct horse", "battery staple")
    reopened = open_journal(journal_path)
    assert reopened is not None and reopened.encrypted
    assert "did not open it" in asked[1]  # the old passphrase no longer works
    reopened.close()

    window.journal = Journal.open(
        journal_path, create=False, passphrase=lambda p, a: "battery staple"
    )
    window.use_journal(window.journal)
    panel.set_journal(window.journal)
    panel.decrypt_button.click()
    assert not window.journal.encrypted
    assert not encryption.is_encrypted(journal_path)
    assert titles(window) == ["still writable"]


def test_a_damaged_journal_is_replaced_by_its_newest_backup_on_request(
    qtbot, journal_path: Path, no_blocking_message_boxes
) -> None:
    with Journal.open(journal_path) as j:
        j.add("kept safe in the backup")
        j.backups.make()
        for i in range(200):
            j.add(f"filler entry {i} " * 20)
    data = bytearray(journal_path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 10 : offset + 60] = b"\xff" * 50  # flip bytes on every page
    journal_path.write_bytes(bytes(data))

    journal = open_journal(journal_path)
    assert journal is not None
    with journal:
        assert [e.body for e in journal.list().entries] == ["kept safe in the backup"]
    damaged = journal_path.with_name(journal_path.name + ".damaged")
    assert damaged.exists()
    assert bytes(data) == damaged.read_bytes()  # the damaged file itself was never changed
    assert any("damaged" in text for text in no_blocking_message_boxes)
