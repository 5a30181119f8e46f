"""What CliRunner cannot see: real pipes, terminals, environment variables and encodings."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

from .conftest import REPO, SMALL, synthetic

ANSI = "\x1b["


def base_env() -> Dict[str, str]:
    """The environment of the test run, running this checkout's jzfacts."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "JZFACTS_FACTS")}
    env["PYTHONPATH"] = str(REPO)
    return env


def jzfacts(*args: str, env: Optional[Dict[str, str]] = None,
            **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def,type-arg]
    full_env = base_env()
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "jzfacts", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=full_env,
                          timeout=60, **kwargs)


def sized(terminal: int, columns: int) -> None:
    """Give a pseudo-terminal a width, as a terminal window has."""
    import fcntl
    import struct
    import termios

    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))


def on_a_terminal(*args: str, env: Optional[Dict[str, Optional[str]]] = None,
                  columns: int = 0) -> str:
    """Run with stdout on a pseudo-terminal and return what it printed (an env value of
    None unsets the variable; `columns` sizes the terminal)."""
    full_env = base_env()
    full_env.update({"COLUMNS": "100", "TERM": "xterm-256color"})
    for name, value in (env or {}).items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    controller, terminal = pty.openpty()
    if columns:
        sized(terminal, columns)
    # (stderr, which this helper does not return, goes nowhere: a pipe nobody reads could
    # fill, and was left open)
    process = subprocess.Popen([sys.executable, "-m", "jzfacts", *args], stdout=terminal,
                               stderr=subprocess.DEVNULL, env=full_env)
    os.close(terminal)
    shown = bytearray()
    read_terminal(controller, shown)
    process.wait(timeout=60)
    os.close(controller)
    return shown.decode("utf-8", "replace")


def read_terminal(controller: int, into: bytearray) -> None:
    """Everything a pseudo-terminal shows until the program on it is done."""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            return
        if not chunk:
            return
        into.extend(chunk)


def test_table_on_a_terminal_is_rich_and_coloured() -> None:
    shown = on_a_terminal("--facts", str(SMALL), "list")
    assert ANSI in shown and "─" in shown and "enterprises.gazelle" in shown


def test_no_color_and_dumb_terminals() -> None:
    for env in ({"NO_COLOR": "1"}, {"TERM": "dumb"}):
        shown = on_a_terminal("--facts", str(SMALL), "list", env=env)
        assert "─" in shown and "\x1b[3" not in shown and "\x1b[1m" not in shown, env
    shown = on_a_terminal("--facts", str(SMALL), "list", "--color", "never")
    assert "─" in shown and ANSI not in shown


def test_pipe_gets_plain_tsv() -> None:
    result = jzfacts("--facts", str(SMALL), "list", "--fields", "id,value")
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == ["id\tvalue", "enterprises.gazelle\t26"]
    assert ANSI not in result.stdout


def test_color_always_forces_the_table_into_a_pipe() -> None:
    result = jzfacts("--facts", str(SMALL), "list", "--color", "always")
    assert ANSI in result.stdout and "─" in result.stdout


def test_closed_pipe_ends_quietly() -> None:
    for reader in ("head -1", "true"):
        result = subprocess.run(
            f"{sys.executable} -m jzfacts list --json | {reader}; echo status=${{PIPESTATUS[0]}}",
            shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60,
            env=base_env())
        assert result.stderr == "", result.stderr
        assert result.stdout.rstrip().endswith("status=0")


@pytest.mark.parametrize("command, status", [
    # a closed stdin reads as empty input, as < /dev/null does
    ("batch <&-", 0), ("validate - <&-", 2), ("--facts - list <&-", 2), ("extract - <&-", 1),
    # a closed stdout drops what is printed, as a closed pipe does
    ("list >&-", 0), ("ask 瞪羚企业有几家 --json >&-", 0), ("stats >&-", 0),
    ("validate >&-", 0), ("show nope.x >&-", 1),
])
def test_closed_standard_streams_are_no_crash(command: str, status: int) -> None:
    result = subprocess.run(f"{sys.executable} -m jzfacts {command}", shell=True,
                            executable="/bin/bash", capture_output=True, text=True, timeout=60,
                            env=base_env())
    assert result.returncode == status, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_stdout_that_cannot_encode_chinese() -> None:
    env = {"PYTHONIOENCODING": "ascii"}
    result = jzfacts("show", "enterprises.high-tech", "--json", env=env)
    assert result.returncode == 0
    assert result.stdout.isascii() and json.loads(result.stdout)[0]["label"] == "高新技术企业"
    result = jzfacts("list", "--fields", "id,label", env=env)
    assert result.returncode == 0 and "\\u9ad8" in result.stdout
    result = jzfacts("list", "--color", "always", "--category", "talent", env=env)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.isascii() and ANSI in result.stdout
    assert "talent.bqw-hundred" in result.stdout and "24 \\u4eba" in result.stdout


