"""Generate a synthetic provincial plan repository, shaped like the real ones, for the benchmark.

One province, 11 cities, about 90 districts, five years (``--scale 2``: ten years, twice the
files): per year a provincial plan, three plans per city and five per district, each with a
shared roster (``rosters/``), metrics, headline goals, a prose allocation, group rules, an
allocation table with its 合计 row, a task list with units, targets and deadlines, cited
documents, and ``parent:`` links (district → city → province). A few plans carry deliberate
inconsistencies, listed in ``MANIFEST.json`` with the code that must report them, so a test can
check that the checker still finds them.

The output is seeded: the same ``--seed`` and ``--scale`` give the same files, byte for byte.

    python bench/generate.py OUT [--seed 1] [--scale 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
from decimal import Decimal

CITIES = ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]
DISTRICT_SUFFIXES = ["区", "县", "市"]
SYLLABLES = "安平东西南北江山海湖溪云龙凤天青松桐德清长兴开化常柳仙居临泉武义永康浦阳乐嘉善余姚象宁定岱普陀缙遂昌"
CITY_TOPICS = [("shanhai", "山海协作"), ("duikou", "对口合作"), ("xiaofei", "消费帮扶")]
DISTRICT_TOPICS = CITY_TOPICS + [("rencai", "人才交流"), ("chanye", "产业合作")]
DEPARTMENTS = [
    "发改局",
    "经信局",
    "财政局",
    "商务局",
    "教育局",
    "科技局",
    "人力社保局",
    "农业农村局",
    "文广旅游局",
    "卫生健康局",
    "交通局",
    "自然资源局",
    "支援合作办",
]
# Metrics of every plan: key, unit, how a table cell is drawn (whole numbers or one decimal).
METRICS = [
    ("援建资金", "万元", 0),
    ("到位资金", "亿元", 1),
    ("社会帮扶资金", "万元", 0),
    ("销售额", "万元", 0),
    ("消薄飞地", "个", 0),
    ("乡村振兴示范点", "个", 0),
]
CITES = [
    ("关于深入实施山海协作工程促进区域协调发展的若干意见", "浙委发〔2018〕3号", "省委省政府"),
    ("关于促进山海协作“飞地经济”健康发展的实施意见", "浙山海〔2019〕2号", "省山海协作领导小组"),
    ("革命老区重点城市对口合作工作方案", "发改振兴〔2022〕76号", "国家发展改革委"),
    ("山海协作升级版行动计划", "浙政办发〔2021〕15号", "省政府办公厅"),
]
PHRASES = [
    "围绕推动结对地区高质量绿色发展这条主线,重点在数字经济、高端装备、生物医药、文化旅游等领域加强项目对接",
    "进一步完善联合招商工作机制,推进结对双方开展产需对接、产用结合和产业链上下游整合等对接活动",
    "充分发挥先进理念、资本和援建资金作用,通过基础设施改造、产业发展提升、创新合作模式等方式推进示范点建设",
    "依托市场资源优势,引导龙头企业、农产品批发市场、电商企业采取订单农业模式,帮助结对地区扩大农产品销量",
    "完善合作机制,制定培训计划,重点开展干部交流培训、农村带头人培训以及劳务职业技能培训",
    "推进医疗资源优势互补,支持医院与结对地区医疗机构共建专科联盟,帮助结对地区提升医疗卫生服务水平",
    "组织开展多种形式文化走亲活动,促进人文交流,助力结对地区文化惠民工作",
    "按照市场化运作原则推进产业基金落地,用于支持结对地区优势产业项目",
]
HEADINGS = [
    "加强产业项目合作",
    "加快合作平台载体建设",
    "促进群众增收和社会事业合作",
    "落实援建资金",
    "凝聚社会力量",
    "强化工作保障",
]
NUMERALS = "一二三四五六七八九十"
# Deliberate inconsistencies: (code, what is done), each applied to about one plan in RATE.
DELIBERATE = ["SH101", "SH301", "SH501", "SH701", "SH801", "SH901"]
RATE = 40


def q(text) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def flow(names) -> str:
    return "[" + ", ".join(q(n) for n in names) + "]"


class Generator:
    def __init__(self, out: str, seed: int, years: int, rate: int = RATE):
        self.out = out
        self.rate = rate
        self.random = random.Random(seed)
        self.years = [2019 + i for i in range(years)]
        self.manifest: list[dict] = []
        self.files = 0
        self.cities = self._places()

    # -- places and rosters ----------------------------------------------------------------
    def _places(self) -> list[dict]:
        """11 cities with 7–9 districts each (about 90), and each district's towns."""
        used: set[str] = set()
        cities = []
        for index, city in enumerate(CITIES):
            districts = []
            for d in range(7 + (index % 3)):
                name = self._new_name(used, self.random.choice(DISTRICT_SUFFIXES))
                towns = [
                    self._new_name(used, self.random.choice("镇乡") if t % 3 else "街道")
                    for t in range(6 + self.random.randrange(6))
                ]
                districts.append({"name": name, "slug": f"d{d + 1:02d}", "towns": towns, "paired": d % 2 == 0})
            cities.append({"name": city + "市", "slug": f"c{index + 1:02d}", "districts": districts})
        return cities

    def _new_name(self, used: set[str], suffix: str) -> str:
        while True:
            name = "".join(self.random.sample(SYLLABLES, 2)) + suffix
            if name not in used:
                used.add(name)
                return name

    def write(self, relative: str, text: str) -> None:
        path = os.path.join(self.out, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        self.files += 1

    def rosters(self) -> None:
        province = ["format: shanhai-check/1", "roster:", f"  name: {q('全省山海协作单位')}", "  units:"]
        province += [f"    - {{name: {q(c['name'])}, groups: [设区市]}}" for c in self.cities]
        province += [f"    - {q('省' + d)}" for d in DEPARTMENTS] + [
            "    - 省本级",
            "  groups:",
            "    - {name: 设区市, aliases: [各设区市]}",
        ]
        self.write("rosters/province.yaml", "\n".join(province) + "\n")
        for city in self.cities:
            lines = ["format: shanhai-check/1", "roster:", f"  name: {q(city['name'] + '山海协作单位')}", "  units:"]
            for d in city["districts"]:
                pairing = "省定结对" if d["paired"] else "市定结对"
                lines.append(f"    - {{name: {q(d['name'])}, groups: [区县(市), {pairing}]}}")
            lines += [f"    - {q('市' + d)}" for d in DEPARTMENTS] + ["    - 市本级"]
            lines += [
                "  groups:",
                f"    - {{name: {q('区县(市)')}, aliases: [{q('各区县(市)')}]}}",
                "    - {name: 省定结对}",
                "    - {name: 市定结对}",
            ]
            self.write(f"rosters/{city['slug']}.yaml", "\n".join(lines) + "\n")
            for d in city["districts"]:
                lines = ["format: shanhai-check/1", "roster:", f"  name: {q(d['name'] + '协作单位')}", "  units:"]
                lines += [
                    f"    - {{name: {q(t)}, groups: [乡镇街道, {'省定结对' if i % 2 == 0 else '市定结对'}]}}"
                    for i, t in enumerate(d["towns"])
                ]
                lines += [f"    - {q('区' + x)}" for x in DEPARTMENTS] + ["    - 区本级"]
                lines += [
                    "  groups:",
                    "    - {name: 乡镇街道, aliases: [各乡镇街道]}",
                    "    - {name: 省定结对}",
                    "    - {name: 市定结对}",
                ]
                self.write(f"rosters/{city['slug']}-{d['slug']}.yaml", "\n".join(lines) + "\n")

    # -- figures ---------------------------------------------------------------------------
    def figures(self, rows: list[str], paired: dict[str, bool]) -> dict[str, dict[str, Decimal]]:
        """Per row, a value for each metric; members of 省定结对 get the rule's amount."""
        table = {}
        for row in rows:
            values = {}
            for key, unit, decimals in METRICS:
                if key == "援建资金" and paired.get(row):
                    values[key] = Decimal(221)
                elif decimals:
                    values[key] = Decimal(self.random.randrange(3, 40)) / 10
                else:
                    values[key] = Decimal(
                        self.random.randrange(1, 8) if unit == "个" else self.random.randrange(50, 600)
                    )
            table[row] = values
        return table

    # -- plans -----------------------------------------------------------------------------
    def plan(
        self,
        relative: str,
        place: str,
        topic: str,
        year: int,
        roster: str,
        rows: dict,
        paired: dict,
        local: str,
        units: list[str],
        placeholder: str,
        parent: tuple[str, list[tuple[str, str]]] | None,
    ) -> dict[str, Decimal]:
        """Write one plan; returns its goals as they would be without deliberate faults (the
        合计 of its table), for its parent's table."""
        faults = {code for code in DELIBERATE if self.random.randrange(self.rate) == 0}
        if parent is None:
            faults.discard("SH901")
        if not any(paired.values()):  # no group rule to break
            faults.discard("SH301")
        totals = {key: sum((v[key] for v in rows.values()), Decimal(0)) for key, _, _ in METRICS}
        goals, clean = dict(totals), dict(totals)
        month = self.random.randrange(2, 5)
        number = f"{place[:2]}{topic[:2]}〔{year}〕{self.random.randrange(1, 60)}号"
        lines = [
            "format: shanhai-check/1",
            f"# {year}年度{place}{topic}工作要点及任务分解 (synthetic, bench/generate.py)",
            "document:",
        ]
        lines += [
            f"  title: {q(f'{year}年度{place}{topic}工作要点及任务分解')}",
            f"  number: {q(number)}",
            f"  issuer: {q(place + topic + '工作领导小组办公室')}",
        ]
        lines += [f"  date: '{year}-{month:02d}-{self.random.randrange(1, 28):02d}'", f"  year: {year}", "  cites:"]
        for title, cite_number, issuer in self.random.sample(CITES, 2):
            if "SH801" in faults:
                cite_number, faults = cite_number.replace("号", "0号"), faults - {"SH801"} | {"SH801!"}
            lines += [f"    - {{title: {q(title)}, number: {q(cite_number)}, issuer: {q(issuer)}, section: 引言}}"]
        lines += (
            [f"roster: {roster}", "metrics:"]
            + [f"  {key}: {{unit: {unit}}}" for key, unit, _ in METRICS]
            + ["  洽谈会: {unit: 次, name: 对接投资洽谈会}"]
        )
        if "SH901" in faults:
            goals["消薄飞地"] = totals["消薄飞地"] = parent_cap = Decimal(10_000)
            rows[next(iter(rows))]["消薄飞地"] += parent_cap - sum((v["消薄飞地"] for v in rows.values()), Decimal(0))
        lines.append("goals:")
        for key, unit, _ in METRICS:
            lines.append(
                f"  - {{id: {key}, metric: {key}, value: {goals[key]}{unit}, "
                f"section: 一、(二)主要目标, quote: {q(f'全年落实{key}{goals[key]}{unit}')}}}"
            )
        lines += [
            "allocations:",
            f"  - {{unit: {q(local)}, metric: 社会帮扶资金, "
            f"value: {rows[local]['社会帮扶资金']}万元, section: 二、(四)10}}",
        ]
        paired_rows = [r for r in rows if paired.get(r)]
        if paired_rows:  # a district's towns get 221万元 each; a city's districts at least that
            each = "221万元" if local == "区本级" else "不低于221万元"
            lines += [
                "rules:",
                f"  - {{group: 省定结对, metric: 援建资金, each: {each}, count: {len(paired_rows)}, "
                f"section: 二、(四)10, quote: {q(f'{len(paired_rows)}个省定结对单位各落实{each}')}}}",
            ]
            if "SH301" in faults:
                rows[paired_rows[0]]["援建资金"] = Decimal(220)
                rows[local]["援建资金"] += 1  # keeps the 合计 right: only the rule is broken
        lines += [
            "tables:",
            "  - id: 附件1",
            f"    title: {q(f'{year}年度{place}{topic}工作定量任务分解表')}",
            "    section: 附件1",
            "    row_header: 单位",
        ]
        lines += ["    columns: [" + ", ".join(k for k, _, _ in METRICS) + "]", "    rows:"]
        lines += [f"      {q(row)}: [" + ", ".join(str(v[k]) for k, _, _ in METRICS) + "]" for row, v in rows.items()]
        stated = dict(totals)
        if "SH101" in faults:
            stated["援建资金"] += 10
            goals["援建资金"] = stated["援建资金"]
            lines = [
                line.replace(f"value: {totals['援建资金']}万元", f"value: {stated['援建资金']}万元", 1)
                if line.startswith("  - {id: 援建资金")
                else line
                for line in lines
            ]
        lines.append("    total: [" + ", ".join(str(stated[k]) for k, _, _ in METRICS) + "]")
        lines += self.tasks(year, units, placeholder, faults)
        if parent is not None:
            lines += ["parent:", f"  plan: {parent[0]}", "  links:"] + [
                f"    - {{goal: {g}, parent_goal: {g}, relation: {r}}}" for g, r in parent[1]
            ]
        self.write(relative, "\n".join(lines) + "\n")
        for code in sorted(faults):
            self.manifest.append({"code": code.rstrip("!"), "file": relative})
        return clean

    def tasks(self, year: int, units: list[str], placeholder: str, faults: set[str]) -> list[str]:
        lines = [
            "task_lists:",
            "  - id: 正文",
            "    title: 二、工作要点",
            "    items:",
            f"      - heading: {q('二、工作要点')}",
        ]
        item = 0
        for h, heading in enumerate(self.random.sample(HEADINGS, 4)):
            lines.append(f"      - heading: {q(f'({NUMERALS[h]}){heading}')}")
            for _ in range(self.random.randrange(3, 5)):
                item += 1
                text = ";".join(self.random.sample(PHRASES, 2)) + "。"
                lead = self.random.choice(units)
                if "SH501" in faults:
                    lead, faults = lead + "办公室", faults - {"SH501"} | {"SH501!"}
                lines += [
                    f"      - item: {item}",
                    f"        text: {q(text)}",
                    f"        units: {{牵头: [{q(lead)}], 责任: [{q(placeholder)}]}}",
                ]
                deadline = f"{year}年{self.random.randrange(6, 13)}月底前"
                if "SH701" in faults:
                    deadline, faults = f"{year - 1}年6月底前", faults - {"SH701"} | {"SH701!"}
                lines.append(f"        deadlines: [{deadline}]")
                if item == 1:
                    lines += [
                        "        targets:",
                        f"          - {{metric: 洽谈会, value: 1次以上, per_unit: true, "
                        f"quote: {q('各开展1次以上对接投资洽谈会')}}}",
                    ]
        return lines

    # -- the repository --------------------------------------------------------------------
    def run(self) -> None:
        self.rosters()
        for year in self.years:
            city_goals = {}
            for city in self.cities:
                city_goals[city["name"]] = self.city(year, city)
            rows = {name: goals for name, goals in city_goals.items()}
            rows["省本级"] = self.figures(["省本级"], {})["省本级"]
            units = ["省" + d for d in DEPARTMENTS]
            self.plan(
                f"{year}/province.yaml",
                "浙江省",
                "山海协作",
                year,
                "../rosters/province.yaml",
                rows,
                {},
                "省本级",
                units,
                "各设区市",
                None,
            )
        with open(os.path.join(self.out, "MANIFEST.json"), "w", encoding="utf-8") as handle:
            json.dump({"files": self.files, "expected": self.manifest}, handle, ensure_ascii=False, indent=1)

    def city(self, year: int, city: dict) -> dict[str, Decimal]:
        """The city's plans, after its districts'; returns the city 山海协作 plan's goals."""
        district_goals = {d["name"]: self.district(year, city, d) for d in city["districts"]}
        paired = {d["name"]: d["paired"] for d in city["districts"]}
        units = ["市" + d for d in DEPARTMENTS]
        main_goals = {}
        for slug, topic in CITY_TOPICS:
            rows = {name: dict(goals[slug]) for name, goals in district_goals.items()}
            rows["市本级"] = self.figures(["市本级"], {})["市本级"]
            parent = (
                ("../province.yaml", [("消薄飞地", "share"), ("乡村振兴示范点", "share")])
                if slug == "shanhai"
                else None
            )
            goals = self.plan(
                f"{year}/{city['slug']}/{slug}.yaml",
                city["name"],
                topic,
                year,
                f"../../rosters/{city['slug']}.yaml",
                rows,
                paired,
                "市本级",
                units,
                "各区县(市)",
                parent,
            )
            if slug == "shanhai":
                main_goals = goals
        return main_goals

    def district(self, year: int, city: dict, d: dict) -> dict[str, dict[str, Decimal]]:
        """The district's plans, one per topic; returns each one's goals, by topic."""
        paired = {t: i % 2 == 0 for i, t in enumerate(d["towns"])}
        units = ["区" + x for x in DEPARTMENTS]
        goals = {}
        for slug, topic in DISTRICT_TOPICS:
            rows = self.figures(d["towns"] + ["区本级"], paired)
            parent = (
                (f"../{slug}.yaml", [("消薄飞地", "share"), ("乡村振兴示范点", "share")])
                if slug in dict(CITY_TOPICS)
                else None
            )
            goals[slug] = self.plan(
                f"{year}/{city['slug']}/{d['slug']}/{slug}.yaml",
                city["name"] + d["name"],
                topic,
                year,
                f"../../../rosters/{city['slug']}-{d['slug']}.yaml",
                rows,
                paired,
                "区本级",
                units,
                "各乡镇街道",
                parent,
            )
        return goals


def generate(out: str, seed: int = 1, scale: float = 1.0, cities: int | None = None, rate: int = RATE) -> dict:
    """Write the repository under *out*; returns the manifest (files written, expected findings).
    *rate*: about one plan in *rate* gets each deliberate inconsistency."""
    generator = Generator(out, seed, max(1, round(5 * scale)), rate)
    if cities is not None:
        generator.cities = generator.cities[:cities]
    generator.run()
    with open(os.path.join(out, "MANIFEST.json"), encoding="utf-8") as handle:
        return json.load(handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder to write the repository into (created)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0, help="2 doubles the corpus (ten years instead of five)")
    parser.add_argument("--cities", type=int, default=None, help="only the first N cities (small corpora for tests)")
    args = parser.parse_args()
    manifest = generate(args.out, args.seed, args.scale, args.cities)
    print(f"{manifest['files']} files, {len(manifest['expected'])} deliberate inconsistencies, in {args.out}")


if __name__ == "__main__":
    main()
