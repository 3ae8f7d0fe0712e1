"""SH206 figure-differs-from-quote: a structured figure against the document's own words for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from shanhai_check.messages import Joined, Listing, Message
from shanhai_check.messages import rules as msg
from shanhai_check.drafts.figures import figures_in
from shanhai_check.findings import Location, Severity
from shanhai_check.model import Source
from shanhai_check.quantity import Quantity, QuantityError, plain, same_base, written
from shanhai_check.rules.base import Rule


@dataclass
class Transcribed:
    """A figure of the plan and the words it was transcribed from."""

    what: "str | Message"  # how the message names it: 援建资金 目标, 市本级 援建资金, 省定结对 援建资金 每单位 …
    value: Quantity
    where: Location  # the figure
    words: str  # its quote, or the text of its task
    words_where: Location


class FigureDiffersFromQuote(Rule):
    """Checks every figure that carries its own words (a ``quote``, or the ``text`` of the task
    it belongs to) against those words.

    **What it does.** Finds the figures of the quoted words (as a draft's figures are read:
    number, scale, unit) whose unit converts to the figure's, and requires one of them to be the
    same value: ``value: 18.3亿元`` against "实现到位资金18.3亿元" agrees, and so does
    ``value: 183000万元`` (the units convert exactly). Words that state no figure in a
    convertible unit are not compared. A figure that agrees is confirmed.

    **Why it matters.** The figures the checker adds up are the structured ones; the quote is
    what the planner copied them from. When the two differ, a transcription slip (18.5 typed for
    18.3) makes every sum built on the figure check the wrong number, in silence.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      到位资金: {unit: 亿元}
    goals:
      - {metric: 到位资金, value: 18.5亿元, quote: 实现产业合作项目实际到位资金18.3亿元}
    ```

    **Use instead.** The figure as the quoted words give it:

    ```yaml
    document: {title: 示例}
    metrics:
      到位资金: {unit: 亿元}
    goals:
      - {metric: 到位资金, value: 18.3亿元, quote: 实现产业合作项目实际到位资金18.3亿元}
    ```
    """

    code = "SH206"
    name = "figure-differs-from-quote"
    severity = Severity.WARNING
    summary = "计划中的数值与其所引原文不符"
    summary_en = "a figure of the plan differs from the quoted words it was taken from"
    doc_zh = """把每个带有原文 (``quote``,或所属任务的 ``text``) 的数值与原文核对。

    **作用。** 按读草稿的方法找出原文中的数字 (数值、万/亿、单位),取其中单位可与该数值换算
    的,要求其中一个与该数值相等: ``value: 18.3亿元`` 与“实现到位资金18.3亿元”一致,
    ``value: 183000万元`` 也一致 (单位精确换算)。原文中没有可换算单位的数字时不比较。
    一致的予以确认。

    **为何重要。** 检查器相加的是结构化的数值,原文是规划人员抄录数值的出处。两者不同时,
    一个抄录错误 (把 18.3 打成 18.5) 会让建立在这个数上的每一项核对都在核对错的数,而且毫无声息。

    **示例。** 目标写成 18.5亿元,所引原文却是 18.3亿元。

    **正确写法。** 目标照原文写作 18.3亿元。
    """

    def check(self, plan) -> Iterator:
        for item in _transcribed(plan):
            shown = dict(what=item.what, value=written(item.value), words=item.words)
            if _written_as_is(item.words, item.value):  # most quotes hold the figure as the plan writes it
                yield self.verified(msg.FigureAgreesWithQuote(**shown), item.where, [item.words_where])
                continue
            said = _figures_in_unit(item.words, item.value)
            if not said:
                continue
            if any(_same(figure, item.value) for figure in said):
                yield self.verified(msg.FigureAgreesWithQuote(**shown), item.where, [item.words_where])
            else:
                yield self.finding(
                    msg.FigureDiffersFromQuote(written=Listing(f.text for f in said), **shown),
                    item.where,
                    [item.words_where],
                )


def _transcribed(plan) -> Iterator[Transcribed]:
    for goal in plan.goals:
        yield from _quoted(msg.GoalOf(metric=goal.metric), goal.value, goal.source)
    for allocation in plan.allocations:
        yield from _quoted(f"{allocation.unit} {allocation.metric}", allocation.value, allocation.source)
    for rule in plan.rules:
        yield from _quoted(msg.EachOf(group=rule.group, metric=rule.metric), rule.each, rule.source)
    for task in plan.tasks():
        for target in task.targets:
            if target.source.quote:
                yield from _quoted(Joined([task.label, " ", target.metric]), target.value, target.source)
            elif task.text and target.value is not None:
                where = target.source.figure_where or target.source.where
                yield Transcribed(
                    Joined([task.label, " ", target.metric]),
                    target.value,
                    where,
                    task.text,
                    task.text_where or task.where,
                )


def _quoted(what: "str | Message", value: Quantity | None, source: Source) -> Iterator[Transcribed]:
    if value is not None and source.quote:
        yield Transcribed(
            what, value, source.figure_where or source.where, source.quote, source.quote_where or source.where
        )


def _written_as_is(words: str, value: Quantity) -> bool:
    """The value and its unit stand in the words as one figure (18.3亿元 in '…资金18.3亿元',
    not in '…118.3亿元'): the same figure, found without reading every figure of the words."""
    if value.unit is None or value.upper is not None:
        return False
    written = plain(value.value) + value.unit.text
    at = words.find(written)
    while at > 0 and (words[at - 1].isdigit() or words[at - 1] == "."):
        at = words.find(written, at + 1)
    return at >= 0


def _figures_in_unit(words: str, value: Quantity) -> list:
    return [f for f in figures_in(words) if same_base(f.quantity.unit, value.unit)]


def _same(figure, value: Quantity) -> bool:
    """The same value(s) once converted (18.3亿元 = 183000万元); comparators are another matter."""
    try:
        said = figure.quantity.convert(value.unit)
    except QuantityError:
        return False
    return said.value == value.value and said.upper == value.upper
