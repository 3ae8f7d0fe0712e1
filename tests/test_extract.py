"""extract: numeric claims in a draft's prose, tables rebuilt from the text, --check, --plan."""

import json

import pytest
import yaml

from claims_fixture import scores
from conftest import invoke, write
from shanhai_check.drafts.check import read_and_analyse

SEEDS = "../shared/seeds"

# A small draft: a headline, a flattened table one cell per line, and a unit's share in prose.
DRAFT = """\
2021年度示例市山海协作工作要点
一、主要目标
全年落实援建资金500万元,组织对接活动不少于3次,推动1~2个项目落地。
二、工作要点
1.落实援建资金。市本级落实援建资金100万元。【牵头单位:市支援合作局;配合单位:甲区、乙区】
附件1
单 位
援建资金
(万元)
甲区
200
乙区
200
合  计
400
"""


@pytest.mark.seeds
def test_recall_and_precision_on_the_seed_fixture(capsys):
    """The hand-made fixture (tests/data/extract/) lists every numeric claim of each seed."""
    results = scores()
    assert len(results) == 5
    expected = sum(s.expected for s in results)
    matched = sum(s.matched for s in results)
    found = sum(s.found for s in results)
    with capsys.disabled():
        print(
            f"\nextract on the seeds: recall {matched / expected:.3f}, "
            f"precision {matched / found:.3f} ({matched} of {expected}, {found} found)"
        )
    assert matched / expected >= 0.9 and matched / found >= 0.9
    for score in results:  # no seed may be carried by the others
        assert score.recall >= 0.9 and score.precision >= 0.9, (score.source, score.missed, score.extra)
    assert sum(s.comparator_agrees for s in results) / matched >= 0.9


