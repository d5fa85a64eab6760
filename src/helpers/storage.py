"""Atomic file writes and the table/JSON readers the notebooks share.

Every output is written to a temporary name beside its target and renamed into place, so a crash
or a full disk never leaves a half-written file where the next step would read it."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas (~0.4 s to import) only where a table is read: the runner uses this module
    import pandas as pd  # for JSON and text, and starts the notebooks' kernel that much sooner


def _file_mode() -> int:
    """The mode a plain open() gives a new file (mkstemp's files are private, 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it onto `target` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, _FILE_MODE)
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def _write(target: str | Path, writer: Callable[[Path], object]) -> Path:
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def write_text(target: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically."""
    return _write(target, lambda p: p.write_text(text, encoding="utf-8"))


def write_json(target: str | Path, data: Any) -> Path:
    """Write JSON (UTF-8, Persian left readable) atomically."""
    return write_text(target, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def read_json(path: str | Path) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def write_table(df: pd.DataFrame, target: str | Path, csv: bool = True) -> Path:
    """Write `df` as Parquet (the contract between steps) and, by default, a CSV copy beside it."""
    target = Path(target).with_suffix(".parquet")
    _write(target, lambda p: df.to_parquet(p, index=False))
    if csv:
        _write(target.with_suffix(".csv"), lambda p: df.to_csv(p, index=False, encoding="utf-8-sig"))
    return target


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a step's Parquet table, with a clear error when the earlier step has not run."""
    path = Path(path).with_suffix(".parquet")
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; run the notebook that writes it first")
    import pandas as pd

    return pd.read_parquet(path)
