"""The cache (issue 18): a file's result and summary kept under the hash of its bytes, and a
whole run's results kept for a run over the same files as they are. A run with the cache
prints byte for byte what a run without it prints — cold, warm, after an edit, after a
change of configuration — and an entry that is damaged, of another format or written for
other bytes is ignored and written again, never trusted and never a crash."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, invoke
from shanhai_check import cache as cache_module
from shanhai_check import codec
from shanhai_check import model as m
from shanhai_check.collect import collect
from shanhai_check.engine import FileChecker
from shanhai_check.findings import Location
from shanhai_check.kinds import Checking
from shanhai_check.load import Repository
from shanhai_check.quantity import Measure, Quantity
from shanhai_check.rules import ALL_RULES

sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402 - bench/ is not a package

CONFIG = "[tool.shanhai_check]\n"
LIANDU, HUANGZHOU = "plans/2023-jiangbei-liandu.yaml", "plans/2023-jiangbei-huangzhou.yaml"
ROSTER = "plans/rosters/jiangbei-district.yaml"
CACHE = ".shanhai_check_cache"


def repository(folder: Path, plans: str = "plans", config: str = CONFIG) -> Path:
    """A repository under *folder*: the seed plans (and their rosters) in ``plans/``, the
    corrected ones in ``tests/corrected/`` when *plans* names them (then its configured
    paths), and a configuration."""
    shutil.copytree(ROOT / "plans", folder / "plans")
    if plans != "plans":
        shutil.copytree(ROOT / plans, folder / plans)
        config += f'paths = ["{plans}"]\n'
    (folder / "pyproject.toml").write_text(config, encoding="utf-8")
    return folder


def check(*args: str):
    return invoke("check", *args)


def same_with_and_without(*args: str) -> str:
    """The report of a run without the cache, after asserting that two runs with it (the
    first writing it, the second reading it) print the same, with the same exit status."""
    plain = check("--no-cache", *args)
    for _ in range(2):
        cached = check(*args)
        assert (cached.stdout, cached.exit_code) == (plain.stdout, plain.exit_code), args
    return plain.stdout


def entries(folder: Path) -> list[Path]:
    return sorted(
        p for p in (folder / CACHE).rglob("*.json") if p.name not in ("hashes.json", "settings.json", "code.json")
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(str(folder), seed=7, scale=0.2, cities=2, rate=3)
    (folder / "pyproject.toml").write_text(CONFIG + 'paths = ["."]\n', encoding="utf-8")
    return folder


# -- the same report ------------------------------------------------------------------------------
@pytest.mark.parametrize("plans", ["plans", "tests/corrected"])
@pytest.mark.parametrize(
    "options", [[], ["--format", "json"], ["-v"], ["--format", "sarif"], ["--format", "junit"], ["-j", "2"]]
)
def test_the_report_is_the_same_with_the_cache(tmp_path, monkeypatch, plans, options):
    monkeypatch.chdir(repository(tmp_path, plans))
    same_with_and_without(*options, plans)
    for plan in (
        "2020-ningbo-shanhai.yaml",
        "2023-jiangbei-liandu.yaml",
    ):  # named alone, and the repository behind them
        same_with_and_without(*options, f"{plans}/{plan}")
    assert entries(tmp_path)


def test_the_report_is_the_same_on_the_generated_corpus(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    for options in ([], ["--format", "json"], ["-j", "2"]):
        same_with_and_without(*options, ".")
        same_with_and_without(*options, "2019/c01/d01/shanhai.yaml", "2019/c01/shanhai.yaml")


def test_after_an_edit_the_report_is_still_the_same(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    before = same_with_and_without("plans")
    plan = tmp_path / LIANDU
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("发改振兴〔2022〕766号", "发改振兴〔2022〕76号"), encoding="utf-8"
    )
    after = same_with_and_without("plans")
    assert "SH801" in before and "SH801" not in after
    assert same_with_and_without(LIANDU) == same_with_and_without(LIANDU)


def test_after_a_change_of_configuration_the_report_is_still_the_same(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    same_with_and_without("plans")
    written = entries(tmp_path)
    settings = [
        'select = ["SH2", "SH8"]',
        'ignore = ["SH503"]\nseverity = {SH801 = "warning"}',
        'lang = "en"\nfail-on = "info"',
        'exclude = ["plans/2018-*"]',
    ]
    for setting in settings:
        (tmp_path / "pyproject.toml").write_text(CONFIG + setting + "\n", encoding="utf-8")
        same_with_and_without("plans")
        same_with_and_without(LIANDU)
    assert set(written) <= set(entries(tmp_path))  # the selection acts on results: the entries stand


def test_the_html_report_is_the_same(tmp_path, monkeypatch):
    """The HTML report draws each plan's tables: the plans named are read again, the others
    come from the cache."""
    monkeypatch.chdir(repository(tmp_path))
    pages = []
    for options in (["--no-cache"], [], []):
        check(*options, "--format", "html", "-o", "report.html", LIANDU)
        pages.append((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert pages[0] == pages[1] == pages[2] and "SH801" in pages[0]


# -- what an entry depends on ------------------------------------------------------------------------
def test_a_roster_edit_is_seen_by_the_plans_that_name_it(tmp_path, monkeypatch):
    """The plans are unchanged, their roster is not: their entries no longer hold."""
    monkeypatch.chdir(repository(tmp_path))
    before = same_with_and_without(HUANGZHOU)
    roster = tmp_path / ROSTER
    text = roster.read_text(encoding="utf-8")
    assert "{name: 区发改局," in text
    roster.write_text(
        text.replace("{name: 区发改局,", "{name: 区发展改革局,"), encoding="utf-8"
    )  # the plans' 区发改局 is now unknown
    after = same_with_and_without(HUANGZHOU)
    assert after.count("SH501") > before.count("SH501")
    same_with_and_without("plans")


def test_a_roster_that_appears_later_is_seen(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    roster = tmp_path / ROSTER
    kept = roster.read_bytes()
    roster.unlink()
    missing = same_with_and_without(HUANGZHOU)
    assert "SH00" in missing
    roster.write_bytes(kept)
    assert "SH00" not in same_with_and_without(HUANGZHOU)


def test_a_roster_reached_through_a_symbolic_link_that_moves_is_seen(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    rosters = tmp_path / "plans" / "rosters"
    shutil.copytree(rosters, tmp_path / "plans" / "other")
    text = (tmp_path / "plans" / "other" / "jiangbei-district.yaml").read_text(encoding="utf-8")
    (tmp_path / "plans" / "other" / "jiangbei-district.yaml").write_text(
        text.replace("{name: 区发改局,", "{name: 区发展改革局,"), encoding="utf-8"
    )
    rosters.rename(tmp_path / "plans" / "first")
    rosters.symlink_to("first")
    before = same_with_and_without(HUANGZHOU)
    rosters.unlink()
    rosters.symlink_to("other")  # the same path now names other bytes
    assert same_with_and_without(HUANGZHOU) != before


def test_a_parent_outside_the_repository_is_read_again_when_it_changes(tmp_path, monkeypatch):
    """The configured paths leave out the parent plan: the run-wide stage loads it, and the
    results a run keeps hold only while it is unchanged."""
    repository(tmp_path, config=CONFIG + 'paths = ["plans/child"]\n')
    (tmp_path / "plans" / "child").mkdir()
    child = tmp_path / "plans" / "child" / "2020-ningbo-shanhai.yaml"
    shutil.move(str(tmp_path / "plans" / "2020-ningbo-shanhai.yaml"), child)
    text = (
        child.read_text(encoding="utf-8")
        .replace("roster: rosters/", "roster: ../rosters/")
        .replace("plan: 2020-zhejiang-shanhai.yaml", "plan: ../2020-zhejiang-shanhai.yaml")
    )
    child.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "SH901" not in same_with_and_without("plans/child")  # its 6 of the parent's 30
    parent = tmp_path / "plans" / "2020-zhejiang-shanhai.yaml"
    parent.write_text(
        parent.read_text(encoding="utf-8").replace("    value: 30个\n", "    value: 3个\n", 1), encoding="utf-8"
    )
    assert "SH901" in same_with_and_without("plans/child")  # its 6 of the parent's 3


def test_a_file_rewritten_with_its_size_and_time_kept_is_seen(tmp_path, monkeypatch):
    """A file's remembered status includes its change time, which no program can set back."""
    monkeypatch.setattr(cache_module, "SETTLED", -(10**12))  # remember every status at once
    monkeypatch.chdir(repository(tmp_path))
    before = same_with_and_without(LIANDU)
    plan = tmp_path / LIANDU
    status = plan.stat()
    data = plan.read_bytes()
    plan.write_bytes(data.replace("〔2022〕766号".encode(), "〔2022〕767号".encode()))
    os.utime(plan, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert plan.stat().st_size == status.st_size and plan.stat().st_mtime_ns == status.st_mtime_ns
    assert same_with_and_without(LIANDU) == before.replace("766号", "767号")


def test_a_run_over_the_same_files_as_they_were_is_kept_whole(tmp_path, monkeypatch):
    """The second run over unchanged files reads neither the files nor their entries: the
    first run's results are kept whole. One edited file, and each file is read from its entry
    again (the edited one checked)."""
    monkeypatch.chdir(repository(tmp_path))
    looked_up = []
    lookup = cache_module.Cache.lookup
    monkeypatch.setattr(
        cache_module.Cache, "lookup", lambda self, path, *rest: looked_up.append(path) or lookup(self, path, *rest)
    )
    for options in ([], ["-v"], ["--format", "json"]):
        first = check(*options, "plans")
        looked_up.clear()
        assert check(*options, "plans").stdout == first.stdout
        assert looked_up == [], options
    plan = tmp_path / "plans" / "2019-ningbo-huyong.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    looked_up.clear()
    assert check("plans").stdout == check("--no-cache", "plans").stdout
    assert sorted(looked_up) == sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "plans").rglob("*.yaml"))


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "SETTLED", -(10**12))
    monkeypatch.chdir(repository(tmp_path))
    same_with_and_without("plans")
    read = []
    hash_now = cache_module.Cache.hash_now
    monkeypatch.setattr(cache_module.Cache, "hash_now", staticmethod(lambda path: read.append(path) or hash_now(path)))
    check("plans")
    assert read == []


