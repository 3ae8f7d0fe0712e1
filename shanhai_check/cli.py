"""The command line: ``shanhai-check check|show|import|export|rules|explain|schema``.

Exit status: 0 clean, 1 findings at error level, 2 unusable input or usage. Modules beyond
click are imported inside the commands that need them, so ``--version`` starts fast.
"""

from __future__ import annotations

import os
import sys

import click

from shanhai_check import __version__

LANGS = click.Choice(["zh", "en"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="shanhai-check")
def cli() -> None:
    """山海协作 / 对口合作 工作计划检查器 — a checker for regional cooperation work plans."""


FORMATS = click.Choice(["auto", "text", "json", "sarif", "github", "junit", "html"])
LEVELS = click.Choice(["error", "warning", "info"])


def _complete_codes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion for --select / --ignore: rule codes, after the last comma typed."""
    from shanhai_check.rules import RULES

    head, comma, last = incomplete.rpartition(",")
    return [head + comma + code for code in RULES if code.startswith(last.upper())]


@cli.command()
@click.argument(
    "paths", nargs=-1, type=click.Path(readable=False)
)  # an unreadable file is its own input error (SH006); the rest are still checked
@click.option(
    "--format",
    "fmt",
    type=FORMATS,
    help=(
        "报告格式; auto: 在 GitHub Actions 中为注释加作业摘要,否则为 text / Report format; auto: annotations and a job "
        "summary under GitHub Actions, else text.  [default: auto]"
    ),
)
@click.option("--lang", type=LANGS, help="消息的语言 / Language of messages.  [default: zh]")
@click.option(
    "--fail-on",
    type=LEVELS,
    help=(
        "此级别及以上的发现使退出状态为 1 (JUnit 中记为失败) / Findings at this level or above exit 1 and fail "
        "their JUnit "
        "case.  [default: error]"
    ),
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help=(
        "使用此配置文件 (pyproject.toml、setup.cfg 或 .toml) 而不查找 / Use this configuration file instead of "
        "looking for one."
    ),
)
@click.option(
    "--root",
    type=click.Path(file_okay=False),
    help=(
        "被引用文件 (名册) 必须位于其中的目录,也是 SARIF 路径的根 / Tree that referenced files (rosters) must stay "
        "in; the "
        "root of SARIF paths."
    ),
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="同时列出核对一致的项及其算式 / Also list the checks that agree, with their arithmetic.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    shell_complete=_complete_codes,
    help=(
        "只报告这些代码或前缀 (SH4、SH101),逗号分隔,可重复 / Report only these codes or prefixes; comma-separated, "
        "repeatable."
    ),
)
@click.option(
    "--extend-select",
    multiple=True,
    metavar="CODES",
    shell_complete=_complete_codes,
    help="在 select 之外再报告这些代码 / Report these codes too, besides select.",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    shell_complete=_complete_codes,
    help="不报告这些代码或前缀 / Leave out these codes or prefixes; comma-separated, repeatable.",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERNS",
    help=(
        "跳过匹配的文件和目录 (glob,替换配置中的 exclude),也用于命令行列出的文件 / Skip files and folders matching "
        "these globs "
        "(replaces the configuration's exclude), named ones too."
    ),
)
@click.option(
    "--extend-exclude",
    multiple=True,
    metavar="PATTERNS",
    help="在 exclude 之外再跳过这些 / Skip these too, besides exclude.",
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help=(
        "check - 从标准输入读取的内容所用的文件名 (报告中的名称; 后缀决定是计划还是草稿) / The file name for what "
        "check - reads from "
        "standard input."
    ),
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help=(
        "有错误级发现时也以 0 退出 (无法使用的输入仍为 2) / Exit 0 even with findings at the fail-on level "
        "(unusable input "
        "still exits 2)."
    ),
)
@click.option(
    "--statistics",
    is_flag=True,
    help="按代码统计发现数量,而不逐条列出 (text 格式) / Count findings per code instead of listing them (text format).",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="只输出发现,不输出汇总行 (text 格式) / Only the findings: no summary line (text format).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help=(
        "把报告写入此文件 (html 必需); 已有的报告文件被原子地替换 / Write the report to this file (required for "
        "html); an "
        "existing report is replaced atomically."
    ),
)
@click.option("--force", is_flag=True, hidden=True)  # accepted for old scripts: a report is always replaced
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="用这么多个进程检查 (0: 每核一个) / Check files in this many processes (0: one per core).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="SHANHAI_CHECK_NO_CACHE",
    help=(
        "不读也不写缓存 (环境变量 SHANHAI_CHECK_NO_CACHE=1 同此) / Neither read nor write the cache (also "
        "SHANHAI_CHECK_NO_CACHE=1)."
    ),
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="SHANHAI_CHECK_CACHE_DIR",
    help=(
        "缓存所在的目录 (默认: 仓库根目录下的 .shanhai_check_cache; 也可用环境变量 SHANHAI_CHECK_CACHE_DIR) / The "
        "cache's "
        "folder (default: .shanhai_check_cache at the repository's root; also SHANHAI_CHECK_CACHE_DIR)."
    ),
)
def check(paths: tuple[str, ...], **options) -> None:
    """检查计划文件或计划目录 (默认 plans/,或配置中的 paths); `-` 从标准输入读取一个文件。
    Check plan files or folders of plans (default: plans/, or `paths` in the configuration);
    `-` reads one file from standard input.

    设置依次来自命令行、配置文件 ([tool.shanhai_check] 于 pyproject.toml,或 [shanhai_check] 于
    setup.cfg,从第一个路径向上查找最近的,或 --config 指定的)、默认值。--exit-zero 把退出状态
    1 变为 0,但保留 2: 无法读取的文件没有被检查,CI 不应默默通过。

    Settings come from the command line, then the configuration file ([tool.shanhai_check] in
    pyproject.toml or [shanhai_check] in setup.cfg, the nearest walking up from the first
    path, or --config), then the defaults. --exit-zero turns exit 1 into 0 but keeps 2: a file
    that could not be read was not checked, and CI should not pass it silently.
    """
    from shanhai_check.commands.check import check as body

    body(paths, **options)


@cli.command()
@click.argument("plan", type=click.Path(readable=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv", "xlsx"]),
    default="text",
    show_default=True,
    help="text 输出到标准输出; csv 或 xlsx 写入文件 / text to stdout; csv or xlsx to files.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help=(
        "要写的文件 (csv: 一张表; 多张表写到其旁的 <stem>-<表id>.csv) / File to write (csv: one table; several go to "
        "<stem>-<table id>.csv beside it)."
    ),
)
@click.option("--force", is_flag=True, help="替换已有的文件 / Overwrite existing files.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def show(plan: str, fmt: str, output: str | None, force: bool, lang: str) -> None:
    """显示 PLAN 的每张表: 所述合计、各行之和及其差额。
    Show each table of PLAN with its stated 合计, the sum of its rows and the difference.

    A viewer: differences are marked (✗), not errors, so the exit status is 0 unless the plan
    cannot be loaded or a file cannot be written (2).
    """
    from shanhai_check.commands.show import show as body

    body(plan, fmt, output, force, lang)


@cli.command(name="import")
@click.argument("file", type=click.Path())
@click.option(
    "--table",
    "number",
    type=click.IntRange(min=1),
    help=(
        ".docx 的第 N 个表格或 .xlsx 的第 N 个工作表 (默认第一个) / The N-th table of a .docx or sheet of a .xlsx "
        "(default: the first)."
    ),
)
@click.option("--sheet", help=".xlsx 的工作表名称 / The sheet of a .xlsx, by name.")
@click.option(
    "--roster",
    type=click.Path(),
    help=(
        "名册 (或计划) 文件: 对其中没有的行名给出警告 / A roster (or plan) file: warn about row names it does not know."
    ),
)
@click.option(
    "--id",
    "table_id",
    help=(
        "表在计划中的 id (默认取文件名,附件1.xlsx → 附件1) / The table's id in the plan (default: the file's name, "
        "附件1.xlsx → 附件1)."
    ),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="把 YAML 写入此文件而不是标准输出 / Write the YAML to this file instead of stdout.",
)
@click.option("--force", is_flag=True, help="与 -o 一起: 替换已有的文件 / With -o: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def import_command(
    file: str,
    number: int | None,
    sheet: str | None,
    roster: str | None,
    table_id: str | None,
    output: str | None,
    force: bool,
    lang: str,
) -> None:
    """从 FILE (.xlsx、.csv 或 .docx) 读取分配表,以计划 YAML 输出。
    Read an allocation table from FILE (.xlsx, .csv or .docx) and print it as plan YAML.

    The header gives each metric and its unit (到位资金(亿元), or 单位:万元 above the table),
    the first column the units, the 合计 row the stated total; blank cells and — are missing.
    """
    from shanhai_check.commands.tables import import_table

    sys.exit(import_table(file, number, sheet, roster, table_id, output, force, lang))


@cli.command(name="export")
@click.argument("plan", type=click.Path())
@click.option(
    "--table",
    "table_id",
    help="表的 id (附件1); 计划有多张表时必需 / The table's id (附件1); needed when the plan has several.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="要写的文件: .csv、.xlsx 或 .docx / The file to write: .csv, .xlsx or .docx.",
)
@click.option("--force", is_flag=True, help="替换已有的文件 / Replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def export_command(plan: str, table_id: str | None, output: str, force: bool, lang: str) -> None:
    """把 PLAN 的一张表写成 .csv、.xlsx 或 .docx 文件 (import 可读回)。
    Write a table of PLAN to a .csv, .xlsx or .docx file, as import reads it back."""
    from shanhai_check.commands.tables import export_table

    sys.exit(export_table(plan, table_id, output, force, lang))


@cli.command()
@click.argument("drafts", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="报告格式 / Report format.",
)
@click.option(
    "--check",
    "run_checks",
    is_flag=True,
    help=(
        "同时核对草稿自身的算术 (规则 SHx1x: 正文与表格合计等) / Also check the drafts' own arithmetic (rules "
        "SHx1x: prose vs "
        "table totals, …)."
    ),
)
@click.option(
    "--plan",
    "plan_path",
    type=click.Path(dir_okay=False),
    help="为这一份草稿写出计划骨架 (YAML) 到此文件 / Write a plan skeleton (YAML) for the one draft to this file.",
)
@click.option("--force", is_flag=True, help="与 --plan 一起: 替换已有的文件 / With --plan: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def extract(drafts: tuple[str, ...], fmt: str, run_checks: bool, plan_path: str | None, force: bool, lang: str) -> None:
    """列出草稿 DRAFTS (.txt 为 UTF-8 或 GB18030,或 .docx) 正文中的每个数字表述: 位置、比较词
    和数值、指标及原文; 以及找到的表格。
    List every numeric claim in the prose of DRAFTS (.txt in UTF-8 or GB18030, or .docx):
    place, comparator and figure, metric, and the words it stands in; and the tables found.

    Exit status: 0, or 1 with --check when a finding is at error level, 2 when a draft cannot
    be read (the others are still listed) or a file cannot be written.
    """
    from shanhai_check.commands.extract import extract as body

    body(drafts, fmt, run_checks, plan_path, force, lang)


@cli.command()
@click.argument("folder", default="plans", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="替换已有的文件 / Replace files that exist.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def init(folder: str, force: bool, lang: str) -> None:
    """在 FOLDER (默认 plans/) 中写一份带注释的计划模板和它的名册,可在其上修改; 已有的文件
    不会被替换,除非给出 --force。
    Write a commented template plan and its roster into FOLDER (default plans/) to start from;
    existing files are never replaced without --force."""
    from shanhai_check.commands.init import init as body

    body(folder, force, lang)


@cli.command()
@click.option(
    "--report",
    is_flag=True,
    help=(
        "输出 check --format json 报告的 JSON Schema / Print the JSON Schema of the check --format json report instead."
    ),
)
def schema(report: bool) -> None:
    """以 JSON Schema 输出计划格式 (供编辑器补全); --report: JSON 报告的格式。
    Print the plan format as a JSON Schema (for editor completion); --report: the JSON report's."""
    from shanhai_check.commands.docs import schema as body

    body(report)


@cli.command(name="rules")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="语言 / Language.")
@click.option(
    "--markdown",
    is_flag=True,
    help=(
        "输出全部代码的完整文档 (Markdown,即 docs/rules.md) / Print every code's documentation as Markdown "
        "(docs/rules.md)."
    ),
)
def list_rules(lang: str, markdown: bool) -> None:
    """列出每条规则: 代码、名称、级别、一行说明。
    List every rule: code, name, severity, one line."""
    from shanhai_check.commands.docs import list_rules as body

    body(lang, markdown)


