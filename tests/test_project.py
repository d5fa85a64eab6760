"""Project hygiene: what is imported is declared, the dependency lists agree, notebooks carry no outputs."""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
import yaml

from helpers import paths


def _names(requirements: list[str]) -> set[str]:
    """Package names from requirement strings, lower-cased, extras and versions dropped."""
    return {re.split(r"[<>=!\[ ;]", req, maxsplit=1)[0].strip().lower().replace("_", "-") for req in requirements}


# Declared for what they run, not for an import: JupyterLab and the kernel, the git filter that strips
# outputs, the linter, the type checker and the stubs it reads, and setuptools, which builds the wheel that
# tests/test_install.py installs (pip's --no-build-isolation: no download).
TOOLS = {
    "jupyterlab",
    "ipykernel",
    "nbstripout",
    "ruff",
    "mypy",
    "types-pyyaml",
    "types-tqdm",
    "types-bleach",
    "setuptools",
}


def _project() -> dict:
    return tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]


def _code(path: Path) -> list[str]:
    """A module's source, or a notebook's code cells without their IPython magics and shell lines."""
    if path.suffix == ".py":
        return [path.read_text(encoding="utf-8")]
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    return ["\n".join(line for line in s.splitlines() if not line.lstrip().startswith(("%", "!"))) for s in sources]


def _imported(folder: str) -> set[str]:
    """Distributions (normalized names) whose modules the .py files and notebooks under `folder` import."""
    files = [p for p in (paths.ROOT / folder).rglob("*") if p.suffix in {".py", ".ipynb"}]
    ours = {"helpers"} | {p.stem for p in files}
    modules = set()
    for path in files:
        for source in _code(path):
            for node in ast.walk(ast.parse(source, str(path))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    modules -= ours | set(sys.stdlib_module_names)
    owners = packages_distributions()
    unknown = sorted(m for m in modules if m not in owners)
    assert not unknown, f"{folder}/ imports {unknown}, which no installed distribution provides"
    return set().union(*(_names(owners[m]) for m in modules))


def test_what_is_imported_is_declared_and_what_is_declared_is_used() -> None:
    project = _project()
    runtime = _names(project["dependencies"])
    extras = {name: _names(reqs) for name, reqs in project["optional-dependencies"].items()}
    production = _imported("src") | _imported("notebooks")
    assert production - runtime == set(), "imported by src/ or notebooks/ but not in [project] dependencies"
    tests, bench = _imported("tests"), _imported("bench")
    assert tests - runtime - extras["test"] == set(), "imported by tests/ but not declared (dependencies or [test])"
    assert bench - runtime - extras["bench"] == set(), "imported by bench/ but not declared (dependencies or [bench])"
    declared = runtime.union(*extras.values())
    assert declared - TOOLS - production - tests - bench == set(), "declared but imported nowhere: drop it"


def test_environment_yml_matches_pyproject() -> None:
    project = _project()
    declared = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    conda, pip = [], []
    for dep in env["dependencies"]:
        (pip.extend(dep["pip"]) if isinstance(dep, dict) else conda.append(dep))
    listed = (_names(conda) | _names(pip)) - {"python", "pip"}
    # dask[distributed] is one pip requirement but two conda-forge packages (tinycss2, which bleach[css]
    # also brings, is declared on its own: the report's stylesheet filter imports it)
    assert listed - {"distributed"} == declared
    requires = project["requires-python"]
    assert f"python{requires}" in conda, f"environment.yml: python should be {requires}, as in pyproject.toml"


def test_constraints_pin_every_dependency() -> None:
    project = _project()
    declared = _names(project["dependencies"]).union(*map(_names, project["optional-dependencies"].values()))
    lines = (paths.ROOT / "constraints.txt").read_text().splitlines()
    pinned = {line.split("==")[0].lower().replace("_", "-") for line in lines if "==" in line}
    assert declared <= pinned


def test_notebooks_are_committed_without_outputs() -> None:
    notebooks = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
    assert notebooks
    for nb_path in notebooks:
        nb = json.loads(nb_path.read_text())
        dirty = [
            i
            for i, c in enumerate(nb["cells"])
            if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
        ]
        assert not dirty, f"{nb_path.name}: cells {dirty} carry outputs; run nbstripout"


def test_the_installed_kernel_has_the_notebooks_display_name() -> None:
    """scripts/setup-venv registers the kernel inside the venv; a different display name there would
    make JupyterLab rewrite each notebook's metadata, which then opens as modified."""
    installed = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "persian-news" / "kernel.json"
    if not installed.is_file():
        pytest.skip(f"no persian-news kernel registered in {sys.prefix} (not set up by make)")
    shown = json.loads(installed.read_text(encoding="utf-8"))["display_name"]
    for nb_path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        wanted = json.loads(nb_path.read_text())["metadata"]["kernelspec"]["display_name"]
        assert wanted == shown, f"{nb_path.name} says {wanted!r}, {installed} {shown!r} (rerun `make setup`?)"


def test_every_notebook_has_a_parameters_cell() -> None:
    for nb_path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        nb = json.loads(nb_path.read_text())
        tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{nb_path.name}: needs exactly one cell tagged 'parameters'"
