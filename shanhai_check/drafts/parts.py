"""Per-unit amounts and totals with their parts, read from a draft's prose.

Official prose carries two kinds of arithmetic that nobody writes down:

* a per-unit amount (:class:`Each`): "5个省定结对的区市各落实221万元", "(每县300万元)",
  "平安区、循化县各100万元", "4市将分别帮扶300万元" — an amount for each member of a group
  that is counted (5个, 4市) or named (平安区、循化县) just before it;
* a total followed by its parts (:class:`Breakdown`): "4000万资金全部分配给6县区,其中:乐都区
  819万元,…;另安排平安区、循化县各100万元", where a per-unit part counts size × amount.

A breakdown is *stated* when a word says the figures that follow are parts of the one before
(其中, 包括, 含, 分别为, 具体为), and presented as the *whole* when the text says so (全部, 合计,
分别为 …) or its parts name as many units as the total's group counts (6县区: six named). Without
such a word a breakdown is only *inferred*, from the figures themselves: every later figure of
the sentence adds up to an earlier one ("16.7亿元,实际安排15.7亿元(另外1亿元…)"), or a sentence
allocating a metric among units adds up to the draft's own headline for that metric. Rules
confirm an inferred breakdown when it holds and say nothing when it does not: the reading is
a guess, and a guess is no ground for a finding.

Everything here reads the claims of :mod:`claims`; nothing reads the file.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from shanhai_check.drafts.claims import VERBS, Claim
from shanhai_check.drafts.units import units_named_before
from shanhai_check.messages import Joined, Message
from shanhai_check.messages.figures import Approximately
from shanhai_check.messages.rules import EachPart
from shanhai_check.wording import SENTENCE_END, SPELLED_OUT
from shanhai_check.quantity import ZERO, Comparator, Interval, Measure, Quantity, QuantityError, plain, same_base

# 各 (each), 每县 (per county; not 每年, a rate in time), 分别 (respectively, with one amount).
_EACH = re.compile(
    r"各(?!项|类|种|级|方面|地|部门|单位|有关|自)|每个?(?P<unit>[县市区村镇乡户人家所校园])|分别(?![为是])"
)
_MARKER = re.compile("|".join(("其中", "包括", "包含", "含") + SPELLED_OUT))
# Words that present the parts as the whole of the total before them.
_WHOLE = re.compile("|".join(("全部", "全额", "合计", "总计", "共计") + SPELLED_OUT))
# A last part that is the rest ("其中护林员1200人,保洁员800人,其他岗位900人"): the list is the whole.
_REST = re.compile(r"(?:其他|其它|其余|剩余|余下)")
# A part may open its clause with one of these before its verb: "另安排平安区…各100万元".
_ADDITION = re.compile(r"另外|另|此外|还|再")
# "…,共计300万元": a total right after its parts.
_SUM_WORD = re.compile(r"(?:共计|合计|总计|总共|共)$")
_VERB = re.compile("|".join(VERBS))
_OPEN, _CLOSE = "(（", ")）"
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_MAX_KINDS, _KIND_WINDOW, _MAX_QUALIFIER = 12, 12, 4
# How many earlier figures 每县 looks back over for the count of its 县.
_RECENT = 32


@dataclass(frozen=True)
class Each:
    """An amount for each member of a group: the figure, how the group is counted or named."""

    claim: Claim
    marker: str  # 各, 每县, 分别
    count: Claim | None  # the figure that counts the group (5个, 18县), if any
    names: tuple[str, ...]  # the units named just before, if any

    @property
    def size(self) -> int | None:
        """How many units the amount applies to: the count, or the number of names."""
        if self.count is not None:
            return _whole_number(self.count.quantity)
        return len(self.names) or None

    def shown(self) -> str:
        """ "平安区、循化县各100万元", "5个…各221万元", "18县…每县300万元"."""
        group = "、".join(self.names) if self.names else (self.count.figure.text + "…" if self.count else "")
        return f"{group}{self.marker}{self.claim.figure.text}"


@dataclass(frozen=True)
class Part:
    """One addend of a breakdown: a figure, or size × a per-unit figure."""

    claim: Claim
    each: Each | None = None
    lead: str = ""  # the words of its clause before the figure: "乐都区" in "乐都区819万元"
    name: str = ""  # what it counts, when that is known: "工业产业园"

    @property
    def units(self) -> int:
        """How many units the part covers (1 for a plain figure)."""
        return self.each.size if self.each else 1

    def interval(self, unit: Measure) -> Interval:
        return self.claim.quantity.convert(unit).interval().times(self.units)

    def figure(self, unit: Measure) -> Quantity:
        """The part as one figure in *unit*: size × the per-unit figure for a 各 part."""
        return self.claim.quantity.convert(unit).times(self.units)

    def nominal(self, unit: Measure) -> Decimal:
        return self.claim.quantity.convert(unit).value * self.units

    def shown(self, unit: Measure) -> "str | Message":
        """ "乐都区 819", "2×100 (平安区、循化县各100万元)": the addend as the planner redoes it."""
        value = shown_figure(self.claim.quantity.convert(unit))
        if self.each:
            return EachPart(units=self.units, value=value, each=self.each.shown())
        if self.name:
            return Joined([self.name, " ", value])
        metric, subject = self.claim.metric.lstrip("、,，"), self.claim.subject
        named = metric and self.lead.endswith(metric) and not _VERB.search(self.lead)  # "其中市本级600万元"
        label = metric if named else subject if len(subject) > 2 else ""
        return Joined([label, " ", value]) if label else value


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts the text gives for it."""

    total: Claim
    parts: tuple[Part, ...]
    stated: bool  # a word says these are parts of the total (其中, 包括 …)
    whole: bool  # the parts are presented as the whole of it

    @property
    def unit(self) -> Measure:
        return self.total.quantity.unit

    def sum(self) -> tuple[Decimal, Interval]:
        """The exact sum of the parts as written, and the interval the sum may lie in."""
        interval = ZERO
        for part in self.parts:
            interval = interval + part.interval(self.unit)
        return sum((p.nominal(self.unit) for p in self.parts), Decimal(0)), interval

    @property
    def adds_up(self) -> bool:
        return self.sum()[1].meets(self.total.quantity.interval())

    @property
    def certain(self) -> bool:
        """Every figure is exact or rounded (no 约, 以上, 不超过), every part read plainly."""
        claims = [self.total, *(p.claim for p in self.parts)]
        return self.stated and all(c.comparator is Comparator.EQ for c in claims)

    def shown(self) -> Joined:
        return Joined([p.shown(self.unit) for p in self.parts], " + ")


