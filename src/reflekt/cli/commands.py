"""Which commands there are, and where each is declared."""

from __future__ import annotations

from reflekt.cli.catalogue import COMMANDS as CATALOGUE_COMMANDS
from reflekt.cli.entries import COMMANDS as ENTRY_COMMANDS

TYPE_CHECKING = False  # `typing` stays unloaded on `reflekt search` (cli/fastparse.py)
if TYPE_CHECKING:
    from collections.abc import Callable

    from reflekt.cli.common import Command

# The core commands, in the order `reflekt --help` lists them: each adds its subparser.
# Their modules are small and light, so the plain `reflekt search` reads them at start.
CORE_COMMANDS: dict[str, Callable[[Command], None]] = {**ENTRY_COMMANDS, **CATALOGUE_COMMANDS}

# Modules that add their own commands: each has ``register(command)``, where
# ``command(name, handler, help, uses=...)`` returns the new subparser. Importing them
# and building their parsers costs ~0.1 s, so only a command line that needs them does.
COMMAND_MODULES: tuple[str, ...] = (
    "reflekt.cli.share",
    "reflekt.cli.trust",
    "reflekt.cli.growth",
    "reflekt.cli.desktop",
    "reflekt.cli.spell",
)
