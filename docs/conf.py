"""Sphinx configuration: MyST Markdown pages, the furo theme, the API reference from docstrings.

Build with warnings as errors, as CI does::

    sphinx-build -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import hdnd_model

project = "hdnd-model"
author = "The hdnd-model developers"
copyright = "the hdnd-model developers"  # noqa: A001  (the name Sphinx reads)
release = hdnd_model.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "build.sh", "Thumbs.db", ".DS_Store"]
language = "en"

# MyST: header anchors so that links such as formats/index.md#streams resolve.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# API reference: Google-style docstrings; attributes as fields of their class, so that the
# Attributes sections of attrs classes do not describe each field a second time.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_attr_annotations = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_preserve_defaults = True

html_theme = "furo"
html_title = f"hdnd-model {release}"
html_static_path = ["_static"]
html_show_sourcelink = False
