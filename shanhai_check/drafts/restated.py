"""Figures a draft states more than once: the same metric, for the same subject and period.

A draft repeats its headline figures: the 主要目标 paragraph, the task that carries it out, the
attachment that restates the task, the 合计 of a table; "186个援疆项目" in a title and "确定援疆
项目186个" in the body. Each figure becomes a :class:`Statement` keyed by

- its **metric**, a head-final noun phrase with its modifiers dropped (省级, 山海协作, 已命名的,
  brackets, quotation marks): what stands after the clause's last verb ("落实援建资金772万元"),
  or for a count the noun it counts ("6个已命名的…“消薄飞地”建设" → 消薄飞地), wherever the
  count stands ("援疆项目186个" and "186个援疆项目"); an amount after 销售 / 采购 … is that
  verb's amount (销售优质农特产品5700万元 and 销售额5700万元 are both 销售);
- its **subject**: the unit named before the verb (宁波市市本级, 乐都区, "平安区、循化县各"
  gives two), or the whole (none, 全年, 对口地区 …); a per-unit figure (各, 分别) is its own;
- its **period**: a year named in the clause, else the document's year;
- its **unit**: 万元 and 亿元 compare after exact conversion, each figure as its interval.

Two metrics are the same when one is the other's ending (到位资金 / 实际到位资金) or they share
an ending of four characters; two characters are enough when both name the same unit.

:func:`restatements` pairs every statement with the latest earlier one of its key, over any
list of statements (one draft's, or several drafts' checked together), so N statements give
N−1 pairs. Its cost is an index lookup per statement, never all pairs.
"""

from __future__ import annotations

import dataclasses

import bisect
import enum
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator

from shanhai_check.drafts.claims import CLAUSE_BREAK, MAX_CLAUSE, VERBS, Claim
from shanhai_check.drafts.figures import ITEM_NUMBER
from shanhai_check.findings import Location
from shanhai_check.relations import Restated, judge_restated
from shanhai_check.wording import ASSIGNED_TO_EACH, SENTENCE_END, ordinal
from shanhai_check.quantity import Quantity, QuantityError

_VERB = re.compile("|".join(VERBS))
# An amount after these verbs is the verb's amount: 销售优质农特产品5700万元 is 销售额.
_AMOUNT_VERBS = re.compile("销售|采购|投资|捐赠|捐款|募集|筹集")
# Words that qualify a metric without changing what it counts (省级山海协作产业园 → 产业园).
_MODIFIERS = re.compile(r"省级|市级|县级|山海协作|东西部扶贫协作|已命名的|已命名|新一轮|[“”\"'‘’「」《》〈〉]|的")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]|【[^】]*】?")  # (含转移), 【责任单位:…】

# "4000万资金", "帮扶800万元资金": the money named after the figure.
_MONEY_NOUN = re.compile(r"^[^,，。;；]{0,8}?(?:资金|经费|款项|投资)")
# Where a counted noun ends: a verb, a connective, a time word (6个…“消薄飞地”建设, 186个…项目昨天开工).
_COUNTED_END = re.compile("|".join(VERBS) + r"|建设|共建|和|与|及|等|要|将|在|各|均|分别|昨天|今天|明天|集中|全部|进行")
_LEADING_CONNECTIVE = re.compile(r"^(?:和|及|以及|与|并|另|另外)+")

# A unit named where a metric would stand: "其中:乐都区819万元,民和县1226万元".
_UNIT_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:区|县|市|州|旗|镇|乡|盟)$")
_LIST_SEPARATOR = re.compile(r"、")
# A figure for each of several units, not for them together.
# How far below its item a task's role line may stand (blank lines between).
_ROLE_LINE_REACH = 4
_PER_UNIT = re.compile(r"各|分别|均|每(?![年季月半周天日])")
_TIME_WORDS = re.compile(r"(?:19|20)[0-9]{2}年度?|今年|全年|每年|年度|本年度|当年|年底前|年内")

