"""An allocation problem, and how a plan states one: its goal, its group rules and its prose
allocations, read from the plan model (never from the YAML).

From a plan, for a metric:

- the **total** is the goal as written (the lower end of 不低于 / a range), unless ``--total``;
- the **granularity** is the goal's last written digit (18.3亿元 → 0.1亿元, 2757万元 → 1万元),
  unless ``--granularity``;
- the **units** are the rows of the first table with a column for the metric, then the members
  of every group rule of that metric (in roster order), then the units given prose
  allocations — so a unit the table lacks (市本级) still gets its row;
- a prose **allocation** fixes its unit ("市本级落实援建资金772万元"); a **group rule** fixes each
  member ("各落实221万元", also 约/左右), sets a floor ("不低于110万元"), a ceiling ("不超过") or
  both (a range). Rules stated twice merge: the highest floor, the lowest ceiling; two
  different fixed amounts for one unit are impossible (:class:`FixedTwice`).

Claims given on the command line (``--fixed 省定结对=221``) are added the same way, with the
option as their source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from shanhai_check.messages import allocate as say
from shanhai_check.allocate.core import AllocationError, AllocationImpossible, Apportionment, apportion
from shanhai_check.model import Plan
from shanhai_check.quantity import Comparator, Measure, Quantity, QuantityError, format_quantity, plain

FIXED, FLOOR, CEILING = "fixed", "floor", "ceiling"


@dataclass
class Problem:
    """What to share (``total`` in ``unit``, in steps of ``granularity``), among which units,
    under which claims; ``origin`` names the rule behind each (kind, unit) claim."""

    key: str  # the metric's key: the table column
    metric: str  # how messages name it
    total: Decimal
    unit: Measure | None
    granularity: Decimal
    goal: str = ""  # where the total comes from: '一、(二)主要目标', '--total'
    units: list[str] = field(default_factory=list)
    weights: dict[str, Decimal] = field(default_factory=dict)
    bounds: dict[str, dict[str, Decimal]] = field(default_factory=lambda: {FIXED: {}, FLOOR: {}, CEILING: {}})
    origin: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def unit_text(self) -> str:
        return self.unit.text if self.unit else ""

    def amount(self, value: Decimal) -> str:
        return plain(value) + self.unit_text

    def include(self, names: list[str]) -> None:
        self.units.extend(name for name in names if name not in self.units)

    def claim(self, names: list[str], kind: str, value: Decimal, source: str) -> None:
        """Fix, floor or cap *names* at *value*, because of *source* (a group, a unit, a flag)."""
        self.include(names)
        held = self.bounds[kind]
        for name in names:
            if kind == FIXED and name in held and held[name] != value:
                first = self.origin[(FIXED, name)]
                raise AllocationImpossible(
                    say.FixedTwice(
                        unit=name,
                        first=self.amount(held[name]),
                        first_source=first,
                        second=self.amount(value),
                        second_source=source,
                        by=self.amount(abs(held[name] - value)),
                    ),
                    abs(held[name] - value),
                )
            keep = held.get(name)
            if keep is None or (kind == FLOOR and value > keep) or (kind == CEILING and value < keep):
                held[name] = value
                self.origin[(kind, name)] = source

    def weigh(self, names: list[str], weight: Decimal) -> None:
        self.include(names)
        self.weights.update((name, weight) for name in names)

    @property
    def sources(self) -> dict[str, str]:
        """The rule that binds each unit, for messages: its fixed amount's, else its floor's,
        else its ceiling's; units in the order of their first claim."""
        found = {}
        for _, name in self.origin:  # in the order the claims were made
            found.setdefault(
                name, self.origin.get((FIXED, name)) or self.origin.get((FLOOR, name)) or self.origin[(CEILING, name)]
            )
        return found

    def solve(self) -> Apportionment:
        return apportion(
            self.total,
            self.units,
            self.granularity,
            self.weights,
            self.bounds[FLOOR],
            self.bounds[CEILING],
            self.bounds[FIXED],
            self.sources,
            self.unit_text,
        )


def figure_in(option: str, quantity: Quantity, unit: Measure | None) -> Quantity:
    """*quantity*, given by *option*, in *unit* (a plain number is taken to be in it already)."""
    try:
        return quantity.convert(unit) if unit is not None else quantity
    except QuantityError as error:  # 5人次 for a metric in 万元
        raise AllocationError(say.BadAmount(option=option, text=format_quantity(quantity), reason=error)) from None


def step_of(quantity: Quantity) -> Decimal:
    """The place of the last digit written: 18.3 → 0.1, 183000 (from 18.3亿元) → 1000, 2757 → 1."""
    return quantity.precision if quantity.precision is not None else Decimal(1)


def from_plan(plan: Plan, metric: str, total: Quantity | None = None, granularity: Quantity | None = None) -> Problem:
    """The problem *plan* states for *metric* (a metric key or name); *total* and
    *granularity* override the goal and its precision. Raises AllocationError."""
    found = plan.metrics.get(metric) or next((m for m in plan.metrics.values() if m.name == metric), None)
    if found is None:
        raise AllocationError(say.NoSuchMetric(metric=metric, known=", ".join(plan.metrics)))
    goals = [g for g in plan.goals if g.metric == found.key]
    if total is None:
        if not goals:
            raise AllocationError(say.NoGoal(metric=found.label))
        if len(goals) > 1:
            raise AllocationError(say.GoalTwice(metric=found.label))
        total, where = goals[0].value, goals[0].source.place
    else:
        where = "--total"
    total = figure_in(where, total, found.unit)
    step = figure_in("--granularity", granularity, found.unit).nominal if granularity is not None else step_of(total)
    problem = Problem(found.key, found.label, total.nominal, found.unit, step, where)
    problem.include(_table_rows(plan, found.key))
    for rule in (r for r in plan.rules if r.metric == found.key):
        members = plan.roster.expand(rule.group)
        if members is None:
            raise AllocationError(say.UnknownName(name=rule.group))
        claim_each(problem, members, rule.each, rule.group)
    for allocation in (a for a in plan.allocations if a.metric == found.key):
        unit = plan.roster.unit(allocation.unit)
        problem.claim([unit.name if unit else allocation.unit], FIXED, allocation.value.nominal, allocation.unit)
    return problem


def claim_each(problem: Problem, names: list[str], each: Quantity, source: str) -> None:
    """What a per-member figure means for an allocation: 221 fixes, 不低于110 is a floor,
    不超过 a ceiling, a range both, 约/左右 fixes the figure as written."""
    if each.comparator in (Comparator.GE, Comparator.RANGE):
        problem.claim(names, FLOOR, each.value, source)
    if each.comparator is Comparator.RANGE:
        problem.claim(names, CEILING, each.upper, source)
    if each.comparator is Comparator.LE:
        problem.claim(names, CEILING, each.value, source)
    if each.comparator in (Comparator.EQ, Comparator.ABOUT):
        problem.claim(names, FIXED, each.value, source)


def _table_rows(plan: Plan, metric: str) -> list[str]:
    """The units of the first table with a column for *metric*, by roster name."""
    for table in plan.tables:
        if table.rows_are_units and table.column_for_metric(metric) is not None:
            return [(plan.roster.unit(row.name) or row).name for row in table.rows]
    return []
