"""Figures are exact unless the document declares them rounded (issue 14).

A plan's targets and allocations are set, not measured: 1.3亿元 is 1.3亿元. Only a document,
metric or table that says its figures are rounded (``rounded: true``; a draft that says
四舍五入) reads them as rounding intervals, and a check that then agrees only within the
rounding is a warning showing the exact difference, never 一致.
"""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

TABLE = """\
document: {{title: 示例{document}}}
metrics:
  到位资金: {{unit: 亿元{metric}}}
tables:
  - id: 附件1{table}
    columns: [到位资金]
    rows:
      甲区: [1.3]
      乙区: [{second}]
      丙区: [2]
    total: [{total}]
"""


def _outcomes(check_text, second="1.3", total="4.6", document="", metric="", table=""):
    """SH101 outcomes, with the 合计 line numbered as in TABLE without a declaration (11)."""
    text = TABLE.format(second=second, total=total, document=document, metric=metric, table=table)
    (file,) = check_text(text).files
    assert not file.errors, file.errors
    total_line = text.splitlines().index(f"    total: [{total}]") + 1
    found = [(f.code, f.severity, f.location.line - total_line + 11) for f in file.findings if f.code == "SH101"]
    agreed = [(v.code, v.location.line - total_line + 11) for v in file.verified if v.code == "SH101"]
    return found, agreed, file


def test_a_sum_that_is_exact_agrees(check_text):
    assert _outcomes(check_text)[:2] == ([], [("SH101", 11)])


@pytest.mark.parametrize("second", ["1.4", "1.2", "1.31", "1.35"])
def test_a_sum_off_by_less_than_the_last_digits_rounding_is_an_error(check_text, second):
    """1.3 + 1.4 + 2 = 4.7 ≠ 4.6: before issue 14 each decimal stood for ±0.05 and this agreed."""
    found, agreed, file = _outcomes(check_text, second=second)
    assert found == [("SH101", Severity.ERROR, 11)] and agreed == []
    assert "仅当" not in file.findings[0].text()


@pytest.mark.parametrize(
    "declared",
    [dict(document=", rounded: true"), dict(metric=", rounded: true"), dict(table="\n    rounded: true")],
    ids=["document", "metric", "table"],
)
def test_declared_rounding_reconciles_only_as_a_warning_that_shows_the_exact_gap(check_text, declared):
    found, agreed, file = _outcomes(check_text, second="1.35", **declared)  # 4.65 ≠ 4.6, within ±0.05 × 4
    assert found == [("SH101", Severity.WARNING, 11)] and agreed == []
    text = file.findings[0].text()
    assert "4.6亿元 ≠ 各行之和 4.65亿元" in text and "仅当各数按末位四舍五入时才可能相符" in text
    assert (
        file.findings[0]
        .text("en")
        .endswith("(holds only if the figures are rounded at their last digit, as the file declares them to be)")
    )


def test_declared_rounding_still_agrees_when_exact_and_errs_beyond_the_rounding(check_text):
    assert _outcomes(check_text, table="\n    rounded: true")[:2] == ([], [("SH101", 11)])
    found, agreed, _ = _outcomes(check_text, second="1.6", table="\n    rounded: true")  # 4.9: beyond ±0.2
    assert found == [("SH101", Severity.ERROR, 11)] and agreed == []


def test_the_shipped_plan_with_one_row_changed_is_an_error_at_that_row_and_the_total(tmp_path):
    """The issue's own example: 奉化区's 到位资金 1.3 → 1.4 makes the rows 18.4亿元."""
    from conftest import ROOT, invoke

    plans = tmp_path / "plans"
    plans.mkdir()
    text = (ROOT / "plans" / "2020-ningbo-shanhai.yaml").read_text(encoding="utf-8")
    changed = text.replace("      奉化区: [1.3, 110, 50, 500]", "      奉化区: [1.4, 110, 50, 500]")
    assert changed != text
    (plans / "plan.yaml").write_text(changed, encoding="utf-8")
    (plans / "rosters").mkdir()
    for roster in (ROOT / "plans" / "rosters").iterdir():
        (plans / "rosters" / roster.name).write_text(roster.read_text(encoding="utf-8"), encoding="utf-8")
    import json

    result = invoke("check", "--format", "json", "--root", str(tmp_path), str(plans / "plan.yaml"))
    report = json.loads(result.stdout)
    (sh101,) = [f for f in report["findings"] if f["code"] == "SH101"]
    assert (sh101["severity"], sh101["line"]) == ("error", 105)
    assert 94 in [r["line"] for r in sh101["related"]]
    assert "18.3亿元 ≠ 各行之和 18.4亿元" in sh101["message"]


def test_the_intervals_are_said_in_the_report_s_language(check_text):
    """Issue 17: the rounding note was Chinese inside English findings."""
    _, _, file = _outcomes(check_text, second="1.6", table="\n    rounded: true")
    (finding,) = [f for f in file.findings if f.code == "SH101"]
    assert (
        "(with rounding and comparators: [4.55, 4.65]亿元 and the sum of the parts [4.8, 5]亿元 do not meet)"
        in finding.text("en")
    )  # 2 is a point
    assert "按末位" not in finding.text("en") and "按末位舍入与比较词" in finding.text("zh")
