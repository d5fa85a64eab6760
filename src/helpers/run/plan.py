"""The command line, checked as a whole before anything runs, turned into one job per article."""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers import paths
from helpers.run import parameters
from helpers.run.parameters import Parameter, UsageError

KERNEL = "persian-news"

__all__ = ["KERNEL", "Job", "Notebook", "UsageError", "discover", "plan"]


@dataclass(frozen=True)
class Notebook:
    name: str
    path: Path
    parameters: tuple[Parameter, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters)


@dataclass(frozen=True)
class Job:
    """Everything one worker needs to run one article (picklable for process pools)."""

    path: Path
    article_id: str
    notebooks: tuple[Notebook, ...]
    parameters: dict[str, Any]
    reports_base: Path
    processed_base: Path
    force: bool = False
    kernel: str = KERNEL


def plan(args: argparse.Namespace) -> list[Job]:
    """Check the whole command before anything runs and turn it into one job per article."""
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    cwd = Path.cwd()
    articles = _articles(args.articles, cwd)
    notebooks = discover(cwd / (getattr(args, "notebooks_dir", None) or paths.NOTEBOOKS))
    types: dict[str, str] = {}
    for nb in notebooks:
        for p in nb.parameters:
            types.setdefault(p.name, p.type)
    given = parameters.user_values(args.parameter, args.parameters_file, types)
    values = parameters.resolve(given, types, cwd)
    reports_base = (cwd / (args.reports_dir or paths.REPORTS)).resolve()
    processed_base = (cwd / (args.processed_dir or paths.PROCESSED)).resolve()
    for directory in (reports_base, processed_base):
        check_writable(directory)
    return [
        Job(p, paths.article_id(p), tuple(notebooks), values, reports_base, processed_base, args.force)
        for p in articles
    ]


def _articles(given: list[Path], cwd: Path) -> list[Path]:
    """The article files, each once (a file named twice, by any path, runs once: two runs of one
    article at once would share its folders), their ids checked before anything is written."""
    articles = [(cwd / p).absolute() for p in given] or sorted(paths.ARTICLES.glob("*.txt"))
    if not articles:
        raise UsageError(f"{paths.ARTICLES}: no articles (*.txt) to run (give files, or the project with --root)")
    unique: dict[Path, Path] = {}
    for path in articles:
        unique.setdefault(path.resolve(), path)
    seen: dict[str, Path] = {}
    for path in unique.values():
        other = seen.setdefault(paths.article_id(path), path)  # BadInput for an id that cannot name a folder
        if other != path:
            raise UsageError(f"{path}: same article id as {other}; rename one of them")
    return list(unique.values())


def discover(directory: Path) -> list[Notebook]:
    """The per-article notebooks in `directory`, in name order: those whose parameters declare `article_id`."""
    if not directory.is_dir():
        raise UsageError(
            f"{directory}: notebooks directory not found (give the project folder with --root or $PERSIAN_NEWS_ROOT)"
        )
    found = []
    for path in sorted(directory.glob("*.ipynb")):
        declared = parameters.declared(path)
        if any(p.name == "article_id" for p in declared):
            found.append(Notebook(path.stem, path.resolve(), declared))
    if not found:
        raise UsageError(f"{directory}: no notebook declares an `article_id` parameter")
    return found


def describe_parameters(directory: Path) -> str:
    """What `run --help` lists: each parameter the notebooks in `directory` declare and a run may set
    (`-p NAME VALUE`), with its type, default, help and the notebooks that declare it."""
    notebooks = discover(directory)
    seen: dict[str, tuple[parameters.Parameter, list[str]]] = {}
    for nb in notebooks:
        for p in nb.parameters:
            if p.name not in parameters.RUNNER_PARAMETERS:
                seen.setdefault(p.name, (p, []))[1].append(nb.name.split("_", 1)[0])
    lines = [f"notebook parameters (-p NAME VALUE; project defaults in {paths.PARAMETERS.name}):"]
    for name, (p, where) in sorted(seen.items()):
        lines.append(f"  {name} ({p.type}, default {p.default}; notebooks {', '.join(where)})")
        lines.append(f"      {p.help}")
    return "\n".join(lines)


def check_writable(directory: Path) -> None:
    """Fail before running anything when an output directory cannot be created or written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-check."):
            pass
    except OSError as exc:
        raise UsageError(f"{directory}: output directory cannot be written ({exc.strerror or exc})") from exc
