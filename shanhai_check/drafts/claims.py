"""What each figure in a draft's prose claims: the metric it measures and who it is about.

A numeric claim is a figure (see :mod:`figures`) in its clause: "今年宁波市市本级落实援建资金
772万元" claims 援建资金 = 772万元 for 宁波市市本级. The clause is cut at punctuation; the
metric is what follows the clause's last action verb (落实, 实现, 安排 …) before the figure,
and the subject what precedes that verb. When nothing stands before a count ("5个省定结对的
区市各落实…"), the counted thing is the phrase after it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from shanhai_check.drafts.figures import ITEM_NUMBER, Figure, figures_in
from shanhai_check.quantity import Comparator, Quantity

# Where a statement ends: a full stop, or the semicolon between two statements in one sentence.
CLAUSE_BREAK = re.compile(r"[,，;；。:：!！?？\t]|\s{2,}")
# Verbs after which a plan names what it measures. Nouns that begin with a verb-like
# character (援建资金, 帮扶资金) are safe: only a verb followed by more text is cut.
VERBS = sorted(
    """落实 实现 完成 安排 投入 新增 达到 累计 确定 引进 培训 组织 开展 实施 召开 举办 争取 打造 培育
    建成 创建 力争 销售 采购 吸纳 招引 签约 签订 带动 拨付 下达 分配 追加 提供 使用 共计 合计 总计
    募集 捐赠 捐款 筹集 帮助 选派 派出 接收 输出 达 共 计 为 有 是 超 突破 推进 推动
    新建 扶持 资助 支持""".split(),
    key=len,
    reverse=True,
)
_VERB = re.compile("|".join(VERBS))
# Verbs that only sum up what was named before them ("项目共66个", "资金合计3000万元").
_SUMMING = frozenset({"共", "共计", "合计", "总计"})
_COUNTED_STOP = re.compile(r"各|将|分别|共|均|每|要|应|须|需|已|和|与|及|等|在|为|通过|开展|落实|实现|完成|投入|帮扶")
_LEADING_NOISE = re.compile(
    r"^(?:今年|全年|其中|另外|另|的|给|了|到|于|以及|和|及|与|并|再|还|共|累计|已|将|已经|目前|计划|拟|力争|确保|分别|各|均)+"
)
_MAX_METRIC = 16
# A clause is read at most this far back from its figure (and forward from it): prose clauses
# are far shorter, and a data dump with no break ("123元、456元、…" × 1000) must not cost
# every figure the whole line.
MAX_CLAUSE = 400
# A claim about the whole: no subject, or one that names the whole (全市, 今年 …), not a unit.
_WHOLE_SUBJECT = re.compile(r"^(?:全市|全省|全区|全县|全年|今年|年度|本年度|当年|全地区)?$")
# "至少召开1次", "不少于…2个": a bound word earlier in the clause binds the figure after the verb.
_BOUND_BEFORE = [
    (re.compile("至少|不少于|不低于|最少|不小于"), Comparator.GE),
    (re.compile("不超过|最多|至多|不高于"), Comparator.LE),
]


@dataclass(frozen=True)
class Claim:
    """A figure in its place: line (1-based), the clause it stands in, metric and subject."""

    line: int
    figure: Figure
    clause_start: int  # 0-based column where the figure's clause begins
    metric: str
    subject: str
    quantity: Quantity  # the figure's, with a bound word from earlier in the clause applied

    @property
    def comparator(self) -> Comparator:
        return self.quantity.comparator

    @property
    def about_the_whole(self) -> bool:
        """True when no unit is named as the subject ("全年落实…", not "市本级落实…")."""
        return bool(_WHOLE_SUBJECT.match(self.subject))

    @property
    def column(self) -> int:
        return self.figure.start + 1

    def quote(self, text: str) -> str:
        """The clause from its start through the figure, as printed."""
        return text[self.clause_start : self.figure.end]


def claims_in_line(number: int, text: str) -> list[Claim]:
    figures = figures_in(text)
    marks = _Marks(text)
    return [_claim(number, text, figure, figures[i - 1] if i else None, marks) for i, figure in enumerate(figures)]


class _Marks:
    """Where a line's clause breaks and brackets are, found once per line: a line of n
    figures then costs n·log n to cut into clauses, not n times its length."""

    def __init__(self, text: str):
        found = list(CLAUSE_BREAK.finditer(text))
        self.breaks = [m.end() for m in found]
        self.break_starts = [m.start() for m in found]
        self.opens = [i for i, c in enumerate(text) if c in "(（"]
        self.closes = [i for i, c in enumerate(text) if c in ")）"]

    def clause_start(self, column: int) -> int:
        """After the last break before *column*; inside "(另外1亿元…)", after the bracket."""
        i = bisect.bisect_right(self.breaks, column) - 1
        start = self.breaks[i] if i >= 0 else 0
        j = bisect.bisect_left(self.opens, column) - 1
        opened = self.opens[j] if j >= 0 and self.opens[j] >= start else -1
        k = bisect.bisect_left(self.closes, column) - 1
        if opened >= 0 and (k < 0 or self.closes[k] < opened):
            return opened + 1
        return max(start, column - MAX_CLAUSE)

    def clause_end(self, column: int) -> int | None:
        """Where the first break at or after *column* starts (None: the line's end)."""
        i = bisect.bisect_left(self.break_starts, column)
        return min(self.break_starts[i] if i < len(self.break_starts) else column + MAX_CLAUSE, column + MAX_CLAUSE)


def _claim(number: int, text: str, figure: Figure, previous: Figure | None, marks: _Marks) -> Claim:
    start = marks.clause_start(figure.start)
    before = text[previous.end if previous is not None and previous.start >= start else start : figure.start]
    metric, subject = _metric_before(before)
    if not metric:  # "5个省定结对的区市", "帮扶800万元资金": the measured thing follows
        metric = _counted_after(text[figure.end : marks.clause_end(figure.end)])
    return Claim(number, figure, start, metric, subject, _bounded(figure, before))


def _bounded(figure: Figure, before: str) -> Quantity:
    quantity = figure.quantity
    if quantity.comparator is not Comparator.EQ:
        return quantity
    for pattern, comparator in _BOUND_BEFORE:
        if pattern.search(before):
            return dataclasses.replace(quantity, comparator=comparator)
    if "约" in before[-3:]:  # 约占65%, 约为3亿元
        return dataclasses.replace(quantity, comparator=Comparator.ABOUT)
    return quantity


def _metric_before(before: str) -> tuple[str, str]:
    """(metric, subject) from the words before a figure: cut at the last verb; an item's
    number ("1.市本级落实…") is no part of either."""
    before = before.strip()
    numbered = ITEM_NUMBER.match(before)
    before = before[numbered.end() :] if numbered else before
    verbs = list(_VERB.finditer(before))
    if not verbs:  # "和社会帮扶资金650万元": the words are the metric
        return _trim(before), ""
    last = verbs[-1]
    if last.group(0) in _SUMMING and not before[last.end() :].strip():
        return _metric_before(before[: last.start()])  # "援藏项目共66个": what is counted stands before 共
    return _trim(before[last.end() :]), _trim(before[: last.start()])


def _counted_after(after: str) -> str:
    cut = CLAUSE_BREAK.search(after)
    phrase = after[: cut.start()] if cut else after
    stop = _COUNTED_STOP.search(phrase)
    return _trim(phrase[: stop.start()] if stop and stop.start() > 0 else phrase, keep_end=False)


def _trim(phrase: str, keep_end: bool = True) -> str:
    """Without quotes and leading filler; at most 16 characters, those nearest the figure."""
    phrase = _LEADING_NOISE.sub("", phrase.strip(" \"“”'‘’《》()（）【】[]"))
    if len(phrase) <= _MAX_METRIC:
        return phrase
    return phrase[-_MAX_METRIC:] if keep_end else phrase[:_MAX_METRIC]
