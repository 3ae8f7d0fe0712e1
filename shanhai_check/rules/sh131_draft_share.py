"""SH131 draft-share: a share or rate in a draft's prose that no figure around it gives."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from shanhai_check.messages import rules as msg
from shanhai_check.wording import STATEMENT_BREAK
from shanhai_check.findings import Severity
from shanhai_check.quantity import Interval, QuantityError, plain, same_base
from shanhai_check.rules.base import DraftRule

# What makes a percentage a share of printed figures (占…的8.2%, 完工率13%), or a change
# between two of them (同比增长12%). Other percentages (完成40%的工程量) are left alone.
_SHARE = re.compile(r"占|率|比重|比例|份额")
_GROWTH = re.compile(r"(增长|增加|提高|上升|下降|减少|降低)了?$")
_ABOUT = re.compile(r"约|左右|大约|近")
# A change needs the earlier value named as such: "较上年3.8亿元增长13.2%".
_PREVIOUS = re.compile(r"上年|去年|上一年|同期|上年度|前一年")
# Words around the base's name in "占今年援疆资金总额的": what is left names the metric.
_BASE_NOISE = re.compile(
    r"^(?:约|大约)?占(?:了)?|^(?:今年|全年|本年度|当年|全市|全省|全部)+|^总(?=..)|(?:的|之)$|(?:总额|总量|总数|总和|总计|合计|总)$"
)
_SHOWN = Decimal("0.01")


class DraftShare(DraftRule):
    """Checks a share, rate or change in percent against the figures printed around it.

    **What it does.** For a percentage that states a share ("约占今年援疆资金总额的8.2%",
    "完工率13%") or a change ("较上年3.8亿元增长13.2%"), takes as numerators the figures earlier
    in the same sentence, and as bases the other figures of the paragraph in the same unit,
    plus any figure in the draft whose metric the sentence names as the base ("援疆资金总额" →
    援疆资金 15.7亿元). A change is computed only from a figure the text calls last year's
    (上年, 去年, 同期) to another in the same unit. The percentage holds when some numerator and base
    give it: the printed digits stand for their rounding or truncation (8.2% for [8.15%, 8.3%)),
    约/左右 widens that, and rounded figures enter as intervals. The pair that gives it is shown as
    a check that agrees. It is reported only when the sentence itself points at the pair — the
    base its words 占…的 name (once in the paragraph, else once in the draft) over the nearest
    figure before the percentage, or the only pair for a change — and that pair does not give
    it: a base the text does not print, or cannot be told, is no contradiction.

    **Why it matters.** A share is copied from last year's report while its figures are
    updated, or its base changes (安排 vs 实际安排). The reader cannot redo the division.

    **Example.**

    ```text
    全年安排帮扶资金500万元,其中产业项目资金100万元,占帮扶资金总额的30%。
    ```

    **Use instead.** The share its own figures give, 100 / 500 = 20%:

    ```text
    全年安排帮扶资金500万元,其中产业项目资金100万元,占帮扶资金总额的20%。
    ```
    """

    code = "SH131"
    name = "draft-share"
    severity = Severity.WARNING
    summary = "草稿中的比例或增幅与周围的数字算不出来"
    summary_en = "a share or rate in a draft does not follow from the figures around it"
    doc_zh = """用周围印出的数字核对草稿中的百分比 (占比、比率、增幅)。

    **作用。** 对表示占比 (“约占今年援疆资金总额的8.2%”“完工率13%”) 或增幅 (“较上年3.8亿元增长13.2%”)
    的百分比,取同一句中在它之前的数字为分子,同一段中单位相同的其他数字为基数,并加上全文中
    指标名称与句中所说基数相符的数字 (“援疆资金总额” → 援疆资金 15.7亿元)。增幅只从文中说明是
    上年 (去年、同期) 的数字算到同单位的另一个数字。只要有一对分子和
    基数能得出它,就算相符:印出的末位可以是四舍五入或截断 (8.2% 即 [8.15%, 8.3%)),“约/左右”
    放宽范围,舍入过的数字按区间计算。相符的一对记为核对一致。只有句子本身指明的一对 —— “占…的”
    所指的基数 (在本段中唯一,否则在草稿中唯一) 与百分比前最近的分子,或者变化率唯一的一对 ——
    算不出这个百分比时才报告;文中没有印出、或指不明确的基数,不算矛盾。

    **为何重要。** 比例常从去年的材料照抄而数字已更新,或基数变了 (安排与实际安排)。读者无法
    自己复算。

    **示例。** “全年安排帮扶资金500万元,其中产业项目资金100万元,占帮扶资金总额的30%”:
    100 / 500 = 20%。

    **正确写法。** 写成两数算得的占比: 100 / 500 = 20%。
    """

    def check(self, text):
        for claim in text.claims:
            if claim.figure.unit != "%":
                continue
            line = text.text_of(claim)
            before = line[claim.clause_start : claim.figure.start]
            growth = bool(_GROWTH.search(before))
            if growth or _SHARE.search(before):
                outcome = self._check(text, claim, line, growth)
                if outcome is not None:
                    yield outcome

    def _check(self, text, claim, line, growth):
        stated = _percent_interval(claim, line)
        pairs = list(_candidate_pairs(text, claim, line, growth))
        if not pairs:
            return None
        tried = []
        for first, second in pairs:
            computed = _quotient(first, second, growth)
            if computed is None or not (growth or computed.lo <= 100 or stated.hi > 100):
                continue  # a share of at most 100% is no quotient of a part over a smaller base
            if computed.meets(stated):
                message = msg.ShareHolds(quote=text.quote(claim), division=_division(first, second, growth))
                return self.verified(message, text.where(claim), [text.where(first), text.where(second)])
            tried.append((first, second, computed))
        designated = _designated(text, claim, line, [(a, b) for a, b, _ in tried], growth)
        if designated is None:
            return None  # no pair the sentence itself names: a base it does not print is no contradiction
        first, second = designated
        message = msg.ShareNotGiven(
            quote=text.quote(claim), stated=claim.figure.text, divisions=_division(first, second, growth)
        )
        return self.finding(message, text.where(claim), [text.where(first), text.where(second)])


def _percent_interval(claim, line) -> Interval:
    """The values a printed percentage stands for: rounded or truncated at its last digit."""
    value = claim.figure.value
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(min(exponent, 0)) if isinstance(exponent, int) else Decimal(1)
    lo, hi = value - step / 2, value + step
    around = line[claim.clause_start : claim.figure.end + 2]
    if _ABOUT.search(around):
        lo, hi = min(lo, value - step), max(hi, value + step * 2)
    return Interval(lo, hi)


def _candidate_pairs(text, claim, line, growth):
    """(numerator, base) — or (last year's, this year's) for a change — among the figures in reach."""
    sentence_start = max((m.end() for m in STATEMENT_BREAK.finditer(line, 0, claim.figure.start)), default=0)
    paragraph = [
        c for c in text.claims if c.line == claim.line and c is not claim and c.figure.unit != "%" and c.quantity.unit
    ]
    earlier = [c for c in paragraph if sentence_start <= c.figure.start < claim.figure.start]
    bases = paragraph + _named_bases(text, claim, line)
    if growth:  # (the earlier value, the value now): only a figure the text calls last year's is the former
        previous = [c for c in earlier if _PREVIOUS.search(text.text_of(c)[c.clause_start : c.figure.start])]
        return [
            (old, new)
            for old in previous
            for new in paragraph
            if new is not old and new not in previous and _same_base(old, new)
        ]
    pairs = {}
    for first in earlier:
        for second in bases:
            if second is not first and _same_base(first, second):
                pairs[(id(first), id(second))] = (first, second)
    return pairs.values()


def _designated(text, claim, line, tried, growth):
    """The one pair the sentence names, if it names one: for a share, the base the words
    占…的 name (found once in its paragraph, else once in the draft) over the nearest figure
    before it in the sentence;
    for a change, the only pair of last year's figure and this year's. Precision first: a
    share is reported only against the figures its own sentence points at."""
    if growth:
        return tried[0] if len(tried) == 1 else None
    bare = _bare_share(claim, line, tried)
    if bare is not None:
        return bare
    named = _named_bases(text, claim, line, elsewhere=False)
    here = {id(c) for c in named if c.line == claim.line}  # the base in its own paragraph first
    named = here or {id(c) for c in named}
    pairs = [(a, b) for a, b in tried if id(b) in named and not _restates(a, b)]
    bases = {id(b) for _, b in pairs}
    if len(bases) != 1:
        return None
    return max(pairs, key=lambda pair: pair[0].figure.start)  # the numerator nearest the share


# "建成3430个,占88.5%": a share that names no base ("占" straight before the figure).
_BARE_SHARE = re.compile(r"[,，]\s*(?:约|大约)?占\s*$")


def _bare_share(claim, line, tried):
    """For "3880个项目已全数开工,建成3430个,占88.5%": the figure right before 占 over the
    nearest earlier figure of its unit in the sentence — the whole its clause counts from.
    None unless the share names no base and both figures stand in its sentence."""
    if not _BARE_SHARE.search(line[: claim.figure.start]):
        return None
    numerators = [a for a, _ in tried if a.line == claim.line and a.figure.end <= claim.figure.start]
    if not numerators:
        return None
    numerator = max(numerators, key=lambda c: c.figure.start)
    if STATEMENT_BREAK.search(line, numerator.figure.end, claim.figure.start):
        return None
    bases = [b for a, b in tried if a is numerator and b.line == claim.line and b.figure.end <= numerator.figure.start]
    bases = [b for b in bases if not STATEMENT_BREAK.search(line, b.figure.end, numerator.figure.start)]
    return (numerator, max(bases, key=lambda c: c.figure.start)) if bases else None


def _restates(first, second) -> bool:
    """The base is the numerator's own figure stated again (1.31亿元 over 1.31亿元): a share
    that is not 100% is of some other base, one the text may not print."""
    try:
        return first.quantity.value == second.quantity.convert(first.quantity.unit).value
    except QuantityError:
        return False


def _same_base(a, b) -> bool:
    return same_base(a.quantity.unit, b.quantity.unit)


def _named_bases(text, claim, line, elsewhere: bool = True):
    """Figures in the draft whose metric is the base the sentence names (占…的): on other
    lines only (*elsewhere*: those of its own line are candidates already), or anywhere."""
    words = line[claim.clause_start : claim.figure.start]
    if "占" not in words:
        return []
    name = words[words.index("占") :]
    for _ in range(3):  # strip "占", "今年", "的", "总额" in whatever order they stand
        name = _BASE_NOISE.sub("", name)
    if len(name) < 2:
        return []
    return [
        c
        for c in text.claims
        if not (elsewhere and c.line == claim.line)
        and c is not claim
        and c.metric
        and c.quantity.unit
        and (c.metric in name or name in c.metric)
    ]


def _quotient(first, second, growth) -> Interval | None:
    """first / second in percent (or the change from first to second), as an interval."""
    try:
        a = first.quantity.convert(second.quantity.unit).interval()
    except QuantityError:
        return None
    b = second.quantity.interval()
    if None in (a.lo, a.hi, b.lo, b.hi) or a.lo <= 0 or b.lo <= 0:  # no quotient of nothing, nor by it
        return None
    if growth:  # from a (before) to b (after)
        return Interval((b.lo / a.hi - 1) * 100, (b.hi / a.lo - 1) * 100)
    return Interval(a.lo / b.hi * 100, a.hi / b.lo * 100)


def _division(first, second, growth: bool) -> str:
    """The division as printed, its quotient from the printed figures (the interval decides)."""
    a = first.quantity.convert(second.quantity.unit).value
    b = second.quantity.value
    quotient = ((b / a - 1) if growth else a / b) * 100
    shown = plain(quotient.quantize(_SHOWN, rounding=ROUND_HALF_UP)) + "%"
    if growth:
        return f"({second.figure.text} − {first.figure.text}) / {first.figure.text} = {shown}"
    return f"{first.figure.text} / {second.figure.text} = {shown}"
