"""No module of `helpers` may import, at module level, a module that imports it back: such a cycle works or
fails with the order a notebook or test happens to import things in (session 11 found
`import helpers.text.tokenize` failing on its own: tokenize → zwnj → dates → glued_month → tokenize). Read
statically from the source, so the check costs no imports; imports inside functions and under
`TYPE_CHECKING` are lazy and do not count, nor does a module's import of its own parent packages (Python
runs those first)."""

from __future__ import annotations

import ast
from pathlib import Path

import helpers

ROOT = Path(helpers.__file__).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _eager(body: list[ast.stmt]) -> list[str]:
    """Names imported by the statements of a module's top level (inside `if`/`try`, not `if TYPE_CHECKING`)."""
    names: list[str] = []
    for node in body:
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Try) or (isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test)):
            names += _eager(node.body) + _eager(node.orelse)
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _eager(ast.parse(path.read_text(encoding="utf-8")).body):
            parts = imported.split(".")
            targets |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        graph[name] = {t for t in targets & modules.keys() if t != name and not name.startswith(t + ".")}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle, as the chain of modules, or [] for none."""
    state: dict[str, int] = {}
    chain: list[str] = []

    def visit(name: str) -> list[str]:
        state[name] = 1
        chain.append(name)
        for nxt in sorted(graph[name]):
            if state.get(nxt) == 1:
                return chain[chain.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[name] = 2
        chain.pop()
        return []

    for name in sorted(graph):
        if name not in state and (found := visit(name)):
            return found
    return []


def test_no_module_level_import_cycle() -> None:
    assert _cycle(_graph()) == []


def test_the_check_sees_a_cycle() -> None:
    """The check itself can fail: a two-module loop and a loop through a package's `__init__` are found."""
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert _cycle({"p": {"p.x"}, "p.x": {"q"}, "q": {"p"}}) == ["p", "p.x", "q", "p"]
    assert _cycle({"a": {"b"}, "b": set()}) == []
