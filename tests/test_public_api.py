"""The curated public API: complete, sorted, and the model free of I/O libraries."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import attrs

import hdnd_model as hm
import hdnd_model.model
import hdnd_model.vocab


class TestAll:
    def test_all_is_sorted(self) -> None:
        """__all__ is sorted, as ruff's RUF022 would have it."""
        assert sorted(hm.__all__) == hm.__all__
        assert sorted(hdnd_model.model.__all__) == hdnd_model.model.__all__

    def test_all_names_exist(self) -> None:
        """Every exported name resolves."""
        missing = [name for name in hm.__all__ if not hasattr(hm, name)]
        assert [] == missing

    def test_every_model_class_is_exported(self) -> None:
        """Every public model class is importable from the top level."""
        classes = [
            name
            for name in hdnd_model.model.__all__
            if inspect.isclass(getattr(hdnd_model.model, name))
        ]
        assert [] == [name for name in classes if name not in hm.__all__]

    def test_every_vocabulary_is_exported(self) -> None:
        """Every vocabulary is importable from the top level and from hdnd_model.vocab."""
        assert [] == [name for name in hdnd_model.vocab.__all__ if name not in hm.__all__]

    def test_contract_names(self) -> None:
        """The names DESIGN.md promises are there."""
        promised = [
            "AdministrativeUnit", "Council", "Term", "Organ", "Person", "Participant",
            "Attendance", "Session", "Meeting", "AgendaItem", "DocumentNumber", "DocumentRef",
            "Resolution", "VoteRule", "VoteTally", "Minutes", "HdndError", "InvalidModelError",
            "FormatError", "UnsupportedVersionError", "SchemaValidationError", "RenderError",
            "ImporterError",
        ]  # fmt: skip
        assert [] == [name for name in promised if name not in hm.__all__]

    def test_model_classes_are_frozen_kw_only(self) -> None:
        """Every model class is a frozen, keyword-only attrs class."""
        for name in hdnd_model.model.__all__:
            obj = getattr(hdnd_model.model, name)
            if inspect.isclass(obj) and attrs.has(obj):
                params = obj.__attrs_attrs__
                assert all(a.kw_only for a in params), name
                assert obj.__setattr__ is not object.__setattr__, name

    def test_error_tree(self) -> None:
        """The error tree is as DESIGN.md draws it."""
        assert issubclass(hm.InvalidModelError, hm.HdndError)
        assert issubclass(hm.InvalidModelError, ValueError)
        assert issubclass(hm.FormatError, ValueError)
        assert issubclass(hm.UnsupportedVersionError, hm.FormatError)
        assert issubclass(hm.SchemaValidationError, hm.FormatError)
        assert issubclass(hm.RenderError, hm.HdndError)
        assert issubclass(hm.ImporterError, hm.HdndError)

    def test_labels(self) -> None:
        """Enum members carry stable English values and Vietnamese labels."""
        assert "thematic" == hm.SessionKind.THEMATIC.value
        assert "chuyên đề" == hm.SessionKind.THEMATIC.label_vi
        assert "BB" == hm.DocumentKind.MINUTES.abbreviation


class TestLayering:
    def test_model_imports_no_io_libraries(self) -> None:
        """Importing the model loads no cattrs, lxml or docx."""
        code = (
            "import sys, hdnd_model.model, hdnd_model.vn;"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'cattrs', 'lxml', 'docx', 'orjson', 'hypothesis'});"
            "print(','.join(bad))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "" == result.stdout.strip()

    def test_model_sources_import_only_stdlib_and_attrs(self) -> None:
        """The model's modules import nothing but the standard library, attrs and the model."""
        allowed = set(sys.stdlib_module_names) | {"attrs", "hdnd_model"}
        roots: set[str] = set()
        for path in Path(hdnd_model.model.__file__).parent.glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    roots.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    roots.add(node.module.split(".")[0])
        assert set() == roots - allowed
