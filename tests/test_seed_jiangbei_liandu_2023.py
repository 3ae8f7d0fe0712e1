"""2023年江北区与莲都区(浙西南革命老区)对口合作工作计划及任务分解, 附件2 of the 江北区 notice
dated 2023-06-30 (seeds/001_fb8b099e12eb13fd.txt, lines 143-208): exactly the inconsistencies the
source really has.

Its units are checked against 附件3 区绩效考评单位名单 (plans/rosters/jiangbei-district.yaml).
SH501 reports each unknown name once, at its first place; the other places are in the comments.
"""

from conftest import findings_in

PLAN = "plans/2023-jiangbei-liandu.yaml"


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # 引言 (seed line 148) "《国家发展改革委关于印发〈革命老区重点城市对口合作工作方案〉的通知》
            # (发改振兴〔2022〕766号)", while 附件1's 引言 (line 24) cites the same notice as
            # "(发改振兴〔2022〕76号)" (plans/2023-jiangbei-huangzhou.yaml:25). Reported here, on the later
            # citation, though the wrong side is 附件1's: 766号 is the real number.
            ("SH801", 25),
            # 二、(二)2 (line 168) "〔责任单位:区商务局、区市场监管局、区总工会,区机关事务局、区财政局
            # (区国资中心),各街道(镇)〕": 附件3 (line 215) prints 区机关事务管理局.
            ("SH501", 105),
            # 二、(二)4 (line 172) "〔责任单位:区金融监管局〕": not in 附件3 (its financial office is
            # 区金融发展服务中心, which 附件1 item 9 gives the same task).
            ("SH501", 118),
            # 二、(三)2 (line 178) "〔责任单位:区审管(公管)办〕": 附件3 prints 区审管办.
            ("SH501", 132),
            # 二、(三)3 (line 180) "〔责任单位:区委国安办〕": 附件3 prints 区国安办.
            ("SH501", 147),
            # 二、(五)1 (line 192) "〔责任单位:区发改局、区经信局、区对口办〕", and 二、(五)4 (line 198, YAML
            # 215 and 217), 三、1 (line 202, YAML 223), 三、2 (line 204, YAML 235 and 240): 区对口办 is not
            # in 附件3 at all (most plausibly 区发改局, which issues the notice).
            ("SH501", 186),
            # 三、1 (line 202) "〔责任单位:区纪委区监委机关〕": 附件3 prints 区纪委区监委.
            ("SH501", 228),
            # 三、2 (line 204) "〔责任单位:区委办公室、区人大常委会办公室、区政府办公室、区政协办公室、
            # 区对口办〕": 附件3 prints 区委办(区台办) ...
            ("SH501", 235),
            # ... 区人大办 ...
            ("SH501", 235),
            # ... 区政府办(区外办) ...
            ("SH501", 235),
            # ... and 区政协办.
            ("SH501", 235),
        ]
    )


def test_corrected_copy_has_no_contradictions():
    # Nothing remains: the plan states no numeric headline goal (一、指导思想 has none), so there is
    # no silent breakdown to leave behind.
    assert findings_in("tests/corrected", PLAN.replace("plans/", ""), levels=("error", "warning")) == sorted([])
