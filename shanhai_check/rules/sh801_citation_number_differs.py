"""SH801 citation-number-differs: one cited document given two different 文号."""

from __future__ import annotations

import re
import unicodedata

from shanhai_check.messages import Joined
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.drafts.citations import citations
from shanhai_check.rules.base import RepositoryRule


def _key(text: str) -> str:
    """A title or number compared without spacing, width, brackets or quotation marks."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s《》〈〉<>“”\"'‘’「」]", "", text)


def _bare(title: str) -> str:
    """A title without the 《》 it was written with: the message prints its own pair."""
    return title.strip().removeprefix("《").removesuffix("》")


def _at(where) -> str:
    return f"{where.path}:{where.line}"


def _place(plan, cite) -> "Joined | str":
    return (
        Joined([plan.path, " ", cite.source.place]) if cite.source.section else f"{plan.path}:{cite.source.where.line}"
    )


class CitationNumberDiffers(RepositoryRule):
    """Checks that a cited document has one 文号 everywhere it is cited.

    **What it does.** Collects ``document.cites`` of every plan checked in the run and groups
    them by title (compared without spacing, full/half width or quotation marks). When one
    title is given two different numbers — in one plan or in two — each citation that
    differs from the first is reported, pointing at the first. Citations without a number
    are not compared.

    **Why it matters.** The 文号 is how a reader finds the cited document. Two numbers for
    one title (发改振兴〔2022〕76号 and 〔2022〕766号) mean at least one citation sends readers
    to the wrong document — or that two documents are being confused.

    **Example.**

    ```yaml
    document:
      title: 示例
      cites:
        - {title: 革命老区重点城市对口合作工作方案, number: 发改振兴〔2022〕76号, section: 附件1 引言}
        - {title: 革命老区重点城市对口合作工作方案, number: 发改振兴〔2022〕766号, section: 附件2 引言}
    ```

    **Use instead.** One 文号 for the document wherever it is cited:

    ```yaml
    document:
      title: 示例
      cites:
        - {title: 革命老区重点城市对口合作工作方案, number: 发改振兴〔2022〕76号, section: 附件1 引言}
        - {title: 革命老区重点城市对口合作工作方案, number: 发改振兴〔2022〕76号, section: 附件2 引言}
    ```
    """

    code = "SH801"
    name = "citation-number-differs"
    severity = Severity.ERROR
    summary = "同一被引文件的文号前后不一"
    summary_en = "one cited document is given two different document numbers"
    doc_zh = """检查被引文件在每一处引用中的文号都相同。

    **作用。** 收集本次检查的所有计划的 ``document.cites``,
    按标题分组 (比较时忽略空格、全角半角和引号)。同一标题给出了两个不同的文号 —— 无论在同一
    份计划中还是在两份计划中 —— 与第一处不同的每一处引用都会被报告,并指向第一处。
    没有写文号的引用不比较。

    **为何重要。** 文号是读者找到被引文件的依据。
    同一标题有两个文号 (发改振兴〔2022〕76号 与 〔2022〕766号),说明至少有一处引用会把读者引
    向错误的文件 —— 或者是把两份文件弄混了。

    **示例。** 附件1 和附件2 的引言引用同一方案,文号一处是 76号,一处是 766号。

    **正确写法。** 两处引用写同一个文号 76号。
    """

    also_reads = ("draft",)

    def check(self, text):
        """A draft's own citations: one title given two numbers within it."""
        yield from self._compared([(text.path, c) for c in citations(text.path, text.draft.lines)], same_file=True)

    def summarise(self, text):
        return citations(text.path, text.draft.lines) or None

    def check_across(self, summaries):
        """The drafts checked together: a title given another number in another draft."""
        yield from self._compared([(c.where.path, c) for cites in summaries for c in cites], same_file=False)

    def _compared(self, cites, same_file: bool):
        by_title: dict[str, list] = {}
        for path, cite in cites:
            by_title.setdefault(_key(cite.title), []).append((path, cite))
        for found in by_title.values():
            first_path, first = found[0]
            for path, cite in found[1:]:
                if same_file != (path == first_path) or _key(cite.number) == _key(first.number):
                    continue
                message = msg.CitationNumberDiffers(
                    title=_bare(cite.title),
                    here=_at(cite.where),
                    number=cite.number,
                    there=_at(first.where),
                    other=first.number,
                )
                yield self.finding(message, cite.where, [first.where])

    def check_repository(self, plans):
        by_title: dict[str, list] = {}
        for plan in plans:
            for cite in plan.document.cites:
                if cite.number:
                    by_title.setdefault(_key(cite.title), []).append((plan, cite))
        for cites in by_title.values():
            first_plan, first = cites[0]
            differing = [(p, c) for p, c in cites[1:] if _key(c.number) != _key(first.number)]
            for plan, cite in differing:
                message = msg.CitationNumberDiffers(
                    title=_bare(cite.title),
                    here=_place(plan, cite),
                    number=cite.number,
                    there=_place(first_plan, first),
                    other=first.number,
                )
                yield self.finding(message, cite.source.where, [first.source.where])
            if len(cites) > 1 and not differing:
                yield self.verified(
                    msg.CitationNumberAgrees(title=_bare(first.title), number=first.number),
                    first.source.where,
                    [c.source.where for _, c in cites[1:]],
                )
