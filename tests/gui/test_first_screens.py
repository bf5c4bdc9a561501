"""The first screens a new user meets: the welcome page, the demo journal, the editor's
bars, an empty day in the calendar, and the user guide (issue #16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from reflekt.core.journal import Journal
from reflekt.gui import i18n

from .conftest import FakeTray


def cut_off_text(root: QWidget, *, scrolls: bool = False) -> list[str]:
    """Every label or button under ``root`` shown now whose text does not fit its box
    (a wrapped label lower than its text needs, a one-line one narrower), or that is
    cut off by the window or a pane around it. ``scrolls``: ``root`` scrolls up and
    down, so only a cut at the side counts (below the fold is not hidden)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.height() >= widget.heightForWidth(widget.width())
        else:
            hint = widget.sizeHint()
            fits = widget.width() >= hint.width() and widget.height() >= hint.height()
        seen = widget.visibleRegion().boundingRect()  # what its parents let show
        if scrolls:
            whole = seen.isEmpty() or seen.width() == widget.width()
        else:
            whole = seen.size() == widget.size()
        if not (fits and whole):
            problems.append(f"{text[:40]!r} {widget.geometry().getRect()} shows {seen.getRect()}")
    return problems


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("size", [None, (800, 600)])
def test_first_launch_shows_the_whole_welcome_text(
    qtbot, settings, journal_path: Path, lang: str, size: tuple[int, int] | None
) -> None:
    """As a fresh profile starts: the shell paints first (default size or a small
    window), the welcome page is built into it afterwards."""
    from reflekt.gui.mainwindow import MainWindow

    i18n.install(lang)
    settings.welcomed = False
    window = MainWindow(None, settings, path=journal_path, tray_factory=FakeTray)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.load(Journal.open(journal_path))
    qtbot.waitUntil(lambda: window.welcome.isVisible())
    qtbot.wait(50)
    texts = [label.text() for label in window.welcome.findChildren(QLabel) if label.isVisible()]
    privacy = "Nothing is shared" if lang == "en" else "Inget delas"
    assert any(privacy in text for text in texts)
    assert cut_off_text(window.welcome) == []
    window.close()
    window.journal.close()


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_welcome_text_fits_with_a_large_system_font(qtbot, make_window, settings, lang):
    from PySide6.QtGui import QFont

    i18n.install(lang)
    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.6)
    QApplication.setFont(large)
    try:
        settings.welcomed = False
        window = make_window()
        window.resize(800, 600)
        qtbot.waitUntil(window.welcome.isVisible)
        qtbot.wait(50)
        assert cut_off_text(window) == []
    finally:
        QApplication.setFont(normal)


def test_ticking_shareable_moves_nothing_under_the_pointer(qtbot, make_window, journal_path):
    with Journal.open(journal_path) as journal:
        journal.add("private thoughts", title="Retro")
    window = make_window()
    editor = window.editor
    for width in (1200, 760):  # a wide editor, and one where the long text wraps more
        window.resize(width, 800)
        qtbot.wait(30)
        watched = [editor.shareable, editor.title, editor.day, editor.body, editor.tags]
        before = [w.mapTo(window, QPoint(0, 0)) for w in watched]
        qtbot.mouseClick(editor.shareable, Qt.MouseButton.LeftButton)
        qtbot.wait(30)
        assert "Shareable" in editor.banner.text()
        assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before
        assert cut_off_text(editor.banner) == []
        qtbot.mouseClick(editor.shareable, Qt.MouseButton.LeftButton)  # the next click lands
        qtbot.wait(30)
        assert "Private" in editor.banner.text()
        assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before
    QApplication.processEvents()


def test_the_demo_journal_says_so_and_leads_back(qtbot, make_window, settings, journal_path):
    with Journal.open(journal_path) as mine:
        mine.add("My own words", title="Mine")
    window = make_window()
    assert not window.demo_banner.isVisible()
    window.session.open_demo()  # File → Open the demo journal
    banner = window.demo_banner
    assert banner.isVisible() and "demo journal" in banner.label.text()
    assert banner.button.text() == "Back to my journal"
    assert window.model.rowCount() > 50
    assert cut_off_text(banner) == []
    assert banner.button.accessibleName() == "Back to my journal"
    # First in the window's Tab order: Shift+Tab from the sidebar reaches it.
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is banner.button
    qtbot.keyClick(banner.button, Qt.Key.Key_Space)
    assert window.journal.path == journal_path
    assert not banner.isVisible()
    assert [window.model.entry_at(r).title for r in range(window.model.rowCount())] == ["Mine"]


