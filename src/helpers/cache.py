"""Build once per machine, load in a second: an on-disk cache for objects that cost seconds to build.

hazm's Normalizer, tokenizers and Lemmatizer, with the ZWNJ restorer built on their lexicon, take
~3 s to build and are the same in every run; unpickling them takes under one. `on_disk` keeps such
a build in the user's cache directory, keyed by a digest of everything the object is built from:
the source and data files of the named modules (for a package, every file in it, so hazm's
`words.dat` counts), the Python version, this module and the function's name. A package installed
from a wheel counts by its distribution's RECORD, which lists every installed file with its SHA-256:
reading babel's 33 MB of locale data for a key cost ~0.8 s in every process that used it. Any change there
gives a new key, so a stale object is never loaded; a cache file that cannot be read (truncated,
corrupt, from another Python) or whose content no longer matches the SHA-256 on its first line
(edited, even into another valid pickle) is rebuilt and replaced, never unpickled; a cache
directory that cannot be written only costs the rebuild. Files are written atomically (`storage.atomic_path`).

The cache lives in `$PERSIAN_NEWS_CACHE`, else `$XDG_CACHE_HOME/persian-news`, else
`~/.cache/persian-news`, never under the project's data. Like any pickle it must only be loaded
from a directory the user controls, which a per-user cache directory is."""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib
import importlib.metadata
import inspect
import io
import os
import pickle
import platform
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import storage

SUFFIX = ".pickle"
KEEP = 3
"""Builds kept per name: two source trees at once (a branch and main, two worktrees) each find their
own, instead of each deleting the other's and rebuilding for seconds on every run (P3, P1)."""
_MAGIC = b"persian-news cache v1 sha256="
"""First line of a cache file, followed by the SHA-256 of the pickle after it: a file truncated,
damaged or edited (even into another valid pickle) fails the check and is rebuilt."""


def cache_dir() -> Path:
    """Where cached builds live (see the module docstring for the order of choices)."""
    if os.environ.get("PERSIAN_NEWS_CACHE"):
        return Path(os.environ["PERSIAN_NEWS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "persian-news"


def module_files(name: str) -> list[Path]:
    """The files a module is built from: its source file, or every file of a package."""
    module = importlib.import_module(name)
    if hasattr(module, "__path__"):
        return sorted(
            p for root in module.__path__ for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
    return [Path(inspect.getfile(module))]


def installed_record(name: str) -> bytes | None:
    """The RECORD of the installed distribution named like module `name`, when it lists the
    module's own file (so it is the install the module is imported from), else None (our own
    editable package, a module of no distribution)."""
    try:
        dist = importlib.metadata.distribution(name)
        record = dist.read_text("RECORD")
        where = Path(inspect.getfile(importlib.import_module(name))).relative_to(Path(str(dist.locate_file(""))))
    except (importlib.metadata.PackageNotFoundError, ValueError, TypeError):
        return None
    return record.encode() if record and f"\n{where.as_posix()}," in f"\n{record}" else None


def build_key(name: str, modules: tuple[str, ...]) -> str:
    """Digest of what a cached build depends on; any change means a new key and a rebuild."""
    digest = hashlib.sha256(f"{name}\0{platform.python_version()}\0{pickle.HIGHEST_PROTOCOL}\n".encode())
    parts: list[tuple[str, bytes | Path]] = [(Path(__file__).name, Path(__file__))]
    for module in modules:
        record = installed_record(module)
        parts += [(f"{module} RECORD", record)] if record else [(p.name, p) for p in module_files(module)]
    for label, content in parts:
        digest.update(f"{label}\0".encode())
        digest.update(content.read_bytes() if isinstance(content, Path) else content)
    return digest.hexdigest()


def load_or_build[T](name: str, key: str, build: Callable[[], T]) -> T:
    """The object cached under `name` with this `key`, else `build()` (then cached for next time).

    The object lives as long as the process, so the objects tracked so far are frozen out of the
    garbage collector's sight (`gc.freeze`): hazm's tools are ~600,000 containers, and every full
    collection after them (IPython's `%reset` between notebooks runs two) would rescan them all."""
    folder = cache_dir()
    target = folder / f"{name}-{key[:32]}{SUFFIX}"
    found = _load(target, key)
    if found is not None:
        value = found[1]
    else:
        value = build()
        _save(target, key, value)
    gc.freeze()  # see below
    return value


_BUILDERS: list[tuple[str, str]] = []
"""Module and name of every `on_disk` builder defined so far, for `load_all`."""


def load_all() -> None:
    """Load (or build) every `on_disk` build of the modules imported so far, each through the name
    its module binds, so the module's own memo (an lru_cache) keeps it. Corpus workers do this
    before their first chunk, so no article pays for it (P3)."""
    for module, qualname in _BUILDERS:
        target: Any = sys.modules[module]
        for part in qualname.split("."):
            target = getattr(target, part)
        target()


def on_disk[T](*modules: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorator for a no-argument builder: cache its result on disk, keyed by the files of
    `modules` (plus the builder's own module) — see `load_or_build`."""

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        name = f"{build.__module__}.{build.__qualname__}"
        if "<locals>" not in build.__qualname__:
            _BUILDERS.append((build.__module__, build.__qualname__))

        @functools.wraps(build)
        def cached() -> T:
            return load_or_build(name, build_key(name, (build.__module__, *modules)), build)

        return cached

    return decorate


def _load(target: Path, key: str) -> tuple[str, Any] | None:
    """(key, object) from `target`, or None when it is missing, unreadable, fails its checksum or
    is not for this key. The checksum is verified before anything is unpickled."""
    try:
        payload = _verified(target.read_bytes())
    except OSError:
        return None
    if payload is None:
        return None
    gc.disable()  # unpickling makes millions of small objects; collecting meanwhile finds nothing
    try:
        found = pickle.loads(payload)
    except Exception:  # pickled by code that has changed since
        return None
    finally:
        gc.enable()
    if not (isinstance(found, tuple) and len(found) == 2 and found[0] == key):
        return None
    return found


def _verified(data: bytes) -> bytes | None:
    """The pickle inside a cache file whose header's SHA-256 matches it, else None (truncated,
    corrupt, edited, or written by an older version)."""
    header, _, payload = data.partition(b"\n")
    if not header.startswith(_MAGIC) or header[len(_MAGIC) :] != hashlib.sha256(payload).hexdigest().encode():
        return None
    return payload


def _save(target: Path, key: str, value: Any) -> None:
    """Write a checksum line and the pickled (key, value) atomically, and remove this name's builds
    but the KEEP newest; a cache that cannot be written is not an error (the next run builds again)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        pickle.dump((key, value), buffer, protocol=pickle.HIGHEST_PROTOCOL)
        payload = buffer.getbuffer()
        with storage.atomic_path(target) as tmp, Path(tmp).open("wb") as handle:
            handle.write(_MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n")
            handle.write(payload)
        prefix = target.name[: -len(SUFFIX) - 32]
        builds = [p for p in target.parent.glob(f"{prefix}*{SUFFIX}") if len(p.name) == len(target.name)]
        for old in sorted(builds, key=lambda p: p.stat().st_mtime_ns, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