def shown_figure(quantity: Quantity) -> "str | Approximately":
    """A figure with its comparator, in the unit it has been converted to: "110", "≥110", "约110"."""
    if quantity.comparator is Comparator.ABOUT:
        return Approximately(figure=plain(quantity.value))
    mark = {Comparator.GE: "≥", Comparator.LE: "≤"}.get(quantity.comparator, "")
    return mark + plain(quantity.value)


def _whole_number(quantity: Quantity) -> int | None:
    value = quantity.value
    if quantity.comparator is not Comparator.EQ or value != value.to_integral_value() or value <= 0:
        return None
    return int(value)


def _base(claim: Claim) -> str | None:
    unit = claim.quantity.unit
    return unit.base if unit else None


@dataclass
class Sentence:
    """The claims of one sentence of one line, in order, with the line's text.

    What the readers below ask of a sentence again and again (bracket depth at a column, the
    last 各/每/分别 before a figure, the claims before a column) is worked out once, so that
    a sentence of n figures costs n·log n, not n² or n³ (issue 19: 800 figures took 13 s)."""

    line: int
    text: str
    start: int
    end: int
    claims: list[Claim]
    _each: dict[int, "Each | None"] = field(default_factory=dict, repr=False)
    _part: dict[int, "Part | None"] = field(default_factory=dict, repr=False)

    def depth(self, column: int) -> int:
        """How many brackets are open at *column* (0-based) within the sentence."""
        return self._depths[column - self.start]

    @functools.cached_property
    def _depths(self) -> list[int]:
        depths, depth = [0], 0
        for char in self.text[self.start : self.end]:
            depth += (char in _OPEN) - (char in _CLOSE)
            depths.append(depth)
        return depths

    @functools.cached_property
    def _ends(self) -> list[int]:
        return [c.figure.end for c in self.claims]

    @functools.cached_property
    def _index(self) -> dict[int, int]:
        return {id(c): i for i, c in enumerate(self.claims)}

    @functools.cached_property
    def _markers(self) -> list[re.Match]:
        return list(_EACH.finditer(self.text, self.start, self.end))

    @functools.cached_property
    def _next_same_base(self) -> list[int | None]:
        """For each claim, the index of the next claim of its base (None at the last)."""
        following: dict[str | None, int] = {}
        found: list[int | None] = [None] * len(self.claims)
        for i in range(len(self.claims) - 1, -1, -1):
            found[i] = following.get(_base(self.claims[i]))
            following[_base(self.claims[i])] = i
        return found

    @functools.cached_property
    def _previous_other_base(self) -> list[int]:
        """For each claim, the index of the nearest earlier claim of another base (-1: none)."""
        found = [-1] * len(self.claims)
        for i in range(1, len(self.claims)):
            same = _base(self.claims[i - 1]) == _base(self.claims[i])
            found[i] = found[i - 1] if same else i - 1
        return found

    def last_marker(self, start: int, end: int) -> re.Match | None:
        """The last 各/每县/分别 that lies within [start, end)."""
        markers = self._markers
        i = bisect.bisect_right(markers, end, key=re.Match.end) - 1
        return markers[i] if i >= 0 and markers[i].start() >= start else None

    def ending_before(self, column: int) -> int:
        """The index of the last claim ending at or before *column* (-1: none)."""
        return bisect.bisect_right(self._ends, column) - 1

    def recent_through(self, claim: Claim, count: int = 32) -> list[Claim]:
        """*claim* and the claims before it in the sentence, at most *count* in all."""
        end = self._index[id(claim)] + 1
        return self.claims[max(0, end - count) : end]

    def next_of_base(self, claim: Claim) -> Claim | None:
        later = self._next_same_base[self._index[id(claim)]]
        return None if later is None else self.claims[later]

    def last_other_base(self, claim: Claim, start: int, end: int) -> Claim | None:
        """The last claim of another base than *claim*'s within [start, end)."""
        i = self.ending_before(end)
        if i >= 0 and _base(self.claims[i]) == _base(claim):
            i = self._previous_other_base[i]
        return self.claims[i] if i >= 0 and self.claims[i].figure.start >= start else None


