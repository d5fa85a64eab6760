"""The corpus output folder is replaced only by a run that completed.

A run writes into a fresh staging folder beside the output (`<name>.partial-<time>-<random>/`, its
`run.json` saying `running`) and, once every chunk has come back, records itself as complete and
swaps the folder in with two renames. Until then the previous corpus stays where it was, whatever
happens: an unreachable scheduler, an exception, Ctrl-C (the staging folder is then marked
`interrupted` with the error), a lost chunk (`incomplete`) or kill -9 (it stays `running`). The
next run removes such partial folders and says so. A lock file beside the output (`.<name>.lock`,
released by the kernel when the process dies) keeps two runs from writing the same output at once.
An existing output folder is replaced only when it holds nothing but what a corpus run writes, so a
mistyped `--output-dir` never deletes someone's files."""

from __future__ import annotations

import fcntl
import glob
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers import storage
from helpers.corpus.datasets import OWN_NAMES, STATUS

_LEFTOVER = re.compile(r"^\..+\.part$")
"""A temporary file `storage.atomic_path` left behind when a process died while writing."""


@dataclass
class Stage:
    """Where this run writes, and the partial folders of earlier runs it removed."""

    folder: Path
    target: Path
    removed: list[Path] = field(default_factory=list)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@contextmanager
def staging(out: Path, **record: Any) -> Iterator[Stage]:
    """Lock `out`, remove partial folders of earlier runs and give this run its own staging folder.

    Leaving the block by an exception marks the staging folder `interrupted` and leaves `out` as it was."""
    target = out.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target):
        _recover(target)
        _check_replaceable(target)
        removed = _remove_partials(target)
        prefix = f"{target.name}.partial-{time.strftime('%Y%m%dT%H%M%S')}-"
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
        os.chmod(folder, 0o777 & ~_umask())
        storage.write_json(folder / STATUS, {"status": "running", "pid": os.getpid(), "started": _now(), **record})
        try:
            yield Stage(folder, target, removed)
        except BaseException as err:
            with suppress(OSError, ValueError):  # a full disk must not hide the error that stopped the run
                mark(Stage(folder, target), "interrupted", error=f"{type(err).__name__}: {err}".strip())
            raise


def mark(stage: Stage, status: str, **record: Any) -> None:
    """Update the staging folder's run.json: its status (running, interrupted, incomplete, complete)."""
    found = storage.read_json(stage.folder / STATUS)
    storage.write_json(stage.folder / STATUS, found | {"status": status, "stopped": _now(), **record})


def publish(stage: Stage, **record: Any) -> None:
    """Record the run as complete and swap its folder in place of the previous output."""
    mark(stage, "complete", **record)
    old = _old(stage.target)
    if stage.target.exists():
        stage.target.rename(old)
    stage.folder.rename(stage.target)
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _old(target: Path) -> Path:
    return target.parent / f".{target.name}.old"


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    lock = target.parent / f".{target.name}.lock"
    with lock.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(f"{target}: another corpus run is writing this output folder") from None
        yield


def _recover(target: Path) -> None:
    """Finish a swap that a kill interrupted between its two renames."""
    old = _old(target)
    if old.exists() and not target.exists():
        old.rename(target)
    elif old.exists():
        shutil.rmtree(old)


def _check_replaceable(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise RuntimeError(f"{target}: exists and is not a folder")
    if target.is_dir():
        foreign = sorted(p.name for p in target.iterdir() if p.name not in OWN_NAMES and not _LEFTOVER.match(p.name))
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise RuntimeError(
                f"{target}: holds files a corpus run did not write ({shown}); give an empty or new --output-dir"
            )


def _remove_partials(target: Path) -> list[Path]:
    found = sorted(p for p in target.parent.glob(f"{glob.escape(target.name)}.partial-*") if p.is_dir())
    for folder in found:
        shutil.rmtree(folder)
    return found
