"""The plan model: what a plan says, each claim with the place it was written.

The loader builds these from YAML; rules only read them. Every figure is a
:class:`~shanhai_check.quantity.Quantity` (exact) with a :class:`Source` giving the YAML line
and the document's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shanhai_check.findings import Location
from shanhai_check.quantity import Measure, Quantity

ROLES = ("牵头", "责任", "配合")


@dataclass(frozen=True)
class Source:
    """Where a claim is: the YAML place, and the document's section and quoted words."""

    where: Location
    section: str = ""
    quote: str = ""

    @property
    def place(self) -> str:
        """How a message names this claim: its section, else its YAML line."""
        return self.section or f"第{self.where.line}行"


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


@dataclass
class Metric:
    key: str
    unit: Measure
    name: str
    definition: str
    where: Location

    @property
    def label(self) -> str:
        return self.name or self.key


@dataclass
class Goal:
    metric: str
    value: Quantity
    source: Source
    id: str = ""


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

    @property
    def label(self) -> str:
        number = "无编号项" if self.item is None else f"第{self.item}项"
        suffix = f"第{self.part}句" if self.part else ""
        return f"{self.list_id} {number}{suffix}"

    def placed_names(self, roles: tuple[str, ...] = ROLES) -> list[tuple[str, Location]]:
        """The unit names of these roles, each with where it was written."""
        return [pair for role in roles for pair in self.units.get(role, [])]

    def names(self, roles: tuple[str, ...] = ROLES) -> list[str]:
        return [name for name, _ in self.placed_names(roles)]


@dataclass
class TaskList:
    id: str
    title: str
    items: list[Task]  # items and parts, flattened, in document order
    where: Location


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

    def tasks(self):
        for task_list in self.task_lists:
            yield from task_list.items
