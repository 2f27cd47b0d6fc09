"""Sphinx configuration of the airflow-provider-paysecure docs (``make docs``).

Pages are Markdown (MyST). Code in the how-tos is pulled from ``example_dags/``
between ``[START name]`` / ``[END name]`` comment markers, and the API reference
is generated from the docstrings, so the docs cannot drift from code that runs.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Where links to repository files outside ``docs/`` point on the site.
REPO_BLOB_URL = "https://github.com/paysecure-airflow/airflow-provider-paysecure/blob/main/"
sys.path.insert(0, str(ROOT))
# Importing the package imports Airflow, which writes its config under AIRFLOW_HOME.
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="paysecure-docs-airflow-home-"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")

from airflow_provider_paysecure import __version__  # noqa: E402

project = "airflow-provider-paysecure"
author = "airflow-provider-paysecure developers"
copyright = "airflow-provider-paysecure developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autoclass_content = "both"

html_theme = "furo"
html_title = f"PaySecure provider {release}"
html_static_path: list[str] = []


_OUTSIDE_DOCS_LINK = re.compile(r"\]\(\.\./(?!\.\.)([^)\s]+)\)")


def _link_repo_files(app: Any, docname: str, source: list[str]) -> None:
    """Point Markdown links to repository files outside ``docs/`` (``](../x)``) at GitHub.

    Such links work when the page is read on GitHub; on the site the file is not a
    page, so it is linked on GitHub instead.
    """
    source[0] = _OUTSIDE_DOCS_LINK.sub(lambda m: f"]({REPO_BLOB_URL}{m.group(1)})", source[0])


def setup(app: Any) -> None:
    """Register the link rewriting."""
    app.connect("source-read", _link_repo_files)
