"""SH613 draft-count-vs-list: a count in a draft's prose ("6县区", "八大行动计划") against the
names the draft lists for it."""

from __future__ import annotations

import re

from shanhai_check.messages import Quotations
from shanhai_check.messages import rules as msg
from shanhai_check.drafts import enumerations
from shanhai_check.drafts.claims import CLAUSE_BREAK
from shanhai_check.findings import Severity
from shanhai_check.quantity import Comparator
from shanhai_check.rules.base import DraftRule
from shanhai_check.wording import SENTENCE_END, ordinal

# Measure words that count members of a set (not amounts, times or people served).
COUNT_UNITS = set(
    """个 大 条 项 家 所 座 处 支 种 类 位 市 县 区 镇 乡 村 县区 区县 市县 县市 县(市、区) 区县(市)
    县(市) 区(市) 市(县) 乡镇 街道 园区""".split()
)
_PLACE = "省市县区镇乡村街道"
_BARE_PLACE = 3  # a place named without its suffix (杭州, 湖州); a longer bare name leaves the count alone
_PLACE_NOUN = re.compile(rf"[{_PLACE}()（）、]*")
_NOUN_END = re.compile(r"[“”\"《》【〔0-9]|占|将|与|和|及|的|之|要|在|已|建立|结对|建设|打造|改造|项目数|发展质量")
_MAX_NOUN = 14
_FOLLOWING = 300  # lines after a count that its items, rows or paragraphs may stand on

WHERE = {
    "before": msg.ListedBefore,
    "after": msg.ListedAfter,
    "pairs": msg.ListedInPairs,
    "items": msg.ListedInItems,
    "rows": msg.ListedInRows,
}


