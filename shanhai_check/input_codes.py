"""Codes of input errors: files that cannot be checked at all (exit status 2).

``INPUT_CODES`` gives each its name and one line (a message, in ``messages/inputs.py``);
``INPUT_DOCS`` what ``explain`` says about it.
"""

from dataclasses import dataclass

from shanhai_check.messages import inputs as say

INPUT_CODES = {
    "SH001": ("yaml-syntax", say.CodeYamlSyntax()),
    "SH002": ("plan-format", say.CodePlanFormat()),
    "SH003": ("duplicate-key", say.CodeDuplicateKey()),
    "SH004": ("bad-figure", say.CodeBadFigure()),
    "SH005": ("bad-reference", say.CodeBadReference()),
    "SH006": ("unreadable-file", say.CodeUnreadableFile()),
    "SH007": ("path-outside-root", say.CodePathOutsideRoot()),
    "SH008": ("check-failed", say.CodeCheckFailed()),
}
# Codes no file can be written to trigger on purpose: their documentation has no example.
WITHOUT_EXAMPLE = ("SH008",)


@dataclass(frozen=True)
class InputDoc:
    """What ``explain`` says about an input code, laid out as a rule's documentation is
    (``shanhai_check/ruledoc.py``): English and Chinese text, and a plan that triggers it."""

    en: str
    zh: str
    example: str


_WHY_EN = """**Why it matters.** A file that cannot be read as a plan is not checked at all: none of
its figures is verified. The checker exits with status 2 (which ``--exit-zero`` keeps), so
that CI does not pass it silently."""
_WHY_ZH = """**为何重要。** 读不成计划的文件根本没有被检查,其中的数字一个也没有核对。因此检查器
以状态 2 退出 (``--exit-zero`` 也不改变它),CI 不会把它当作通过。"""

