"""``shanhai-check allocate``: the apportionment core (exact sums, floors, ceilings, fixed
amounts, largest remainder, ties), the plan's rules as an allocation problem (the 2020 宁波
援建资金), the reasons an allocation is impossible, and the YAML / CSV / xlsx output."""

import csv
import os
import re
import shutil
from decimal import Decimal as D

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT, invoke, write
from shanhai_check.allocate import AllocationImpossible, apportion
from shanhai_check.allocate.problem import from_plan
from shanhai_check.engine import run
from shanhai_check.load import Repository
from shanhai_check.load import load_plan

NINGBO = str(ROOT / "plans" / "2020-ningbo-shanhai.yaml")
PROVINCE_PAIRED = ["镇海区", "北仑区", "鄞州区", "余姚市", "慈溪市"]  # 省定结对: 各落实221万元
CITY_PAIRED = [
    "海曙区",
    "江北区",
    "奉化区",
    "宁海县",
    "象山县",
    "宁波杭州湾新区",
    "梅山物流产业集聚区",
    "宁波国家高新区",
]  # 市定结对: 不低于110万元
UNPAIRED = ["宁波保税区", "大榭开发区", "东钱湖"]  # in 附件1, under no rule


# -- the 2020 宁波 援建资金 -------------------------------------------------------------------
def test_ningbo_aid_funds_follow_every_rule_and_sum_to_the_goal():
    """2757 = 市本级 772 + 5 × 221 + 8 × 110: the floors use up the goal, so each 市定结对 unit
    gets exactly its floor and the units under no rule get nothing."""
    problem = from_plan(load_plan(NINGBO), "援建资金")
    amounts = problem.solve().amounts
    assert (problem.total, problem.granularity, problem.goal) == (D(2757), D(1), "一、(二)主要目标")
    assert sum(amounts.values()) == D(2757)
    assert amounts["市本级"] == D(772)
    assert {amounts[u] for u in PROVINCE_PAIRED} == {D(221)}
    assert {amounts[u] for u in CITY_PAIRED} == {D(110)}
    assert {amounts[u] for u in UNPAIRED} == {D(0)}
    assert list(amounts)[-1] == "市本级"  # after 附件1's rows, which it lacks


def test_ningbo_surplus_goes_to_the_units_that_may_take_more():
    """With 43万元 more (and the unpaired units weighted 0) the 8 市定结对 units share it:
    5 each and 3 left, which go to the first three listed (all eight tie on 3/8)."""
    problem = from_plan(load_plan(NINGBO), "援建资金", total=_figure("2800万元"))
    problem.weigh(UNPAIRED, D(0))
    result = problem.solve()
    assert [result.amounts[u] for u in CITY_PAIRED] == [D(116)] * 3 + [D(115)] * 5
    assert result.tied == tuple(CITY_PAIRED)
    assert {result.amounts[u] for u in PROVINCE_PAIRED} == {D(221)}


def test_ningbo_funds_in_place_are_allocated_in_tenths_of_a_yi():
    """18.3亿元 is written to 0.1亿元, so that is the step; 183 tenths over 16 units."""
    problem = from_plan(load_plan(NINGBO), "到位资金")
    amounts = problem.solve().amounts
    assert (problem.total, problem.granularity) == (D("18.3"), D("0.1"))
    assert list(amounts.values()) == [D("1.2")] * 7 + [D("1.1")] * 9


@pytest.mark.parametrize(
    "step, lang, message",
    [
        ("1000万元", "zh", None),  # 0.1亿元 in other words
        ("1亿元", "zh", "shanhai-check: 目标 18.3亿元 不是分配单位 1亿元 的整数倍 (余 0.3亿元)\n"),
        (
            "1人次",
            "en",
            "shanhai-check: --granularity: the figure '1人次' is wrong: units cannot be converted: '人次' and '亿元'\n",
        ),
    ],
)
def test_granularity_is_read_in_the_metric_s_unit(step, lang, message):
    result = invoke("allocate", NINGBO, "--goal", "到位资金", "--granularity", step, "--lang", lang)
    if message is None:
        assert result.exit_code == 0 and "      东钱湖: [1.1]  # 权重 1\n" in result.stdout
    else:
        assert (result.exit_code, result.stderr) == (2, message)


