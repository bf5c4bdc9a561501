import sys

# The packaged app's helper processes (the PDF preview, the spell checker) come in here,
# before the command line loads (gui/helper_process.py). The check for the private
# argument is made here first: importing helper_process (and typing with it) costs ~5 ms,
# which every command line would otherwise pay (docs/performance.md).
if sys.argv[1:2] == ["--reflekt-helper"]:
    from reflekt.gui.helper_process import serves_helper

    if serves_helper(sys.argv[1:]):
        sys.exit(0)

from reflekt.cli import run

run()
