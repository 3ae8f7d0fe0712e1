"""The 2020 宁波 plan (seeds/000): exactly the inconsistencies the source really has.

Line numbers are those of plans/2020-ningbo-shanhai.yaml.
"""

import pytest

from conftest import ROOT, findings_in
from shanhai_check.engine import run

PLAN = "plans/2020-ningbo-shanhai.yaml"


@pytest.fixture(scope="module")
def result():
    return run([str(ROOT / PLAN)], root=str(ROOT))


@pytest.fixture(scope="module")
def plan_file(result):
    (file,) = [f for f in result.files if f.path.endswith(PLAN)]
    assert not file.errors, [str(e) for e in file.errors]
    return file


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # 一、(二)主要目标: "落实援建资金2757万元", but 附件1's 援建资金 合计 is 1985; the gap is exactly
            # 二、(四)10 "今年宁波市市本级落实援建资金772万元", and 附件1 has no 市本级 row.
            ("SH201", 61),
            # 一、(二): "选派40名新一轮挂职干部人才到对口地区挂职历练" — no table, rule or task gives anyone
            # a share of the 40 (正文 7 / 附件2 21 speak of 互派 without a number).
            ("SH205", 65),
            # 二、(一)1: "组织当地企业赴结对地区开展13次以上有实质性内容对接投资洽谈会", while 附件2 item 1 asks
            # each of 各区县(市)、开发园区 (10 + 6 = 16 units) for "1次以上": 16 ≠ 13. 13 is the number of
            # 结对 units (5 省定 + 8 市定), so the attachment's unit list is broader than the headline meant.
            ("SH402", 154),
            # 附件2 17 "继续组织职工到丽水、衢州疗休养。牵头单位:市总工会配合单位:各区县(市)、开发园区", but
            # 正文 6 gives the same clause "【牵头单位:市总工会;责任单位:各区县(市)、开发园区】".
            ("SH502", 397),
            # 附件2 prints "(七)加强人力资源合作" twice (before items 18 and 20).
            ("SH601", 410),
            # 附件2 20 "配合单位:市委组织部(市人才办)"; 正文 7 and the roster: 市委组织部(市委人才办).
            ("SH501", 413),
            # 附件2 prints "(八)开展社会事业合作" twice (before items 22 and 25).
            ("SH601", 434),
            # 附件2 items run 28, (unnumbered 依托宁波市场资源优势… under (九)), 30: number 29 is missing.
            ("SH602", 460),
            # 附件2 33 "牵头单位:市民政局配合单位:市委宣传部、…、市慈善总会", but 正文 11 makes the same units
            # "责任单位:市委宣传部、市卫生健康委、…、市慈善总会".
            ("SH502", 477),
        ]
    )


def test_corrected_copy_has_no_contradictions():
    # tests/corrected/2020-ningbo-shanhai.yaml: 附件1 gains the 市本级 row (合计 2757), 附件2 1 names the
    # 13 结对 units, roles and names follow the body, the repeated headings go, item 29 gets its number.
    # The 40 挂职干部 stay without a breakdown: the source is silent, not contradictory.
    assert findings_in("tests/corrected", "2020-ningbo-shanhai.yaml", levels=("error", "warning", "info")) == [
        ("SH205", 66)
    ]


def test_the_yuanjian_message_shows_the_arithmetic_and_both_sides(plan_file):
    finding = next(f for f in plan_file.findings if f.code == "SH201")
    assert (
        finding.text()
        == "援建资金 目标 2757万元 = 1985万元 (附件1 合计) + 772万元 (市本级, 二、(四)10): 附件1 缺市本级一行"
    )
    assert [r.line for r in finding.related] == [105, 71]  # 附件1 合计 cell, the 市本级 allocation


def test_the_negotiation_message_counts_the_units(plan_file):
    finding = next(f for f in plan_file.findings if f.code == "SH402")
    text = finding.text()
    assert "13次以上 (正文 第1项第1句)" in text and "每单位 1次以上 × 16 个单位 = ≥16次" in text
    assert "各区县(市) (10: 海曙区、江北区" in text and "开发园区 (6: 宁波杭州湾新区" in text
    assert "名册中 结对 恰有 13 个成员" in text
    assert finding.related[0].line == 318  # 附件2 item 1's target


def test_the_other_totals_are_confirmed(plan_file):
    texts = [v.text() for v in plan_file.verified]
    column_sums = [v for v in plan_file.verified if v.code == "SH101"]
    # The 合计 row (line 105): all four columns add up, 到位资金 18.3亿 among them.
    assert [v.location.line for v in column_sums] == [105] * 4
    for prefix in (
        "附件1 产业合作项目实际到位资金 合计 18.3亿元 = 海曙区 1.3 + 江北区 1.3 + 镇海区 2",
        "附件1 援建资金 合计 1985万元 = ",
        "附件1 社会帮扶资金 合计 650万元 = ",
        "附件1 优质农特产品销售额 合计 5700万元 = ",
        "市定结对 8 个成员的援建资金均符合 110万元以上",
        "结对 13 个成员的社会帮扶资金均符合 50万元以上",
    ):
        assert any(t.startswith(prefix) for t in texts), prefix
    for expected in (
        "产业合作项目实际到位资金 目标 18.3亿元 = 18.3亿元 (附件1 合计)",
        "社会帮扶资金 目标 650万元 = 650万元 (附件1 合计)",
        "优质农特产品销售额 目标 5700万元 = 5700万元 (附件1 合计)",
        "省定结对 5 个成员与名册一致",
        "市定结对 8 个成员与名册一致",
    ):
        assert expected in texts


def test_plan_encodes_the_whole_seed(result):
    from shanhai_check.load import Repository

    plan = Repository(str(ROOT)).load(str(ROOT / PLAN))
    assert len(plan.goals) == 8
    table = plan.tables[0]
    assert len(table.rows) == 16 and [c.key for c in table.columns] == [
        "到位资金",
        "援建资金",
        "社会帮扶资金",
        "销售额",
    ]
    assert [t.id for t in plan.tables] == ["附件1", "附件3 一", "附件3 二"]
    lists = {tl.id: tl for tl in plan.task_lists}
    assert len({t.item for t in lists["正文"].items}) == 15
    attachment_items = [t.item for t in lists["附件2"].items]
    assert len(attachment_items) == 38 and None in attachment_items and 29 not in attachment_items
    assert len(plan.roster.members(plan.roster.group("结对"))) == 13
    assert {c.number for c in plan.document.cites} == {"浙委发〔2018〕3号", "甬党发〔2018〕32号", ""}


SEEDS = ROOT.parent / "shared" / "seeds"


def test_the_published_text_gives_the_plans_role_findings_without_yaml():
    # The two SH502 of the plan (附件2 17 and 33 against 正文 6 and 11), read from the text itself:
    # at the attachment's role line (seed lines 385 and 467), the body's bracket as the related line.
    result = run([str(SEEDS / "000_c29847e117ae2a05.txt")], root=str(SEEDS))
    (file,) = result.files
    found = [(f.location.line, [r.line for r in f.related], f.text()) for f in file.findings if f.code == "SH502"]
    assert found == [
        (385, [57], "各区县(市)、开发园区 在 附件2 第17项 是配合单位,在同一任务的 正文 第6项 却是责任单位"),
        (
            467,
            [71],
            "市委宣传部、市卫生健康委、市国资委、各区县(市)、有关开发园区、"
            "市总工会、团市委、市妇联、市红十字会、市慈善总会 "
            "在 附件2 第33项 是配合单位,在同一任务的 正文 第11项 却是责任单位",
        ),
    ]
