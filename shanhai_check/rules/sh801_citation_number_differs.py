"""SH801 citation-number-differs: one cited document given two different 文号."""

from __future__ import annotations

import re
import unicodedata

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import RepositoryRule


def _key(text: str) -> str:
    """A title or number compared without spacing, width, brackets or quotation marks."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s《》〈〉<>“”\"'‘’「」]", "", text)


def _place(plan, cite) -> str:
    return f"{plan.path} {cite.source.place}" if cite.source.section else f"{plan.path}:{cite.source.where.line}"


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
    """

    code = "SH801"
    name = "citation-number-differs"
    severity = Severity.ERROR
    summary = "同一被引文件的文号前后不一"
    summary_en = "one cited document is given two different document numbers"

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
                    title=cite.title, here=_place(plan, cite), number=cite.number, there=_place(first_plan, first), other=first.number
                )
                yield self.finding(message, cite.source.where, [first.source.where])
            if len(cites) > 1 and not differing:
                yield self.verified(msg.CitationNumberAgrees(title=first.title, number=first.number), first.source.where, [c.source.where for _, c in cites[1:]])
