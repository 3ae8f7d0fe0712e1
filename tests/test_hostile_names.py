"""Hostile file names and control characters (issue 19, items 12 and 16): a name with a line
break and a workflow command, ESC, BEL, or bytes that are not UTF-8 can neither forge a line
or an annotation, send a terminal escape sequences, make a report invalid, nor crash a format,
printed to a strict UTF-8 stdout or written with -o."""

import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import BAD_SUM, script, validate_report

FORGED = "a\n::error file=x.yaml,line=1::forged\n.yaml"
NAMES = [FORGED, "ctl\x1b[31m\x07\x9b.yaml", os.fsdecode(b"gbk-\xc4\xe3\xba\xc3.yaml")]
DRAFT = (
    "将本批追加的4000万元\x1b]0;pwned\x07\x1b[2J资金全部分配给6县区,其中:"
    "乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各150万元。\n"
)
FORMATS = ["text", "json", "sarif", "github", "junit", "html"]


@pytest.fixture
def hostile(tmp_path):
    for name in NAMES:
        (tmp_path / name).write_text(BAD_SUM, encoding="utf-8")  # SH101 in each
    (tmp_path / "草稿\x1b[1m.txt").write_text(DRAFT, encoding="utf-8")  # SH111, with ESC in its text
    return tmp_path


def run_strict(folder, *args):
    """The installed command with a stdout that refuses what is not UTF-8 (no surrogateescape)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8"}
    done = subprocess.run([script(), *args], cwd=folder, capture_output=True, env=env, timeout=120)
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr, done.stderr.decode(
        "utf-8", "replace"
    )
    return done


def readable(data: bytes) -> str:
    """The report as text: it must be UTF-8 and hold no control character but tab and newline."""
    text = data.decode("utf-8")  # strict
    assert not [c for c in text if (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F], repr(text[:300])
    return text


def check_report(fmt, text):
    if fmt == "text":
        assert not any(line.startswith("::") for line in text.splitlines())  # no forged annotation
        assert text.count("SH101") == 3 and text.count("SH111") == 1
    elif fmt == "github":
        from test_reports import decoded

        annotations = decoded(text.splitlines())  # every line is one whole annotation
        files = sorted(properties["file"] for _, properties, _ in annotations)
        assert len(annotations) == 4 and "a\\n::error file=x.yaml,line=1::forged\\n.yaml" in files
        assert not any("\n" in f for f in files)
    elif fmt == "json":
        report = json.loads(text)
        validate_report(report)
        assert len(report["findings"]) == 4 and {f["file"] for f in report["findings"]} >= {
            "a\\n::error file=x.yaml,line=1::forged\\n.yaml",
            "gbk-\\xc4\\xe3\\xba\\xc3.yaml",
        }
    elif fmt == "sarif":
        from test_reports import validate_sarif

        document = json.loads(text)
        validate_sarif(document)
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in document["runs"][0]["results"]
        }
        assert (
            "gbk-%C4%E3%BA%C3.yaml" in uris and "a%0A%3A%3Aerror%20file%3Dx.yaml%2Cline%3D1%3A%3Aforged%0A.yaml" in uris
        )
    elif fmt == "junit":
        from test_reports import validate_junit

        validate_junit(text)
        assert len(ET.fromstring(text.encode("utf-8")).findall("testsuite")) == 4
    else:  # html: still well-formed XML, every finding listed
        root = ET.fromstring(text)
        assert len([li for li in root.iter("li") if li.get("data-code")]) == 4


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "html"])  # html is written with -o only
def test_hostile_names_in_every_format_on_a_strict_stdout(hostile, fmt):
    done = run_strict(hostile, "check", "--format", fmt, ".")
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    check_report(fmt, readable(done.stdout))


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_names_in_every_format_written_with_o(hostile, fmt):
    done = run_strict(hostile, "check", "--format", fmt, "-o", "report.out", ".")
    assert done.returncode == 1 and done.stdout == b"", done.stderr.decode("utf-8", "replace")
    check_report(fmt, readable((hostile / "report.out").read_bytes()))


def test_a_forged_annotation_in_a_name_stays_inside_its_line(hostile):
    text = readable(run_strict(hostile, "check", "--format", "text", "-q", ".").stdout)
    assert "./a\\n::error file=x.yaml,line=1::forged\\n.yaml" in text.splitlines()
    assert (
        "./ctl\\x1b[31m\\x07\\x9b.yaml" in text.splitlines() and "./gbk-\\xc4\\xe3\\xba\\xc3.yaml" in text.splitlines()
    )


def test_escape_sequences_from_a_draft_never_reach_the_terminal(hostile):
    """check and extract, the human-readable outputs, print ESC and BEL escaped."""
    for args in (
        ["check", "草稿\x1b[1m.txt"],
        ["extract", "草稿\x1b[1m.txt"],
        ["extract", "--check", "草稿\x1b[1m.txt"],
    ):
        done = run_strict(hostile, *args)
        text = readable(done.stdout)
        assert "\\x1b]0;pwned\\x07" in text or "\\x1b" in text, text
        assert "草稿\\x1b[1m.txt" in text


def test_input_errors_on_stderr_escape_the_name_too(tmp_path):
    (tmp_path / "x\x1b[2J.txt").write_bytes(b"\xef\xbb\xbf\x00bad")  # NUL bytes: not text
    done = run_strict(tmp_path, "extract", "x\x1b[2J.txt")
    assert done.returncode == 2
    readable(done.stderr)
    assert "x\\x1b[2J.txt" in done.stderr.decode("utf-8")
