"""What ``import`` and ``export`` say, one small class per message, in Chinese and English.

Errors (the file cannot be used: exit status 2) and warnings (the table was imported, but a
planner should look at something) about tables in Word and Excel files. Names and texts from
the user's file are arguments; English quotes them.
"""

from __future__ import annotations

from shanhai_check.messages import Message


class WordTable(Message):
    """A table of a Word file, which has no name of its own: its number, counted from 1."""

    zh = "表{number}"
    en = "table {number}"


class WordCell(Message):
    """A cell of a table in a Word file: its table, row and cell, counted from 1."""

    zh = "表{table} 第{row}行第{column}格"
    en = "table {table} row {row} cell {column}"


class WordParagraph(Message):
    """A paragraph of a Word file, counted from 1 among those with text (a blank one is not seen)."""

    zh = "第{number}段"
    en = "paragraph {number}"


class InWord(Message):
    """Where a finding's place is in the Word file, for a reader of the document in Word."""

    zh = "↳ 在 Word 中: {place}"
    en = "↳ in Word: {place}"


# -- opening the file (read.py) ---------------------------------------------------------------
class UnknownFormat(Message):
    zh = "不支持的文件类型: {name} (可用: {choices})"
    en = "unsupported file type: {name} (use {choices})"


class Unreadable(Message):
    zh = "无法作为 {kind} 文件打开: {reason}"
    en = "cannot be opened as a {kind} file: {reason}"


class UnclosedQuote(Message):
    zh = "这一行开始的引号没有闭合: 其后的整个文件会被读成一格; 请补上引号"
    en = "the quote opened on this line is never closed: the rest of the file would be one cell; close it"


class NoTables(Message):
    zh = "文档中没有表格"
    en = "the document has no table"


class NoSuchTable(Message):
    zh = "没有第 {number} 个表格 (共 {count} 个)"
    en = "there is no table {number} (there are {count})"


class NoSuchSheet(Message):
    zh = "没有名为 '{name}' 的工作表 (有: {names})"
    en = "there is no sheet named '{name}' (the sheets are: {names})"


class OptionNotForFormat(Message):
    zh = "{option} 不适用于 {kind} 文件"
    en = "{option} does not apply to {kind} files"


class FormulaWithoutResult(Message):
    zh = "公式 {formula} 没有保存的计算结果; 请在 Excel 或 WPS 中打开并保存后再导入"
    en = "the formula {formula} has no saved result; open and save the file in Excel or WPS, then import it"


class ExternalReference(Message):
    zh = "公式 {formula} 引用了另一个工作簿: 保存的结果可能已过时,不能导入; 请把数值粘贴为值后再导入"
    en = (
        "the formula {formula} refers to another workbook: its saved result may be stale and is not imported; "
        "paste the figures as values, then import"
    )


class FormulaCells(Message):
    zh = (
        "{count} 个单元格是公式 (此处为 {formula}),导入的是文件中保存的计算结果; "
        "请确认文件在 Excel 或 WPS 中重新计算并保存过"
    )
    en = (
        "{count:cell holds/cells hold} formulas (here {formula}); their results as saved in the file were imported: "
        "make sure the file was recalculated and saved in Excel or WPS"
    )


# -- finding the table (layout.py) ------------------------------------------------------------
class EmptyTable(Message):
    zh = "表格是空的"
    en = "the table is empty"


class NoDataRows(Message):
    zh = "表头之下没有数据行"
    en = "there are no data rows under the header"


class NoNumericColumn(Message):
    zh = "没有数值列 (第一列之后的各列都不含数字)"
    en = "there is no numeric column (no column after the first holds a number)"


class NotAFigure(Message):
    zh = "'{text}' 不是数值 (列 {column}, '{row}' 一行)"
    en = "'{text}' is not a figure (column '{column}', row '{row}')"


class NoUnit(Message):
    zh = "列 '{column}' 没有计量单位: 请在表头写明 (如 到位资金(亿元)),或在表格上方写 单位:万元"
    en = "column '{column}' has no unit: give it in the header ('到位资金(亿元)') or above the table ('单位:万元')"


class RowTwice(Message):
    zh = "'{name}' 一行出现了两次 (另一次在 {first})"
    en = "row '{name}' appears twice (also at {first})"


class ColumnTwice(Message):
    zh = "列 '{name}' 出现了两次 (另一次在 {first})"
    en = "column '{name}' appears twice (also at {first})"


class TotalTwice(Message):
    zh = "合计行出现了两次 (另一次在 {first})"
    en = "the '合计' row appears twice (also at {first})"


# -- warnings ---------------------------------------------------------------------------------
class WithCode(Message):
    zh = "{code} {message}"
    en = "{code} {message}"


class AsWarning(Message):
    zh = "警告: {message}"
    en = "warning: {message}"


class ColumnSkipped(Message):
    zh = "列 '{column}' 没有数值,未导入"
    en = "column '{column}' holds no figures; it was not imported"


class UnitNotInRoster(Message):
    zh = "'{name}' 不在名册 {roster} 中{hint}"
    en = "'{name}' is not in the roster {roster}{hint}"


class NearestNames(Message):
    zh = ";最接近的名册名称: {names}"
    en = "; nearest roster names: {names}"


# -- export (write.py) ------------------------------------------------------------------------
class NoSuchPlanTable(Message):
    zh = "计划中没有表 '{id}' (有: {ids})"
    en = "the plan has no table '{id}' (it has: {ids})"


class ChooseTable(Message):
    zh = "计划有 {count} 个表,请用 --table 选择一个: {ids}"
    en = "the plan has {count} tables; choose one with --table: {ids}"


class RowWithoutName(Message):
    zh = "这一行有数值却没有名称 (第一列为空)"
    en = "this row has figures but no name (its first cell is empty)"
