"""SH701 deadline-before-document: a deadline that had passed when the document was issued."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.drafts.deadlines import deadlines, issued, names_a_plan
from shanhai_check.model import Plan
from shanhai_check.rules.base import Rule


class DeadlineBeforeDocument(Rule):
    """Checks every deadline against the document's own date (成文日期).

    **What it does.** Reads each deadline phrase (``shanhai_check/dates.py``: a phrase without
    a year takes the plan's year; recurring phrases such as 每年10月底前 are skipped) and
    compares it with ``document.date``. It is an error when the deadline is earlier however
    it is read ("2018年7月底前" in a document dated 2018-12-07). "X前" read literally is the day
    before X starts; when only that literal reading is earlier ("2018年四季度前": before
    2018-10-01, or by 2018-12-31 if read loosely), it is a warning, and the message gives
    both readings.

    **Why it matters.** A deadline that has passed on the day the plan is issued cannot be
    met; usually the text was drafted months earlier and the dates were never updated.

    **Example.**

    ```yaml
    document: {title: 示例, date: '2018-12-07'}
    task_lists:
      - id: 正文
        items:
          - item: 1
            text: 2018年7月底前完成产业园管委会组建
            deadlines: [2018年7月底前]
    ```

    **Use instead.** A deadline after the document's date:

    ```yaml
    document: {title: 示例, date: '2018-12-07'}
    task_lists:
      - id: 正文
        items:
          - item: 1
            text: 2018年12月底前完成产业园管委会组建
            deadlines: [2018年12月底前]
    ```
    """

    code = "SH701"
    name = "deadline-before-document"
    severity = Severity.ERROR
    summary = "期限早于文件自身的日期"
    summary_en = "a deadline is earlier than the document's own date"
    doc_zh = """把每个期限与文件自身的日期 (成文日期) 比较。

    **作用。** 读取每个期限表述 (见 ``shanhai_check/dates.py``: 不带年份的表述取计划的年份;
    每年10月底前 这类周期性表述跳过),与 ``document.date`` 比较。无论怎样理解都早于成文日期
    的,报错误 (成文日期为 2018-12-07 的文件中的“2018年7月底前”)。“X前”按字面理解是 X 开始的
    前一天;只有按字面理解才早于成文日期时 (“2018年四季度前”: 字面是 2018-10-01 之前,宽松理解
    是 2018-12-31 前),报警告,消息中给出两种理解。

    **为何重要。** 计划印发当天就已经过了的期限不可能完成;通常是文字几个月前就起草好了,
    日期一直没有更新。

    **示例。** 成文日期是 2018-12-07,任务期限却是 2018年7月底前。

    **正确写法。** 期限在成文日期之后: 2018年12月底前。
    """

    also_reads = ("draft",)

    def check(self, document):
        if isinstance(document, Plan):
            yield from self._plan(document)
        else:
            yield from self._draft(document)

    def _plan(self, plan):
        if plan.document.day is None:
            return
        for _, deadline in plan.deadlines():
            yield from self._judged(deadline.when, deadline.reading, plan.document.day, deadline.source.where)

    def _draft(self, text):
        """A draft's deadlines against its own date, when its title names a plan (see
        drafts/deadlines.py: a report's past dates are not deadlines)."""
        lines = text.draft.lines
        day = issued(lines)
        if day is None or not names_a_plan(lines):
            return
        for deadline in deadlines(lines, day.year):
            yield from self._judged(
                deadline.when, deadline.reading, day, text.at(deadline.line, deadline.column, deadline.when)
            )

    def _judged(self, when, reading, issued_on, where):
        if reading.recurring or reading.earliest >= issued_on:
            return
        if reading.latest < issued_on:
            yield self.finding(msg.DeadlineBeforeDocument(when=when, deadline=reading.latest, date=issued_on), where)
            return
        message = msg.DeadlineMaybeBeforeDocument(
            when=when,
            before=when.rstrip("前以之 "),
            earliest=reading.earliest,
            latest=reading.latest,
            date=issued_on,
        )
        yield self.finding(message, where, severity=Severity.WARNING)
