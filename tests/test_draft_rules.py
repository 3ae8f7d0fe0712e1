"""Draft rules (SHx1x) on the seeds as published: exactly the numbering faults they print."""

from shanhai_check.engine import run

SEEDS = "../shared/seeds"


def _found(path, codes=("SH611", "SH612")):
    result = run([path])
    (file,) = result.files
    assert not file.errors
    return sorted((f.code, f.location.line, tuple(r.line for r in f.related)) for f in file.findings if f.code in codes)


def test_ningbo_2020_attachment_2_repeats_two_headings_and_skips_item_29():
    # 附件2: "(七)" at 387 and again at 397, "(八)" at 407 and 421; item 28 (435) then 30 (449)
    assert _found(f"{SEEDS}/000_c29847e117ae2a05.txt") == [
        ("SH611", 397, (387,)),
        ("SH611", 421, (407,)),
        ("SH612", 449, (435,)),
    ]


def test_haidong_notice_prints_heading_three_twice():
    # "三、资金分配情况表" (line 6) and "三、监督电话" (line 8)
    assert _found(f"{SEEDS}/extra/01-haidong-2018-dongxibu-zijin-fenpei.txt") == [("SH611", 8, (6,))]


def test_lists_that_run_in_order_are_confirmed_not_reported():
    # 江北 2023: 附件1 numbers 1–43 across its headings, 附件2 restarts; nothing is skipped
    result = run([f"{SEEDS}/001_fb8b099e12eb13fd.txt"])
    assert [f for f in result.findings if f.code in ("SH611", "SH612")] == []
    confirmed = [v.text() for v in result.files[0].verified if v.code == "SH612"]
    assert "附件1 的项号 1 至 43 依次连续" in confirmed


def test_an_attachment_list_line_starts_its_own_numbering(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("1.甲。\n2.乙。\n附件:1.丙表\n2.丁表\n", encoding="utf-8")
    assert _found(str(draft)) == []


def test_no_error_on_a_relation_the_fixture_says_holds():
    """Precision first: on the hand-made relations fixture (every arithmetic relation of the
    seeds and extras, worked out by hand), no error-level finding stands where a relation holds."""
    from relations_fixture import scores

    results = scores()
    assert len(results) == 9
    assert [(s.source, f.code, f.location.line) for s in results for f in s.false_errors] == []
