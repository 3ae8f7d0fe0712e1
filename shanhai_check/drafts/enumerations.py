"""What a draft's prose enumerates: the names listed before or after a figure, in the lines
that follow it, or in the rows of a table under it.

Chinese official prose counts what it lists in a few fixed ways, and this module reads them
(it judges nothing; the count rule SH613 and per-unit checks do):

- a 、-list just before a figure: "杭州、湖州、绍兴、金华4市", "…、得荣县核桃产业等4个项目",
  "《…规划》和《…规划》两个规划" (bracketed names and dash pairs such as 龙游—镇海 may be
  joined by 和/及/与 as well);
- a list after an introducer in the same sentence: "…8个市县,具体为:鄞州区与和龙市,…"
  (pairs: each side is a list of its own), "包括A、B、C", "其中:乐都区819万元,民和县…";
- the lines that follow: numbered items ("1." "(一)") after a line that ends with ":" or says
  以下/如下, paragraphs whose lead clause names one of the counted things ("实施…计划。"),
  a run of paragraphs chained by ";", or the cells of a table under a heading
  ("一、4个山海协作产业园" over four cells naming a …山海协作产业园).

Every name comes with its 1-based column (and line), so findings can point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shanhai_check.drafts.claims import CLAUSE_BREAK, VERBS
from shanhai_check.drafts.figures import ITEM_NUMBER
from shanhai_check.quantity import QuantityError, cn_integer
from shanhai_check.wording import SENTENCE_END, SPELLED_OUT
from shanhai_check.wording import ordinal

# Lead-in words before the first name of a list: the list starts after the last of them.
_LEAD = re.compile(
    "|".join(
        VERBS
        + [
            "围绕",
            "聚焦",
            "包括",
            "其中",
            "涵盖",
            "涉及",
            "即",
            "以",
            "对",
            "在",
            "将",
            "由",
            "把",
            "从",
            "向",
            "另",
            "给",
            "与",
        ]
    )
)
_NOISE = re.compile(r"^(?:其中|另外|另|以及|和|及|与|并|还|共|的|对|以|把)+")
# Words that may stand between a list and the figure counting it: "A、B等4个", "A、B共3个".
_LINK = re.compile(r"(?:等|共|这|这些|总共|合计|共计)$")
# A looser link: "以康养、乡愁…为主题的5条线路" (the list names the counted things' kinds).
_WEAK_LINK = re.compile(r"(?:为(?:主题|重点|核心|代表|主)的?|在内的?)$")
_CONJUNCTION = re.compile(r"[和及与]")
_BRACKETED = re.compile(r"《[^《》]{1,40}》|“[^“”]{1,30}”")
_PAIR = r"[\u4e00-\u9fff]{2,6}?[—–][\u4e00-\u9fff]{2,6}?"
_PAIR_RUN = re.compile(rf"{_PAIR}(?:[、和及与]{_PAIR})+")
_PAIR_ITEM = re.compile(rf"(?:^|[、和及与])({_PAIR})")
_DIGIT = re.compile(r"[0-9]")
# A count and its noun joined to the next list: "8个省和" in "…等8个省和大连、青岛、宁波3个计划单列市".
_EARLIER_COUNT = re.compile(r"[0-9]+(?:个|家|项|所|座|处|条|支)[^、,，;；0-9]{0,8}?(?:以及|和|及|与)")
_MAX_NAME = 24
# The word that joins the last name of a list: 甲区、乙区和丙区, 甲区及乙区.
_AND = re.compile("以及|和|及")
# A bracketed remark after a listed name: 江苏省(对口支援伊犁州), 北京市(含兵团).
_REMARK = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")
_INTRODUCER = re.compile("(" + "|".join(SPELLED_OUT + ("包括", "其中", "即")) + ")[:：]?|[:：]")
# Introducers that present the complete list: a count that disagrees with it is an error.
COMPLETE = SPELLED_OUT + (":", "：")
_PER_UNIT_TAIL = re.compile(r"(?:各|分别|均|每)$")
_FOLLOWS = re.compile(r"(?:以下|如下|下列)[^。]{0,12}[:：]?\s*$|[:：]\s*$")
_ASIDE = re.compile(r"[【〔\[]")


@dataclass(frozen=True)
class Named:
    """One listed name: its text and where it stands (1-based line and column)."""

    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Enumeration:
    """Names read for a figure, and how: which introducer, and whether the list is open."""

    names: tuple[Named, ...]
    how: str  # before | after | pairs | anaphora | items | leads | chain | rows
    introducer: str = ""  # 具体为, 包括, 其中 …, "等" for a list closed by 等 before the figure
    weak: bool = False  # a loose link (为主题的, a list earlier in the sentence): agree-only

    def __len__(self) -> int:
        return len(self.names)

    def show(self) -> str:
        return "、".join(n.text for n in self.names)


# -- on one line -----------------------------------------------------------------------------
def names_before(line_text: str, column: int, line: int = 0) -> list[Named]:
    """The names listed just before the figure at *column* (1-based): "杭州、湖州、绍兴、金华4市"
    gives 杭州, 湖州, 绍兴, 金华. Fillers between list and figure (等, 共, 各, 分别) are
    skipped. An empty list when fewer than two names stand there, or when an item holds a
    figure (a list of amounts, not of names). *line* is copied into each name."""
    found = _list_before(line_text, column - 1, line)
    return list(found[0]) if found else []


def readings_before(line_text: str, column: int, line: int = 0) -> tuple[list[list[Named]], str, bool]:
    """Every plausible reading of the list before a figure, the link word ("等", "" …), and
    whether the link is loose. Two readings when the last item may be two names joined by
    和/及 ("A、B和C"): a name may itself contain 和 (衔接推进乡村振兴和新型城镇化)."""
    found = _list_before(line_text, column - 1, line)
    if not found:
        return [], "", False
    items, link, weak = found
    readings = [items]
    split = _split_last(items)
    if split:
        readings.append(split)
    return readings, link, weak


def _list_before(text: str, end: int, line: int):
    """(names, link word, loose link?) of the list ending before column *end* (0-based)."""
    link = ""
    stripped = text[:end].rstrip()
    tail = _PER_UNIT_TAIL.search(stripped)
    if tail:
        stripped = stripped[: tail.start()]
    weak = False
    if match := _LINK.search(stripped):
        link, stripped = match.group(0), stripped[: match.start()]
    elif match := _WEAK_LINK.search(stripped):
        weak, stripped = True, stripped[: match.start()]
    segment_end = len(stripped)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, segment_end)]
    start = breaks[-1] if breaks else 0
    earlier = list(_EARLIER_COUNT.finditer(text, start, segment_end))
    if earlier:  # "…等8个省和大连、青岛、宁波3个计划单列市": this list starts after the other count's 和
        start = earlier[-1].end()
    if text.count("“", start, segment_end) > text.count("”", start, segment_end):
        return None  # the figure opens or stands in a quoted name: “两个先行”
    items = _bracketed_or_pairs(text, start, segment_end, line) or _split_list(text, start, segment_end, line)
    if len(items) < 2:
        return None
    return items, link, weak


def _bracketed_or_pairs(text: str, start: int, end: int, line: int) -> list[Named]:
    """《A》和《B》 or 龙游—镇海、衢江—鄞州: names whose edges are printed, joined by 、/和/及/与."""
    segment = text[start:end]
    titles = list(_BRACKETED.finditer(segment))
    if len(titles) >= 2 and titles[-1].end() == len(segment):
        run = [titles[-1]]
        for previous in reversed(titles[:-1]):
            gap = segment[previous.end() : run[0].start()]
            if gap not in ("、", "和", "及", "与", "以及"):
                break
            run.insert(0, previous)
        return [Named(m.group(0), line, start + m.start() + 1) for m in run] if len(run) >= 2 else []
    pairs = [m for m in _PAIR_RUN.finditer(segment) if m.end() == len(segment)]
    if pairs:
        return _pairs_in(pairs[0].group(0), start + pairs[0].start(), line)
    return []


def _pairs_in(run: str, offset: int, line: int) -> list[Named]:
    """The dash pairs of a run; the first without the lead-in words the match took along."""
    names = [Named(m.group(1), line, offset + m.start(1) + 1) for m in _PAIR_ITEM.finditer(run)]
    first = names[0]
    cut = _lead_end(first.text[: first.text.index("—") if "—" in first.text else len(first.text)])
    names[0] = Named(first.text[cut:], line, first.column + cut)
    return names


def _lead_end(text: str) -> int:
    """Where a list's first name starts: after the last lead-in word (推进, 围绕, 其中 …) and
    filler (的, 以 …), keeping at least two characters."""
    leads = [m for m in _LEAD.finditer(text) if len(text) - m.end() >= 2]
    cut = leads[-1].end() if leads else 0
    rest = text[cut:]
    trimmed = _NOISE.sub("", rest)
    return cut + (len(rest) - len(trimmed) if len(trimmed) >= 2 else 0)


def _split_list(text: str, start: int, end: int, line: int) -> list[Named]:
    """A 、-list: the first name starts after the last lead-in word (推进, 围绕, 其中 …)."""
    segment = text[start:end]
    if "、" not in segment:
        return []
    parts, column = [], start
    for part in segment.split("、"):
        parts.append((part, column))
        column += len(part) + 1
    parts = _after_modifier(parts)
    first, first_column = parts[0]
    cut = _lead_end(first)
    parts[0] = (first[cut:], first_column + cut)
    names = []
    for part, at in parts:
        name = part.strip()
        if not name or len(name) > _MAX_NAME or _DIGIT.search(name):
            return []
        names.append(Named(name, line, at + part.index(name) + 1))
    return names


def _after_modifier(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The list after a name that holds 的: "威海、青岛、烟台、菏泽援建的北川县青片乡、曲山镇" lists
    what 威海…菏泽援建的 modifies, from 北川县青片乡 on; the names before 的 are another list."""
    for index in range(len(parts) - 1, 0, -1):
        part, column = parts[index]
        if "的" in _BRACKETED.sub("", part) and len(parts) - index >= 2:
            cut = part.rindex("的") + 1
            return [(part[cut:], column + cut)] + parts[index + 1 :]
    return parts