def test_back_from_a_first_launch_demo_starts_ones_own_journal(qtbot, make_window, settings):
    """Demo opened from the welcome page of a fresh profile that started on the demo:
    back leads to the usual journal, made empty, and the demo is left as it was."""
    from reflekt import paths

    settings.welcomed = False
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo_count = window.journal.count()
    window.session.own_journal = paths.default_journal()  # as if started on the demo
    qtbot.mouseClick(window.demo_banner.button, Qt.MouseButton.LeftButton)
    assert window.journal.path == paths.default_journal()
    assert window.journal.count() == 0 and not window.demo_banner.isVisible()
    with Journal.open(paths.demo_journal()) as demo:
        assert demo.count() == demo_count


def click_day(qtbot, calendar, day: int) -> None:
    """Click the calendar's cell for ``day`` of the month it shows, as a person would."""
    from PySide6.QtWidgets import QTableView

    view = calendar.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(model.data(index)) == str(day) and row > 0:
                rect = view.visualRect(index)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"no cell for day {day}")


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_an_empty_day_in_the_calendar_says_which_day(qtbot, make_window, journal_path, lang):
    import datetime as dt

    from PySide6.QtWidgets import QTableView

    with Journal.open(journal_path) as journal:
        journal.add("Something else", title="Other day", day=dt.date(2026, 3, 2))
    i18n.install(lang)
    window = make_window(today=dt.date(2026, 3, 20))
    window.sidebar.calendar.setCurrentPage(2026, 3)
    click_day(qtbot, window.sidebar.calendar, 15)
    qtbot.waitUntil(lambda: window.empty_label.isVisible())
    text = window.empty_label.text()
    expected = {
        "en": "No entries on Sunday, 15 March 2026. Press Ctrl+N",
        "sv": "Inga anteckningar för söndag 15 mars 2026. Tryck Ctrl+N",
    }[lang]
    assert text.startswith(expected), text
    # By keyboard: arrows move through the days, Enter picks one.
    view = window.sidebar.calendar.findChild(QTableView)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "16" in window.empty_label.text())
    assert window.sidebar.key == "day:2026-03-16"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sidebar.key == "day:2026-03-15")
    # Ctrl+N writes for that day, not for today.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, "Looking back at the 15th")
    assert window.editor.save()
    assert window.editor.entry.day == dt.date(2026, 3, 15)


# -- Help → User guide ---------------------------------------------------------------


def link_position(browser, href: str) -> QPoint:
    """Where the link to ``href`` is drawn in the browser's viewport."""
    from PySide6.QtGui import QTextCursor

    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def click_link(qtbot, browser, href: str) -> None:
    browser.ensureCursorVisible()
    position = link_position(browser, href)
    if not browser.viewport().rect().contains(position):
        browser.verticalScrollBar().setValue(
            browser.verticalScrollBar().value() + position.y() - 20
        )
        position = link_position(browser, href)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=position)


@pytest.mark.parametrize("lang,title", [("en", "reflekt user guide"), ("sv", "användarguide")])
def test_f1_opens_the_shipped_guide_in_the_windows_language(qtbot, make_window, lang, title):
    i18n.install(lang)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    qtbot.waitUntil(guide.isVisible)
    assert title in guide.browser.document().begin().text().lower()
    assert guide.browser.accessibleName()
    qtbot.waitUntil(lambda: guide.browser.hasFocus())
    # The keyboard scrolls it.
    bar = guide.browser.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(guide.browser, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    # The link to the other language's guide opens it in the same window.
    other = "anvandarguide.md" if lang == "en" else "user-guide.md"
    click_link(qtbot, guide.browser, other)
    assert guide.browser.current.name == other
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.browser.current.name != other
    # Tab walks the guide's links, then leaves it for the buttons: no keyboard trap.
    guide.browser.setFocus()
    for _ in range(200):  # every link of the guide is a stop on the way
        if guide.focusWidget() is guide.close_button:
            break
        qtbot.keyClick(guide.focusWidget(), Qt.Key.Key_Tab)
    assert guide.focusWidget() is guide.close_button
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)  # Esc while reading closes it
    assert not guide.isVisible()
    window.activateWindow()  # (a window manager does this when the guide closes)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # and F1 brings the same window back
    qtbot.waitUntil(guide.isVisible)
    assert window.guide is guide


