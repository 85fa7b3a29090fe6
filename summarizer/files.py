"""Writing files atomically: a reader, a crash or a full disk sees the old file or the new one, never half."""

from __future__ import annotations

import errno
import os
import secrets
from glob import escape as glob_escape
from pathlib import Path

# What an OSError means, as a user reads it. Anything else falls back to the system's own words.
_CAUSES = {
    errno.ENOSPC: "hết dung lượng đĩa",
    errno.EDQUOT: "vượt hạn mức dung lượng đĩa",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép",
    errno.EROFS: "hệ thống tệp chỉ cho đọc",
    errno.ENOENT: "không tồn tại",
    errno.EEXIST: "đã có tệp cùng tên",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EISDIR: "là một thư mục",
    errno.EFBIG: "tệp vượt giới hạn kích thước",
    errno.EIO: "lỗi đọc/ghi thiết bị",
    errno.ENAMETOOLONG: "tên quá dài",
    errno.EMFILE: "mở quá nhiều tệp",
    errno.ENFILE: "mở quá nhiều tệp",
}


def os_cause(e: OSError) -> str:
    """The cause of an OSError in Vietnamese, without the file name."""
    return _CAUSES.get(e.errno, e.strerror or str(e))


def os_error_line(e: OSError) -> str:
    """One line for an OSError nobody handled closer to its cause: the path(s), then the cause."""
    names = " → ".join(str(n) for n in (e.filename, e.filename2) if n is not None)
    return f"{names}: {os_cause(e)}" if names else os_cause(e)


class WriteError(Exception):
    """A file or folder could not be written; the message is one Vietnamese line naming it."""


def make_folder(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        cause = "là một tệp, không phải thư mục" if os.path.isfile(path) else os_cause(e)
        raise WriteError(f"{path}: không tạo được thư mục ({cause})") from e


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Replace `path` by `data` (str is written as UTF-8), all or nothing.

    The data goes to a temporary file in the same folder, is flushed and fsynced, then renamed over
    `path`, and the folder is fsynced so the rename itself survives a power cut. On failure the
    temporary file is removed and the old file is left as it was. A process killed in between can
    leave a hidden `.NAME.*.tmp` beside `path`, never a partial `path`.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    created = False
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o666)  # the umask applies, as for open()
        created = True
        with open(fd, "wb") as f:
            if os.name == "posix" and os.path.isfile(path):  # keep the permissions the old file had
                os.fchmod(fd, os.stat(path).st_mode & 0o7777)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        created = False
    except OSError as e:
        if created:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        kept = "; tệp cũ được giữ nguyên" if os.path.isfile(path) else ""
        raise WriteError(f"{path}: không ghi được ({os_cause(e)}){kept}") from e
    _fsync_folder(path.parent)


def remove_stale_temps(path: Path) -> list[Path]:
    """Remove the hidden temporary files that writes of `path` killed before their rename left behind.

    Only for a caller that knows no other process is writing `path` now (`summarizer run`, under its lock).
    """
    removed = []
    for tmp in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
