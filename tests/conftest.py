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


def split_files(text: str, name: str) -> dict[str, str]:
    """An example spanning several files marks each with a '# file: NAME' line."""
    parts = re.split(r"^# file: (\S+)\n", text, flags=re.M)
    if len(parts) == 1:
        return {name: text}
    return dict(zip(parts[1::2], parts[2::2]))


@pytest.fixture
def check_text(tmp_path):
    """Check YAML text as a plan file; returns the RunResult."""

    def _check(text: str, name: str = "plan.yaml"):
        files = split_files(textwrap.dedent(text), name)
        for file_name, content in files.items():
            (tmp_path / file_name).write_text(content, encoding="utf-8")
        return run([str(tmp_path / n) for n in files], root=str(tmp_path))

    return _check


def findings_in(folder: str, plan: str, levels=("error", "warning", "info")) -> list[tuple[str, int]]:
    """(code, line) of every finding reported in *plan* when *folder* is checked as one
    repository (so cross-plan rules run too), sorted. Paths are relative to the project root."""
    result = run([str(ROOT / folder)], root=str(ROOT))
    files = [f for f in result.files if f.path.endswith(plan)]
    assert files, f"{plan} was not checked"
    assert not files[0].errors, [str(e) for e in files[0].errors]
    return sorted((f.code, f.location.line) for f in files[0].findings if f.severity.value in levels)
