"""The README is also the package's PyPI page: its links must be absolute and its code valid."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
TEXT = README.read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", TEXT, flags=re.DOTALL)


def test_links_and_images_are_absolute() -> None:
    """PyPI renders the README without the repository around it: relative paths break there."""
    targets = re.findall(r"\]\(([^)\s]+)\)", TEXT) + re.findall(r'(?:src|href)="([^"]+)"', TEXT)
    relative = [t for t in targets if not t.startswith(("https://", "http://", "#", "mailto:"))]
    assert targets and relative == []


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_examples_compile_without_warnings(block: str) -> None:
    """An invalid escape such as ``"\\/Date"`` is a SyntaxWarning on Python 3.12+ (an error later)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(block, str(README), "exec")


def test_sandbox_connection_line_is_the_one_the_cli_prints() -> None:
    assert '\nexport AIRFLOW_CONN_PAYSECURE_DEFAULT=\'{"conn_type": "paysecure"' in TEXT
