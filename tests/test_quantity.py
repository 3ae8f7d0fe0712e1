"""Quantities: Chinese figures, exact conversion, rounding intervals."""

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shanhai_check.quantity import (
    Comparator,
    Interval,
    Measure,
    Quantity,
    QuantityError,
    cn_integer,
    exact_reading,
    format_quantity,
    parse_quantity,
)

D = Decimal


@pytest.mark.parametrize(
    "text, comparator, value, upper, unit",
    [
        ("18.3亿元", Comparator.EQ, "18.3", None, "亿元"),
        ("不低于110万元", Comparator.GE, "110", None, "万元"),
        ("2000人次以上", Comparator.GE, "2000", None, "人次"),
        ("13次以上", Comparator.GE, "13", None, "次"),
        ("1~2个", Comparator.RANGE, "1", "2", "个"),
        ("1-2个", Comparator.RANGE, "1", "2", "个"),
        ("1至2个", Comparator.RANGE, "1", "2", "个"),
        ("1个～2个", Comparator.RANGE, "1", "2", "个"),
        ("不少于1次", Comparator.GE, "1", None, "次"),
        ("至少50万元", Comparator.GE, "50", None, "万元"),
        ("100个左右", Comparator.ABOUT, "100", None, "个"),
        ("约8.2%", Comparator.ABOUT, "8.2", None, "%"),
        ("不超过5个", Comparator.LE, "5", None, "个"),
        ("5个以内", Comparator.LE, "5", None, "个"),
        ("不高于3次", Comparator.LE, "3", None, "次"),
        ("１８．３", Comparator.EQ, "18.3", None, None),
        ("1,985", Comparator.EQ, "1985", None, None),
        ("1,985万元", Comparator.EQ, "1985", None, "万元"),
        ("100余个", Comparator.GE, "100", None, "个"),
        ("十四个", Comparator.EQ, "14", None, "个"),
        ("五千万元", Comparator.EQ, "5000", None, "万元"),
        (" 40 名 ", Comparator.EQ, "40", None, "名"),
    ],
)
def test_parse_chinese_figures(text, comparator, value, upper, unit):
    q = parse_quantity(text)
    assert q.comparator is comparator
    assert q.value == D(value) and str(q.value) == value
    assert q.upper == (D(upper) if upper else None)
    assert (q.unit.text if q.unit else None) == unit


@pytest.mark.parametrize("text", ["abc", "19,85", "1.5~1亿元", "", "约100个左右", "1~2个以上", "1万元~2人次", "--5"])
def test_unreadable_figures_raise_a_chinese_error(text):
    with pytest.raises(QuantityError) as error:
        parse_quantity(text)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error.value))


def test_hundreds_of_digits_are_refused_not_computed():
    with pytest.raises(QuantityError, match="位数过多"):
        parse_quantity("9" * 400)


def rounded(text: str):
    """A figure the document declares rounded at its last digit."""
    return dataclasses.replace(parse_quantity(text), rounded=True)


def test_yi_converts_to_wan_exactly_and_keeps_its_precision():
    q = parse_quantity("18.3亿元").convert(Measure.parse("万元"))
    assert q.value == D("183000") and q.precision == D("1000")
    assert q.interval() == Interval.point(D("183000"))
    assert rounded("18.3亿元").convert(Measure.parse("万元")).interval() == Interval(D("182500"), D("183500"))


def test_figures_are_exact_points_unless_declared_rounded():
    """A plan's figures are set, not measured: 1.3 means 1.3 (issue 14)."""
    for text in ("1.3", "1.30", "18.3亿元", "1985", "0.05"):
        q = parse_quantity(text)
        assert q.interval() == Interval.point(q.value)
    assert parse_quantity("13次以上").interval() == Interval(D(13), None)
    assert parse_quantity("13.5次以上").interval() == Interval(D("13.5"), None)  # an open bound, not a rounding
    assert parse_quantity("不超过5个").interval() == Interval(None, D(5))
    assert parse_quantity("1~2个").interval() == Interval(D(1), D(2))
    assert parse_quantity("1.5~2.5个").interval() == Interval(D("1.5"), D("2.5"))
    # about: 5 % either side, never narrower than its last digit
    assert parse_quantity("100个左右").interval() == Interval(D(95), D(105))
    assert parse_quantity("约0.3").interval() == Interval(D("0.25"), D("0.35"))


def test_declared_rounded_figures_stand_for_their_rounding_interval():
    assert rounded("1.3").interval() == Interval(D("1.25"), D("1.35"))
    assert rounded("1.30").interval() == Interval(D("1.295"), D("1.305"))
    assert rounded("1985").interval() == Interval.point(D(1985))  # an integer has no rounding to undo
    assert rounded("1.5~2.5个").interval() == Interval(D("1.45"), D("2.55"))


