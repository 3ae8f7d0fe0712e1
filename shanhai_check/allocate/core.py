"""Apportionment: share a total among units exactly, at a granularity, by largest remainder.

This is the pure core of ``shanhai-check allocate``: numbers in, numbers out, no plan and no
I/O. :func:`apportion` works in whole *steps* of the granularity (1万元, 0.1亿元):

1. Every **fixed** unit gets its fixed amount ("5个省定结对各落实221万元").
2. Every other unit gets its **floor** ("不低于110万元"; 0 when it has none), rounded up to a
   step.
3. What is left (the *remainder*) is shared among the units with a positive **weight**, in
   proportion to their weights, never beyond a unit's **ceiling** (rounded down to a step):
   a unit whose proportional share would pass its ceiling gets the ceiling, and the rest is
   shared again among the others (water-filling).
4. The shares are exact fractions; each unit first gets the whole steps of its share, and the
   steps still missing go one each to the units with the largest fractional remainders
   (Hamilton's largest-remainder method). **Ties** between equal remainders go to the unit
   listed first: the result is deterministic, and the tied units are reported
   (:attr:`Apportionment.tied`) so that a planner can decide otherwise.

The sum is then exactly the total, every amount is a whole number of steps, and every floor,
ceiling and fixed amount holds. Raising one unit's weight (others unchanged) never lowers its
amount: its share grows while every other share shrinks or stays, so it keeps each step it had.

**The Alabama paradox.** Largest remainder is *not* monotone in the total: raising the total
can lower a unit's amount (weights 1, 3, 3 get 1, 1, 1 of 3 but 0, 2, 2 of 4). A planner who
re-runs an allocation after the goal changes should compare the two proposals, not assume
that no unit can lose. (Divisor methods avoid this, but cannot keep every amount within one
step of its exact share, which a plan's readers check first.)

Arithmetic is exact: amounts are :class:`~decimal.Decimal`; proportional shares are
:class:`~fractions.Fraction` (Decimal division would round), turned back into Decimal steps.
When the rules cannot all hold, :class:`AllocationImpossible` says which rule and by how much.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Mapping, Sequence

from shanhai_check.messages import allocate as say
from shanhai_check.messages import Message
from shanhai_check.quantity import plain


class AllocationError(Exception):
    """The allocation cannot be proposed; one line, in Chinese or English."""

    def __init__(self, message: Message, by: Decimal | None = None):
        super().__init__(message.render("zh"))
        self.message = message
        self.by = by  # the excess or shortfall, when the error is one of amounts

    def render(self, lang: str = "zh") -> str:
        return self.message.render(lang)


class AllocationImpossible(AllocationError):
    """The rules cannot all hold for this total: the message names the rule and the amount."""


@dataclass(frozen=True)
class Apportionment:
    """Each unit's amount (in the order the units were given), and the units whose equal
    remainders straddled the last step handed out: those were decided by their order."""

    amounts: dict[str, Decimal]
    tied: tuple[str, ...] = ()


def apportion(
    total: Decimal,
    units: Sequence[str],
    granularity: Decimal = Decimal(1),
    weights: Mapping[str, Decimal] | None = None,
    floors: Mapping[str, Decimal] | None = None,
    ceilings: Mapping[str, Decimal] | None = None,
    fixed: Mapping[str, Decimal] | None = None,
    sources: Mapping[str, str] | None = None,
    unit: str = "",
) -> Apportionment:
    """Share *total* among *units* (see the module docstring).

    *weights* default to 1 for a unit not named; *floors* to 0; *ceilings* to none. *sources*
    name the rule behind each unit's floor, ceiling or fixed amount, and *unit* is the unit
    of measurement, for messages. Raises :class:`AllocationImpossible` when the rules cannot
    all hold, and ValueError for arguments no rule could produce (a negative weight, a
    granularity that is not positive, a unit named twice).
    """
    weights, floors, ceilings, fixed = (dict(m or {}) for m in (weights, floors, ceilings, fixed))
    if granularity <= 0 or any(w < 0 for w in weights.values()) or len(set(units)) != len(units):
        raise ValueError("granularity must be positive, weights not negative, units distinct")
    terms = _Terms(sources or {}, unit)
    steps = _Steps(granularity, unit)
    goal = steps.exact(total, say.TotalNotMultiple, total=terms.amount(total))
    bounds = {name: _bounds(name, steps, floors, ceilings, fixed, terms) for name in units}
    committed = sum(lo for lo, _ in bounds.values())
    if committed > goal:
        parts = [(name, granularity * lo) for name, (lo, _) in bounds.items() if lo]
        raise terms.impossible(
            say.FloorsExceedGoal, granularity * (committed - goal), terms=terms.sum(parts), total=terms.amount(total)
        )
    takers = [name for name in units if name not in fixed and weights.get(name, Decimal(1)) > 0]
    _check_room(goal - committed, takers, bounds, granularity, total, terms)
    quotas = _quotas(goal - committed, {name: Fraction(weights.get(name, Decimal(1))) for name in takers}, bounds)
    extra, tied = _largest_remainders(quotas, list(units))
    amounts = {name: granularity * (bounds[name][0] + extra.get(name, 0)) for name in units}
    return Apportionment(amounts, tied)


class _Terms:
    """How amounts read in messages: '5×221 (省定结对) + 772 (市本级) = 1877万元'."""

    def __init__(self, sources: Mapping[str, str], unit: str):
        self.sources, self.unit = sources, unit

    def amount(self, value: Decimal) -> str:
        return plain(value) + self.unit

    def impossible(self, message: type[Message], by: Decimal, **shown: str) -> AllocationImpossible:
        """The error for a rule that fails *by* this much (shown with the unit as ``by``)."""
        return AllocationImpossible(message(by=self.amount(by), **shown), by)

    def sum(self, parts: list[tuple[str, Decimal]]) -> str:
        """Units with the same amount from the same rule are one term, in order of first mention."""
        groups: dict[tuple[str, Decimal], int] = {}
        rank = {name: i for i, name in enumerate(self.sources)}  # the order the rules were stated in
        for name, value in sorted(parts, key=lambda part: rank.get(part[0], len(rank))):
            key = (self.sources.get(name, name), value)
            groups[key] = groups.get(key, 0) + 1
        shown = [
            f"{count}×{plain(value)} ({source})" if count > 1 else f"{plain(value)} ({source})"
            for (source, value), count in groups.items()
        ]
        return " + ".join(shown) + f" = {self.amount(sum((v for _, v in parts), Decimal(0)))}"


class _Steps:
    """Amounts as whole numbers of granularity steps."""

    def __init__(self, granularity: Decimal, unit: str):
        self.granularity, self.unit = granularity, unit

    def count(self, value: Decimal) -> Fraction:
        return Fraction(value) / Fraction(self.granularity)

    def exact(self, value: Decimal, message: type[Message], **shown: str) -> int:
        """*value* in steps; AllocationImpossible when it is not a whole number of them."""
        steps = self.count(value)
        if steps.denominator != 1:
            left = value - self.granularity * (steps.numerator // steps.denominator)
            raise AllocationImpossible(
                message(granularity=plain(self.granularity) + self.unit, left=plain(left) + self.unit, **shown), left
            )
        return int(steps)


def _bounds(name: str, steps: _Steps, floors, ceilings, fixed, terms: _Terms) -> tuple[int, int | None]:
    """The least and most steps *name* may get (a fixed unit: both its amount)."""
    source = terms.sources.get(name, name)
    if name in fixed:
        amount = steps.exact(
            fixed[name], say.FixedNotMultiple, unit=name, source=source, fixed=terms.amount(fixed[name])
        )
        shown = dict(unit=name, fixed=terms.amount(fixed[name]))
        if name in floors and fixed[name] < floors[name]:
            raise terms.impossible(
                say.FixedBelowFloor, floors[name] - fixed[name], floor=terms.amount(floors[name]), **shown
            )
        if name in ceilings and fixed[name] > ceilings[name]:
            raise terms.impossible(
                say.FixedAboveCeiling, fixed[name] - ceilings[name], ceiling=terms.amount(ceilings[name]), **shown
            )
        return amount, amount
    floor = floors.get(name, Decimal(0))
    lo = math.ceil(steps.count(floor))  # a floor between steps rounds up
    if name not in ceilings:
        return lo, None
    ceiling = ceilings[name]
    hi = math.floor(steps.count(ceiling))  # a ceiling between steps rounds down
    shown = dict(unit=name, floor=terms.amount(floor), ceiling=terms.amount(ceiling))
    if ceiling < floor:
        raise terms.impossible(say.CeilingBelowFloor, floor - ceiling, **shown)
    if hi < lo:
        raise terms.impossible(
            say.NoStepBetween, steps.granularity * (lo - hi), granularity=terms.amount(steps.granularity), **shown
        )
    return lo, hi


def _check_room(left: int, takers: list[str], bounds, granularity: Decimal, total: Decimal, terms: _Terms) -> None:
    """After fixed amounts and floors, *left* steps remain: someone must be able to take them."""
    if left == 0:
        return
    if not takers:
        raise terms.impossible(say.NoWeight, granularity * left)
    if any(bounds[name][1] is None for name in takers):
        return
    room = sum(bounds[name][1] - bounds[name][0] for name in takers)
    if room >= left:
        return
    most = [
        (name, granularity * (hi if name in takers else lo))
        for name, (lo, hi) in bounds.items()
        if (hi if name in takers else lo)
    ]
    raise terms.impossible(
        say.CeilingsBelowGoal, granularity * (left - room), terms=terms.sum(most), total=terms.amount(total)
    )


def _quotas(left: int, weights: dict[str, Fraction], bounds) -> dict[str, Fraction]:
    """Each taker's exact share of *left* steps above its floor: proportional to its weight,
    capped at its ceiling, the excess of capped units shared again among the others."""
    capped: dict[str, Fraction] = {}
    while True:
        free = [name for name in weights if name not in capped]
        weight = sum((weights[name] for name in free), Fraction(0))
        rest = left - sum(capped.values(), Fraction(0))
        if not free or weight == 0:
            return capped
        quotas = {name: rest * weights[name] / weight for name in free}
        over = {
            name: Fraction(bounds[name][1] - bounds[name][0])
            for name in free
            if bounds[name][1] is not None and quotas[name] >= bounds[name][1] - bounds[name][0]
        }
        if not over:
            return {**capped, **quotas}
        capped.update(over)


def _largest_remainders(quotas: dict[str, Fraction], order: list[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Whole steps of each quota, plus one step for each of the largest fractional remainders
    (earlier units first among equals); and the units tied at the cut, if any."""
    whole = {name: q.numerator // q.denominator for name, q in quotas.items()}
    remainder = {name: quotas[name] - whole[name] for name in quotas}
    missing = int(sum(remainder.values(), Fraction(0)))
    position = {name: i for i, name in enumerate(order)}
    ranked = sorted(quotas, key=lambda name: (-remainder[name], position[name]))
    for name in ranked[:missing]:
        whole[name] += 1
    tied: tuple[str, ...] = ()
    if 0 < missing < len(ranked) and remainder[ranked[missing]] == remainder[ranked[missing - 1]]:
        cut = remainder[ranked[missing]]
        tied = tuple(name for name in order if name in remainder and remainder[name] == cut)
    return whole, tied
