"""2023年江北区与黄州区(大别山革命老区)对口合作工作计划及任务分解, 附件1 of the 江北区 notice
dated 2023-06-30 (seeds/001_fb8b099e12eb13fd.txt, lines 19-140): exactly the inconsistencies the
source really has.

Its units are checked against 附件3 区绩效考评单位名单 (plans/rosters/jiangbei-district.yaml).
SH501 reports each unknown name once, at its first place; the other places are in the comments.
The cross-plan SH801 (发改振兴〔2022〕76号 here, 766号 in 附件2) is reported on the later of the two
citations, which is in plans/2023-jiangbei-liandu.yaml: see tests/test_seed_jiangbei_liandu_2023.py.
"""

from conftest import findings_in

PLAN = "plans/2023-jiangbei-huangzhou.yaml"


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # item 1 (seed line 34) "〔责任单位:区委办公室、区政府办公室、区对口办〕", again item 2 (line 36,
            # YAML 82): 附件3 prints "区委办(区台办)" (line 215), not 区委办公室.
            ("SH501", 77),
            # same lines: 附件3 prints "区政府办(区外办)", not 区政府办公室.
            ("SH501", 77),
            # same item 1, and items 3 (line 38, YAML 92) and 5 (line 42, YAML 103 and 105): 区对口办 is not
            # in 附件3 at all (most plausibly 区发改局, which issues the notice).
            ("SH501", 77),
            # item 2 (line 36) "〔责任单位:区人大常委会办公室、区政协办公室、其他区领导所在单位办公室〕":
            # 附件3 prints 区人大办 ...
            ("SH501", 86),
            # ... and 区政协办.
            ("SH501", 86),
            # item 10 (line 56) "〔责任单位:区商务局、区机关事务局、区绩效考评单位,各街道(镇)〕": 附件3
            # prints 区机关事务管理局.
            ("SH501", 150),
            # item 13 (line 64) "〔责任单位:区审管(公管)办〕": 附件3 prints 区审管办.
            ("SH501", 168),
            # item 31 (line 106) "〔责任单位:区委国安办〕": 附件3 prints 区国安办.
            ("SH501", 248),
            # item 34 (line 112) "〔责任单位:区税务局〕": 附件3 prints 江北区税务局.
            ("SH501", 260),
            # item 35 (line 114) "〔责任单位:区气象局〕": 附件3 prints 江北区气象局.
            ("SH501", 264),
            # item 42 (line 128) "〔责任单位:区纪委区监委机关、区民政局、区审计局〕": 附件3 prints 区纪委区监委.
            ("SH501", 292),
        ]
    )


def test_corrected_copy_has_no_contradictions():
    # Nothing remains: the plan states no numeric headline goal (一、工作目标 has none), so there is
    # no silent breakdown to leave behind; the cite reads 766号 in both corrected copies.
    assert findings_in("tests/corrected", PLAN.replace("plans/", ""), levels=("error", "warning")) == sorted([])
