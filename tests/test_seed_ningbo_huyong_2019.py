"""宁波市推进沪甬产业合作工作方案 (甬政办发〔2019〕32号, 2019-03-19; seeds/004_e015fad0e6572e42.txt):
exactly the inconsistencies the source really has.

Line numbers are those of plans/2019-ningbo-huyong.yaml.
"""

from conftest import findings_in

PLAN = "plans/2019-ningbo-huyong.yaml"


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # seed line 33: "2019年,力争新引进科研机构、孵化器等创新载体5家以上,工业和信息化类产业合作项目
            # 20个以上,促成沪甬两地合作共建1~2个产业园" — none of the three is given to any unit, in the
            # body or in the published part of 附件1.
            ("SH205", 62),
            ("SH205", 67),
            ("SH205", 72),
            # seed line 37, 二、(一): "由市经信局、市发改委、市科技局、市金融办、奉化区政府、宁波杭州湾新区管委会
            # 等单位分别牵头" — 附件1 (lines 77-113) shows 市经信局 (1), 市发改委 and 宁波杭州湾新区管委会 (2),
            # 市科技局 (3) as 牵头单位, then stops at "4": 市金融办 and 奉化区政府 lead no published row.
            # The table is truncated (so the message says the row may be in the missing part).
            ("SH504", 195),
            ("SH504", 196),
        ]
    )


def test_corrected_copy_has_no_contradictions():
    # Nothing to correct: the truncated 附件1 cannot be completed from the source, so 市金融办 and
    # 奉化区政府 still lead no published row (SH504), and the three 2019 goals still have no
    # published breakdown (SH205).
    assert findings_in("tests/corrected", PLAN.replace("plans/", ""), levels=("error", "warning", "info")) == sorted(
        [
            ("SH205", 68),
            ("SH205", 73),
            ("SH205", 78),
            ("SH504", 201),
            ("SH504", 202),
        ]
    )
