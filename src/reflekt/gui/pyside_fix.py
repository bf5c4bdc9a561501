"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

With PySide6 6.12.0 on CPython 3.11, every call from Python to a Qt method that
returns nothing takes one reference to ``None`` away (1000 × ``label.setToolTip("x")``
lowers ``sys.getrefcount(None)`` by 999). Once the count reaches zero Python aborts
with "Fatal Python error: none_dealloc" — in a long session, or at exit after drawing
a few charts. From Python 3.12 on, ``None`` is immortal and the bug is harmless.

``protect_none()`` gives ``None`` a reference count no session can use up, which is
what Python 3.12 does for it anyway. ``None`` is a static object that is never freed,
so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # a trillion calls: far beyond any session


def protect_none() -> None:
    """Make ``None`` effectively immortal on Pythons where it is not (idempotent)."""
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _BALLAST:
        refcount.value += _BALLAST
