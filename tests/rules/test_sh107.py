"""SH107 table-without-total, and what a table's rows must be (issue 14, "rows are units")."""

from __future__ import annotations

TABLE = """\
document: {{title: 示例}}
roster:
  units: [甲区, 乙区]
metrics:
  援建资金: {{unit: 万元}}
goals:
  - {{metric: 援建资金, value: 331万元}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [110]
      {second}: [221]
{total}"""


def _file(check_text, second="乙区", total="    total: [331]\n"):
    (file,) = check_text(TABLE.format(second=second, total=total)).files
    return file


def test_pass_a_table_with_its_total_row(check_text):
    file = _file(check_text)
    assert [f.code for f in file.findings] == [] and not file.errors


def test_fail_a_table_without_a_total_row_is_a_note_and_its_sum_is_not_called_the_total(check_text):
    file = _file(check_text, total="")
    assert [(f.code, f.severity.value, f.location.line, f.location.column) for f in file.findings] == [
        ("SH107", "info", 9, 5)
    ]
    (agrees,) = [v for v in file.verified if v.code == "SH202"]
    assert (
        agrees.text() == "援建资金 目标 331万元 = 331万元 (附件1 各行之和,表中未写合计)"
        and "(附件1 合计)" not in agrees.text()
    )


def test_fail_a_row_the_roster_does_not_know_is_an_unknown_unit_with_the_nearest_names(check_text):
    file = _file(check_text, second="乙县")
    (found,) = [f for f in file.findings if f.code == "SH501"]
    assert (found.location.line, found.location.column) == (13, 11)  # the row's figures
    assert "乙县" in found.text() and "乙区" in found.text()


def test_fail_a_total_row_under_rows_is_an_input_error_that_says_where_it_goes(check_text):
    file = _file(check_text, second="合 计", total="")
    (error,) = file.errors
    assert (error.code, error.location.line, error.location.column) == ("SH002", 13, 7)
    assert "total:" in error.render("zh") and "total:" in error.render("en")