def test_c_locale() -> None:
    result = jzfacts("search", "瞪羚", "--json", env={"LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0 and json.loads(result.stdout)[0]["id"] == "enterprises.gazelle"


def test_narrow_terminal() -> None:
    import re

    from rich.text import Text

    shown = on_a_terminal("list", "--category", "talent", env={"COLUMNS": "20"})
    lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line) for line in shown.splitlines()]
    assert all(Text(line).cell_len <= 20 for line in lines)
    assert sum(1 for line in lines if "talent." in line) == 5  # one line per fact
    shown = on_a_terminal("compare", "mechanisation.rice", "mechanisation.corn",
                          env={"COLUMNS": "20"})
    assert "█" in shown


def test_redirect_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    with target.open("w", encoding="utf-8") as handle:
        result = subprocess.run([sys.executable, "-m", "jzfacts", "list"], stdout=handle,
                                stderr=subprocess.PIPE, timeout=60, env=base_env())
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8").startswith("id\tlabel\t")


def test_environment_variable_and_option(tmp_path: Path) -> None:
    result = jzfacts("stats", "--json", env={"JZFACTS_FACTS": str(SMALL)})
    assert json.loads(result.stdout)["total"] == 5
    result = jzfacts("--facts", str(tmp_path / "nope.toml"), "stats",
                     env={"JZFACTS_FACTS": str(SMALL)})
    assert result.returncode == 2 and "no such file" in result.stderr


def test_fact_text_cannot_inject_terminal_codes(tmp_path: Path) -> None:
    # Rich markup in a label is shown as text, not interpreted.
    text = SMALL.read_text(encoding="utf-8").replace('label = "瞪羚企业"',
                                                     'label = "[bold red]瞪羚[/] [link=x]"')
    path = tmp_path / "markup.toml"
    path.write_text(text, encoding="utf-8")
    shown = on_a_terminal("--facts", str(path), "show", "enterprises.gazelle", "--color", "never")
    assert "[bold red]瞪羚[/] [link=x]" in shown


def test_unexpected_error_is_one_line_unless_debugging(tmp_path: Path) -> None:
    code = ("import sys, jzfacts.base.compare as c\n"
            "def boom(*a, **k): raise RuntimeError('kaboom')\n"
            "c.stats = boom\n"
            "from jzfacts.cli.app import main\n"
            "sys.argv = ['jzfacts'] + sys.argv[1:]\nmain()\n")
    script = tmp_path / "run.py"
    script.write_text(code, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), "stats"], capture_output=True,
                            text=True, timeout=60, env=base_env())
    assert result.returncode == 3
    assert result.stderr == ("jzfacts: internal error, a bug (RuntimeError: kaboom); rerun "
                             "with --debug or JZFACTS_DEBUG=1 to see the traceback\n")
    for off in ("0", "false", "no", "off", ""):  # JZFACTS_DEBUG=0 means off
        quiet = subprocess.run([sys.executable, str(script), "stats"], capture_output=True,
                               text=True, timeout=60, env=dict(base_env(), JZFACTS_DEBUG=off))
        assert quiet.returncode == 3 and "Traceback" not in quiet.stderr, off
    loud = subprocess.run([sys.executable, str(script), "stats"], capture_output=True,
                          text=True, timeout=60, env=dict(base_env(), JZFACTS_DEBUG="1"))
    assert "RuntimeError: kaboom" in loud.stderr and "Traceback" in loud.stderr
    result = subprocess.run([sys.executable, str(script), "--debug", "stats"],
                            capture_output=True, text=True, timeout=60, env=base_env())
    assert result.returncode != 0 and "Traceback" in result.stderr
    # In batch, a bug ends its own line, not the batch: that line's reply says so (code 3),
    # the lines after it are answered, and the batch ends with exit 3 and one line on stderr
    batch = subprocess.run([sys.executable, str(script), "batch"], capture_output=True,
                           text=True, timeout=60, env=base_env(),
                           input="show loans.agri\nstats\nshow nope.x\nshow loans.agri\n")
    replies = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [(reply["line"], reply["ok"], reply.get("code")) for reply in replies] == [
        (1, True, None), (2, False, 3), (3, False, 1), (4, True, None)]
    assert replies[1]["error"] == ("internal error, a bug (RuntimeError: kaboom); rerun with "
                                   "--debug or JZFACTS_DEBUG=1 to see the traceback")
    assert batch.returncode == 3
    assert batch.stderr == ("jzfacts: 1 batch line met an internal error, a bug (line 2); "
                            "rerun with --debug or JZFACTS_DEBUG=1 to see the traceback\n")
    loud = subprocess.run([sys.executable, str(script), "--debug", "batch"],
                          capture_output=True, text=True, timeout=60, env=base_env(),
                          input="stats\nshow loans.agri\n")
    assert loud.returncode != 0 and "Traceback" in loud.stderr and loud.stdout == ""


