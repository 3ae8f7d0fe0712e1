"""One precision policy (issue 19, item 8): every accepted figure, and every sum of them, exact.

Python's default Decimal context keeps 28 significant digits; figures of up to 40 are accepted
(quantity.MAX_DIGITS), so sums were rounded and a wrong table printed 一致.
"""

from __future__ import annotations

import pytest

from conftest import invoke
from shanhai_check.quantity import MAX_DIGITS

TABLE = """\
document: {{title: 示例}}
metrics:
  m: {{unit: 元}}
tables:
  - id: 附件1
    columns: [m]
    rows:
      甲区: ['{a}']
      乙区: ['{b}']
    total: ['{total}']
"""


def _codes(check_text, a, b, total):
    (file,) = check_text(TABLE.format(a=a, b=b, total=total)).files
    assert not file.errors, file.errors
    return [f.code for f in file.findings], [v.code for v in file.verified]


@pytest.mark.parametrize("digits", [29, 35, MAX_DIGITS])
def test_rows_that_exceed_the_total_by_two_are_found_at_every_accepted_length(check_text, digits):
    a = "1" + "0" * (digits - 1)
    assert _codes(check_text, a, "2", a) == (["SH101"], [])


def test_a_correct_table_of_forty_digit_figures_agrees(check_text):
    a = "1234567890" * 4  # 40 significant digits
    total = str(int(a) + 1)
    assert _codes(check_text, a, "1", total) == ([], ["SH101"])
    assert _codes(
        check_text,
        "12345678901234567890.1234567890123456789",
        "0.0000000000000000001",
        "12345678901234567890.123456789012345679",
    ) == ([], ["SH101"])


def test_allocate_a_forty_digit_total_writes_figures_that_add_up_and_load(tmp_path):
    total = "9" * MAX_DIGITS
    result = invoke("allocate", "--total", f"{total}元", "--weight", "甲区=1", "--weight", "乙区=1")
    assert result.exit_code == 0, result.stderr
    assert f"total: [{total}]" in result.stdout and "e+" not in result.stdout.lower()
    rows = [
        line.split("[")[1].split("]")[0]
        for line in result.stdout.splitlines()
        if line.strip().startswith(("甲区", "乙区"))
    ]
    assert sum(int(r) for r in rows) == int(total)
