"""SH811 draft-figure-stated-twice: one figure stated twice in a draft, with two values."""

from __future__ import annotations

import dataclasses

from shanhai_check.messages import rules as msg
from shanhai_check.drafts.restated import Match, Statement, agree, restatements
from shanhai_check.findings import Finding, Severity
from shanhai_check.quantity import QuantityError
from shanhai_check.relations import Outcome, PerUnitTimesCount, judge_product
from shanhai_check.rules.base import DraftRule
from shanhai_check.sums import span


class DraftFigureStatedTwice(DraftRule):
    """Finds a figure a draft states more than once and checks that it says the same each time.

    **What it does.** Reads every figure of the draft's prose and tables as a statement of a
    metric (the noun after the clause's last verb, or the noun a count counts, with modifiers
    such as 省级, 山海协作 and 已命名的 dropped) for a subject (the unit named before the verb, a
    table row, or the whole), a period (a year named in the clause, else the draft's year) and
    a unit (万元 and 亿元 convert exactly). Each statement is paired with the latest earlier
    one of the same key: the headline target, the task that carries it out, the attachment
    that restates it, the table row or 合计. Figures are compared exactly (18.3亿元 is
    183000万元, rounded only in a draft that says so) and "2000人次以上" agrees with "2000人次". Figures
    that agree are confirmed. Figures that differ are a warning, only when the two are surely
    one quantity: on different lines, the same words but for the figure or one named unit on
    both sides (two paragraphs in the same words may still speak of two subjects, so never an
    error); within one line, only a share's base that repeats a figure of its sentence word for
    word ("全年应完成投资5260.40万元,…,占应完成投资5218.75万元的92%"). Drafts
    checked together are read as one: a figure one states again in another is paired the same
    way, and a difference between two drafts is only a note (``info``): "the whole" of one draft
    may be another city, and a plan's target and its report's result may share their words. A 合计
    that differs from the prose is left to SH211, which knows the table's rows. When the metrics
    only nearly match (one ends the other: 产业园 / 文旅产业园), differing figures say nothing.

    **Why it matters.** A figure restated in an attachment is where an edit is forgotten:
    the body is changed to 2757万元 and the task list still says 2600万元. The reader cannot
    tell which is the target.

    **Example.**

    ```text
    一、主要目标
    全年落实援建资金2757万元。
    二、工作任务
    1.今年宁波市市本级落实援建资金772万元。
    附件1
    1.全年市本级落实援建资金722万元,及时拨付。
    ```

    **Use instead.** The attachment restates the figure the body gives:

    ```text
    一、主要目标
    全年落实援建资金2757万元。
    二、工作任务
    1.今年宁波市市本级落实援建资金772万元。
    附件1
    1.全年市本级落实援建资金772万元,及时拨付。
    ```
    """

    code = "SH811"
    name = "draft-figure-stated-twice"
    severity = Severity.WARNING
    summary = "草稿中同一指标的数字前后不一"
    summary_en = "a draft states one figure twice with different values"
    doc_zh = """找出草稿中重复陈述的同一数字,核对每次是否一致。

    **作用。** 把草稿正文和表格中的每个数字读作对某一指标的陈述:指标是分句最后一个动词之后
    的名词,或计数所数的名词 (去掉“省级”“山海协作”“已命名的”等修饰语);主体是动词前点名的单位、
    表格的行,或整体;期间是分句中写明的年份,否则取草稿的年份;单位可换算 (万元 ↔ 亿元)。
    每个陈述与此前最近一次同一键的陈述配对:主要目标、落实它的任务、附件中重述的任务、表格的
    行或合计。按精确值比较 (18.3亿元 即 183000万元,草稿写明四舍五入时才按舍入区间),
    “2000人次以上”与“2000人次”相容。一致的予以确认;不一致的给出警告,且只在两者确为同一数量时:
    不在同一行,除数字外逐字相同或两边点名同一单位 (逐字相同的两段仍可能说的是两个主体,故从不作为
    错误);同一行内,只有占比的基数逐字重复了本句前面的一个数字时 (“全年应完成投资5260.40万元,…,
    占应完成投资5218.75万元的92%”)。一起检查的几份草稿作为一体读,一份草稿在另一份中重述的数字同样配对,
    两份草稿之间的不一致只作提示 (info):一份草稿的
    “整体”可能是另一个城市,计划的目标与总结的结果也可能用同样的字句。与正文不一致的表格合计留给
    SH211 (它知道表中各行)。指标只是近似相同 (一个是另一个的结尾:产业园 / 文旅产业园) 时,
    数字不同也不报告。

    **为何重要。** 附件中重述的数字最容易漏改:正文改成了 2757万元,任务清单还写着 2600万元。
    读者无从知道哪个才是目标。

    **示例。** 正文“今年宁波市市本级落实援建资金772万元”,附件写成“全年市本级落实援建资金722万元”。

    **正确写法。** 附件照正文写 772万元。
    """

    def check(self, text):
        yield from self.check_statements(text.statements, unit_counts(text))

    def summarise(self, text) -> list[Statement]:
        return text.statements

    def check_across(self, summaries: list[list[Statement]]):
        """A figure one draft states again in another checked with it: each draft's first
        statement of a key against the last one before it, in the drafts before."""
        together = [statement for statements in summaries for statement in statements]
        for outcome in self.check_statements(together):
            if {outcome.location.path, *(r.path for r in outcome.related)} == {outcome.location.path}:
                continue  # within one draft: check_draft has reported it
            if isinstance(
                outcome, Finding
            ):  # "the whole" of one draft may be another city, or a target beside a result
                outcome = dataclasses.replace(outcome, severity=Severity.INFO)
            yield outcome

    def check_statements(self, statements: list[Statement], counts: frozenset[int] = frozenset()):
        """The outcomes over any statements: one draft's, or several drafts' read together
        (their statements concatenated, draft after draft). *counts*: how many units the
        draft's tables give amounts to, for a task given to each of a group."""
        for later, earlier, how in restatements(statements):
            verdict = agree(later, earlier, how)
            share = _each_units_share(later, earlier, counts) if verdict is False else None
            if share is not None:
                yield self.verified(share, later.where, [earlier.where])
                continue
            if verdict is None or (verdict is False and (later.table_total or earlier.table_total)):
                continue  # bounds of different figures; a 合计 against the prose is SH211's
            args = _arguments(later, earlier)
            if verdict:
                yield self.verified(msg.FigureStatedTwiceAgrees(**args), later.where, [earlier.where])
            elif _one_quantity(later, earlier, how):
                key = ""
                if earlier.period:
                    key = (
                        msg.PeriodSubjectKey(period=earlier.period, subject=earlier.subject)
                        if earlier.subject
                        else msg.PeriodKey(period=earlier.period)
                    )
                message = msg.FigureStatedTwice(**args, key=key)
                yield self.finding(message, later.where, [earlier.where], Severity.WARNING)


