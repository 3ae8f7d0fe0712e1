"""What the commands say about the files they write and the options they refuse, in Chinese
and English: a file not written (files.py), a usage error, the hints and the comments a
written file starts with. (cli.py's last lines, interrupted and internal error, are said in
both languages at once: the language option may not have been read yet.)
"""

from __future__ import annotations

from shanhai_check.messages import Message


# -- files not written (files.py, the exports) ----------------------------------------------------
class CannotWriteCache(Message):
    """*reason*: the system's own words (strerror)."""

    zh = "无法写入缓存 {folder}: {reason}"
    en = "cannot write the cache {folder}: {reason}"


class CannotWrite(Message):
    """*reason*: the system's own words (strerror)."""

    zh = "无法写入 {path}: {reason}"
    en = "cannot write {path}: {reason}"


class AlreadyExists(Message):
    zh = "{path} 已存在,未写入任何文件; 加 --force 覆盖"
    en = "{path} already exists; nothing written (use --force to overwrite)"


class NotARegularFile(Message):
    zh = "{path} 不是普通文件,未写入"
    en = "{path} is not a regular file; nothing written"


class NeedsPandas(Message):
    """*problem*: the ImportError, as Python words it."""

    zh = "导出需要 pandas ({problem})"
    en = "exporting needs pandas ({problem})"


class NeedsOpenpyxl(Message):
    zh = "导出 xlsx 需要 openpyxl ({problem})"
    en = "xlsx export needs openpyxl ({problem})"


# -- options that cannot go together (commands/) ---------------------------------------------------
class StatisticsNeedsText(Message):
    zh = "--statistics 只用于 text 格式"
    en = "--statistics works with the text format only"


class HtmlNeedsOutput(Message):
    zh = "--format html 需要 -o/--output 文件"
    en = "--format html needs -o/--output FILE"


class StdinFilenameNeedsDash(Message):
    zh = "--stdin-filename 需要路径 - (从标准输入读取)"
    en = "--stdin-filename needs the path - (read standard input)"


class NoDocxFromStdin(Message):
    zh = "不能从标准输入读取 .docx: 请给出文件"
    en = "a .docx cannot be read from standard input: name the file"


class StdinOnce(Message):
    zh = "标准输入 - 只能给一次"
    en = "standard input (-) can be given once only"


class PlanNeedsOneDraft(Message):
    zh = "--plan 只能用于一个草稿"
    en = "--plan takes exactly one draft"


class OutputOnlyForFiles(Message):
    zh = "-o 只用于 csv 和 xlsx; 文本输出到标准输出"
    en = "-o is for csv and xlsx; text goes to stdout"


# -- init ------------------------------------------------------------------------------------------
class TemplateExists(Message):
    zh = "{path} 已存在 (用 --force 替换)"
    en = "{path} exists (--force replaces it)"


class NextStep(Message):
    zh = "下一步: 照你的文件修改 {plan},然后运行 shanhai-check check {folder}"
    en = "next: edit {plan} to match your document, then run shanhai-check check {folder}"


# -- the first line of a file written (import, extract --plan) -------------------------------------
class ImportedFrom(Message):
    zh = "由 shanhai-check import 从 {origin} 导入"
    en = "imported from {origin} by shanhai-check import"


class SkeletonHeader(Message):
    zh = "由 shanhai-check extract --plan 生成的计划草稿: 请核对并补全"
    en = "a plan drafted by shanhai-check extract --plan: check it and fill it in"