def test_the_code_is_known_by_its_bytes_not_its_times(tmp_path, monkeypatch):
    """A CI job installs the checker afresh each time (new file times, the same bytes): its
    cache stands; a change to one byte of the code makes other keys."""
    package = tmp_path / "shanhai_check"
    shutil.copytree(Path(cache_module.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "__file__", str(package / "cache.py"))
    folder = tmp_path / "cache"
    (folder / f"v{cache_module.FORMAT}").mkdir(parents=True)
    first = cache_module.source_fingerprint(str(folder))
    assert (folder / f"v{cache_module.FORMAT}" / "code.json").exists()
    assert cache_module.source_fingerprint(str(folder)) == first  # from the memo
    for path in package.rglob("*"):
        os.utime(path, (1, 1))
    assert cache_module.source_fingerprint(str(folder)) == first == cache_module.source_fingerprint(None)
    rules = package / "rules" / "sh101_column_total.py"
    rules.write_bytes(rules.read_bytes() + b"\n")
    assert cache_module.source_fingerprint(str(folder)) != first


# -- damaged, foreign and concurrent entries ----------------------------------------------------------
DAMAGES = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "garbage": lambda data: os.urandom(len(data)),
    "another format": lambda data: data.replace(b"shanhai-check cache 1 ", b"shanhai-check cache 99 ", 1),
    "body changed": lambda data: data[:-10] + b"0" * 10,
    "not json": lambda data: _signed(b"{not json"),
    "wrong shape": lambda data: _signed(b'{"key": 1, "deps": "x", "result": [], "summary": {}}'),
    "deep": lambda data: _signed(b"[" * 100_000 + b"]" * 100_000),
    "foreign class": lambda data: _signed(
        data.split(b"\n", 1)[1].replace(b"shanhai_check.findings:Finding", b"os:system")
    ),
    "not finite": lambda data: _signed(
        data.split(b"\n", 1)[1].replace(b'"1"', b'"NaN"').replace(b'"2"', b'"Infinity"')
    ),
}


