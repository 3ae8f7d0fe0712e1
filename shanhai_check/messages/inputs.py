"""Every input-error message (SH0xx), one small class each, in Chinese and English.

Input errors say why a file cannot be checked at all, so a planner reading the English report
needs them in English as much as the findings. They live apart from :mod:`messages` (what
rules say) and are grouped by where they arise: reading YAML, the schema, building the model,
the engine, reading figures and dates. Names, keys and figures from the plan are arguments;
the English templates quote them (and use no apostrophes), so the only Chinese an English
report shows is the planner's own, between quotes.

An argument may itself be a message (a "did you mean" hint, type names, the reason a figure
cannot be read) or an input error (the error that made a roster unusable, shown as its whole
line): it is rendered in the same language as the sentence.
"""

from __future__ import annotations

from shanhai_check.messages import Message


# -- small parts of sentences ----------------------------------------------------------------
class Names(Message):
    """A list of names from the plan: 'a, b' in Chinese, quoted one by one in English."""

    def __init__(self, names):
        super().__init__(names=list(names))

    def render(self, lang: str = "zh") -> str:
        names = self.args["names"]
        return ", ".join(f"'{n}'" for n in names) if lang == "en" else ", ".join(names)


class DidYouMean(Message):
    zh = ",是否应为 '{near}'?"
    en = "; did you mean '{near}'?"


class KeysAre(Message):
    zh = ",可用的键: {keys}"
    en = "; the keys are: {keys}"


# -- reading YAML (yamltree.py) --------------------------------------------------------------
class FileMissing(Message):
    zh = "文件不存在"
    en = "the file does not exist"


class IsAFolder(Message):
    zh = "是目录而不是文件"
    en = "is a folder, not a file"


class CannotRead(Message):
    zh = "无法读取文件: {reason}"
    en = "cannot read the file: {reason}"


class NotAFile(Message):
    zh = "不是普通文件 (而是管道、设备或套接字)"
    en = "is not a regular file (but a pipe, a device or a socket)"


class TooLarge(Message):
    zh = "文件过大 (超过 {limit} MB),不是计划文件"
    en = "the file is too large (more than {limit} MB) to be a plan"


class NulBytes(Message):
    zh = "文件含有 NUL 字节,不是文本文件"
    en = "the file contains NUL bytes; it is not a text file"


class NotText(Message):
    zh = "文件不是 UTF-8 或 GB18030 编码的文本"
    en = "the file is not text encoded in UTF-8 or GB18030"


# -- Word and Excel packages (packages.py) ---------------------------------------------------
class NotAPackage(Message):
    zh = "不是 {kind} 文件 (不是 zip 包); 旧的 .doc / .xls 文件请先另存为 .docx / .xlsx"
    en = "not a {kind} file (not a zip package); save old .doc / .xls files as .docx / .xlsx first"


class DamagedPackage(Message):
    zh = "{kind} 文件已损坏,无法读取{detail}"
    en = "the {kind} file is damaged and cannot be read{detail}"


class PackageIncomplete(Message):
    zh = "不是完整的 {kind} 文件 (zip 包中缺少正文或内容类型); 请在 Word、Excel 或 WPS 中另存后再试"
    en = (
        "not a complete {kind} file (the zip package lacks its main part or content types); "
        "save it again in Word, Excel or WPS"
    )


class TooManyEntries(Message):
    zh = "zip 包中的部件过多 ({count} 个,上限 {limit}),不像是 Word 或 Excel 文件"
    en = "too many parts in the zip package ({count}; the limit is {limit}) for a Word or Excel file"


class TooLargeUnpacked(Message):
    zh = "解压后过大 (超过 {limit} MB)"
    en = "too large once unpacked (more than {limit} MB)"


class ZipBomb(Message):
    zh = "部件 {part} 解压后膨胀 {ratio} 倍,可能是 zip 炸弹"
    en = "part {part} inflates {ratio} times when unpacked; possibly a zip bomb"


class BadXml(Message):
    zh = "部件 {part} 的 XML 有误: {detail}"
    en = "the XML of part {part} is wrong: {detail}"


class PackageTooLarge(Message):
    zh = "部件 {part} 中{what}过多 (超过 {limit})"
    en = "part {part} has too many {what} (more than {limit})"


class WhatElements(Message):
    zh = " XML 元素"
    en = "XML elements"


class WhatParagraphs(Message):
    zh = "段落"
    en = "paragraphs"


class WhatColumns(Message):
    zh = "一行的列 (含合并单元格跨越的列)"
    en = "columns in a row (counting those a merged cell spans)"


