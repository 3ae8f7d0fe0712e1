"""The planners' documentation: the Chinese format guide says what the English one says."""

import re

import yaml

from conftest import ROOT, yaml_blocks

ENGLISH = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
CHINESE = (ROOT / "docs" / "plan-format.zh.md").read_text(encoding="utf-8")


def test_the_chinese_guide_has_every_example_of_the_english_one():
    """Same YAML, comment for comment translated: each example parses to the same data."""
    english, chinese = yaml_blocks(ENGLISH), yaml_blocks(CHINESE)
    assert len(chinese) == len(english) > 10
    assert [yaml.safe_load(c) for c in chinese] == [yaml.safe_load(e) for e in english]
    assert not re.search(r"# [A-Za-z]", "".join(chinese)), "an English comment was left untranslated"


def test_the_chinese_guide_has_every_section_and_table_row():
    def headings(text):
        return re.findall(r"^#+ ", text, flags=re.M)

    def table_rows(text):
        return len(re.findall(r"^\|", text, flags=re.M))

    def keys(text):  # every `key` the guide names, in the order it names them
        return re.findall(r"`([a-z_]+)`", text)

    assert headings(CHINESE) == headings(ENGLISH)
    assert table_rows(CHINESE) == table_rows(ENGLISH)
    assert set(keys(ENGLISH)) <= set(keys(CHINESE))


# -- shanhai-check init ---------------------------------------------------------------------------
def test_init_writes_a_template_that_checks_clean(tmp_path, monkeypatch):
    from conftest import invoke

    monkeypatch.chdir(tmp_path)
    done = invoke("init")
    assert done.exit_code == 0 and done.stdout.splitlines() == ["plans/示例计划.yaml", "plans/rosters/名册.yaml"]
    checked = invoke("check", "--fail-on", "info", "--format", "json")  # plans/ is the default path
    report = __import__("json").loads(checked.stdout)
    assert checked.exit_code == 0 and report["findings"] == [] and report["input_errors"] == []
    assert sorted(f["kind"] for f in report["files"]) == ["plan", "roster"] and len(report["verified"]) >= 5
    plan = (tmp_path / "plans" / "示例计划.yaml").read_text(encoding="utf-8")
    assert plan.count("#") >= 15 and "docs/plan-format.zh.md" in plan  # commented, and points at the guide


def test_init_never_replaces_files_without_force(tmp_path):
    from conftest import invoke

    folder = tmp_path / "mine"
    assert invoke("init", str(folder)).exit_code == 0
    (folder / "示例计划.yaml").write_text("# my plan\n", encoding="utf-8")
    roster = (folder / "rosters" / "名册.yaml").read_bytes()
    (folder / "rosters" / "名册.yaml").unlink()
    refused = invoke("init", str(folder))
    assert refused.exit_code == 2 and "示例计划.yaml 已存在" in refused.stderr
    assert (folder / "示例计划.yaml").read_text(encoding="utf-8") == "# my plan\n"
    assert not (folder / "rosters" / "名册.yaml").exists()  # all or nothing
    forced = invoke("init", "--force", str(folder))
    assert forced.exit_code == 0 and (folder / "示例计划.yaml").read_text(encoding="utf-8") != "# my plan\n"
    assert (folder / "rosters" / "名册.yaml").read_bytes() == roster
    assert sorted(p.name for p in folder.rglob("*")) == [
        "rosters",
        "名册.yaml",
        "示例计划.yaml",
    ]  # no temporary file left


# -- bilingual --help -------------------------------------------------------------------------------
def test_every_command_and_option_is_explained_in_chinese_first():
    import click

    from shanhai_check.cli import cli

    def chinese(text):
        return any("\u4e00" <= c <= "\u9fff" for c in text or "")

    for name, command in cli.commands.items():
        assert chinese(command.help.split("\n")[0]), name
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and param.name != "help":
                assert chinese(param.help), (name, param.name)
                assert "/" not in param.help or chinese(param.help.split(" / ")[0]), (name, param.name)


def test_a_claim_without_a_section_is_named_by_its_line_in_either_language(tmp_path, monkeypatch):
    """'(第27行)' in Chinese, '(line 27)' in English: the place is a message, not Chinese text."""
    from conftest import invoke

    monkeypatch.chdir(tmp_path)
    invoke("init")
    zh = [l for l in invoke("check", "-v").stdout.splitlines() if "SH401" in l]
    en = [l for l in invoke("check", "-v", "--lang", "en").stdout.splitlines() if "SH401" in l]
    assert len(zh) == len(en) == 1
    line = zh[0].split()[0].split(":")[0]
    assert f"3次以上 (第{line}行) = 每单位 1次以上 × 3 个单位" in zh[0]
    assert (
        f"≥3次 (line {line}) = ≥1次 per unit × 3 units (附件2 item 1)" in en[0] and "第" not in en[0].split("SH401")[1]
    )
