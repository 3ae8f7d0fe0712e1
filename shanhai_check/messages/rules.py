"""Every message a rule can say, one small class each, in Chinese and English.

Rules fill in the arguments (already formatted figures and names); formatters call
:meth:`Message.render`. Keeping the words here, apart from the arithmetic, makes them easy
to review and translate.
"""

from __future__ import annotations

from shanhai_check.messages import Joined, Message


class YamlLine(Message):
    """A claim's place when the document gives it no section: its line in the YAML file."""

    zh = "第{line}行"
    en = "line {line}"


class IntervalsApart(Message):
    """What a sum and its total allow, when a figure is a bound or declared rounded."""

    zh = " (按末位舍入与比较词: {stated} 与各项之和 {computed} 不相交)"
    en = " (with rounding and comparators: {stated} and the sum of the parts {computed} do not meet)"


class HoldsOnlyIfRounded(Message):
    """A check that agrees only when the declared-rounded figures are read as their rounding
    intervals: the exact arithmetic (the finding) stands, and the reader is told why it may hold."""

    zh = "{finding} (仅当各数按末位四舍五入时才可能相符: 文件声明这些数值为舍入值)"
    en = "{finding} (holds only if the figures are rounded at their last digit, as the file declares them to be)"


# -- how messages name the places and things of a plan (model.py, the rules) ----------------
class TaskItem(Message):
    """A task by its list and item number (Task.label, model.py)."""

    zh = "{task_list} 第{item}项"
    en = "{task_list} item {item}"


class TaskClause(Message):
    """One sentence of a numbered item (an item a plan splits into clauses)."""

    zh = "{task_list} 第{item}项第{part}句"
    en = "{task_list} item {item}, sentence {part}"


class TaskUnnumbered(Message):
    zh = "{task_list} 无编号项"
    en = "{task_list} unnumbered item"


class TaskUnnumberedClause(Message):
    zh = "{task_list} 无编号项第{part}句"
    en = "{task_list} unnumbered item, sentence {part}"


class AnyTaskList(Message):
    """What a lead names when the prose does not say which task list it means."""

    zh = "任务表"
    en = "the task list"


class GoalOf(Message):
    zh = "{metric} 目标"
    en = "{metric} goal"


class CellOf(Message):
    zh = "{table} '{row}' 一行 {column}"
    en = "{table} row '{row}', {column}"


class MetricOf(Message):
    """A unit's allocation or a task's target: whose it is, and its metric."""

    zh = "{owner} 的 {metric}"
    en = "{metric} of {owner}"


class EachOf(Message):
    """A group rule's amount for each member."""

    zh = "{group} {metric} 每单位"
    en = "{group} {metric} per unit"


class RowsOf(Message):
    zh = "{table} 的行"
    en = "the rows of {table}"


class RowsSumOf(Message):
    """What a table without a 合计 row contributes: the sum of its rows."""

    zh = "{table} 各行之和"
    en = "{table} sum of rows"


class NoneListed(Message):
    zh = "(无)"
    en = "(none)"


class NoneFound(Message):
    zh = "无"
    en = "none"


class Either(Message):
    """Alternatives: '4或5', '4 or 5'."""

    def __init__(self, items):
        super().__init__(items=list(items))

    def render(self, lang: str = "zh") -> str:
        return ("或" if lang == "zh" else " or ").join(str(item) for item in self.args["items"])


# -- roles a task gives a unit (the plan's words 牵头, 责任, 配合) ------------------------------
class RoleLead(Message):
    zh = "牵头"
    en = "lead"


class RoleResponsible(Message):
    zh = "责任"
    en = "responsible"


class RoleSupporting(Message):
    zh = "配合"
    en = "supporting"


ROLES = {"牵头": RoleLead, "责任": RoleResponsible, "配合": RoleSupporting}


def role(word: str) -> Message:
    """The message for a role word of the plan (a word the plan format does not know is shown as written)."""
    found = ROLES.get(word)
    return found() if found is not None else Joined([word])


def roles(words) -> Message:
    """Several roles, '牵头/责任', 'lead/responsible'."""
    return Joined([role(word) for word in words], "/")


# -- SH1xx: tables add up ------------------------------------------------------------------
class ColumnTotalMismatch(Message):
    zh = "{table} {column} 合计 {stated} ≠ 各行之和 {computed}{intervals}: {terms}"
    en = "{table} {column}: stated total {stated} ≠ sum of rows {computed}{intervals}: {terms}"


