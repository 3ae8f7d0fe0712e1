"""What the configuration file and the selection of codes are told, in Chinese and English:
a mistake in ``[tool.shanhai_check]`` / ``[shanhai_check]`` (config.py), a code, prefix or
level that names nothing (selection.py, for the file and for --select / --ignore alike).
"""

from __future__ import annotations

from shanhai_check.messages import Message


# -- the file (config.py) -------------------------------------------------------------------------
class UnknownKey(Message):
    zh = "未知的键 '{key}',可用的键: {keys}"
    en = "unknown key '{key}'; the keys are: {keys}"


class BadValue(Message):
    """*expected*: one of the Expected… messages below."""

    zh = "'{key}' 的值应为: {expected}"
    en = "'{key}' should be {expected}"


class Unreadable(Message):
    """*problem*: the parser's own words (tomllib, configparser)."""

    zh = "无法解析: {problem}"
    en = "cannot be parsed: {problem}"


class BothSpellings(Message):
    zh = "同一文件中既有 [{first}] 又有 [{second}]: 请只保留一节 (两种写法都可以)"
    en = "both [{first}] and [{second}] are in this file: keep one section (either spelling works)"


class NoSection(Message):
    zh = "文件中没有 [{section}] 一节"
    en = "the file has no [{section}] section"


class PathOutside(Message):
    zh = "paths 中的 '{path}' 在配置文件所在的目录 ({folder}) 之外: 仓库的配置不能让检查器读取仓库以外的文件"
    en = (
        "'{path}' in paths is outside the folder of the configuration file ({folder}): "
        "a repository's configuration cannot make the checker read files outside the repository"
    )


class NestedTooDeep(Message):
    zh = "嵌套过深,不是配置文件"
    en = "nested too deep to be a configuration file"


# -- what a key's value should be (BadValue's *expected*) -------------------------------------------
class ExpectedCodes(Message):
    zh = "规则代码或前缀的列表"
    en = "a list of rule codes or prefixes"


class ExpectedPatterns(Message):
    zh = "glob 模式的列表 (如 \"drafts/old/*\"、\"*.bak.yaml\")"
    en = 'a list of glob patterns ("drafts/old/*", "*.bak.yaml")'


class ExpectedOneOf(Message):
    """*choices*: a listing of the words allowed (zh 、, en , between them)."""

    zh = "{choices} 之一"
    en = "one of {choices}"


class ExpectedSeverities(Message):
    zh = "规则代码到 error/warning/info 的映射 (如 SH402 = \"error\")"
    en = 'a table of rule codes to error/warning/info (SH402 = "error")'


class ExpectedLang(Message):
    zh = "zh 或 en"
    en = "zh or en"


class ExpectedPaths(Message):
    zh = "文件或目录的列表"
    en = "a list of files or folders"


# -- codes and levels (selection.py) ----------------------------------------------------------------
class UnknownPattern(Message):
    zh = (
        "'{pattern}' 不是规则代码、代码前缀 (如 SH4、SH402) 或规则组 (如 drafts、sums); "
        "输入错误 SH0xx 总会报告,不能选择或忽略"
    )
    en = (
        "'{pattern}' is not a rule code, code prefix (such as SH4, SH402) or rule group (such as drafts, sums); "
        "input errors SH0xx are always reported and cannot be selected or ignored"
    )


class NotARuleCode(Message):
    zh = "severity 只接受完整的规则代码 (如 SH402),'{code}' 不是"
    en = "severity takes whole rule codes (such as SH402); '{code}' is not one"


class BadLevel(Message):
    zh = "{code} 的级别 '{level}' 无效,应为 error、warning 或 info"
    en = "level '{level}' for {code} is not error, warning or info"