def _run_with_stderr_on_a_terminal(args: List[str], env: Dict[str, str], columns: int = 0
                                   ) -> Tuple[int, bytes, str]:
    """(exit code, stdout, what the terminal on stderr showed). The terminal is read while
    the program runs: a full pseudo-terminal buffer would block it."""
    import threading

    controller, terminal = pty.openpty()
    if columns:
        sized(terminal, columns)
    shown = bytearray()
    reader = threading.Thread(target=read_terminal, args=(controller, shown), daemon=True)
    reader.start()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=terminal, env=env)
    stdout, _ = process.communicate(timeout=300)
    os.close(terminal)
    reader.join(timeout=10)
    os.close(controller)
    return process.returncode, stdout, shown.decode("utf-8", "replace")


def test_progress_on_a_terminal_for_a_large_file_and_nothing_off_it(tmp_path: Path) -> None:
    from jzfacts.search.store import LARGE_FILE

    big = tmp_path / "big.toml"
    big.write_text(synthetic(4500), encoding="utf-8")
    assert big.stat().st_size >= LARGE_FILE
    args = [sys.executable, "-m", "jzfacts", "--facts", str(big), "search", "瞪羚", "-n", "1",
            "--json"]
    env = dict(base_env(), XDG_CACHE_HOME=str(tmp_path / "cache"), COLUMNS="100",
               TERM="xterm-256color")
    code, stdout, shown = _run_with_stderr_on_a_terminal(args, env)
    assert code == 0
    assert json.loads(stdout)[0]["label"] == "瞪羚企业"  # stdout stays clean JSON
    for stage in ("indexing big.toml", "4500/4500"):
        assert stage in shown, stage
    # how many more matched than -n 1 shows, on the terminal only
    assert "jzfacts: 1 of 102 matches shown; --all shows every one" in shown
    # Off a terminal (a fresh cache, so the same work is done): nothing on stderr.
    quiet = subprocess.run(args, capture_output=True, text=True, timeout=300,
                           env=dict(env, XDG_CACHE_HOME=str(tmp_path / "cache2")))
    assert quiet.returncode == 0 and quiet.stderr == ""
    # Done once, the next run reads the index and reports no work, even on a terminal.
    code, _, shown = _run_with_stderr_on_a_terminal(args, env)
    assert code == 0 and "indexing" not in shown


# ------------------------------------------------------------------ numbers never hidden


def plain_lines(shown: str) -> List[str]:
    import re

    return [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line).rstrip("\r")
            for line in shown.splitlines()]


def test_a_dumb_terminal_gets_the_width_it_has() -> None:
    """TERM=dumb (Emacs' shell): Rich alone lays out for 80 columns there; 120 columns
    must show the value column of list, compare and stats, and bars that fit."""
    from rich.text import Text

    for env, columns in (({"TERM": "dumb", "COLUMNS": "120"}, 0),
                         ({"TERM": "dumb", "COLUMNS": None}, 120)):
        listed = plain_lines(on_a_terminal("list", "-c", "transport", env=env,
                                           columns=columns))
        header = [line for line in listed if line.strip().startswith("id")][0]
        assert header.split() == ["id", "label", "label_en", "value", "period"], env
        assert any("4,636 标准箱   2023-01" in line for line in listed)
        assert max(Text(line).cell_len for line in listed) > 100
        for argv in (["compare", "port.berth", "port.ship-teu", "-c", "transport"],
                     ["compare", "mechanisation.rice", "mechanisation.corn"], ["stats"]):
            if "-c" in argv:
                continue
            shown = plain_lines(on_a_terminal(*argv, env=env, columns=columns))
            assert all(Text(line).cell_len <= 120 for line in shown)
            assert not any("█…" in line or "▏…" in line for line in shown), argv
            if argv[0] == "compare":
                assert any("99.4 %" in line and "█" in line for line in shown)
                assert any("value" in line and "ratio" in line for line in shown)


