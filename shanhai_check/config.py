"""Project configuration: ``[tool.shanhai_check]`` (or ``[tool.shanhai-check]``) in
pyproject.toml or ``[shanhai_check]`` (or ``[shanhai-check]``) in setup.cfg, found by walking up
from the first checked path (or the working directory), or named with ``--config PATH``.

The first folder on the way up that has either wins; when one folder has both, pyproject.toml
wins, as in most Python tools, so a project moving to pyproject.toml can leave an old
setup.cfg behind without surprises. Command-line flags override the file, and the file
overrides the built-in defaults (see README.md, "Configuration"). Both spellings of the
section are accepted (users try the hyphen, the package is named with it); one file with both
is an error, since which one counts would be a guess.

A mistake in the file (unknown key, bad level, a code that names no rule) stops the run with
one line naming the file and, when it can be found, the line: a silently ignored setting
would make CI pass or fail for reasons nobody can see.
"""

from __future__ import annotations

import configparser
import os
import re

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, published as tomli
    import tomli as tomllib
from dataclasses import dataclass, field
from typing import Any

from shanhai_check.findings import Severity
from shanhai_check.messages import Listing, Message, MessageError
from shanhai_check.messages.config import (
    BadValue,
    BothSpellings,
    ExpectedCodes,
    ExpectedLang,
    ExpectedOneOf,
    ExpectedPaths,
    ExpectedPatterns,
    ExpectedSeverities,
    NestedTooDeep,
    NoSection,
    PathOutside,
    UnknownKey,
    Unreadable,
)
from shanhai_check.selection import SelectionError, levels, patterns

FORMATS = ("auto", "text", "json", "sarif", "github", "junit")
LANGS = ("zh", "en")
LEVELS = tuple(s.value for s in Severity)
KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "fail-on",
    "lang",
    "paths",
    "exclude",
    "extend-exclude",
    "format",
)
SECTION_NAMES = ("shanhai_check", "shanhai-check")  # the package's name and the command's
PYPROJECT_HEADER = r"\[\s*tool\.shanhai[_-]check\s*\]"
SETUP_HEADER = r"\[\s*shanhai[_-]check\s*\]"


class Refused(MessageError):
    """A value that is well formed but not allowed; carries its :class:`Message`."""


class ConfigError(Exception):
    """One line: the file, the line when known, and what is wrong."""

    def __init__(self, path: str, message: Message, line: int | None = None):
        super().__init__(message.render("en"))
        self.path, self.message, self.line = path, message, line

    def render(self, lang: str = "zh") -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message.render(lang)}"


