"""Shared helpers: write a plan to a temporary file and check it."""

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from shanhai_check.cli import cli
from shanhai_check.engine import run
from shanhai_check.rules.sh101_column_total import ColumnTotal

ROOT = Path(__file__).resolve().parent.parent

# The published seed texts sit beside the project's clone (../shared/seeds) in CI and in the
# project's own workspace, not in a user's clone. Tests that read them say so, by naming SEEDS
# or with @pytest.mark.seeds, and are skipped with one line of reason where the folder is absent.
SEEDS_FOLDER = ROOT.parent / "shared" / "seeds"
WITHOUT_SEEDS = (
    "needs the seed texts in ../shared/seeds beside the clone (CI has them; a clone of the project alone does not)"
)


def _reads_seeds(item) -> bool:
    function = getattr(item, "function", None)
    return item.get_closest_marker("seeds") is not None or (
        function is not None and "SEEDS" in function.__code__.co_names
    )


def pytest_collection_modifyitems(config, items):
    if SEEDS_FOLDER.is_dir():
        return
    for item in items:
        if _reads_seeds(item):
            item.add_marker(pytest.mark.skip(reason=WITHOUT_SEEDS))


@pytest.fixture(autouse=True)
def outside_github_actions(monkeypatch):
    """Every test runs as outside GitHub Actions (where `--format auto` is text), also when the
    suite itself runs in Actions; tests of `auto` set the variables they need."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


# Hypothesis: "ci" (the default) draws the same examples every run, so a failure in CI
# reproduces anywhere; HYPOTHESIS_PROFILE=fuzz hunts longer, with fresh examples each time.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("fuzz", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# One finding at each level, all from 乙区's blank 项目 cell or the 合计 row: SH105 (warning) at
# line 10, column 17 (the blank cell itself); SH101 (error) at line 11, column 13, related 9
# and 10 (援建资金 合计 is 10 short); SH103 (info) at line 11, column 18, related 10 (the 项目
# 合计 cannot be checked because of the blank).
ERROR_WARNING_INFO = """\
document: {title: 示例}
metrics:
  援建资金: {unit: 万元}
  项目: {unit: 个}
tables:
  - id: 附件1
    columns: [援建资金, 项目]
    rows:
      甲区: [110, 2]
      乙区: [221, —]
    total: [321, 2]
"""

# plans/2020-ningbo-shanhai.yaml checked on its own (its parent, 2020-zhejiang, is then loaded
# only for reference, and findings about it are not reported): eight warnings and one note
# (SH205, an info), exit status 0.
# These (code, line) pairs are the ones pinned, with their reasons, in test_seed_ningbo_2020.py.
NINGBO_2020 = "plans/2020-ningbo-shanhai.yaml"
NINGBO_2020_FINDINGS = [
    ("SH201", 61),
    ("SH205", 65),
    ("SH402", 154),
    ("SH502", 397),
    ("SH601", 410),
    ("SH501", 413),
    ("SH601", 434),
    ("SH602", 460),
    ("SH502", 477),
]
NINGBO_2020_NOTES = {"SH205"}  # the codes among them that are notes (info), not warnings

# Not a plan: SH002 at line 2, column 1.
UNUSABLE = "document: {title: x}\ngaols: []\n"


def invoke(*args, **kwargs):
    """Run the CLI in-process; ``result.stdout`` is the report, ``result.stderr`` the rest.
    Every JSON report ``check`` prints is validated against the report's published schema
    (``shanhai-check schema --report``), whatever the test goes on to assert."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)
    if args and args[0] == "check" and result.stdout.startswith("{"):
        document = json.loads(result.stdout)
        if "runs" not in document:  # not SARIF: the JSON report
            validate_report(document)
    return result


REPORTS_VALIDATED = []  # how many JSON reports the suite has validated (a test checks the hook is live)


def validate_report(document: dict) -> None:
    """Fail the test when *document* does not fit the JSON report's schema."""
    import jsonschema

    from shanhai_check.report.report_schema import REPORT_SCHEMA

    validator = jsonschema.Draft202012Validator(REPORT_SCHEMA)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors, errors
    REPORTS_VALIDATED.append(document.get("version"))


def script() -> str:
    """The installed console script (the one a user or pre-commit runs)."""
    found = shutil.which("shanhai-check") or os.path.join(os.path.dirname(sys.executable), "shanhai-check")
    assert os.path.exists(found), "the console script is not installed"
    return found


def write(folder: Path, name: str, text: str) -> Path:
    """Write *text* to folder/name (creating folders) and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def yaml_blocks(text: str) -> list[str]:
    """The ```yaml blocks of a docstring or Markdown page, dedented."""
    return [textwrap.dedent(b) for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.S)]


def rule_example(rule) -> tuple[str, str]:
    """(file name, text) of a rule's one example: a plan (```yaml), or a draft (```text)."""
    example, _, _ = rule.__doc__.partition("**Use instead.**")
    (found,) = re.findall(r"```(yaml|text)\n(.*?)```", example, flags=re.S)
    return ("plan.yaml" if found[0] == "yaml" else "draft.txt"), textwrap.dedent(found[1])


def rule_twin(rule) -> tuple[str, str]:
    """(file name, text) of a rule's example made right: the one block of its **Use instead.**
    section, of the same kind as the example."""
    _, _, instead = rule.__doc__.partition("**Use instead.**")
    (found,) = re.findall(r"```(yaml|text)\n(.*?)```", instead, flags=re.S)
    return ("plan.yaml" if found[0] == "yaml" else "draft.txt"), textwrap.dedent(found[1])


def split_files(text: str, name: str) -> dict[str, str]:
    """An example spanning several files marks each with a '# file: NAME' line."""
    parts = re.split(r"^# file: (\S+)\n", text, flags=re.M)
    if len(parts) == 1:
        return {name: text}
    return dict(zip(parts[1::2], parts[2::2]))


# SH101's own example (not its corrected twin), a 合计 that is 10 short: SH101 (error) at line 10, column 13, related
# lines 8 and 9; replacing 321 by 331 makes it clean.
BAD_SUM = rule_example(ColumnTotal)[1]


@pytest.fixture
def check_text(tmp_path):
    """Check YAML text as a plan file; returns the RunResult."""

    def _check(text: str, name: str = "plan.yaml", encoding: str = "utf-8"):
        files = split_files(textwrap.dedent(text), name)
        for file_name, content in files.items():
            (tmp_path / file_name).write_text(content, encoding=encoding)
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


def imported_by(args: list[str], modules) -> list[str]:
    """Which of *modules* a fresh interpreter has imported after running the CLI with *args*
    (in the project root): how tests check that a command stays light, without timing it."""
    code = (
        "import sys; from shanhai_check.cli import cli\n"
        f"try:\n    cli.main({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {tuple(modules)!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    return ast.literal_eval(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else [done.stderr]