@pytest.fixture
def guide_folder(tmp_path: Path) -> Path:
    """A guide with a picture, a heading link, a web link and links that must go nowhere."""
    from PySide6.QtGui import QColor, QImage

    folder = tmp_path / "guide"
    (folder / "images").mkdir(parents=True)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e40af"))
    image.save(str(folder / "images" / "window.png"))
    outside = tmp_path / "secret.png"
    image.save(str(outside))
    filler = "\n\n".join(f"Paragraph {n} of the guide." for n in range(80))
    (folder / "user-guide.md").write_text(
        "# reflekt user guide\n\n"
        "[Jump to backups](#backups-and-restore) · [the web](https://example.org/help) · "
        f"[a file](file://{outside}) · [up](../secret.png)\n\n"
        "![The window](images/window.png)\n\n"
        f"![Not ours](../secret.png)\n\n{filler}\n\n## Backups and restore\n\nKept daily.\n",
        encoding="utf-8",
    )
    (folder / "anvandarguide.md").write_text("# Användarguide\n", encoding="utf-8")
    return folder


def test_the_guide_shows_its_pictures_follows_headings_and_fetches_nothing(
    qtbot, guide_folder: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices, QTextDocument

    from reflekt.gui.guide import GuideWindow

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    guide = GuideWindow("en", folder=guide_folder)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    browser = guide.browser
    image = QTextDocument.ResourceType.ImageResource.value
    from PySide6.QtCore import QUrl

    assert browser.loadResource(image, QUrl("images/window.png")).width() == 40
    # As the page is laid out: the picture in the folder shows, the one outside does not.
    shown = browser.document().resource(image, QUrl("images/window.png"))
    assert shown is not None and shown.width() == 40
    # Refused with an empty 1×1 picture, never None (None lets Qt read the file itself).
    for name in ("../secret.png", "https://example.org/x.png", "file:///etc/hostname"):
        held = browser.document().resource(image, QUrl(name))
        assert held is not None and held.width() <= 1, name
        assert browser.loadResource(image, QUrl(name)).width() <= 1, name
    # A heading link scrolls to the heading.
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    click_link(qtbot, browser, "#backups-and-restore")
    heading = browser.headings()["backups-and-restore"]
    top = browser.document().documentLayout().blockBoundingRect(heading).top()
    assert bar.value() == min(int(top), bar.maximum()) > 0
    guide.back()
    assert bar.value() == 0
    # A web link goes to the system's browser; file and parent-folder links go nowhere.
    click_link(qtbot, browser, "https://example.org/help")
    assert opened == ["https://example.org/help"]
    shown = browser.current
    for href in (f"file://{guide_folder.parent / 'secret.png'}", "../secret.png"):
        click_link(qtbot, browser, href)
        assert browser.current == shown and opened == ["https://example.org/help"]


def test_every_picture_the_shipped_guides_show_is_in_the_guide_folder(qtbot) -> None:
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from reflekt.gui.guide import GUIDE_DIR, GuideBrowser, guide_file

    browser = GuideBrowser(GUIDE_DIR)
    qtbot.addWidget(browser)
    image = QTextDocument.ResourceType.ImageResource.value
    for lang in ("en", "sv"):
        path = guide_file(lang)
        browser.show_file(path)
        for name in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", path.read_text(encoding="utf-8")):
            assert browser.loadResource(image, QUrl(name)) is not None, f"{path.name}: {name}"


def test_the_smoke_test_finds_the_guides(capsys) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "reflekt", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "ok   user guide ships (en, sv)" in result.stdout, result.stdout + result.stderr


# -- templates: said once, asked once ------------------------------------------------


def visible_names(editor) -> list[str]:
    """The accessible names of the editor's fields a person sees now."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    return [
        w.accessibleName()
        for w in editor.page.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox) and w.isVisible()
    ]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_template_says_its_kind_once_and_asks_for_a_person_once(
    qtbot, make_window, lang
) -> None:
    import re

    from reflekt.core.models import RELATION_LABELS, Relation, label
    from reflekt.core.templates import TEMPLATES

    def fold(text: str) -> str:
        return re.sub(r"\W+", " ", re.sub(r"\([^)]*\)", "", text).casefold()).strip()

    i18n.install(lang)
    window = make_window()
    editor = window.editor
    for template in TEMPLATES.values():
        window.new_entry(template.key)
        qtbot.wait(1)  # rows added to a shown form show at the next turn of the event loop
        beside = editor.template_label.text()
        assert not beside or fold(beside) != fold(editor.kind.currentText()), template.key
        names = visible_names(editor)
        people_label = editor._details.labelForField(editor.sections_box.people_home)
        if template.person:
            section = template.section(template.person)
            assert section.label(lang) not in names, template.key  # no free-text "Who"
            assert not people_label.isVisible()  # and no second People row below
            assert names.count("Person's name" if lang == "en" else "Personens namn") == 1
            relation = label(RELATION_LABELS[template.relation], lang)
            assert relation in [
                w.currentText()
                for w in editor.people.findChildren(type(editor.kind))
                if w.isVisible()
            ]
        else:
            assert people_label.isVisible()
            rows = editor.people.focus_chain()
            assert rows == [editor.people.add_button]  # nobody asked for unasked
        qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
        expected = label(RELATION_LABELS[template.relation or Relation.WITH], lang)
        qtbot.wait(1)
        combos = [w for w in editor.people.findChildren(type(editor.kind)) if w.isVisible()]
        assert combos[-1].currentText() == expected


def test_learned_from_a_colleague_names_them_once_with_the_keyboard(qtbot, make_window):
    from reflekt.core.models import PersonLink, Relation

    window = make_window()
    window.new_entry("learned-from")
    editor = window.editor
    qtbot.wait(1)  # (the new row's parts show at the next turn of the event loop)
    first = window.focusWidget()
    assert first.accessibleName() == "Person's name"
    qtbot.keyClicks(first, "Sara Ek")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert window.focusWidget().accessibleName() == "How this person was involved"
    assert window.focusWidget().currentText() == "learned from"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # the remove button
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # Add person
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget().accessibleName() == "What"
    qtbot.keyClicks(window.focusWidget(), "Read the query plan before adding an index")
    assert editor.save()
    entry = window.journal.get(editor.entry.id)
    assert entry.people == [PersonLink("Sara Ek", Relation.LEARNED_FROM)]
    assert "who" not in entry.sections


def test_an_older_entry_keeps_what_it_says_under_who(qtbot, make_window, journal_path):
    with Journal.open(journal_path) as journal:
        journal.add(
            "", template="learned-from", sections={"who": "Sara, the DBA", "what": "Indexes"}
        )
    window = make_window()
    editor = window.editor
    assert "Who" in visible_names(editor)
    assert editor._section_edits["who"].toPlainText() == "Sara, the DBA"
    qtbot.keyClick(editor._section_edits["what"], Qt.Key.Key_End)
    qtbot.keyClicks(editor._section_edits["what"], " and plans")
    assert editor.save()
    entry = window.journal.get(editor.entry.id)
    assert entry.sections == {"who": "Sara, the DBA", "what": "Indexes and plans"}


# -- an entry taken away elsewhere while the person types ------------------------------


@pytest.mark.parametrize("purge", [False, True], ids=["trashed", "purged"])
def test_an_entry_trashed_elsewhere_says_so_at_once_and_holds_still(
    qtbot, make_window, journal_path, purge
) -> None:
    from .test_conflict import MINE, all_entries, drafts, terminal, type_into_the_entry

    with Journal.open(journal_path) as journal:
        entry_id = journal.add("We tried a silent start", title="Retro").id
    window = make_window()
    editor = window.editor
    editor._timer.setInterval(60_000)  # still typing: no autosave comes to find out
    type_into_the_entry(qtbot, window)
    terminal(journal_path, "delete", entry_id)
    if purge:
        terminal(journal_path, "purge", entry_id)
    bar = editor.conflict_bar
    qtbot.waitUntil(bar.isVisible, timeout=6000)  # the next look at the journal (2 s)
    assert editor.dirty and editor.has_conflict
    expected = "deleted for good elsewhere" if purge else "moved to the trash elsewhere"
    assert expected in bar.label.text()
    assert [b.text() for b in bar.buttons()] == ["Restore and save", "Save as a new entry"]
    # Typing on lands nowhere: the form holds still, the words stay on screen.
    assert not editor.page.isEnabled() and not editor.body.hasFocus()
    assert bar.hasFocus()  # not a button, which the next typed space would press
    qtbot.keyClicks(window.focusWidget(), " more")
    assert editor.body.toPlainText() == "We tried a silent start" + MINE
    # The words were kept as a draft, and nothing came back into the journal meanwhile.
    (draft,) = drafts(journal_path)
    assert draft.values["body"].endswith(MINE)
    stored = all_entries(journal_path)
    assert stored == [] if purge else [e.in_trash for e in stored] == [True]
    # Tab reaches the choices; Restore and save brings it back with the words.
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert window.focusWidget() is bar.restore_button
    qtbot.keyClick(bar.restore_button, Qt.Key.Key_Space)
    assert not bar.isVisible() and editor.page.isEnabled()
    (back,) = all_entries(journal_path)
    assert back.id == entry_id and not back.in_trash
    assert back.body == "We tried a silent start" + MINE


def test_an_entry_purged_elsewhere_while_read_says_so(qtbot, make_window, journal_path):
    from .test_conflict import terminal

    with Journal.open(journal_path) as journal:
        entry_id = journal.add("Read, not typed into", title="Retro").id
    window = make_window()
    terminal(journal_path, "delete", entry_id)
    terminal(journal_path, "purge", entry_id)
    qtbot.waitUntil(lambda: window.editor.entry is None, timeout=6000)
    assert window.statusBar().currentMessage() == "“Retro” was deleted for good elsewhere."


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_editor_hides_nothing_at_the_side_in_a_small_window(qtbot, make_window, lang):
    from reflekt.core.templates import TEMPLATES

    i18n.install(lang)
    window = make_window()
    window.resize(800, 600)
    for template in TEMPLATES:
        window.new_entry(template)
        qtbot.mouseClick(window.editor.people.add_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)  # the layout settles (as it does before a person's next look)
        assert cut_off_text(window.editor, scrolls=True) == [], template


def test_a_missing_guide_says_so_instead_of_failing(qtbot, tmp_path: Path) -> None:
    from reflekt.gui.guide import GuideWindow

    guide = GuideWindow("sv", folder=tmp_path)  # an installation that lost the guides
    qtbot.addWidget(guide)
    assert "missing from this installation" in guide.browser.toPlainText()


def test_a_reminder_moves_no_entry_under_the_pointer(qtbot, make_window, journal_path, monkeypatch):
    with Journal.open(journal_path) as journal:
        for n in range(3):
            journal.add(f"Entry {n}", title=f"Entry {n}")
    monkeypatch.setattr(FakeTray, "available_default", False)  # no tray: the bar shows
    window = make_window()
    rows = [window.list.visualRect(window.model.index(r, 0)) for r in range(3)]
    before = [window.list.viewport().mapTo(window, r.topLeft()) for r in rows]
    window.show_reminder()
    qtbot.waitUntil(window.reminder_banner.isVisible)
    qtbot.wait(30)
    rows = [window.list.visualRect(window.model.index(r, 0)) for r in range(3)]
    assert [window.list.viewport().mapTo(window, r.topLeft()) for r in rows] == before
    assert cut_off_text(window.reminder_banner) == []


def test_the_conflict_bar_moves_nothing_under_the_pointer(qtbot, make_window, journal_path):
    from .test_conflict import terminal

    long_text = "\n".join(f"Line {n} of a long retro" for n in range(80))
    with Journal.open(journal_path) as journal:
        entry_id = journal.add(long_text, title="Retro").id
    window = make_window()
    editor = window.editor
    scroll = editor.page.parentWidget().parentWidget().verticalScrollBar()
    scroll.setValue(scroll.maximum() // 2)  # reading the middle of a long entry
    qtbot.keyClick(editor.tags, Qt.Key.Key_End)
    qtbot.keyClicks(editor.tags, "retro")
    watched = [editor.tags, editor.skills, editor.body]
    before = [w.mapTo(window, QPoint(0, 0)) for w in watched]
    terminal(journal_path, "edit", entry_id, "--title", "Changed in the terminal")
    assert not editor.save()  # the autosave meets the change: the bar comes in
    qtbot.waitUntil(editor.conflict_bar.isVisible)
    qtbot.wait(30)
    assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before
