"""SH211 draft-claim-vs-table: a figure in a draft's prose disagrees with its table's 合计."""

from __future__ import annotations

import re

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import Comparator, Interval, QuantityError
from shanhai_check.rules.base import DraftRule
from shanhai_check.sums import span

_PER_UNIT = re.compile(r"各|每|分别")


class DraftClaimVsTable(DraftRule):
    """Compares a draft's headline figures with the 合计 of its own tables, straight from the text.

    **What it does.** Reads the draft's tables (Word tables, or tables a web page flattened
    one cell per line or into one line of cells) and, for every column with a 合计, the prose
    claims about the same metric as a whole: the metric phrase names the column ("落实援建资金
    2757万元" for the column 援建资金(万元)), the units convert (万元 ↔ 亿元), and no unit is
    named as the claim's subject (市本级 772万元 is a part, not the whole) nor is it per unit
    (各, 每, 分别). They are compared exactly (18.3亿元 is 183000万元), as intervals only in a
    draft that says its figures are rounded. When the gap is exactly another figure of the same metric that the prose
    states for a named unit (市本级 772万元), the figure adds up: table plus that unit.

    **Why it matters.** This is the contradiction a reader finds first and a drafter last:
    the headline says one amount and the attachment adds up to another. Found in the draft
    itself, before anyone encodes it.

    **Example.**

    ```text
    一、主要目标
    全年落实援建资金500万元。
    附件1
    单位
    援建资金
    (万元)
    甲区
    200
    乙区
    200
    合计
    400
    ```

    **Use instead.** The headline figure the table adds up to:

    ```text
    一、主要目标
    全年落实援建资金400万元。
    附件1
    单位
    援建资金
    (万元)
    甲区
    200
    乙区
    200
    合计
    400
    ```
    """

    code = "SH211"
    name = "draft-claim-vs-table"
    severity = Severity.ERROR
    summary = "草稿正文中的数字与其表格合计不符"
    summary_en = "a figure in a draft's prose differs from the total of its own table"
    doc_zh = """直接读草稿:正文中的总量数字与草稿自己表格的合计比较。

    **作用。** 读出草稿中的表格 (Word 表格,或网页排成一格一行、一行多格的表格),对每个有合计
    的列,找正文中以整体口径说同一指标的数字:指标名称与列名相同 (“落实援建资金2757万元”对应
    援建资金(万元) 一列),单位可换算 (万元 ↔ 亿元),且没有点名某个单位 (市本级 772万元 只是一部
    分),也不是“各/每/分别”的分项数。按精确值比较 (18.3亿元 即 183000万元),只有草稿写明数值经四舍五入
    时才按舍入区间比较。差额恰好等于正文中为某个单位所写的同一指标的另一个数字 (市本级 772万元) 时,
    两者相加相符,记为核对一致。

    **为何重要。** 这是读者最先、起草人最后发现的矛盾:正文说一个数,附件加起来是另一个数。
    在草稿阶段、尚未编码为 YAML 之前就能发现。

    **示例。** 正文“全年落实援建资金500万元”,附件1 援建资金合计 400 万元。

    **正确写法。** 正文写成与附件1 合计一致的 400 万元。
    """

    def check(self, text):
        nearest: dict[int, tuple] = {}  # each claim is compared with one table: the nearest that has its metric
        for table in text.tables:
            if table.total is None:
                continue
            for column, cell in zip(table.columns, table.total.cells):
                if cell.quantity is None or column.unit is None:
                    continue
                for claim in _claims_about(text, column):
                    distance = _distance(claim.line, table.line)
                    if id(claim) not in nearest or distance < nearest[id(claim)][0]:
                        nearest[id(claim)] = (distance, table, column, cell, claim)
        for _, table, column, cell, claim in sorted(nearest.values(), key=lambda n: (n[4].line, n[4].column)):
            yield self._compare(text, table, column, cell, claim)

    def _compare(self, text, table, column, cell, claim):
        stated = claim.quantity.convert(column.unit)
        total = cell.quantity
        args = dict(
            quote=text.quote(claim), total=span(total.interval(), column.unit), table=table.title, column=column.metric
        )
        here, there = text.where(claim), text.at(cell.line, cell.column, f"{table.title} 合计")
        if stated.interval().meets(total.interval()):
            return self.verified(msg.DraftClaimAgreesWithTable(**args), here, [there])
        gap = stated.value - total.value
        source = _stated_elsewhere(text, claim, column, gap)
        if source and not _has_row(
            table, source.subject
        ):  # the prose adds the unit the table lacks (市本级): as SH201 says of plans
            amount = span(Interval.point(gap), column.unit)
            message = msg.DraftClaimExplainedByProse(
                **args, amount=amount, unit=source.subject, line=source.line, quote_there=text.quote(source)
            )
            return self.finding(message, here, [there, text.where(source)], Severity.WARNING)
        message = msg.DraftClaimVsTable(**args, gap=span(Interval.point(gap), column.unit))
        return self.finding(message, here, [there])


def _distance(claim_line: int, table_line: int) -> tuple[int, int]:
    """Attachments follow the text that states their totals: a table after the claim first."""
    return (0, table_line - claim_line) if table_line >= claim_line else (1, claim_line - table_line)


def _claims_about(text, column):
    metric = column.metric
    for claim in text.claims:
        unit = claim.quantity.unit
        if not metric or unit is None or unit.base != column.unit.base:
            continue
        if metric not in claim.metric or not claim.about_the_whole:
            continue
        if _PER_UNIT.search(text.text_of(claim)[claim.clause_start : claim.figure.start]):
            continue
        yield claim


def _has_row(table, unit: str) -> bool:
    """Whether the table has a row for *unit* (宁波市市本级 and 市本级 name one unit)."""
    names = [row.label for row in table.rows]
    return any(unit and (name.endswith(unit) or unit.endswith(name)) for name in names)


def _stated_elsewhere(text, claim, column, gap):
    """Another figure of the same metric, stated for a named unit, equal to the gap (市本级
    772万元), if the prose has one."""
    metric = column.metric
    for other in text.claims:
        unit = other.quantity.unit
        if other is claim or unit is None or unit.base != column.unit.base or other.comparator is not Comparator.EQ:
            continue
        if metric not in other.metric or other.about_the_whole:
            continue
        try:
            if other.quantity.convert(column.unit).value == gap:
                return other
        except QuantityError:
            continue
    return None