INPUT_DOCS = {
    "SH001": InputDoc(
        en="""The file is not valid YAML, or uses YAML that plans do not allow.

        **What it does.** Reports a syntax error (an unclosed bracket or quote, a tab used for
        indentation) at the line and column where the parser stopped, and refuses tags, merge
        keys (``<<``), nesting deeper than plans need and aliases that expand to too many nodes or too much text.

        """
        + _WHY_EN
        + """
        Fix the first error: the parser cannot see past it.

        **Example.**""",
        zh="""文件不是合法的 YAML,或用了计划中不允许的 YAML 写法。

        **作用。** 报告语法错误 (括号或引号没有闭合、用 Tab 缩进等),位置是解析器停下的行和列;
        也拒绝标签、合并键 (``<<``)、超出计划所需的嵌套层数,以及展开后节点或文字过多的别名。

        """
        + _WHY_ZH
        + """
        请先改第一处错误: 解析器看不到它后面的内容。

        **示例。** 标题的方括号没有闭合。""",
        example="document: {title: [示例}\n",
    ),
    "SH002": InputDoc(
        en="""The YAML is well formed but does not fit the plan format (``docs/plan-format.md``).

        **What it does.** Reports an unknown key (with the nearest known key as a suggestion), a
        value of the wrong type, or a required field left out, at its line.

        """
        + _WHY_EN
        + """
        A misspelt key is the usual cause: the section it names is otherwise
        silently left out of every check.

        **Example.** ``goals`` is misspelt.""",
        zh="""YAML 本身没有问题,但不符合计划格式 (见 ``docs/plan-format.md``)。

        **作用。** 报告未知的键 (并给出最接近的正确键名)、类型不对的值,或缺少的必填项,
        标明所在行。

        """
        + _WHY_ZH
        + """
        最常见的原因是键名拼错: 若不报错,拼错的那一节就会悄悄地不参与任何核对。

        **示例。** ``goals`` 拼错了。""",
        example="document: {title: 示例}\ngaols:\n  - {metric: 援建资金, value: 500万元}\n",
    ),
    "SH003": InputDoc(
        en="""The same key, roster unit, group or table column is written twice.

        **What it does.** Reports the second occurrence and the line of the first. In YAML the
        later key would silently replace the earlier one; in a roster or table a repeated name
        makes every match ambiguous.

        """
        + _WHY_EN
        + """

        **Example.**""",
        zh="""同一个键、名册中的单位或组、表中的列写了两次。

        **作用。** 报告第二次出现的位置,并指出第一次所在的行。在 YAML 中后一个键会悄悄覆盖前一个;
        名册或表中名称重复,则每次按名称匹配都会含糊不清。

        """
        + _WHY_ZH
        + """

        **示例。** 指标 援建资金 定义了两次,单位还不一样。""",
        example="document: {title: 示例}\nmetrics:\n  援建资金: {unit: 万元}\n  援建资金: {unit: 亿元}\n",
    ),
    "SH004": InputDoc(
        en="""A figure cannot be read, or its unit cannot be converted to the metric's unit.

        **What it does.** Reads every figure as the document writes it (``18.3亿元``,
        ``不低于110万元``, ``2000人次以上``) and reports one it cannot read, one whose unit does not
        convert to its metric's (万美元 for a 万元 metric), a number written in scientific or
        non-decimal notation, or a deadline that is not a date.

        """
        + _WHY_EN
        + """

        **Example.**""",
        zh="""数值无法识别,或其单位不能换算为指标的单位。

        **作用。** 按文件原来的写法读取每个数值 (``18.3亿元``、``不低于110万元``、``2000人次以上``),
        报告读不出的数值、单位不能换算为指标单位的数值 (万元指标写成了万美元)、科学计数法或非十进制
        写法,以及无法识别为日期的期限。

        """
        + _WHY_ZH
        + """

        **示例。** 援建资金 以万元计,目标却写成了万美元。""",
        example=(
            "document: {title: 示例}\nmetrics:\n  援建资金: {unit: 万元}\ngoals:\n"
            "  - {metric: 援建资金, value: 500万美元}\n"
        ),
    ),
    "SH005": InputDoc(
        en="""A reference to something the plan does not define.

        **What it does.** Reports a goal, allocation, rule or column that names an undefined
        metric, a rule naming an undefined column or group, a table row with more or fewer
        values than columns, a roster file that holds more than a roster, and a parent plan
        that cannot be loaded.

        """
        + _WHY_EN
        + """

        **Example.** The goal's metric is not defined under ``metrics``.""",
        zh="""引用了计划中没有定义的内容。

        **作用。** 报告目标、分配、规则或表列所用的指标未定义,规则所引的列或组未定义,表中某行的
        数值个数与列数不符,名册文件中不只有名册,以及上级计划无法载入。

        """
        + _WHY_ZH
        + """

        **示例。** 目标所用的指标没有在 ``metrics`` 中定义。""",
        example="document: {title: 示例}\ngoals:\n  - {metric: 援建资金, value: 500万元}\n",
    ),
    "SH006": InputDoc(
        en="""A file that cannot be read: missing, a folder, unreadable, or not text.

        **What it does.** Reports a path given on the command line, or a roster or parent plan
        a plan names, that does not exist or cannot be read, a file that is not UTF-8 or
        GB18030 text, and one that is not a regular file (a FIFO, a device) or is over 10 MB.

        """
        + _WHY_EN
        + """

        **Example.** The roster file the plan names does not exist.""",
        zh="""文件无法读取: 不存在、是目录、没有读取权限,或不是文本文件。

        **作用。** 报告命令行给出的路径,或计划所引用的名册、上级计划,不存在或无法读取;
        也报告不是 UTF-8 或 GB18030 编码文本的文件,以及不是普通文件 (管道、设备) 或超过 10 MB 的文件。

        """
        + _WHY_ZH
        + """

        **示例。** 计划引用的名册文件不存在。""",
        example="document: {title: 示例}\nroster: rosters/城区.yaml\n",
    ),
    "SH007": InputDoc(
        en="""A roster or parent path leaves the checked tree (``--root``, by default the working
        directory).

        **What it does.** Resolves the path a plan gives for its roster or parent plan and
        reports it, without reading it, when it lies outside the root.

        """
        + _WHY_EN
        + """
        Plans come from many hands; a path such as ``../../etc/passwd`` must
        not make the checker read files outside the repository it was asked to check.

        **Example.** The roster is one folder above the plan.""",
        zh="""名册或上级计划的路径超出了检查的目录树 (``--root``,默认为当前工作目录)。

        **作用。** 解析计划为名册或上级计划给出的路径,若它在目录树之外,就报告而不读取。

        """
        + _WHY_ZH
        + """
        计划出自多人之手,``../../etc/passwd`` 这样的路径不能让检查器读到
        所查仓库之外的文件。

        **示例。** 名册在计划的上一级目录。""",
        example="document: {title: 示例}\nroster: ../城区.yaml\n",
    ),
    "SH008": InputDoc(
        en="""The checker itself failed while checking this file: a fault of the checker, not of
        the file.

        **What it does.** Every file is checked on its own. When checking one raises an
        unexpected exception (a bug, a file that exhausts memory or the recursion limit), or
        the worker process checking it dies (killed by the system for lack of memory), that
        file gets this error with what happened, and every other file is checked and reported
        as usual.

        """
        + _WHY_EN
        + """
        Please report it with the file, so that the checker can be fixed.

        **Example.** None: no valid or invalid plan should cause it.""",
        zh="""检查器在检查此文件时自身出错: 这是检查器的缺陷,不是文件的问题。

        **作用。** 每个文件单独检查。检查某个文件时出现意外异常 (程序缺陷、内存或递归深度耗尽),
        或检查它的工作进程意外终止 (例如内存不足被系统终止) 时,该文件报告此错误并写明发生了什么,
        其他文件照常检查和报告。

        """
        + _WHY_ZH
        + """
        请连同该文件一起报告此问题,以便修正检查器。

        **示例。** 无: 任何计划,无论对错,都不应引起此错误。""",
        example="",
    ),
}
