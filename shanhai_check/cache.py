"""The cache: each file's result and summary, kept under a key made of its content.

An entry stands for checking one file. Its key is the hash of the file's bytes, the path it
is checked under (messages quote it) and everything else the check depends on: the tool's
version and code, Python's and PyYAML's versions, the rules that run, the root and the
working directory (:func:`settings`; for a draft also the versions of its readers). What the
check reads besides the file is written in the entry and compared on every use: the real
path of the file and of every path it names (rosters, the parent plan), and the hash of the
bytes of every roster it reads. The selection of codes (select, ignore, severity, fail-on),
the language and the format act on the results after the run, so they are not part of the
key: a change of configuration keeps the cache.

An entry holds what a worker hands back: findings, input errors, the checks that agree
(listed, or only counted per code), a draft's summaries for the checks between drafts, and a
plan's summary for the run-wide rules, as JSON (``codec.py``): nothing is unpickled. Its
first line names the format and the hash of the rest, so a truncated, damaged or
half-written entry — or one of another format, or written under another key — is ignored
and written again; a problem reading or writing the cache never fails the run. Entries are
written to a temporary file and renamed into place: runs at the same time never see half of
one, and the last to write wins.

Hashing a file means reading it; a run over thousands need not. ``hashes.json`` remembers,
per file, its size, times, inode and device with the hash of its bytes, and a file whose
status is unchanged keeps its hash. A status is remembered only when the file last changed
some seconds before the run began, so a change within one tick of the file system's clock
cannot go unseen.

Layout, at the repository's root (``--cache-dir`` or ``SHANHAI_CHECK_CACHE_DIR`` elsewhere)::

    .shanhai_check_cache/
        .gitignore              "*": the folder is never committed
        CACHEDIR.TAG            backup tools leave the folder out
        v1/hashes.json          status and hash of every file seen
        v1/<settings>/          one folder per version, code and settings (the 4 most
                                recently used are kept)
            settings.json       what the folder's entries were made with
            ab/cdef….json       one entry per key
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import queue
import shutil
import stat
import sys
import threading
import time

from shanhai_check import __version__
from shanhai_check.codec import (
    CodecError,
    Decoder,
    Encoder,
    SummaryDecoder,
    decode_result,
    encode_result,
    encode_summary,
)
from shanhai_check.files import MAX_BYTES, OutputError, supplied
from shanhai_check.load import Repository
from shanhai_check.messages import output as say
from shanhai_check.paths import RealPaths
from shanhai_check.results import FileResult
from shanhai_check.workers import check_files, job_count

FORMAT = 1
FOLDER = ".shanhai_check_cache"
KEPT_SETTINGS = 4  # folders of settings kept: a developer moving between branches keeps them warm
MAGIC = b"shanhai-check cache"
MAX_ENTRY = 256 * 1024 * 1024  # bytes; a larger file in the cache is not one of ours
# A file's status is remembered only when it last changed longer than this before the run.
SETTLED = 3_000_000_000  # nanoseconds
MISSING = "missing"  # the "hash" of a path that names no file
GITIGNORE = "# Made by shanhai-check: the cache is never committed.\n*\n"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by "
    "shanhai-check.\n# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def source_fingerprint(folder: str | None = None) -> str:
    """The hash of every file of the installed package: a change to the checker's code (an
    editable install keeps its version number) makes other keys, and a reinstall of the same
    code (a CI job installs it afresh each time) does not. Hashing the package's bytes takes a
    few tens of milliseconds; the cache *folder* remembers the hash by the files' names, sizes
    and times, so a run where they are unchanged only lists them."""
    package = os.path.dirname(os.path.abspath(__file__))
    files, pending = [], [package]
    while pending:
        top = pending.pop()
        with os.scandir(top) as entries:  # the installed package: readable, or nothing runs
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append(entry.path)
                elif not entry.name.endswith((".pyc", ".pyo")):
                    status = entry.stat()
                    files.append((entry.path, os.path.relpath(entry.path, package), status.st_size, status.st_mtime_ns))
    listed = _digest(json.dumps([f[1:] for f in files]).encode())
    memo = os.path.join(folder, f"v{FORMAT}", "code.json") if folder else None
    known = _read_plain(memo) if memo else None
    if type(known) is dict and type(known.get(listed)) is str:
        return known[listed]
    digest = hashlib.sha256()
    for path, name, _, _ in files:
        data = _read_all(path, MAX_ENTRY)
        if data is None:  # unreadable: the names, sizes and times must do
            return listed
        digest.update(b"%s\0%s\0" % (name.encode("utf-8", "surrogatepass"), _digest(data).encode()))
    found = digest.hexdigest()
    if memo and os.path.isdir(os.path.dirname(memo)):  # a folder the cache made (with its .gitignore)
        with contextlib.suppress(OSError):
            _replace(memo, json.dumps({listed: found}).encode())
    return found


def _read_plain(path: str):
    data = _read_all(path, MAX_ENTRY)
    try:
        return None if data is None else json.loads(data)
    except (ValueError, RecursionError):
        return None


def settings(rules, root: str, folder: str | None = None) -> dict:
    """Everything a file's check depends on besides the file and what it names (*folder*:
    the cache's, which remembers the hash of the checker's code)."""
    import yaml

    return {
        "format": FORMAT,
        "tool": __version__,
        "code": source_fingerprint(folder),
        "python": sys.version,
        "yaml": [yaml.__version__, bool(getattr(yaml, "__with_libyaml__", False))],
        "rules": [f"{r.code} {r.__module__}.{r.__qualname__}" for r in rules],
        "root": os.path.realpath(root),
        "cwd": os.path.realpath(os.getcwd()),
    }


def draft_settings() -> list:
    """What checking a draft depends on besides the rules: the readers of its text."""
    from importlib import metadata

    found = []
    for name in ("opencc", "python-docx", "lxml"):
        try:
            found.append([name, metadata.version(name)])
        except metadata.PackageNotFoundError:
            found.append([name, None])
    return found


def location(root: str | None, option: str | None, enabled: bool) -> str | None:
    """The cache's folder: *option* (--cache-dir, SHANHAI_CHECK_CACHE_DIR), else
    ``.shanhai_check_cache`` at the repository's *root*; None without a repository, or when
    the cache is turned off (--no-cache, SHANHAI_CHECK_NO_CACHE)."""
    if not enabled:
        return None
    if option:
        return option
    return os.path.join(root, FOLDER) if root else None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unwritable(folder: str, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(say.CannotWriteCache(folder=folder, reason=reason))


def _read_all(path: str, limit: int) -> bytes | None:
    """The bytes of the regular file *path* (at most *limit*), or None: missing, not a
    regular file (a FIFO is never waited on), too large or unreadable."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        chunks, size = [], 0
        while True:
            chunk = os.read(descriptor, max(status.st_size - size, 0) + 1)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return None
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(descriptor)


