"""SH111 draft-total-vs-parts: a total in a draft's prose or table against the parts it lists."""

from __future__ import annotations

import re

from shanhai_check.messages import rules as msg
from shanhai_check.drafts.parts import Breakdown, allocations
from shanhai_check.findings import Severity
from shanhai_check.rules.base import DraftRule
from shanhai_check.quantity import written
from shanhai_check.relations import Outcome, PartsOfTotal, judge_parts
from shanhai_check.rules.column_totals import column_total
from shanhai_check.sums import Term, amount


# Columns whose 合计 row is not a sum: 增长率, 占比, 人均, 平均.
_NOT_ADDED = re.compile(r"率|比重|占比|比例|平均|均值|人均|%|‰")


class DraftTotalVsParts(DraftRule):
    """Checks that a draft's totals and the parts it gives for them add up, straight from the text.

    **What it does.** Reads three structures of official prose and tables. (1) A total
    followed by its parts: "4000万资金全部分配给6县区,其中:乐都区819万元,…;另安排平安区、循化县
    各100万元" (其中, 包括, 含, 分别为, 具体为; a part "各100万元" over units named just before it
    counts as 2 × 100; a bracket opens a nested breakdown of its own). When the text presents
    the parts as the whole (全部, 合计, 分别为, parts naming as many units as the total's
    group counts: 6县区 and six units named, or a last part that is the rest: 其中…,其他岗位900人)
    they must add up to the total; after 其中 alone
    they may be a partial list, and must not exceed it. Parts first and their total after
    共计/合计/总计 are a whole too: "甲区100万元、乙区200万元,共计300万元", or one amount for each
    of a counted group, "5个乡镇各安排120万元,共计600万元" (5 × 120). (2) Every column of a draft table with
    a 合计 row: the 合计 must equal the sum of the column's cells. (3) Confirmations only: a
    figure that every later figure of its sentence adds up to ("16.7亿元,实际安排15.7亿元
    (另外1亿元…)"), and a sentence that shares a metric out among units ("市本级772万元,5个…各
    221万元,8个…分别不低于110万元") against the draft's one headline for that metric ("落实援建资金
    2757万元"). Figures are exact (18.3 is 18.3); 约/近/余/多/以上 make them approximate or
    open, and only a draft that says its figures are rounded (四舍五入, 尾差) reads them as
    rounding intervals, with agreement only within the rounding reported as a warning.

    **Why it matters.** A total and its parts are written at different times by different
    hands; when one is revised the other often is not. The reader who redoes the sum stops
    trusting every other figure of the draft.

    **Example.**

    ```text
    将本批追加的4000万元资金全部分配给6县区,其中:乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各150万元。
    ```

    **Use instead.** Parts that add up to the total (平安区 and 循化县 100 each):

    ```text
    将本批追加的4000万元资金全部分配给6县区,其中:乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各100万元。
    ```
    """

    code = "SH111"
    name = "draft-total-vs-parts"
    severity = Severity.ERROR
    summary = "草稿中的总数与所列各部分之和不符"
    summary_en = "a total in a draft does not equal the sum of the parts it lists"
    doc_zh = """直接读草稿:总数与草稿给出的各部分相加核对。

    **作用。** 读三种结构。(1) 总数之后列出其各部分:“将本批追加的4000万资金全部分配给6县区,其中:
    乐都区819万元,…;另安排平安区、循化县各100万元” (其中、包括、含、分别为、具体为;“各100万元”
    作用于紧挨其前列出的单位,计作 2 × 100;括号内可再有下一级分解)。行文把各部分作为全部时
    (全部、合计、分别为,所列单位数恰为总数所说的单位数,如“6县区”列出六个,或最后一项是其余部分,
    如“其中…,其他岗位900人”),各部分之和必须
    等于总数;只有“其中”时可能只列了一部分,各部分之和不得超过总数。先列各部分、再以 共计/合计/
    总计 给出总数的,也是全部:“甲区100万元、乙区200万元,共计300万元”,或给已计数的一组单位
    每个一个数额:“5个乡镇各安排120万元,共计600万元” (5 × 120)。(2) 草稿表格中带合计行的
    每一列:合计必须等于该列各格之和。(3) 只作确认:句中其后各数相加恰为前面一个数 (“16.7亿元,
    实际安排15.7亿元(另外1亿元…)”),以及把某项指标分给各单位的句子 (“市本级772万元,5个…各221万元,
    8个…分别不低于110万元”) 与草稿中该指标唯一的总目标 (“落实援建资金2757万元”) 相符。数值按
    精确值计算 (18.3 就是 18.3);约、近、余、多、以上使数值成为近似值或开区间;只有草稿写明数值经
    四舍五入 (或有尾差) 时才按舍入区间比较,且只在舍入范围内才相符的给出警告。

    **为何重要。** 总数和分项往往由不同的人在不同时候写成,改了一处常常忘了另一处。读者一旦
    重算发现对不上,就不再相信草稿中的其他数字。

    **示例。** “4000万资金全部分配给6县区”,所列六县区之和为 4100 万元。

    **正确写法。** 各部分之和等于总数: 平安区、循化县各 100 万元。
    """

    def check(self, text):
        for breakdown in text.breakdowns:
            yield from self._prose(text, breakdown)
        for breakdown in allocations(text):
            yield from self._prose(text, breakdown, msg.DraftAllocationInTotal(line=breakdown.parts[0].claim.line))
        for table in text.tables:
            yield from self._table(text, table)

    def _prose(self, text, breakdown: Breakdown, how=""):
        unit, total = breakdown.unit, breakdown.total
        parts = tuple(Term(p.claim.figure.text, p.figure(unit), text.where(p.claim)) for p in breakdown.parts)
        verdict = judge_parts(
            PartsOfTotal(
                total.quantity, parts, whole=breakdown.whole, stated=breakdown.stated, certain=breakdown.certain
            )
        )
        args = dict(quote=text.quote(total), total=total.figure.text, parts=breakdown.shown())
        here = text.where(total)
        related = [text.where(p.claim) for p in breakdown.parts]
        if verdict.outcome is Outcome.AGREES:
            yield self.verified(msg.DraftPartsAddUp(**args, how=how), here, related)
        elif verdict.outcome is Outcome.WITHIN:  # a partial list that stays within its total
            yield self.verified(msg.DraftPartsWithinTotal(**args, computed=amount(verdict.exact, unit)), here, related)
        elif verdict.reported:
            shown = dict(args, computed=amount(verdict.exact, unit), intervals=verdict.note(unit))
            message = (
                msg.DraftPartsDoNotAddUp(**shown)
                if verdict.outcome is Outcome.DIFFERS
                else msg.DraftPartsExceedTotal(**shown)
            )
            yield self.finding(
                message, here, related, verdict.severity, stated=str(total.quantity.value), computed=str(verdict.exact)
            )

    def _table(self, text, table):
        if table.total is None:
            return
        for index, (column, stated) in enumerate(zip(table.columns, table.total.cells)):
            cells = [(row, row.cells[index]) for row in table.rows]
            if stated.quantity is None or any(cell.quantity is None for _, cell in cells):
                continue  # a blank cell: the sum cannot be checked
            if _NOT_ADDED.search(column.name) or column.unit is not None and column.unit.base in ("%", "‰"):
                continue  # rates, shares and averages: their 合计 is not the sum of the rows
            terms = [Term(row.label, cell.quantity, text.at(cell.line, cell.column, row.label)) for row, cell in cells]
            here = text.at(stated.line, stated.column, f"{table.title} 合计")
            # In the plan's words (SH101's): the column's metric, the 合计 with its unit, so a draft
            # and the plan encoded from it read alike.
            yield column_total(
                self,
                table.title,
                column.metric or column.name,
                stated.quantity,
                written(stated.quantity),
                terms,
                column.unit,
                here,
            )
