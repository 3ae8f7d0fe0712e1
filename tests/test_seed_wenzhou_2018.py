"""温州市人民政府关于打造山海协作工程升级版的实施意见 (温政发〔2018〕26号, dated 2018-12-07;
seeds/002_a92242b81cc0d015.txt): exactly the inconsistencies the source really has.

Line numbers are those of plans/2018-wenzhou-shanhai.yaml.
"""

from conftest import ROOT, findings_in

from shanhai_check.engine import run

PLAN = "plans/2018-wenzhou-shanhai.yaml"


def test_exactly_the_expected_findings():
    assert findings_in("plans", PLAN) == sorted(
        [
            # seed line 37, 二、(二)1: "2018年7月底前,按照《浙江省山海协作产业园管理办法》(浙山海办〔2018〕23号)
            # 的要求,…完成“山海协作产业园管委会的组建工作" — 2018-07-31, four months before the
            # opinion's own date 2018-12-07 (seed lines 6, 71): an error, no reading saves it.
            ("SH701", 126),
            # seed line 39, 二、(二)2: "于2018年四季度前完成规划评审并报省发改委备案" — literally before
            # 2018-10-01, already past on 2018-12-07; read loosely (by 2018-12-31) still possible: a warning.
            ("SH701", 139),
        ]
    )


def test_the_deadline_findings_are_an_error_and_a_warning():
    result = run([str(ROOT / PLAN)], root=str(ROOT))
    (file,) = [f for f in result.files if f.path.endswith(PLAN)]
    severities = {f.location.line: f.severity.value for f in file.findings if f.code == "SH701"}
    assert severities == {126: "error", 139: "warning"}


def test_corrected_copy_has_no_contradictions():
    # Nothing of error or warning level remains: the source leaves its figures without a
    # published breakdown (附件1 投资计划表 and 附件2 责任分解表 are not on the page), but the
    # plan states them as task targets, not headline goals, so no SH205 is due either.
    assert findings_in("tests/corrected", PLAN.replace("plans/", ""), levels=("error", "warning")) == sorted([])
