"""Which problem codes each route can raise, found by reading the source.

A static walk: every function's own `ProblemError(status, "code")`, `invalid(field, "code")`,
`FieldError(field, "code")` (422) and `commit_or_conflict(session, "code")` (409), plus those
of every function it names, followed through imports. It over-approximates (a name is not a
call on every path) and misses codes built at run time, which is why the documented table in
`app/http/problem_codes.py` is hand-kept and only checked against this scan.

`python -m tests.problem_scan` prints the table the scan finds.
"""

import ast
import importlib
import json
import pkgutil
import sys
from pathlib import Path

from fastapi.routing import APIRoute

import app.routers

ROOT = Path(__file__).resolve().parent.parent

APP_DIR = Path(__file__).resolve().parent.parent / "app"
Found = set[tuple[int, str]]


def _literal(args: list[ast.expr], index: int) -> object:
    if len(args) > index and isinstance(args[index], ast.Constant):
        return args[index].value  # type: ignore[attr-defined]
    return None


def _raised(call: ast.Call, name: str) -> tuple[int, str] | None:
    status, code = _literal(call.args, 0), _literal(call.args, 1)
    if name == "ProblemError" and isinstance(status, int) and isinstance(code, str):
        return status, code
    if name in {"invalid", "FieldError"} and isinstance(code, str):
        return 422, code
    if name == "commit_or_conflict" and isinstance(code, str):
        return 409, code
    return None


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.Module) -> dict[str, str]:
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
    return names


def _functions() -> dict[str, tuple[Found, list[str]]]:
    functions: dict[str, tuple[Found, list[str]]] = {}
    for path in sorted(APP_DIR.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text())
        imports = _imports(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            found: Found = set()
            named: list[str] = []
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    raised = _raised(inner, name)
                    if raised:
                        found.add(raised)
                    if isinstance(func, ast.Name):
                        named.append(imports.get(func.id, f"{module}.{func.id}"))
                    elif (
                        isinstance(func, ast.Attribute)
                        and isinstance(func.value, ast.Name)
                        and func.value.id in imports
                    ):
                        named.append(f"{imports[func.value.id]}.{func.attr}")
                elif isinstance(inner, ast.Name) and inner.id in imports:
                    named.append(imports[inner.id])  # e.g. Depends(helper)
            functions[f"{module}.{node.name}"] = (found, named)
    return functions


def _routes() -> list[APIRoute]:
    routes: list[APIRoute] = []
    for info in pkgutil.iter_modules(app.routers.__path__):
        module = importlib.import_module(f"app.routers.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            # Routes outside the OpenAPI document (the metrics scrape) have no operation id
            # for the table to name.
            routes += [r for r in router.routes if isinstance(r, APIRoute) and r.include_in_schema]
    return routes


def scan() -> dict[str, Found]:
    """Operation id -> the (status, code) pairs its endpoint can reach."""
    functions = _functions()
    memo: dict[str, Found] = {}

    def reach(name: str, stack: frozenset[str]) -> Found:
        if name in memo:
            return memo[name]
        if name not in functions or name in stack:
            return set()
        found, named = functions[name]
        result = set(found)
        for other in named:
            result |= reach(other, stack | {name})
        memo[name] = result
        return result

    return {
        route.name: reach(f"{route.endpoint.__module__}.{route.endpoint.__name__}", frozenset())
        for route in _routes()
    }


def write_table(path: Path) -> None:
    """Add what the scan finds to the table of operation codes in `path` (a JSON file;
    entries are never dropped)."""
    from app.http.problem_codes import OPERATION_CODES

    table = {
        op: {s: set(codes) for s, codes in entry.items()} for op, entry in OPERATION_CODES.items()
    }
    for operation, found in scan().items():
        for status, code in found:
            table.setdefault(operation, {}).setdefault(status, set()).add(code)
    written = {
        operation: {str(status): sorted(codes) for status, codes in sorted(entry.items())}
        for operation, entry in sorted(table.items())
        if entry
    }
    path.write_text(json.dumps(written, indent=1) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_table(ROOT / "app" / "http" / "problem_codes.json")
        raise SystemExit(0)
    for operation, found in sorted(scan().items()):
        by_status: dict[int, list[str]] = {}
        for status, code in sorted(found):
            by_status.setdefault(status, []).append(code)
        print(f'    "{operation}": {by_status},')
