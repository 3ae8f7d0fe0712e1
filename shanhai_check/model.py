"""The plan model: what a plan says, each claim with the place it was written.

The loader builds these from YAML; rules only read them. Every figure is a
:class:`~shanhai_check.quantity.Quantity` (exact) with a :class:`Source` giving the YAML line
and the document's own words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from datetime import date

from shanhai_check.dates import DateReading
from shanhai_check.findings import Location
from shanhai_check.messages import Message
from shanhai_check.messages.rules import GoalOf, TaskClause, TaskItem, TaskUnnumbered, TaskUnnumberedClause, YamlLine
from shanhai_check.quantity import Measure, Quantity

ROLES = ("牵头", "责任", "配合")


@dataclass(frozen=True)
class Source:
    """Where a claim is: the YAML place, and the document's section and quoted words."""

    where: Location
    section: str = ""
    quote: str = ""
    quote_where: Location | None = None  # where the quote itself is written
    figure_where: Location | None = None  # where the claim's figure (value, each) is written

    @property
    def place(self) -> "str | YamlLine":
        """How a message names this claim: its section, else its YAML line (a message, so
        an English report says 'line 27')."""
        return self.section or YamlLine(line=self.where.line)


@dataclass
class Unit:
    name: str
    aliases: tuple[str, ...]
    groups: tuple[str, ...]
    where: Location


@dataclass
class Group:
    name: str
    aliases: tuple[str, ...]
    includes: tuple[str, ...]
    open: bool
    where: Location


@dataclass
class Roster:
    units: dict[str, Unit]
    groups: dict[str, Group]
    path: str
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _group_names: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for unit in self.units.values():
            for name in (unit.name, *unit.aliases):
                self._names.setdefault(name, unit.name)
        for group in self.groups.values():
            for name in (group.name, *group.aliases):
                self._group_names.setdefault(name, group.name)

    def unit(self, name: str) -> Unit | None:
        """The unit a name (or alias) stands for."""
        canonical = self._names.get(name)
        return self.units[canonical] if canonical else None

    def group(self, name: str) -> Group | None:
        """The group a name (or placeholder alias) stands for."""
        canonical = self._group_names.get(name)
        return self.groups[canonical] if canonical else None

    def members(self, group: Group) -> list[str] | None:
        """Canonical names of a group's members, in roster order; None when the group is open."""
        wanted = self._closure(group.name, set())
        if wanted is None:
            return None
        return [u.name for u in self.units.values() if wanted.intersection(u.groups)]

    def _closure(self, name: str, seen: set[str]) -> set[str] | None:
        """The group and every group it includes, or None if any of them is open."""
        if name in seen:
            return seen
        seen.add(name)
        group = self.groups.get(name)
        if group is None:
            return seen
        if group.open:
            return None
        for inner in group.includes:
            if self._closure(inner, seen) is None:
                return None
        return seen

    def expand(self, name: str) -> list[str] | None:
        """The units a name stands for: one unit, a group's members; None if unknown or open."""
        unit = self.unit(name)
        if unit is not None:
            return [unit.name]
        group = self.group(name)
        return None if group is None else self.members(group)


@functools.lru_cache(maxsize=1024)
def empty_roster(path: str) -> Roster:
    """The roster of a plan summary (no units, no groups), one per roster file: never changed."""
    return Roster({}, {}, path)


@dataclass
class Metric:
    key: str
    unit: Measure
    name: str
    definition: str
    where: Location
    rounded: bool = False  # its figures are declared rounded at their last digit

    @property
    def label(self) -> str:
        return self.name or self.key


@dataclass
class Deadline:
    """A date phrase as printed ('2018年7月底前') and how :mod:`shanhai_check.dates` reads it."""

    when: str
    reading: DateReading
    source: Source


@dataclass
class Goal:
    metric: str
    value: Quantity
    source: Source
    id: str = ""
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.id or self.metric


@dataclass
class Allocation:
    unit: str
    metric: str
    value: Quantity
    source: Source


@dataclass
class GroupRule:
    group: str
    metric: str
    each: Quantity
    count: int | None
    count_where: Location | None
    source: Source


@dataclass
class Cell:
    """One table cell: its quantity (in the column's unit) or None when left blank."""

    value: Quantity | None
    text: str
    where: Location


@dataclass
class Column:
    key: str
    metric: str | None
    header: str
    unit: Measure | None
    sum_of: tuple[str, ...]
    part_of: str | None
    where: Location