def _draft(tmp_path, text=DRAFT, name="draft.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_claims_listed_with_place_comparator_and_metric(tmp_path):
    result = invoke("extract", "--format", "json", _draft(tmp_path))
    assert result.exit_code == 0
    claims = json.loads(result.output)["files"][0]["claims"]
    assert [(c["line"], c["figure"], c["comparator"], c["metric"]) for c in claims] == [
        (3, "500万元", "eq", "援建资金"),
        (3, "不少于3次", "ge", "对接活动"),
        (3, "1~2个", "range", "项目落地"),
        (5, "100万元", "eq", "援建资金"),
    ]
    assert claims[2]["value"] == "1" and claims[2]["upper"] == "2"


def test_table_cells_are_not_claims(tmp_path):
    table = json.loads(invoke("extract", "--format", "json", _draft(tmp_path)).output)["files"][0]["tables"][0]
    assert table == {
        "title": "附件1",
        "line": 6,
        "columns": ["援建资金(万元)"],
        "rows": {"甲区": ["200"], "乙区": ["200"]},
        "total": ["400"],
    }


def test_a_total_explained_only_by_a_unit_the_table_lacks_is_a_warning_naming_the_row(tmp_path):
    """As SH201 says of plans (issue 14): the sum reconciles, but the table has no row for the unit."""
    path = _draft(tmp_path)
    result = invoke("check", "--format", "json", path)
    report = json.loads(result.output)
    assert [v for v in report["verified"] if v["code"] == "SH211"] == []
    (found,) = [f for f in report["findings"] if f["code"] == "SH211"]
    assert (found["severity"], found["line"], [r["line"] for r in found["related"]]) == ("warning", 3, [15, 5])
    assert found["message"] == (
        "'全年落实援建资金500万元' = 400万元 (附件1 援建资金 合计) + 100万元 (第 5 行 '市本级落实援建资金100万元'): "
        "附件1 缺市本级一行"
    )
    assert result.exit_code == 0


def test_a_unit_the_table_has_a_row_for_explains_no_gap(tmp_path):
    path = _draft(tmp_path, DRAFT.replace("市本级落实援建资金100万元", "甲区落实援建资金100万元"))
    findings = json.loads(invoke("check", "--format", "json", path).output)["findings"]
    assert [(f["code"], f["severity"], f["line"]) for f in findings if f["code"] == "SH211"] == [("SH211", "error", 3)]


def test_a_gap_the_whole_restates_is_no_explanation(tmp_path):
    path = _draft(tmp_path, DRAFT.replace("市本级落实援建资金100万元", "全年另落实援建资金100万元"))
    findings = json.loads(invoke("extract", "--check", "--format", "json", path).output)["files"][0]["findings"]
    # 100万元 said of the whole explains nothing: both whole figures are compared with the table
    assert [(f["code"], f["severity"], f["line"]) for f in findings if f["code"] == "SH211"] == [
        ("SH211", "error", 3),
        ("SH211", "error", 5),
    ]


def test_check_unexplained_gap_is_an_error(tmp_path):
    path = _draft(tmp_path, DRAFT.replace("市本级落实援建资金100万元", "市本级另有安排"))
    result = invoke("extract", "--check", path)
    assert result.exit_code == 1
    assert f"{path}" in result.output and "SH211" in result.output and "500万元' ≠ 400万元" in result.output


def test_check_on_the_seed_adds_2757_up_from_1985_and_772(tmp_path):
    result = invoke("check", "--format", "json", "--select", "SH211", f"{SEEDS}/000_c29847e117ae2a05.txt")
    report = json.loads(result.output)
    agrees = sorted(
        (v["line"], v["column"], [r["line"] for r in v["related"]]) for v in report["verified"] if v["code"] == "SH211"
    )
    # 650万元 and 18.3亿元 (twice) equal 附件1's totals
    assert agrees == [(37, 85, [283]), (37, 105, [279]), (43, 191, [279])]
    # 2757 = 1985 (附件1) + 772 (市本级, line 67): a warning, as the YAML path's SH201, since 附件1 has no 市本级 row
    (found,) = report["findings"]
    assert (
        found["code"],
        found["severity"],
        found["line"],
        found["column"],
        [r["line"] for r in found["related"]],
    ) == ("SH211", "warning", 37, 72, [281, 67])
    assert found["message"].endswith(
        "+ 772万元 (第 67 行 '今年宁波市市本级落实援建资金772万元'): "
        "附件1 2020年度宁波市山海协作工作定量任务分解表 缺宁波市市本级一行"
    )


def test_gb18030_and_traditional_characters(tmp_path):
    text = DRAFT.replace("落实援建资金500万元", "落實援建資金500萬元")
    result = invoke("extract", "--format", "json", _draft(tmp_path, text, encoding="gb18030"))
    claims = json.loads(result.output)["files"][0]["claims"]
    assert (claims[0]["figure"], claims[0]["metric"]) == ("500万元", "援建资金")


def test_full_width_digits_keep_their_columns(tmp_path):
    result = invoke("extract", "--format", "json", _draft(tmp_path, "落实援建资金５００万元,约占６５％。\n"))
    claims = json.loads(result.output)["files"][0]["claims"]
    assert [(c["column"], c["value"], c["unit"], c["comparator"]) for c in claims] == [
        (7, "500", "万元", "eq"),
        (15, "65", "%", "about"),
    ]


def test_word_document(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("全年落实援建资金500万元。")
    table = document.add_table(rows=4, cols=2)
    for row, cells in zip(table.rows, [("单位", "援建资金(万元)"), ("甲区", "300"), ("乙区", "200"), ("合计", "500")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "draft.docx"
    document.save(path)
    result = invoke("extract", "--check", "--format", "json", str(path))
    report = json.loads(result.output)["files"][0]
    assert report["tables"][0]["total"] == ["500"] and report["findings"] == []
    assert result.exit_code == 0


def test_unreadable_draft_is_one_line_and_exit_2_others_still_listed(tmp_path):
    good = _draft(tmp_path)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    result = invoke("extract", str(bad), good)
    assert result.exit_code == 2
    assert f"{bad}:1" in result.stderr and "Traceback" not in result.output
    assert "500万元" in result.stdout


def test_plan_skeleton_loads_and_is_never_overwritten_without_force(tmp_path):
    out = tmp_path / "plan.yaml"
    assert invoke("extract", _draft(tmp_path), "--plan", str(out)).exit_code == 0
    plan = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert plan["goals"][0] == {
        "metric": "援建资金",
        "value": "500万元",
        "quote": "全年落实援建资金500万元",
        "section": "第3行",
    }
    assert plan["tables"][0]["rows"] == {"甲区": ["200"], "乙区": ["200"]} and plan["tables"][0]["total"] == ["400"]
    assert plan["task_lists"][0]["items"][0]["parts"][0]["units"] == {
        "牵头": ["市支援合作局"],
        "配合": ["甲区", "乙区"],
    }
    checked = invoke("check", str(out), "--root", str(tmp_path))
    assert checked.exit_code in (0, 1) and "SH0" not in checked.output  # loads: no input error
    before = out.read_bytes()
    again = invoke("extract", _draft(tmp_path), "--plan", str(out))
    assert again.exit_code == 2 and out.read_bytes() == before
    assert invoke("extract", _draft(tmp_path), "--plan", str(out), "--force").exit_code == 0


@pytest.mark.parametrize("separator", ["\f", "\u2028", "\x85", "\x0b", "\x1c", "\u2029"])
def test_line_numbers_count_only_the_breaks_an_editor_counts(tmp_path, separator):
    """Issue 19, item 15: a form feed (text from PDF), U+2028 or NEL inside a line is no line
    break: the figure on the third line is reported on line 3."""
    path = tmp_path / "draft.txt"
    path.write_bytes(f"第一行{separator}仍是第一行\r\n第二行\r第三行落实资金100万元。\n".encode("utf-8"))
    text = read_and_analyse(str(path))
    assert len(text.draft.lines) == 3
    assert [(c.line, c.figure.text) for c in text.claims] == [(3, "100万元")]


def test_extract_check_runs_through_the_engine_as_check_does(tmp_path):
    """Issue 15 item 6 / issue 17: drafts compared with each other, and the configuration's selection."""
    a = write(tmp_path, "a.txt", "2021年度甲市山海协作工作要点\n全年落实援建资金2757万元。\n")
    b = write(tmp_path, "b.txt", "2021年度甲市山海协作工作总结\n\n全年落实援建资金2600万元。\n")
    checked = invoke("check", "--format", "json", str(a), str(b))
    extracted = invoke("extract", "--check", "--format", "json", str(a), str(b))
    found = [(f["code"], f["line"]) for f in json.loads(checked.stdout)["findings"]]
    listed = [(f["code"], f["line"]) for file in json.loads(extracted.stdout)["files"] for f in file["findings"]]
    assert found == listed == [("SH811", 3)]
    write(tmp_path, "pyproject.toml", "[tool.shanhai_check]\nignore = [\"SH811\"]\n")
    extracted = invoke("extract", "--check", "--format", "json", str(a), str(b))
    assert [f for file in json.loads(extracted.stdout)["files"] for f in file["findings"]] == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("累计投入资金四点四七亿元,其中无偿援助资金一点六七亿元。", ["4.47亿元", "1.67亿元"]),
        ("投入资金四点零五亿元,其中一点〇一亿元。", ["4.05亿元", "1.01亿元"]),
        ("上午九点三十分开会,十点半结束,投入资金三点五万元。", ["3.5万元"]),  # clock times are no figures
    ],
)
def test_chinese_decimals_are_read_as_decimals(tmp_path, text, figures):
    draft = write(tmp_path, "d.txt", text + "\n")
    claims = json.loads(invoke("extract", "--format", "json", str(draft)).stdout)["files"][0]["claims"]
    assert [c["value"] + c["unit"] for c in claims] == figures