def _split_last(items: list[Named]) -> list[Named] | None:
    """The reading where the last name is two joined by one 和/及 ("…、B和C")."""
    last = items[-1]
    joins = list(_CONJUNCTION.finditer(last.text))
    if len(joins) != 1 or any(_CONJUNCTION.search(n.text) for n in items[:-1]):
        return None
    cut = joins[0]
    left, right = last.text[: cut.start()], last.text[cut.end() :]
    if len(left) < 2 or len(right) < 2:
        return None
    return items[:-1] + [Named(left, last.line, last.column), Named(right, last.line, last.column + cut.end())]


def introduced_after(line_text: str, column: int, line: int = 0) -> tuple[str, int] | None:
    """(introducer, 0-based end) of 具体为/分别是/包括/其中/":" after the figure at *column*,
    in its sentence; None when the sentence has none."""
    sentence_end = SENTENCE_END.search(line_text, column)
    limit = sentence_end.start() if sentence_end else len(line_text)
    aside = _ASIDE.search(line_text, column, limit)  # 【责任单位:…】 names roles, not the list
    match = _INTRODUCER.search(line_text, column, aside.start() if aside else limit)
    if not match or not line_text[match.end() : limit].strip():
        return None  # nothing after it on the line: the list is in the lines that follow
    return (match.group(1) or match.group(0)), match.end()


