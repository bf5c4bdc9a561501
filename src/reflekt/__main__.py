import sys


def _serves_helper() -> bool:
    """The packaged app's helper processes (the PDF preview, the spell checker) come in
    here, before the command line loads (gui/helper_process.py). The private argument is
    looked for first: importing helper_process (and typing with it) costs ~5 ms, which
    every command line would otherwise pay."""
    if sys.argv[1:2] != ["--reflekt-helper"]:
        return False
    from reflekt.gui.helper_process import serves_helper

    return serves_helper(sys.argv[1:])


if not _serves_helper():
    from reflekt.cli import run

    run()
