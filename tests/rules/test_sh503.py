"""SH503 name-differs: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# 正文 第7项 names the unit at line 9, column 22; 附件2 第20项 (ref: 正文:7) at line 14, column 22.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 市委组织部, aliases: [市委组织部(市委人才办), 市委人才办]}}
task_lists:
  - id: 正文
    items:
      - item: 7
        units: {{配合: [市委组织部(市委人才办)]}}
  - id: 附件2
    items:
      - item: 20
        ref: 正文:7
        units: {{配合: [{name}]}}
"""


def _sh503(check_text, name):
    (file,) = check_text(PLAN.format(name=name)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH503"], file


@pytest.mark.parametrize("name", ["市委人才办", "市委组织部"])  # an alias, or the roster's own name
def test_fail_another_spelling_of_the_same_unit_is_a_warning_at_the_item_with_ref(check_text, name):
    (finding,), _ = _sh503(check_text, name)
    assert (finding.location.line, finding.location.column) == (14, 22)
    assert [(r.line, r.column) for r in finding.related] == [(9, 22)]
    assert finding.severity is Severity.WARNING
    assert finding.text() == (
        f"同一单位在 附件2 第20项 写作 '{name}',"
        "在同一任务的 正文 第7项 写作 '市委组织部(市委人才办)' (名册: 市委组织部)"
    )


def test_fail_the_english_message(check_text):
    (finding,), _ = _sh503(check_text, "市委人才办")
    assert finding.text("en") == (
        "one unit is written '市委人才办' in 附件2 item 20 and '市委组织部(市委人才办)' in the same task's 正文 item 7 "
        "(roster: 市委组织部)"
    )


def test_pass_the_same_spelling_in_both_lists(check_text):
    found, file = _sh503(check_text, "市委组织部(市委人才办)")
    assert found == [] and file.findings == []


def test_pass_a_spelling_the_roster_does_not_know_is_sh501s(check_text):
    found, file = _sh503(check_text, "市委组织部(市人才办)")
    assert found == []
    assert [(f.code, f.location.line, f.location.column) for f in file.findings] == [("SH501", 14, 22)]
