"""The typed model and the schema describe the same file: the same fields, in the same
order, with the same types, required or not; and a file read and written again is the same."""

from __future__ import annotations

import types
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest

from kompas import convert
from kompas.principles import model, store

ROOT = Path(__file__).resolve().parent.parent


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    # A schema node with its "$ref" (to "#/$defs/…") followed.
    while "$ref" in node:
        node = store.schema()["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _differences(hint: Any, node: dict[str, Any], where: str) -> list[str]:
    # How the type ``hint`` of the model and the schema ``node`` disagree.
    node = _resolve(node)
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        [hint] = [a for a in args if a is not type(None)]
        origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return [] if set(node.get("enum", [])) == set(args) else [f"{where}: enum {args}"]
    if origin is tuple:
        if node.get("type") != "array":
            return [f"{where}: not an array"]
        return _differences(args[0], node["items"], f"{where}[]")
    if is_dataclass(hint):
        return _record(hint, node, where)
    kind = {str: "string", int: "integer", bool: "boolean"}[hint]
    if node.get("type") == kind or ("const" in node and type(node["const"]) is hint):
        return []
    return [f"{where}: {kind} in the model, {node} in the schema"]


def _record(cls: Any, node: dict[str, Any], where: str) -> list[str]:
    # A record class against a schema object: names in order, required ones, each type.
    hints = get_type_hints(cls)
    names = [f.name for f in fields(cls)]
    optional = {n for n in names if type(None) in get_args(hints[n])}
    out = []
    if node.get("type") != "object" or node.get("additionalProperties") is not False:
        out.append(f"{where}: not a closed object")
    if list(node["properties"]) != names:
        out.append(f"{where}: fields {names}, schema {list(node['properties'])}")
    if set(node["required"]) != set(names) - optional:
        out.append(f"{where}: required {sorted(node['required'])}")
    for name in names:
        if name in node["properties"]:
            out += _differences(hints[name], node["properties"][name], f"{where}.{name}")
    return out


def test_the_schema_and_the_dataclasses_name_the_same_fields() -> None:
    """Every class of the model matches its part of schema.json, recursively."""
    assert _record(model.Document, store.schema(), "document") == []


def test_the_comparison_sees_a_difference() -> None:
    """The check above is not blind: a field the schema lacks, or another type, is found."""
    node = _resolve(store.schema()["$defs"]["item"])
    changed = {**node, "properties": {**node["properties"], "text": {"type": "integer"}}}
    assert _record(model.Item, changed, "item") == [
        "item.text: string in the model, {'type': 'integer'} in the schema"
    ]
    fewer = {k: v for k, v in node["properties"].items() if k != "origin"}
    assert _record(model.Item, {**node, "properties": fewer}, "item")


@pytest.mark.parametrize("doc", convert.load_all(ROOT), ids=lambda d: d.article.id)
def test_a_file_reads_and_writes_back_to_the_same_data(doc: model.Document) -> None:
    """``from_dict(to_dict())`` is the identity, and an article without summary has no key."""
    assert model.Document.from_dict(doc.to_dict()) == doc
    data = doc.to_dict()
    assert list(data) == ["format", "source", "source_sha256", "article", "principles"]
    del data["article"]["summary"]
    assert model.Document.from_dict(data).article.summary is None
    assert "summary" not in model.Document.from_dict(data).to_dict()["article"]
