"""Document-level and cross-plan checks: the cases their docstring examples do not cover."""

from datetime import date

import pytest

from shanhai_check.dates import DatePhraseError, read_date_phrase
from shanhai_check.engine import run


def codes(result):
    return sorted((f.code, f.location.line) for f in result.findings)


# -- date phrases ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase, earliest, latest",
    [
        ("2018年7月底前", date(2018, 7, 31), date(2018, 7, 31)),
        ("2018年四季度前", date(2018, 9, 30), date(2018, 12, 31)),  # literally before Q4; loosely by its end
        ("2019年前", date(2018, 12, 31), date(2019, 12, 31)),
        ("2020 年前", date(2019, 12, 31), date(2020, 12, 31)),
        ("力争2018年", date(2018, 12, 31), date(2018, 12, 31)),
        ("到2025年", date(2025, 12, 31), date(2025, 12, 31)),
        ("3月22日前", date(2019, 3, 22), date(2019, 3, 22)),  # no year: the plan's
        ("年底前", date(2019, 12, 31), date(2019, 12, 31)),
        ("十二月底", date(2019, 12, 31), date(2019, 12, 31)),
        ("第三季度末", date(2019, 9, 30), date(2019, 9, 30)),
        ("上半年", date(2019, 6, 30), date(2019, 6, 30)),
        ("２０２０年６月底前", date(2020, 6, 30), date(2020, 6, 30)),  # full-width digits
    ],
)
def test_date_phrases_are_read_as_deadlines(phrase, earliest, latest):
    reading = read_date_phrase(phrase, 2019)
    assert (reading.earliest, reading.latest, reading.recurring) == (earliest, latest, False)


@pytest.mark.parametrize("phrase", ["每年10月底前", "当年5月底前", "于每月25日前", "每季度末", "每半年"])
def test_recurring_phrases_have_no_single_date(phrase):
    reading = read_date_phrase(phrase, 2019)
    assert reading.recurring and reading.earliest is None


@pytest.mark.parametrize("phrase, year", [("适时", 2019), ("尽快", 2019), ("6月底前", None), ("2018年13月底前", 2019)])
def test_unreadable_phrases_raise(phrase, year):
    with pytest.raises(DatePhraseError):
        read_date_phrase(phrase, year)


PLAN_2018 = """
document: {title: 示例, date: '2018-12-07', period: {from: 2018, to: 2020}}
task_lists:
  - id: 正文
    items:
      - item: 1
        deadlines: [{deadlines}]
"""


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("2018年7月底前", [("SH701", "error")]),
        ("2018年四季度前", [("SH701", "warning")]),
        ("2019年前", []),  # literally by 2018-12-31: after the document's date
        ("每年10月底前", []),
        ("2021年6月底前", [("SH702", "warning")]),
        ("2020年前", []),
    ],
)
def test_deadlines_against_the_document_date_and_period(check_text, phrase, expected):
    result = check_text(PLAN_2018.replace("{deadlines}", phrase))
    assert [(f.code, f.severity.value) for f in result.findings] == expected


def test_a_deadline_that_is_no_date_is_an_input_error(check_text):
    result = check_text(PLAN_2018.replace("{deadlines}", "适时"))
    (error,) = result.input_errors
    assert error.code == "SH004" and error.location.line == 7 and result.exit_code == 2


# -- numbering -----------------------------------------------------------------------------
def _numbered(*entries):
    body = "\n".join(f"      - {e}" for e in entries)
    return f"document: {{title: 示例}}\ntask_lists:\n  - id: 附件\n    items:\n{body}\n"


def test_items_may_restart_under_each_heading_or_run_on(check_text):
    restart = _numbered("heading: (一)甲", "item: 1", "item: 2", "heading: (二)乙", "item: 1", "item: 2")
    run_on = _numbered("heading: 一、甲", "heading: (一)甲", "item: 1", "heading: 二、乙", "heading: (二)乙", "item: 2")
    assert check_text(restart, "a.yaml").findings == []
    assert check_text(run_on, "b.yaml").findings == []


def test_repeats_and_gaps_are_found_at_the_second_number(check_text):
    text = _numbered(
        "heading: (一)甲", "item: 1", "item: 2", "item: 2", "heading: (三)丙", "item: 3", "item: null", "item: 5"
    )
    assert codes(check_text(text)) == [("SH601", 8), ("SH602", 9), ("SH602", 12)]


