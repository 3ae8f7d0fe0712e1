"""Find the figures in a line of prose: number, scale, unit and comparator, with columns.

A figure is a number that measures something: "2757万元", "13次以上", "不低于110万元",
"1~2个", "65%", "五个". Numbers that name or order things are not figures, and are left out
by their context, not by a list of sentences: dates and years (2020年4月26日, 2020年度),
document numbers (〔2018〕3号, 纪要105号), ordinals (第37次), item numbers at the start of a
line (12. / (三) / 一、), clock times and telephone numbers. A Chinese numeral counts only
directly before a measure word (五个, 八大, 两市), so slogans (八八战略, 十三五) stay out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from shanhai_check.quantity import CN_NUMERAL, Comparator, Quantity, QuantityError, cn_integer, parse_quantity

# Measure words and units, longest first so 人次 wins over 人 and 平方公里 over 公里.
UNITS = sorted(
    """元 个 家 次 人次 名 篇 条 项 人 户 亩 吨 所 批 场 期 座 套 台 间 张 份 支 村 县 市 区 镇 乡 类
    对 件 处 倍 年 天 周 小时 届 位 种 部 本 辆 艘 米 公里 千米 平方米 平方公里 公顷 立方米 千瓦 兆瓦
    % ‰ 个百分点 百分点 大 轮 门 栋 幢 株 棵 头 只 组 队 团 所 块 片 床 张 套 课 节 学时 课时 岗位 单
    县区 区县 市县 县市 县(市、区) 区县(市) 县(市) 区(市) 市(县) 乡镇 街道 园区 季度 个月 多个""".split(),
    key=len,
    reverse=True,
)
SCALE_WORDS = ("千万", "百万", "十万", "万", "亿", "千")
_NUMBER = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_CN = CN_NUMERAL
# A decimal in Chinese numerals (四点四七亿元 = 4.47亿元); not a clock time (九点三十分, 十点半).
_CN_DIGIT = "〇零一二三四五六七八九"
_CN_DECIMAL = rf"(?:{_CN})点[{_CN_DIGIT}]+(?![十百千分时秒刻半])"
_PREFIX = "不低于|不少于|不小于|不超过|不高于|不多于|不大于|至少|最少|最多|至多|大约|超过|约|近|逾"
_SUFFIX = "以上|以下|以内|左右"
_UNIT = "|".join(re.escape(u) for u in UNITS)
_SCALE = "|".join(SCALE_WORDS)
_FIGURE = re.compile(
    rf"(?P<prefix>{_PREFIX})?"
    rf"(?P<number>{_NUMBER}|{_CN_DECIMAL}|{_CN})(?P<more>余|多)?"
    rf"(?:(?P<sep>~|～|-|—|–|至|到)(?P<upper>{_NUMBER}|{_CN_DECIMAL}|{_CN}))?"
    rf"(?P<scale>{_SCALE})?(?P<unit>{_UNIT})?(?P<more2>余|多)?(?P<suffix>{_SUFFIX})?"
)
# Item numbers at the start of a line: "12." "12、" "(3)" "三、" "(三)" "第一,".
ITEM_NUMBER = re.compile(r"^\s*(?:[(（]\s*(?:[0-9]+|" + _CN + r")\s*[)）]|(?:[0-9]+|" + _CN + r")\s*[.、．](?![0-9]))")
_DATE_AFTER = re.compile(r"^(?:年|月|日|号|时|点|分|秒|〕|\]|】|:|：|/|\.[0-9]|-[0-9]{3,})")
_CN_NOT_COUNT = re.compile(r"^(?:一[批些定般起直致道手线流体律步贯切同并样时边方面下]|一对一|[一两]手)")
_MONEY_AFTER = re.compile("资金|经费|款|的资金")
_MONEY_BEFORE = re.compile("(?:资金|投资|经费|款项|预算)(?:总额|总量|规模)?$")
_DATE_WORD = re.compile("[度底初末内前后月日]")
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$|^[〇零一二][〇零一二三四五六七八九]{3}$")  # 2020, 二〇二〇


@dataclass(frozen=True)
class Figure:
    """A figure found in a line: its columns (0-based, end exclusive) and what it says."""

    start: int
    end: int
    text: str
    number: str
    quantity: Quantity
    unit: str  # the unit as printed after the number, scale included ("万元", "个", "%", "")

    @property
    def comparator(self) -> Comparator:
        return self.quantity.comparator

    @property
    def value(self) -> Decimal:
        return self.quantity.value


def figures_in(line: str) -> list[Figure]:
    """Every figure in *line*, in order."""
    found: list[Figure] = []
    skip_to = _item_number_end(line)
    for match in _FIGURE.finditer(line):
        if match.start("number") < skip_to or not _is_figure(line, match):
            continue
        figure = _figure(match, line[: match.start()], line[match.end() :])
        if figure is not None:
            found.append(figure)
    return found


def _item_number_end(line: str) -> int:
    match = ITEM_NUMBER.match(line)
    return match.end() if match else 0


def _is_figure(line: str, match: re.Match) -> bool:
    number, end = match["number"], match.end()
    before = line[max(0, match.start("number") - 1) : match.start("number")]
    after = line[end:]
    if before in ("第", "〔", "[", "【"):
        return False
    if re.match(r"[0-9.]", before) or _DATE_AFTER.match(after) and not match["unit"]:
        return False
    if match["unit"] in ("年", "月") and (_YEAR.match(number) or _DATE_WORD.match(after)):
        return _is_duration(match, after)
    if after.startswith("号") or (not match["unit"] and not match["scale"] and _DATE_AFTER.match(after)):
        return False
    if match["unit"] in ("季度", "月") and before == "年":  # 2018年四季度, 2020年3月
        return False
    if re.fullmatch(_CN, number):
        return _is_chinese_count(line, match)
    if match["unit"] == "年" and match["upper"] and _YEAR.match(match["upper"]):  # 2018—2020年
        return False
    if _looks_like_phone_or_time(line, match):
        return False
    if match["sep"]:  # 1~2个; without a unit, 2023-56012 is an identifier
        return bool(match["unit"] or match["scale"])
    return bool(match["unit"] or match["scale"] or match["prefix"] or match["suffix"])


def _is_chinese_count(line: str, match: re.Match) -> bool:
    """五个, 两市, 八大: a numeral before a measure word. Not a count: 一 as the indefinite
    article (统一部署, 新一轮, 一区一品: 一 counts only with 个/次/名/项/家/人), 二 before a
    measure word (counts say 两; 二套房 is an ordinal), N大 above ten (十九大 is a congress)."""
    number, unit = match["number"], match["unit"]
    if not unit or _CN_NOT_COUNT.match(line[match.start("number") :]) or match["sep"]:
        return False
    if number == "一":
        return unit in ("个", "次", "名", "项", "家", "人", "人次")
    if number in ("二", "零", "〇"):  # 零部件
        return False
    try:
        return unit != "大" or cn_integer(number) <= 10
    except QuantityError:  # 十三五: a slogan, not a numeral
        return False


def _is_duration(match: re.Match, after: str) -> bool:
    """'19年' in 近19年 is a span; '2020年' and '3年内' and '5年前' are dates or deadlines."""
    return not _YEAR.match(match["number"]) and match["unit"] == "年" and not _DATE_WORD.match(after)


def _looks_like_phone_or_time(line: str, match: re.Match) -> bool:
    around = line[max(0, match.start() - 1) : match.end() + 1]
    return bool(re.search(r"[0-9]{3,4}-[0-9]{6,}|[0-9]:[0-9]", around))


def _figure(match: re.Match, before: str, after: str) -> Figure | None:
    unit = (match["scale"] or "") + (match["unit"] or "")
    if unit in SCALE_WORDS and (_MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before)):
        unit += "元"  # "4000万资金", "年度计划资金80亿": 万元, 亿元 of money
    upper = match["upper"] and _arabic(match["upper"])
    text = (match["prefix"] or "") + _arabic(match["number"]) + (match["more"] or "")
    if upper:
        text += "~" + upper
    text += unit + (match["more2"] or "") + (match["suffix"] or "")
    if unit in SCALE_WORDS:  # a bare 万 of things not named: read as a plain count
        return None
    try:
        quantity = parse_quantity(_readable(text))
    except QuantityError:
        return None
    return Figure(match.start(), match.end(), match.group(0), match["number"], quantity, unit)


def _arabic(number: str) -> str:
    """A Chinese decimal in digits (四点四七 → 4.47); any other number as written."""
    if "点" not in number:
        return number
    whole, _, decimals = number.partition("点")
    try:
        return (
            f"{cn_integer(whole)}.{''.join(str(max(_CN_DIGIT.index(c) - 1, 0)) for c in decimals)}"  # 〇 and 零 are 0
        )
    except QuantityError:
        return number


def _readable(text: str) -> str:
    """What parse_quantity reads: 超过/逾 → 以上 (we keep no strict comparator), 近 → 约."""
    for word, replacement in (("超过", ""), ("逾", ""), ("近", "约")):
        if text.startswith(word):
            text = replacement + text[len(word) :]
            if not replacement:
                text += "以上"
            break
    return text
