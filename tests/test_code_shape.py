"""The code's shape: what runs where, read from the source with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    # The modules a file imports (absolute names).
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_no_test_and_no_product_module_imports_bench() -> None:
    """Tests and the product import evaluation code from kompas.evaluation, never bench."""
    users = sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "kompas").rglob("*.py"))
    wrong = [
        f"{p.relative_to(ROOT)}: {m}"
        for p in users
        for m in _imports(p)
        if m == "bench" or m.startswith("bench.")
    ]
    assert wrong == []
