"""Bad input: one clear error with file and line, exit 2, never a traceback."""

import os

import pytest

from conftest import invoke

from shanhai_check.engine import run

GOOD = """\
document: {title: 好计划}
metrics:
  援建资金: {unit: 万元}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [110]
    total: [110]
"""

CASES = [
    # (name, text, code, line, words in the message)
    ("syntax", "document: {title: x\nmetrics: [", "SH001", 2, "YAML 语法错误"),
    ("tab", "document:\n\ttitle: x\n", "SH001", 2, "YAML 语法错误"),
    ("unclosed quote", 'document: {title: "x}\n', "SH001", 2, "始于第 1 行"),
    ("unknown key", "document: {title: x}\ngaols: []\n", "SH002", 2, "是否应为 'goals'"),
    ("unknown nested key", "document: {title: x, tilte: y}\n", "SH002", 1, "是否应为 'title'"),
    ("wrong type", "document: {title: x}\ngoals: {metric: a}\n", "SH002", 2, "应为列表"),
    ("missing field", "document: {title: x}\nmetrics:\n  a: {name: b}\n", "SH002", 3, "缺少必填的键 'unit'"),
    ("missing document", "metrics: {}\n", "SH002", 1, "document"),
    ("empty file", "", "SH002", 1, "文件为空"),
    (
        "duplicate row",
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ntables:\n  - id: t\n    columns: [a]\n    rows:\n"
        "      甲区: [1]\n      甲区: [2]\n",
        "SH003",
        9,
        "重复的键 '甲区' (第 8 行已有)",
    ),
    ("unsafe tag", "document: !!python/object:os.system {title: x}\n", "SH001", 1, "不允许的 YAML 标签"),
    (
        "bad figure",
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ngoals:\n  - {metric: a, value: 很多}\n",
        "SH004",
        5,
        "无法识别的数值",
    ),
    (
        "unit mismatch",
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ngoals:\n  - {metric: a, value: 5人次}\n",
        "SH004",
        5,
        "不可换算",
    ),
    (
        "nan",
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ngoals:\n  - {metric: a, value: .nan}\n",
        "SH004",
        5,
        "NaN",
    ),
    (
        "unknown metric",
        "document: {title: x}\nmetrics:\n  援建资金: {unit: 万元}\ngoals:\n  - {metric: 援建资, value: 1}\n",
        "SH005",
        5,
        "是否应为 '援建资金'",
    ),
    (
        "short row",
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\n  b: {unit: 万元}\ntables:\n  - id: t\n"
        "    columns: [a, b]\n    rows:\n      甲区: [1]\n",
        "SH005",
        9,
        "一行有 1 个值,表有 2 列",
    ),
    ("bad date", "document: {title: x, date: 2020年4月}\n", "SH002", 1, "YYYY-MM-DD"),
    ("merge key", "base: &b {title: x}\ndocument:\n  <<: *b\n", "SH001", 3, "合并键"),
    (
        "alias bomb",
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
        "SH001",
        None,
        "节点过多",
    ),
    ("deep nesting", "document: " + "[" * 200 + "]" * 200 + "\n", "SH001", 1, "嵌套过深"),
]


