"""`python -m peer_reflect.dashboard dashboard|supervisor|codebook|review ...` (the same commands as
`peer-reflect ...` once wired into peer_reflect/cli.py)."""
import sys

from peer_reflect.dashboard.cli import main

sys.exit(main())