def test_narrow_terminals_stack_records_rather_than_cut_numbers() -> None:
    from jzfacts.base.factbase import shipped_path
    from jzfacts.search.loaded import load

    facts = {fact.id: fact for fact in load(shipped_path()).facts}
    shown = plain_lines(on_a_terminal("list", "-c", "transport", "-c", "commerce",
                                      env={"COLUMNS": "40"}))
    text = "\n".join(shown)
    for fact_id in ("port.ship-teu", "festival.edition", "market.distance"):
        fact = facts[fact_id]
        assert f"\n{fact_id}\n" in f"\n{text}\n"  # a block per fact, the id its title
        assert fact.display_value() in text
        if fact.period:
            assert fact.period in text or fact.period.replace("–", "–\n") in text
    assert "4,636 标准箱" in text and "2023-01-12–2023-01-28" in text


def test_a_pipe_into_a_pager_gets_the_terminals_width() -> None:
    """`--format table | less`: stdout is a pipe, stderr the terminal: its width counts."""
    from rich.text import Text

    env = dict(base_env(), TERM="xterm-256color")
    env.pop("COLUMNS", None)
    args = [sys.executable, "-m", "jzfacts", "list", "-c", "transport", "--format", "table"]
    code, stdout, _ = _run_with_stderr_on_a_terminal(args, env, columns=150)
    lines = stdout.decode("utf-8").splitlines()
    assert code == 0 and max(Text(line).cell_len for line in lines) > 120
    assert any("Container capacity of the container ship Zhonggu Fuzhou" in line
               for line in lines)  # wide enough for the whole English label


def test_force_color_clicolor_force_and_no_color() -> None:
    small = ["--facts", str(SMALL), "list", "-c", "enterprises"]
    for env in ({"FORCE_COLOR": "1"}, {"CLICOLOR_FORCE": "1"}):
        result = jzfacts(*small, "--format", "table", env=env)
        assert ANSI in result.stdout and "─" in result.stdout, env  # coloured, as asked
        # but a pipe still gets TSV when no format is named: CI often sets FORCE_COLOR
        piped = jzfacts(*small, env=env)
        assert ANSI not in piped.stdout and piped.stdout.startswith("id\t"), env
    for env in ({"FORCE_COLOR": "0"}, {"CLICOLOR_FORCE": "0"},
                {"FORCE_COLOR": "1", "NO_COLOR": "1"}):
        result = jzfacts(*small, env=env)
        assert ANSI not in result.stdout and result.stdout.startswith("id\t"), env
    forced_off = jzfacts(*small, "--color", "never", env={"FORCE_COLOR": "1"})
    assert ANSI not in forced_off.stdout  # the option wins over the environment
    shown = on_a_terminal(*small, env={"NO_COLOR": "1"})
    assert "─" in shown and "\x1b[1m" not in shown
    shown = on_a_terminal(*small, "--color", "always", env={"NO_COLOR": "1"})
    assert "\x1b[1m" in shown


def test_export_into_dev_stdout_and_a_pipe(tmp_path: Path) -> None:
    result = subprocess.run(
        f"{sys.executable} -m jzfacts --facts {SMALL} export -f csv -o /dev/stdout | head -2",
        shell=True, capture_output=True, text=True, timeout=60, env=base_env(), cwd=tmp_path)
    assert result.stdout.splitlines()[1].startswith("enterprises.high-tech,")
    assert result.stderr == "jzfacts: wrote 5 facts to /dev/stdout\n"
    database = tmp_path / "piped.db"
    with database.open("wb") as handle:
        piped = subprocess.run([sys.executable, "-m", "jzfacts", "--facts", str(SMALL),
                                "export", "-f", "sqlite", "-o", "-"], stdout=handle,
                               stderr=subprocess.PIPE, timeout=60, env=base_env())
    assert piped.returncode == 0
    import sqlite3

    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM facts").fetchone() == (5,)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["piped.db"]
    for target in ("-", "/dev/stdout"):
        shown = on_a_terminal("--facts", str(SMALL), "export", "-f", "sqlite", "-o", target)
        assert "SQLite" not in shown  # a binary file is not sent to a terminal