class ColumnTotalAgrees(Message):
    zh = "{table} {column} 合计 {stated} = {terms}"
    en = "{table} {column}: total {stated} = {terms}"


class TotalNotCheckable(Message):
    zh = "{table} {column} 合计 {stated} 无法核对: {missing} 的值空缺"
    en = "{table} {column}: total {stated} cannot be checked: no value for {missing}"


class TotalBlank(Message):
    zh = "{table} {column} 合计空缺 ({text}): 各行之和 {computed} 无从核对"
    en = (
        "{table} {column}: the total is left blank ({text}); "
        "the sum of the rows, {computed}, has nothing to be checked against"
    )


class RowTotalMismatch(Message):
    zh = "{table} '{row}' 一行 {column} {stated} ≠ {terms} = {computed}{intervals}"
    en = "{table} row '{row}': {column} {stated} ≠ {terms} = {computed}{intervals}"


class RowTotalAgrees(Message):
    zh = "{table} '{row}' 一行 {column} {stated} = {terms}"
    en = "{table} row '{row}': {column} {stated} = {terms}"


class TableWithoutTotal(Message):
    zh = "{table} 没有合计行 ({rows} 行): 各列之和没有所写的合计可以核对"
    en = "{table} states no total row ({rows:row}): no printed total to check the sums of its columns against"


class NegativeValue(Message):
    zh = "{place} 为负数 {value}: 计划数、目标数不应为负"
    en = "{place} is negative ({value}): planned and target figures cannot be negative"


class MissingValue(Message):
    zh = "{table} '{row}' 一行 {column} 空缺 ({text})"
    en = "{table} row '{row}': {column} is missing ({text})"


class PartExceedsWhole(Message):
    zh = "{table} '{row}' 一行 {part} {part_value} 大于其所属的 {whole} {whole_value}"
    en = "{table} row '{row}': {part} {part_value} is larger than the {whole} {whole_value} it is part of"


class PartWithinWhole(Message):
    zh = "{table} '{row}' 一行 {part} {part_value} ≤ {whole} {whole_value}"
    en = "{table} row '{row}': {part} {part_value} ≤ {whole} {whole_value}"


# -- SH111: draft-total-vs-parts (drafts) --------------------------------------------------
class DraftPartsAddUp(Message):
    zh = "'{quote}': {total} = {parts}{how}"
    en = "'{quote}': {total} = {parts}{how}"


class DraftPartsWithinTotal(Message):
    zh = "'{quote}': {total} ≥ 所列各部分之和 {parts} = {computed}"
    en = "'{quote}': {total} ≥ the parts listed, {parts} = {computed}"


class DraftPartsDoNotAddUp(Message):
    zh = "'{quote}': {total} ≠ 各部分之和 {parts} = {computed}{intervals}"
    en = "'{quote}': {total} ≠ the sum of its parts, {parts} = {computed}{intervals}"


class DraftPartsExceedTotal(Message):
    zh = "'{quote}': 所列各部分之和 {parts} = {computed},超过总数 {total}{intervals}"
    en = "'{quote}': the parts listed, {parts} = {computed}, exceed the total {total}{intervals}"


class DraftAllocationInTotal(Message):
    zh = ",即第 {line} 行所分配的"
    en = ", as allocated on line {line}"


# -- SH2xx: goals against their breakdown --------------------------------------------------
class TableTotal(Message):
    """What a table's figure is: its stated 合计, or (no 合计 row) the sum of its rows, never labelled 合计."""

    zh = "{table} 合计"
    en = "{table} total"


class TableRowSum(Message):
    zh = "{table} 各行之和,表中未写合计"
    en = "{table}: sum of rows, the table states no total"


class GoalAgrees(Message):
    zh = "{metric} 目标 {goal} = {total} ({whose})"
    en = "{metric}: goal {goal} = {total} ({whose})"


class GoalExplainedByProse(Message):
    zh = "{metric} 目标 {goal} = {total} ({whose}) + {prose}: {table} 缺{units}一行"
    en = "{metric}: goal {goal} = {total} ({whose}) + {prose}: {table} has no row for {units}"


class GoalMismatch(Message):
    zh = "{metric} 目标 {goal} ≠ {breakdown}{intervals}; 差额 {gap}"
    en = "{metric}: goal {goal} ≠ {breakdown}{intervals}; gap {gap}"


