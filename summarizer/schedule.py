"""The crontab line and the systemd service and timer that run `summarizer run` every day."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from .runner import NOTHING_TO_DO


def command_line(config: Path) -> str:
    """The command a scheduler runs: this install's summarizer, with the config's absolute path."""
    exe = shutil.which("summarizer") or f"{sys.executable} -m summarizer"
    return f"{exe} run --config {shlex.quote(str(config.resolve()))}"


def crontab(config: Path, hour: int = 6, minute: int = 17, log: Path | None = None) -> str:
    """One crontab line: every day at hour:minute, in the config's folder, its output appended to `log`."""
    folder = shlex.quote(str(config.resolve().parent))
    log = log or config.resolve().parent / "summarizer-run.log"
    return f"{minute} {hour} * * * cd {folder} && {command_line(config)} >> {shlex.quote(str(log))} 2>&1\n"


def systemd_units(config: Path, hour: int = 6, minute: int = 17) -> dict[str, str]:
    """summarizer.service and summarizer.timer; Persistent=true runs a day the machine was off at start-up."""
    folder = config.resolve().parent
    service = (
        "[Unit]\n"
        "Description=summarizer: collect local news and deliver the monthly digest\n"
        "Wants=network-online.target\nAfter=network-online.target\n\n"
        "[Service]\nType=oneshot\n"
        f"WorkingDirectory={folder}\n"
        f"ExecStart={command_line(config)}\n"
        "# SMTP password and API key, one VAR=value per line, readable by this user only:\n"
        f"# EnvironmentFile={folder}/summarizer.env\n"
        # Nothing to do is a normal outcome, not a failure to report.
        f"SuccessExitStatus={NOTHING_TO_DO}\n"
    )
    timer = (
        "[Unit]\nDescription=Run summarizer every day\n\n"
        f"[Timer]\nOnCalendar=*-*-* {hour:02d}:{minute:02d}:00\nPersistent=true\nRandomizedDelaySec=300\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {"summarizer.service": service, "summarizer.timer": timer}
