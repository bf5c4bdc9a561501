"""The Qt binding reflekt runs on does not slowly destroy Python's None.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a Qt method that
returns nothing; on Python 3.11 the app then aborted after enough clicks and
redraws ("Fatal Python error: none_dealloc"). pyproject.toml keeps that release out.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_does_not_eat_references_to_none(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        label.setToolTip("x")
        label.setVisible(False)
        label.isVisible()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    if sys.version_info < (3, 12):
        assert all(a >= b - 50 for a, b in zip(after, before, strict=True)), (before, after)