def _signed(body: bytes) -> bytes:
    import hashlib

    return b"shanhai-check cache 1 %s\n%s" % (hashlib.sha256(body).hexdigest().encode(), body)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_entry_is_ignored_and_written_again(tmp_path, monkeypatch, damage):
    monkeypatch.chdir(repository(tmp_path))
    reference = same_with_and_without("plans")
    written = entries(tmp_path)
    if damage == "not finite":
        # "1" → "NaN" also hits the figures a finding quotes as written ("1~2个" → its own text
        # "1"), which stay well-formed text; a run's entry holding only such text is taken whole
        # and no file's entry is read. Without it, every file's entry is read and must be refused.
        for path in [p for p in written if "runs" in p.parts]:
            path.unlink()
            written.remove(path)
    originals = {path: path.read_bytes() for path in written}
    for path, data in originals.items():
        path.write_bytes(DAMAGES[damage](data))
    result = check("plans")
    assert (result.stdout, result.exit_code) == (reference, 1)
    rewritten = {path: path.read_bytes() for path in entries(tmp_path)}
    assert all(rewritten[path] == data for path, data in originals.items() if DAMAGES[damage](data) != data), damage


@pytest.mark.parametrize("what", ["folder", "fifo", "symlink to a device"])
def test_an_entry_that_is_not_a_file_is_ignored(tmp_path, monkeypatch, what):
    monkeypatch.chdir(repository(tmp_path))
    reference = same_with_and_without(LIANDU)
    for path in entries(tmp_path):
        path.unlink()
        if what == "folder":
            path.mkdir()
        elif what == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
    result = check(LIANDU)  # never waits on the FIFO, never reads /dev/zero for ever
    assert (result.stdout, result.exit_code) == (reference, 1)


