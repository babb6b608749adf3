import sys

from ecan_desktop.cli import main

sys.exit(main())