class DraftCountVsList(DraftRule):
    """Checks a count in a draft's prose against the names the draft lists for it.

    **What it does.** Takes every count in the prose ("6县区", "八大行动计划", "两个规划",
    "4个…产业园", digits or Chinese numerals) and reads what the text enumerates for it: a
    、-list just before ("杭州、湖州、绍兴、金华4市", "…等4个项目"), a list after 具体为 /
    分别为 / 包括 / 其中 / ":" in the same sentence (pairs such as "鄞州区与和龙市" count each
    side: "10个区县(市)将与8个市县结对"), the numbered items, ";"-chained paragraphs or
    "实施…计划" paragraphs that follow, or the cells of a table under a heading that counts
    its rows. A count that equals the names is a check that agrees, listing them. "A、B等五大
    领域" is an open list: fewer names than the count is fine, more is not. A count that
    differs is a warning; an error only when the list is introduced as complete (具体为,
    分别为, ":") right after the count. Loose links (a list earlier in the sentence,
    "以…为主题的5条线路", following paragraphs) are only ever confirmed: no finding.

    **Why it matters.** "10个区县(市)" over nine named districts means a pair was dropped
    or a count not updated after editing; readers quote the count, implementers the list.

    **Example.**

    ```text
    杭州、湖州、绍兴4市将分别帮扶300万元。
    ```

    **Use instead.** The list names as many as the count says:

    ```text
    杭州、湖州、绍兴、金华4市将分别帮扶300万元。
    ```
    """

    code = "SH613"
    name = "draft-count-vs-list"
    severity = Severity.WARNING
    summary = "草稿中的计数与其列出的名称个数不符"
    summary_en = "a count in a draft differs from the names it lists"
    doc_zh = """草稿正文中的计数与正文为它列出的名称核对。

    **作用。** 取正文中的每个计数 (“6县区”“八大行动计划”“两个规划”“4个…产业园”,阿拉伯数字或
    汉字数字),读出正文为它列举的内容:紧挨在前的顿号列举 (“杭州、湖州、绍兴、金华4市”
    “…等4个项目”),同一句中“具体为/分别为/包括/其中/:”之后的列举 (“鄞州区与和龙市”这样的结对
    两边分别计数:“10个区县(市)将与8个市县结对”),其后的编号条目、以分号相连的段落、“实施…计划”
    段落,或以计数为标题的表格各行。计数等于所列名称个数时,记为一项核对一致并列出名称。
    “A、B等五大领域”是开放列举:列出的少于计数无妨,多于计数则不符。不符时给出警告;只有当列举
    紧接计数、以“具体为/分别为/:”明示为完整清单时才是错误。关联较松的 (同句更早处的列举、
    “以…为主题的5条线路”、其后的段落) 只作确认,不报告问题。

    **为何重要。** “10个区县(市)”后面只列了九个区,说明漏了一对结对,或者改稿后计数没有更新;
    读者引用计数,执行者照清单办事。

    **示例。** “杭州、湖州、绍兴4市将分别帮扶300万元”:说 4 市,只列了三个市。

    **正确写法。** 列出的城市与计数相符: 4 市。
    """

    def check(self, text):
        following = _Following(text)
        for claim in text.claims:
            count = _count(claim)
            if count is not None:
                yield from self._check(text, claim, count, following)

    def _check(self, text, claim, count, following):
        line = text.text_of(claim)
        readings, link, weak = enumerations.readings_before(line, claim.column, claim.line)
        if readings:
            return self._judge_before(text, claim, count, readings, link, weak)
        introduced = enumerations.introduced_after(line, claim.figure.end, claim.line)
        if introduced:
            return self._judge_after(text, claim, count, line, introduced, following)
        noun = _noun(line[claim.figure.end :])
        earlier = enumerations.list_earlier_in_sentence(line, claim.column, noun[-2:], claim.line)
        if earlier:
            return self._agree_only(text, claim, count, earlier)
        return self._judge_following(text, claim, count, line, noun, following)

    # -- the readers' verdicts -------------------------------------------------------------
    def _judge_before(self, text, claim, count, readings, link, weak):
        matching = [r for r in readings if len(r) == count]
        if matching:
            return [self._agrees(text, claim, matching[0])]
        # A count of places reads only the readings whose names are places' ("宁波和温州" is two)
        suffixes = _place_suffixes(claim, text.text_of(claim))
        readings = [r for r in readings if _names_of_places(r, suffixes)]
        if weak or not readings:
            return []
        if link == "等":
            if claim.figure.unit == "大" and all(len(r) < count for r in readings):
                names = readings[0]
                message = msg.CountCoversOpenList(
                    count=claim.figure.text + _noun(text.text_of(claim)[claim.figure.end :]),
                    names=_show(names),
                    listed=len(names),
                    number=count,
                )
                return [self.verified(message, text.where(claim), _places(text, names))]
            if not all(len(r) > count for r in readings):
                return []
        elif all(len(r) < count for r in readings) and not _place_suffixes(claim, text.text_of(claim)):
            return []  # "丽水、衢州14个示范点": the names may hold what is counted
        return [self._differs(text, claim, readings[0], "before")]

    def _judge_after(self, text, claim, count, line, introduced, following):
        word, start = introduced
        counts = [
            c for c in _sentence_claims(following.claims[claim.line], line, claim, start) if _count(c) is not None
        ]
        pairs = enumerations.pairs_after(line, start, claim.line)
        if pairs and len(counts) == 2:
            names = pairs[counts.index(claim)]
            how = "pairs"
        elif pairs or len(counts) != 1:
            return []
        else:
            names = enumerations.names_after(line, start, claim.line, _place_suffixes(claim, line))
            how = "after"
        if len(names) < 2:
            return []
        if len(names) == count:
            return [self._agrees(text, claim, names)]
        if word in ("其中", "包括"):  # may name only some of them
            return []
        complete = word in enumerations.COMPLETE and _right_after(line, claim, start)
        return [self._differs(text, claim, names, how, Severity.ERROR if complete else None)]

    def _judge_following(self, text, claim, count, line, noun, following):
        after = following.after(claim.line)
        if ordinal(line.strip()) and following.claims[claim.line][-1] is claim:  # "一、4个山海协作产业园" over its rows
            rows = enumerations.rows_after(after, line[claim.figure.end :].strip())
            if len(rows) >= 2:
                return (
                    [self._agrees(text, claim, rows)]
                    if len(rows) == count
                    else [self._differs(text, claim, rows, "rows")]
                )
            return []
        if not _in_last_sentence(line, claim):
            return []
        if enumerations.introduces_following(line):
            items = enumerations.items_after(after)
            if len(items) >= 2:
                return (
                    [self._agrees(text, claim, items)]
                    if len(items) == count
                    else [self._differs(text, claim, items, "items")]
                )
            leads = enumerations.leads_after(after, noun[-2:])
            if len(leads) >= 2:
                return self._agree_only(text, claim, count, leads)
        chain = enumerations.chain_after(after)
        return self._agree_only(text, claim, count, chain) if len(chain) >= 2 else []

    def _agree_only(self, text, claim, count, names):
        return [self._agrees(text, claim, names)] if len(names) == count else []

    def _agrees(self, text, claim, names):
        message = msg.CountMatchesList(count=_counted(text, claim), names=_show(names))
        return self.verified(message, text.where(claim), _places(text, names))

    def _differs(self, text, claim, names, how, severity=None):
        message = msg.CountDiffersFromList(
            count=_counted(text, claim), where=WHERE[how](), listed=len(names), names=_show(names)
        )
        return self.finding(
            message, text.where(claim), _places(text, names), severity, stated=_count(claim), listed=len(names)
        )


