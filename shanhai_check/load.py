"""Load plan and roster files into the model: YAML → validated tree → :mod:`model` objects.

Every problem with the input is an :class:`InputError` with its file and line. The loader
collects all of them for a file before giving up on it, so a planner fixes them in one pass.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from decimal import Decimal

from shanhai_check.messages import inputs as say
from shanhai_check import model as m
from shanhai_check.dates import DatePhraseError, read_date_phrase
from shanhai_check.findings import InputError, InputErrors, Location
from shanhai_check.messages import Message
from shanhai_check.quantity import Measure, Quantity, QuantityError, abbreviate, parse_quantity
from shanhai_check.wording import MISSING_MARKS, is_total_row
from shanhai_check.schema import PLAN_SCHEMA
from shanhai_check.validate import did_you_mean, validate
from shanhai_check.yamltree import YList, YMap, parse
from shanhai_check.files import read_text
from shanhai_check.paths import RealPaths


@dataclass
class RosterFile:
    """A shared roster file: checked for form, then used by the plans that name it."""

    path: str
    roster: m.Roster


class Repository:
    """Loads plans and rosters under one root; a shared roster is read once.

    Paths a plan names (its roster) may not leave *root*. Real paths are resolved with each
    folder looked at once (``real``): a run resolves thousands.
    """

    def __init__(self, root: str, real: RealPaths | None = None):
        self.root = os.path.realpath(root)
        self.real = real or RealPaths()
        self._rosters: dict[str, "m.Roster | InputErrors"] = {}

    def load(self, path: str) -> "m.Plan | RosterFile":
        """Load one file; raises InputErrors with every problem found in it."""
        try:
            text, encoding = read_text(path)
            data = parse(path, text)
        except InputError as error:
            raise InputErrors([error]) from None
        loaded = self.build(path, data)
        if isinstance(loaded, m.Plan):
            loaded.encoding = encoding
        return loaded

    def build(self, path: str, data: object) -> "m.Plan | RosterFile":
        """A plan (or roster) from data that knows where each value was written: YAML read by
        yamltree, or a spreadsheet's table (kinds.TableKind). Raises InputErrors."""
        where = Location(path, 1)
        if not isinstance(data, YMap):
            raise InputErrors([InputError(path, 1, say.NotAMapping())])
        errors = validate(data, PLAN_SCHEMA, where)
        if not errors and "document" not in data:
            if isinstance(data.get("roster"), YMap):
                builder = _Builder(path, self)
                roster = builder.roster(data["roster"], data.at("roster"))
                builder.raise_if_failed()
                return RosterFile(path, roster)
            errors.append(InputError(path, 1, say.NeitherPlanNorRoster()))
        if errors:
            raise InputErrors(errors)
        builder = _Builder(path, self)
        plan = builder.plan(data)
        builder.raise_if_failed()
        return plan

    def inside(self, reference: str, where: Location, what: Message) -> str:
        """The real path a plan's reference names, relative to the plan; SH007 if it leaves root."""
        target = self.real(os.path.join(os.path.dirname(where.path), reference))
        if os.path.commonpath([self.root, target]) != self.root:
            raise InputError(
                where.path,
                where.line,
                say.OutsideRoot(what=what, reference=reference, root=self.root),
                where.column,
                code="SH007",
            )
        return target

    def roster_at(self, reference: str, where: Location) -> m.Roster:
        """The roster file a plan names, relative to the plan; InputError if unusable."""
        target = self.inside(reference, where, say.RosterWord())
        if target not in self._rosters:
            # While it loads, it is "not a roster": a plan naming itself as its roster then gets
            # that answer instead of loading itself again and again.
            self._rosters[target] = InputErrors([InputError(target, 1, say.NotARosterFile(), code="SH005")])
            self._rosters[target] = self._read_roster(target)
        loaded = self._rosters[target]
        if isinstance(loaded, InputErrors):
            first = loaded.errors[0]
            raise InputError(
                where.path,
                where.line,
                say.RosterUnusable(reference=reference, cause=first),
                where.column,
                code=first.code,
            )
        return loaded

    def _read_roster(self, target: str) -> "m.Roster | InputErrors":
        try:
            loaded = self.load(target)
        except InputErrors as errors:
            return errors
        if isinstance(loaded, RosterFile):
            return loaded.roster
        return InputErrors([InputError(target, 1, say.NotARosterFile(), code="SH005")])