# "会议研究决定将本批…": what precedes a reporting verb says who decided, not whom the figure is about.
_REPORTED = re.compile(r"^.*(?:研究决定|决定|同意|要求|提出|指出|获悉|了解到|据统计|据悉)")
# Words that name no part of the whole: 本批, 上述, 该 refer back to a figure already stated;
# the partner region as a whole, verbs, adverbs and fillers.
_WHOLE_WORDS = re.compile(
    r"本批|此批|该批|上述|前述|该|此|这|"
    + "|".join(VERBS)
    + r"|深入|加快|积极|全面|进一步|大力|切实|着力|努力|继续|持续"
    r"|全市|全省|全区|全县|全地区|对口地区|结对地区|受援地区?"
    r"|帮助|其中|另外|另|共|累计|已|将|力争|确保|计划|拟|并|再|还|要|分别|各|均|的"
)
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_MIN_WORDING = 6  # characters, figure aside, for two clauses to count as the same wording
_DISTINCTIVE = 10  # 1次, 2个 recur by chance; 2000人次, 819万元 hardly
_RECENT = 32  # earlier statements of one metric ending tried for a pair, the latest first


class Match(enum.Enum):
    """How sure the pairing of two statements is."""

    WORDING = "wording"  # the same clause, word for word but for the figure: sure
    KEY = "key"  # the same metric, subject, period and unit
    ENDING = "ending"  # the same subject, one metric the other's ending, figures that agree
    VALUE = "value"  # the same exact figure and a compatible metric; a subject missing on one side


@dataclass(frozen=True)
class Statement:
    """One figure as a statement of a metric: where it stands and what it is keyed by."""

    where: Location
    quote: str  # what a message shows: the clause through the figure, or the table cell
    metric: str  # head-final, modifiers dropped; "" when the draft does not say
    subject: str  # "" for the whole
    per_unit: bool
    period: str
    quantity: Quantity
    verb: str = ""
    wording: str = ""  # the clause with the figure blanked out; "" for a table cell
    table_total: bool = False  # a table's 合计: a disagreement there is SH211's
    table_row: bool = False  # a unit's row of a table: paired through its unit's name
    assigned_to_each: bool = False  # in a task given to each of a group (责任单位:各区县): maybe per unit
    part_of: Location | None = None  # where the total stands that this figure is a stated part of (其中 …)
    share_of: str = ""  # a share's numerator: "1690.12万人" in "1690.12万人,占去年外出务工总数的61.93%"

    @property
    def base(self) -> str:
        return self.quantity.unit.base if self.quantity.unit else ""


def draft_statements(text) -> list[Statement]:
    """Every statement of one analysed draft (prose and tables), in reading order."""
    year = text.year
    found = claim_statements(text, text.claims, year) + table_statements(text, year)
    return sorted(found, key=lambda s: (s.where.line, s.where.column))


def document_year(lines: list[str]) -> str:
    """The year a draft is about: the one it names most often ("" when it names none)."""
    years = Counter(year for line in lines for year in _YEAR.findall(line))
    return years.most_common(1)[0][0] if years else ""


def claim_statements(text, claims: list[Claim], year: str) -> list[Statement]:
    """The statements of a draft's prose claims, in order; a "A、B各N" claim gives one per unit."""
    found: list[Statement] = []
    previous: Claim | None = None
    totals = {id(p.claim): text.where(b.total) for b in text.breakdowns if b.stated for p in b.parts}
    for claim in claims:
        line = text.draft.line(claim.line)
        after_previous = previous.figure.end if previous and previous.line == claim.line else 0
        before, previous = (previous if after_previous else None), claim
        if claim.quantity.unit is None or _quoted(line, claim.figure.start):
            continue
        made = _statements(text, claim, line, year, found, after_previous)
        numerator = _numerator(line, claim, before)
        found.extend(dataclasses.replace(s, part_of=totals.get(id(claim)), share_of=numerator) for s in made)
    return found


def _numerator(line: str, claim: Claim, before: Claim | None) -> str:
    """The figure a share is of, as written: the figure just before "占…的N%" in its sentence."""
    if before is None or claim.quantity.unit is None or claim.quantity.unit.base not in ("%", "‰"):
        return ""
    between = line[before.figure.end : claim.figure.start]
    return before.figure.text if "占" in between and not SENTENCE_END.search(between) else ""


def _quoted(line: str, column: int) -> bool:
    """Inside “…”: a figure in a name ("双百村"结对行动), not a statement."""
    opens, closes = _quote_marks(line)
    last_open, last_close = bisect.bisect_left(opens, column) - 1, bisect.bisect_left(closes, column) - 1
    return last_open >= 0 and (last_close < 0 or closes[last_close] < opens[last_open])