def names_after(line_text: str, start: int, line: int = 0, suffixes: str = "") -> list[Named]:
    """The names listed from *start* (0-based, after an introducer) to the sentence's end.

    With *suffixes* (the last characters a counted unit's name ends with, "县区"), every
    clause is searched for one such name before its figure or 各 ("乐都区819万元",
    "另安排平安区、循化县各100万元"); without, only a 、-list in the first clause counts."""
    end = SENTENCE_END.search(line_text, start)
    stop = end.start() if end else len(line_text)
    clauses = _clauses(line_text, start, stop)
    if not suffixes:
        first_text, first_start = clauses[0] if clauses else ("", start)
        return _split_list(line_text, first_start, first_start + len(first_text), line)
    names = []
    for text, at in clauses:
        for part, column in _parts(text, at, suffixes):
            name = _unit_name(part, suffixes, joined=column > at and text[column - at - 1] in "和及")
            if name:
                names.append(Named(name, line, column + part.rindex(name) + 1))
    return names


def pairs_after(line_text: str, start: int, line: int = 0) -> tuple[list[Named], list[Named]] | None:
    """ "鄞州区与和龙市,…,奉化区、宁海县与安图县": (left names, right names), each side a
    list of its own; None unless every clause to the sentence's end is such a pair."""
    end = SENTENCE_END.search(line_text, start)
    clauses = _clauses(line_text, start, end.start() if end else len(line_text))
    if len(clauses) < 2:
        return None
    left: list[Named] = []
    right: list[Named] = []
    for text, at in clauses:
        if text.count("与") != 1:
            return None
        cut = text.index("与")
        sides = ((text[:cut], at, left), (text[cut + 1 :], at + cut + 1, right))
        for side, offset, names in sides:
            for part, column in _parts(side, offset):
                name = part.strip()
                if not name or len(name) > _MAX_NAME or _DIGIT.search(name):
                    return None
                names.append(Named(name, line, column + part.index(name) + 1))
    return left, right


