"""SH612 draft-number-skipped: a heading or item number skipped in a draft's text (28 then 30)."""

from __future__ import annotations

from itertools import groupby

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import DraftRule
from shanhai_check.rules.numbering import KIND, numbered, outline_irregularities, skipped_message


class DraftNumberSkipped(DraftRule):
    """Reports a number skipped in a draft's headings or items, and confirms those that run on.

    **What it does.** Reads the draft's numbered lines as SH611 does and reports a jump (28
    then 30), naming the unnumbered paragraphs that stand in the gap, if any. Each list
    whose numbers at one level all run in order is listed as a check that agrees.

    **Why it matters.** A missing number is a task lost in editing, or an item whose number
    fell off; the responsibility table then has one task fewer than the plan it implements.

    **Example.**

    ```text
    28.加强宣传。
    30.加强督查。
    ```
    """

    code = "SH612"
    name = "draft-number-skipped"
    severity = Severity.WARNING
    summary = "草稿中的标题号或项号跳号"
    summary_en = "a heading or item number is skipped in a draft"
    doc_zh = """报告草稿标题号或项号中的跳号,并确认依次连续的编号。

    **作用。** 与 SH611 一样读出草稿中带编号的各行,报告跳号 (28 之后是 30),并指出空档中未编号的
    段落。某一清单某一层级的编号全部依次连续时,记为一项核对一致。

    **为何重要。** 缺一个号,要么是编辑时丢了一项任务,要么是某项的编号掉了;责任分解表就比它所
    落实的计划少一项任务。

    **示例。** 第 28 项之后是第 30 项。
    """

    def check_draft(self, text):
        for name, entries in text.outlines:
            found = outline_irregularities(entries)
            for irregular in found:
                if not irregular.repeated:
                    yield self.finding(skipped_message(name, irregular), irregular.where, [irregular.previous_where, *irregular.unnumbered])
            yield from self._in_order(name, entries, {f.kind for f in found})

    def _in_order(self, name, entries, irregular_kinds):
        """One agreement per level of the list whose numbers all run on."""
        read = [(numbered(e), e) for e in entries if numbered(e)]
        read.sort(key=lambda pair: pair[0][0])  # stable: document order within a level
        for kind, run in groupby(read, key=lambda pair: pair[0][0]):
            run = list(run)
            if kind in irregular_kinds or len(run) < 2:
                continue
            label, label_en = KIND[kind]
            (_, _, first), first_entry = run[0]
            (_, _, last), last_entry = run[-1]
            message = msg.NumberingRunsOn(task_list=name, kind=label, kind_en=label_en, first=first, last=last)
            yield self.verified(message, first_entry.where, [last_entry.where])
