"""Notebook parameters: what each notebook declares (papermill's own inspection), and the values the
command line gives, each converted to its declared type.

Every parameters cell types its names (`organization: str = "CSTO"  # help`), so papermill reads
them (`papermill --help-notebook`) and the runner reads them the same way. Values from `-p` and
`-f` are taken as text and converted by that type: a `str` parameter keeps `no`, `null` or `5` as
written (YAML would make them False, None and 5); an `int` must be a whole number. Parameters
named `*_dir` or `*_path` are paths, resolved once from the folder the command runs in."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from helpers import cache, paths, storage

RUNNER_PARAMETERS = ("article_id", "article_path", "processed_dir")
"""Set by the runner for each article; the command line sets them through files and --processed-dir."""
PATH_SUFFIXES = ("_dir", "_path")


class UsageError(Exception):
    """A problem with the command as a whole, found before any notebook runs."""


class Parameter(NamedTuple):
    name: str
    type: str
    default: str
    help: str


def declared(notebook: Path) -> tuple[Parameter, ...]:
    """The parameters papermill infers from the notebook's `parameters` cell.

    Importing papermill costs ~1.7 s (nbformat's schema checks), which an unchanged rerun (P4 ≤ 2 s)
    cannot pay; papermill's answer is therefore kept in the user cache, keyed by the notebook's
    bytes and papermill's version, and papermill is imported only for a notebook it has not seen."""
    try:
        data = notebook.read_bytes()
    except OSError as exc:
        raise UsageError(f"{notebook}: not a readable notebook ({exc.strerror or exc})") from exc
    key = hashlib.sha256(data + metadata.version("papermill").encode()).hexdigest()
    store = cache.cache_dir() / "notebook-parameters" / f"{key}.json"
    try:
        return tuple(Parameter(*row) for row in storage.read_json(store))
    except (OSError, ValueError, TypeError):
        pass
    found = _inspect(notebook)
    with contextlib.suppress(OSError):  # an unwritable cache only costs the inspection next time
        storage.write_json(store, [list(p) for p in found])
    return found


def _inspect(notebook: Path) -> tuple[Parameter, ...]:
    from papermill.inspection import inspect_notebook

    try:
        inferred = inspect_notebook(str(notebook))
    except Exception as exc:  # papermill raises what nbformat raises: JSON, schema, I/O errors
        raise UsageError(f"{notebook}: not a readable notebook ({type(exc).__name__})") from exc
    return tuple(Parameter(p["name"], p["inferred_type_name"], p["default"], p["help"]) for p in inferred.values())


def user_values(pairs: list[list[str]], parameters_file: Path | None, declared: Iterable[str] = ()) -> dict[str, str]:
    """Parameters as given (text; converted later by type): the project's `parameters.yaml` first (its
    names that no notebook of this run declares are left out: it serves every notebook of the
    project), then `-f file.yaml`, then `-p name value`."""
    project = read_file(paths.PARAMETERS) if paths.PARAMETERS.is_file() else {}
    values = {name: value for name, value in project.items() if name in set(declared)}
    if parameters_file is not None:
        values.update(read_file(parameters_file))
    values.update({name: value for name, value in pairs})
    return values


def read_file(path: Path) -> dict[str, str]:
    """A YAML mapping of name: value, every value kept as the text written (types come from the
    notebooks); a list, a mapping or a YAML tag (`!!python/...`) as a value is refused."""
    import yaml

    str_tag = "tag:yaml.org,2002:str"  # what YAML's base resolver gives every untagged scalar
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise UsageError(f"{path}: cannot read parameters file ({type(exc).__name__}: {detail})") from exc
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise UsageError(f"{path}: parameters file must be a YAML mapping of name: value")
    values: dict[str, str] = {}
    for key, value in node.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
        if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.ScalarNode):
            raise UsageError(f"{path}: parameter {name} must be one value, not a list or mapping")
        if key.tag != str_tag or value.tag != str_tag:
            raise UsageError(f"{path}: parameter {name}: YAML tags are not accepted ({value.tag})")
        values[name] = value.value
    return values


def resolve(values: dict[str, str], types: dict[str, str], cwd: Path) -> dict[str, Any]:
    """Check every name against the notebooks' declarations and convert every value to its type."""
    unknown = sorted(set(values) - set(types))
    if unknown:
        known = ", ".join(sorted(set(types) - set(RUNNER_PARAMETERS))) or "none"
        raise UsageError(f"unknown parameter {', '.join(unknown)}: no notebook declares it (settable: {known})")
    reserved = sorted(set(values) & set(RUNNER_PARAMETERS))
    if reserved:
        raise UsageError(
            f"parameter {', '.join(reserved)} is set by the runner for each article"
            " (give article files and --processed-dir instead)"
        )
    converted = {name: convert(name, value, types[name]) for name, value in values.items()}
    for name, value in converted.items():
        if name.endswith(PATH_SUFFIXES) and isinstance(value, str) and value:
            converted[name] = str((cwd / Path(value).expanduser()).resolve())
    return converted


def convert(name: str, value: str, type_name: str) -> Any:
    """One value (text from the command line or the file) as its declared type, or a UsageError."""
    import yaml

    if type_name == "str":
        return value
    try:
        loaded = yaml.safe_load(value) if value.strip() else value
    except yaml.YAMLError:
        loaded = value
    number = isinstance(loaded, int | float) and not isinstance(loaded, bool)
    if type_name == "float" and number:
        return float(loaded)
    if type_name == "int" and number and isinstance(loaded, int):
        return loaded
    if type_name == "bool" and isinstance(loaded, bool):
        return loaded
    if type_name in {"int", "float", "bool"}:
        raise UsageError(f"parameter {name} must be {type_name}, not {value!r}")
    return loaded  # a parameter without a type: read as YAML, as papermill's own -y would
