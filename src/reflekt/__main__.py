import sys

from reflekt.gui.helper_process import serves_helper

# The packaged app's helper processes (the PDF preview, the spell checker) come in here,
# before the command line loads (gui/helper_process.py).
if not serves_helper(sys.argv[1:]):
    from reflekt.cli import run

    run()
