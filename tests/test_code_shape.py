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


def test_no_test_module_imports_another() -> None:
    """Test modules share through tests/helpers.py, conftest.py and the *_flow.py modules,
    never by importing each other (pytest collects what a module imports as its own)."""
    wrong = [
        f"{p.name}: {m}"
        for p in sorted((ROOT / "tests").glob("*.py"))
        for m in _imports(p)
        if m.startswith("tests.test_")
    ]
    assert wrong == []


# The size a function of kompas/articles/ may have: its lines (signature, docstring and
# comments included) and its branches (decision points: if/elif, conditional expressions,
# loops, except clauses, match cases, comprehension filters, and each "and"/"or" operand
# after the first).
MAX_LINES = 40
MAX_BRANCHES = 12
_DECISIONS = (ast.If, ast.IfExp, ast.For, ast.While, ast.ExceptHandler, ast.match_case)


def branches(fn: ast.AST) -> int:
    """The decision points of a function (nested functions included)."""
    count = 0
    for node in ast.walk(fn):
        if isinstance(node, _DECISIONS):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += len(node.ifs)
    return count


def _functions(folder: Path) -> list[tuple[str, int, int]]:
    # Every function under ``folder``: where it is, its lines and its branches.
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                where = f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                found.append((where, lines, branches(node)))
    return found


def test_no_function_of_the_article_pipeline_is_too_large() -> None:
    """Every function in kompas/articles/ has at most 40 lines and 12 branches."""
    too_large = [
        f"{where}: {lines} lines, {count} branches"
        for where, lines, count in _functions(ROOT / "kompas" / "articles")
        if lines > MAX_LINES or count > MAX_BRANCHES
    ]
    assert too_large == []


def test_the_branch_count_counts_what_it_says() -> None:
    """An if, a conditional expression, a loop, a comprehension filter and an extra
    "and" operand: five branches."""
    fn = ast.parse(
        "def f(xs):\n"
        "    if xs and xs[0]:\n"
        "        return [x for x in xs if x] if xs else None\n"
        "    for x in xs:\n"
        "        pass\n"
    ).body[0]
    assert branches(fn) == 5


def test_no_word_set_of_the_lexicon_is_defined_twice() -> None:
    """A second assignment to a lexicon name silently replaces the first one's words for
    every rule that uses it."""
    tree = ast.parse((ROOT / "kompas" / "articles" / "lexicon.py").read_text(encoding="utf-8"))
    names = [
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(t, ast.Name)
    ]
    assert sorted({n for n in names if names.count(n) > 1}) == []
