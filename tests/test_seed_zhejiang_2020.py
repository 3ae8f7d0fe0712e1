"""浙江省 2020 山海协作 work points, province level (seeds/003_283c1ae9edba3b2b.txt, all 20 lines):
exactly the inconsistencies the source really has.

The text contradicts itself nowhere: 八大行动计划 = the 8 "实施…计划" paragraphs (seed lines 5, 9-15),
三大平台 = 3 (lines 6-8), 两个规划 = 2 (line 1), 5条线路 = 5 themes (line 13); every date lies in
its period 2020-2025. What the checker must report is what it leaves unsaid.

Line numbers are those of plans/2020-zhejiang-shanhai.yaml (and of the corrected copy).
"""

from conftest import ROOT, findings_in

from shanhai_check.engine import run

PLAN = "plans/2020-zhejiang-shanhai.yaml"


# seed line 8 "2020年,30个“消薄飞地”基本建成并全部实现返利" and line 11 "2020年,验收乡村振兴示范点26个以上"
# are given to nobody in the province's text; the 2020 宁波 plan breaks them down (parent: links):
# "推进落实6个已命名的山海协作“消薄飞地”建设", "推进落实丽水、衢州14个乡村振兴示范点". So no SH205 there.


def test_the_ningbo_goals_roll_up_into_the_province_goals():
    result = run([str(ROOT / "plans")], root=str(ROOT))
    (province,) = [f for f in result.files if f.path.endswith(PLAN)]
    rolled = sorted(v.text() for v in province.verified if v.code == "SH901")
    assert len(rolled) == 2
    assert "消薄飞地 30个" in rolled[1] and "6个" in rolled[1]
    assert "乡村振兴示范点 26个以上" in rolled[0] and "14个" in rolled[0]


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # seed line 11: "力争到2025年,推动26县建设100个左右山海协作乡村振兴示范点" — no breakdown
            # (no city share, no county list), and no child plan counts toward it.
            ("SH205", 68),
            # seed line 13: "重点打造以康养、乡愁、传统文化、海洋渔业、红色教育为主题的5条最美生态旅游线路" —
            # the themes are listed, but nobody is given a route to build.
            ("SH205", 75),
            # seed line 6: "力争9个园区亩均税收、亩均增加值收较2019年均提高10%以上" — a per-park target
            # ("均") for 9 parks the text never names: neither rule can be checked.
            ("SH303", 86),
            ("SH303", 92),
        ]
    )


def test_corrected_copy_has_no_contradictions():
    # Nothing is contradictory; what remains is silence (the copy only mends the typo 亩均增加值收):
    # the two goals above without a breakdown, the 9 unnamed parks, and — unless a 宁波 plan in
    # tests/corrected rolls up into this one (it does) — the 30个消薄飞地 and 26个以上示范点 too.
    assert findings_in("tests/corrected", PLAN.replace("plans/", ""), levels=("error", "warning", "info")) == sorted(
        [
            ("SH205", 74),
            ("SH205", 81),
            ("SH303", 92),
            ("SH303", 98),
        ]
    )