class _Builder:
    """Turns one validated tree into model objects, collecting semantic input errors."""

    def __init__(self, path: str, repository: Repository):
        self.path = path
        self.repository = repository
        self.errors: list[InputError] = []
        self.metrics: dict[str, m.Metric] = {}
        self.year: int | None = None
        self.rounded = False  # the document declares every figure rounded

    def fail(self, where: Location, message: Message, code: str = "SH005") -> None:
        self.errors.append(InputError(where.path, where.line, message, where.column, code=code))

    def raise_if_failed(self) -> None:
        if self.errors:
            raise InputErrors(self.errors)

    # -- plan ------------------------------------------------------------------------------
    def plan(self, data: YMap) -> m.Plan:
        document = self.document(data["document"])
        self.rounded = document.rounded
        self.year = document.years[0] if document.years else None  # for date phrases without a year
        self.metrics = {
            key: self.metric(key, raw, data["metrics"].at(key)) for key, raw in data.get("metrics", {}).items()
        }
        return m.Plan(
            path=self.path,
            document=document,
            roster=self.plan_roster(data),
            metrics=self.metrics,
            goals=[self.goal(g, w) for g, w in _items(data, "goals")],
            allocations=[self.allocation(a, w) for a, w in _items(data, "allocations")],
            rules=[self.group_rule(r, w) for r, w in _items(data, "rules")],
            tables=[self.table(t, w) for t, w in _items(data, "tables")],
            task_lists=[self.task_list(t, w) for t, w in _items(data, "task_lists")],
            leads=[self.lead(x, w) for x, w in _items(data, "leads")],
            counts=[self.count(x, w) for x, w in _items(data, "counts")],
            parent=self.parent(data["parent"], data.at("parent")) if "parent" in data else None,
            waivers=[m.Waiver(x["code"], x["applies_to"], x.get("reason", ""), w) for x, w in _items(data, "waivers")],
        )

    def plan_roster(self, data: YMap) -> m.Roster:
        raw = data.get("roster")
        if isinstance(raw, YMap):
            return self.roster(raw, data.at("roster"))
        if isinstance(raw, str):
            try:
                return self.repository.roster_at(raw, data.at("roster"))
            except InputError as error:
                self.errors.append(error)
        return m.Roster({}, {}, self.path)

    def document(self, raw: YMap) -> m.Document:
        cites = [
            m.Cite(c["title"], c.get("number", ""), c.get("issuer", ""), self.source(c, w))
            for c, w in _items(raw, "cites")
        ]
        return m.Document(
            title=raw["title"],
            number=raw.get("number", ""),
            issuer=raw.get("issuer", ""),
            date=raw.get("date", ""),
            published=raw.get("published", ""),
            year=raw.get("year"),
            cites=cites,
            where=raw.where,
            period=(raw["period"]["from"], raw["period"]["to"]) if "period" in raw else None,
            rounded=raw.get("rounded", False),
        )

    def deadlines(self, raw: YMap) -> list[m.Deadline]:
        found = []
        for item, place in _items(raw, "deadlines"):
            when, source = (
                (item, m.Source(place, raw.get("section", ""), raw.get("quote", "")))
                if isinstance(item, str)
                else (item["when"], self.source(item, place))
            )
            try:
                found.append(m.Deadline(when, read_date_phrase(when, self.year), source))
            except DatePhraseError as error:
                self.fail(place, say.BadDeadline(reason=error), "SH004")
        return found

    def source(self, raw: YMap, where: Location, figure: str = "") -> m.Source:
        """The claim's place, section and quote; *figure*: the key its figure is written under."""
        quote_where = raw.at("quote") if "quote" in raw else None
        figure_where = raw.at(figure) if figure in raw else None
        return m.Source(where, raw.get("section", ""), raw.get("quote", ""), quote_where, figure_where)

    # -- roster ----------------------------------------------------------------------------
    def roster(self, raw: YMap, where: Location) -> m.Roster:
        units: dict[str, m.Unit] = {}
        for item, place in _items(raw, "units"):
            unit = _unit(item, place)
            if unit.name in units:
                self.fail(place, say.UnitTwice(name=unit.name, line=units[unit.name].where.line), "SH003")
            units[unit.name] = unit
        groups: dict[str, m.Group] = {}
        for item, place in _items(raw, "groups"):
            group = m.Group(
                item["name"],
                tuple(item.get("aliases", ())),
                tuple(item.get("includes", ())),
                bool(item.get("open", False)),
                place,
            )
            if group.name in groups:
                self.fail(place, say.GroupTwice(name=group.name, line=groups[group.name].where.line), "SH003")
            groups[group.name] = group
        self._check_group_names(units, groups)
        return m.Roster(units, groups, where.path)

    def _check_group_names(self, units: dict[str, m.Unit], groups: dict[str, m.Group]) -> None:
        for unit in units.values():
            for name in unit.groups:
                if name not in groups:
                    self.fail(
                        unit.where, say.UnitGroupUndefined(unit=unit.name, group=name, hint=did_you_mean(name, groups))
                    )
        for group in groups.values():
            for name in group.includes:
                if name not in groups:
                    self.fail(
                        group.where,
                        say.IncludedGroupUndefined(group=group.name, name=name, hint=did_you_mean(name, groups)),
                    )

    # -- figures ---------------------------------------------------------------------------
    def metric(self, key: str, raw: YMap, where: Location) -> m.Metric:
        return m.Metric(
            key,
            self.measure(raw["unit"], raw.at("unit")),
            raw.get("name", ""),
            raw.get("definition", ""),
            where,
            raw.get("rounded", False),
        )

    def measure(self, text: str, where: Location) -> Measure:
        """A unit of measurement; a blank one is recorded as an input error (the plan is then
        never checked, so the stand-in returned only lets loading go on to find the rest)."""
        try:
            return Measure.parse(text)
        except QuantityError as error:
            self.fail(where, say.BadUnit(unit=text, reason=error), "SH004")
            return Measure(text, text, Decimal(1))

    def metric_ref(self, key: str, where: Location) -> m.Metric | None:
        metric = self.metrics.get(key)
        if metric is None:
            self.fail(where, say.UndefinedMetric(key=key, hint=did_you_mean(key, self.metrics)))
        return metric

    def figure(self, raw, where: Location, unit: Measure | None, rounded: bool = False) -> Quantity | None:
        """A figure in *unit* (converted exactly), or None after recording why it is unusable.
        *rounded*: its metric or table declares it rounded (the document may do so for all)."""
        try:
            quantity = parse_quantity(raw)
            if rounded or self.rounded:
                quantity = dataclasses.replace(quantity, rounded=True)
            if unit is None:
                return quantity
            return quantity.convert(unit)
        except QuantityError as error:
            self.fail(where, say.BadFigure(raw=abbreviate(str(raw)), reason=error), "SH004")
            return None

    def metric_figure(self, raw: YMap, key: str, place: Location) -> tuple[str, Quantity | None]:
        metric = self.metric_ref(raw["metric"], raw.at("metric"))
        value = self.figure(raw[key], raw.at(key), metric.unit, metric.rounded) if metric else None
        return raw["metric"], value

    def goal(self, raw: YMap, where: Location) -> m.Goal:
        metric, value = self.metric_figure(raw, "value", where)
        return m.Goal(metric, value, self.source(raw, where, "value"), raw.get("id", ""), self.deadlines(raw))

    def allocation(self, raw: YMap, where: Location) -> m.Allocation:
        metric, value = self.metric_figure(raw, "value", where)
        return m.Allocation(raw["unit"], metric, value, self.source(raw, where, "value"))

    def group_rule(self, raw: YMap, where: Location) -> m.GroupRule:
        metric, each = self.metric_figure(raw, "each", where)
        count_where = raw.at("count") if "count" in raw else None
        return m.GroupRule(raw["group"], metric, each, raw.get("count"), count_where, self.source(raw, where, "each"))

    # -- tables ----------------------------------------------------------------------------
    def table(self, raw: YMap, where: Location) -> m.Table:
        columns = [self.column(c, raw["columns"].at(i)) for i, c in enumerate(raw["columns"])]
        self._check_column_links(columns)
        rows_raw: YMap = raw["rows"]
        for name in filter(is_total_row, rows_raw):
            self.fail(rows_raw.key_at(name), say.TotalUnderRows(table=raw["id"], name=name), "SH002")
        rounded = raw.get("rounded", False)
        rows = [self.row(name, rows_raw[name], rows_raw.at(name), columns, rounded) for name in rows_raw]
        total = self.row("合计", raw["total"], raw.at("total"), columns, rounded) if "total" in raw else None
        rows_are_units = raw.get("rows_are", "units") == "units"
        return m.Table(
            raw["id"],
            raw.get("title", ""),
            columns,
            rows,
            total,
            rows_are_units,
            where,
            raw.get("section", ""),
            raw.get("row_header", ""),
            rounded,
        )

    def column(self, raw, where: Location) -> m.Column:
        if isinstance(raw, str):
            metric = self.metric_ref(raw, where)
            return m.Column(raw, raw, metric.label if metric else raw, metric.unit if metric else None, (), None, where)
        metric_key = raw.get("metric", raw["key"] if raw["key"] in self.metrics else None)
        metric = self.metric_ref(metric_key, raw.at("metric")) if metric_key else None
        unit = self.measure(raw["unit"], raw.at("unit")) if "unit" in raw else (metric.unit if metric else None)
        if metric and unit and unit.base != metric.unit.base:
            self.fail(
                raw.at("unit"),
                say.ColumnUnitIncompatible(column=raw["key"], unit=unit, metric=metric.key, metric_unit=metric.unit),
                "SH004",
            )
        header = raw.get("header", metric.label if metric else raw["key"])
        return m.Column(raw["key"], metric_key, header, unit, tuple(raw.get("sum_of", ())), raw.get("part_of"), where)

    def _check_column_links(self, columns: list[m.Column]) -> None:
        keys = [c.key for c in columns]
        for column in columns:
            if keys.count(column.key) > 1:
                self.fail(column.where, say.ColumnTwice(column=column.key), "SH003")
            for other in (*column.sum_of, *([column.part_of] if column.part_of else [])):
                if other not in keys:
                    self.fail(
                        column.where,
                        say.ColumnLinkUndefined(column=column.key, other=other, hint=did_you_mean(other, keys)),
                    )

    def row(self, name: str, raw, where: Location, columns: list[m.Column], rounded: bool = False) -> m.Row:
        cells: dict[str, m.Cell] = {}
        if isinstance(raw, YList):
            if len(raw) != len(columns):
                self.fail(
                    where,
                    say.RowLength(
                        row=name, count=len(raw), columns=len(columns), keys=say.Names(c.key for c in columns)
                    ),
                )
            pairs = [(c, raw[i], raw.at(i)) for i, c in enumerate(columns) if i < len(raw)]
        else:
            by_key = {c.key: c for c in columns}
            for key in raw:
                if key not in by_key:
                    self.fail(raw.at(key), say.RowColumnUnknown(row=name, key=key, hint=did_you_mean(key, by_key)))
            pairs = [(c, raw[c.key], raw.at(c.key)) for c in columns if c.key in raw]
        for column, value, place in pairs:
            cells[column.key] = self.cell(value, place, column, rounded)
        return m.Row(name, cells, where)

    def cell(self, raw, where: Location, column: m.Column, rounded: bool = False) -> m.Cell:
        text = "" if raw is None else str(raw).strip()
        if text in MISSING_MARKS:
            return m.Cell(None, text, where)
        metric = self.metrics.get(column.metric) if column.metric else None
        return m.Cell(self.figure(raw, where, column.unit, rounded or bool(metric and metric.rounded)), text, where)

    # -- tasks -----------------------------------------------------------------------------
    def task_list(self, raw: YMap, where: Location) -> m.TaskList:
        tasks: list[m.Task] = []
        outline: list[m.Heading | m.Task] = []
        section = ""
        for item, place in _items(raw, "items"):
            if "heading" in item:
                for extra in (k for k in item if k != "heading"):
                    self.fail(item.at(extra), say.HeadingWithExtraKey(extra=extra))
                section = item["heading"]
                outline.append(m.Heading(section, place))
                continue
            made = self.task_item(raw["id"], item, place, section)
            outline.extend(made[:1])
            tasks.extend(made)
        return m.TaskList(raw["id"], raw.get("title", ""), tasks, where, outline, bool(raw.get("truncated", False)))

    def task_item(self, list_id: str, raw: YMap, where: Location, section: str) -> list[m.Task]:
        common = dict(
            list_id=list_id,
            item=raw.get("item"),
            section=raw.get("section", section),
            title=raw.get("title", ""),
            ref=raw.get("ref", ""),
        )
        tasks = []
        if "parts" not in raw or any(key in raw for key in ("units", "targets", "deadlines")):
            tasks.append(self.task(raw, where, common, 0))
        for index, (part, place) in enumerate(_items(raw, "parts"), start=1):
            tasks.append(self.task(part, place, common, index))
        return tasks

    def task(self, raw: YMap, where: Location, common: dict, part: int) -> m.Task:
        units = {role: [(n, names.at(i)) for i, n in enumerate(names)] for role, names in raw.get("units", {}).items()}
        targets = [self.target(t, w) for t, w in _items(raw, "targets")]
        text_where = raw.at("text") if "text" in raw else None
        return m.Task(
            text=raw.get("text", ""),
            units=units,
            targets=targets,
            where=where,
            part=part,
            deadlines=self.deadlines(raw),
            text_where=text_where,
            **common,
        )

    def target(self, raw: YMap, where: Location) -> m.Target:
        metric, value = self.metric_figure(raw, "value", where)
        return m.Target(metric, value, bool(raw.get("per_unit", False)), self.source(raw, where, "value"))

    # -- prose about units, counts, the parent plan ------------------------------------------
    def lead(self, raw: YMap, where: Location) -> m.Lead:
        return m.Lead(_placed(raw, "units"), raw.get("role", "牵头"), raw.get("task_list", ""), self.source(raw, where))

    def count(self, raw: YMap, where: Location) -> m.CountClaim:
        sources = [k for k in ("listed", "group", "table", "task") if k in raw]
        if len(sources) != 1:
            self.fail(where, say.CountSources(what=raw["what"], found=len(sources)))
        if "role" in raw and "task" not in raw:
            self.fail(raw.at("role"), say.RoleWithoutTask())
        return m.CountClaim(
            what=raw["what"],
            count=self.figure(raw["count"], raw.at("count"), None),
            listed=_placed(raw, "listed") if "listed" in raw else None,
            group=raw.get("group", ""),
            table=raw.get("table", ""),
            task=raw.get("task", ""),
            role=raw.get("role", ""),
            complete=bool(raw.get("complete", True)),
            source=self.source(raw, where, "count"),
        )

    def parent(self, raw: YMap, where: Location) -> m.ParentLink | None:
        try:
            path = self.repository.inside(raw["plan"], raw.at("plan"), say.ParentPlanWord())
        except InputError as error:
            self.errors.append(error)
            return None
        links = [
            m.RollupLink(x["goal"], x["parent_goal"], x.get("relation", "share"), w) for x, w in _items(raw, "links")
        ]
        return m.ParentLink(raw["plan"], path, links, where)


