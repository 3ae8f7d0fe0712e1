"""SH205 goal-without-breakdown: a headline goal that nothing in the plan divides or assigns."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import figure


def broken_down_metrics(plan) -> set[str]:
    """Metrics something in the plan divides or assigns: a table column, an allocation, a
    group rule, or a target of a task that names the units responsible for it."""
    metrics = {c.metric for t in plan.tables for c in t.columns if c.metric}
    metrics |= {a.metric for a in plan.allocations} | {r.metric for r in plan.rules}
    metrics |= {target.metric for task in plan.tasks() if task.names() for target in task.targets}
    return metrics


class GoalWithoutBreakdown(Rule):
    """Checks that every headline goal is broken down somewhere. A note (info): it is
    advice about the plan's completeness, not a contradiction between its figures.

    **What it does.** A goal is broken down when its metric has a table column, a prose
    allocation, a per-group rule, a target in a task that names responsible units, or when a
    child plan declares (``parent: links``) that its goal counts toward it. A goal with none
    of these is reported.

    **Why it matters.** A target that no table, rule or task gives to anyone is nobody's job:
    at the year-end review nobody can be asked why it was missed.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      挂职干部: {unit: 名}
    goals:
      - {metric: 挂职干部, value: 40名, quote: 选派40名新一轮挂职干部人才}
    ```

    **Use instead.** A task gives the goal to a unit that leads it:

    ```yaml
    document: {title: 示例}
    metrics:
      挂职干部: {unit: 名}
    goals:
      - {metric: 挂职干部, value: 40名, quote: 选派40名新一轮挂职干部人才}
    task_lists:
      - id: 正文
        items:
          - item: 1
            text: 选派40名新一轮挂职干部人才
            targets: [{metric: 挂职干部, value: 40名}]
            units: {牵头: [市委组织部]}
    ```
    """

    code = "SH205"
    name = "goal-without-breakdown"
    severity = Severity.INFO
    summary = "主要目标在计划中没有任何分解或责任落实"
    summary_en = "a headline goal is not broken down or assigned anywhere in the plan"
    doc_zh = """检查每个主要目标都在计划中的某处得到分解。这是关于计划是否完整的建议,不是数字之间
    的矛盾,所以是提示 (info)。

    **作用。** 目标算作已分解,须满足下列之一: 其指标在某张表中有一列,在正文中有单位分配,
    有分组规则,有任务给出了该指标并写明责任单位,或者有下级计划声明 (``parent: links``) 其目
    标计入本目标。一样都没有的目标即被报告。

    **为何重要。** 没有任何表、规则或任务把一项指标交给具体单位,它就不是任何人的工作;
    到年终考核时,没有完成也无从问责。

    **示例。** 挂职干部 40 名只写在主要目标中,计划其他地方都没有落实到单位。

    **正确写法。** 由一项任务把这一指标交给牵头单位落实。
    """

    def check(self, plan):
        covered = broken_down_metrics(plan)
        counted = _counted(plan)
        for goal in plan.goals:
            if goal.metric in covered or goal.source.where in counted or goal.value is None:
                continue
            yield self.finding(
                msg.GoalWithoutBreakdown(metric=goal.metric, goal=written(goal.value)),
                goal.source.where,
                goal=figure(goal.value),
            )

    def settle(self, plan, findings):
        """Child plans are known only once the repository is linked: a goal one of them counts
        toward is broken down after all."""
        counted = _counted(plan)
        return [f for f in findings if f.location not in counted]


def _counted(plan) -> set:
    """Where the goals are that child plans declare they count toward."""
    goals = (plan.goal(link.parent_goal) for _, link in plan.children)
    return {goal.source.where for goal in goals if goal is not None}
