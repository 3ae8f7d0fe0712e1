"""scripts/new_rule.py: the scaffold writes a rule the registry finds, in code order, and
refuses a code or name already taken."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import new_rule  # noqa: E402 - scripts/ is not a package


def _checkout(tmp_path):
    shutil.copytree(ROOT / "shanhai_check", tmp_path / "shanhai_check", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _codes(root) -> list[str]:
    script = "from shanhai_check.rules import ALL_RULES; print(' '.join(r.code + ':' + r.reads for r in ALL_RULES))"
    shown = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    return shown.stdout.split()


def test_a_new_rule_is_written_registered_in_order_and_imports(tmp_path, capsys):
    root = _checkout(tmp_path)
    assert new_rule.main(["SH108", "row-out-of-order", "--reads", "draft", "--root", str(root)]) == 0
    written = capsys.readouterr().out.split()
    assert written == [
        "shanhai_check/rules/sh108_row_out_of_order.py",
        "tests/rules/test_sh108.py",
        "shanhai_check/messages/rules.py",
        "shanhai_check/rules/__init__.py",
    ]
    codes = _codes(root)
    assert "SH108:draft" in codes and codes == sorted(codes)
    assert codes.index("SH108:draft") == codes.index("SH107:plan") + 1
    assert "class RowOutOfOrder(Message)" in (root / "shanhai_check/messages/rules.py").read_text(encoding="utf-8")
    assert "**Use instead.**" in (root / "shanhai_check/rules/sh108_row_out_of_order.py").read_text(encoding="utf-8")


def test_a_code_or_name_already_taken_is_refused(tmp_path, capsys):
    root = _checkout(tmp_path)
    assert new_rule.main(["SH101", "another-total", "--root", str(root)]) == 2
    assert new_rule.main(["SH199", "column-total", "--root", str(root)]) == 2
    assert "taken by sh101_column_total.py" in capsys.readouterr().err
    assert not list((root / "shanhai_check/rules").glob("sh199_*.py"))
