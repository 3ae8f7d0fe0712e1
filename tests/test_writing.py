"""Every file the tool writes goes through one atomic writer (issue 19, items 10 and 18): a
device or FIFO is written through, never renamed over; a full disk is one line and exit 2; a
multi-file export is all or nothing; temporary files go away on errors and on SIGTERM. A write
error on stdout is one line too (item 19)."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import threading

import pytest

from conftest import BAD_SUM, invoke, script
from shanhai_check.interrupt import Interrupted, install
from shanhai_check.report import table_export
from shanhai_check.files import OutputError, write_all_atomic, write_atomic

TWO_TABLES = BAD_SUM + BAD_SUM.split("tables:\n", 1)[1].replace("id: 附件1", "id: 附件2")
root_only = pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _device(folder, name: str, minor: int):
    """A private copy of /dev/null (minor 3) or /dev/full (minor 7): a test never touches /dev."""
    path = folder / name
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return path


@root_only
def test_force_writes_through_a_device_and_never_replaces_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(BAD_SUM, encoding="utf-8")
    null = _device(tmp_path, "null", 3)
    result = invoke("check", "plan.yaml", "-o", "null", "--force")
    assert result.exit_code == 1 and stat.S_ISCHR(os.stat(null).st_mode)  # still the device
    assert _leftovers(tmp_path) == []


@root_only
@pytest.mark.parametrize(
    "args",
    [
        ["check", "plan.yaml", "-o", "full", "--force"],
        ["show", "plan.yaml", "--format", "xlsx", "-o", "full", "--force"],
        ["export", "plan.yaml", "-o", "full.csv", "--force"],
    ],
    ids=["report", "xlsx", "export"],
)
def test_a_full_disk_is_one_line_and_exit_2(tmp_path, monkeypatch, args):
    """/dev/full: every write fails with ENOSPC."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(BAD_SUM, encoding="utf-8")
    _device(tmp_path, "full", 7)
    if "full.csv" in args:
        _device(tmp_path, "full.csv", 7)
    result = invoke(*args)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "full" in line and "No space left on device" in line and "Traceback" not in result.output
    assert _leftovers(tmp_path) == []


def test_a_fifo_nobody_reads_is_an_error_not_a_wait(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(OutputError, match="No such device or address"):
        write_atomic(str(tmp_path / "pipe"), lambda temp: open(temp, "w").write("x"), force=True)
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode) and _leftovers(tmp_path) == []


def test_a_fifo_with_a_reader_is_written_through(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(open(pipe).read()))
    reader.start()
    for _ in range(100):  # until the reader has opened its end
        try:
            write_atomic(str(pipe), lambda temp: open(temp, "w").write("表"), force=True)
            break
        except OutputError:
            threading.Event().wait(0.02)
    reader.join(timeout=10)
    assert received == ["表"] and stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_socket_or_folder_target_is_refused(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(OutputError, match="不是普通文件"):
        write_atomic(str(tmp_path / "folder"), lambda temp: None, force=True)
    assert _leftovers(tmp_path) == []


def test_a_multi_file_export_is_all_or_nothing(tmp_path, monkeypatch):
    """The second CSV fails (a full disk): the first is not left behind, so a rerun is not
    refused for a file the failed run made."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(TWO_TABLES, encoding="utf-8")
    made = []

    def writer(frame):
        def write(path):
            if made:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            made.append(path)
            frame.to_csv(path, index=False)

        return write

    monkeypatch.setattr(table_export, "_csv_writer", writer)
    result = invoke("show", "plan.yaml", "--format", "csv", "-o", "out.csv")
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert invoke("show", "plan.yaml", "--format", "csv", "-o", "out.csv").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-附件1.csv", "out-附件2.csv", "plan.yaml"]


def test_a_failed_rename_undoes_the_files_already_moved(tmp_path):
    (tmp_path / "b.csv").mkdir()  # the second target cannot be written: refused after the first moved
    writers = [(str(tmp_path / name), lambda temp: open(temp, "w").write("x")) for name in ("a.csv", "b.csv")]
    with pytest.raises(OutputError):
        write_all_atomic(writers, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path):
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    install()
    try:
        with pytest.raises(Interrupted):
            write_atomic(
                str(tmp_path / "out.yaml"),
                lambda temp: (open(temp, "w").write("x"), os.kill(os.getpid(), signal.SIGTERM)),
                force=False,
            )
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert list(tmp_path.iterdir()) == []


def test_a_full_stdout_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "plan.yaml").write_text(BAD_SUM, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [script(), "check", "plan.yaml"], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "shanhai-check: 无法写出报告 / cannot write the output (No space left on device)"
    ]