class AllocationDisagreesWithTable(Message):
    zh = "{unit} 的{metric}在正文中为 {prose} ({section}),在{table}中为 {cell}"
    en = "{unit}: {metric} is {prose} in the text ({section}) but {cell} in {table}"


class AllocationAgreesWithTable(Message):
    zh = "{unit} 的{metric} {prose} ({section}) 与{table}一致"
    en = "{unit}: {metric} {prose} ({section}) agrees with {table}"


class AllocationStatedTwice(Message):
    zh = "{unit} 的{metric}前后不一: {first} ({first_section}) 与 {second} ({second_section})"
    en = (
        "{unit}: {metric} is stated twice with different values: "
        "{first} ({first_section}) and {second} ({second_section})"
    )


class GoalWithoutBreakdown(Message):
    zh = "{metric} 目标 {goal} 没有任何分解: 没有该指标的表列、单位分配、分组规则、任务指标,也没有下级计划计入"
    en = (
        "{metric}: goal {goal} has no breakdown at all: "
        "no table column, allocation, group rule, task target or child plan"
    )


# -- SH3xx: per-group rules ----------------------------------------------------------------


class FigureDiffersFromQuote(Message):
    zh = "{what} 写作 {value},所引原文却是 {written}: '{words}'"
    en = "{what} is given as {value}, but the quoted words say {written}: '{words}'"


class FigureAgreesWithQuote(Message):
    zh = "{what} {value} 与原文一致: '{words}'"
    en = "{what} {value} agrees with the quoted words: '{words}'"


class MemberBreaksRule(Message):
    zh = "{group}每个成员的{metric}应为 {rule} ({section}),但 {unit} 在{place}为 {value}"
    en = "each member of {group} should have {metric} {rule} ({section}), but {unit} has {value} in {place}"


class MemberKeepsRule(Message):
    zh = "{group} {count} 个成员的{metric}均符合 {rule}: {values}"
    en = "all {count:member} of {group} meet {metric} {rule}: {values}"


class GroupSizeMismatch(Message):
    zh = "规则写 {stated} 个{group},但名册中{group}有 {actual} 个成员: {members}"
    en = "the rule says {stated} {group}, but the roster's {group} has {actual:member}: {members}"


class GroupSizeAgrees(Message):
    zh = "{group} {stated} 个成员与名册一致"
    en = "{group}: {stated:member}, as in the roster"


class GroupNotCheckable(Message):
    """*reason*: GroupNotInRoster or GroupOpen; *hint*: SimilarGroups or ''."""

    zh = "规则所说的 '{group}' {reason},无法核对{hint}"
    en = "the rule's group '{group}' {reason}; it cannot be checked{hint}"


class GroupNotInRoster(Message):
    zh = "不在名册中"
    en = "is not in the roster"


class GroupOpen(Message):
    zh = "在名册中未列明成员 (open)"
    en = "is open in the roster"


class SimilarGroups(Message):
    zh = " (名册中相近的组: {names})"
    en = " (similar roster groups: {names})"


class MemberWithoutValue(Message):
    zh = "{group}每个成员的{metric}应为 {rule} ({section}),但 {unit} 在各表和正文分配中都没有{metric}"
    en = (
        "each member of {group} should have {metric} {rule} ({section}), "
        "but {unit} has no {metric} in any table or allocation"
    )


# -- SH4xx: totals against per-unit task targets -------------------------------------------
class BreakdownContradictsTotal(Message):
    zh = (
        "{metric}: {total} ({total_place}) 与{task}的分解矛盾: 每单位 {each} × {count} 个单位 = {implied}{verdict}。"
        "计入的单位: {units}"
    )
    en = (
        "{metric}: {total} ({total_place}) contradicts the breakdown in {task}: "
        "{each} per unit × {count:unit} = {implied}{verdict}. Units counted: {units}"
    )


class Incompatible(Message):
    zh = ",与总量不相容"
    en = ", incompatible with the total"


class NotGuaranteed(Message):
    zh = ",不足以保证 {total}"
    en = ", which does not guarantee {total}"


class BreakdownExceedsTotal(Message):
    zh = (
        "{metric}: {total} ({total_place}) 与{task}的分解不一致: 每单位 {each} × {count} 个单位 = {implied} ≠ {total}。"
        "计入的单位: {units}{hint}"
    )
    en = (
        "{metric}: {total} ({total_place}) disagrees with the breakdown in {task}: "
        "{each} per unit × {count:unit} = {implied} ≠ {total}. Units counted: {units}{hint}"
    )


