"""SH612 draft-number-skipped: a heading or item number skipped in a draft's text (28 then 30)."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import DraftRule
from shanhai_check.rules.numbering import (
    KIND,
    late_message,
    late_start,
    numbered,
    outline_irregularities,
    skipped_message,
)


class DraftNumberSkipped(DraftRule):
    """Reports a number skipped in a draft's headings or items, and confirms those that run on.

    **What it does.** Reads the draft's numbered lines as SH611 does and reports a jump (28
    then 30), naming the unnumbered paragraphs that stand in the gap, if any, and sections
    that start after one (二、, 三、 … with no 一、 before them; a single heading may be a quoted
    section and is left alone). Each run
    of one level's numbers (a run starts afresh at 1 under a new heading) whose numbers all
    run in order is listed as a check that agrees.

    **Why it matters.** A missing number is a task lost in editing, or an item whose number
    fell off; the responsibility table then has one task fewer than the plan it implements.

    **Example.**

    ```text
    28.加强宣传。
    30.加强督查。
    ```

    **Use instead.** The numbers run on without a gap:

    ```text
    28.加强宣传。
    29.加强督查。
    ```
    """

    code = "SH612"
    name = "draft-number-skipped"
    severity = Severity.WARNING
    summary = "草稿中的标题号或项号跳号"
    summary_en = "a heading or item number is skipped in a draft"
    doc_zh = """报告草稿标题号或项号中的跳号,并确认依次连续的编号。

    **作用。** 与 SH611 一样读出草稿中带编号的各行,报告跳号 (28 之后是 30),并指出空档中未编号的
    段落;一级标题不从 一、 开始的 (二、三、…之前没有 一、;只有一个标题的,可能是引用的一节,不报告),
    也报告。某一层级的一组编号 (上级标题下从 1 重新开始的,各为一组) 全部依次连续时,记为一项核对一致。

    **为何重要。** 缺一个号,要么是编辑时丢了一项任务,要么是某项的编号掉了;责任分解表就比它所
    落实的计划少一项任务。

    **示例。** 第 28 项之后是第 30 项。

    **正确写法。** 编号依次连续: 28 之后是 29。
    """

    def check(self, text):
        for name, entries in text.outlines:
            if (late := late_start(entries)) is not None:
                number, shown, where = late
                yield self.finding(late_message(name, number, shown), where)
            found = outline_irregularities(entries)
            for irregular in found:
                if not irregular.repeated:
                    yield self.finding(
                        skipped_message(name, irregular),
                        irregular.where,
                        [irregular.previous_where, *irregular.unnumbered],
                    )
            irregular_at = {f.where for f in found}
            for run in numbered_runs(entries):
                if len(run) > 1 and not irregular_at & {e.where for _, e in run}:
                    yield self._runs_on(name, run)

    def _runs_on(self, name, run):
        (kind, _, first), first_entry = run[0]
        (_, _, last), last_entry = run[-1]
        message = msg.NumberingRunsOn(task_list=name, kind=KIND[kind](), first=first, last=last)
        return self.verified(message, first_entry.where, [last_entry.where])


def numbered_runs(entries) -> list[list]:
    """The runs of one level's numbers, in document order: a number 1 after others starts a new
    run ((一)…(三) under 二、, then (一)… under 三、); numbering carried on across a higher heading
    stays one run."""
    runs: list[list] = []
    current: dict[int, list] = {}
    for entry in entries:
        read = numbered(entry)
        if read is None:
            continue
        level, number, _ = read
        if number == 1 or level not in current:
            current[level] = []
            runs.append(current[level])
        current[level].append((read, entry))
    return runs
