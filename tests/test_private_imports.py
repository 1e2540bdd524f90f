"""No package imports another package's private module or name (one starting with ``_``).

A private module or name belongs to the package that holds it and to that package's
subpackages: ``hdnd_model.render.docx`` may import ``hdnd_model.render._layout`` and
``hdnd_model.ingest.layout._read`` may import ``hdnd_model.ingest._result``, but
``hdnd_model.ingest.docx`` may not import ``hdnd_model.render._layout``. The root package is
the exception: it is the distribution, not a layer, so its private modules
(``hdnd_model._version``) serve only the modules directly in ``hdnd_model/``. What several
packages share has a public home (``hdnd_model.wording``, ``hdnd_model.xmlsafe``).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
# The one crossing left, owned by the model: the JSON code generator recognises the model's
# validators by identity to inline them. It goes when the validators get a public home.
ALLOWED = {("hdnd_model/serialize/_codegen.py", "hdnd_model.model._checks")}


def _package(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1])


def _private_owner(name: str, root: Path) -> str | None:
    """The package a private module or name in ``name`` belongs to; None when none is private."""
    parts = name.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            holder = parts[:i]
            # A private name in a module (``ingest.html._lxml_text``) is its package's.
            if (
                not root.joinpath(*holder).is_dir()
                and root.joinpath(*holder).with_suffix(".py").is_file()
            ):
                holder = holder[:-1]
            return ".".join(holder)
    return None


def _visible(owner: str, package: str) -> bool:
    if owner == "hdnd_model":
        return package == owner
    return package == owner or package.startswith(owner + ".")


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def crossings(root: Path = SRC) -> list[str]:
    """Every import of another package's private module under ``root``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        package = _package(path, root)
        for line, name in _imported(ast.parse(path.read_text(encoding="utf-8"))):
            if not name.startswith("hdnd_model"):
                continue
            owner = _private_owner(name, root)
            where = path.relative_to(root).as_posix()
            if owner is not None and not _visible(owner, package) and (where, name) not in ALLOWED:
                bad.append(f"{path.relative_to(root)}:{line} imports {name}")
    return bad


class TestPrivateImports:
    def test_none_cross_a_package(self) -> None:
        """No module of src/ imports a private module of another package."""
        assert [] == crossings()

    def test_the_check_finds_a_crossing(self, tmp_path: Path) -> None:
        """A crossing import is reported with its place; an import within a package is not."""
        pkg = tmp_path / "hdnd_model" / "ingest"
        pkg.mkdir(parents=True)
        (pkg / "sub").mkdir()
        (pkg / "ok.py").write_text("from hdnd_model.ingest._x import y\n")
        (pkg / "sub" / "ok.py").write_text("from hdnd_model.ingest._x import y\n")
        (pkg / "bad.py").write_text("from hdnd_model.render import _labels\n")
        (pkg / "root.py").write_text("import hdnd_model._version\n")
        assert [
            "hdnd_model/ingest/bad.py:1 imports hdnd_model.render._labels",
            "hdnd_model/ingest/root.py:1 imports hdnd_model._version",
        ] == crossings(tmp_path)