def _by_line(text) -> dict[int, list[Claim]]:
    by_line: dict[int, list[Claim]] = {}
    for claim in text.claims:
        by_line.setdefault(claim.line, []).append(claim)
    return by_line


def sentences(text) -> list[Sentence]:
    """Every sentence of the draft's prose that holds a claim."""
    found = []
    for number, claims in _by_line(text).items():
        line = text.draft.line(number)
        ends = [m.end() for m in SENTENCE_END.finditer(line)] + [len(line)]
        start = 0
        for end in ends:
            inside = [c for c in claims if start <= c.figure.start < end]
            if inside:
                found.append(Sentence(number, line, start, end, inside))
            start = end
    return found


def each_of(sentence: Sentence, claim: Claim) -> Each | None:
    """The per-unit reading of *claim*, or None when it is not an amount for each of a group."""
    key = id(claim)
    if key not in sentence._each:
        sentence._each[key] = _each_of(sentence, claim)
    return sentence._each[key]


def _each_of(sentence: Sentence, claim: Claim) -> Each | None:
    marker = sentence.last_marker(claim.clause_start, claim.figure.start)
    if marker is None:
        return None
    at = marker.start()
    later = sentence.next_of_base(claim)
    if (
        marker.group() == "分别"
        and later is not None
        and later.line == claim.line
        and "、" in sentence.text[claim.figure.end : later.figure.start]
    ):
        return None  # "分别落实100万元、200万元": a list, not one amount each
    count = sentence.last_other_base(claim, claim.clause_start, at)
    if count is None and marker.group("unit"):
        count = _counted_earlier(sentence, claim, marker.group("unit"))
    names_end = (
        count.figure.start
        if count is not None and count.line == claim.line and count.figure.start >= claim.clause_start
        else at
    )
    previous = sentence.ending_before(names_end)  # a list of names starts after any figure before it
    names_start = max(claim.clause_start, sentence.claims[previous].figure.end if previous >= 0 else 0)
    names = units_named_before(sentence.text, names_end, names_start)
    return Each(claim, marker.group(), count, tuple(names))


