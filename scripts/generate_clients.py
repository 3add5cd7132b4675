"""Generate the API clients from the committed OpenAPI document, or check they are current.

    python scripts/generate_clients.py           regenerate openapi/clients/{python,typescript}
    python scripts/generate_clients.py --check   fail when a committed client differs from
                                                 what the document generates; also type-check
                                                 the TypeScript example against it

Python: openapi-python-client (version pinned in pyproject's `dev` extra), then the
hand-written files of `openapi/clients/python-overlay/` copied over it. TypeScript:
openapi-typescript writes `src/schema.d.ts` (versions pinned in its package-lock.json,
installed with `npm ci` when node_modules is missing); `tsc --noEmit` checks `src/`.
Both are deterministic: running the script twice changes nothing.
"""

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
CLIENTS = ROOT / "openapi" / "clients"
PYTHON_CLIENT = CLIENTS / "python"
PYTHON_CONFIG = CLIENTS / "python-config.yaml"
PYTHON_OVERLAY = CLIENTS / "python-overlay"
TS_CLIENT = CLIENTS / "typescript"
TS_SCHEMA = Path("src") / "schema.d.ts"
# Run-time needs of the overlay that the generator does not know of: the webhook verifier
# computes signatures with the Standard Webhooks reference library, as the API does.
PYTHON_EXTRA_REQUIREMENTS = ["standardwebhooks >= 1.0"]
IGNORED = {"__pycache__", "node_modules", ".mypy_cache", ".ruff_cache", "build"}


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(c) for c in command], cwd=cwd, check=True)  # noqa: S603


def add_requirements(setup_py: Path, requirements: list[str]) -> None:
    """Prepend `requirements` to the generated setup.py's install_requires."""
    text = setup_py.read_text(encoding="utf-8")
    marker = "install_requires=["
    if marker not in text:
        raise SystemExit(f"{setup_py}: no {marker} to extend")
    listed = "".join(f'"{r}", ' for r in requirements)
    setup_py.write_text(text.replace(marker, marker + listed, 1), encoding="utf-8")


def generate_python(target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "python"
        run(
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            SPEC,
            "--config",
            PYTHON_CONFIG,
            "--meta",
            "setup",
            "--output-path",
            out,
        )
        shutil.copytree(PYTHON_OVERLAY, out, dirs_exist_ok=True)
        add_requirements(out / "setup.py", PYTHON_EXTRA_REQUIREMENTS)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target, ignore=shutil.ignore_patterns(*IGNORED))


def ensure_node_modules() -> None:
    if not (TS_CLIENT / "node_modules" / ".bin" / "openapi-typescript").exists():
        run("npm", "ci", "--no-audit", "--no-fund", cwd=TS_CLIENT)


def generate_typescript_schema(target: Path) -> None:
    ensure_node_modules()
    target.parent.mkdir(parents=True, exist_ok=True)
    run(TS_CLIENT / "node_modules" / ".bin" / "openapi-typescript", SPEC, "--output", target)


def typecheck_typescript() -> None:
    ensure_node_modules()
    run(TS_CLIENT / "node_modules" / ".bin" / "tsc", "--noEmit", "-p", TS_CLIENT, cwd=TS_CLIENT)


def differences(left: Path, right: Path) -> list[str]:
    """Paths (relative) that differ between two trees, ignoring caches."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: Path) -> None:
        for name in compared.left_only + compared.right_only:
            if name not in IGNORED:
                found.append(str(prefix / name))
        _, mismatch, errors = filecmp.cmpfiles(
            compared.left, compared.right, compared.common_files, shallow=False
        )
        found.extend(str(prefix / name) for name in mismatch + errors)
        for name, sub in compared.subdirs.items():
            if name not in IGNORED:
                walk(sub, prefix / name)

    walk(filecmp.dircmp(left, right, ignore=sorted(IGNORED)), Path())
    return sorted(found)


def check() -> int:
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh_python = Path(scratch) / "python"
        generate_python(fresh_python)
        changed = differences(PYTHON_CLIENT, fresh_python) if PYTHON_CLIENT.exists() else ["*"]
        if changed:
            stale.append(f"Python client openapi/clients/python: {', '.join(changed[:10])}")
        fresh_schema = Path(scratch) / "schema.d.ts"
        generate_typescript_schema(fresh_schema)
        committed = TS_CLIENT / TS_SCHEMA
        if not committed.exists() or committed.read_bytes() != fresh_schema.read_bytes():
            stale.append(f"TypeScript client openapi/clients/typescript/{TS_SCHEMA}")
    if stale:
        print("Stale clients (run `make clients` and commit):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    typecheck_typescript()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    if parser.parse_args().check:
        return check()
    generate_python(PYTHON_CLIENT)
    generate_typescript_schema(TS_CLIENT / TS_SCHEMA)
    typecheck_typescript()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
