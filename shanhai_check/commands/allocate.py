"""``shanhai-check allocate``: read what was asked, build the problem, solve it, write it.

Everything the user typed is read here (figures with their units, ``UNITS=AMOUNT`` claims,
weights from flags or a CSV file); a mistake is one line on stderr and exit status 2, as is
an allocation the rules make impossible. The command line itself is in ``cli.py``.
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal

import click

from shanhai_check.commands.common import located, say as tell
from shanhai_check.messages import Listing
from shanhai_check.messages import allocate as say
from shanhai_check.allocate.core import AllocationError
from shanhai_check.allocate.output import to_yaml, write_table
from shanhai_check.allocate.problem import CEILING, FIXED, FLOOR, Problem, figure_in, from_plan, step_of
from shanhai_check.model import Plan
from shanhai_check.quantity import Comparator, Quantity, QuantityError, parse_number, parse_quantity

# Separators between unit names in a claim: commas (ASCII or full-width) and 、.
NAME_SEPARATORS = re.compile(r"[,，、]")
# The metric a proposal made without a plan is written under, unless --goal names one.
DEFAULT_METRIC = "金额"


def allocate(
    plan_path: str | None,
    metric: str | None,
    total: str | None,
    granularity: str | None,
    claims: dict[str, tuple[str, ...]],
    weights: tuple[str, ...],
    weights_file: str | None,
    fmt: str,
    output: str | None,
    force: bool,
    lang: str,
) -> int:
    """Run the command; returns the exit status (0, or 2 with a line on stderr)."""
    from shanhai_check.findings import InputErrors
    from shanhai_check.files import OutputError

    try:
        if fmt == "xlsx" and not output:
            raise AllocationError(say.XlsxNeedsOutput())
        problem, plan = _problem(plan_path, metric, total, granularity)
        for kind, option in ((FIXED, "--fixed"), (FLOOR, "--floor"), (CEILING, "--ceiling")):
            for spec in claims[kind]:
                names, figure = _spec(option, spec, plan)
                problem.claim(names, kind, _amount(option, figure, problem), f"{option} {spec.rpartition('=')[0]}")
        for names, weight in _weights(weights_file, weights, plan):
            problem.weigh(names, weight)
        if not problem.units:
            raise AllocationError(say.NoUnitsInPlan(metric=problem.metric) if plan else say.NothingToAllocate())
        result = problem.solve()
        if result.tied:  # also in the YAML's notes; a spreadsheet has no place for it
            click.echo(say.Tied(units=Listing(result.tied)).render(lang), err=True)
        if fmt == "yaml":
            text = to_yaml(problem, result, plan_path or "", lang)
            _emit_text(text, output, force)
        else:
            written = write_table(problem, result, fmt, output, force, lang)
            click.echo(written.rstrip("\n"))
    except (AllocationError, OutputError) as exc:
        tell(exc.render(lang))
        return 2
    except InputErrors as failure:
        tell(*located(failure.errors, lang))
        return 2
    return 0


def _emit_text(text: str, output: str | None, force: bool) -> None:
    """To stdout, or atomically to *output* (printing its path, as ``show`` does)."""
    if output is None:
        click.echo(text, nl=False)
        return
    from shanhai_check.files import write_text_atomic

    write_text_atomic(output, text, force)
    click.echo(output)


def _problem(
    plan_path: str | None, metric: str | None, total: str | None, granularity: str | None
) -> tuple[Problem, Plan | None]:
    """The problem the plan states (or an empty one, without a plan), with --total and
    --granularity applied."""
    total_figure = _figure("--total", total) if total is not None else None
    step = _figure("--granularity", granularity) if granularity is not None else None
    if plan_path is None:
        if total_figure is None or total_figure.unit is None:  # the unit the proposal's metric is declared in
            raise AllocationError(say.NeedTotal())
        unit = total_figure.unit
        step_value = figure_in("--granularity", step, unit).nominal if step is not None else step_of(total_figure)
        return Problem(
            metric or DEFAULT_METRIC, metric or DEFAULT_METRIC, total_figure.nominal, unit, step_value, "--total"
        ), None
    from shanhai_check.load import load_plan

    plan = load_plan(plan_path)
    if metric is None:
        known = list(dict.fromkeys(g.metric for g in plan.goals)) or list(plan.metrics)  # those with goals first
        raise AllocationError(say.NeedGoal(known=", ".join(known) or "—"))
    return from_plan(plan, metric, total_figure, step), plan


def _figure(option: str, text: str) -> Quantity:
    """A plain amount as typed: '2757', '2757万元', '0.1亿元'."""
    try:
        quantity = parse_quantity(text)
    except QuantityError as error:
        raise AllocationError(say.BadAmount(option=option, text=text, reason=error)) from None
    if quantity.comparator is not Comparator.EQ:
        raise AllocationError(say.NotPlainAmount(option=option, text=text))
    if quantity.value < 0:
        raise AllocationError(say.NegativeAmount(option=option, text=text))
    if option == "--granularity" and quantity.value == 0:
        raise AllocationError(say.ZeroStep(text=text))
    return quantity


def _amount(option: str, text: str, problem: Problem) -> Decimal:
    """A claim's amount in the problem's unit."""
    return figure_in(option, _figure(option, text), problem.unit).nominal


def _spec(option: str, spec: str, plan: Plan | None) -> tuple[list[str], str]:
    """'省定结对,市本级=221' → the units those names stand for, and '221'."""
    names, equals, value = spec.rpartition("=")
    listed = [n.strip() for n in NAME_SEPARATORS.split(names) if n.strip()]
    if not equals or not listed or not value.strip():
        raise AllocationError(say.BadSpec(option=option, text=spec))
    return _units(listed, plan), value.strip()


def _units(names: list[str], plan: Plan | None) -> list[str]:
    """Names as units: through the plan's roster (a group stands for its members), or as typed."""
    if plan is None:
        return list(dict.fromkeys(names))
    found: list[str] = []
    for name in names:
        members = plan.roster.expand(name)
        if members is None:
            raise AllocationError(say.UnknownName(name=name))
        found.extend(m for m in members if m not in found)
    return found


def _weight(text: str, where: str) -> Decimal:
    try:
        return parse_number(text.strip())
    except QuantityError:
        raise AllocationError(say.BadWeight(text=text, where=where)) from None


def _weights(path: str | None, flags: tuple[str, ...], plan: Plan | None) -> list[tuple[list[str], Decimal]]:
    """(units, weight) pairs: the file's rows first, then the flags, so a flag wins."""
    pairs = []
    if path is not None:
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                rows = [
                    (number, row)
                    for number, row in enumerate(csv.reader(handle), 1)
                    if any(cell.strip() for cell in row)
                ]
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise AllocationError(
                say.WeightsUnreadable(path=path, reason=getattr(error, "strerror", None) or error)
            ) from None
        for index, (number, row) in enumerate(rows):
            if len(row) < 2 or (index == 0 and not _is_number(row[1])):  # a header row
                if len(row) < 2:
                    raise AllocationError(say.BadWeight(text=",".join(row), where=f"{path}:{number}"))
                continue
            pairs.append((_units([row[0].strip()], plan), _weight(row[1], f"{path}:{number}")))
    for spec in flags:
        names, weight = _spec("--weight", spec, plan)
        pairs.append((names, _weight(weight, f"--weight {spec}")))
    return pairs


def _is_number(text: str) -> bool:
    try:
        parse_number(text.strip())
    except QuantityError:
        return False
    return True