def _clauses(text: str, start: int, stop: int) -> list[tuple[str, int]]:
    found, at = [], start
    for match in re.finditer(r"[,，;；]", text[start:stop]):
        found.append((text[at : start + match.start()], at))
        at = start + match.end()
    found.append((text[at:stop], at))
    return [(t, a) for t, a in found if t.strip()]


def _parts(text: str, at: int, suffixes: str = "") -> list[tuple[str, int]]:
    """The 、-separated parts of a list, with their columns. With *suffixes* (what the names
    end with), a part is split at 和/及/以及 where a name ends just before it ("甲区、乙区和丙区"
    is three; 民和县 and "延吉市和和龙市" are read right)."""
    parts, column = [], at
    for part in text.split("、"):
        parts.extend(_joined(part, column, suffixes))
        column += len(part) + 1
    return parts


def _joined(part: str, column: int, suffixes: str) -> list[tuple[str, int]]:
    for joined in _AND.finditer(part):
        left = _REMARK.sub("", part[: joined.start()])
        if suffixes and len(left) >= 2 and left[-1] in suffixes and len(part) - joined.end() >= 2:
            return [(part[: joined.start()], column), *_joined(part[joined.end() :], column + joined.end(), suffixes)]
    return [(part, column)]


def _unit_name(part: str, suffixes: str, joined: bool = False) -> str:
    """ "乐都区819万元" → 乐都区, "另安排平安区" → 平安区: the words before any figure or
    各, after the last lead-in word, when they end with one of *suffixes* and are short.
    *joined*: the part follows the 和/及 that joined it to the name before."""
    part = _REMARK.sub("", part)  # "江苏省(对口支援伊犁州)": the name, without its remark
    words = re.split(r"[0-9零〇一二两三四五六七八九十]+|各|分别|均|每", part, maxsplit=1)[0].strip()
    leads = list(_LEAD.finditer(words))
    words = words[leads[-1].end() :] if leads else words
    words = words if joined else _NOISE.sub("", words)  # after 和 that joins it, a name may begin with 和 (和龙市)
    if 2 <= len(words) <= 8 and words[-1] in suffixes and not _DIGIT.search(words):
        return words
    return ""


def list_earlier_in_sentence(line_text: str, column: int, head: str, line: int = 0) -> list[Named]:
    """Dash pairs listed earlier in the figure's sentence and followed by a noun holding
    *head* ("落实推进云和—北仑和丽水—宁波…产业园建设,…把2个文旅产业园"), when that list is
    the only one and is not counted where it stands; else []."""
    ends = [m.end() for m in SENTENCE_END.finditer(line_text, 0, column - 1)]
    start = ends[-1] if ends else 0
    segment = line_text[start : column - 1]
    candidates = []
    for run in _PAIR_RUN.finditer(segment):
        after = segment[run.end() :]
        clause = CLAUSE_BREAK.search(after)
        noun = after[: clause.start()] if clause else after
        counted = re.match(r"\s*(?:等|共)?[0-9零〇一二两三四五六七八九十]", after)
        if head and head in noun and not counted:
            candidates.append(run)
    if len(candidates) != 1:
        return []
    return _pairs_in(candidates[0].group(0), start + candidates[0].start(), line)