@functools.lru_cache(maxsize=16)
def _quote_marks(line: str) -> tuple[list[int], list[int]]:
    """Where a line's “ and ” stand, found once per line (a line may hold many figures)."""
    return [i for i, c in enumerate(line) if c == "“"], [i for i, c in enumerate(line) if c == "”"]


def _statements(
    text, claim: Claim, line: str, year: str, earlier: list[Statement], after_previous: int
) -> list[Statement]:
    start = max(claim.clause_start, _item_end(line))
    before = _BRACKETED.sub("", line[max(start, after_previous) : claim.figure.start])
    after = line[claim.figure.end : claim.figure.end + MAX_CLAUSE]
    verbs = list(_VERB.finditer(before))
    verb = verbs[-1].group(0) if verbs else ""
    subject, noun = (before[: verbs[-1].start()], before[verbs[-1].end() :]) if verbs else ("", before)
    noun = _core(noun)
    base = claim.quantity.unit.base if claim.quantity.unit else ""
    if base == "元":
        if _AMOUNT_VERBS.fullmatch(verb) or noun.endswith("额"):
            noun = verb if _AMOUNT_VERBS.fullmatch(verb) else noun[:-1]
        elif not noun:
            money = _MONEY_NOUN.match(after)
            noun = _core(money.group(0)) if money else ""
    else:
        noun = _counted(after) or noun
    units = _unit_names(noun)
    if units:  # "乐都区819万元", "平安区、循化县各100万元": units named, the metric said before
        subjects, noun = units, _inherited(earlier, claim.line, base)
    else:
        subjects = [_subject(subject)]
    period = _YEAR.search(line[claim.clause_start : claim.figure.start])
    wording = _wording(line, start, claim)
    each = _assigned_to_each(text.draft.lines, claim)
    return [
        Statement(
            text.where(claim),
            text.quote(claim),
            noun,
            name,
            bool(_PER_UNIT.search(subject)) and not units,
            period.group(1) if period else year,
            claim.quantity,
            verb,
            wording,
            assigned_to_each=each,
        )
        for name in subjects
    ]


def _assigned_to_each(lines: list[str], claim: Claim) -> bool:
    """Whether the task a claim stands in is given to each member of a group: its bracket
    after the figure (【责任单位:各区县(市)…】), or the role line under its item, before the
    next item, says 各."""
    after = lines[claim.line - 1][claim.figure.end :]
    bracket = after.find("【")
    if bracket != -1 and ASSIGNED_TO_EACH.search(after, bracket, after.find("】", bracket) + 1 or len(after)):
        return True
    for following in lines[claim.line : claim.line + _ROLE_LINE_REACH]:
        if ITEM_NUMBER.match(following.strip()) or ordinal(following.strip()):
            return False
        if ASSIGNED_TO_EACH.match(following.strip().lstrip("【〔[(（")):
            return True
    return False


def _item_end(line: str) -> int:
    match = ITEM_NUMBER.match(line)
    return match.end() if match else 0


def _core(noun: str) -> str:
    """A metric phrase without brackets, modifiers or the time it is about; a modifier that
    is all the metric says beyond 资金 stays (东西部扶贫协作资金 is not any 资金)."""
    plain = _TIME_WORDS.sub("", _BRACKETED.sub("", noun))
    core = _LEADING_CONNECTIVE.sub("", _MODIFIERS.sub("", plain).strip(" 、,，"))
    return core if len(core) > 2 or len(plain) <= 2 else _LEADING_CONNECTIVE.sub("", plain.strip(" 、,，"))


def _counted(after: str) -> str:
    """The noun a count counts: the words after it up to a verb, connective or break."""
    cut = CLAUSE_BREAK.search(after)
    phrase = _MODIFIERS.sub("", _BRACKETED.sub("", after[: cut.start()] if cut else after))
    end = _COUNTED_END.search(phrase)
    return phrase[: end.start()] if end else phrase[:12]


def _unit_names(noun: str) -> list[str]:
    names = [n for n in _LIST_SEPARATOR.split(re.sub(r"[各均]$", "", noun)) if n]
    return names if names and all(_UNIT_NAME.match(n) for n in names) else []


