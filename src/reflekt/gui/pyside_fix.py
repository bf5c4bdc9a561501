"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

With PySide6 6.12.0 on CPython 3.11, every call from Python to a Qt method that
returns nothing takes one reference to ``None`` away (1000 × ``label.setToolTip("x")``
lowers ``sys.getrefcount(None)`` by 999). Once the count reaches zero Python aborts
with "Fatal Python error: none_dealloc" — in a long session, or at exit after drawing
a few charts. ``True`` and ``False`` are hit the same way somewhere (a test run ended
with "bool_dealloc"). From Python 3.12 on these objects are immortal and the bug is
harmless.

``protect_none()`` gives ``None``, ``True`` and ``False`` a reference count no session
can use up, which is what Python 3.12 does for them anyway. They are static objects
that are never freed, so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # a trillion calls: far beyond any session


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal where they are not
    (Python 3.11). Calling it again does nothing."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _BALLAST:
            refcount.value += _BALLAST
