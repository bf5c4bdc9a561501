import sys

from reflekt.cli import main

sys.exit(main())