@dataclass
class Row:
    name: str
    cells: dict[str, Cell]
    where: Location


@dataclass
class Table:
    id: str
    title: str
    columns: list[Column]
    rows: list[Row]
    total: Row | None
    rows_are_units: bool
    where: Location
    section: str = ""
    row_header: str = ""  # the first column's header as printed (单位); export writes it back
    rounded: bool = False  # its figures are declared rounded at their last digit

    @property
    def all_rows(self) -> list[Row]:
        """The rows, then the 合计 row when the table has one."""
        return self.rows + ([self.total] if self.total else [])

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    def column_for_metric(self, metric: str) -> Column | None:
        return next((c for c in self.columns if c.metric == metric), None)

    def row(self, name: str) -> Row | None:
        return next((r for r in self.rows if r.name == name), None)


@dataclass
class Target:
    metric: str
    value: Quantity
    per_unit: bool
    source: Source


@dataclass
class Task:
    """A task item, or one clause of an item (``part`` counts from 1)."""

    list_id: str
    item: int | None
    section: str
    title: str
    text: str
    units: dict[str, list[tuple[str, Location]]]
    targets: list[Target]
    where: Location
    part: int = 0
    ref: str = ""
    deadlines: list[Deadline] = field(default_factory=list)
    text_where: Location | None = None  # where its text is written

    @property
    def label(self) -> Message:
        """How a message names the task: 正文 第1项第1句, 附件2 第3项 (a message, so that an
        English report says '正文 item 1, sentence 1')."""
        if self.item is None:
            return (
                TaskUnnumberedClause(task_list=self.list_id, part=self.part)
                if self.part
                else TaskUnnumbered(task_list=self.list_id)
            )
        if self.part:
            return TaskClause(task_list=self.list_id, item=self.item, part=self.part)
        return TaskItem(task_list=self.list_id, item=self.item)

    def placed_names(self, roles: tuple[str, ...] = ROLES) -> list[tuple[str, Location]]:
        """The unit names of these roles, each with where it was written."""
        return [pair for role in roles for pair in self.units.get(role, [])]

    def names(self, roles: tuple[str, ...] = ROLES) -> list[str]:
        return [name for name, _ in self.placed_names(roles)]


@dataclass
class Heading:
    """A section heading of a task list, as printed ('(七)加强人力资源合作')."""

    text: str
    where: Location


@dataclass
class TaskList:
    id: str
    title: str
    items: list[Task]  # items and parts, flattened, in document order
    where: Location
    outline: list["Heading | Task"] = field(default_factory=list)  # headings and each item's first task, in order
    truncated: bool = False

    def item(self, number: int) -> list[Task]:
        """Every task (item and parts) printed with this item number."""
        return [t for t in self.items if t.item == number]


@dataclass
class Lead:
    """Units the prose names in a role for a task list ('由市经信局…等单位分别牵头')."""

    units: list[tuple[str, Location]]
    role: str
    task_list: str
    source: Source


@dataclass
class CountClaim:
    """A stated count ('4个省级山海协作产业园') and where its enumeration is."""

    what: str
    count: Quantity | None
    listed: list[tuple[str, Location]] | None
    group: str
    table: str
    task: str
    role: str
    complete: bool
    source: Source


@dataclass
class RollupLink:
    goal: str
    parent_goal: str
    relation: str  # share | sum
    where: Location


@dataclass
class ParentLink:
    """The plan this one rolls up into; ``plan`` is the parent's resolved path."""

    reference: str
    plan: str
    links: list[RollupLink]
    where: Location
    target: "Plan | None" = None  # the parent plan, once the repository is linked


@dataclass
class Cite:
    title: str
    number: str
    issuer: str
    source: Source


@dataclass
class Document:
    title: str
    number: str
    issuer: str
    date: str
    published: str
    year: int | None
    cites: list[Cite]
    where: Location
    period: tuple[int, int] | None = None
    rounded: bool = False  # every figure of the plan is declared rounded at its last digit

    @property
    def day(self) -> date | None:
        """The document's own date (成文日期), when it gives a valid one."""
        try:
            return date.fromisoformat(self.date)
        except ValueError:
            return None

    @property
    def years(self) -> tuple[int, int] | None:
        """The plan period: stated, else the plan year, else the year of its date."""
        if self.period:
            return self.period
        year = self.year or (int(self.date[:4]) if self.date[:4].isdigit() else None)
        return (year, year) if year else None


