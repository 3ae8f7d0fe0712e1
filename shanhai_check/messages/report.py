"""The words of the reports, one small class each, in Chinese and English: severities, the
summary line, the labels of the text, GitHub, JUnit and HTML reports, of ``show`` and of
``extract``'s listing. The formatters keep the layout; the words are here.
"""

from __future__ import annotations

from shanhai_check.messages import Message


# -- severities (findings.Severity) --------------------------------------------------------------
class SeverityError(Message):
    zh = "错误"
    en = "error"


class SeverityWarning(Message):
    zh = "警告"
    en = "warning"


class SeverityInfo(Message):
    zh = "提示"
    en = "info"


SEVERITIES = {"error": SeverityError, "warning": SeverityWarning, "info": SeverityInfo}


# -- the text report (report/text.py) ------------------------------------------------------------
class RelatedLines(Message):
    """*lines*: a listing of line numbers (and file:line for other files)."""

    zh = "↳ 相关行: {lines}"
    en = "↳ related lines: {lines}"


class WaivedLabel(Message):
    zh = "豁免"
    en = "waived"


class AgreesLabel(Message):
    zh = "一致"
    en = "ok"


class Summary(Message):
    """The last line of a text report; *inputs*, *waived* and *unusable* are the parts below, or ''."""

    zh = (
        "检查了 {files} 个文件: {errors} 个错误{inputs}, {warnings} 个警告, {notes} 个提示; "
        "{verified} 项核对一致{waived}{unusable}"
    )
    en = (
        "checked {files:file}: {errors:error}{inputs}, {warnings:warning}, {notes:note}; "
        "{verified:check agrees/checks agree}{waived}{unusable}"
    )


class SummaryInputs(Message):
    zh = " (含 {count} 个输入错误)"
    en = " ({count:input error})"


class SummaryWaived(Message):
    zh = "; {count} 项已豁免"
    en = "; {count} waived"


class SummaryUnusable(Message):
    zh = "; {count} 个文件无法使用"
    en = "; {count:file} unusable"


# -- GitHub annotations and the job summary (report/github.py) ------------------------------------
class MoreErrors(Message):
    zh = "另有 {count} 条错误未显示为注释 (GitHub 每个步骤只显示 {limit} 条),全部见{where}"
    en = "{count:more error/more errors} not shown as annotations (GitHub shows {limit} per step): see {where}"


class MoreWarnings(Message):
    zh = "另有 {count} 条警告未显示为注释 (GitHub 每个步骤只显示 {limit} 条),全部见{where}"
    en = "{count:more warning/more warnings} not shown as annotations (GitHub shows {limit} per step): see {where}"


class MoreNotes(Message):
    zh = "另有 {count} 条提示未显示为注释 (GitHub 每个步骤只显示 {limit} 条),全部见{where}"
    en = "{count:more note/more notes} not shown as annotations (GitHub shows {limit} per step): see {where}"


MORE = {"error": MoreErrors, "warning": MoreWarnings, "info": MoreNotes}


class InJobSummary(Message):
    zh = "作业摘要 (job summary)"
    en = "the job summary"


class InStepLog(Message):
    zh = "本步骤的日志"
    en = "this step's log"


class ColumnLevel(Message):
    zh = "级别"
    en = "level"


class ColumnCode(Message):
    zh = "代码"
    en = "code"


class ColumnPlace(Message):
    zh = "位置"
    en = "place"


class ColumnMessage(Message):
    zh = "说明"
    en = "message"


class NotListed(Message):
    zh = "另有 {count} 条未列出,全部见本步骤的日志。"
    en = "{count} more not listed here: see this step's log."


# -- JUnit (report/junit.py) -----------------------------------------------------------------------
class FindingsOnLine(Message):
    """*lines*: a listing of one line number."""

    zh = "{count} 个发现 (第 {lines} 行)"
    en = "{count:finding} (line {lines})"


class FindingsOnLines(Message):
    zh = "{count} 个发现 (第 {lines} 行)"
    en = "{count:finding} (lines {lines})"


class FileNotChecked(Message):
    zh = "{count} 个输入错误,文件未检查"
    en = "{count:input error}; the file was not checked"


# -- the HTML report (report/html.py) ---------------------------------------------------------------
class ReportTitle(Message):
    zh = "shanhai-check 检查报告"
    en = "shanhai-check report"


class FilesChecked(Message):
    zh = "检查的文件"
    en = "Files checked"


class FileHeader(Message):
    zh = "文件"
    en = "file"


class KindHeader(Message):
    zh = "类型"
    en = "kind"


class StateHeader(Message):
    zh = "状态"
    en = "state"


class KindPlan(Message):
    zh = "计划"
    en = "plan"


class KindRoster(Message):
    zh = "名册"
    en = "roster"


class KindDraft(Message):
    zh = "草稿"
    en = "draft"


class KindTable(Message):
    zh = "表格"
    en = "table"


