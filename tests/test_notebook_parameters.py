"""The notebooks as papermill's own users see them: every parameter typed and explained, every one
settable with `-p` without a warning, one kernelspec, and the runner's engine registered."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from helpers import paths
from helpers.run import parameters

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def _papermill(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "papermill", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_papermill_reads_every_parameter(notebook: Path, tmp_path: Path) -> None:
    shown = _papermill("--help-notebook", notebook, cwd=tmp_path)
    text = shown.stdout + shown.stderr
    assert shown.returncode == 0, text
    assert "Unknown type" not in text and "Can't infer" not in text and "Unable to parse" not in text, text
    declared = parameters.declared(notebook)
    source = next(
        "".join(c["source"])
        for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        if "parameters" in c.get("metadata", {}).get("tags", [])
    )
    assert len(declared) == len([line for line in source.splitlines() if line.strip()])
    for p in declared:
        assert f"  {p.name}: {p.type} (default" in text and p.help and p.help in text, p

    # every parameter set on papermill's command line, without a warning (prepared, not run)
    values = [arg for p in declared for arg in ("-p", p.name, p.default.strip('"') or "x")]
    prepared = _papermill(notebook, tmp_path / "out.ipynb", "--prepare-only", *values, cwd=tmp_path)
    assert prepared.returncode == 0, prepared.stderr
    assert "unknown parameter" not in prepared.stderr.lower() and "Unable to parse" not in prepared.stderr


def test_every_notebook_has_the_same_kernelspec_metadata() -> None:
    metadata = {p.name: json.loads(p.read_text(encoding="utf-8"))["metadata"] for p in NOTEBOOKS}
    first = metadata[NOTEBOOKS[0].name]
    assert first["kernelspec"]["name"] == "persian-news"
    assert all(m == first for m in metadata.values()), metadata
    versions = {(nb["nbformat"], nb["nbformat_minor"]) for nb in map(json.loads, (p.read_text() for p in NOTEBOOKS))}
    assert versions == {(4, 5)}


def test_the_engine_is_registered_with_papermill() -> None:
    from papermill.engines import papermill_engines

    from helpers.run import engine

    ours = engine.SharedKernelEngine  # built and registered on first use
    assert papermill_engines.get_engine(engine.ENGINE) is ours
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    target = project["entry-points"]["papermill.engine"][engine.ENGINE]
    assert target == f"{engine.__name__}:{engine.SharedKernelEngine.__name__}"


def test_the_entry_point_loads_whichever_module_imports_papermill_first(tmp_path: Path) -> None:
    """papermill loads its entry points while papermill.engines is first imported; ours must load
    whole whether the runner or papermill comes first, and planning must not import papermill (P4)."""
    script = """
import sys
import entrypoints
ours = entrypoints.EntryPoint("persian-news", "helpers.run.engine", "SharedKernelEngine")
found = entrypoints.get_group_all
def with_ours(group, path=None):
    return found(group, path) + ([ours] if group == "papermill.engine" else [])
entrypoints.get_group_all = with_ours
import helpers.run.runner, helpers.run.plan, helpers.run.article, helpers.run.pool
assert "papermill" not in sys.modules, "planning imported papermill"
from helpers.run import engine
cls = engine.engine_class() if sys.argv[1] == "runner-first" else None
import papermill.engines
assert papermill.engines.papermill_engines.get_engine("persian-news") is engine.SharedKernelEngine
assert cls in (None, engine.SharedKernelEngine)
"""
    for order in ("runner-first", "papermill-first"):
        done = subprocess.run([sys.executable, "-c", script, order], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