def test_validate_reads_a_pipe_by_its_path(tmp_path: Path) -> None:
    """/dev/stdin on a pipe is read once, so warnings keep their lines."""
    from .test_cli import DRAFT

    draft = tmp_path / "draft.toml"
    draft.write_text(DRAFT, encoding="utf-8")
    for reader in ("/dev/stdin", "-"):
        result = subprocess.run(
            f"cat {draft} | {sys.executable} -m jzfacts validate {reader} --strict",
            shell=True, capture_output=True, text=True, timeout=60, env=base_env())
        name = "<stdin>" if reader == "-" else reader
        assert result.returncode == 2
        assert result.stdout.splitlines()[0] == (f"{name}:5: warning: fact a.b: label_en: "
                                                 "drafted: write the English label")


def test_a_one_command_process_leaves_its_objects_to_the_end() -> None:
    """The console script freezes what it made before the command and at its end (the
    collector walked every object again at exit); a process running commands in-process
    (a test's CliRunner) keeps collecting as usual."""
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0,"
            " file=sys.stderr))\n"
            "sys.argv = ['jzfacts', 'show', 'enterprises.high-tech', '--json']\n"
            "from jzfacts.cli.app import main\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", env=base_env(), timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout)[0]["value"] == 188
    assert "frozen True" in done.stderr

    import gc

    from typer.testing import CliRunner

    from jzfacts.cli.app import app

    before = gc.get_freeze_count()
    assert CliRunner().invoke(app, ["show", "enterprises.high-tech", "--json"]).exit_code == 0
    assert gc.get_freeze_count() == before


def test_json_of_a_file_name_that_is_not_utf8_is_still_utf8(tmp_path: Path) -> None:
    # A byte that is no UTF-8 in a name (Python's surrogate escape) is written as its JSON
    # escape, not as the raw byte: jq and json.loads read the output, and json.loads gives
    # back the name (os.fsencode: the same bytes).
    name = os.fsdecode(b"odd\xff\xfename.toml")
    (tmp_path / name).write_bytes(SMALL.read_bytes())
    for args in (["validate", str(tmp_path / name), "--json"],
                 ["--facts", str(tmp_path), "list", "--json"],
                 ["--facts", str(tmp_path), "validate", "-f", "ndjson"]):
        done = subprocess.run([sys.executable, "-m", "jzfacts", *args], capture_output=True,
                              env=base_env(), timeout=60)
        text = done.stdout.decode("utf-8")  # (raises where a raw byte is printed)
        if args[-1] == "--json" and args[0] == "validate":
            assert "\\udcff" in text
            assert os.fsencode(json.loads(text)["path"]) == os.fsencode(tmp_path / name)
        elif args[-1] == "--json":
            assert json.loads(text)
        else:
            assert all(json.loads(line) for line in text.splitlines())


def test_messages_show_a_name_that_is_not_utf8_as_its_bytes(tmp_path: Path) -> None:
    """A byte of a file name that is no UTF-8 is \\xff in every message on stderr, as a
    draft writes it in a [[source]]'s file and as control characters are shown (it was
    b\\udcffad.toml, Python's surrogate escape): the duplicate-id message, validate's
    summary, a missing file, a page that cannot be read."""
    odd = os.fsdecode(b"b\xffad.toml")
    (tmp_path / odd).write_bytes(SMALL.read_bytes())
    (tmp_path / "good.toml").write_bytes(SMALL.read_bytes())
    runs = [(["--facts", str(tmp_path), "list"], 2),
            (["--facts", str(tmp_path), "validate"], 2),
            (["validate", str(tmp_path / odd)], 0),
            (["--facts", str(tmp_path / os.fsdecode(b"gone\xfe\x01.toml")), "list"], 2),
            (["validate", str(tmp_path / odd), "--page",
              str(tmp_path / os.fsdecode(b"page\xff.txt"))], 2)]
    for args, code in runs:
        done = subprocess.run([sys.executable, "-m", "jzfacts", *args], capture_output=True,
                              env=dict(base_env(), LC_ALL="C.UTF-8"), timeout=60)
        message = done.stderr.decode("utf-8")  # (raises where a raw byte is printed)
        assert done.returncode == code, message
        assert "\\udc" not in message and "\x01" not in message, message
        assert "b\\xffad.toml" in message or "gone\\xfe\\x01.toml" in message or \
            "page\\xff.txt" in message, message