def unit_counts(text) -> frozenset[int]:
    """How many units each column of the draft's tables gives an amount to (not 0, not blank):
    the units a task given to each of a group may be shared out among."""
    counts = set()
    for table in text.tables:
        for index in range(len(table.columns)):
            filled = [
                row
                for row in table.rows
                if row.cells[index].quantity is not None and row.cells[index].quantity.value != 0
            ]
            counts.add(len(filled))
    return frozenset(n for n in counts if n >= 2)


def _each_units_share(later: Statement, earlier: Statement, counts: frozenset[int]):
    """The message when one figure, in a task given to each of a group (责任单位:各区县), times
    a number of units the draft's table counts makes the other ("开展1次以上" in 附件2 under
    各区县 against "开展13次以上" for the 13 units with amounts); else None."""
    if not counts or not (later.assigned_to_each or earlier.assigned_to_each):
        return None
    try:
        other = earlier.quantity.convert(later.quantity.unit)
    except QuantityError:
        return None
    small, large = sorted((later.quantity, other), key=lambda q: q.value)
    if small.value <= 0 or large.value % small.value:
        return None
    count = int(large.value / small.value)
    if count not in counts or judge_product(PerUnitTimesCount(small, count, large)).outcome is not Outcome.AGREES:
        return None
    args = _arguments(later, earlier)
    product = span(small.interval().times(count), small.unit)
    return msg.FigureIsEachUnitsShare(
        quote=args["quote"],
        earlier=args["earlier"],
        there=args["there"],
        each=span(small.interval(), small.unit),
        count=count,
        product=product,
    )


def _one_quantity(later: Statement, earlier: Statement, how: Match) -> bool:
    """Whether two figures that differ are surely one quantity stated twice, not parallel ones
    (two cities, two categories, the parts of one breakdown in one paragraph, planned and done):
    on different lines, and the same words but for the figure, or one named unit on both sides
    (a unit's table row and the prose for it included). Precision first: anything less sure is
    confirmed when it agrees and left alone when it does not. Even then it is a warning: two
    paragraphs in the same words may speak of two subjects, so the text does not prove it."""
    if (later.where.path, later.where.line) == (earlier.where.path, earlier.where.line):
        return _base_restates(later, earlier)
    if later.part_of is not None and later.part_of in (earlier.where, earlier.part_of):
        return False  # a part of a breakdown (其中 …) against its total, or against another part of it
    if later.share_of and earlier.share_of and later.share_of != earlier.share_of:
        return False  # shares of one base for two numerators (1690万人 占…的61.93%, 2466万人 占…的90.41%)
    if how is Match.WORDING:
        return True
    return how is Match.KEY and bool(later.subject) and bool(earlier.subject)


def _base_restates(later: Statement, earlier: Statement) -> bool:
    """Within one line, only a share's base that repeats the words of a figure before it:
    "全年应完成投资5260.40万元,…,占应完成投资5218.75万元的92%" gives one amount two values (the same
    verb, metric and subject, 应 included, after 占; the base followed by 的)."""
    return (
        later.subject.startswith("占")
        and later.subject[1:] == earlier.subject
        and "#的" in later.wording
        and bool(later.verb)
        and (later.metric, later.verb) == (earlier.metric, earlier.verb)
    )


def _arguments(later: Statement, earlier: Statement) -> dict:
    """Both figures in the later one's unit (18.3亿元 against 183000万元), and where the earlier stands."""
    unit = later.quantity.unit
    same_file = later.where.path == earlier.where.path
    place = (
        msg.AtLine(line=earlier.where.line)
        if same_file
        else msg.AtFileLine(path=earlier.where.path, line=earlier.where.line)
    )
    return dict(
        quote=later.quote,
        earlier=earlier.quote,
        there=place,
        here_value=span(later.quantity.interval(), unit),
        there_value=span(earlier.quantity.convert(unit).interval(), unit),
    )