class WhatRows(Message):
    zh = "行"
    en = "rows"


class WhatCells(Message):
    zh = "单元格 (行 × 列)"
    en = "cells (rows × columns)"


class WhatCharacters(Message):
    zh = "文字"
    en = "characters of text"


class StrayByte(Message):
    zh = "有一个不是 UTF-8 的字节 {byte},而文件其余部分是 UTF-8 编码: 请删去或改正它 (常见于从 GBK 编辑器粘贴的文字)"
    en = (
        "a byte that is not UTF-8 ({byte}) in a file otherwise encoded in UTF-8: "
        "delete or correct it (text pasted from a GBK editor often does this)"
    )


class LooksLikeBig5(Message):
    zh = "文件看起来是 Big5 (繁体) 编码,不是 UTF-8 或 GB18030: 请另存为 UTF-8"
    en = "the file looks encoded in Big5 (traditional Chinese), not UTF-8 or GB18030: save it as UTF-8"


class YamlSyntax(Message):
    """PyYAML's own words (English) for the problem, after our prefix, then what it most
    likely is, in the reader's language, when a line shows it (a full-width colon)."""

    zh = "YAML 语法错误: {problem}{started}{hint}"
    en = "YAML syntax error: {problem}{started}{hint}"


class FullWidthColonAt(Message):
    zh = " 提示: 第 {line} 行用了全角冒号 '：': YAML 的键和值之间要用半角冒号加空格 ': ' (如 title: 示例)"
    en = (
        "; hint: line {line} has a full-width colon '：': "
        "YAML needs an ASCII colon and a space between a key and its value: 'title: x'"
    )


class FullWidthColonInKey(Message):
    zh = " 提示: 键中有全角冒号 '：': YAML 的键和值之间要用半角冒号加空格 ': ' (如 unit: 万元)"
    en = (
        "; hint: the key holds a full-width colon '：': "
        "YAML needs an ASCII colon and a space between a key and its value: 'unit: x'"
    )


class CommaInFlowMapping(Message):
    zh = (
        " 提示: 若这是 {{…}} 中某个值的后半: 值里的半角逗号 ',' 在 {{…}} 中分隔键值对,把值截断了; "
        "请给整个值加上引号 (如 quote: \"甲区,乙区\"),或改用全角逗号 '，'"
    )
    en = (
        "; hint: if this is the end of a value inside {{…}}: an ASCII comma ',' there separates entries "
        "and cut the value short; quote the whole value ('quote: \"a, b\"') or use a full-width comma '，'"
    )


class StartedAt(Message):
    zh = " (始于第 {line} 行)"
    en = " (it started at line {line})"


class ControlCharacter(Message):
    zh = "文字中含有控制字符 {code}"
    en = "the text contains the control character {code}"


class TooManyNodesExpanded(Message):
    zh = "节点过多 (展开后超过 {limit} 个,可能是别名展开攻击)"
    en = "too many nodes (more than {limit} once aliases are expanded; possibly an alias bomb)"


class TooMuchTextExpanded(Message):
    zh = "别名展开后文字过多 (超过 {limit} MB,与文件大小的上限相同),可能是别名展开攻击"
    en = (
        "too much text once aliases are expanded (more than {limit} MB, the limit on the size of a file); "
        "possibly an alias bomb"
    )


class TooManyNodes(Message):
    zh = "节点过多 (超过 {limit} 个,可能是别名展开攻击)"
    en = "too many nodes (more than {limit}; possibly an alias bomb)"


class TooManyNodesForAPlan(Message):
    zh = "节点过多 (超过 {limit} 个),不像是计划文件"
    en = "too many nodes (more than {limit}) for a plan file"


class TooDeep(Message):
    zh = "嵌套过深 (超过 {limit} 层)"
    en = "nested too deep (more than {limit} levels)"


class ForbiddenTag(Message):
    zh = "不允许的 YAML 标签: {tag}"
    en = "YAML tag not allowed: {tag}"


class MergeKey(Message):
    zh = "不支持合并键 '<<',请直接写出各项"
    en = "merge keys '<<' are not supported; write the items out"


class KeyNotText(Message):
    zh = "映射的键必须是简单的文字"
    en = "a mapping key must be plain text"


class DuplicateKey(Message):
    zh = "重复的键 '{key}' (第 {line} 行已有),后者会悄悄覆盖前者"
    en = "duplicate key '{key}' (already at line {line}); the second would silently replace the first"