class _Following:
    """Indexes read once per draft: the prose lines after each line, the claims of each line."""

    def __init__(self, text):
        self.lines = text.prose_lines
        self.index = {number: i for i, (number, _) in enumerate(self.lines)}
        self.claims: dict[int, list] = {}
        for claim in text.claims:
            self.claims.setdefault(claim.line, []).append(claim)

    def after(self, line: int) -> list[tuple[int, str]]:
        i = self.index.get(line)
        return [] if i is None else self.lines[i + 1 : i + 1 + _FOLLOWING]


def _count(claim) -> int | None:
    """The number a count claims, when the figure counts members of a set exactly."""
    quantity = claim.quantity
    if claim.figure.unit not in COUNT_UNITS or quantity.comparator is not Comparator.EQ:
        return None
    if quantity.value != quantity.value.to_integral_value() or not 2 <= quantity.value <= 99:
        return None
    return int(quantity.value)


def _noun(after: str) -> str:
    """The counted thing, from the words after the figure: "行动计划" in 八大行动计划”启动之年."""
    cut = min((m.start() for m in (CLAUSE_BREAK.search(after), _NOUN_END.search(after)) if m), default=len(after))
    return after[:cut][:_MAX_NOUN]


def _counted(text, claim) -> str:
    return claim.figure.text + _noun(text.text_of(claim)[claim.figure.end :])


def _names_of_places(names, suffixes: str) -> bool:
    """Whether a list can be what a count of places counts: it can when the count is not of
    places; else every name must read as a place's: ending as places do (北川县青片乡), or a
    short name without its suffix (杭州). "9个省(市)" does not count 党中央、国务院决定东部."""
    if not suffixes:
        return True
    return all(n.text.rstrip(")）").endswith(tuple(_PLACE)) or 2 <= len(n.text) <= _BARE_PLACE for n in names)


def _place_suffixes(claim, line: str) -> str:
    """The characters a counted place's name ends with: 县区 for "6县区", 区县市 for "10个区县(市)"."""
    noun = _noun(line[claim.figure.end :])
    words = claim.figure.unit + (noun if _PLACE_NOUN.fullmatch(noun) else "")
    return "".join(c for c in words if c in _PLACE)


def _sentence_claims(on_line, line: str, claim, stop: int):
    """The claims (of *on_line*, those of the line) in *claim*'s sentence, up to column *stop*."""
    ends = [m.end() for m in SENTENCE_END.finditer(line[: claim.figure.start])]
    start = ends[-1] if ends else 0
    return [c for c in on_line if start <= c.figure.start < stop]


def _right_after(line: str, claim, start: int) -> bool:
    """True when nothing but the counted noun and a verb phrase stands between the count and
    its introducer: no other clause ("…8个市县建立对口结对关系,具体为:")."""
    between = line[claim.figure.end : start]
    return len(CLAUSE_BREAK.findall(between)) <= 2


def _in_last_sentence(line: str, claim) -> bool:
    rest = line[claim.figure.end :].rstrip().rstrip("。!！?？:：")
    return not SENTENCE_END.search(rest)


def _show(names) -> Quotations:
    return Quotations(n.text for n in names)


def _places(text, names):
    return [text.at(n.line, n.column, n.text) for n in names]
