"""SH131 draft-share: percentages against the figures printed around them."""

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from shanhai_check.engine import run

SEEDS = "../shared/seeds"
METRICS = ["帮扶资金", "援建资金", "援疆资金", "到位资金", "销售额"]


def _outcomes(tmp_path, text):
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    (file,) = run([str(draft)]).files
    found = [(f.location.line, f.location.column, f.text()) for f in file.findings if f.code == "SH131"]
    agreed = [(v.location.line, v.location.column, v.text()) for v in file.verified if v.code == "SH131"]
    return found, agreed


def _paragraph(metric, total, part, percent):
    return f"全年安排{metric}{total}万元,其中产业项目{part}万元,占{metric}总额的{percent}%。\n"


@st.composite
def shares(draw):
    total = draw(st.integers(10, 100_000))
    part = draw(st.integers(1, total - 1))
    digits = draw(st.sampled_from([0, 1, 2]))
    percent = (Decimal(part) * 100 / total).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return draw(st.sampled_from(METRICS)), total, part, percent, digits


@given(shares())
def test_a_share_printed_as_computed_agrees(tmp_path_factory, share):
    metric, total, part, percent, _ = share
    found, agreed = _outcomes(tmp_path_factory.mktemp("s"), _paragraph(metric, total, part, percent))
    assert found == []
    assert [(line, text.split(": ")[-1]) for line, _, text in agreed][0][1].startswith(f"{part}万元 / {total}万元 = ")


@given(shares(), st.sampled_from([-1, 1]))
def test_a_changed_share_is_flagged_at_the_percentage(tmp_path_factory, share, sign):
    metric, total, part, percent, digits = share
    step = Decimal(1).scaleb(-digits)
    changed = percent + sign * 2 * step if percent - 2 * step >= 0 else percent + 2 * step
    text = _paragraph(metric, total, part, changed)
    found, agreed = _outcomes(tmp_path_factory.mktemp("s"), text)
    assert agreed == []
    assert [(line, column) for line, column, _ in found] == [(1, text.index(f"的{changed}%") + 2)]
    assert f"{part}万元 / {total}万元 = " in found[0][2]


def test_the_base_named_in_the_sentence_is_found_in_another_paragraph():
    (file,) = run([f"{SEEDS}/extra/06-zhejiang-yuanjiang-2017-186xiang.txt"]).files
    agreed = [(v.location.line, tuple(r.line for r in v.related), v.text()) for v in file.verified if v.code == "SH131"]
    # 8.2% of 援疆资金总额: 1.29 / 16.7 = 7.72% does not give it, 1.29 / 15.7 (实际安排) does
    assert agreed == [(20, (20, 14), "'约占今年援疆资金总额的8.2%': 1.29亿元 / 15.7亿元 = 8.22%")]
    assert [f for f in file.findings if f.code == "SH131"] == []


def test_a_percentage_with_no_figures_to_divide_says_nothing(tmp_path):
    text = "引进项目不少于40个,其中八大产业项目数和到位资金占65%。完成40%的工程量。\n"
    assert _outcomes(tmp_path, text) == ([], [])


def test_growth_is_the_change_between_two_figures(tmp_path):
    text = (
        "去年销售额100万元,今年达到120万元,同比增长20%。\n去年销售额100万元,今年达到120万元,同比增长25%。\n"
        "销售农产品4.3亿元,较上年3.8亿元增长13.2%。\n"
    )
    found, agreed = _outcomes(tmp_path, text)
    assert [(line, text.split(": ")[-1]) for line, _, text in agreed] == [
        (1, "(120万元 − 100万元) / 100万元 = 20%"),
        (3, "(4.3亿元 − 3.8亿元) / 3.8亿元 = 13.16%"),
    ]
    assert [line for line, _, _ in found] == [2]


def test_a_change_with_no_figure_called_last_years_says_nothing(tmp_path):
    # 2.1 and 1.1 are parts of 3.2, not last year's value
    assert _outcomes(tmp_path, "全年到位帮扶资金3.2亿元,同比增长12.5%,其中财政资金2.1亿元,社会资金1.1亿元。\n") == (
        [],
        [],
    )


def test_about_widens_the_printed_digits(tmp_path):
    # 100 / 530 = 18.87%: "19%" holds by rounding (and "18%" would by truncation); "约17%" only
    # because 约 widens it; "17%" does not
    found, agreed = _outcomes(
        tmp_path,
        "安排资金530万元,其中100万元,占资金总额的19%。\n安排资金530万元,其中100万元,约占资金总额的17%。\n安排资金530万元,其中100万元,占资金总额的17%。\n",
    )
    assert [line for line, _, _ in agreed] == [1, 2]
    assert [line for line, _, _ in found] == [3]