class BadInteger(Message):
    zh = "不支持的整数写法: {text} (请写十进制数)"
    en = "integer written in an unsupported way: '{text}' (write it in decimal)"


class BadNumber(Message):
    zh = "不支持的数值: {text} (不接受 NaN、无穷大或科学计数法)"
    en = "unsupported number: '{text}' (NaN, infinity and scientific notation are not accepted)"


class TooManyDigits(Message):
    zh = "数字位数过多: {text}…"
    en = "too many digits: '{text}…'"


# -- the schema (validate.py) ----------------------------------------------------------------
class Types(Message):
    """JSON Schema types as a planner calls them: '列表' / 'a list', alternatives joined by 或 / or."""

    def __init__(self, types):
        super().__init__(types=[types] if isinstance(types, str) else list(types))

    def render(self, lang: str = "zh") -> str:
        joiner = " or " if lang == "en" else "或"
        return joiner.join(TYPE_WORDS[t]().render(lang) for t in self.args["types"])


class TypeString(Message):
    zh = "文字"
    en = "text"


class TypeNumber(Message):
    zh = "数值"
    en = "a number"


class TypeInteger(Message):
    zh = "整数"
    en = "a whole number"


class TypeBoolean(Message):
    zh = "true/false"
    en = "true/false"


class TypeNull(Message):
    zh = "空值"
    en = "empty (null)"


class TypeObject(Message):
    zh = "映射 (键: 值)"
    en = "a mapping (key: value)"


class TypeArray(Message):
    zh = "列表"
    en = "a list"


TYPE_WORDS = {
    "string": TypeString,
    "number": TypeNumber,
    "integer": TypeInteger,
    "boolean": TypeBoolean,
    "null": TypeNull,
    "object": TypeObject,
    "array": TypeArray,
}


class KeyPath(Message):
    """Where in the file: a key path such as goals[2].value (quoted in English)."""

    zh = "{path}"
    en = "'{path}'"


class TopLevel(Message):
    zh = "文件顶层"
    en = "the top level of the file"


class InPath(Message):
    zh = " (在 {path} 中)"
    en = " (in '{path}')"


class NotConst(Message):
    zh = "{name} 应为 '{value}'"
    en = "{name} should be '{value}'"


class NotInEnum(Message):
    zh = "{name} 的值 '{value}' 无效,可选: {choices}"
    en = "{name}: '{value}' is not valid; choose one of {choices}"


class WrongType(Message):
    zh = "{name} 应为{expected},实为{actual}"
    en = "{name} should be {expected}, not {actual}"


class NotADate(Message):
    zh = "{name} 应为日期 YYYY-MM-DD,实为 '{value}'"
    en = "{name} should be a date YYYY-MM-DD, not '{value}'"


class PatternMismatch(Message):
    zh = "{name} 的值 '{value}' 格式不对 (应符合 {pattern})"
    en = "{name}: '{value}' is not in the right form (it should match {pattern})"


class UnknownKey(Message):
    zh = "未知的键 '{key}'{where}{hint}{cause}"
    en = "unknown key '{key}'{where}{hint}{cause}"


class MissingKey(Message):
    zh = "{name} 缺少必填的键 '{key}'"
    en = "{name} lacks the required key '{key}'"


# -- building the model (load.py) ------------------------------------------------------------
class NotAMapping(Message):
    zh = "文件为空或不是映射 (应以 document: 开头)"
    en = "the file is empty or not a mapping (it should begin with document:)"


class NeitherPlanNorRoster(Message):
    zh = "缺少必填的键 'document' (计划文件) 或 'roster' (名册文件)"
    en = "the file lacks the required key 'document' (a plan file) or 'roster' (a roster file)"


class RosterWord(Message):
    zh = "名册"
    en = "roster"


class ParentPlanWord(Message):
    zh = "上级计划"
    en = "parent plan"


class OutsideRoot(Message):
    zh = "{what}路径 '{reference}' 超出了检查的目录树 ({root})"
    en = "{what} path '{reference}' leaves the checked tree ({root})"


class RosterUnusable(Message):
    zh = "名册文件 '{reference}' 不可用: {cause}"
    en = "roster file '{reference}' cannot be used: {cause}"


class NotARosterFile(Message):
    zh = "不是名册文件 (名册文件只含 roster: 一个键)"
    en = "not a roster file (a roster file has the one key roster:)"


class BadDeadline(Message):
    zh = "期限无法识别为日期: {reason}"
    en = "deadline cannot be read as a date: {reason}"