class Cache:
    """One run's use of a cache folder: hashes of files, entries read and written.

    Picklable: the worker processes of ``-j`` check the files the cache has no answer for,
    and write their entries themselves.
    """

    def __init__(self, folder: str, settings: dict):
        self.folder = os.path.abspath(folder)
        self.base = os.path.join(self.folder, f"v{FORMAT}")
        self.settings = settings
        digest = _digest(json.dumps(settings, sort_keys=True, ensure_ascii=True).encode())
        self.entries = os.path.join(self.base, digest[:16])
        self._settings_digest = digest
        self._draft_digest: str | None = None
        self.real = RealPaths()
        self.started = time.time_ns()
        self._cwd = os.getcwd()
        self._hashes: dict[str, list] | None = None  # absolute path → [size, mtime, ctime, inode, device, hash]
        self._hashes_changed = False
        self._contents: dict[str, str | None] = {}  # this run's hashes, by path as named
        self._signatures: dict[str, list] = {}  # the status of each file when it was hashed
        self._links: set[str] = set()  # paths that are symbolic links
        self._held: set[tuple] = set()  # dependencies found to hold in this run
        self._run_files: list = []  # [path, hash, real path] of every file of the run
        self._run_deps: dict = {}  # what their checks, and the run-wide stage, depend on (each once)
        self._run_whole = False  # whether an entry stands for every file (the run may be kept)
        self.problem: OutputError | None = None  # why the cache could not be written, for the command to say
        self._queue: queue.Queue | None = None  # files for the writer thread
        self._queue_pid: int | None = None
        self._thread: threading.Thread | None = None
        self.hits = self.misses = 0

    # -- hashes of files ----------------------------------------------------------------------
    def content(self, path: str) -> str | None:
        """The hash of the bytes of *path* (a regular file, at most MAX_BYTES), MISSING when
        nothing is there, None when it cannot be cached (a FIFO, unreadable, standard input)."""
        known = self._contents.get(path, False)
        if known is False:
            known = self._contents[path] = self._content(path)
        return known

    def _content(self, path: str) -> str | None:
        if supplied(path) is not None:
            return None
        try:
            status = os.lstat(path)
            if stat.S_ISLNK(status.st_mode):
                self._links.add(path)
                status = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            return MISSING
        except OSError:
            return None
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_BYTES:
            return None
        signature = self._signatures[path] = _signature(status)
        where = os.path.normpath(os.path.join(self._cwd, path))
        hashes = self._known_hashes()
        remembered = hashes.get(where)
        if remembered is not None and remembered[:5] == signature:
            return remembered[5]
        found = self.hash_now(path)
        if found is not None and found != MISSING and self.settled(status):
            hashes[where] = signature + [found]
            self._hashes_changed = True
        return found

    def settled(self, status: os.stat_result) -> bool:
        """Whether the file last changed long enough before the run for its status to stand
        for its bytes: a later change gives it another status."""
        return max(status.st_mtime_ns, status.st_ctime_ns) < self.started - SETTLED

    def unchanged(self, path: str, content: str) -> bool:
        """Whether *path* still holds the bytes hashed as *content* (after checking it): its
        status is the one it had then, and that status stands for its bytes; else, hashed again."""
        try:
            status = os.stat(path)
        except OSError:
            return False
        if _signature(status) == self._signatures.get(path) and self.settled(status):
            return True
        return self.hash_now(path) == content

    @staticmethod
    def hash_now(path: str) -> str | None:
        """The hash of the bytes of *path* as they are now."""
        if not os.path.lexists(path):
            return MISSING
        data = _read_all(path, MAX_BYTES)
        return None if data is None else _digest(data)

    def real_file(self, path: str) -> str:
        """The real path of a file :meth:`content` has looked at."""
        return self.real(path, path in self._links)

    def _known_hashes(self) -> dict:
        if self._hashes is None:
            data = self._read(os.path.join(self.base, "hashes.json"))
            valid = type(data) is dict and type(data.get("files")) is dict
            self._hashes = {k: v for k, v in data["files"].items() if _hash_record(v)} if valid else {}
        return self._hashes

    # -- entries ----------------------------------------------------------------------------------
    def key(self, path: str, content: str) -> str:
        settings = self._settings_digest
        if path.lower().endswith((".txt", ".docx")):
            if self._draft_digest is None:
                self._draft_digest = _digest(json.dumps(draft_settings()).encode())
            settings += self._draft_digest
        named = path.encode("utf-8", "surrogatepass")  # a file name's bytes that are not UTF-8 too
        return _digest(b"\0".join((settings.encode(), named, content.encode())))

    def entry_path(self, key: str) -> str:
        return os.path.join(self.entries, key[:2], key[2:] + ".json")

    def has_entry(self, path: str) -> bool:
        """Whether *path* may have an entry (one is there; whether it holds is seen on reading)."""
        content = self.content(path)
        return content not in (None, MISSING) and os.path.exists(self.entry_path(self.key(path, content)))

    def lookup(self, path: str, listed: bool, summaries: SummaryDecoder, reported: bool = True):
        """(result, summary, what it depends on) of *path* from its entry, or None: no entry,
        or one that does not hold (a roster changed, a link moved, it does not list the checks
        that agree and *listed* asks for them, it is damaged …). *reported*: whether the
        result is wanted, or only the summary."""
        content = self.content(path)
        if content is None or content == MISSING:
            return None
        key = self.key(path, content)
        entry = self._read(self.entry_path(key))
        try:
            if type(entry) is not dict or entry.get("key") != key or (listed and entry.get("listed") is not True):
                return None
            if entry.get("real") != self.real_file(path) or not self._holds(entry.get("deps")):
                return None
            # A file whose result is not reported (a plan of the repository not named) gives
            # only its summary: its findings are not even decoded.
            result = decode_result(path, entry.get("result"), listed) if reported else FileResult(path)
            raw = entry.get("summary")
            summary = None if raw is None else summaries.decode(raw, path)
        except (CodecError, RecursionError, TypeError, ValueError, AttributeError):
            return None
        return result, summary, entry["deps"]

    def _holds(self, deps) -> bool:
        """Whether every path the check named still resolves, and reads, as it did."""
        if type(deps) is not list:
            return False
        for dep in deps:
            if type(dep) is not list or len(dep) != 3:
                return False
            joined, target, content = dep
            if type(joined) is not str or type(target) is not str or not (content is None or type(content) is str):
                return False
            known = (joined, target, content)
            if known in self._held:
                continue
            if self.real(joined) != target or (content is not None and self.content(target) != content):
                return False
            self._held.add(known)
        return True

    def store(self, path: str, content: str, result, summary, deps: list, listed: bool, later: bool = True) -> bool:
        """Write the entry of *path*, checked from bytes whose hash is *content*: not when
        they changed meanwhile, when the checker failed on the file, or when a part of the
        result is not one the codec writes. (That what it writes comes back the same is the
        codec's tests' business: a run does not decode what it has just encoded.)"""
        if any(error.code == "SH008" for error in result.errors):
            return False  # the checker failed on this file (memory, a bug): check it again next time
        if not self.unchanged(path, content):
            return False  # changed while it was checked: this result is of neither version
        try:
            key = self.key(path, content)
            body = {
                "key": key,
                "real": self.real_file(path),
                "deps": deps,
                "listed": listed,
                "result": encode_result(result, listed),
                "summary": encode_summary(summary) if summary is not None else None,
            }
            text = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        except (CodecError, RecursionError, TypeError, ValueError, AttributeError):
            return False
        return self._write(self.entry_path(key), text, later=later)

    def _read(self, path: str, lines: bool = False):
        """The JSON body of a file this cache wrote, or None (missing, damaged, not ours);
        *lines*: the body's lines instead, undecoded, one at a time (a run's entry)."""
        data = _read_all(path, MAX_ENTRY)
        if data is None:
            return None
        start = data.find(b"\n") + 1
        body = memoryview(data)[start:]  # no copy of what may be megabytes
        if not start or data[: start - 1].rsplit(b" ", 2) != [MAGIC, str(FORMAT).encode(), _digest(body).encode()]:
            return None  # not ours, another format, or not all of it
        if lines:
            return _lines(data, start)
        try:
            return json.loads(body.tobytes().decode("utf-8", "surrogatepass"))
        except (ValueError, RecursionError):
            return None

    def _write(self, path: str, body: "bytes | list[bytes]", later: bool = False) -> bool:
        """Write *body* (after its header) atomically to *path*; a large body may come in
        pieces. *later*: by this process's writer thread, so that waiting on the file system
        overlaps the checking (creating thousands of files can take a millisecond each on a
        busy disk); :meth:`flush` waits for it."""
        if self.problem is not None:
            return False
        pieces = [body] if isinstance(body, bytes) else body
        digest = hashlib.sha256()
        for piece in pieces:
            digest.update(piece)
        data = [b"%s %d %s\n" % (MAGIC, FORMAT, digest.hexdigest().encode()), *pieces]
        if later:
            self._writer().put((path, data))
            return True
        return self._put(path, data)

    def _put(self, path: str, data: "list[bytes]") -> bool:
        try:
            try:
                _replace(path, data)
            except FileNotFoundError:
                os.makedirs(os.path.dirname(path), exist_ok=True)  # the first entry of its folder
                _replace(path, data)
            return True
        except OSError as exc:  # a cache that cannot be written only makes the next run slower
            self.problem = _unwritable(self.folder, exc)
        return False

    def _writer(self) -> "queue.Queue":
        """This process's queue of files to write, and the thread writing them (a worker
        process forked from one with a writer makes its own)."""
        if self._queue is None or self._queue_pid != os.getpid():
            self._queue, self._queue_pid = queue.Queue(maxsize=256), os.getpid()
            self._thread = threading.Thread(target=self._drain, args=(self._queue,), daemon=True)
            self._thread.start()
        return self._queue

    def _drain(self, waiting: "queue.Queue") -> None:
        while True:
            item = waiting.get()
            if item is None:
                return
            if self.problem is None:
                try:
                    self._put(*item)
                except Exception as exc:  # noqa: BLE001 - the thread must go on draining, or the run would wait for it
                    self.problem = OutputError(
                        f"无法写入缓存 {self.folder}: {exc}", f"cannot write the cache {self.folder}: {exc}"
                    )

    def flush(self) -> None:
        """Wait until the writer thread has written everything given to it."""
        if self._queue is not None and self._queue_pid == os.getpid():
            self._queue.put(None)
            self._thread.join()
            self._queue = self._thread = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.update(_queue=None, _thread=None, _queue_pid=None)  # a spawned worker makes its own
        return state

    # -- the folder --------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Make the folder (with its .gitignore and CACHEDIR.TAG) and this settings' folder,
        mark the latter used, and remove the folders of settings not used for longest; or
        note why the cache cannot be written."""
        try:
            os.makedirs(self.entries, exist_ok=True)
            for name, text in ((".gitignore", GITIGNORE), ("CACHEDIR.TAG", TAG)):
                if not os.path.exists(os.path.join(self.folder, name)):
                    _replace(os.path.join(self.folder, name), text.encode("utf-8"))
            stamp = os.path.join(self.entries, "settings.json")
            if os.path.exists(stamp):
                os.utime(stamp)
            else:
                text = json.dumps(self.settings, ensure_ascii=False, indent=1)
                _replace(stamp, text.encode("utf-8"))
                self._prune()
        except OSError as exc:
            self.problem = _unwritable(self.folder, exc)

    def _prune(self) -> None:
        """Remove the folders of all but the KEPT_SETTINGS most recently used settings (a
        run still using one only finds its entries gone, and writes them again)."""
        used = []
        with os.scandir(self.base) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    try:
                        used.append((os.stat(os.path.join(entry.path, "settings.json")).st_mtime_ns, entry.path))
                    except OSError:
                        used.append((0, entry.path))
        for _, folder in sorted(used, reverse=True)[KEPT_SETTINGS:]:
            if folder != self.entries:
                shutil.rmtree(folder, ignore_errors=True)

    def save(self) -> None:
        """Wait for the entries being written, and remember the hashes learnt in this run (the
        last run to finish writes the file)."""
        self.flush()
        if not self._hashes_changed:
            return
        body = json.dumps({"files": self._hashes}, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "surrogatepass"
        )
        if self.problem is None and not os.path.isdir(self.base):
            self.prepare()
        self._write(os.path.join(self.base, "hashes.json"), body)
        self._hashes_changed = False

    # -- a run ----------------------------------------------------------------------------------------
    def repository(self, root: str) -> "RecordingRepository":
        return RecordingRepository(root, self)

    def check(self, checker, paths: list[str], jobs: int, died, reusable, listed: bool, reported=None):
        """``checker(path)`` for every path, in order: from its entry when one holds (and
        *reusable(path)*), else checked — in *jobs* processes — and its entry written. Call
        :meth:`save` at the end of the run. *reported(path)*: whether the path's result is
        reported (else only its summary is read from its entry).

        Entries are read as the results are handed on, not all first, so a run holds no more
        of them than of the results it keeps; a file without an entry goes to the workers,
        and one whose entry turns out not to hold is checked here."""
        summaries = SummaryDecoder()
        pool = job_count(jobs) > 1
        # With workers, the files without an entry are sent to them at once; in one process a
        # file is checked when its turn comes and its entry is not there, or does not hold.
        todo = [path for path in paths if not (reusable(path) and (not pool or self.has_entry(path)))]
        self.prepare()
        storing = Storing(checker, self, {path: self.content(path) for path in todo}, listed, pool)
        fresh = check_files(storing, todo, jobs, lambda path, status: (*died(path, status), None))
        waiting = set(todo)
        self._run_files, self._run_deps, self._run_whole = [], {}, True
        for path in paths:
            hit = None if path in waiting else self.lookup(path, listed, summaries, reported is None or reported(path))
            if hit is not None:
                self.hits += 1
                result, summary, deps = hit
            else:
                self.misses += 1
                if path not in waiting:
                    storing.contents[path] = self.content(path)
                result, summary, deps = next(fresh) if path in waiting else storing(path)
            if deps is None:  # no entry stands for this file: no run can be replayed from the cache
                self._run_whole = False
            elif self._run_whole:
                self._run_files.append([path, self.content(path), self.real_file(path)])
                self._run_deps.update((tuple(dep), dep) for dep in deps)
            yield result, summary

    # -- whole runs -------------------------------------------------------------------------------
    # A run that checks the same files, unchanged, as an earlier one (with the same rosters, and
    # parents outside the repository) has the same results: they are kept whole, and such a run
    # reads neither the files' entries nor their summaries, nor runs the run-wide rules again.
    def run_key(self, paths: list[str], given: list[str], listed: bool) -> str:
        named = "\0".join(paths) + "\1" + "\0".join(given) + ("\1listed" if listed else "")
        return _digest(b"\0".join((self._settings_digest.encode(), named.encode("utf-8", "surrogatepass"))))

    def run_path(self, key: str) -> str:
        return os.path.join(self.entries, "runs", key[:2], key[2:] + ".json")

    def remembered(self, paths: list[str], given: list[str], listed: bool):
        """The results of a run over *paths* reporting *given*, kept by an earlier run that
        checked them as they are now; None when there is none that holds.

        The entry is a line of JSON saying what the run read, then a line per result: each
        result is read and built in turn, so a run that lists every check that agrees (-v,
        JSON) never holds all of them twice."""
        key = self.run_key(paths, given, listed)
        lines = self._read(self.run_path(key), lines=True)
        try:
            entry = json.loads(next(lines)) if lines is not None else None
            if (
                type(entry) is not dict
                or entry.get("key") != key
                or type(entry.get("files")) is not list
                or len(entry["files"]) != len(paths)
            ):
                return None
            for path, (named, content, real) in zip(paths, entry["files"]):
                if (
                    named != path
                    or self.content(path) != content
                    or content in (None, MISSING)
                    or self.real_file(path) != real
                ):
                    return None
            if not self._holds(entry.get("deps")):
                return None
            decoder, results, reported = Decoder(entry.get("types")), [], set(given)
            for line in lines:
                result = decoder.decode(json.loads(line))
                if type(result) is not FileResult or result.path not in reported:
                    return None
                results.append(result)
        except (CodecError, RecursionError, TypeError, ValueError, AttributeError, StopIteration):
            return None
        return results

    def recording(self, repository):
        """A context in which what *repository* reads (a parent outside the repository, loaded
        by the run-wide stage) is noted, for the run's own entry."""
        return _Recording(self, repository)

    def remember(self, paths: list[str], given: list[str], listed: bool, results: list) -> None:
        """Keep *results*, the whole outcome of a run over *paths*, for a run that finds all as
        it is now."""
        if not self._run_whole or len(self._run_files) != len(paths) or self.problem is not None:
            return
        dump = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
        try:
            encoder = Encoder()
            pieces = [b""]  # the line saying what the run read, once the type table is complete
            for result in results:  # one line a result, made one at a time: less memory
                pieces.append(dump(encoder.encode(result)).encode("utf-8", "surrogatepass") + b"\n")
            key = self.run_key(paths, given, listed)
            head = {"key": key, "files": self._run_files, "deps": list(self._run_deps.values()), "types": encoder.types}
            pieces[0] = dump(head).encode("utf-8", "surrogatepass") + b"\n"
        except (CodecError, RecursionError, TypeError, ValueError, AttributeError):
            return
        self._write(self.run_path(key), pieces)


