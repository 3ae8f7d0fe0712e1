"""The HTML report: a self-contained page with the tables, highlighted cells and charts.

The page is written so that an XML parser can read it too, which the unit tests use; the
browser test at the end loads it in headless Chromium and checks what the browser built.
"""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from conftest import BAD_SUM, ROOT, imported_by, invoke, write
from shanhai_check.engine import run
from shanhai_check.report import svg
from shanhai_check.report.html import render

NINGBO = str(ROOT / "plans" / "2020-ningbo-shanhai.yaml")
SCRIPT = "<script>alert(1)</script>"
QUOTED = '乙"区 onmouseover=x'
# BAD_SUM (SH101: 合计 321 ≠ 110 + 221) with hostile unit names; still the same finding.
HOSTILE = BAD_SUM.replace("甲区", f'"{SCRIPT}"').replace("乙区", f"'{QUOTED}'")


def page(result, lang="zh") -> ET.Element:
    return ET.fromstring(render(result, lang))


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def text(element: ET.Element) -> str:
    return "".join(element.itertext())


def table_section(root: ET.Element, table_id: str) -> ET.Element:
    (found,) = [s for s in root.iter("section") if s.get("data-table") == table_id]
    return found


def highlighted(section: ET.Element) -> list[ET.Element]:
    return [td for td in section.iter("td") if "hl" in classes(td)]


def row_cells(section: ET.Element, row_class: str) -> list[ET.Element]:
    (row,) = [tr for tr in section.iter("tr") if row_class in classes(tr)]
    return list(row.iter("td"))


@pytest.fixture
def plan_file(tmp_path):
    def _write(text: str, name: str = "plan.yaml") -> str:
        return str(write(tmp_path, name, text))

    return _write


# -- the Ningbo plan -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def ningbo():
    result = run([NINGBO], root=str(ROOT))
    return result, page(result), render(result)


def test_ningbo_1985_total_is_highlighted_for_sh201(ningbo):
    result, root, _ = ningbo
    sh201 = result.findings[0]
    assert (sh201.code, sh201.location.line) == ("SH201", 61)
    table = table_section(root, "附件1")
    (cell,) = highlighted(table)  # the only place in 附件1 a finding points at
    assert row_cells(table, "total")[1] is cell  # the 合计 row, 援建资金 column
    assert text(cell) == "1985[1]"
    assert classes(cell) >= {"hl", "hl-related", "sev-warning"}
    assert cell.get("data-line") == "105"
    assert cell.get("title") == "SH201: " + sh201.text()
    assert "2757万元 = 1985万元 (附件1 合计) + 772万元" in cell.get("title")
    (marker,) = cell.iter("a")
    assert marker.get("href") == "#f1"
    # The finding in the list links back to the cell (a related place) and to its goal.
    finding = root.find(".//li[@id='f1']")
    assert finding.get("data-code") == "SH201"
    links = [a.get("href") for a in finding.iter("a")]
    assert f"#{cell.get('id')}" in links
    goal = root.find(f".//td[@id='{links[0][1:]}']")
    assert text(goal) == "2757万元[1]" and "hl-finding" in classes(goal)
    # Its arithmetic is written under the table, beside the cell.
    (note,) = [li for li in table.iter("li") if "note" in classes(li)]
    assert text(note) == "[1] SH201 " + sh201.text()


def test_ningbo_total_row_and_computed_row_side_by_side(ningbo):
    _, root, _ = ningbo
    table = table_section(root, "附件1")
    assert [text(td) for td in row_cells(table, "total")] == ["18.3", "1985[1]", "650", "5700"]
    assert [text(td) for td in row_cells(table, "computed")] == ["18.3", "1985", "650", "5700"]
    # Every column adds up (SH101 verified it), so the stated totals are marked as agreeing.
    agreeing = [td for td in row_cells(table, "total") if "agrees" in classes(td)]
    assert len(agreeing) == 3 and all(td.get("title").startswith("附件1 ") for td in agreeing)


