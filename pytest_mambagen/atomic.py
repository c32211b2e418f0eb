"""One way to replace a file: write a private temp file beside it, then rename.

A reader (pytest collecting, another process, an editor) sees either the old
file or the new one, never half of one; a failure leaves the old file as it was.
The temp name is unpredictable (``mkstemp``), so a link planted at a guessable
``<name>.tmp`` cannot redirect the write. Cheap: stdlib only.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _mode_for(path: Path) -> int:
    # mkstemp makes 0600 files: keep the mode a replaced file had, else the usual 0644
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


@contextlib.contextmanager
def atomic_open(path: Path | str, *, text: bool = True, fsync: bool = True) -> Iterator[IO]:
    """A file object whose content replaces ``path`` when the block ends without an error."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".mambagen-tmp", dir=path.parent)
    try:
        with (open(fd, "w", encoding="utf-8", newline="\n") if text else open(fd, "wb")) as fh:
            yield fh
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_all(fh: IO, data: str | bytes) -> None:
    fh.write(data)  # a seam: tests put a full disk here


def atomic_write(path: Path | str, data: str | bytes, *, fsync: bool = True) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8 with ``\\n`` line ends)."""
    with atomic_open(path, text=isinstance(data, str), fsync=fsync) as fh:
        _write_all(fh, data)