def test_a_restart_without_a_heading_is_a_repeat(check_text):
    assert codes(check_text(_numbered("item: 1", "item: 2", "item: 1"))) == [("SH601", 7)]


def test_a_heading_entry_takes_no_other_keys(check_text):
    result = check_text(_numbered("{heading: (一)甲, item: 1}"))
    assert [e.code for e in result.input_errors] == ["SH005"]


# -- units and roles ---------------------------------------------------------------------
ROLES = """
document: {title: 示例}
roster:
  units: [市工商联, 市总工会, 甲区, 乙区]
  groups: [{name: 区县(市), aliases: [各区县(市)]}]
task_lists:
  - id: 正文
    items:
      - item: 6
        parts:
          - units: {牵头: [市工商联], 配合: [各区县(市)]}
          - units: {牵头: [市总工会], 责任: [各区县(市)]}
  - id: 附件2
    items:
      - item: 16
        ref: 正文:6
        units: {牵头: [市工商联], 配合: [各区县(市)]}
      - item: 17
        ref: 正文:6
        units: {牵头: [市总工会], 配合: [各区县(市)]}
"""


def test_an_attachment_item_is_compared_with_the_clause_it_restates(check_text):
    # Item 16 restates clause 1 (各区县(市) 配合 there too); item 17 restates clause 2, where
    # 各区县(市) is 责任: only item 17 contradicts the body.
    result = check_text(ROLES)
    (finding,) = result.findings
    assert (finding.code, finding.location.line) == ("SH502", 20)
    assert finding.related[0].line == 12
    assert "各区县(市) 在 附件2 第17项 是配合单位,在同一任务的 正文 第6项 却是责任单位" in finding.text()


def test_lead_and_responsible_both_answer_for_a_task(check_text):
    text = ROLES.replace("{牵头: [市总工会], 配合: [各区县(市)]}", "{牵头: [市总工会, 各区县(市)]}")
    assert check_text(text).findings == []


def test_unknown_units_are_reported_once_with_abbreviations_first(check_text):
    text = """
    document: {title: 示例}
    roster:
      units: [区机关事务管理局, 区商务局, 区委办(区台办)]
    task_lists:
      - id: 附件1
        items:
          - {item: 1, units: {责任: [区机关事务局, 区商务局]}}
          - {item: 2, units: {责任: [区机关事务局]}}
    """
    (finding,) = check_text(text).findings
    assert finding.code == "SH501" and finding.location.line == 8 and [r.line for r in finding.related] == [9]
    assert "(共 2 处);最接近的名册名称: 区机关事务管理局" in finding.text()


def test_a_truncated_list_is_named_in_the_lead_message(check_text):
    text = """
    document: {title: 示例}
    roster: {units: [市经信局, 市金融办]}
    leads: [{units: [市经信局, 市金融办], task_list: 附件1}]
    task_lists:
      - {id: 附件1, truncated: true, items: [{item: 1, units: {牵头: [市经信局]}}]}
    """
    (finding,) = check_text(text).findings
    assert finding.code == "SH504" and "市金融办" in finding.text() and "发布时不完整" in finding.text()


# -- counts ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "claim, expected",
    [
        ("{what: 园区, count: 3个, listed: [甲, 乙, 丙]}", []),
        ("{what: 园区, count: 4个, listed: [甲, 乙, 丙]}", ["SH603"]),
        ("{what: 园区, count: 4个, listed: [甲, 乙, 丙], complete: false}", []),  # 包括…等: may be partial
        ("{what: 园区, count: 2个, listed: [甲, 乙, 丙], complete: false}", ["SH603"]),
        ("{what: 园区, count: 2个以上, listed: [甲, 乙, 丙]}", []),
        ("{what: 单位, count: 八大, group: 区县(市)}", ["SH603"]),
        ("{what: 单位, count: 5个, group: 有关单位}", []),  # open: cannot be counted
    ],
)
def test_counts_against_enumerations(check_text, claim, expected):
    text = f"""
    document: {{title: 示例}}
    roster:
      units: [{{name: 甲区, groups: [区县(市)]}}]
      groups: [{{name: 区县(市)}}, {{name: 有关单位, open: true}}]
    counts: [{claim}]
    """
    assert [f.code for f in check_text(text).findings] == expected