def test_ningbo_has_a_chart_per_metric_with_its_goal(ningbo):
    _, root, _ = ningbo
    charts = list(root.iter("svg"))
    assert [c.get("data-metric") for c in charts] == ["到位资金", "援建资金", "社会帮扶资金", "销售额"]
    assert {c.get("data-table") for c in charts} == {"附件1"}  # 附件3's rows are parks, not units
    for chart in charts:
        assert len([r for r in chart.iter("rect") if classes(r) == {"bar"}]) == 16
        assert len([r for r in chart.iter("rect") if "segment" in classes(r)]) == 16
        assert len([line for line in chart.iter("line") if "goal-line" in classes(line)]) == 1
    funds = charts[1]
    labels = [text(t) for t in funds.iter("text")]
    assert {"2757万元", "1985万元", "1985万元", "海曙区", "221万元"} <= set(labels)
    # One scale for breakdown and goal: the goal (2757) fills the plot, the 1985 sum stops short.
    (goal,) = [r for r in funds.iter("rect") if classes(r) == {"goal"}]
    assert float(goal.get("width")) == svg.PLOT
    (line,) = funds.iter("line")
    assert float(line.get("x1")) == svg.LABEL + svg.PLOT
    last = [r for r in funds.iter("rect") if "segment" in classes(r)][-1]
    end = float(last.get("x")) + float(last.get("width"))
    assert end == pytest.approx(svg.LABEL + svg.PLOT * 1985 / 2757, abs=0.02)


