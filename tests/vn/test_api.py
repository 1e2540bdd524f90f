"""Tests for the public surface of hdnd_model.vn."""

from __future__ import annotations

import ast
import inspect
import sys
from pathlib import Path

import hdnd_model.vn

PACKAGE = Path(hdnd_model.vn.__file__).parent


class TestPublicApi:
    def test_all_sorted(self) -> None:
        """__all__ is sorted."""
        assert sorted(hdnd_model.vn.__all__) == hdnd_model.vn.__all__

    def test_all_complete(self) -> None:
        """__all__ names exactly the public functions of the private modules."""
        public = {
            name
            for path in PACKAGE.glob("_*.py")
            if path.name != "__init__.py"
            for name in ast.literal_eval(
                next(
                    node.value
                    for node in ast.parse(path.read_text(encoding="utf-8")).body
                    if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
                )
            )
        }
        assert public == set(hdnd_model.vn.__all__)

    def test_all_documented(self) -> None:
        """Every public function has a docstring."""
        expected: list[str] = []
        assert expected == [
            name
            for name in hdnd_model.vn.__all__
            if not inspect.getdoc(getattr(hdnd_model.vn, name))
        ]

    def test_standard_library_only(self) -> None:
        """The package imports nothing outside the standard library and hdnd_model."""
        imported: set[str] = set()
        for path in PACKAGE.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module:
                    imported.add(node.module.split(".")[0])
        expected: set[str] = set()
        assert expected == imported - set(sys.stdlib_module_names) - {"hdnd_model"}
