"""The documents a draft cites with their 文号: "《关于深入实施山海协作工程的意见》(浙委发〔2018〕17号)".

What SH801 compares in plans (``document.cites``), read from the text: a title in 《》 and the
number written right after it, in brackets or not. A title cited without a number is not a
citation to compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shanhai_check.findings import Location

# 浙委发〔2018〕17号, 国办发[2016]28号, 甬政办发(2019)35号: an issuer's code, the year in brackets, the number.
_NUMBER = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*[0-9]{4}\s*[〕\]］)）]\s*[0-9]{1,4}\s*号"
_CITATION = re.compile(r"《([^《》]{2,80})》\s*[(（]?\s*(" + _NUMBER + r")")


@dataclass(frozen=True)
class Citation:
    title: str
    number: str
    where: Location  # the number's place


def citations(path: str, lines: list[str]) -> list[Citation]:
    """Every titled citation with its number, in reading order."""
    found = []
    for line, text in enumerate(lines, 1):
        for match in _CITATION.finditer(text):
            found.append(Citation(match[1], match[2], Location(path, line, match.start(2) + 1, match[2])))
    return found