KINDS = {"plan": KindPlan, "roster": KindRoster, "draft": KindDraft, "table": KindTable}


class Usable(Message):
    zh = "可用"
    en = "usable"


class Unusable(Message):
    zh = "无法使用"
    en = "unusable"


class FindingsHeading(Message):
    zh = "发现"
    en = "Findings"


class NoFindings(Message):
    zh = "没有发现"
    en = "No findings"


class InputErrorsHeading(Message):
    zh = "无法使用的输入 (文件未检查)"
    en = "Unusable input (file not checked)"


class InputErrorsCount(Message):
    zh = "输入错误"
    en = "input errors"


class VerifiedCount(Message):
    zh = "项核对一致"
    en = "checks agree"


class WaivedHeading(Message):
    zh = "已豁免的发现"
    en = "Waived findings"


class WaivedCount(Message):
    zh = "项已豁免"
    en = "waived"


class Related(Message):
    zh = "相关"
    en = "related"


class ClaimsHeading(Message):
    zh = "主要目标与正文分配"
    en = "Goals and allocations in the text"


class GoalLabel(Message):
    zh = "目标"
    en = "goal"


class AllocationLabel(Message):
    zh = "正文分配"
    en = "allocation"


class MetricHeader(Message):
    zh = "指标"
    en = "metric"


class ValueHeader(Message):
    zh = "数值"
    en = "value"


class SectionHeader(Message):
    zh = "出处"
    en = "section"


class QuoteHeader(Message):
    zh = "原文"
    en = "as written"


class UnitHeader(Message):
    zh = "单位"
    en = "unit"


class NameHeader(Message):
    zh = "名称"
    en = "name"


class TotalRow(Message):
    """The label of a table's stated total row; English keeps the word the document prints."""

    zh = "合计"
    en = "合计 (total)"


class ComputedRow(Message):
    zh = "各行之和 (计算)"
    en = "sum of rows (computed)"


class BlankCells(Message):
    zh = "有空白单元格,不计算"
    en = "blank cells, not summed"


class NotesHeading(Message):
    zh = "表中标出的发现"
    en = "Findings marked in this table"


class SumOfRows(Message):
    zh = "各行之和"
    en = "sum of rows"


class ByUnit(Message):
    zh = "各单位分配"
    en = "by unit"


class BreakdownAndGoal(Message):
    zh = "分解与目标"
    en = "breakdown and goal"


class NoGoalForMetric(Message):
    zh = "(计划未设该指标的目标)"
    en = "(the plan sets no goal for this metric)"


# -- show: tables with their sums (report/tables.py, report/table_export.py) ------------------------
class StatedTotal(Message):
    zh = "合计"
    en = "stated total"


class Difference(Message):
    zh = "差额"
    en = "difference"


class CheckRow(Message):
    zh = "核对"
    en = "check"


class RowTotalCheck(Message):
    zh = "行合计核对"
    en = "row total check"


class Incomplete(Message):
    zh = "不全"
    en = "incomplete"


class NotCheckable(Message):
    zh = "无法核对"
    en = "not checkable"


class PartsAddTo(Message):
    zh = "各列之和"
    en = "parts add to"


class NoTables(Message):
    zh = "{path}: 没有分配表"
    en = "{path}: no tables"


class TablesSummary(Message):
    zh = "共 {tables} 张表; {differences} 处合计与各项之和不符 (标 ✗)"
    en = "tables: {tables}; totals that differ from their parts (marked ✗): {differences}"


class Legend(Message):
    zh = "✗ 超出末位舍入的差额; ≈ 差额在末位舍入或所写范围 (以上、左右) 之内; (不全) 该列有空白单元格,和不完整"
    en = (
        "✗ differs beyond rounding; ≈ differs within the rounding of the last digit or the stated range; "
        "(incomplete) the column has blank cells"
    )


class StatusEqual(Message):
    zh = "一致"
    en = "equal"


class StatusWithin(Message):
    zh = "≈ 舍入内一致"
    en = "≈ equal within rounding"


class StatusDifferent(Message):
    zh = "✗ 不符"
    en = "✗ differs"


class StatusIncomplete(Message):
    zh = "无法核对 (有空白)"
    en = "not checkable (blanks)"


# -- extract: the claims and tables of drafts (report/claims.py) ------------------------------------
class DraftTableLine(Message):
    """One table of a draft in the listing; *total* is TableTotalCells or NoTotalRow."""

    zh = "表 {title}: {rows} 行 × {columns} 列, {total}"
    en = "table {title}: {rows:row} × {columns:column}, {total}"


class TableTotalCells(Message):
    zh = "合计 {cells}"
    en = "total {cells}"


class NoTotalRow(Message):
    zh = "无合计"
    en = "no total"


# -- the progress bar (progress.py) -----------------------------------------------------------------
class Checking(Message):
    zh = "检查中"
    en = "checking"
