"""Numerals (issue 19, item 14): every way a plan or a draft writes a number is read right or
refused, never read as something else. Chinese numerals are checked against an independent
reader, cn2an (a test dependency only)."""

from __future__ import annotations

import json

import cn2an
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import invoke
from shanhai_check.drafts.figures import figures_in
from shanhai_check.quantity import QuantityError, cn_integer, parse_quantity

READ = {
    "二〇二〇": 2020,
    "二零二三": 2023,
    "九九": 99,
    "一二三": 123,
    "十四": 14,
    "一十四": 14,
    "两": 2,
    "零": 0,
    "一百零五": 105,
    "一千零五十": 1050,
    "两万五千": 25000,
    "一亿二千万": 120_000_000,
    "一万零五百": 10500,
    "二十万零五": 200_005,
    "一百五": 150,
    "三千五": 3500,
    "一万五": 15000,
    "一万亿": 10**12,
}
REFUSED = [
    "十十",
    "百千",
    "千百",
    "九九十",
    "两两",
    "一千五十",
    "一百零五十",
    "五百二万九",
    "一千零",
    "二十零五",
    "四十两",
    "六亿〇零",
]


@pytest.mark.parametrize("text, value", READ.items())
def test_numerals_are_read(text, value):
    assert cn_integer(text) == value


@pytest.mark.parametrize("text", REFUSED)
def test_numerals_that_mean_nothing_are_refused(text):
    with pytest.raises(QuantityError):
        cn_integer(text)


@pytest.mark.parametrize("text", ["1 2", "1 2万元", "10²", "①", "⑴个", "5½", "１２ ３"])
def test_digits_apart_or_in_odd_forms_are_refused(text):
    """'1 2' was 12, 10² was 102, ① was 1: NFKC made them digits. Full-width digits stay fine."""
    with pytest.raises(QuantityError):
        parse_quantity(text)
    assert parse_quantity("１２万元").value == 12


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("两万五千元", 25000, "元"),
        ("一亿二千万元", 120_000_000, "元"),
        ("五千万元", 5000, "万元"),
        ("二〇二三年", 2023, "年"),
    ],
)
def test_figures_with_chinese_numerals(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit.text) == (value, unit)


# -- against cn2an ------------------------------------------------------------------------------
@given(st.integers(0, 10**16 - 1))
def test_every_integer_as_cn2an_writes_it(number):
    assert cn_integer(cn2an.an2cn(str(number))) == number


@given(st.integers(1, 10**12))
def test_liang_before_a_unit(number):
    """两 for 二 before 百, 千, 万, 亿 (两千, 两万), as people write it."""
    written = cn2an.an2cn(str(number))
    liang = "".join(
        "两"
        if c == "二" and written[i + 1 : i + 2] in ("百", "千", "万", "亿") and (i == 0 or written[i - 1] not in "十")
        else c
        for i, c in enumerate(written)
    )
    assert cn_integer(liang) == number == cn2an.cn2an(liang, "normal")


@given(st.text(alphabet="0123456789", min_size=2, max_size=8))
def test_digit_by_digit(digits):
    """二〇二〇: a year or a code, written one digit at a time."""
    written = "".join("〇一二三四五六七八九"[int(d)] for d in digits)
    assert cn_integer(written) == int(digits) == cn2an.cn2an(written, "normal")


@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿", min_size=1, max_size=9))
def test_any_numeral_read_is_read_as_cn2an_reads_it(text):
    """Whatever the reader accepts, cn2an reads the same (it accepts more: 一百亿十万, which
    leaves out the 零 a place needs, is refused here)."""
    try:
        ours = cn_integer(text)
    except QuantityError:
        return
    try:
        theirs = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError):
        assume(False)  # a colloquial form cn2an does not read (一亿八): nothing to compare
    assert ours == theirs


# -- in a plan, and in a draft --------------------------------------------------------------------
@pytest.mark.parametrize(
    "figure, reason",
    [
        ("'1 2万元'", "数字之间有空格"),
        ("'10²万元'", "不支持的数字写法: ²"),
        ("'①万元'", "不支持的数字写法: ①"),
        ("十十万元", "无法识别的数字: 十十"),
    ],
)
def test_a_plan_refuses_them_with_file_and_line(tmp_path, monkeypatch, figure, reason):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(
        f"document: {{title: x}}\nmetrics:\n  a: {{unit: 万元}}\ngoals:\n  - {{metric: a, value: {figure}}}\n",
        encoding="utf-8",
    )
    report = json.loads(invoke("check", "--format", "json", "plan.yaml").stdout)
    (error,) = report["input_errors"]
    assert (error["code"], error["file"], error["line"]) == ("SH004", "plan.yaml", 5) and reason in error["message"]
    english = json.loads(invoke("check", "--format", "json", "--lang", "en", "plan.yaml").stdout)["input_errors"][0][
        "message"
    ]
    assert not any("\u4e00" <= c <= "\u9fff" for c in english.split("'")[0])  # the reason is translated


def test_a_draft_reads_a_chinese_amount_whole_and_a_chinese_year_as_a_date():
    (figure,) = figures_in("共安排资金两万五千元。")
    assert (figure.value, figure.unit) == (25000, "元")
    assert figures_in("二〇二〇年,各县完成任务。") == []  # a year, not 2020 years
    assert [f.value for f in figures_in("确定一亿二千万元")] == [120_000_000]
    assert figures_in("实施十十工程") == [] and figures_in("“十三五”期间") == []
