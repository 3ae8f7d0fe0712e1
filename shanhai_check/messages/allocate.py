"""What ``shanhai-check allocate`` says, one small class each, in Chinese and English.

Figures arrive formatted (with their unit); a sum arrives as its terms, '5×221 (省定结对) +
772 (市本级) = 1877万元', so a planner can redo it. Names from the plan stay as written.
"""

from __future__ import annotations

from shanhai_check.messages import Message


# -- the rules cannot all hold (core.py) -----------------------------------------------------
class TotalNotMultiple(Message):
    zh = "目标 {total} 不是分配单位 {granularity} 的整数倍 (余 {left})"
    en = "the goal {total} is not a whole number of steps of {granularity} ({left} left over)"


class FixedNotMultiple(Message):
    zh = "{unit} 的固定额 {fixed} ({source}) 不是分配单位 {granularity} 的整数倍 (余 {left})"
    en = (
        "the fixed amount {fixed} of '{unit}' ('{source}') is not a whole number of steps of {granularity} "
        "({left} left over)"
    )


class FixedBelowFloor(Message):
    zh = "{unit} 的固定额 {fixed} 低于它的最低额 {floor},差 {by}"
    en = "the fixed amount {fixed} of '{unit}' is below its floor {floor}, by {by}"


class FixedAboveCeiling(Message):
    zh = "{unit} 的固定额 {fixed} 高于它的最高额 {ceiling},超出 {by}"
    en = "the fixed amount {fixed} of '{unit}' is above its ceiling {ceiling}, by {by}"


class CeilingBelowFloor(Message):
    zh = "{unit} 的最高额 {ceiling} 低于最低额 {floor},差 {by}"
    en = "the ceiling {ceiling} of '{unit}' is below its floor {floor}, by {by}"


class NoStepBetween(Message):
    zh = "{unit} 的最低额 {floor} 与最高额 {ceiling} 之间没有分配单位 {granularity} 的整数倍 (取整后相差 {by})"
    en = (
        "no whole number of steps of {granularity} lies between the floor {floor} and the ceiling {ceiling} "
        "of '{unit}' (rounded, they are {by} apart)"
    )


class FloorsExceedGoal(Message):
    zh = "固定额与最低额之和 {terms},超过目标 {total} {by}"
    en = "the fixed amounts and floors {terms} exceed the goal {total}, by {by}"


class CeilingsBelowGoal(Message):
    zh = "最多只能分配 {terms},比目标 {total} 少 {by}"
    en = "at most {terms} can be allocated, {by} short of the goal {total}"


class NoWeight(Message):
    zh = "分配固定额和最低额后还余 {by},但没有权重大于 0 的单位可以分得"
    en = "{by} remain after the fixed amounts and floors, but no unit has a weight above 0 to take them"


class FixedTwice(Message):
    zh = "{unit} 的固定额有两个: {first} ({first_source}) 与 {second} ({second_source}),相差 {by}"
    en = "'{unit}' has two fixed amounts: {first} ('{first_source}') and {second} ('{second_source}'), {by} apart"


# -- what was asked cannot be read (problem.py, command.py) ----------------------------------
class NoSuchMetric(Message):
    zh = "计划中没有指标 '{metric}' (有: {known})"
    en = "the plan has no metric '{metric}' (it has: {known})"


class NoGoal(Message):
    zh = "计划中没有 {metric} 的目标,请用 --total 给出总额"
    en = "the plan states no goal for '{metric}'; give the total with --total"


class GoalTwice(Message):
    zh = "计划中 {metric} 的目标不止一个,请用 --total 给出要分配的总额"
    en = "the plan states more than one goal for '{metric}'; give the total to allocate with --total"


class UnknownName(Message):
    zh = "名册中没有单位或组 '{name}' (或该组不可列举)"
    en = "the roster has no unit or group '{name}' (or the group cannot be enumerated)"


class BadSpec(Message):
    zh = "{option} '{text}' 应写成 单位,单位=数值"
    en = "{option} '{text}' should be written UNIT,UNIT=AMOUNT"