def test_ningbo_page_loads_nothing_and_runs_nothing(ningbo):
    _, root, html = ningbo
    assert "http://" not in html and "https://" not in html
    assert not list(root.iter("script")) and not list(root.iter("link")) and not list(root.iter("img"))
    assert not [e for e in root.iter() if e.get("src")]
    assert all(e.get("href").startswith("#") for e in root.iter("a"))
    policy = [m.get("content") for m in root.iter("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]


def test_ningbo_header_counts_and_files(ningbo):
    result, root, _ = ningbo
    counts = {li.get("data-count"): text(li.find("span")) for li in root.iter("li") if li.get("data-count")}
    assert counts == {
        "error": "0",
        "warning": "8",
        "info": "1",
        "input": "0",
        "verified": str(len(result.files[0].verified)),
        "waived": "0",
    }
    assert len(root.findall(".//ol[@class='findings']/li")) == 9
    files = root.find(".//table[@class='files']/tbody")
    assert [[text(td) for td in tr] for tr in files] == [["plans/2020-ningbo-shanhai.yaml", "计划", "可用", "9"]]


# -- a wrong 合计 --------------------------------------------------------------------------
def test_wrong_total_is_highlighted_with_its_arithmetic(plan_file):
    result = run([plan_file(BAD_SUM)])
    (finding,) = result.findings
    root = page(result)
    table = table_section(root, "附件1")
    (total,) = row_cells(table, "total")
    assert classes(total) >= {"hl", "hl-finding", "sev-error"}
    assert total.get("title") == "SH101: 附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)"
    assert [text(td) for td in row_cells(table, "computed")] == ["331"]
    assert "differs" in classes(row_cells(table, "computed")[0])
    # The rows it adds are highlighted as related, and the finding links to the 合计 cell.
    assert [(text(td), "hl-related" in classes(td)) for td in highlighted(table)] == [
        ("110[1]", True),
        ("221[1]", True),
        ("321[1]", False),
    ]
    place = root.find(".//li[@id='f1']/a")
    assert place.get("href") == f"#{total.get('id')}" and text(place).endswith("plan.yaml:10:13")
    assert [text(li) for li in table.iter("li")] == ["[1] SH101 " + finding.text()]


def test_a_total_that_adds_up_is_not_highlighted(plan_file):
    root = page(run([plan_file(BAD_SUM.replace("[321]", "[331]"))]))
    table = table_section(root, "附件1")
    assert highlighted(table) == [] and table.find(".//li") is None
    (total,) = row_cells(table, "total")
    assert (
        "agrees" in classes(total) and total.get("title") == "附件1 援建资金 合计 331万元 = 甲区 110 + 乙区 221 (万元)"
    )
    assert "differs" not in classes(row_cells(table, "computed")[0])


def test_blank_cell_leaves_the_sum_uncomputed(plan_file):
    root = page(run([plan_file(BAD_SUM.replace("[221]", "[—]"))]))
    (computed,) = row_cells(table_section(root, "附件1"), "computed")
    assert text(computed) == "—" and computed.get("title") == "有空白单元格,不计算"


def test_english_page(plan_file):
    root = page(run([plan_file(BAD_SUM)]), "en")
    assert root.get("lang") == "en"
    assert text(root.find(".//section[@id='findings']/h2")) == "Findings"
    assert (
        row_cells(table_section(root, "附件1"), "total")[0]
        .get("title")
        .startswith("SH101: 附件1 援建资金: stated total 321万元 ≠ sum of rows 331万元")
    )


# -- escaping ------------------------------------------------------------------------------
def test_unit_names_are_text_not_markup(plan_file):
    result = run([plan_file(HOSTILE)])
    html = render(result)
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    root = ET.fromstring(html)
    assert not list(root.iter("script"))
    table = table_section(root, "附件1")
    assert [text(th) for th in table.find(".//tbody").iter("th")] == [SCRIPT, QUOTED]
    (finding,) = result.findings
    (total,) = row_cells(table, "total")
    assert total.get("title") == "SH101: " + finding.text() and SCRIPT in finding.text() and QUOTED in finding.text()
    assert all(e.get("onmouseover") is None for e in root.iter())
    (chart,) = root.iter("svg")
    assert f"{SCRIPT}: 110万元" in [text(t) for t in chart.iter("title")]


# -- the command line ----------------------------------------------------------------------
def test_html_needs_an_output_file(plan_file):
    done = invoke("check", "--format", "html", plan_file(BAD_SUM))
    assert done.exit_code == 2 and "--format html 需要 -o/--output 文件" in done.output


def test_a_report_is_replaced_atomically_without_force(plan_file, tmp_path):
    """A second build on a persistent workspace writes its report again (issue 16): the new
    file is renamed over the old one, never written into it."""
    plan = plan_file(BAD_SUM)
    out = tmp_path / "report.html"
    first = invoke("check", "--format", "html", "-o", str(out), plan)
    assert first.exit_code == 1 and first.stdout == ""  # the plan's error sets the status; the page goes to the file
    assert ET.fromstring(out.read_text(encoding="utf-8")).get("lang") == "zh-CN"
    out.write_text("mine", encoding="utf-8")
    old = out.stat().st_ino
    again = invoke("check", "--format", "html", "-o", str(out), "--lang", "en", plan)
    assert again.exit_code == 1 and again.stderr == ""
    assert ET.fromstring(out.read_text(encoding="utf-8")).get("lang") == "en" and out.stat().st_ino != old
    with_force = invoke("check", "--format", "html", "-o", str(out), "--force", plan)  # still accepted
    assert with_force.exit_code == 1 and ET.fromstring(out.read_text(encoding="utf-8")).get("lang") == "zh-CN"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "report.html"]  # no temporary file left
    assert invoke("check", "--format", "json", "--exit-zero", "-o", str(out), plan).exit_code == 0


def test_data_files_still_need_force(tmp_path):
    """show -o, export and extract --plan write data a planner may have edited: never replaced without --force."""
    plan = str(write(tmp_path, "plan.yaml", BAD_SUM))
    for args in (["show", plan, "--format", "csv", "-o"], ["export", plan, "-o"]):
        target = tmp_path / "t.csv"
        target.write_text("mine", encoding="utf-8")
        refused = invoke(*args, str(target))
        assert refused.exit_code == 2 and target.read_text(encoding="utf-8") == "mine"
        assert invoke(*args, str(target), "--force").exit_code == 0 and target.read_text(encoding="utf-8-sig") != "mine"


def test_output_works_for_the_other_formats(plan_file, tmp_path):
    plan = plan_file(BAD_SUM)
    printed = invoke("check", "--format", "json", plan).stdout
    assert invoke("check", "--format", "json", "-o", str(tmp_path / "r.json"), plan).exit_code == 1
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == printed


def test_html_output_does_not_import_heavy_modules(tmp_path):
    assert (
        imported_by(
            ["check", "--format", "html", "-o", str(tmp_path / "r.html"), "plans"], ("pandas", "tabulate", "numpy")
        )
        == []
    )
    assert (tmp_path / "r.html").stat().st_size > 10_000


# -- in a real browser ---------------------------------------------------------------------
class Dom(HTMLParser):
    """What the browser serialised: every start tag with its attributes, and the text."""

    def __init__(self, markup: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.texts.append(data)

    def having(self, tag: str, css: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag and css in (a.get("class") or "").split()]


def chromium() -> str | None:
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)


def rendered(browser: str, page, tmp_path) -> "Dom":
    """The page as headless Chromium builds it (its DOM after parsing and layout)."""
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        page.as_uri(),
    ]
    dumped = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    return Dom(dumped.stdout)


