"""Incremental runs: a notebook is skipped when nothing that could change its outputs has changed.

A notebook's fingerprint hashes everything it can depend on: the article file, its parameters, the
notebook file, every `helpers` module (a notebook may call any of them, and they call each other),
the reference and gazetteer data, the versions of the packages that shape the results, and the
fingerprint of the step before it, so a change early in the chain reaches every later step. The
store lives beside the reports and is only updated after a step succeeds."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers import paths, storage


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tree_sha256(files: Iterable[Path], root: Path) -> str:
    """One digest over the names (relative to `root`) and contents of `files`."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(f"{path.relative_to(root).as_posix()}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_sha256() -> str:
    """Digest of every `helpers` module's source."""
    package = Path(__file__).resolve().parents[1]
    return tree_sha256(package.rglob("*.py"), package)


def data_sha256() -> str:
    """Digest of the reference and gazetteer data the notebooks read."""
    files = [p for base in (paths.REFERENCE, paths.GAZETTEER) if base.is_dir() for p in base.rglob("*") if p.is_file()]
    return tree_sha256(files, paths.RAW)


def outputs_sha256(directory: Path, extra: Iterable[Path] = ()) -> str:
    """Digest of an article's step outputs (its processed folder plus `extra` files such as its
    figures), to notice outputs changed or deleted behind the runner's back."""
    files = (
        [p for p in directory.rglob("*") if p.is_file() and not p.name.startswith(".")] if directory.is_dir() else []
    )
    digest = hashlib.sha256(tree_sha256(files, directory).encode())
    for path in sorted(p for p in extra if p.is_file()):
        digest.update(f"{path.name}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


def fingerprint(**inputs: Any) -> str:
    """Digest of a step's inputs given as JSON-serialisable keyword values."""
    blob = json.dumps(inputs, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def reports_sha256(files: Iterable[Path]) -> str:
    """Digest of a step's own report files (executed notebook, HTML); "" when one is missing."""
    digest = hashlib.sha256()
    for path in files:
        if not path.is_file():
            return ""
        digest.update(f"{path.name}\0{file_sha256(path)}\n".encode())
    return digest.hexdigest()


class Store:
    """Fingerprints of an article's finished steps and of the outputs they left behind.

    A step is recorded only once all its files are written (the HTML included), with the digest of
    those files: a step whose report is missing, half-written or from another run does not match,
    and a step is forgotten before it runs again, so a killed run leaves nothing that is trusted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        data = self._load()
        self.steps: dict[str, str] = dict(data.get("steps", {}))
        self.outputs: str = str(data.get("outputs", ""))

    def _load(self) -> dict[str, Any]:
        try:
            data = storage.read_json(self.path)
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def entry(inputs: str, reports: str) -> str:
        """What is stored for a step: its inputs' fingerprint bound to its report files' digest."""
        return fingerprint(inputs=inputs, reports=reports) if reports else ""

    def done(self, step: str, inputs: str, reports: Iterable[Path]) -> bool:
        """True when `step` finished with these inputs and its report files are the ones it wrote."""
        stored = self.steps.get(step)
        return bool(stored) and stored == self.entry(inputs, reports_sha256(reports))

    def record(self, step: str, inputs: str, reports: Iterable[Path], outputs: str) -> None:
        """Remember a step whose files are all written, and the outputs digest after it."""
        self.steps[step] = self.entry(inputs, reports_sha256(reports))
        self.outputs = outputs
        self._save()

    def forget_from(self, steps: list[str]) -> None:
        """Forget a step and every step after it: before it runs again, or after it failed."""
        for step in steps:
            self.steps.pop(step, None)
        self._save()

    def _save(self) -> None:
        storage.write_json(self.path, {"steps": self.steps, "outputs": self.outputs})
