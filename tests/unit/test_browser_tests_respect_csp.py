"""Browser tests never ask the page to evaluate a string later: our CSP (no 'unsafe-eval') forbids it, rightly.

`page.wait_for_function("…")` is compiled and polled by the page itself, so under the CSP it fails whenever the
condition is not already true at the first check (a timing-dependent failure seen on a fresh machine). Waits go
through locators and `expect`; a one-off `evaluate` must pass a function, which the driver runs inside its own
protocol call.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

E2E = Path(__file__).resolve().parents[1] / "e2e"
FUNCTION = re.compile(r"^\s*(async\s+)?(function\b|\(?[\w\s,{}\[\]]*\)?\s*=>)")


def _calls(name: str):  # type: ignore[no-untyped-def]
    for path in sorted(E2E.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name:
                yield path.name, node


def test_no_browser_test_waits_on_a_string_function():
    found = [f"{name}:{node.lineno}" for name, node in _calls("wait_for_function")]
    assert not found, f"use a locator or expect(...) instead of wait_for_function: {found}"


def test_evaluate_is_only_given_functions():
    bare = []
    for method in ("evaluate", "evaluate_handle", "evaluate_all"):
        for name, node in _calls(method):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and not FUNCTION.match(first.value):
                bare.append(f"{name}:{node.lineno}")
    assert not bare, f"pass a function (el => …), not an expression string: {bare}"


def test_the_pattern_tells_functions_from_expressions():
    assert FUNCTION.match("field => field.removeAttribute('required')")
    assert FUNCTION.match("(a, b) => a + b")
    assert FUNCTION.match("function () { return 1 }")
    assert not FUNCTION.match("document.getElementById('x').innerText")
    assert not FUNCTION.match("window.notReloaded = true")