class GroupsWouldAgree(Message):
    """Roster groups with as many members as the stated total needs."""

    zh = "。名册中 {groups} 恰有 {count} 个成员,按其计算则一致"
    en = ". The roster group {groups} has exactly {count:member}, which would agree"


class GroupMembers(Message):
    """A group as a breakdown counts it: its name, how many members, which ones."""

    zh = "{group} ({count}: {members})"
    en = "{group} ({count}: {members})"


class BreakdownAgrees(Message):
    zh = "{metric}: {total} ({total_place}) = 每单位 {each} × {count} 个单位 ({task})"
    en = "{metric}: {total} ({total_place}) = {each} per unit × {count:unit} ({task})"


class BreakdownNotCountable(Message):
    zh = "{metric}: {task}要求每单位 {each},但 {names} 无法展开为具体单位,不能与 {total} 核对"
    en = (
        "{metric}: {task} asks {each} per unit, but {names} cannot be expanded to units, "
        "so it cannot be checked against {total}"
    )


class TotalsDisagree(Message):
    zh = "{metric} 前后不一: {first} ({first_place}) 与 {second} ({second_place})"
    en = "{metric} is stated twice with different values: {first} ({first_place}) and {second} ({second_place})"


class TotalsAgree(Message):
    zh = "{metric} {first} ({first_place}) 与 {second} ({second_place}) 一致"
    en = "{metric}: {first} ({first_place}) agrees with {second} ({second_place})"


# -- SH411: draft-per-unit-times-count (drafts) --------------------------------------------
class DraftEachMakesTotal(Message):
    zh = "'{each}': {count} × {value} = {total}"
    en = "'{each}': {count} × {value} = {total}"


class DraftEachMissesTotal(Message):
    zh = "'{each}': {count} × {value} = {product} ≠ {total}"
    en = "'{each}': {count} × {value} = {product} ≠ {total}"


class DraftEachMatchesTable(Message):
    zh = "'{each}': {table} {column} 中恰有 {count} 个单位为 {value} ({units})"
    en = "'{each}': exactly {count:unit has/units have} {value} in {table} {column} ({units})"


class DraftEachDiffersFromTable(Message):
    zh = "'{each}': {table} {column} 中为 {value} 的单位有 {found} 个 ({units}),不是 {count} 个"
    en = "'{each}': {found:unit}, not {count}, have {value} in {table} {column} ({units})"


class DraftEachFloorHolds(Message):
    zh = "'{each}': {table} {column} 中有数额的 {found} 个单位均为 {value}{total}"
    en = "'{each}': the {found:unit} with an amount in {table} {column} all have {value}{total}"


class DraftEachFloorBroken(Message):
    zh = "'{each}': {table} {column} 中 {units} 不足 {value}"
    en = "'{each}': {units} in {table} {column} fall short of {value}"


class DraftEachProductStated(Message):
    zh = ",{count} × {value} = {product},与第 {line} 行 '{quote}' 相符"
    en = "; {count} × {value} = {product}, as line {line} states ('{quote}')"


class DraftEachNamesCount(Message):
    zh = "'{each}': 所列 {units} 正是 {count} 个,{count} × {value} = {product}"
    en = "'{each}': the units listed, {units}, are {count}; {count} × {value} = {product}"


class DraftEachNamesOtherCount(Message):
    zh = "'{each}': 说是 {count},却列出 {found} 个 ({units})"
    en = "'{each}': says {count} but lists {found} ({units})"


class DraftEachInTotal(Message):
    zh = "'{each}': {count} × {value} = {product},计入第 {line} 行的 {total}"
    en = "'{each}': {count} × {value} = {product}, counted in {total} on line {line}"


# -- SH5xx: units and roles ----------------------------------------------------------------
class UnknownUnit(Message):
    zh = "{where} 的单位 '{name}' 不在名册中 (也不是别名或组){hint}{alias}"
    en = "{where}: unit '{name}' is not in the roster (nor an alias or group){hint}{alias}"


class PlacesCount(Message):
    zh = " (共 {count} 处)"
    en = " ({count:place})"


class NearestRosterNames(Message):
    zh = ";最接近的名册名称: {names}"
    en = "; nearest roster names: {names}"


