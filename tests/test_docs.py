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