class BadAmount(Message):
    """*reason* is a message (quantity.py's reason, translated for English)."""

    zh = "{option} 的数值 '{text}' 有误: {reason}"
    en = "{option}: the figure '{text}' is wrong: {reason}"


class NotPlainAmount(Message):
    zh = "{option} 的数值 '{text}' 应为确定的数 (不带以上、左右、区间)"
    en = "{option}: the figure '{text}' should be a plain amount (no '以上', '左右' or range)"


class NegativeAmount(Message):
    zh = "{option} 的数值 '{text}' 是负数: 分配的数额不能为负"
    en = "{option}: the figure '{text}' is negative; amounts to allocate cannot be"


class ZeroStep(Message):
    zh = "--granularity 的数值 '{text}' 为零: 步长应大于 0"
    en = "--granularity: the figure '{text}' is zero; the step must be above 0"


class BadWeight(Message):
    zh = "权重 '{text}' 应为不小于 0 的数 ({where})"
    en = "the weight '{text}' should be a number not below 0 ({where})"


class WeightsUnreadable(Message):
    zh = "无法读取权重文件 {path}: {reason}"
    en = "cannot read the weights file {path}: {reason}"


class NothingToAllocate(Message):
    zh = "没有可分配的单位: 请给出计划,或用 --fixed/--floor/--ceiling/--weight 列出单位"
    en = "no units to allocate to: give a plan, or name units with --fixed/--floor/--ceiling/--weight"


class NoUnitsInPlan(Message):
    zh = (
        "没有可分配的单位: 计划中 {metric} 没有表列、分组规则或正文分配; "
        "请用 --fixed/--floor/--ceiling/--weight 列出单位"
    )
    en = (
        "no units to allocate to: the plan has no table column, group rule or prose allocation of '{metric}'; "
        "name units with --fixed/--floor/--ceiling/--weight"
    )


class NeedTotal(Message):
    zh = "没有计划时须用 --total 给出带单位的总额 (如 2757万元)"
    en = "without a plan, give the total with its unit with --total (such as '2757万元')"


class NeedGoal(Message):
    zh = "请用 --goal 指定要分配的指标 (有: {known})"
    en = "name the metric to allocate with --goal (the plan has: {known})"


class XlsxNeedsOutput(Message):
    zh = "--format xlsx 需要 -o/--output 文件"
    en = "--format xlsx needs -o/--output FILE"


# -- what the proposal says (output.py) ------------------------------------------------------
class Basis(Message):
    """One unit's basis: the parts joined by '; '."""

    zh = "{parts}"
    en = "{parts}"


class FixedBy(Message):
    zh = "固定 ({source})"
    en = "fixed ({source})"


class FloorBy(Message):
    zh = "不低于{floor} ({source})"
    en = "at least {floor} ({source})"


class CeilingBy(Message):
    zh = "不超过{ceiling} ({source})"
    en = "at most {ceiling} ({source})"


class WeightOf(Message):
    zh = "权重 {weight}"
    en = "weight {weight}"


class Heading(Message):
    zh = "{metric} {total} 的分配方案 (shanhai-check allocate{plan})"
    en = "proposed allocation of {metric} {total} (shanhai-check allocate{plan})"


class Method(Message):
    zh = "分配单位 {granularity}; 固定额、最低额之外的余额 {left} 按权重以最大余数法分配,余数相同时先给列在前面的单位"
    en = (
        "in steps of {granularity}; the {left} above fixed amounts and floors is shared by weight, "
        "largest remainder first, equal remainders going to the unit listed first"
    )


class Tied(Message):
    zh = "余数相同、按列出顺序决定的单位: {units}"
    en = "units with equal remainders, decided by the order they are listed in: {units}"


class TableTitle(Message):
    zh = "{metric}分配方案"
    en = "{metric} allocation"


class UnitHeader(Message):
    zh = "单位"
    en = "unit"


class BasisHeader(Message):
    zh = "依据"
    en = "basis"


class TotalLabel(Message):
    zh = "合计"
    en = "合计 (total)"