def _inherited(earlier: list[Statement], line: int, base: str) -> str:
    """The metric of the line's latest statement in the same unit that names one (among the
    _RECENT latest: a line of a thousand figures naming none must not cost a million steps)."""
    for statement in reversed(earlier[-_RECENT:]):
        if statement.where.line != line:
            break
        if statement.base == base and statement.metric:
            return statement.metric
    return ""


def _subject(words: str) -> str:
    """The unit a clause is about, "" for the whole."""
    return _WHOLE_WORDS.sub("", _TIME_WORDS.sub("", _REPORTED.sub("", _BRACKETED.sub("", words)))).strip(" 、,，")


def _wording(line: str, start: int, claim: Claim) -> str:
    limit = min(len(line), claim.figure.end + MAX_CLAUSE)
    cut = CLAUSE_BREAK.search(line, claim.figure.end, limit)
    clause = _BRACKETED.sub(
        "", line[start : claim.figure.start] + "#" + line[claim.figure.end : cut.start() if cut else limit]
    )
    return clause if len(clause) - 1 >= _MIN_WORDING else ""


def table_statements(text, year: str) -> list[Statement]:
    """Each filled cell of a table as a statement: its row names the subject (合计: the whole),
    its column the metric; a generic column (资金分配额) takes its noun from the title."""
    found = []
    for table in text.tables:
        period = _YEAR.search(table.title)
        for index, column in enumerate(table.columns):
            if column.unit is None:
                continue
            metric = _column_metric(column.metric, table.title)
            rows = table.rows + ([table.total] if table.total else [])
            for row in rows:
                cell = row.cells[index]
                if cell.quantity is None:
                    continue
                total = row is table.total
                where = text.at(cell.line, cell.column, f"{table.title} {row.label}")
                quote = f"{table.title} {row.label} {column.name} {cell.text}"
                subject = "" if total else _subject(row.label)
                found.append(
                    Statement(
                        where,
                        quote,
                        metric,
                        subject,
                        False,
                        period.group(1) if period else year,
                        cell.quantity,
                        table_total=total,
                        table_row=not total,
                    )
                )
    return found


def _column_metric(name: str, title: str) -> str:
    core = _core(name)
    core = core[:-1] if core.endswith("额") else core
    for generic in ("分配", "安排", "下达"):
        core = core.removesuffix(generic)
    if len(core) <= 2:  # 资金分配额 in "…财政扶贫专项资金分配表": the title names the money
        noun = _core(re.sub(r"(?:分配|安排|下达|分解|汇总|计划|一览)?表$", "", title.split()[-1] if title else ""))
        if noun.endswith(core):
            return noun[-12:]
    return core


def metric_ending(a: Statement, b: Statement) -> int:
    """How many characters the two metrics share at their end, when one is the other's
    ending or they share four (到位资金 / 实际到位资金); 0 when they are not one metric."""
    if not a.metric or not b.metric:
        return 0
    common = _common_ending(a.metric, b.metric)
    return common if common >= 4 or common == min(len(a.metric), len(b.metric)) else 0


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def same_subject(a: Statement, b: Statement) -> bool:
    """Both the whole, or one unit's name the ending of the other's (宁波市市本级 / 市本级)."""
    if a.per_unit != b.per_unit:
        return False
    if not a.subject or not b.subject:
        return a.subject == b.subject
    return a.subject.endswith(b.subject) or b.subject.endswith(a.subject)


def agree(a: Statement, b: Statement, how: Match | None = None) -> bool | None:
    """True when the figures allow a common value (units converted, rounding allowed), False
    when they do not; None when they meet only because one is a bound or approximate and their
    figures differ (13次以上 / 1次以上, 100个左右 / 26个以上): not one figure stated twice;
    unless *how* is the same wording, where the same bound word with two figures differs."""
    try:
        other = b.quantity.convert(a.quantity.unit)
    except QuantityError:
        return None
    verdict = judge_restated(a.quantity, other)
    if verdict is Restated.BOUNDS_DIFFER:  # "至少落实50万元" and, word for word, "至少落实60万元"
        return False if how is Match.WORDING else None
    if verdict is Restated.LOOSE:
        return None  # 100个左右 and 26个以上 allow a common value, yet are not one figure
    return verdict is Restated.SAME


