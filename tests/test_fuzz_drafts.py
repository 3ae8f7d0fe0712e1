"""Fuzzing drafts (issue 19): sentences generated from the grammar drafts are made of — totals
with 其中 / 分别为 / 共计, per-unit amounts with 各 / 每, shares 占…的, counts with lists, item
numbers, 近/约/余/多/以上, figures with and without units, Chinese numerals — are read and
checked by every draft rule without any exception, and every finding points inside the draft.
Joins the ``ci`` hypothesis profile (tests/conftest.py): fixed examples, fast."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shanhai_check.engine import run
from shanhai_check.report.json import render

FOLDER = Path(tempfile.mkdtemp(prefix="shanhai-draft-fuzz-"))

NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.decimals(0, 10**5, places=2).map(str),
    st.sampled_from(
        [
            "两",
            "五",
            "十四",
            "一百零五",
            "两万五千",
            "二〇二〇",
            "九九",
            "十十",
            "1,985",
            "1 2",
            "10²",
            "①",
            "0",
            "一亿二千万",
        ]
    ),
)
UNITS = st.sampled_from(
    ["万元", "亿元", "元", "万", "个", "人", "人次", "家", "%", "县", "市", "项", "", "年", "个百分点"]
)
APPROX = st.sampled_from(["", "", "近", "约", "不低于", "超过", "至少", "最多"])
AFTER = st.sampled_from(["", "", "余", "多", "以上", "左右", "以内"])
NAMES = st.lists(
    st.sampled_from(
        ["乐都区", "民和县", "平安区", "循化县", "海曙区", "江北区", "杭州", "湖州", "市本级", "龙游—镇海"]
    ),
    min_size=1,
    max_size=5,
)


@st.composite
def figure(draw) -> str:
    return draw(APPROX) + draw(NUMBERS) + draw(AFTER) + draw(UNITS)


@st.composite
def sentence(draw) -> str:
    kind = draw(st.sampled_from(["total", "each", "share", "count", "sum", "plain", "span"]))
    names = draw(NAMES)
    f = lambda: draw(figure())  # noqa: E731
    if kind == "total":
        marker = draw(st.sampled_from(["其中", "其中:", "分别为", "具体为", "包括", "(其中"]))
        parts = draw(st.sampled_from([",", "、", ";"])).join(n + f() for n in names)
        return f"全年落实援建资金{f()},{marker}{parts}" + (")" if marker.startswith("(") else "")
    if kind == "each":
        return (
            draw(st.sampled_from(["", f()]))
            + "、".join(names)
            + draw(st.sampled_from(["各", "每县", "分别", "均"]))
            + "落实"
            + f()
        )
    if kind == "share":
        return f"{names[0]}落实{f()},占全市{f()}的{f()}"
    if kind == "count":
        return (
            "、".join(names)
            + draw(st.sampled_from(["", "等", "共"]))
            + f()
            + draw(st.sampled_from(["", ",具体为:" + "、".join(names)]))
        )
    if kind == "sum":
        return "、".join(n + f() for n in names) + ",共计" + f()
    if kind == "span":
        return f"近{draw(NUMBERS)}年(2005—2020年)累计帮扶{f()}"
    return names[0] + draw(st.sampled_from(["新增", "完成", "实现", "培训"])) + f()


LINE_START = st.sampled_from(["", "", "1.", "(一)", "三、", "一是", "①", "\t", "  "])
LINE = st.builds(
    lambda start, parts, end: start + "".join(parts) + end,
    LINE_START,
    st.lists(sentence().map(lambda s: s + "。"), min_size=1, max_size=4),
    st.sampled_from(["", "\f", ";"]),
)
DRAFT = st.lists(LINE, min_size=1, max_size=8).map("\n".join)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(DRAFT)
def test_any_draft_of_the_grammar_is_checked_without_an_exception(text):
    path = FOLDER / "draft.txt"
    path.write_text(text, encoding="utf-8")
    result = run([str(path)], root=str(FOLDER))
    (checked,) = result.files
    assert checked.errors == [], [str(e) for e in checked.errors]  # SH008 would be a crash
    lines = text.count("\n") + 1
    for finding in checked.findings:
        assert 1 <= finding.location.line <= lines and "\n" not in finding.message.render("zh")
    render(result, "en")