def _counted_earlier(sentence: Sentence, claim: Claim, unit: str) -> Claim | None:
    """For 每县 / 每村: the nearest earlier count of 县 ("18县") or of something named with 村
    ("1个…新村建设"), among the _RECENT claims before the clause."""
    end = sentence.ending_before(claim.clause_start) + 1
    for other in reversed(sentence.claims[max(0, end - _RECENT) : end]):
        if _base(other) == _base(claim):
            continue
        clause_end = _clause_end(sentence.text, other.figure.end, sentence.end)
        if other.figure.unit == unit or unit in sentence.text[other.figure.end : clause_end]:
            return other
    return None


def _clause_end(text: str, column: int, limit: int) -> int:
    found = re.compile(r"[,，;；:：]").search(text, column, limit)
    return found.start() if found else limit


def eaches(text) -> list[tuple[Sentence, Each]]:
    """Every per-unit figure of the draft's prose, with its sentence."""
    return [(s, each) for s in text.sentences for c in s.claims if (each := each_of(s, c)) is not None]


def _part(sentence: Sentence, claim: Claim) -> Part | None:
    """*claim* as an addend; None for a per-unit figure whose group is not counted."""
    key = id(claim)
    if key not in sentence._part:
        sentence._part[key] = _part_of(sentence, claim)
    return sentence._part[key]


def _part_of(sentence: Sentence, claim: Claim) -> Part | None:
    each = each_of(sentence, claim)
    previous = sentence.ending_before(claim.figure.start)
    start = max(claim.clause_start, sentence.claims[previous].figure.end if previous >= 0 else 0)
    lead = sentence.text[start : claim.figure.start].strip(" 、,，:：;；")
    if each is None:
        return Part(claim, None, lead)
    return Part(claim, each, lead) if each.size else None


def _stated(sentence: Sentence) -> list[Breakdown]:
    """Totals followed by a marker (其中, 包括 …) and their parts, up to the end of the sentence."""
    found = []
    text = sentence.text
    for marker in _MARKER.finditer(text, sentence.start, sentence.end):
        after = [c for c in sentence.claims if c.figure.start >= marker.end()]
        if not after or sentence.depth(marker.start()) != sentence.depth(after[0].figure.start):
            continue
        unit = after[0].quantity.unit
        depth = sentence.depth(marker.start())
        before = [c for c in sentence.claims if c.figure.end <= marker.start() and same_base(c.quantity.unit, unit)]
        totals = [c for c in before if sentence.depth(c.figure.start) == depth]
        if not totals and depth > 0 and before:
            totals = before[-1:]  # "产业项目80个(其中工业项目50个…)": the bracket breaks down the figure before it
        if not totals:
            continue
        total = totals[-1]  # with several ("安排3000万元,比上年增加500万元,其中…") the nearest, but not stated
        parts = _parts_after(sentence, marker, after, total)
        if not parts:
            continue
        opening = text[total.clause_start : marker.start()]
        named = sum(p.units for p in parts)
        counted = [
            c
            for c in sentence.claims
            if total.figure.end <= c.figure.start < marker.start() and _base(c) != _base(total)
        ]
        whole = (
            bool(_WHOLE.search(opening + marker.group()))
            or any(_whole_number(c.quantity) == named for c in counted)
            or (len(parts) >= 2 and bool(_REST.match(parts[-1].lead)))
        )
        found.append(Breakdown(total, tuple(parts), stated=len(totals) == 1, whole=whole))
    return found


