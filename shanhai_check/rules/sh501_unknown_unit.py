"""SH501 unknown-unit: a unit a task or the prose names that the roster does not know."""

from __future__ import annotations

import os
from pathlib import Path

from shanhai_check.messages import Joined, Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.names import alias_for, known, nearest, yaml_flow_list


def named_units(plan):
    """(name, where it is written, what names it) for every unit of every task and lead, and
    every row of a table whose rows are units (an allocation table's rows are units too)."""
    for table in plan.tables:
        if table.rows_are_units:
            yield from ((row.name, row.where, msg.RowsOf(table=table.id)) for row in table.rows)
    for task in plan.tasks():
        for name, where in task.placed_names():
            yield name, where, task.label
    for lead in plan.leads:
        for name, where in lead.units:
            yield name, where, lead.source.place


class UnknownUnit(Rule):
    """Checks that every unit a task or a lead statement names, and every row of an allocation
    table (rows that are units), is in the roster.

    **What it does.** Each name under 牵头/责任/配合 and in ``leads`` must be a roster unit, one
    of its aliases, or a group (a placeholder such as 各区县(市) or 区绩效考评单位 that expands
    to the group's members). A name that is none of these is reported once, at its first
    place, with how often it occurs and the roster names it most likely means (a name that
    shortens or lengthens a roster name comes first: 区机关事务局 → 区机关事务管理局). When
    the name shortens or spells out a unit's name or alias, the finding gives the exact YAML
    that makes it an alias of that unit, and where in the roster it goes
    (``aliases: [区委办, 区台办, 区委办公室]`` at the line of 区委办(区台办)).
    Plans without a roster are not checked.

    **Why it matters.** The roster is the list of units the office assesses
    (区绩效考评单位名单). A task given to a name outside it — a renamed bureau, an office that
    no longer exists, a typo — has no one to answer for it, and the year-end assessment
    cannot find it.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units: [区机关事务管理局, 区商务局]
    task_lists:
      - id: 附件1
        items:
          - item: 1
            units: {责任: [区商务局, 区机关事务局]}
    ```

    **Use instead.** The unit named as the roster names it (or the other spelling added to the
    roster as an alias):

    ```yaml
    document: {title: 示例}
    roster:
      units: [区机关事务管理局, 区商务局]
    task_lists:
      - id: 附件1
        items:
          - item: 1
            units: {责任: [区商务局, 区机关事务管理局]}
    ```
    """

    code = "SH501"
    name = "unknown-unit"
    severity = Severity.WARNING
    summary = "任务或正文所列单位不在名册中"
    summary_en = "a unit named by a task or the prose is not in the roster"
    doc_zh = """检查任务或牵头表述中列出的每个单位,以及分配表 (各行是单位) 的每一行,都在名册中。

    **作用。** 牵头/责任/配合 之下以及 ``leads`` 中的每个名称,必须是名册中的单位、
    单位的别名,或者一个组 (各区县(市)、区绩效考评单位 这样的占位名称,展开为组的成员)。
    都不是的名称,在第一次出现处报告一次,写明出现了几次,
    并给出它最可能指的名册名称 (由名册名称缩短或加长而成的排在最前: 区机关事务局 → 区机关事
    务管理局)。名称是某单位名称或别名的缩写或全称时,发现还给出把它加为该单位别名的确切 YAML
    及其在名册中的位置 (在 区委办(区台办) 一行写 ``aliases: [区委办, 区台办, 区委办公室]``)。
    没有名册的计划不做这项检查。

    **为何重要。** 名册是考核单位的名单 (区绩效考评单位名单)。任务交给名册以外的名称 —— 改了
    名的局、已撤销的机构、错别字 —— 就没有单位为它负责,年终考核时也找不到它。

    **示例。** 任务的责任单位写成了“区机关事务局”,名册中是“区机关事务管理局”。

    **正确写法。** 按名册的写法写单位名称 (或者把另一种写法作为别名加进名册)。
    """

    def check(self, plan):
        if not plan.roster.units:
            return
        places: dict[str, list] = {}
        for name, where, context in named_units(plan):
            if not known(plan.roster, name):
                places.setdefault(name, []).append((where, context))
        for name, found in places.items():
            near = nearest(plan.roster, name)
            count = msg.PlacesCount(count=len(found)) if len(found) > 1 else ""
            hint = Joined([count, msg.NearestRosterNames(names=Listing(near)) if near else ""])
            first, context = found[0]
            message = msg.UnknownUnit(where=context, name=name, hint=hint, alias=_alias(plan, name))
            yield self.finding(message, first, [w for w, _ in found[1:]])


def _alias(plan, name: str) -> msg.Message | str:
    """The exact YAML that makes *name* an alias of the unit it most likely stands for, at
    that unit's place in the roster; '' when no unit is related by abbreviation."""
    unit = alias_for(plan.roster, name)
    if unit is None:
        return ""
    # relative to the plan, as its roster: line names the file (the same from any working directory)
    roster = Path(
        os.path.relpath(os.path.abspath(unit.where.path), os.path.dirname(os.path.abspath(plan.path)))
    ).as_posix()
    where = f"{roster}:{unit.where.line}"
    return msg.AddAlias(
        unit=unit.name, name=name, where=where, yaml="aliases: " + yaml_flow_list([*unit.aliases, name])
    )
