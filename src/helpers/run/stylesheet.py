"""Style sheets in untrusted HTML (a `<style>` element in a notebook output) keep their rules but
load nothing: reports are opened offline, and a stylesheet can fetch from any host
(`@import url(//host/x.css)`, `background: url(https://…)`, `@font-face { src: … }`).

`clean` keeps the plain rules and the `@media`/`@supports` blocks around them, and drops every other
at-rule (`@import`, `@font-face`, `@namespace`, …, also when written with CSS escapes such as
`@\\69mport`) and every declaration that names a URL other than inline `data:`. The style *attribute*
is bleach's CSSSanitizer's job; this filter does the same for the element."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import tinycss2

KEPT_AT_RULES = {"media", "supports"}
"""At-rules whose blocks only hold more rules; every other at-rule is dropped."""
_URL_FUNCTIONS = {"url", "src", "image", "image-set", "-webkit-image-set", "cross-fade"}


def clean(css: str) -> str:
    """`css` without anything that could load a resource (see the module docstring)."""
    return tinycss2.serialize(_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


def _rules(nodes: Iterable[Any]) -> list[Any]:
    kept: list[Any] = []
    for node in nodes:
        if node.type == "qualified-rule":
            node.content = _declarations(node.content)
        elif node.type == "at-rule" and node.lower_at_keyword in KEPT_AT_RULES and node.content is not None:
            node.content = _rules(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True))
        else:
            continue
        kept += [node, tinycss2.ast.WhitespaceToken(0, 0, "\n")]
    return kept


def _declarations(content: list[Any]) -> list[Any]:
    kept: list[Any] = []
    for node in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if node.type == "declaration" and not _loads(node.value):
            kept.append(node)  # serializes with its own ";"
    return kept


def _loads(tokens: Iterable[Any]) -> bool:
    """True when the tokens name a URL (other than `data:`) or hold a nested rule or at-rule."""
    for token in tokens:
        if token.type == "url" and not token.value.strip().lower().startswith("data:"):
            return True
        if token.type == "function":
            if token.lower_name in _URL_FUNCTIONS and not _data_only(token.arguments):
                return True
            if _loads(token.arguments):
                return True
        if token.type in {"() block", "[] block", "{} block"} and _loads(token.content):
            return True
        if token.type == "at-keyword":
            return True
    return False


def _data_only(arguments: list[Any]) -> bool:
    strings = [t for t in arguments if t.type in {"string", "url"}]
    return bool(strings) and all(t.value.strip().lower().startswith("data:") for t in strings)


class StyleFilter:
    """A bleach filter (bleach's Cleaner calls `StyleFilter(source=tokens)` and iterates it) that
    passes the text of every `<style>` element through `clean`."""

    def __init__(self, source: Iterable[dict[str, Any]]) -> None:
        self.source = source

    def __iter__(self) -> Iterator[dict[str, Any]]:
        text: list[str] | None = None
        for token in self.source:
            if token["type"] == "StartTag" and token["name"] == "style":
                text = []
            elif text is not None and token["type"] in {"Characters", "SpaceCharacters"}:
                text.append(token["data"])
                continue
            elif text is not None and token["type"] == "EndTag" and token["name"] == "style":
                yield {"type": "Characters", "data": clean("".join(text))}
                text = None
            yield token
