"""SH411 draft-per-unit-times-count: an amount for each of a group against the group's size and total."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.drafts.parts import Each, eaches, headlines, shown_figure
from shanhai_check.findings import Severity
from shanhai_check.quantity import Comparator, QuantityError
from shanhai_check.relations import Outcome, PerUnitTimesCount, judge_product
from shanhai_check.rules.base import DraftRule
from shanhai_check.sums import span

_OPENING_BRACKETS = "(（"


class DraftPerUnitTimesCount(DraftRule):
    """Checks a per-unit amount against the size of its group and what the draft says it comes to.

    **What it does.** Reads every amount the prose gives *each* member of a group: "5个省定结对
    的区市各落实221万元", "4市将分别帮扶300万元", "(每县300万元)" after a count of 县, "平安区、循化县
    各100万元" over the units named just before. Each is checked once, against the strongest
    evidence the draft gives: (1) a total it explains in brackets, "投入5400万元(每县300万元)"
    with 18县 counted before: 18 × 300 = 5400; (2) the draft's own table: the column of the same
    metric (or, when the sentence names none, the only column holding that amount) must have
    exactly as many units at that amount as the group counts, or the units named must have it;
    (3) the units listed before the count ("杭州、湖州、绍兴、金华4市"): as many as it says; (4) a
    total and its parts that add up with it (SH111). Per-unit floors ("不低于110万元") are
    intervals: 8 × ≥110 is ≥880.

    **Why it matters.** "Each of 5 gets 221" is a total in disguise: when the group grows or a
    unit's amount changes, the sentence keeps its old count and the tables no longer agree.

    **Example.**

    ```text
    今年浙江18县将对甘孜州18县率先投入5400万元(每县310万元)。
    ```

    **Use instead.** The per-unit amount that gives the total, 18 × 300 = 5400:

    ```text
    今年浙江18县将对甘孜州18县率先投入5400万元(每县300万元)。
    ```
    """

    code = "SH411"
    name = "draft-per-unit-times-count"
    severity = Severity.ERROR
    summary = "草稿中的“各/每…多少”与单位数、总数或表格不符"
    summary_en = "a per-unit amount in a draft disagrees with its group's size, total or table"
    doc_zh = """直接读草稿:分给一组单位中每一个的数额,与该组的单位数、总数和表格核对。

    **作用。** 读正文中给一组单位“各/每/分别”一个数额的说法:“5个省定结对的区市各落实221万元”、
    “4市将分别帮扶300万元”、前面数过“18县”之后的“(每县300万元)”、作用于紧挨其前所列单位的
    “平安区、循化县各100万元”。每处只按草稿给出的最有力的依据核对一次:(1) 括号所解释的总数,
    “投入5400万元(每县300万元)”,18 × 300 = 5400;(2) 草稿自己的表格:同一指标的一列 (句中未说
    指标时,唯一含有该数额的一列) 中,为该数额的单位数必须与该组单位数相同,或所列单位恰为该数额;
    (3) 单位数之前列出的单位 (“杭州、湖州、绍兴、金华4市”):个数相符;(4) 相加相符的总数与分项
    (SH111)。“不低于110万元”按区间计算:8 × ≥110 即 ≥880。

    **为何重要。** “5个单位各221万元”是换了说法的总数:单位增减或某单位数额调整后,句中的
    单位数常常没改,与表格就对不上了。

    **示例。** “投入5400万元(每县310万元)”,18 × 310 = 5580 ≠ 5400。

    **正确写法。** 每县数额与总数相符: 18 × 300 = 5400。
    """

    def check(self, text):
        in_totals = {id(p.each.claim): b for b in text.breakdowns if b.stated and b.adds_up for p in b.parts if p.each}
        for sentence, each in eaches(text):
            for check in (self._bracketed_total, self._against_table, self._against_names):
                outcome = check(text, sentence, each)
                if outcome is not None:
                    yield outcome
                    break
            else:
                if id(each.claim) in in_totals:
                    yield self._in_total(text, each, in_totals[id(each.claim)])

    def _args(self, text, each: Each, unit=None) -> dict:
        quantity = each.claim.quantity if unit is None else each.claim.quantity.convert(unit)
        product = quantity.interval().times(each.size) if each.size else None
        return dict(
            each=text.quote(each.claim),
            count=each.size,
            value=shown_figure(quantity),
            product=span(product, quantity.unit) if product else "",
        )

    def _bracketed_total(self, text, sentence, each):
        """ "投入5400万元(每县300万元)": the figure right before the bracket is the product."""
        line, start = sentence.text, each.claim.clause_start
        if not each.size or start == 0 or line[start - 1] not in _OPENING_BRACKETS:
            return None
        total = next((c for c in sentence.claims if c.figure.end == start - 1), None)
        if total is None or total.quantity.unit is None:
            return None
        try:
            value = each.claim.quantity.convert(total.quantity.unit)
        except QuantityError:
            return None
        args = dict(self._args(text, each, total.quantity.unit), total=total.figure.text)
        related = [text.where(total)] + ([text.where(each.count)] if each.count else [])
        exact = value.comparator is Comparator.EQ and total.comparator is Comparator.EQ and each.count is not None
        verdict = judge_product(PerUnitTimesCount(value, each.size, total.quantity, certain=exact))
        if verdict.outcome is Outcome.AGREES:
            return self.verified(msg.DraftEachMakesTotal(**args), text.where(each.claim), related)
        if verdict.outcome is Outcome.NOT_GUARANTEED:
            return None  # floors that do not add up to the total's floor: the text does not say they must
        return self.finding(msg.DraftEachMissesTotal(**args), text.where(each.claim), related, verdict.severity)

    def _against_table(self, text, sentence, each):
        found = _column(text, sentence, each)
        if found is None:
            return None
        table, index, column, certain = found
        value = each.claim.quantity.convert(column.unit)
        cells = [(row, row.cells[index]) for row in table.rows if row.cells[index].quantity is not None]
        if each.names:
            cells = [(row, cell) for row, cell in cells if row.label in each.names]
            if len(cells) != len(each.names):
                return None  # not every unit named is a row of the table
        at = [(row, cell) for row, cell in cells if cell.quantity.value == value.value]
        meeting = [(row, cell) for row, cell in cells if cell.quantity.interval().within(value.interval())]
        args = dict(self._args(text, each, column.unit), table=table.title, column=column.metric)
        here = text.where(each.claim)
        if each.size and len(at) == each.size:
            units = Listing(row.label for row, _ in at)
            return self.verified(msg.DraftEachMatchesTable(**args, units=units), here, _places(text, at))
        if each.size and certain and (value.comparator is Comparator.EQ or len(meeting) < each.size):
            units = Listing(row.label for row, _ in at) if at else msg.NoneFound()
            return self.finding(
                msg.DraftEachDiffersFromTable(**args, units=units, found=len(at)),
                here,
                _places(text, at),
                Severity.WARNING,
            )
        if each.size or not certain or value.comparator is not Comparator.GE:
            return None
        # "各…至少50万元" over a group it does not count: every unit with an amount must reach it
        with_amount = [(row, cell) for row, cell in cells if cell.quantity.value != 0]
        if not with_amount or len(meeting) != len(with_amount):
            return None  # which units the group holds is unknown: a shortfall is no finding
        args["total"], whole = _product_stated(text, each, column, len(with_amount))
        related = _places(text, with_amount) + [text.where(c) for c in whole]
        return self.verified(msg.DraftEachFloorHolds(**args, found=len(with_amount)), here, related)

    def _against_names(self, text, sentence, each):
        if each.count is None or not each.names:
            return None
        units = Listing(each.names)
        related = [text.where(each.count)]
        if len(each.names) == each.size:
            return self.verified(
                msg.DraftEachNamesCount(**self._args(text, each), units=units), text.where(each.claim), related
            )
        args = dict(each=text.quote(each.claim), count=each.count.figure.text, found=len(each.names), units=units)
        return self.finding(msg.DraftEachNamesOtherCount(**args), text.where(each.claim), related, Severity.WARNING)

    def _in_total(self, text, each, breakdown):
        total = breakdown.total
        message = msg.DraftEachInTotal(**self._args(text, each), line=total.line, total=total.figure.text)
        return self.verified(message, text.where(each.claim), [text.where(total)])


def _places(text, cells) -> list:
    """Where the table cells of (row, cell) pairs stand, labelled by their rows."""
    return [text.at(cell.line, cell.column, row.label) for row, cell in cells]


def _metric_before(sentence, claim, base) -> str:
    """The metric of the nearest figure of *base* at or before *claim* that names one."""
    recent = reversed(sentence.recent_through(claim))
    return next((c.metric for c in recent if c.metric and c.quantity.unit and c.quantity.unit.base == base), "")


def _column(text, sentence, each):
    """(table, column index, column, certain) for a per-unit amount: the column of the metric
    its sentence names (certain), or, when it names none, the only column holding that amount."""
    base = each.claim.quantity.unit.base if each.claim.quantity.unit else None
    metric = "" if each.names else each.claim.metric or _metric_before(sentence, each.claim, base)
    named, holding = [], []
    for table in text.tables:
        for index, column in enumerate(table.columns):
            if column.unit is None:
                continue
            try:
                value = each.claim.quantity.convert(column.unit).value
            except QuantityError:
                continue
            if metric and column.metric and column.metric in metric:
                named.append((table, index, column, True))
            elif any(
                row.cells[index].quantity is not None and row.cells[index].quantity.value == value for row in table.rows
            ):
                holding.append((table, index, column, False))
    if metric:
        return named[0] if len(named) == 1 else None
    return holding[0] if len(holding) == 1 else None


def _product_stated(text, each, column, size):
    """ ", 13 × ≥50 = ≥650, 与第37行 '…650万元' 相符" when the prose states that product for the whole."""
    product = each.claim.quantity.convert(column.unit).interval().times(size)
    for claim in headlines(text).get(column.metric, []):
        try:
            stated = claim.quantity.convert(column.unit)
        except QuantityError:
            continue
        if stated.interval().meets(product):
            value = shown_figure(each.claim.quantity.convert(column.unit))
            return msg.DraftEachProductStated(
                count=size, value=value, product=span(product, column.unit), line=claim.line, quote=text.quote(claim)
            ), [claim]
    return "", []
