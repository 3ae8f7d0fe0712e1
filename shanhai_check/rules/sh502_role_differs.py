"""SH502 role-differs: one task makes a unit accountable in one list and only supporting in the other."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.drafts.roles import role_clauses, same_tasks, where_units
from shanhai_check.model import Plan
from shanhai_check.rules.linked import linked_pairs

# 牵头 (lead) and 责任 (responsible) both answer for the task; 配合 (supporting) does not.
ACCOUNTABLE = {"牵头", "责任"}


def _kinds(roles: list[str]) -> set[bool]:
    """Whether the roles make the unit answer for the task (True), support it (False), or both."""
    return {role in ACCOUNTABLE for role in roles}


class RoleDiffers(Rule):
    """Checks that a task linked to another list (``ref: 正文:6``) holds each unit to account the same way.

    **What it does.** For an item with ``ref``, compares each unit's roles with those the
    referenced item (all its clauses) gives the same unit, names resolved through the roster.
    牵头 and 责任 both make a unit answer for the task; 配合 does not. A unit that only answers
    for the task in one list and only supports it in the other is reported (when one list
    gives it both kinds of role in different clauses, the two can agree, and it is not); the units of one item
    that change the same way are reported together, at the first of them. A unit named in
    only one of the two lists is not reported.

    A draft (``.txt``/``.docx``) is checked the same way, with no YAML: the roles in the body's
    brackets (``…疗休养。【牵头单位:市总工会;责任单位:各区县(市)】``) against those under the
    attachment's item that copies the clause (``牵头单位:市总工会配合单位:各区县(市)``). Two
    clauses are one task only when each is the other's closest and nearly all the shorter
    one's words stand in the other; a task the attachment words afresh is not compared. Names
    are compared as written (a draft has no roster).

    **Why it matters.** The body and the 任务分解表 are read by different people: a unit the
    body makes responsible but the table lists as supporting will be assessed on a task it
    believes is someone else's.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units: [市民政局, 市总工会]
    task_lists:
      - id: 正文
        items:
          - item: 6
            units: {责任: [市民政局, 市总工会]}
      - id: 附件2
        items:
          - item: 17
            ref: 正文:6
            units: {牵头: [市民政局], 配合: [市总工会]}
    ```

    **Use instead.** The unit answers for the task in both lists:

    ```yaml
    document: {title: 示例}
    roster:
      units: [市民政局, 市总工会]
    task_lists:
      - id: 正文
        items:
          - item: 6
            units: {责任: [市民政局, 市总工会]}
      - id: 附件2
        items:
          - item: 17
            ref: 正文:6
            units: {牵头: [市民政局], 责任: [市总工会]}
    ```
    """

    code = "SH502"
    name = "role-differs"
    severity = Severity.WARNING
    summary = "同一任务在正文与附件中,一处要单位负责,另一处只要其配合"
    summary_en = "the same task makes a unit accountable in one list and only supporting in the other"
    doc_zh = """检查与另一份清单关联的任务 (``ref: 正文:6``) 对每个单位的责任要求一致。

    **作用。** 对写有 ``ref`` 的项,把每个单位的角色与被引项 (所有分句) 给同一单位的角色比较,
    名称经名册对应。牵头 和 责任 都要对任务负责,配合 则不需要。一份清单要某单位负责、
    另一份只要它配合,即被报告 (一份清单在不同分句中给了它两类角色的,两边可以一致,不报告);
    同一项中变化相同的单位合在一起,在其中第一个处报告。只出现在其中一份清单中的单位不报告。

    文稿 (``.txt``/``.docx``) 无需 YAML 即按同样方式检查: 把正文括号中的角色
    (``…疗休养。【牵头单位:市总工会;责任单位:各区县(市)】``) 与附件中照录该句的任务项下的角色
    (``牵头单位:市总工会配合单位:各区县(市)``) 比较。只有两句互为最接近、且较短一句的文字几乎
    全部见于另一句时,才视为同一任务;附件另行表述的任务不比较。名称按原文比较 (文稿没有名册)。

    **为何重要。** 正文和任务分解表由不同的人阅读: 正文要某单位负责、分解表却列为配合,
    该单位就会因一项它以为属于别人的任务而被考核。

    **示例。** 正文 第6项 中 市总工会 是责任单位,引用它的 附件2 第17项 中却只是配合单位。

    **正确写法。** 附件2 第17项 中 市总工会 也是责任单位。
    """

    also_reads = ("draft",)

    def check(self, document):
        pairs = self._plan(document) if isinstance(document, Plan) else self._draft(document)
        for here, mine, theirs, there in pairs:
            yield from self._judged(here, mine, theirs, there)

    def _plan(self, plan):
        for task, mine, theirs, there in linked_pairs(plan):
            yield task.label, _as_written(mine), _as_written(theirs), there

    def _draft(self, text):
        """The body's bracketed roles against the attachment's, for the tasks the attachment
        copies (see drafts/roles.py: a task counts as copied only when its words are)."""
        for later, earlier in same_tasks(role_clauses(text)):
            yield later.label, where_units(later), where_units(earlier), earlier.label

    def _judged(self, here, mine: dict, theirs: dict, there):
        """*mine*, *theirs*: unit → (its roles, as written, where)."""
        changed: dict[tuple[tuple[str, ...], tuple[str, ...]], list] = {}
        for unit, (roles, name, where) in mine.items():
            other = theirs.get(unit)
            if other is not None and not _kinds(roles) & _kinds(other[0]):
                changed.setdefault((tuple(roles), tuple(other[0])), []).append((name, where, other[2]))
        for (roles, other_roles), units in changed.items():
            message = msg.RoleDiffers(
                unit=Listing(name for name, _, _ in units),
                here=here,
                there=there,
                roles=msg.roles(roles),
                other_roles=msg.roles(other_roles),
            )
            yield self.finding(message, units[0][1], [units[0][2]])


def _as_written(mentions: dict) -> dict:
    """unit → (its roles, its first spelling, where), from a plan's mentions (rules/linked.py)."""
    return {unit: (m.roles, next(iter(m.spellings)), m.where) for unit, m in mentions.items()}