class AddAlias(Message):
    zh = "。若 '{name}' 就是 {unit},在名册 {where} 该单位处写上 {yaml}"
    en = ". If '{name}' is {unit}, write {yaml} for that unit in the roster at {where}"


class RoleDiffers(Message):
    zh = "{unit} 在 {here} 是{roles}单位,在同一任务的 {there} 却是{other_roles}单位"
    en = "{unit} is {roles} in {here} but {other_roles} in the same task's {there}"


class NameDiffers(Message):
    zh = "同一单位在 {here} 写作 '{name}',在同一任务的 {there} 写作 '{other}' (名册: {unit})"
    en = "one unit is written '{name}' in {here} and '{other}' in the same task's {there} (roster: {unit})"


class LeadWithoutTask(Message):
    zh = "{place} 写明由 {unit} {role},但 {task_list} 中没有一项由它{role}{truncated}"
    en = "{place} names {unit} as {role}, but no item of {task_list} has it as {role}{truncated}"


class PublishedTruncated(Message):
    zh = ",该表发布时不完整,可能在缺失部分"
    en = " (the published list is truncated; it may be in the missing part)"


class LeadHasTask(Message):
    zh = "{unit} {role} {task_list} {items}"
    en = "{unit} is {role} of {task_list} {items}"


# -- SH6xx: numbering and counts -----------------------------------------------------------
class KindHeading1(Message):
    zh = "一级标题"
    en = "level-1 heading"


class KindHeading2(Message):
    zh = "二级标题"
    en = "level-2 heading"


class KindItem(Message):
    zh = "项号"
    en = "item number"


class NumberRepeated(Message):
    """*kind*: KindHeading1, KindHeading2 or KindItem."""

    zh = "{task_list} 的{kind} {number} 出现了两次 (另一次在第{line}行)"
    en = "{task_list}: {kind} {number} appears twice (also at line {line})"


class NumberGoesBack(Message):
    """A number lower than the one before it (19, then 17): *kind* as for NumberRepeated."""

    zh = "{task_list} 的{kind}从 {previous} (第{line}行) 退回到 {number}"
    en = "{task_list}: {kind} goes back from {previous} (line {line}) to {number}"


class NumberSkipped(Message):
    zh = "{task_list} 的{kind}从 {previous} 跳到 {number},缺第 {missing} 号{unnumbered}"
    en = "{task_list}: {kind} jumps from {previous} to {number}; number {missing} is missing{unnumbered}"


class NumberStartsLate(Message):
    """A list's first heading of a level is not its number 1 (二、 with no 一、 before it)."""

    zh = "{task_list} 的{kind}从 {number} 开始,缺第 {missing} 号"
    en = "{task_list}: the {kind} numbers start at {number}; number {missing} is missing"


class UnnumberedInGap(Message):
    zh = ";其间有 {count} 项未编号"
    en = "; {count:unnumbered item stands/unnumbered items stand} in the gap"


class CountMismatch(Message):
    """*source*: where the names are listed (InTheText, InRosterGroup, InTable, InTask)."""

    zh = "'{what}' 写明 {stated},但{source}列出 {actual} 个: {names}"
    en = "'{what}' states {stated}, but {source} lists {actual}: {names}"


class CountAgrees(Message):
    zh = "'{what}' {stated} = {source}所列 {actual} 个"
    en = "'{what}' {stated} = the {actual} listed in {source}"


class CountCoversPartialList(Message):
    zh = "'{what}' {stated} ≥ {source}所列 {actual} 个 (列举不全)"
    en = "'{what}' {stated} ≥ the {actual} listed in {source} (a partial list)"


class InTheText(Message):
    zh = "文中"
    en = "the text"


class InRosterGroup(Message):
    zh = "名册组 {group} "
    en = "roster group {group}"


class InTable(Message):
    zh = "{table} "
    en = "table {table}"


class InTask(Message):
    zh = "{task} {role} "
    en = "{task} {role}"


# -- SH7xx: dates --------------------------------------------------------------------------
class DeadlineBeforeDocument(Message):
    zh = "期限 '{when}' (即 {deadline}) 早于文件自身的日期 {date}: 发文时已过期"
    en = "deadline '{when}' ({deadline}) is earlier than the document's own date {date}"


class DeadlineMaybeBeforeDocument(Message):
    zh = (
        "期限 '{when}' 按字面 ('{before}之前', 即 {earliest}) 早于文件自身的日期 {date}; 仅当理解为 {latest} 前才不早于"
    )
    en = (
        "deadline '{when}' read literally (before '{before}', i.e. by {earliest}) "
        "is earlier than the document's date {date}; only read as 'by {latest}' is it not"
    )