@pytest.mark.parametrize("name, text, code, line, words", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_clear_error_and_others_still_checked(tmp_path, name, text, code, line, words):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    result = run([str(bad), str(good)], root=str(tmp_path))
    assert result.exit_code == 2
    errors = result.input_errors
    assert errors, "expected an input error"
    first = errors[0]
    assert first.code == code, str(first)
    assert first.location.path == str(bad)
    if line is not None:
        assert first.location.line == line, str(first)
    assert words in first.message, str(first)
    assert "\n" not in str(first)
    checked = [f for f in result.files if f.path == str(good)]
    assert checked and not checked[0].errors and checked[0].verified


def test_every_error_in_a_file_is_reported_at_once(check_text):
    result = check_text("document: {title: x}\ngaols: []\nmetricz: {}\n")
    assert [e.location.line for e in result.input_errors] == [2, 3]


def test_missing_file_and_gb18030_file(tmp_path):
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes(GOOD.encode("gb18030"))
    result = run([str(tmp_path / "nope.yaml"), str(gbk)], root=str(tmp_path))
    assert [e.code for e in result.input_errors] == ["SH006"]
    assert [f for f in result.files if f.path == str(gbk)][0].verified


def test_roster_outside_the_tree_is_refused_not_read(tmp_path):
    inside = tmp_path / "repo"
    inside.mkdir()
    (tmp_path / "secret.yaml").write_text("roster: {units: [甲区]}\n", encoding="utf-8")
    plan = inside / "plan.yaml"
    plan.write_text("document: {title: x}\nroster: ../secret.yaml\n", encoding="utf-8")
    result = run([str(plan)], root=str(inside))
    (error,) = result.input_errors
    assert error.code == "SH007" and error.location.line == 2


def test_shared_roster_file_is_used_and_checked(tmp_path):
    (tmp_path / "rosters").mkdir()
    (tmp_path / "rosters" / "r.yaml").write_text(
        "roster:\n  units:\n    - {name: 甲区, groups: [结对]}\n  groups:\n    - {name: 结对}\n", encoding="utf-8"
    )
    (tmp_path / "plan.yaml").write_text(
        "document: {title: x}\nroster: rosters/r.yaml\nmetrics:\n  a: {unit: 万元}\n"
        "rules:\n  - {group: 结对, metric: a, each: 50万元, count: 1}\n",
        encoding="utf-8",
    )
    result = run([str(tmp_path)], root=str(tmp_path))
    kinds = {os.path.basename(f.path): f.kind for f in result.files}
    assert kinds == {"plan.yaml": "plan", "r.yaml": "roster"}
    assert result.exit_code == 0
    assert any(v.code == "SH302" for f in result.files for v in f.verified)


def test_roster_with_undefined_group_is_an_input_error(check_text):
    result = check_text(
        "document: {title: x}\nroster:\n  units:\n    - {name: 甲区, groups: [结队]}\n  groups:\n    - {name: 结对}\n"
    )
    (error,) = result.input_errors
    assert error.code == "SH005" and error.location.line == 4 and "是否应为 '结对'" in error.message


# -- what a planner most likely typed ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, code, line, zh, en",
    [
        (
            "document:\n  title：示例\n  year: 2020\n",
            "SH001",
            3,
            "提示: 第 2 行用了全角冒号 '：': YAML 的键和值之间要用半角冒号加空格",
            "hint: line 2 has a full-width colon '：'",
        ),
        (
            "document：\n  title: 示例\n",
            "SH001",
            2,
            "提示: 第 1 行用了全角冒号 '：'",
            "hint: line 1 has a full-width colon",
        ),
        (
            "document: {title: 示例}\nmetrics:\n  援建资金: {unit：万元}\n",
            "SH002",
            3,
            "提示: 键中有全角冒号 '：'",
            "hint: the key holds a full-width colon '：'",
        ),
        (
            "document: {title: 示例}\ngoals:\n  - {metric: a, value: 1, quote: 落实资金1000万元,其中甲区500万元}\n",
            "SH002",
            3,
            "提示: 若这是 {…} 中某个值的后半: 值里的半角逗号 ',' 在 {…} 中分隔键值对",
            "an ASCII comma ',' there separates entries",
        ),
    ],
)
def test_full_width_colon_and_comma_in_a_flow_mapping_are_explained(tmp_path, text, code, line, zh, en):
    plan = tmp_path / "p.yaml"
    plan.write_text(text, encoding="utf-8")
    for lang, words in (("zh", zh), ("en", en)):
        result = invoke("check", "--lang", lang, "-q", str(plan))
        assert result.exit_code == 2
        (hit,) = [l for l in result.stdout.splitlines() if f"  {code}  " in l and words in l]
        assert hit.lstrip().startswith(f"{line}:")


def test_no_hint_where_nothing_suggests_one(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text("document: {title: [示例}\n", encoding="utf-8")
    assert "提示:" not in invoke("check", "-q", str(plan)).stdout
    plan.write_text("document: {title: 示例}\ngaols: []\n", encoding="utf-8")
    assert "提示:" not in invoke("check", "-q", str(plan)).stdout  # an ASCII key: a typo, not a cut value
