"""SH206 figure-differs-from-quote: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

PLAN = """\
document: {{title: 示例}}
metrics:
  到位资金: {{unit: 亿元}}
  洽谈会: {{unit: 次}}
goals:
  - {{metric: 到位资金, value: {value}, quote: {quote}}}
task_lists:
  - id: 正文
    items:
      - item: 1
        text: "{text}"
        targets:
          - {{metric: 洽谈会, value: {target}}}
"""


def _sh206(check_text, value="18.3亿元", quote="实现到位资金18.3亿元", text="开展13次以上洽谈会。", target="13次以上"):
    (file,) = check_text(PLAN.format(value=value, quote=quote, text=text, target=target)).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related])
        for f in file.findings
        if f.code == "SH206"
    ]
    agreed = [(v.location.line, v.location.column) for v in file.verified if v.code == "SH206"]
    return found, agreed, file


@pytest.mark.parametrize("value", ["18.3亿元", "183000万元", "18.30亿元", "1830000000元"])
def test_pass_the_same_figure_in_any_unit_that_converts(check_text, value):
    assert _sh206(check_text, value=value)[:2] == ([], [(6, 27), (13, 34)])


def test_fail_the_goal_differs_from_its_quote_at_the_value_with_the_quote_related(check_text):
    found, _, file = _sh206(check_text, value="18.5亿元")
    assert found == [(6, 27, [(6, 42)])]
    (finding,) = [f for f in file.findings if f.code == "SH206"]
    assert finding.severity is Severity.WARNING
    assert finding.text() == "到位资金 目标 写作 18.5亿元,所引原文却是 18.3亿元: '实现到位资金18.3亿元'"


def test_fail_the_quote_alone_changed(check_text):
    assert _sh206(check_text, quote="实现到位资金18.4亿元")[0] == [(6, 27, [(6, 42)])]


def test_fail_a_task_target_against_the_task_text(check_text):
    assert _sh206(check_text, text="开展16次以上洽谈会。")[0] == [(13, 34, [(11, 15)])]


def test_pass_words_without_a_figure_in_a_convertible_unit_are_not_compared(check_text):
    assert _sh206(check_text, quote="实现到位资金", text="开展洽谈会13场。")[:2] == ([], [])
