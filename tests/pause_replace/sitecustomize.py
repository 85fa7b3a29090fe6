"""Loaded by a test's subprocess (PYTHONPATH): os.replace of a digest file first leaves a marker and
sleeps, so the test can kill the run while the digest is being written."""

import os
import time
from pathlib import Path

_replace = os.replace


def _slow_replace(src, dst, *args, **kwargs):
    if Path(dst).name.startswith("ban-tin-") and os.environ.get("PAUSE_MARKER"):
        Path(os.environ["PAUSE_MARKER"]).write_text(str(dst))
        time.sleep(60)
    return _replace(src, dst, *args, **kwargs)


os.replace = _slow_replace
