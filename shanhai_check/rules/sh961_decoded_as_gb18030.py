"""SH961 decoded-as-gb18030: a plan saved in GB18030 (GBK) rather than UTF-8."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Location, Severity
from shanhai_check.rules.base import Rule


class DecodedAsGb18030(Rule):
    """Notes that a plan was read as GB18030 (GBK) text because it is not UTF-8.

    **What it does.** A plan file that is not valid UTF-8 but decodes cleanly as GB18030 (of
    which GBK and GB2312 are subsets, as saved by many Chinese Windows editors) is read that
    way and checked as usual; this note, at line 1, says so. A file that is neither is an
    input error (SH006).

    **Why it matters.** Reading a file in the wrong encoding silently turns names into
    different names. The planner should know the file was guessed to be GB18030, and may want
    to save it as UTF-8, which every other tool reads without guessing.

    **Example.** Saved in GB18030, not UTF-8 (``iconv -f utf-8 -t gb18030``; the test suite
    saves it so):

    ```yaml
    document: {title: 示例}
    ```

    **Use instead.** The same file saved as UTF-8:

    ```yaml
    document: {title: 示例}
    ```
    """

    code = "SH961"
    name = "decoded-as-gb18030"
    severity = Severity.INFO
    summary = "文件不是 UTF-8 编码,已按 GB18030 (GBK) 读取"
    summary_en = "the file is not UTF-8; it was read as GB18030 (GBK)"
    example_encoding = "gb18030"  # how the test suite saves the example below
    doc_zh = """说明计划文件不是 UTF-8 编码,已按 GB18030 (GBK) 读取。

    **作用。** 不是合法 UTF-8、但能完整按 GB18030 解码的计划文件 (GBK、GB2312 都是它的子集,
    许多中文 Windows 编辑器这样保存) 按 GB18030 读取并照常检查,并在第 1 行给出这条提示。
    两种编码都读不通的文件是输入错误 (SH006)。

    **为何重要。** 按错误的编码读取,名称会悄悄变成别的名称。规划人员应当知道这个文件是按
    GB18030 推断读取的,也可以把它另存为 UTF-8,其他工具读取时就无需推断。

    **示例。** 以 GB18030 而不是 UTF-8 编码保存 (``iconv -f utf-8 -t gb18030``;测试即如此写入):

    **正确写法。** 同一文件另存为 UTF-8 编码。
    """

    def check(self, plan):
        if plan.encoding == "gb18030":
            yield self.finding(msg.DecodedAsGb18030(), Location(plan.path, 1))
