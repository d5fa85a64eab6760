"""Project hygiene: the two dependency lists agree, notebooks carry no outputs, raw data is read-only."""

from __future__ import annotations

import json
import re
import tomllib

import yaml

from helpers import paths


def _names(requirements: list[str]) -> set[str]:
    """Package names from requirement strings, lower-cased, extras and versions dropped."""
    return {re.split(r"[<>=!\[ ;]", req, maxsplit=1)[0].strip().lower().replace("_", "-") for req in requirements}


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    declared = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    conda, pip = [], []
    for dep in env["dependencies"]:
        (pip.extend(dep["pip"]) if isinstance(dep, dict) else conda.append(dep))
    listed = (_names(conda) | _names(pip)) - {"python", "pip"}
    # dask[distributed] is one pip requirement but two conda-forge packages
    assert listed - {"distributed"} == declared
    assert any(dep.startswith("python=3.12") for dep in conda)


def test_constraints_pin_every_dependency() -> None:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    declared = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
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


def test_every_notebook_has_a_parameters_cell() -> None:
    for nb_path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        nb = json.loads(nb_path.read_text())
        tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, f"{nb_path.name}: needs exactly one cell tagged 'parameters'"