def _parts_after(sentence: Sentence, marker: re.Match, after: list[Claim], total: Claim) -> list[Part] | None:
    """The parts after *marker*: figures of the total's unit at the marker's bracket depth, up
    to one whose clause does something else ("带动社会投资2000万元": a verb, not a name)."""
    depth = sentence.depth(marker.start())
    parts: list[Part] = []
    previous_end = marker.end()
    for claim in after:
        if _base(claim) != _base(total) or sentence.depth(claim.figure.start) != depth:
            continue
        between = _outside_brackets(sentence.text[previous_end : claim.figure.start])
        if _MARKER.search(between):
            break  # a second 其中: the breakdown before it ends here
        if ";" in between or "；" in between:
            after_semicolon = re.split("[;；]", between)[-1].lstrip()
            if not _ADDITION.match(after_semicolon):
                break  # "…;社会资金300万元": a new statement, unless it adds (另安排 …)
        lead = sentence.text[max(previous_end, claim.clause_start) : claim.figure.start]
        verb = _VERB.search(lead)
        if verb and not _ADDITION.search(lead[: verb.start()]) and not _EACH.search(lead):
            break
        part = _part(sentence, claim)
        if part is None:
            return None  # a per-unit part whose group is not counted: nothing to add up
        parts.append(part)
        previous_end = claim.figure.end
    return parts


def _summed(sentence: Sentence) -> list[Breakdown]:
    """Parts first, then their total: "甲区100万元、乙区200万元,共计300万元", or one amount for
    each of a counted group, "5个乡镇各安排120万元,共计600万元" (5 × 120)."""
    found = []
    for i, total in enumerate(sentence.claims):
        lead = sentence.text[total.clause_start : total.figure.start]
        if not _SUM_WORD.search(lead) or total.quantity.unit is None:
            continue
        earlier = [
            c
            for c in sentence.claims[:i]
            if _base(c) == _base(total) and sentence.depth(c.figure.start) == sentence.depth(total.figure.start)
        ]
        if not earlier or _MARKER.search(sentence.text, earlier[0].figure.end, total.figure.start):
            continue
        if len(earlier) == 1 and each_of(sentence, earlier[0]) is None:
            continue  # one figure and a total: a restatement or a part, not a breakdown; "5个乡镇各120万元" is one
        leads = [
            sentence.text[max(a.figure.end, b.clause_start) : b.figure.start] for a, b in zip(earlier, earlier[1:])
        ]
        if any(_VERB.search(lead) for lead in leads):
            continue  # the earlier figures are not a plain list of parts
        parts = [_part(sentence, c) for c in earlier]
        if None not in parts:
            found.append(Breakdown(total, tuple(parts), stated=True, whole=True))
    return found


def _kinds(claims: list[Claim], text: str) -> list[Breakdown]:
    """A count that the earlier counts of its kinds add up to: "4个工业产业园 … 2个文旅产业园 …
    确保6个省级山海协作产业园": both name a kind of 产业园 (a qualifier before the same noun), and
    the total names 产业园 too. A count of the total's own kind ("4个省级山海协作产业园") is a
    part of it already counted, not a kind. Confirmation only: the reading is inferred."""
    found = []
    for i, total in enumerate(claims):
        if total.quantity.unit is None or _whole_number(total.quantity) is None:
            continue
        kinds: dict[str, dict[str, Claim]] = {}  # the shared noun → qualifier → count
        for earlier in claims[max(0, i - _MAX_KINDS) : i]:
            if _base(earlier) != _base(total) or _whole_number(earlier.quantity) is None:
                continue
            shared = _kind_of(text[earlier.figure.end :], text[total.figure.end :])
            if shared is not None:
                qualifier, noun = shared
                kinds.setdefault(noun, {}).setdefault(qualifier, earlier)
        for noun, by_kind in kinds.items():
            parts = tuple(Part(claim, name=qualifier + noun) for qualifier, claim in by_kind.items())
            if len(parts) >= 2 and sum(p.claim.quantity.value for p in parts) == total.quantity.value:
                found.append(Breakdown(total, parts, stated=False, whole=True))
                break
    return found


def _kind_of(part: str, total: str) -> tuple[str, str] | None:
    """(qualifier, noun) when the words after a part's figure are a qualifier then a noun that
    the words after the total's figure also name, after a different qualifier."""
    part, total = part[:_KIND_WINDOW], total[:_KIND_WINDOW]
    best = None
    for start in range(1, _MAX_QUALIFIER + 1):
        for end in range(len(part), start + 1, -1):
            noun = part[start:end]
            at = total.find(noun)
            if at > 0 and _CJK.fullmatch(part[:end]) and total[:at] != part[:start]:
                if best is None or len(noun) > len(best[1]):
                    best = (part[:start], noun)
                break
    return best


