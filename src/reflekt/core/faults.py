"""Disk and database faults as plain ``JournalError``s, for the facade and its parts.

Every public method of ``Journal`` and of its parts (goals, people, team library, share
log) is wrapped once here, so that the CLI and the app get "the disk is full" or "the
journal is locked" instead of a ``sqlite3`` traceback.
"""

from __future__ import annotations

import functools
from types import FunctionType

from reflekt.core import storage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_CO_GENERATOR = 0x20  # inspect.CO_GENERATOR (inspect itself costs ~5 ms to import)


def _translating(method: Any) -> Any:
    """Wrap one method of an object with a ``path``; generators stay generators."""
    if method.__code__.co_flags & _CO_GENERATOR:

        @functools.wraps(method)
        def generator(self: Any, *args: Any, **kwargs: Any) -> Any:
            with storage.translate_errors(self.path):
                yield from method(self, *args, **kwargs)

        return generator

    @functools.wraps(method)
    def plain(self: Any, *args: Any, **kwargs: Any) -> Any:
        with storage.translate_errors(self.path):
            return method(self, *args, **kwargs)

    return plain


def translate_public(cls: type) -> type:
    """Wrap every public method of ``cls`` (a class decorator); ``cls`` has ``path``."""
    for attr, member in list(vars(cls).items()):
        if not attr.startswith("_") and isinstance(member, FunctionType):
            setattr(cls, attr, _translating(member))
    return cls