def test_the_page_in_headless_chromium(tmp_path, monkeypatch):
    browser = chromium()
    if browser is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium; .ci/run installs it)")
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    done = invoke("check", "--format", "html", "-o", str(out), NINGBO, str(write(tmp_path, "hostile.yaml", HOSTILE)))
    assert done.exit_code == 1, done.output
    dom = rendered(browser, out, tmp_path)
    assert [t for t, _ in dom.tags if t == "script"] == []  # the unit's name created no element
    assert SCRIPT in dom.texts and QUOTED in dom.texts  # ... it is text in the table
    flagged = sorted((int(a["data-line"]), a["class"]) for a in dom.having("td", "hl"))
    assert flagged == [
        (8, "num hl hl-related sev-error"),  # hostile.yaml: the rows SH101 adds up ...
        (9, "num hl hl-related sev-error"),
        (10, "num hl hl-finding sev-error"),  # ... and its wrong 合计
        (61, "num hl hl-finding sev-warning"),  # Ningbo: the 援建资金 goal (SH201) ...
        (65, "num hl hl-finding sev-info"),  # ... 挂职干部 without breakdown (SH205, a note)
        (71, "num hl hl-related sev-warning"),  # ... 市本级 772万元 in the prose (SH201)
        (105, "num hl hl-related sev-warning"),  # ... 附件1 合计 援建资金 1985 (SH201)
    ]
    assert len(dom.having("svg", "chart")) == 5
    assert len(dom.having("rect", "bar")) == 4 * 16 + 2
    assert len(dom.having("line", "goal-line")) == 4  # hostile.yaml sets no goal
    assert re.search(r"1985万元", " ".join(dom.texts))
    assert Decimal(dom.having("rect", "goal")[1]["width"]) == svg.PLOT


def test_findings_are_listed_errors_first(tmp_path):
    """plans/ has 2 errors among its findings: they head the list, then warnings, then notes."""
    result = run([str(ROOT / "plans")], root=str(ROOT))
    items = [li for li in page(result).iter("li") if li.get("data-code") and li.get("id", "").startswith("f")]
    levels = [next(c for c in classes(li) if c.startswith("sev-")) for li in items]
    assert len(items) == len(result.findings)
    assert levels == sorted(levels, key=["sev-error", "sev-warning", "sev-info"].index)
    assert levels[:2] == ["sev-error", "sev-error"] and "sev-error" not in levels[2:]
    assert [li.get("data-code") for li in items[:2]] == ["SH701", "SH801"]


def test_a_folder_mixing_plans_and_drafts_in_headless_chromium(tmp_path):
    """Issue 16: the page for a folder of plans and a draft lists the draft's findings and its file."""
    browser = chromium()
    if browser is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium; .ci/run installs it)")
    folder = tmp_path / "mixed"
    write(folder, "plan.yaml", HOSTILE)
    write(folder, "草稿.txt", "全年落实资金100万元,其中教育60万元、医疗50万元。\n")
    out = tmp_path / "report.html"
    done = invoke("check", "--format", "html", "-o", str(out), str(folder))
    assert done.exit_code == 1, done.output
    dom = rendered(browser, out, tmp_path)
    findings = [a for t, a in dom.tags if t == "li" and a.get("data-code")]
    assert {a["data-code"] for a in findings} >= {"SH111", "SH101"}  # the draft's finding and the plan's
    text = " ".join(dom.texts)
    assert "草稿.txt" in text  # the draft is among the files
    assert "所列各部分之和 教育 60 + 医疗 50 = 110万元,超过总数 100万元" in text  # its arithmetic is shown