def test_damaged_remembered_hashes_are_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "SETTLED", -(10**12))
    monkeypatch.chdir(repository(tmp_path))
    reference = same_with_and_without("plans")
    hashes = next((tmp_path / CACHE).rglob("hashes.json"))
    body = json.loads(hashes.read_bytes().split(b"\n", 1)[1])
    for record in body["files"].values():
        record[5] = "0" * 64  # every file's hash wrong, its status right: no entry is found
    hashes.write_bytes(_signed(json.dumps(body).encode()))
    assert check("plans").stdout == reference
    hashes.write_bytes(b"garbage")
    assert check("plans").stdout == reference


def test_runs_at_the_same_time_share_the_cache(corpus, tmp_path):
    """Two runs writing the cache at once: both print the report, and the cache they leave
    serves a third."""
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    command = [sys.executable, "-m", "shanhai_check", "check", "-q", "."]
    reference = subprocess.run([*command, "--no-cache"], cwd=folder, capture_output=True, text=True).stdout
    runs = [
        subprocess.Popen(
            command + (["-j", "2"] if i else []), cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for i in range(2)
    ]
    outputs = [run.communicate()[0] for run in runs]
    assert outputs == [reference, reference]
    assert subprocess.run(command, cwd=folder, capture_output=True, text=True).stdout == reference
    leftovers = [p for p in (folder / CACHE).rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


# -- where the cache is, and turning it off ------------------------------------------------------------
def test_the_cache_is_at_the_repositorys_root_and_never_committed(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    check("plans")
    folder = tmp_path / CACHE
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    monkeypatch.chdir(tmp_path / "plans")  # from a folder inside the repository: the same cache
    check("2023-jiangbei-liandu.yaml")
    assert not (tmp_path / "plans" / CACHE).exists()


def test_no_cache_and_its_variable_write_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    check("--no-cache", "plans")
    monkeypatch.setenv("SHANHAI_CHECK_NO_CACHE", "1")
    check("plans")
    assert not (tmp_path / CACHE).exists()


def test_cache_dir_and_its_variable(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path / "repo"))
    check("--cache-dir", str(tmp_path / "one"), "plans")
    monkeypatch.setenv("SHANHAI_CHECK_CACHE_DIR", str(tmp_path / "two"))
    check("plans")
    assert list((tmp_path / "one").rglob("*.json")) and list((tmp_path / "two").rglob("*.json"))
    assert not (tmp_path / "repo" / CACHE).exists()


def test_a_cache_that_cannot_be_written_is_said_once_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    reference = check("--no-cache", "plans")
    (tmp_path / CACHE).write_text("a file where the folder should be", encoding="utf-8")
    result = check("plans")
    assert (result.stdout, result.exit_code) == (reference.stdout, reference.exit_code)
    assert result.stderr.count(CACHE) == 1 and "缓存" in result.stderr


def test_old_settings_are_removed(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    base = tmp_path / CACHE / f"v{cache_module.FORMAT}"
    for number in range(cache_module.KEPT_SETTINGS + 2):
        folder = base / f"old{number}"
        folder.mkdir(parents=True)
        (folder / "settings.json").write_text("{}", encoding="utf-8")
        os.utime(folder / "settings.json", (number, number))
    check("plans")
    kept = sorted(p.name for p in base.iterdir() if p.is_dir())
    assert len(kept) == cache_module.KEPT_SETTINGS and "old0" not in kept and "old1" not in kept and "old2" not in kept


def test_a_failure_of_the_checker_is_not_kept(tmp_path, monkeypatch):
    """SH008 (the checker failed on a file: memory, a bug) is checked again next time."""
    monkeypatch.chdir(repository(tmp_path))
    rule = next(r for r in ALL_RULES if r.code == "SH101")
    original = rule.check

    def failing(self, plan):
        raise MemoryError("pretend")

    monkeypatch.setattr(rule, "check", failing)
    assert "SH008" in check(LIANDU).stdout
    monkeypatch.setattr(rule, "check", original)
    assert "SH008" not in check(LIANDU).stdout


# -- the plain-data encoding --------------------------------------------------------------------------
def test_the_summary_encoding_names_every_field_of_the_model():
    """A field added to the model must be added to codec.py's summary encoding too (or the
    cache would drop it)."""
    for cls, fields in codec.SUMMARY_FIELDS.items():
        declared = tuple(cls._fields) if cls is Location else tuple(f.name for f in dataclasses.fields(cls))
        assert declared == fields, cls


def _checked(paths):
    by_reads = {}
    for rule in ALL_RULES:
        by_reads.setdefault(rule.reads, []).append(rule)
    checker = FileChecker(Checking(Repository("/"), by_reads, False, True))
    return [(path, *checker(path)) for path in collect(paths)[0]]


def test_every_result_and_summary_comes_back_the_same(corpus):
    paths = [str(ROOT / p) for p in ("plans", "tests/corrected", "tests/robustness", "tests/data")] + [str(corpus)]
    summaries = codec.SummaryDecoder()
    for path, result, summary in _checked(paths):
        kept = json.loads(json.dumps(codec.encode_result(result, True)))
        again = codec.decode_result(path, kept, True)
        assert [f.text(lang) for f in again.findings for lang in ("zh", "en")] == [
            f.text(lang) for f in result.findings for lang in ("zh", "en")
        ]
        assert [e.located(lang) for e in again.errors for lang in ("zh", "en")] == [
            e.located(lang) for e in result.errors for lang in ("zh", "en")
        ]
        assert [v.text() for v in again.verified] == [v.text() for v in result.verified]
        assert codec.encode_result(again, True) == codec.encode_result(result, True)
        if summary is not None:
            assert summaries.decode(json.loads(json.dumps(codec.encode_summary(summary))), path) == summary


@pytest.mark.parametrize(
    "types, data",
    [
        (["os:system"], [8, "ls"]),
        (["builtins:eval"], [8, "1"]),
        (["shanhai_check.cli:main"], [8]),
        (["shanhai_check.findings:Location"], [8, "a", 1]),
        ([], [3, "NaN"]),
        ([], [3, "1e999999999999"]),
        ([], [99]),
        ([], {"a": 1}),
        ([], [2, "odd"]),
        (None, [0]),
    ],
)
def test_what_the_cache_did_not_write_is_refused(types, data):
    with pytest.raises(codec.CodecError):
        codec.decode(types, data)


def test_a_summary_of_the_wrong_shape_is_refused():
    decoder = codec.SummaryDecoder()
    for data in ([], ["other.yaml"] + [None] * 7, ["a.yaml", [1], "", [], [], None, [], "utf-8"], "text", None):
        with pytest.raises(codec.CodecError):
            decoder.decode(data, "a.yaml")
    goal = m.Goal(
        "m", Quantity.exact(codec.Decimal("1"), Measure.parse("万元")), m.Source(Location("a.yaml", 1)), "", ()
    )
    assert goal.value.unit.text == "万元"