class _Recording:
    def __init__(self, cache: Cache, repository):
        self.cache, self.repository = cache, repository

    def __enter__(self):
        if isinstance(self.repository, RecordingRepository):
            self.repository.reads, self.repository.cacheable = [], True
        return self

    def __exit__(self, *exc):
        repository = self.repository
        if not isinstance(repository, RecordingRepository):
            self.cache._run_whole = False
            return
        if not repository.cacheable:
            self.cache._run_whole = False
        self.cache._run_deps.update((tuple(dep), dep) for dep in repository.reads)
        repository.reads = None


def _replace(path: str, data: "bytes | list[bytes]") -> None:
    """Write *data* (bytes, or pieces of them) to a temporary file beside *path* (named for
    this process and thread), then rename it into place: a reader sees the old file or the
    new, never half of one.
    (files.write_atomic does more — it keeps existing files, and sets the process's umask to
    read it, which a writer thread must not do while the process goes on.)"""
    temp = f"{path}.{os.getpid()}-{threading.get_ident()}.tmp"
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o666)
    try:
        try:
            for piece in [data] if isinstance(data, bytes) else data:
                view = memoryview(piece)
                while view:
                    view = view[os.write(descriptor, view) :]
        finally:
            os.close(descriptor)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _lines(data: bytes, start: int):
    """The lines of *data* from *start*, each decoded as the cache writes text."""
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        yield data[start:end].decode("utf-8", "surrogatepass")
        start = end + 1