@cli.command()
@click.argument("code", shell_complete=_complete_codes)
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def explain(code: str, lang: str) -> None:
    """解释一条规则 (SH101 或其名称): 检查什么、为何重要、一个示例。
    Explain a rule (SH101, or its name): what it checks, why it matters, an example."""
    from shanhai_check.commands.docs import explain as body

    body(code, lang)


@cli.command()
@click.argument("plan", required=False, type=click.Path())
@click.option(
    "--goal",
    "metric",
    metavar="METRIC",
    help="要分配的指标 (其目标即总数) / The metric to allocate (its goal is the total).",
)
@click.option(
    "--total",
    metavar="FIGURE",
    help=(
        "总数 (2757万元、18.3亿元); 没有计划时必需,否则取代目标 / The total (2757万元, 18.3亿元); required without "
        "a plan, else "
        "overrides the goal."
    ),
)
@click.option(
    "--granularity",
    "--unit-granularity",
    metavar="STEP",
    help=(
        "按此步长的整数倍分配 (1、0.1亿元)。[默认: 总数的末位] / Allocate in whole steps of this (1, 0.1亿元).  "
        "[default: the "
        "total's last digit]"
    ),
)
@click.option(
    "--fixed",
    multiple=True,
    metavar="UNITS=AMOUNT",
    help="这些单位 (或组) 各得恰好此数; 可重复 / These units (or groups) get exactly this each; repeatable.",
)
@click.option(
    "--floor",
    multiple=True,
    metavar="UNITS=AMOUNT",
    help="这些单位各得至少此数; 可重复 / These units get at least this each; repeatable.",
)
@click.option(
    "--ceiling",
    multiple=True,
    metavar="UNITS=AMOUNT",
    help="这些单位各得至多此数; 可重复 / These units get at most this each; repeatable.",
)
@click.option(
    "--weight",
    multiple=True,
    metavar="UNITS=W",
    help=(
        "分剩余部分的权重 (默认 1); 可重复,优先于 --weights / Share of the remainder (default 1); repeatable, "
        "overrides "
        "--weights."
    ),
)
@click.option(
    "--weights",
    "weights_file",
    type=click.Path(dir_okay=False),
    help="每行 单位,权重 的 CSV 文件 / CSV file of unit,weight rows.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "csv", "xlsx"]),
    default="yaml",
    show_default=True,
    help="输出格式 / Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="要写的文件 (xlsx 必需) / File to write (required for xlsx).",
)
@click.option("--force", is_flag=True, help="与 -o 一起: 替换已有的文件 / With -o: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="消息的语言 / Language of messages.")
def allocate(
    plan: str | None,
    metric: str | None,
    total: str | None,
    granularity: str | None,
    fixed: tuple[str, ...],
    floor: tuple[str, ...],
    ceiling: tuple[str, ...],
    weight: tuple[str, ...],
    weights_file: str | None,
    fmt: str,
    output: str | None,
    force: bool,
    lang: str,
) -> None:
    """提出一个目标在各单位间的分配方案: 计划规则 (和参数) 给出的固定额、下限和上限,其余按权重
    以最大余数法分配,合计恰等于总数; 无法满足时以状态 2 退出并写明规则和数额。
    Propose an allocation of a goal across units: fixed amounts, floors and ceilings from
    the plan's rules (and the flags), the rest by weight, largest remainder first, summing
    exactly to the total. Exit 2, naming the rule and the amount, when that is impossible.
    """
    from shanhai_check.commands.allocate import allocate as body

    claims = {"fixed": fixed, "floor": floor, "ceiling": ceiling}
    sys.exit(body(plan, metric, total, granularity, claims, weight, weights_file, fmt, output, force, lang))


def main() -> None:
    """Entry point: never a traceback; an unexpected failure is one line and exit 2; Ctrl-C
    (or SIGTERM) one line and exit 130 (143), whatever the options (see interrupt.py)."""
    from shanhai_check.interrupt import Interrupted, install

    install()
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except Interrupted as stop:
        click.echo("\nshanhai-check: 已中断 / interrupted", err=True)  # the language option may not be parsed yet
        sys.stdout.flush()
        sys.stderr.flush()
        # Every file being written was finished or removed on the way out (finally blocks); what
        # is left are exit handlers, and concurrent.futures' own, writing to a stopped pool's
        # pipe, prints a traceback of its own ("Exception ignored in …"): skip them.
        os._exit(stop.exit_code)
    except OSError as exc:  # every file is read and written where its errors are handled: this is stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes it
        click.echo(f"shanhai-check: 无法写出报告 / cannot write the output ({exc.strerror or exc})", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        click.echo(
            f"shanhai-check: 内部错误 / internal error ({type(exc).__name__}: {exc}); 请报告此问题 / please report it",
            err=True,
        )
        sys.exit(2)
