"""Where the database is, when that is all a command needs to know; where the prompt's history is.

`summarizer list` would spend most of its start-up importing pydantic-settings to read one path;
without a settings file, the path comes from --db, $SUMMARIZER_DB or the default, as Settings has it.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_db() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / "summarizer.db"


def ask_history() -> Path:
    """The questions typed at `summarizer ask`'s prompt, kept for the next session's line editor."""
    import platformdirs

    return Path(platformdirs.user_state_dir("summarizer", appauthor=False)) / "ask_history"


def db_without_settings(db: Path | None, config: Path | None) -> Path | None:
    """--db, then $SUMMARIZER_DB, then the default; None when a settings file is there to be read."""
    if config is not None or Path("summarizer.toml").exists():
        return None
    if db is not None:
        return db
    env = os.environ.get("SUMMARIZER_DB")
    return Path(env) if env is not None else default_db()