def _items(raw: YMap, key: str):
    """(item, place) pairs of a list-valued key; nothing when the key is absent."""
    values = raw.get(key)
    if not isinstance(values, YList):
        return []
    return [(item, values.at(i)) for i, item in enumerate(values)]


def _placed(raw: YMap, key: str) -> list[tuple[str, Location]]:
    """The strings of a list-valued key, each with where it was written."""
    values = raw.get(key) or []
    return [(name, values.at(i)) for i, name in enumerate(values)]


def _unit(raw, where: Location) -> m.Unit:
    if isinstance(raw, str):
        return m.Unit(raw, (), (), where)
    return m.Unit(raw["name"], tuple(raw.get("aliases", ())), tuple(raw.get("groups", ())), where)


def link(plans: list[m.Plan], repository: Repository) -> dict[str, list[InputError]]:
    """Resolve every parent link to its plan (loading parents not among *plans* once, for
    reference only) and record each child on its parent. Returns input errors by child path."""
    by_path = {repository.real(p.path): p for p in plans}
    errors: dict[str, list[InputError]] = {}
    for plan in plans:
        if plan.parent is None:
            continue
        parent = by_path.get(plan.parent.plan) or _load_parent(plan, repository, errors)
        if parent is None:
            continue
        by_path[plan.parent.plan] = parent
        plan.parent.target = parent
        parent.children.extend((plan, l) for l in plan.parent.links)
    cycles = {id(plan): cycle for plan in plans if (cycle := _cycle(plan))}
    for plan in plans:  # a plan cannot roll up into itself, directly or through others
        if id(plan) in cycles:
            where = plan.parent.where
            chain = say.Chain(p.path for p in cycles[id(plan)])
            errors.setdefault(plan.path, []).append(
                InputError(where.path, where.line, say.ParentCycle(chain=chain), where.column, code="SH005")
            )
            parent, plan.parent.target = plan.parent.target, None
            parent.children = [(child, l) for child, l in parent.children if child is not plan]
    return errors