# -- the lines that follow -------------------------------------------------------------------
def introduces_following(line_text: str) -> bool:
    """True when a line hands over to the lines after it: it ends with ":" or says 以下/如下."""
    return bool(_FOLLOWS.search(line_text.rstrip()))


def items_after(lines: list[tuple[int, str]]) -> list[Named]:
    """The numbered items that open *lines* ((number, text) after the introducing line): one
    run of the same numbering style from 1 ("1." "2." or "(一)" "(二)"), stopping at a
    line of another style at the same depth or at a number out of turn."""
    style, names, expected = None, [], 1
    for number, text in lines:
        match = ITEM_NUMBER.match(text)
        if not match:
            if style is None:
                return []
            continue
        mark = match.group(0).strip()
        kind = _style(mark)
        if style is None:
            style = kind
        if kind != style:
            break
        value = _value(mark)
        if value != expected:  # a number out of turn, or none (十十、)
            break
        expected += 1
        names.append(Named(_lead_clause(text[match.end() :]), number, match.end() + 1))
    return names


def _style(mark: str) -> str:
    """ "(一)" and "(二)" share a style, "1." and "一、" do not: bracket, digit kind, closing mark."""
    bracket = "(" if mark[0] in "(（" else ""
    digits = "9" if _core(mark)[0].isdigit() else "九"
    return bracket + digits + mark[-1].replace("）", ")")


def _value(mark: str) -> int | None:
    core = _core(mark)
    try:
        return int(core) if core.isdigit() else cn_integer(core)
    except QuantityError:
        return None


def _core(mark: str) -> str:
    return mark.strip("(（)）.、． ")


def leads_after(lines: list[tuple[int, str]], head: str) -> list[Named]:
    """Paragraphs whose lead clause ends with *head* ("实施开放合作计划。" for 计划), from the
    first line on; a run of ";"-chained paragraphs in between belongs to the item before it.
    Stops at the first other paragraph."""
    names, chained = [], False
    for number, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        lead = _lead_clause(stripped, limit=None)
        if chained or stripped.endswith((";", "；")):
            chained = stripped.endswith((";", "；"))
            if names:
                continue
            return []
        if not (head and lead.endswith(head)) or ordinal(stripped) or ITEM_NUMBER.match(stripped):
            break
        names.append(Named(_lead_clause(stripped), number, text.index(stripped) + 1))
    return names


def chain_after(lines: list[tuple[int, str]]) -> list[Named]:
    """The paragraphs right after a line, chained by ";" into one list: each but the last
    ends with ";" and the last with "。" ("工业产业园…;" "文旅产业园…;" "“飞地”园区…。")."""
    names = []
    for number, text in lines:
        stripped = text.strip()
        if not stripped:
            if names:
                break
            continue
        names.append(Named(_lead_clause(stripped, 10), number, text.index(stripped) + 1))
        if not stripped.endswith((";", "；")):
            return names if len(names) >= 2 and stripped.endswith("。") else []
    return []


def rows_after(lines: list[tuple[int, str]], noun: str) -> list[Named]:
    """The short lines (table cells) that name one of the counted things ("衢江—鄞州山海协作
    产业园" for 山海协作产业园) up to the next heading or attachment; other cells (headers,
    figures) are passed over."""
    names = []
    for number, text in lines:
        stripped = text.strip()
        if ordinal(stripped) or stripped.startswith("附件"):
            break
        if len(stripped) <= _MAX_NAME and stripped.endswith(noun) and len(stripped) > len(noun):
            names.append(Named(stripped, number, text.index(stripped) + 1))
    return names


def _lead_clause(text: str, limit: int | None = 20) -> str:
    """The words before the first break, cut to *limit* characters (with …) for showing."""
    cut = CLAUSE_BREAK.search(text)
    lead = (text[: cut.start()] if cut else text).strip()
    return lead if limit is None or len(lead) <= limit else lead[:limit] + "…"
