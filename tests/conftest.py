"""Shared helpers: write a plan to a temporary file and check it."""

import re
import textwrap
from pathlib import Path

import pytest

from shanhai_check.engine import run

ROOT = Path(__file__).resolve().parent.parent


def yaml_blocks(text: str) -> list[str]:
    """The ```yaml blocks of a docstring or Markdown page, dedented."""
    return [textwrap.dedent(b) for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.S)]


@pytest.fixture
def check_text(tmp_path):
    """Check YAML text as a plan file; returns the RunResult."""

    def _check(text: str, name: str = "plan.yaml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return run([str(path)], root=str(tmp_path))

    return _check