def test_a_count_needs_exactly_one_enumeration(check_text):
    result = check_text("document: {title: 示例}\ncounts: [{what: 园区, count: 3个, listed: [甲], table: 附件1}]\n")
    assert [e.code for e in result.input_errors] == ["SH005"]


# -- repository mode ---------------------------------------------------------------------
PROVINCE = """
document: {title: 省要点, year: 2020, cites: [{title: 若干意见, number: 浙委发〔2018〕3号}]}
metrics: {飞地: {unit: 个}}
goals: [{id: 飞地, metric: 飞地, value: 30个}]
"""
CITY = """
document: {title: 市要点, year: 2020, cites: [{title: 若干意见, number: 浙委发〔2018〕8号}]}
metrics: {飞地: {unit: 个}}
goals: [{metric: 飞地, value: {value}}]
parent: {plan: {parent}, links: [{goal: 飞地, parent_goal: 飞地, relation: {relation}}]}
"""


def _repository(tmp_path, files):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return run([str(tmp_path / "plans")], root=str(tmp_path / "plans"))


def _city(value="6个", parent="province.yaml", relation="share"):
    return CITY.replace("{value}", value).replace("{parent}", parent).replace("{relation}", relation)


def test_cross_plan_findings_are_reported_once_in_the_later_file(tmp_path):
    result = _repository(tmp_path, {"plans/province.yaml": PROVINCE, "plans/city.yaml": _city()})
    # citations are compared in file order: city.yaml comes first, so province.yaml differs from it
    found = [(f.code, f.location.path.rsplit("/", 1)[1]) for f in result.findings]
    assert found == [("SH205", "city.yaml"), ("SH801", "province.yaml")]  # the city's 6 are broken down nowhere
    assert any(v.code == "SH901" for f in result.files for v in f.verified)


@pytest.mark.parametrize(
    "value, relation, code", [("31个", "share", "SH901"), ("6个", "sum", "SH902"), ("30个", "sum", None)]
)
def test_roll_up_relations(tmp_path, value, relation, code):
    result = _repository(
        tmp_path, {"plans/province.yaml": PROVINCE, "plans/city.yaml": _city(value, relation=relation)}
    )
    rollup = [f.code for f in result.findings if f.code.startswith("SH9")]
    assert rollup == ([code] if code else [])


def test_a_parent_outside_the_repository_is_an_error_and_the_rest_is_checked(tmp_path):
    result = _repository(
        tmp_path,
        {"outside.yaml": PROVINCE, "plans/city.yaml": _city(parent="../outside.yaml"), "plans/other.yaml": PROVINCE},
    )
    assert [(e.code, e.location.path.rsplit("/", 1)[1]) for e in result.input_errors] == [("SH007", "city.yaml")]
    assert {f.path.rsplit("/", 1)[1] for f in result.files if not f.errors} == {"other.yaml"}
    assert result.exit_code == 2


def test_a_missing_parent_is_an_input_error_but_the_child_is_still_checked(tmp_path):
    result = _repository(tmp_path, {"plans/city.yaml": _city("-1", parent="nowhere.yaml")})
    (file,) = result.files
    assert [e.code for e in file.errors] == ["SH005"] and "nowhere.yaml" in file.errors[0].message
    assert "SH104" in [f.code for f in file.findings]


def test_a_parent_outside_the_checked_paths_is_read_but_not_reported(tmp_path):
    province = PROVINCE + "tables: [{id: 附件, rows_are: names, columns: [{key: 数, unit: 个}], rows: {甲: [-1]}}]\n"
    for name, text in {
        "plans/province.yaml": province,
        "plans/sub/city.yaml": _city("31个", parent="../province.yaml"),
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([str(tmp_path / "plans" / "sub")], root=str(tmp_path))
    # The province's negative cell (SH104) is not reported: only sub/ was checked.
    assert [(f.code, f.location.path.rsplit("/", 1)[1]) for f in result.findings] == [
        ("SH205", "city.yaml"),
        ("SH901", "city.yaml"),
    ]
