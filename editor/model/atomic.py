"""Atomic file replacement: a reader sees the old file or the new one, never a mix.

The new content goes to a temporary file in the same folder (so the final rename
stays on one file system), is flushed and fsynced, takes the original's
permissions, and replaces the original with one rename; the folder is then fsynced
where the platform allows it, so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path


class SaveError(OSError):
    """A save that failed; the previous file is intact. The message is for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: could not save: {reason}")


def _reason(error: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "no space left on the disk",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder no longer exists",
        errno.ENOTDIR: "the folder no longer exists",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on a clean exit it replaces `path`.

    For writers that want a file name (python-docx, ebooklib). On an exception the
    temporary file is removed and `path` is left as it was.
    """
    import tempfile  # with the first save: a command that only reads never loads it (6 modules)

    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise SaveError(path, _reason(error)) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync_file(temp)
        _copy_mode(path, temp)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, SaveError):
            raise
        raise SaveError(path, _reason(error)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically."""
    with atomic_path(path) as temp, open(temp, "wb") as out:
        out.write(data)


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Run `write(temp_path)` and move the result over `path` atomically."""
    with atomic_path(path) as temp:
        write(temp)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _copy_mode(original: Path, temp: Path) -> None:
    try:
        mode = stat.S_IMODE(original.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def fsync_folder(folder: Path) -> None:
    """A folder's renames on disk too, so a power cut cannot bring back temporary names."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