class UnitTwice(Message):
    zh = "名册中单位 '{name}' 重复 (第 {line} 行已有)"
    en = "unit '{name}' appears twice in the roster (already at line {line})"


class GroupTwice(Message):
    zh = "名册中组 '{name}' 重复 (第 {line} 行已有)"
    en = "group '{name}' appears twice in the roster (already at line {line})"


class UnitGroupUndefined(Message):
    zh = "单位 '{unit}' 所属的组 '{group}' 未在 groups 中定义{hint}"
    en = "unit '{unit}' belongs to group '{group}', which groups does not define{hint}"


class IncludedGroupUndefined(Message):
    zh = "组 '{group}' 包含的组 '{name}' 未定义{hint}"
    en = "group '{group}' includes group '{name}', which is not defined{hint}"


class UndefinedMetric(Message):
    zh = "未定义的指标 '{key}'{hint} (请在 metrics 中定义)"
    en = "undefined metric '{key}'{hint} (define it under metrics)"


class BadUnit(Message):
    zh = "计量单位 '{unit}' 有误: {reason}"
    en = "unit '{unit}' is wrong: {reason}"


class BadFigure(Message):
    zh = "数值 '{raw}' 有误: {reason}"
    en = "figure '{raw}' is wrong: {reason}"


class ColumnUnitIncompatible(Message):
    zh = "列 '{column}' 的单位 {unit} 与指标 {metric} 的单位 {metric_unit} 不可换算"
    en = "column '{column}': its unit '{unit}' cannot be converted to the unit '{metric_unit}' of metric '{metric}'"


class ColumnTwice(Message):
    zh = "列 '{column}' 重复"
    en = "column '{column}' appears twice"


class ColumnLinkUndefined(Message):
    zh = "列 '{column}' 引用了不存在的列 '{other}'{hint}"
    en = "column '{column}' refers to column '{other}', which does not exist{hint}"


class RowLength(Message):
    zh = "'{row}' 一行有 {count} 个值,表有 {columns} 列 ({keys})"
    en = "row '{row}' has {count:value} but the table has {columns:column} ({keys})"


class RowColumnUnknown(Message):
    zh = "'{row}' 一行中的列 '{key}' 不在表的 columns 中{hint}"
    en = "row '{row}': column '{key}' is not among the columns of the table{hint}"


class HeadingWithExtraKey(Message):
    zh = "标题项只能有 heading 一个键,不能有 '{extra}' (把任务写成下一项)"
    en = "a heading item has the one key heading, not '{extra}' (write the task as the next item)"


class CountSources(Message):
    zh = "计数 '{what}' 须且只须给出 listed、group、table、task 之一 (现有 {found} 个)"
    en = "count '{what}' must give exactly one of listed, group, table, task (it gives {found})"


class RoleWithoutTask(Message):
    zh = "role 只能与 task 一起使用"
    en = "role can only be used together with task"


# -- the engine (engine.py) ------------------------------------------------------------------
class TotalUnderRows(Message):
    zh = "表 {table} 的 rows 中有一行 '{name}': 合计行请写在 total: 下 (写在 rows 中会被当作一个单位,合计被加两次)"
    en = (
        "table {table} has a row '{name}' under rows: write the total row under total: "
        "(under rows it counts as a unit and the total is added twice)"
    )


class CheckFailed(Message):
    zh = "检查此文件时检查器内部出错 ({problem}); 其他文件照常检查。请报告此问题"
    en = "the checker failed on this file ({problem}); the other files were checked. Please report it"


class WorkerDied(Message):
    zh = "检查此文件的工作进程意外终止 (退出信号或状态 {status}, 可能是内存不足); 其他文件照常检查。请报告此问题"
    en = (
        "the worker process checking this file died (signal or status {status}, perhaps out of memory); "
        "the other files were checked. Please report it"
    )


class PathMissing(Message):
    zh = "文件或目录不存在"
    en = "no such file or folder"


class FolderUnreadable(Message):
    zh = "无法读取目录,其中的文件没有检查: {reason}"
    en = "cannot read the folder; the files in it were not checked: {reason}"


class FileOutsideRoot(Message):
    zh = "文件的实际位置 {target} 在检查的目录树 ({root}) 之外,未读取"
    en = "the file is really at {target}, outside the checked tree ({root}); it was not read"


class ParentUnusable(Message):
    zh = "上级计划 '{reference}' 不可用: {problem}"
    en = "parent plan '{reference}' cannot be used: {problem}"