def _cycle(plan: m.Plan) -> list[m.Plan]:
    """*plan*, its parent, its parent's parent … back to *plan*; [] when the chain ends elsewhere."""
    chain, seen = [plan], {id(plan)}
    current = plan.parent.target if plan.parent else None
    while current is not None and id(current) not in seen:
        chain.append(current)
        seen.add(id(current))
        current = current.parent.target if current.parent else None
    return chain + [plan] if current is plan else []


def _load_parent(plan: m.Plan, repository: Repository, errors: dict) -> m.Plan | None:
    where = plan.parent.where
    problem: object = ""  # a message, or the parent's own error shown whole, in the report's language
    try:
        # named relative to the working directory, like the checked files, so messages quoting it read alike
        loaded = repository.load(os.path.relpath(plan.parent.plan))
    except InputErrors as failure:
        problem = failure.errors[0]
    except OSError as failure:  # a missing parent is the child's input problem, not a crash
        problem = failure.strerror or str(failure)
    else:
        if isinstance(loaded, m.Plan):
            return loaded
        problem = say.ParentIsRoster()
    message = say.ParentUnusable(reference=plan.parent.reference, problem=problem)
    errors.setdefault(plan.path, []).append(InputError(where.path, where.line, message, where.column, code="SH005"))
    return None


def default_root(paths: list[str]) -> str:
    """The tree referenced files must stay in: the working directory when every path is in
    it, otherwise the folder that holds all the paths."""
    cwd = os.path.realpath(os.getcwd())
    folders = [os.path.realpath(p if os.path.isdir(p) else os.path.dirname(p) or ".") for p in paths] or [cwd]
    if all(os.path.commonpath([cwd, f]) == cwd for f in folders):
        return cwd
    return os.path.commonpath(folders)


def load_plan(path: str) -> m.Plan:
    """The plan at *path*, loaded as ``check`` would (its roster inside the same tree).

    Raises :class:`InputErrors` when it cannot be used, a roster file included.
    """
    loaded = Repository(default_root([path])).load(path)
    if isinstance(loaded, RosterFile):
        raise InputErrors([InputError(path, 1, say.ShowNeedsPlan(), code="SH002")])
    return loaded