def _same_figure(a: Statement, b: Statement) -> bool:
    """The same figure as printed (2000人次 and 2000人次以上), large enough not to recur by chance."""
    try:
        value = b.quantity.convert(a.quantity.unit).value
    except QuantityError:
        return False
    return value == a.quantity.value and value >= _DISTINCTIVE


def match(later: Statement, earlier: Statement) -> Match | None:
    """How surely *later* restates *earlier*, or None when it need not: the same wording;
    the same metric and subject; or, only when the figures agree, a metric that ends the other
    or the same distinctive figure with a subject on one side only."""
    if later.base != earlier.base or later.period != earlier.period:
        return None
    if later.wording and later.wording == earlier.wording:
        return Match.WORDING
    subject = same_subject(later, earlier)
    if subject and later.metric and later.metric == earlier.metric:
        return Match.KEY
    if _row_and_its_prose(later, earlier):
        return Match.KEY
    if later.per_unit != earlier.per_unit:
        return None
    named = bool(later.subject) and subject
    ending = metric_ending(later, earlier)
    if subject and ending >= (2 if named else 3):
        how = Match.ENDING
    elif ending >= 2 and (named or not (later.subject and earlier.subject)):
        how = Match.VALUE
    elif (not later.metric or not earlier.metric) and named and later.verb == earlier.verb:
        how = Match.VALUE  # "市本级落实772万元" after "宁波市市本级落实援建资金772万元"
    else:
        return None
    if how is Match.VALUE and (not _same_figure(later, earlier) or later.where.line == earlier.where.line):
        return None  # two equal amounts in one sentence are two things ("A资金10万元,B资金10万元")
    return how if agree(later, earlier) else None


def _row_and_its_prose(a: Statement, b: Statement) -> bool:
    """A unit's row of the draft's own table and the prose figure the draft gives that unit
    (乐都区 819 in the table, "乐都区819万元" in the text): one amount, whatever the two say,
    when the unit is named alike on both sides and the prose names no other metric."""
    row, prose = (a, b) if a.table_row else (b, a)
    if not row.table_row or prose.table_row or prose.table_total or prose.per_unit or not prose.subject:
        return False
    return row.subject == prose.subject and (not prose.metric or metric_ending(row, prose) >= 2)


def _index_keys(statement: Statement) -> list[tuple]:
    """Where a statement is filed: by unit, period and the last two characters of its metric
    (every pairing needs a common ending of two), or by its wording, or its subject. A table's
    rows are filed by their units alone: a table of 16 units × 4 columns would otherwise push
    the prose out of the metric's list of recent statements."""
    by_metric = len(statement.metric) >= 2 and not statement.table_row
    keys = [(statement.base, statement.period, "m", statement.metric[-2:])] if by_metric else []
    if statement.wording:
        keys.append((statement.base, statement.period, "w", statement.wording))
    if statement.subject:
        keys.append((statement.base, statement.period, "s", statement.subject[-3:]))
    return keys


def restatements(statements: list[Statement]) -> Iterator[tuple[Statement, Statement, Match]]:
    """(later, earlier, how sure) for every statement that restates an earlier one: the
    surest match, and among equally sure ones the latest. Statements are taken in the order
    given (several drafts: one draft after another)."""
    index: dict[tuple, list[tuple[int, Statement]]] = defaultdict(list)
    for order, statement in enumerate(statements):
        best: tuple[int, int, Statement, Match] | None = None
        for key in _index_keys(statement):
            for earlier_order, earlier in reversed(index[key][-_RECENT:]):
                if best is not None and best[0] == _SURENESS[Match.WORDING] and -best[1] >= earlier_order:
                    break  # the latest match of the surest kind is found: nothing older beats it
                how = None if earlier.where == statement.where else match(statement, earlier)
                if how is not None and (best is None or (_SURENESS[how], -earlier_order) < best[:2]):
                    best = (_SURENESS[how], -earlier_order, earlier, how)
        if best is not None:
            yield statement, best[2], best[3]
        for key in _index_keys(statement):
            index[key].append((order, statement))


_SURENESS = {Match.WORDING: 0, Match.KEY: 1, Match.ENDING: 2, Match.VALUE: 3}