def _signature(status: os.stat_result) -> list:
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev]


def _hash_record(value) -> bool:
    return type(value) is list and len(value) == 6 and all(type(v) is int for v in value[:5]) and type(value[5]) is str


class RecordingRepository(Repository):
    """A :class:`Repository` that notes, while one file is checked, every path the file names
    (resolved) and the hash of every roster it reads: what its entry depends on."""

    def __init__(self, root: str, cache: Cache):
        super().__init__(root, cache.real)
        self.cache = cache
        self.reads: list | None = None  # [path as named, its real path, hash of its bytes or None]
        self.cacheable = True  # false when a roster it read could not be hashed

    def inside(self, reference, where, what):
        if self.reads is not None:
            joined = os.path.join(os.path.dirname(where.path), reference)
            self.reads.append([joined, self.cache.real(joined), None])
        return super().inside(reference, where, what)

    def load(self, path):
        if self.reads is not None:  # a file read besides the one checked: a parent outside the repository
            content = self.cache.content(path)
            self.cacheable = self.cacheable and content is not None
            self.reads.append([path, self.cache.real(path), content])
        return super().load(path)

    def roster_at(self, reference, where):
        if self.reads is not None:
            joined = os.path.join(os.path.dirname(where.path), reference)
            target = self.cache.real(joined)
            if os.path.commonpath([self.root, target]) == self.root:  # else SH007: it is never read
                content = self.cache.content(target)  # hashed before it is read (once: the repository keeps it)
                self.cacheable = self.cacheable and content is not None
                self.reads.append([joined, target, content])
        return super().roster_at(reference, where)


