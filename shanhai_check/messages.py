"""Every message a rule can say, one small class each, in Chinese and English.

Rules fill in the arguments (already formatted figures and names); formatters call
:meth:`Message.render`. Keeping the words here, apart from the arithmetic, makes them easy
to review and translate.
"""

from __future__ import annotations


class Message:
    zh = ""
    en = ""

    def __init__(self, **args: object):
        self.args = args

    def render(self, lang: str = "zh") -> str:
        template = self.en if lang == "en" else self.zh
        return template.format(**self.args)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args!r})"


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


class RowTotalMismatch(Message):
    zh = "{table} '{row}' 一行 {column} {stated} ≠ {terms} = {computed}{intervals}"
    en = "{table} row '{row}': {column} {stated} ≠ {terms} = {computed}{intervals}"


class RowTotalAgrees(Message):
    zh = "{table} '{row}' 一行 {column} {stated} = {terms}"
    en = "{table} row '{row}': {column} {stated} = {terms}"


# -- SH2xx: goals against their breakdown --------------------------------------------------
class GoalAgrees(Message):
    zh = "{metric} 目标 {goal} = {total} ({table} 合计)"
    en = "{metric}: goal {goal} = {total} ({table} total)"


class GoalExplainedByProse(Message):
    zh = "{metric} 目标 {goal} = {total} ({table} 合计) + {prose}: {table} 缺{units}一行"
    en = "{metric}: goal {goal} = {total} ({table} total) + {prose}: {table} has no row for {units}"


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
    en = "{unit}: {metric} is stated twice with different values: {first} ({first_section}) and {second} ({second_section})"


# -- SH3xx: per-group rules ----------------------------------------------------------------
class MemberBreaksRule(Message):
    zh = "{group}每个成员的{metric}应为 {rule} ({section}),但 {unit} 在{place}为 {value}"
    en = "each member of {group} should have {metric} {rule} ({section}), but {unit} has {value} in {place}"


class MemberKeepsRule(Message):
    zh = "{group} {count} 个成员的{metric}均符合 {rule}: {values}"
    en = "all {count} members of {group} meet {metric} {rule}: {values}"


class GroupSizeMismatch(Message):
    zh = "规则写 {stated} 个{group},但名册中{group}有 {actual} 个成员: {members}"
    en = "the rule says {stated} {group}, but the roster's {group} has {actual} members: {members}"


class GroupSizeAgrees(Message):
    zh = "{group} {stated} 个成员与名册一致"
    en = "{group}: {stated} members, as in the roster"


class GroupNotCheckable(Message):
    zh = "规则所说的 '{group}' {reason},无法核对{hint}"
    en = "the rule's group '{group}' {reason_en}; it cannot be checked{hint}"


class MemberWithoutValue(Message):
    zh = "{group}每个成员的{metric}应为 {rule} ({section}),但 {unit} 在各表和正文分配中都没有{metric}"
    en = "each member of {group} should have {metric} {rule} ({section}), but {unit} has no {metric} in any table or allocation"


# -- SH4xx: totals against per-unit task targets -------------------------------------------
class BreakdownContradictsTotal(Message):
    zh = "{metric}: {total} ({total_place}) 与{task}的分解矛盾: 每单位 {each} × {count} 个单位 = {implied}{verdict}。计入的单位: {units}"
    en = "{metric}: {total} ({total_place}) contradicts the breakdown in {task}: {each} per unit × {count} units = {implied}{verdict_en}. Units counted: {units}"


class BreakdownExceedsTotal(Message):
    zh = "{metric}: {total} ({total_place}) 与{task}的分解不一致: 每单位 {each} × {count} 个单位 = {implied} ≠ {total}。计入的单位: {units}{hint}"
    en = "{metric}: {total} ({total_place}) disagrees with the breakdown in {task}: {each} per unit × {count} units = {implied} ≠ {total}. Units counted: {units}{hint}"


class BreakdownAgrees(Message):
    zh = "{metric}: {total} ({total_place}) = 每单位 {each} × {count} 个单位 ({task})"
    en = "{metric}: {total} ({total_place}) = {each} per unit × {count} units ({task})"


class BreakdownNotCountable(Message):
    zh = "{metric}: {task}要求每单位 {each},但 {names} 无法展开为具体单位,不能与 {total} 核对"
    en = "{metric}: {task} asks {each} per unit, but {names} cannot be expanded to units, so it cannot be checked against {total}"


class TotalsDisagree(Message):
    zh = "{metric} 前后不一: {first} ({first_place}) 与 {second} ({second_place})"
    en = "{metric} is stated twice with different values: {first} ({first_place}) and {second} ({second_place})"


class TotalsAgree(Message):
    zh = "{metric} {first} ({first_place}) 与 {second} ({second_place}) 一致"
    en = "{metric}: {first} ({first_place}) agrees with {second} ({second_place})"