@dataclass
class Waiver:
    """A finding the planners know and accept: code, words that pick it out, and why."""

    code: str
    applies_to: str
    reason: str
    where: Location


@dataclass
class Plan:
    path: str
    document: Document
    roster: Roster
    metrics: dict[str, Metric]
    goals: list[Goal]
    allocations: list[Allocation]
    rules: list[GroupRule]
    tables: list[Table]
    task_lists: list[TaskList]
    leads: list[Lead] = field(default_factory=list)
    counts: list[CountClaim] = field(default_factory=list)
    parent: ParentLink | None = None
    waivers: list[Waiver] = field(default_factory=list)
    # Filled when the repository is linked: (child plan, its link) for every child goal counted here.
    children: list[tuple["Plan", RollupLink]] = field(default_factory=list)
    encoding: str = "utf-8"  # what the file was decoded from: utf-8, or gb18030 (SH961 notes it)

    @property
    def declares_rounding(self) -> bool:
        """Some figure stands for its rounding interval: the document, a metric or a table says so."""
        return (
            self.document.rounded
            or any(m.rounded for m in self.metrics.values())
            or any(t.rounded for t in self.tables)
        )

    def summary(self) -> "Plan":
        """What the cross-plan rules and waivers read of this plan — its document and cites,
        metrics, goals, parent link and waivers — without its roster, tables and tasks. A run
        keeps this for every plan, and the whole plan only as long as it is being checked.

        Of the sources of goals and cites only the place and the section are kept (the
        run-wide rules quote neither their words nor where those stand); what a summary does
        not hold is an empty tuple, and the empty roster is shared by the plans naming one
        roster: a run keeps thousands of summaries."""
        goals = [
            replace(goal, deadlines=(), source=Source(goal.source.where, goal.source.section)) for goal in self.goals
        ]
        document = replace(
            self.document,
            cites=[replace(c, source=Source(c.source.where, c.source.section)) for c in self.document.cites],
        )
        return replace(
            self,
            document=document,
            roster=empty_roster(self.roster.path),
            goals=goals,
            allocations=(),
            rules=(),
            tables=(),
            task_lists=(),
            leads=(),
            counts=(),
            children=[],
        )

    def tasks(self):
        for task_list in self.task_lists:
            yield from task_list.items

    def deadlines(self):
        """(what it belongs to, the deadline) for every deadline of every goal and task."""
        for goal in self.goals:
            yield from ((GoalOf(metric=goal.metric), d) for d in goal.deadlines)
        for task in self.tasks():
            yield from ((task.label, d) for d in task.deadlines)

    def task_list(self, list_id: str) -> TaskList | None:
        return next((t for t in self.task_lists if t.id == list_id), None)

    def referenced(self, ref: str) -> list[Task]:
        """The tasks a reference names: '<list id>:<item>' (the item and all its clauses) or
        '<list id>:<item>.<clause>' (one clause); empty when it names nothing."""
        list_id, _, number = ref.rpartition(":")
        item, _, part = number.partition(".")
        task_list = self.task_list(list_id)
        if task_list is None or not item.isdigit() or not (part.isdigit() or not part):
            return []
        tasks = task_list.item(int(item))
        return [t for t in tasks if t.part == int(part)] if part else tasks

    def goal(self, name: str) -> Goal | None:
        """A goal by id, or by metric when exactly one goal has that metric."""
        by_id, by_metric = self._goals_by
        found = by_id.get(name) or by_metric.get(name, [])
        return found[0] if len(found) == 1 else None

    def goals_of(self, metric: str) -> list[Goal]:
        """The goals of *metric*, in order (looked up, not searched: a plan may have thousands)."""
        return self._goals_by[1].get(metric, [])

    @functools.cached_property
    def _goals_by(self) -> tuple[dict[str, list[Goal]], dict[str, list[Goal]]]:
        by_id: dict[str, list[Goal]] = {}
        by_metric: dict[str, list[Goal]] = {}
        for goal in self.goals:
            by_id.setdefault(goal.id, []).append(goal)
            by_metric.setdefault(goal.metric, []).append(goal)
        return by_id, by_metric

    @functools.cached_property
    def targets_by_metric(self) -> dict[str, list[tuple[Task, Target]]]:
        """(task, target) of every task's targets, by metric."""
        found: dict[str, list[tuple[Task, Target]]] = {}
        for task in self.tasks():
            for target in task.targets:
                found.setdefault(target.metric, []).append((task, target))
        return found