def _outside_brackets(text: str) -> str:
    """*text* without its bracketed asides (a nested breakdown's own 其中 is not this one's)."""
    while True:
        shorter = _BRACKETED.sub("", text)
        if shorter == text:
            return text
        text = shorter


def _inferred(sentence: Sentence, taken: set[int]) -> list[Breakdown]:
    """The first figure that every later figure of its base in the sentence (two at least)
    adds up to. Read from the sentence's end with running sums, one per unit written: one
    pass, not one sum of every later figure for every figure."""
    claims = sentence.claims
    sums: dict[str, dict[Measure, Interval]] = {}  # by base: the later exact parts, summed per unit
    later: dict[str, int] = {}  # by base: how many later figures
    broken: set[str] = set()  # bases with a later figure that is no exact part (以上, 约, an uncounted 各)
    found = None
    for i in range(len(claims) - 1, -1, -1):
        claim, base = claims[i], _base(claims[i])
        if base is None:
            continue
        exact = claim.comparator is Comparator.EQ
        if (
            exact
            and id(claim) not in taken
            and later.get(base, 0) >= 2
            and base not in broken
            and _sum_meets(sums[base], claim)
        ):
            found = i
        later[base] = later.get(base, 0) + 1
        part = _part(sentence, claim)
        if part is None or not exact:
            broken.add(base)  # 以上, 不超过, 约: bounds meet too easily to show that these are parts
        elif base not in broken:
            by_unit = sums.setdefault(base, {})
            by_unit[claim.quantity.unit] = by_unit.get(claim.quantity.unit, ZERO) + part.interval(claim.quantity.unit)
    if found is None:
        return []
    total = claims[found]
    parts = tuple(_part(sentence, c) for c in claims[found + 1 :] if _base(c) == _base(total))
    return [Breakdown(total, parts, stated=False, whole=True)]


def _sum_meets(by_unit: dict[Measure, Interval], total: Claim) -> bool:
    """Whether the parts summed per unit, each sum converted to the total's unit, meet it."""
    interval = ZERO
    for unit, summed in by_unit.items():
        factor = unit.factor_to(total.quantity.unit)
        interval = interval + Interval(summed.lo * factor, summed.hi * factor)
    return interval.meets(total.quantity.interval())


def breakdowns(text) -> list[Breakdown]:
    """Every total of the draft's prose with the parts its sentence gives for it."""
    found: list[Breakdown] = []
    for sentence in text.sentences:
        stated = _stated(sentence) + _summed(sentence)
        taken = {id(c) for b in stated for c in (b.total, *(p.claim for p in b.parts))}
        found.extend(stated)
        found.extend(_inferred(sentence, taken))
    for number, claims in _by_line(text).items():
        found.extend(_kinds(claims, text.draft.line(number)))
    taken = {id(c) for b in found for c in (b.total, *(p.claim for p in b.parts))}
    found.extend(_opening(text.sentences, taken))
    return found


# A sentence whose marker comes before its first figure ("其中:智力支援类项目58个,安排援疆资金
# 0.87亿元;…", "这些项目包括了…项目69个,到位资金5.49亿元;…") breaks down the sentence before it,
# in the paragraph before when it starts one.
_PARAGRAPH_GAP = 2  # lines from the sentence broken down: the next line, or the next paragraph
_OPENING_MARKER = re.compile("(?:" + "|".join(("其中", "包括") + SPELLED_OUT) + ")[:：,，]?")