def test_ningbo_proposal_checks_clean_as_the_plan_s_table(tmp_path):
    """The YAML proposal in place of the plan's tables: no SH2xx/SH3xx finding about 援建资金,
    and the goal, the prose allocation and both group rules are verified against it."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    result = invoke("allocate", NINGBO, "--goal", "援建资金")
    assert result.exit_code == 0, result.stderr
    target = tmp_path / "plans" / "2020-ningbo-shanhai.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(
        re.sub(r"^tables:\n.*?(?=^task_lists:)", lambda _: result.stdout, text, flags=re.S | re.M), encoding="utf-8"
    )
    checked = run([str(target)], root=str(tmp_path))
    (file,) = [f for f in checked.files if f.path == str(target)]
    assert not file.errors
    # The only goal or group finding left is the plan's own 挂职干部 (no breakdown at all).
    assert [(f.code, f.text()[:4]) for f in file.findings if f.code[:3] in ("SH2", "SH3")] == [("SH205", "挂职干部")]
    verified = sorted(
        v.code for v in file.verified if v.code != "SH206" and ("援建资金" in v.text() or "市本级" in v.text())
    )  # SH206: quotes, not the table
    assert verified == ["SH101", "SH202", "SH203", "SH203", "SH301", "SH301", "SH301", "SH301"]


# -- impossible allocations: which rule, by how much ------------------------------------------
@pytest.mark.parametrize(
    "lang, message",
    [
        (
            "zh",
            "shanhai-check: 固定额与最低额之和 5×221 (省定结对) + 8×110 (市定结对) + 772 (市本级) = 2757万元,"
            "超过目标 2700万元 57万元\n",
        ),
        (
            "en",
            "shanhai-check: the fixed amounts and floors 5×221 (省定结对) + 8×110 (市定结对) + 772 (市本级) = 2757万元 "
            "exceed the goal 2700万元, by 57万元\n",
        ),
    ],
)
def test_ningbo_rules_cannot_fit_a_smaller_goal(lang, message):
    result = invoke("allocate", NINGBO, "--goal", "援建资金", "--total", "2700", "--lang", lang)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def impossible(**kwargs) -> AllocationImpossible:
    with pytest.raises(AllocationImpossible) as caught:
        apportion(**kwargs)
    return caught.value


def test_goal_not_a_whole_number_of_steps():
    error = impossible(total=D("2757.5"), units=["甲"], unit="万元")
    assert error.render() == "目标 2757.5万元 不是分配单位 1万元 的整数倍 (余 0.5万元)"
    assert error.render("en") == "the goal 2757.5万元 is not a whole number of steps of 1万元 (0.5万元 left over)"
    assert error.by == D("0.5")


def test_fixed_amount_not_a_whole_number_of_steps():
    error = impossible(
        total=D("18.3"),
        units=["甲", "乙"],
        granularity=D("0.1"),
        fixed={"甲": D("1.25")},
        sources={"甲": "省定结对"},
        unit="亿元",
    )
    assert error.render() == "甲 的固定额 1.25亿元 (省定结对) 不是分配单位 0.1亿元 的整数倍 (余 0.05亿元)"


def test_ceiling_below_floor():
    error = impossible(total=D(300), units=["甲", "乙"], floors={"甲": D(110)}, ceilings={"甲": D(100)}, unit="万元")
    assert error.render() == "甲 的最高额 100万元 低于最低额 110万元,差 10万元"
    assert error.by == D(10)


def test_no_step_between_floor_and_ceiling():
    """A floor of 1.05 rounds up to 1.1 and a ceiling of 1.08 down to 1.0: no step fits."""
    error = impossible(
        total=D(2),
        units=["甲", "乙"],
        granularity=D("0.1"),
        floors={"甲": D("1.05")},
        ceilings={"甲": D("1.08")},
        unit="亿元",
    )
    assert (
        error.render()
        == "甲 的最低额 1.05亿元 与最高额 1.08亿元 之间没有分配单位 0.1亿元 的整数倍 (取整后相差 0.1亿元)"
    )
    assert error.render("en") == (
        "no whole number of steps of 0.1亿元 lies between the floor 1.05亿元 and the ceiling 1.08亿元 of '甲' "
        "(rounded, they are 0.1亿元 apart)"
    )
    assert error.by == D("0.1")


def test_fixed_amount_outside_its_floor_or_ceiling():
    below = impossible(total=D(300), units=["甲", "乙"], fixed={"甲": D(100)}, floors={"甲": D(110)}, unit="万元")
    assert below.render() == "甲 的固定额 100万元 低于它的最低额 110万元,差 10万元"
    above = impossible(total=D(300), units=["甲", "乙"], fixed={"甲": D(130)}, ceilings={"甲": D(120)}, unit="万元")
    assert above.render("en") == "the fixed amount 130万元 of '甲' is above its ceiling 120万元, by 10万元"


def test_ceilings_leave_the_goal_short():
    error = impossible(
        total=D(500),
        units=["甲", "乙", "丙"],
        fixed={"甲": D(200)},
        ceilings={"乙": D(100), "丙": D(150)},
        sources={"甲": "市本级", "乙": "乙", "丙": "丙"},
        unit="万元",
    )
    assert error.render() == "最多只能分配 200 (市本级) + 100 (乙) + 150 (丙) = 450万元,比目标 500万元 少 50万元"
    assert error.by == D(50)


def test_nobody_to_take_the_remainder():
    error = impossible(
        total=D(300), units=["甲", "乙"], fixed={"甲": D(221)}, floors={"乙": D(50)}, weights={"乙": D(0)}, unit="万元"
    )
    assert error.render() == "分配固定额和最低额后还余 29万元,但没有权重大于 0 的单位可以分得"
    assert error.by == D(29)


def test_a_unit_fixed_twice_at_different_amounts(tmp_path):
    result = invoke("allocate", NINGBO, "--goal", "援建资金", "--fixed", "镇海区=200")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "shanhai-check: 镇海区 的固定额有两个: 221万元 (省定结对) 与 200万元 (--fixed 镇海区),相差 21万元\n"
    )


# -- properties of the core ----------------------------------------------------------------
STEPS = st.sampled_from([D(1), D("0.1"), D(5)])
WEIGHTS = st.decimals(min_value=0, max_value=50, places=1)


@st.composite
def problems(draw, ceilings=True):
    """A feasible problem: units with weights, floors (some), ceilings (some), fixed (some)."""
    step = draw(STEPS)
    count = draw(st.integers(1, 7))
    units = [f"u{i}" for i in range(count)]
    weights = {u: draw(WEIGHTS) for u in units}
    weights[units[0]] = draw(st.decimals(min_value=D("0.1"), max_value=50, places=1))  # someone takes the rest
    fixed = {u: step * draw(st.integers(0, 40)) for u in units[1:] if draw(st.booleans()) and draw(st.booleans())}
    floors = {u: step * draw(st.integers(0, 40)) for u in units if u not in fixed and draw(st.booleans())}
    caps = {}
    if ceilings:
        caps = {
            u: floors.get(u, 0) + step * draw(st.integers(0, 40))
            for u in units[1:]
            if u not in fixed and draw(st.booleans())
        }
    committed = sum(fixed.values(), D(0)) + sum(floors.values(), D(0))
    total = committed + step * draw(st.integers(0, 200))
    return dict(total=total, units=units, granularity=step, weights=weights, floors=floors, ceilings=caps, fixed=fixed)


@settings(max_examples=300, deadline=None)
@given(problems())
def test_sum_is_exact_and_every_rule_holds(case):
    amounts = apportion(**case).amounts
    assert list(amounts) == case["units"]
    assert sum(amounts.values()) == case["total"]
    for unit, amount in amounts.items():
        assert amount % case["granularity"] == 0
        assert amount >= case["floors"].get(unit, 0)
        assert unit not in case["ceilings"] or amount <= case["ceilings"][unit]
        assert unit not in case["fixed"] or amount == case["fixed"][unit]


@settings(max_examples=200, deadline=None)
@given(problems(), st.integers(1, 50))
def test_a_total_below_the_floors_fails_by_exactly_the_excess(case, short):
    committed = sum(case["fixed"].values(), D(0)) + sum(case["floors"].values(), D(0))
    assume(committed >= short * case["granularity"])
    error = impossible(**{**case, "total": committed - short * case["granularity"]})
    assert error.by == short * case["granularity"]
    assert error.render().startswith("固定额与最低额之和 ")


@settings(max_examples=200, deadline=None)
@given(problems(ceilings=False))
def test_every_amount_is_within_one_step_of_its_exact_share(case):
    """Without ceilings, a unit above its floor gets its exact proportional share, rounded
    down or up (the quota property of largest remainder)."""
    amounts = apportion(**case).amounts
    takers = [u for u in case["units"] if u not in case["fixed"] and case["weights"][u] > 0]
    left = case["total"] - sum(case["fixed"].values(), D(0)) - sum(case["floors"].values(), D(0))
    weight = sum(case["weights"][u] for u in takers)
    for unit in takers:
        share = (amounts[unit] - case["floors"].get(unit, 0)) * weight  # compared with left × weight, exactly
        assert abs(share - left * case["weights"][unit]) < case["granularity"] * weight


@settings(max_examples=300, deadline=None)
@given(problems(), st.data())
def test_more_weight_never_gets_less(case, data):
    unit = data.draw(st.sampled_from(case["units"]))
    heavier = {
        **case["weights"],
        unit: case["weights"][unit] + data.draw(st.decimals(min_value=D("0.1"), max_value=20, places=1)),
    }
    before = apportion(**case).amounts[unit]
    after = apportion(**{**case, "weights": heavier}).amounts[unit]
    assert after >= before


@settings(max_examples=100, deadline=None)
@given(problems())
def test_same_input_same_output(case):
    assert apportion(**case) == apportion(**case)


@settings(max_examples=300, deadline=None)
@given(problems(), st.randoms(use_true_random=False))
def test_permuting_units_permutes_the_result_unless_remainders_tie(case, rnd):
    """Order decides only ties, and the ties are reported; otherwise each unit gets the same
    whatever its place in the list."""
    result = apportion(**case)
    shuffled = list(case["units"])
    rnd.shuffle(shuffled)
    again = apportion(**{**case, "units": shuffled})
    if not result.tied:
        assert again.amounts == result.amounts
        assert list(again.amounts) == shuffled
    else:
        differ = {u for u in result.amounts if again.amounts[u] != result.amounts[u]}
        assert differ <= set(result.tied) and set(again.tied) == set(result.tied)


def test_distinct_weights_can_still_tie_and_the_tie_is_reported():
    """Weights 1 and 3 share 2 steps as 0.5 and 1.5: equal remainders. The first listed
    gets the step, and both are named."""
    result = apportion(D(2), ["甲", "乙"], weights={"甲": D(1), "乙": D(3)})
    assert (result.amounts, result.tied) == ({"甲": D(1), "乙": D(1)}, ("甲", "乙"))
    swapped = apportion(D(2), ["乙", "甲"], weights={"甲": D(1), "乙": D(3)})
    assert swapped.amounts == {"乙": D(2), "甲": D(0)}


def test_the_alabama_paradox_of_the_docstring():
    """Largest remainder is not monotone in the total (documented in core.py, not promised)."""
    weights = {"甲": D(1), "乙": D(3), "丙": D(3)}
    assert list(apportion(D(3), list(weights), weights=weights).amounts.values()) == [D(1), D(1), D(1)]
    assert list(apportion(D(4), list(weights), weights=weights).amounts.values()) == [D(0), D(2), D(2)]


def test_water_filling_hands_a_capped_unit_s_excess_to_the_others():
    """Equal weights would give 100 each; 甲 may take 40, so 乙 and 丙 share the other 260."""
    amounts = apportion(D(300), ["甲", "乙", "丙"], ceilings={"甲": D(40)}).amounts
    assert amounts == {"甲": D(40), "乙": D(130), "丙": D(130)}


def test_arguments_no_rule_produces_are_refused():
    for bad in (dict(granularity=D(0)), dict(weights={"甲": D(-1)}), dict(units=["甲", "甲"])):
        with pytest.raises(ValueError):
            apportion(**{"total": D(10), "units": ["甲"], **bad})


# -- the command: forms, output, safety -------------------------------------------------------
def _figure(text):
    from shanhai_check.quantity import parse_quantity

    return parse_quantity(text)


PLAN_FREE = (
    "allocate",
    "--total",
    "1000万元",
    "--fixed",
    "市本级=400",
    "--floor",
    "甲区,乙区=100",
    "--weight",
    "甲区=2",
    "--weight",
    "丙园区=1",
)


def test_plan_free_form_loads_as_a_table(tmp_path):
    """甲区 and 乙区 have floors of 100, 丙园区 none: the 400 left goes 2 : 1 : 1 (乙区's
    default weight is 1), i.e. 200, 100, 100 above the floors."""
    result = invoke(*PLAN_FREE)
    assert result.exit_code == 0, result.stderr
    plan = Repository(str(tmp_path)).load(str(write(tmp_path, "p.yaml", "document: {title: 示例}\n" + result.stdout)))
    (table,) = plan.tables
    assert [(row.name, row.cells["金额"].value.nominal) for row in table.rows] == [
        ("市本级", D(400)),
        ("甲区", D(300)),
        ("乙区", D(200)),
        ("丙园区", D(100)),
    ]
    assert table.total.cells["金额"].value.nominal == D(1000)
    assert plan.metrics["金额"].unit.text == "万元"
    assert "      甲区: [300]  # 不低于100万元 (--floor 甲区,乙区); 权重 2\n" in result.stdout


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            st.characters(whitelist_categories=("L", "N", "P", "S", "Zs"), blacklist_characters=",，、="),
            min_size=1,
            max_size=8,
        )
        .map(str.strip)
        .filter(bool),
        min_size=1,
        max_size=4,
        unique=True,
    )
)
@example(["0", "null", "true", "- a", "#x", "a: b", "[1]", "'q'", "海曙区", "市委组织部(市委人才办)"])
def test_any_unit_name_reads_back_as_itself(tmp_path_factory, names):
    """Names YAML would read as something else (0, null, true, - a, #x, 'a: b') are quoted."""
    folder = tmp_path_factory.mktemp("names")
    result = invoke("allocate", "--total", "10人次", "--weight", "、".join(names) + "=1")
    assert result.exit_code == 0, result.stderr
    plan = Repository(str(folder)).load(str(write(folder, "p.yaml", "document: {title: x}\n" + result.stdout)))
    assert [row.name for row in plan.tables[0].rows] == names
    assert sum(row.cells["金额"].value.nominal for row in plan.tables[0].rows) == D(10)


def test_csv_and_xlsx_hold_exact_figures(tmp_path):
    out = tmp_path / "a.csv"
    assert invoke(*PLAN_FREE, "--format", "csv", "-o", str(out)).exit_code == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["单位", "金额 (万元)", "依据"]
    assert rows[1:] == [
        ["市本级", "400", "固定 (--fixed 市本级)"],
        ["甲区", "300", "不低于100万元 (--floor 甲区,乙区); 权重 2"],
        ["乙区", "200", "不低于100万元 (--floor 甲区,乙区); 权重 1"],
        ["丙园区", "100", "权重 1"],
        ["合计", "1000", ""],
    ]
    book = tmp_path / "a.xlsx"
    assert invoke(*PLAN_FREE, "--format", "xlsx", "-o", str(book), "--lang", "en").exit_code == 0
    import openpyxl

    sheet = openpyxl.load_workbook(book).active
    assert [[c.value for c in row] for row in sheet.iter_rows()][-2:] == [
        ["丙园区", 100, "weight 1"],
        ["合计 (total)", 1000, None],
    ]


def test_tenths_stay_exact_in_xlsx(tmp_path):
    book = tmp_path / "t.xlsx"
    assert invoke("allocate", NINGBO, "--goal", "到位资金", "--format", "xlsx", "-o", str(book)).exit_code == 0
    import openpyxl

    values = [row[1].value for row in openpyxl.load_workbook(book).active.iter_rows(min_row=2)]
    assert values == [1.2] * 7 + [1.1] * 9 + [18.3]


def test_never_overwrites_without_force(tmp_path):
    out = tmp_path / "p.yaml"
    out.write_text("mine\n", encoding="utf-8")
    refused = invoke(*PLAN_FREE, "-o", str(out))
    assert refused.exit_code == 2
    assert refused.stderr == f"shanhai-check: {out} 已存在,未写入任何文件; 加 --force 覆盖\n"
    assert out.read_text(encoding="utf-8") == "mine\n"
    forced = invoke(*PLAN_FREE, "-o", str(out), "--force")
    assert (forced.exit_code, forced.stdout) == (0, f"{out}\n")
    assert out.read_text(encoding="utf-8").startswith("# 金额 1000万元 (--total) 的分配方案")
    assert sorted(os.listdir(tmp_path)) == ["p.yaml"]  # no temporary file left behind


def test_an_impossible_allocation_writes_nothing(tmp_path):
    out = tmp_path / "p.yaml"
    result = invoke("allocate", NINGBO, "--goal", "援建资金", "--total", "2700", "-o", str(out))
    assert result.exit_code == 2 and not out.exists() and os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("allocate", NINGBO),
            "请用 --goal 指定要分配的指标 "
            "(有: 援建资金, 社会帮扶资金, 到位资金, 销售额, 挂职干部, 培训就业, 消薄飞地, 乡村振兴示范点)",
        ),
        (("allocate", NINGBO, "--goal", "援助"), "计划中没有指标 '援助' (有: "),
        (
            ("allocate", NINGBO, "--goal", "援建资金", "--floor", "海曙=120"),
            "名册中没有单位或组 '海曙' (或该组不可列举)",
        ),
        (("allocate", NINGBO, "--goal", "援建资金", "--floor", "海曙区"), "--floor '海曙区' 应写成 单位,单位=数值"),
        (
            ("allocate", NINGBO, "--goal", "援建资金", "--floor", "海曙区=120人次"),
            "--floor 的数值 '120人次' 有误: 单位不可换算: 人次 与 万元",
        ),
        (
            ("allocate", NINGBO, "--goal", "援建资金", "--floor", "海曙区=120以上"),
            "--floor 的数值 '120以上' 应为确定的数 (不带以上、左右、区间)",
        ),
        (
            ("allocate", NINGBO, "--goal", "援建资金", "--weight", "海曙区=-1"),
            "权重 '-1' 应为不小于 0 的数 (--weight 海曙区=-1)",
        ),
        (("allocate", "--fixed", "甲=1"), "没有计划时须用 --total 给出带单位的总额 (如 2757万元)"),
        (("allocate", "--total", "10", "--fixed", "甲=1"), "没有计划时须用 --total 给出带单位的总额 (如 2757万元)"),
        (("allocate", "--total", "10个", "--format", "xlsx"), "--format xlsx 需要 -o/--output 文件"),
        (
            ("allocate", "--total", "10个"),
            "没有可分配的单位: 请给出计划,或用 --fixed/--floor/--ceiling/--weight 列出单位",
        ),
        (
            ("allocate", NINGBO, "--goal", "挂职干部"),
            "没有可分配的单位: 计划中 新一轮挂职干部人才 没有表列、分组规则或正文分配; 请用",
        ),
        (
            ("allocate", str(ROOT / "plans" / "2023-jiangbei-liandu.yaml")),
            "请用 --goal 指定要分配的指标 (有: 乡村振兴示范点, 示范点基础设施项目, 示范点产业项目, 销售额, ",
        ),
        (("allocate", str(ROOT / "plans" / "rosters" / "ningbo-city.yaml"), "--goal", "x"), "是名册文件,不是计划"),
    ],
)
def test_bad_requests_are_one_line_and_exit_2(args, message):
    result = invoke(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_weights_from_a_csv_file_flags_win(tmp_path):
    weights = write(tmp_path, "w.csv", "单位,权重\n海曙区,3\n市定结对,1\n宁波保税区,0\n大榭开发区,0\n东钱湖,0\n")
    result = invoke(
        "allocate",
        NINGBO,
        "--goal",
        "援建资金",
        "--total",
        "2800",
        "--weights",
        str(weights),
        "--weight",
        "江北区=2",
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.stderr
    rows = dict(line.split(",")[:2] for line in result.stdout.splitlines()[1:])
    # 43 over weights 海曙区 1 (the group row comes later and wins), 江北区 2, six others 1:
    # 86/9 = 9.56 and 43/9 = 4.78 each; the six steps missing go to the larger remainders.
    assert rows["江北区"] == "119" and rows["海曙区"] == "115" and rows["宁波保税区"] == "0" and rows["合计"] == "2800"
    # Seven equal remainders of 7/9 for six steps: the last listed goes without, and the tie is said.
    assert rows["宁波国家高新区"] == "114"
    assert result.stderr == (
        "余数相同、按列出顺序决定的单位: "
        "海曙区、奉化区、宁海县、象山县、宁波杭州湾新区、梅山物流产业集聚区、宁波国家高新区\n"
    )


def test_a_bad_weight_row_is_named_by_file_and_line(tmp_path):
    weights = write(tmp_path, "w.csv", "海曙区,3\n江北区,many\n")
    result = invoke("allocate", NINGBO, "--goal", "援建资金", "--weights", str(weights), "--lang", "en")
    assert (result.exit_code, result.stderr) == (
        2,
        f"shanhai-check: the weight 'many' should be a number not below 0 ({weights}:2)\n",
    )