class DateOutsidePeriod(Message):
    zh = "期限 '{when}' (即 {deadline}) 在计划期 {start}—{end} 年之外"
    en = "date '{when}' ({deadline}) is outside the plan period {start}–{end}"


# -- SH8xx: citations ----------------------------------------------------------------------
class CitationNumberDiffers(Message):
    zh = "《{title}》在 {here} 的文号是 {number},在 {there} 却是 {other}"
    en = "《{title}》 is cited as {number} in {here} but as {other} in {there}"


class CitationNumberAgrees(Message):
    zh = "《{title}》各处文号一致: {number}"
    en = "《{title}》 has the same number everywhere: {number}"


# -- SH811: draft-figure-stated-twice (drafts) ---------------------------------------------
class FigureIsEachUnitsShare(Message):
    """A figure of a task given to each of a group, against the group's figure: each unit's
    share times as many units as the draft's own table gives amounts to."""

    zh = "'{quote}' 是{there} '{earlier}' 中每个单位之数: {each} × {count} 个单位 (表中有数额的单位数) = {product}"
    en = (
        "'{quote}' is each unit's share of '{earlier}' ({there}): "
        "{each} × {count:unit} (those the table gives amounts to) = {product}"
    )


class FigureStatedTwice(Message):
    """*there*: AtLine or AtFileLine; *key*: PeriodKey or ''."""

    zh = "'{quote}' 与{there} '{earlier}' 是同一指标{key},数字不一致: {here_value} ≠ {there_value}"
    en = (
        "'{quote}' and '{earlier}' ({there}) state the same metric{key} with different figures: "
        "{here_value} ≠ {there_value}"
    )


class FigureStatedTwiceAgrees(Message):
    zh = "'{quote}' 与{there} '{earlier}' 一致: {here_value} = {there_value}"
    en = "'{quote}' agrees with '{earlier}' ({there}): {here_value} = {there_value}"


class AtLine(Message):
    zh = "第 {line} 行"
    en = "line {line}"


class AtFileLine(Message):
    zh = " {path} 第 {line} 行"
    en = "{path}:{line}"


class PeriodKey(Message):
    """The year two figures are both said of."""

    zh = " ({period}年)"
    en = " ({period})"


class PeriodSubjectKey(Message):
    """The year and the subject (the draft's words) two figures are both said of."""

    zh = " ({period}年, {subject})"
    en = " ({period}, '{subject}')"


# -- SH812: draft-year-span (drafts) -------------------------------------------------------
class YearSpanMismatch(Message):
    zh = "'{quote}' 写的是 {count} 年,而 {span} 是 {computed} 年"
    en = "'{quote}' says {count:year}, but {span} is {computed} years"


class YearSpanAgrees(Message):
    zh = "'{quote}': {span} = {computed} 年"
    en = "'{quote}': {span} = {computed} years"


# -- SH9xx: roll-up across plans -----------------------------------------------------------
class ChildExceedsParent(Message):
    zh = "{child_plan} 的 {goal} {child} 计入上级 {parent_plan} 的 {parent_goal} {parent},却可能超过它"
    en = "{child_plan}: {goal} {child} counts toward {parent_plan}'s {parent_goal} {parent} but can exceed it"


class SharesExceedParent(Message):
    zh = "计入 {parent_plan} {parent_goal} {parent} 的各下级目标之和 {terms} = {total} 超过了它"
    en = (
        "the child goals counted toward {parent_plan}'s {parent_goal} {parent} add up to {terms} = {total}, "
        "more than it"
    )


class ChildrenSumMismatch(Message):
    zh = "{parent_plan} 的 {parent_goal} {parent} ≠ 各下级目标之和 {terms} = {total}"
    en = "{parent_plan}: {parent_goal} {parent} ≠ the sum of its children's goals {terms} = {total}"


class RollupAgrees(Message):
    zh = "{parent_plan} 的 {parent_goal} {parent} 与下级目标 {terms} 相容"
    en = "{parent_plan}: {parent_goal} {parent} is consistent with its children's goals {terms}"


class RollupLinkBroken(Message):
    """*problem*: GoalNotFound, GoalAmbiguous or GoalUnitNotConvertible."""

    zh = "上级计划链接中的目标 '{goal}' 在 {plan} 中{problem}"
    en = "roll-up link: goal '{goal}' {problem} in {plan}"