def _opening(sentences: list[Sentence], taken: set[int]) -> list[Breakdown]:
    """Breakdowns of a sentence whose 其中 or 包括 stands before its first figure: each figure of
    the sentence before is a total of the figures of this one that share its unit and metric.
    When the parts of one unit make their total exactly (the counts of a breakdown), the
    breakdown is complete, and so are its parts of another unit (the money of the same items)."""
    found = []
    for before, sentence in zip(sentences, sentences[1:]):
        opening = _OPENING_MARKER.search(sentence.text, sentence.start, sentence.claims[0].figure.start)
        if (
            opening is None
            or sentence.line - before.line > _PARAGRAPH_GAP
            or any(id(c) in taken for c in sentence.claims)
        ):
            continue
        pairs = []
        for total in (c for c in before.claims if _base(c) and id(c) not in taken):
            parts = [
                c
                for c in sentence.claims
                if _base(c) == _base(total) and sentence.depth(c.figure.start) == 0 and _same_metric(total, c)
            ]
            if len(parts) >= 2:
                pairs.append((total, parts))
        whole = bool(_WHOLE.search(opening.group())) or any(_exact_sum(total, parts) for total, parts in pairs)
        found.extend(
            Breakdown(total, tuple(Part(c) for c in parts), stated=True, whole=whole) for total, parts in pairs
        )
    return found


def _same_metric(total: Claim, part: Claim) -> bool:
    """The part counts what the total counts: its metric ends as the total's does (援疆资金 /
    援疆资金, 援疆项目 / 智力支援类项目)."""
    a, b = total.metric, part.metric
    if not a or not b:
        return False
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= 2


def _exact_sum(total: Claim, parts: list[Claim]) -> bool:
    """Plain figures whose sum is exactly the total: a complete breakdown."""
    claims = [total, *parts]
    if any(c.quantity.comparator is not Comparator.EQ for c in claims):
        return False
    try:
        return sum((c.quantity.convert(total.quantity.unit).value for c in parts), Decimal(0)) == total.quantity.value
    except QuantityError:
        return False


def allocations(text) -> list[Breakdown]:
    """Sentences that share a metric out among units ("市本级落实援建资金772万元,5个…各落实221万元,
    8个…分别落实不低于110万元"), each against the draft's headline for that metric stated
    elsewhere ("落实援建资金2757万元"), when the draft gives exactly one. The parts need not be
    the whole (other units may get some too): such a breakdown is never stated nor whole."""
    by_metric = headlines(text)
    found = []
    for sentence in text.sentences:
        if _MARKER.search(sentence.text, sentence.start, sentence.end):
            continue  # a stated breakdown: read by _stated
        parts = _allocated(sentence)
        if parts is None:
            continue
        headline = _headline(text, sentence, parts[0].claim, by_metric.get(parts[0].claim.metric, []))
        if headline is not None:
            found.append(Breakdown(headline, tuple(parts), stated=False, whole=False))
    return found


def headlines(text) -> dict[str, list[Claim]]:
    """Exact figures about the whole (no unit named as subject), by metric."""
    found: dict[str, list[Claim]] = {}
    for claim in text.claims:
        if claim.metric and claim.about_the_whole and claim.comparator is Comparator.EQ:
            found.setdefault(claim.metric, []).append(claim)
    return found


def _allocated(sentence: Sentence) -> list[Part] | None:
    """The parts of a sentence that gives each of several units (or counted groups) an amount
    of the metric its first figure names; None when the sentence is not that."""
    first = next((c for c in sentence.claims if c.metric and c.quantity.unit is not None), None)
    if first is None:
        return None
    same = [c for c in sentence.claims if _base(c) == _base(first)]
    parts = [_part(sentence, c) for c in same]
    if len(parts) < 2 or None in parts or any(c.metric not in ("", first.metric) for c in same):
        return None
    if any(p.each is None and (p.claim.about_the_whole or len(p.claim.subject) < 2) for p in parts):
        return None  # a figure for no unit in particular: not an allocation among units
    return parts


def _headline(text, sentence: Sentence, first: Claim, candidates: list[Claim]) -> Claim | None:
    """The one figure of *first*'s metric the draft states for the whole, outside *sentence*."""
    found = {}
    for claim in candidates:
        if claim.line == sentence.line and sentence.start <= claim.figure.start < sentence.end:
            continue
        if _base(claim) != _base(first) or _EACH.search(
            text.draft.line(claim.line)[claim.clause_start : claim.figure.start]
        ):
            continue
        found.setdefault(claim.quantity.convert(first.quantity.unit).value, claim)
    return next(iter(found.values())) if len(found) == 1 else None
