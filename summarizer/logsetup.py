"""How the CLI shows the library's log records: warnings as 'cảnh báo: …' lines, and `run`'s log lines."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime


class _Warnings(logging.Handler):
    """The library's warnings as the CLI's other warnings: 'cảnh báo: …' on stderr (whichever it is now)."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(f"cảnh báo: {record.getMessage()}\n")


def warnings_to_stderr() -> None:
    logger = logging.getLogger("summarizer")
    if not any(isinstance(h, _Warnings) for h in logger.handlers):
        logger.addHandler(_Warnings(logging.WARNING))


class _LogLines(logging.Handler):
    """What `run` does, on stderr: 'HH:MM:SS mức: thông điệp', or one JSON object a line."""

    LEVELS = {"DEBUG": "gỡ lỗi", "INFO": "tin", "WARNING": "cảnh báo", "ERROR": "lỗi", "CRITICAL": "lỗi"}

    def __init__(self, json_lines: bool):
        super().__init__(logging.INFO)
        self.json_lines = json_lines

    def emit(self, record: logging.LogRecord) -> None:
        when = datetime.fromtimestamp(record.created).astimezone()
        if self.json_lines:
            line = json.dumps({"time": when.isoformat(timespec="seconds"), "level": record.levelname.lower(),
                               "logger": record.name, "message": record.getMessage()}, ensure_ascii=False)
        else:
            line = f"{when:%H:%M:%S} {self.LEVELS.get(record.levelname, record.levelname)}: {record.getMessage()}"
        sys.stderr.write(line + "\n")


def log_lines(json_lines: bool) -> logging.Logger:
    """Every record of `run` from INFO up as a log line, instead of the warnings alone; the run's logger."""
    logger = logging.getLogger("summarizer")
    for handler in [h for h in logger.handlers if isinstance(h, (_Warnings, _LogLines))]:
        logger.removeHandler(handler)
    logger.addHandler(_LogLines(json_lines))
    logger.setLevel(logging.INFO)
    return logging.getLogger("summarizer.run")