class GoalNotFound(Message):
    zh = "找不到"
    en = "is not found"


class GoalAmbiguous(Message):
    zh = "不唯一 (有多个该指标的目标,请用 id)"
    en = "is ambiguous (several goals have that metric; use an id)"


class GoalUnitNotConvertible(Message):
    zh = "的单位与上级目标 {metric} 不可换算"
    en = "has a unit that does not convert to that of the parent goal {metric}"


# -- SH95x: waivers ------------------------------------------------------------------------
class WaiverWithoutReason(Message):
    zh = "豁免 {code} ('{applies_to}') 没有写明理由 (reason),不予豁免"
    en = "waiver of {code} ('{applies_to}') gives no reason; it waives nothing"


class WaiverUnused(Message):
    zh = "豁免 {code} ('{applies_to}') 没有对应任何检查结果,已失效,请删除"
    en = "waiver of {code} ('{applies_to}') matches no finding; it is stale, remove it"


# -- SHx1x: a draft's own text --------------------------------------------------------------
class ShareHolds(Message):
    zh = "'{quote}': {division}"
    en = "'{quote}': {division}"


class ShareNotGiven(Message):
    """A percentage against the figures its own sentence names: their quotient, not it."""

    zh = "'{quote}': {divisions},不是 {stated}"
    en = "'{quote}': {divisions}, not {stated}"


class DraftClaimAgreesWithTable(Message):
    zh = "'{quote}' = {total} ({table} {column} 合计)"
    en = "'{quote}' = {total} ({table} {column} total)"


class DraftClaimExplainedByProse(Message):
    zh = "'{quote}' = {total} ({table} {column} 合计) + {amount} (第 {line} 行 '{quote_there}'): {table} 缺{unit}一行"
    en = (
        "'{quote}' = {total} ({table} {column} total) + {amount} (line {line}: '{quote_there}'): "
        "{table} has no row for {unit}"
    )


class DraftClaimVsTable(Message):
    zh = "'{quote}' ≠ {total} ({table} {column} 合计); 差额 {gap}"
    en = "'{quote}' ≠ {total} ({table} {column} total); gap {gap}"


class NumberingRunsOn(Message):
    zh = "{task_list} 的{kind} {first} 至 {last} 依次连续"
    en = "{task_list}: {kind} {first} to {last} run in order"


# -- SH613: draft-count-vs-list (drafts) ----------------------------------------------------
class CountMatchesList(Message):
    zh = "{count} = {names}"
    en = "{count} = {names}"


class CountCoversOpenList(Message):
    zh = "{count} ⊇ {names}等 (列出 {listed} 项, 不多于 {number})"
    en = "{count} ⊇ {names} and others ({listed} listed, no more than {number})"


class CountDiffersFromList(Message):
    """*where*: ListedBefore, ListedAfter, ListedInPairs, ListedInItems or ListedInRows."""

    zh = "{count} 与{where}所列 {listed} 项不符: {names}"
    en = "{count} but {listed:is listed/are listed} {where}: {names}"


class ListedBefore(Message):
    zh = "前面"
    en = "before it"


class ListedAfter(Message):
    zh = "后面"
    en = "after it"


class ListedInPairs(Message):
    zh = "结对中"
    en = "in the pairs"


class ListedInItems(Message):
    zh = "以下各项中"
    en = "in the items below"


class ListedInRows(Message):
    zh = "下表中"
    en = "in the table below"


# -- a draft's figures as the draft rules show them (drafts/parts.py) ---------------------------
class DraftBody(Message):
    """The body of a draft, before its first attachment: a list its numbering is read in."""

    zh = "正文"
    en = "the body"


class DraftAttachmentHeadings(Message):
    """The numbers of a draft's attachments (附件1, 附件2 …), read as one list."""

    zh = "附件标题"
    en = "the attachment headings"


class EachPart(Message):
    """An addend that is a per-unit amount times its units; *each* is the draft's words for it."""

    zh = "{units}×{value} ({each})"
    en = "{units}×{value} ('{each}')"


class DecodedAsGb18030(Message):
    zh = "文件不是 UTF-8 编码,已按 GB18030 (GBK) 读取; 建议另存为 UTF-8"
    en = "the file is not UTF-8; it was read as GB18030 (GBK); consider saving it as UTF-8"