def test_exact_reading_ignores_the_declaration():
    with exact_reading():
        assert rounded("1.3").interval() == Interval.point(D("1.3"))
    assert rounded("1.3").interval() == Interval(D("1.25"), D("1.35"))


def test_sum_of_rounded_parts_meets_rounded_total_only_when_declared():
    figures = ["1.3"] * 5 + ["2"] * 5 + ["0.3"] * 6
    total = Interval.point(D(0))
    for p in (rounded(x).interval() for x in figures):
        total = total + p
    assert total == Interval(D("17.75"), D("18.85"))
    assert total.meets(rounded("18.3").interval())
    assert not total.meets(rounded("19.3").interval())
    exact = Interval.point(D(0))
    for p in (parse_quantity(x).interval() for x in figures):
        exact = exact + p
    assert exact == Interval.point(D("18.3")) and not exact.meets(parse_quantity("18.4").interval())


def test_incompatible_units_do_not_convert():
    with pytest.raises(QuantityError, match="不可换算"):
        parse_quantity("5人次").convert(Measure.parse("万元"))


def test_chinese_integers():
    assert [cn_integer(t) for t in ["一", "十", "十四", "二十六", "一百零五", "两", "三千"]] == [
        1,
        10,
        14,
        26,
        105,
        2,
        3000,
    ]


# -- properties ------------------------------------------------------------------------
decimals = st.decimals(min_value=0, max_value=D("1e9"), places=4, allow_nan=False, allow_infinity=False)
money_units = st.sampled_from(["元", "万元", "亿元"])
count_units = st.sampled_from(["人次", "个", "次", "名"])
units = st.one_of(money_units, count_units, st.none())


@st.composite
def quantities(draw):
    comparator = draw(st.sampled_from(list(Comparator)))
    value = draw(decimals)
    unit_text = draw(units)
    unit = Measure.parse(unit_text) if unit_text else None
    upper = None
    if comparator is Comparator.RANGE:
        upper = value + draw(decimals)
    return Quantity(comparator, value, upper, unit)


@given(quantities())
def test_format_then_parse_gives_the_same_quantity(q):
    back = parse_quantity(format_quantity(q))
    assert (back.comparator, back.value, back.upper, back.unit) == (q.comparator, q.value, q.upper, q.unit)


@given(quantities(), money_units, money_units)
def test_conversion_round_trips_across_yuan_wan_yi(q, there, back):
    q = Quantity(q.comparator, q.value, q.upper, Measure.parse(there), q.precision, q.upper_precision)
    parsed = parse_quantity(format_quantity(q))
    round_trip = parsed.convert(Measure.parse(back)).convert(Measure.parse(there))
    assert round_trip.interval() == parsed.interval()
    assert round_trip.value == q.value


@given(decimals, money_units, money_units)
def test_interval_scales_exactly_with_the_unit(value, source, target):
    q = parse_quantity(format(value, "f") + source)
    factor = Measure.parse(source).factor_to(Measure.parse(target))
    converted = q.convert(Measure.parse(target)).interval()
    original = q.interval()
    assert converted.lo == original.lo * factor and converted.hi == original.hi * factor


# -- issue 19: two scale words in one figure, a scale word alone before a column's unit --------
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("1亿2000万元", "12000", "万元"),
        ("3万5000元", "35000", "元"),
        ("不低于1亿2000万元", "12000", "万元"),
        ("1亿2000.5万元", "12000.5", "万元"),
    ],
)
def test_two_scale_words_are_one_exact_figure(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit.text) == (D(value), unit)
    assert quantity.convert(Measure.parse("亿元")).value == D(value) / (10**4 if unit == "万元" else 10**8)


def test_a_part_as_large_as_its_scale_is_refused():
    with pytest.raises(QuantityError):
        parse_quantity("1亿12000万元")


def test_a_scale_word_alone_takes_the_columns_unit(check_text):
    """819万 in a 万元 column is 819万元; 1亿2000万元 is 12000万元: the table adds up."""
    result = check_text("""\
        document: {title: x}
        metrics:
          资金: {unit: 万元}
          人数: {unit: 人}
        tables:
          - id: t
            columns: [资金, 人数]
            rows:
              甲区: [819万, 1万]
              乙区: [1亿2000万元, 2000]
            total: [12819, 1.2万]
        """)
    (checked,) = result.files
    assert checked.errors == [] and [f.code for f in checked.findings] == []
    assert [v.code for v in checked.verified] == ["SH101", "SH101"]
    assert parse_quantity("819万").convert(Measure.parse("亿元")).value == D("0.0819")
    with pytest.raises(QuantityError):
        parse_quantity("819万美元").convert(Measure.parse("万元"))  # another base is still refused