@dataclass(frozen=True)
class Config:
    """Settings from a configuration file; ``None`` or empty means "not set there"."""

    path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    lang: str | None = None
    paths: tuple[str, ...] | None = None
    format: str | None = None
    fail_on: Severity | None = None
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()

    @property
    def folder(self) -> str | None:
        """The folder of the file the settings came from: exclude patterns and configured
        paths are relative to it, and it is the repository's root for SARIF fingerprints."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else None


READERS = (("pyproject.toml", "_pyproject"), ("setup.cfg", "_setup_cfg"))


def discover(start: str) -> Config:
    """The configuration that applies to *start* (a file or folder), or an empty one."""
    folder = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name, reader in READERS:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                found = globals()[reader](candidate)
                if found is not None:
                    return found
        parent = os.path.dirname(folder)
        if parent == folder:
            return Config()
        folder = parent


def load(path: str) -> Config:
    """The configuration in the file *path* (``--config``): a ``.toml`` file is read as
    pyproject.toml is, anything else as setup.cfg is; the file must have the section."""
    toml = path.endswith(".toml")
    found = (_pyproject if toml else _setup_cfg)(path)
    if found is None:
        raise ConfigError(path, NoSection(section=("tool." if toml else "") + SECTION_NAMES[0]))
    return found


def _one_section(path: str, text: str, sections: dict, header: str, prefix: str) -> dict | None:
    """The settings under either spelling of the section name; both at once is an error."""
    present = [name for name in SECTION_NAMES if sections.get(name) is not None]
    if len(present) > 1:
        line = next(
            (n for n, l in enumerate(text.splitlines(), 1) if re.match(header, l.strip()) and SECTION_NAMES[1] in l),
            None,
        )
        raise ConfigError(path, BothSpellings(first=prefix + present[0], second=prefix + present[1]), line)
    return sections[present[0]] if present else None


def _text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, Unreadable(problem=exc)) from None


def _pyproject(path: str) -> Config | None:
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise ConfigError(path, NestedTooDeep()) from None
    except tomllib.TOMLDecodeError as exc:
        place = re.search(r" \(at line (\d+), column \d+\)", str(exc))
        problem = str(exc).replace(place.group(0), "") if place else str(exc)
        raise ConfigError(path, Unreadable(problem=problem), int(place.group(1)) if place else None) from None
    tool = data.get("tool", {})
    section = _one_section(path, text, tool if isinstance(tool, dict) else {}, PYPROJECT_HEADER, "tool.")
    if section is None:
        return None
    return _build(path, text, PYPROJECT_HEADER, section, _toml_list)


def _setup_cfg(path: str) -> Config | None:
    text = _text(path)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=path)
    except configparser.Error as exc:
        line = getattr(exc, "lineno", None) or next(iter(getattr(exc, "errors", [])), (None,))[0]
        raise ConfigError(path, Unreadable(problem=" ".join(str(exc).split())), line) from None
    name = _one_section(path, text, {n: n for n in SECTION_NAMES if parser.has_section(n)}, SETUP_HEADER, "")
    if name is None:
        return None
    section = dict(parser.items(name))
    if "severity" in section:
        section["severity"] = _pairs(path, text, section["severity"])
    return _build(path, text, SETUP_HEADER, section, _cfg_list)


def _pairs(path: str, text: str, value: str) -> dict[str, str]:
    """'SH402:error, SH201:info' → {'SH402': 'error', 'SH201': 'info'}."""
    pairs = {}
    for item in filter(None, (part.strip() for part in re.split(r"[,\n]", value))):
        code, colon, level = item.partition(":")
        if not colon:
            raise _bad(path, text, SETUP_HEADER, "severity")
        pairs[code.strip()] = level.strip()
    return pairs


def _toml_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


def _cfg_list(value: str) -> list[str]:
    return [value]


EXPECTED = {
    "select": ExpectedCodes(),
    "extend-select": ExpectedCodes(),
    "ignore": ExpectedCodes(),
    "exclude": ExpectedPatterns(),
    "extend-exclude": ExpectedPatterns(),
    "fail-on": ExpectedOneOf(choices=Listing(LEVELS)),
    "severity": ExpectedSeverities(),
    "lang": ExpectedLang(),
    "paths": ExpectedPaths(),
    "format": ExpectedOneOf(choices=Listing(FORMATS)),
}


def _bad(path: str, text: str, header: str, key: str) -> ConfigError:
    return ConfigError(path, BadValue(key=key, expected=EXPECTED[key]), key_line(text, header, key))


def _build(path: str, text: str, header: str, section: dict, as_list) -> Config:
    """Check every key of the section and turn it into a :class:`Config`."""
    values: dict[str, Any] = {}
    for key, value in section.items():
        if key not in KEYS:
            raise ConfigError(path, UnknownKey(key=key, keys=", ".join(KEYS)), key_line(text, header, key))
        try:
            values[key.replace("-", "_")] = _value(key, value, as_list, os.path.dirname(path))
        except (SelectionError, Refused) as exc:
            raise ConfigError(path, exc.message, key_line(text, header, key)) from None
        except ValueError:
            raise _bad(path, text, header, key) from None
    return Config(path=path, **values)


def _value(key: str, value: Any, as_list, folder: str) -> Any:
    """One setting, validated; ValueError (or SelectionError) when it is not usable."""
    if key in ("select", "extend-select", "ignore", "paths", "exclude", "extend-exclude"):
        items = as_list(value)
        if items is None:
            raise ValueError(key)
        if key == "paths":
            return tuple(_near(folder, _within(folder, p)) for p in split_paths(items))
        if key.endswith("exclude"):
            return tuple(split_paths(items))
        return patterns(items)
    if key == "severity":
        if not isinstance(value, dict):
            raise ValueError(key)
        if not all(isinstance(level, str) for level in value.values()):
            raise ValueError(key)
        return levels({str(code): level for code, level in value.items()})
    allowed = {"lang": LANGS, "format": FORMATS, "fail-on": LEVELS}[key]
    if value not in allowed:
        raise ValueError(key)
    return Severity(value) if key == "fail-on" else value


def split_paths(items: list[str]) -> list[str]:
    """setup.cfg lists paths one a line or separated by commas; pyproject lists them."""
    return [p.strip() for item in items for p in re.split(r"[,\n]", item) if p.strip()]


def _within(folder: str, path: str) -> str:
    """*path* when it stays in the configuration's folder (symlinks resolved); Refused if not."""
    inside, target = os.path.realpath(folder or "."), os.path.realpath(os.path.join(folder, path))
    if os.path.commonpath([inside, target]) != inside:
        raise Refused(PathOutside(path=path, folder=inside))
    return path


def _near(folder: str, path: str) -> str:
    """A configured path is relative to the file that names it; shown relative to the
    working directory when it lies inside it, so reports keep short paths."""
    full = os.path.normpath(os.path.join(folder, path))
    shown = os.path.relpath(full)
    return full if shown.startswith("..") else shown


def key_line(text: str, header: str, key: str) -> int | None:
    """The line of ``key =`` in the section that *header* opens, when it is written there."""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"\s*\[", line):
            inside = bool(re.match(header, line.strip()))
        elif inside and re.match(rf"\s*{re.escape(key)}\s*[=:]", line, flags=re.I):
            return number
    return None