class ParentCycle(Message):
    zh = "上级计划的链条回到了本计划: {chain}"
    en = "the chain of parent plans leads back to this plan: {chain}"


class Chain(Message):
    """Paths joined by arrows: a → b → a."""

    def __init__(self, paths):
        super().__init__(paths=list(paths))

    def render(self, lang: str = "zh") -> str:
        return " → ".join(self.args["paths"])


class ParentIsRoster(Message):
    zh = "是名册文件,不是计划"
    en = "it is a roster file, not a plan"


class ShowNeedsPlan(Message):
    zh = "是名册文件,不是计划; 只有计划有分配表"
    en = "it is a roster file, not a plan; only plans have allocation tables"


# -- reasons quantity.py and dates.py give (QuantityError, DatePhraseError) ----------------------
class UnitEmpty(Message):
    zh = "计量单位为空"
    en = "the unit is empty"


class UnitsNotConvertible(Message):
    zh = "单位不可换算: {unit} 与 {other}"
    en = "units cannot be converted: '{unit}' and '{other}'"


class UnreadableNumber(Message):
    zh = "无法识别的数字: {text}"
    en = "unreadable number: '{text}'"


class UnsupportedDigit(Message):
    zh = "不支持的数字写法: {text}"
    en = "a digit written in a form not supported: '{text}'"


class SpaceBetweenDigits(Message):
    zh = "数字之间有空格: {text}"
    en = "a space between digits: '{text}'"


class BadThousands(Message):
    zh = "千分位写法有误: {text}"
    en = "thousands separators written wrong: '{text}'"


class TooManyDigitsIn(Message):
    zh = "数字位数过多 (超过{limit}位): {text}…"
    en = "too many digits (more than {limit}): '{text}…'"


class NegativeWithComparator(Message):
    zh = "负数不能带比较词或范围: {text}"
    en = "a negative figure cannot have a comparison word or a range: '{text}'"


class FigureEmpty(Message):
    zh = "数值为空"
    en = "the figure is empty"


class ComparatorTwice(Message):
    zh = "比较词重复: {text}"
    en = "comparison word given twice: '{text}'"


class UnreadableFigure(Message):
    zh = "无法识别的数值: {text}"
    en = "unreadable figure: '{text}'"


class RangeWithComparator(Message):
    zh = "区间不能再加比较词: {text}"
    en = "a range cannot also have a comparison word: '{text}'"


class RangeUpsideDown(Message):
    zh = "区间上限小于下限: {text}"
    en = "the upper end of the range is below its lower end: '{text}'"


class RangeUnitsDiffer(Message):
    zh = "区间两端单位不同: {text}"
    en = "the two ends of the range have different units: '{text}'"


class NoDateIn(Message):
    zh = "'{text}' 中没有可读的日期"
    en = "no readable date in '{text}'"


class NoDateNorYearIn(Message):
    zh = "'{text}' 中没有可读的日期 (也没有年份可用)"
    en = "no readable date in '{text}' (and no year to go by)"


class NotAValidDate(Message):
    """*problem*: why not, as a QuantityError (its message) or Python's own words for a date
    that does not exist ('month must be in 1..12'), shown as they are."""

    zh = "'{text}' 不是有效日期: {problem}"
    en = "'{text}' is not a valid date: {problem}"


# -- what each input code stands for (input_codes.py) ----------------------------------------------
class CodeYamlSyntax(Message):
    zh = "YAML 语法错误、不允许的标签、嵌套过深或别名展开过多"
    en = "YAML syntax error, forbidden tag, too deep or too many aliases"


class CodePlanFormat(Message):
    zh = "不符合计划格式: 未知的键、类型不对、缺少必填项"
    en = "does not fit the plan format: unknown key, wrong type, missing field"


class CodeDuplicateKey(Message):
    zh = "重复的键、单位、组或列"
    en = "duplicate key, unit, group or column"


class CodeBadFigure(Message):
    zh = "无法识别的数值或不可换算的单位"
    en = "unreadable figure or unconvertible unit"


class CodeBadReference(Message):
    zh = "引用了未定义的指标、列或组"
    en = "reference to an undefined metric, column or group"


class CodeUnreadableFile(Message):
    zh = "文件不存在、不可读、过大或不是文本"
    en = "file missing, unreadable, too large or not text"


class CodePathOutsideRoot(Message):
    zh = "引用的路径超出检查的目录树"
    en = "a referenced path leaves the checked tree"


class CodeCheckFailed(Message):
    zh = "检查此文件时检查器内部出错 (请报告)"
    en = "the checker failed on this file (please report it)"