class Storing:
    """What the workers run under a cache: check one file, then write its entry. Hands back
    the result, the summary and what the entry depends on (None when none was written).

    Entries are written by a thread of the process that checked the file, except in a parent
    whose workers are still to be forked (*pool*): a process is forked without threads."""

    def __init__(self, checker, cache: Cache, contents: dict, listed: bool, pool: bool = False):
        self.checker, self.cache, self.contents, self.listed = checker, cache, contents, listed
        self.parent, self.pool = os.getpid(), pool

    def finish(self) -> None:
        """Wait for the entries this process is writing (workers.py calls it)."""
        self.cache.flush()

    def __call__(self, path: str):
        repository = self.checker.checking.repository
        recording = isinstance(repository, RecordingRepository)
        if recording:
            repository.reads, repository.cacheable = [], True
        try:
            result, summary = self.checker(path)
        finally:
            deps, cacheable = (repository.reads, repository.cacheable) if recording else ([], False)
            if recording:
                repository.reads = None
        content = self.contents.get(path)
        unique = None
        if cacheable and content not in (None, MISSING):
            unique = []
            for dep in deps:
                if dep not in unique and dep[0] != path:  # the file itself: its key holds its hash
                    unique.append(dep)
            later = os.getpid() != self.parent or not self.pool
            if not self.cache.store(path, content, result, summary, unique, self.listed, later):
                unique = None
        return result, summary, unique
