"""Every message is rendered with the params its raisers pass: no `{id}` left in a response.

Walks the source of app/ for `ProblemError(status, "code", {...})`, `FieldError(field,
"code", {...})` and `invalid(field, "code", **params)` with a literal code and literal
params, and checks that each placeholder of the code's English and Indonesian templates is
among the params given. Params built elsewhere (a variable) are checked by the tests of the
refusal paths instead.
"""

import ast
import string
from pathlib import Path

import app.main  # noqa: F401  (imports every module, so every message is defined)
from app.core.i18n import CATALOGUE

APP = Path(__file__).resolve().parent.parent / "app"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def literal_calls() -> list[tuple[str, str, set[str]]]:
    """(where, code, param names) of every raise with a literal code and literal params."""
    found = []
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name, args = node.func.id, node.args
            if name not in {"ProblemError", "FieldError", "invalid"} or len(args) < 2:
                continue
            code = args[1]
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
                continue
            where = f"{path.relative_to(APP.parent)}:{node.lineno}"
            if name == "invalid":
                if any(k.arg is None for k in node.keywords):
                    continue  # **params from elsewhere
                found.append((where, code.value, {k.arg for k in node.keywords if k.arg}))
                continue
            params = args[2] if len(args) > 2 else None
            params = params or next((k.value for k in node.keywords if k.arg == "params"), None)
            if params is None:
                found.append((where, code.value, set()))
            elif isinstance(params, ast.Dict) and all(
                isinstance(k, ast.Constant) for k in params.keys
            ):
                keys = {str(k.value) for k in params.keys if isinstance(k, ast.Constant)}
                found.append((where, code.value, keys))
    return found


def test_every_literal_raise_fills_its_message() -> None:
    calls = literal_calls()
    assert len(calls) > 50  # the walk finds the raises
    missing = []
    for where, code, given in calls:
        message = CATALOGUE.get(code)
        if message is None:
            missing.append(f"{where}: {code} has no message")
            continue
        wanted = placeholders(message.detail_en) | placeholders(message.detail_id)
        if wanted - given:
            missing.append(f"{where}: {code} lacks {sorted(wanted - given)}")
    assert missing == []
