"""Measure jzfacts's speed goals as ratios, each side by side in one run.

    python benchmarks/run.py            # every goal (the 100k-fact file takes a few minutes)
    python benchmarks/run.py --quick    # fewer runs, no 100k file

Commands are run alternately (A, B, A, B, …) so that machine noise hits both sides alike;
each figure is a median. Generated fact files go to benchmarks/data/ (not committed).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import synthetic, write_many  # noqa: E402
from generate import write as generate  # noqa: E402

PY = sys.executable
# What the `jzfacts` console script that pip installs runs (python -m would add runpy).
LAUNCHER = HERE / "data" / "jzfacts_launcher.py"
JZ = [PY, str(LAUNCHER)]


def environment(cache: Path) -> Dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache), COLUMNS="100")
    env.pop("JZFACTS_FACTS", None)
    env.pop("JZFACTS_NO_CACHE", None)
    # Measure what an installed copy runs: pip writes .pyc files at install time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: Sequence[str], env: Dict[str, str], stdin: bytes = b"") -> float:
    start = time.perf_counter()
    result = subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):  # 1 is "nothing found": a fine answer to time
        raise SystemExit(f"{' '.join(command)} failed with exit code {result.returncode}: "
                         f"{result.stderr.decode(errors='replace').strip()}")
    return elapsed


def interleaved(commands: Dict[str, Tuple[Sequence[str], bytes]], runs: int,
                env: Dict[str, str],
                before: Optional[Dict[str, Callable[[], None]]] = None) -> Dict[str, float]:
    """Median wall time of each command, run alternately; `before` runs ahead of a command."""
    before = before or {}
    times: Dict[str, List[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, stdin) in commands.items():
            if name in before:
                before[name]()
            times[name].append(timed(command, env, stdin))
    return {name: statistics.median(values) for name, values in times.items()}


def peak_memory_mib(command: Sequence[str], env: Dict[str, str]) -> float:
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
             "stdout=subprocess.DEVNULL, check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PY, "-c", probe, *command], capture_output=True, text=True,
                         check=True, env=env)
    return int(out.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux


def editable_hooks() -> List[str]:
    """.pth files that run an import hook at every start of this interpreter. An editable
    install (pip install -e) adds one, which slows `python -c pass` itself (39 ms against
    16 ms measured here) and so flatters every ratio to it; an installed copy has none."""
    import site

    folders = [*site.getsitepackages(), site.getusersitepackages()]
    return sorted(str(path) for folder in folders
                  for path in Path(folder).glob("__editable__*.pth"))


def instructions(command: Sequence[str], env: Dict[str, str]) -> Optional[int]:
    """CPU instructions the command executes, counted by valgrind's callgrind: the same
    count on a busy machine as on an idle one. None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env, cwd=tempfile.gettempdir(), text=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found else None


def concurrently(commands: Sequence[Sequence[str]], env: Dict[str, str]) -> List[float]:
    """Wall time of each command, all started at once."""
    start = time.perf_counter()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  env=env, cwd=tempfile.gettempdir()) for command in commands]
    ends: Dict[int, float] = {}
    while len(ends) < len(processes):
        for number, process in enumerate(processes):
            if number not in ends and process.poll() is not None:
                ends[number] = time.perf_counter() - start
        time.sleep(0.005)
    for process in processes:
        if process.returncode not in (0, 1):
            raise SystemExit(f"failed: {process.stderr.read().decode(errors='replace')}")
    return [ends[number] for number in range(len(processes))]


def first_record(command: Sequence[str], env: Dict[str, str],
                 marker: bytes) -> Tuple[float, float]:
    """Seconds until the output holds `marker` (the first record), and until the pipeline
    `command | head -1` ends."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, cwd=tempfile.gettempdir())
    assert process.stdout is not None
    seen = b""
    first = float("nan")
    while True:
        chunk = process.stdout.read1(65536)
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            first = time.perf_counter() - start
            break
    process.stdout.close()
    process.wait()
    pipeline = ["bash", "-c", " ".join(shlex_quote(part) for part in command) + " | head -1"]
    start = time.perf_counter()
    subprocess.run(pipeline, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   cwd=tempfile.gettempdir())
    return first, time.perf_counter() - start


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def cpu_seconds(command: Sequence[str], env: Dict[str, str]) -> float:
    """CPU time (user and system) the command and every process it waited for used: on a
    shared machine it moves less than the wall time (with workers, it counts theirs)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    timed(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def hit_count(command: Sequence[str], env: Dict[str, str]) -> Tuple[int, float]:
    """How many hits a --json search prints, and how long it takes."""
    import json

    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, env=env, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1):
        raise SystemExit(f"failed: {out.stderr.decode(errors='replace')}")
    return len(json.loads(out.stdout or b"[]")), elapsed


def large_bases(args: argparse.Namespace, env: Dict[str, str], cache: Path, runs: int,
                goal: Callable[[str, str, float, float], None],
                rows: List[Tuple[str, str, float, float]]) -> None:
    """The goals at 100,000 facts: as one file, and as 1,000 files of 100 facts."""
    big_runs = 3

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    print("100,000 facts (generating if needed) …", file=sys.stderr)
    one = generate(100_000, HERE / "data")
    folder = write_many(1000, 100, HERE / "data")
    shapes = [("1 file", [str(one)], [one]),
              ("1,000 files", [str(folder)], sorted(folder.glob("*.toml")))]
    # A tomli parse of the same files, as the goal says (tomli is what jzfacts parses with).
    parse_code = ("import sys, tomli\nfor name in sys.argv[1:]:\n"
                  "    with open(name, 'rb') as handle: tomli.load(handle)")
    questions = {"a word": "瞪羚", "a Chinese question": "锦州有多少家瞪羚企业",
                 "an English question": "how many gazelle companies are there"}
    for shape, facts_args, files in shapes:
        if args.only_shape and args.only_shape not in shape:
            continue
        tag = f"100k facts, {shape}"
        facts = [word for path in facts_args for word in ("--facts", path)]
        parse = [PY, "-c", parse_code, *map(str, files)]
        first = JZ + facts + ["search", "瞪羚", "--json", "--limit", "20"]
        try:
            timed(first, dict(env, XDG_CACHE_HOME=str(cache / "probe")))
        except SystemExit as error:
            rows.append((f"{tag}: not supported", str(error)[:120], float("nan"), float("nan")))
            continue
        medians = interleaved({"parse": (parse, b""), "first": (first, b"")}, big_runs, env,
                              before={"first": clear})
        single = medians["first"]
        goal(f"{tag}: first search ÷ tomli parse",
             f"{medians['first']:.1f} s ÷ {medians['parse']:.1f} s",
             medians["first"] / medians["parse"], 2)
        parse_cpu = cpu_seconds(parse, env)
        clear()
        first_cpu = cpu_seconds(first, env)
        rows.append((f"(reference) {tag}: CPU seconds of the first search (every process) "
                     "÷ of the parse", f"{first_cpu:.1f} s ÷ {parse_cpu:.1f} s",
                     first_cpu / parse_cpu, float("nan")))

        clear()
        together = concurrently([first] * 4, env)
        goal(f"{tag}: four first searches at once, slowest ÷ one alone",
             f"{max(together):.1f} s ({', '.join(f'{t:.1f}' for t in together)}) ÷ "
             f"{single:.1f} s", max(together) / single, 1.5)

        timed(first, env)  # the index exists from here on
        queries = ["瞪羚", "企业", "gazelle", "gazele", "rencai", "zhou", "rc", "865", "21.3亿",
                   "high tech", "zzz", "a", "r", "1", *questions.values()]
        later = {}
        for query in queries:
            later.update({
                f"large {query}": (JZ + facts + ["search", query, "--json", "--limit", "20"],
                                   b""),
                f"small {query}": (JZ + ["search", query, "--json", "--limit", "20"], b""),
            })
        medians = interleaved(later, max(3, runs // 3), env)
        ratios = {query: medians[f"large {query}"] / medians[f"small {query}"]
                  for query in queries}
        rows.append((f"(reference) {tag}: each later search ÷ shipped base",
                     ", ".join(f"{query} {ratio:.2f}" for query, ratio in ratios.items()),
                     max(ratios.values()), float("nan")))
        for name, query in questions.items():
            goal(f"{tag}: later search, {name} ({query}) ÷ the same on the shipped base",
                 f"{medians[f'large {query}'] * 1000:.0f} ms ÷ "
                 f"{medians[f'small {query}'] * 1000:.0f} ms", ratios[query], 3)
        worst = max(queries, key=ratios.__getitem__)
        goal(f"{tag}: later search ÷ shipped base, worst query ({worst})",
             f"{medians[f'large {worst}'] * 1000:.0f} ms ÷ "
             f"{medians[f'small {worst}'] * 1000:.0f} ms", ratios[worst], 3)
        warm = medians[f"large {questions['a Chinese question']}"]

        question = JZ + facts + ["search", questions["a Chinese question"], "--json"]
        peak = statistics.median(peak_memory_mib(question, env) for _ in range(3))
        goal(f"{tag}: peak memory of a warm question search (MiB)", f"{peak:.1f} MiB", peak,
             100)
        count, elapsed = hit_count(question, env)
        goal(f"{tag}: hits printed by a search without --limit", f"{count} hits in "
             f"{elapsed:.1f} s", count, 20)
        listing = JZ + facts + ["list", "--json"]
        first_seconds, pipeline = first_record(listing, env, b'"id"')
        goal(f"{tag}: list --json | head -1 (s)", f"{pipeline:.2f} s (first record after "
             f"{first_seconds:.2f} s)", pipeline, 1)
        peak = peak_memory_mib(JZ + facts + ["list", "--json"], env)
        rows.append((f"(reference) {tag}: peak memory of list --json (MiB)", f"{peak:.1f} MiB",
                     peak, float("nan")))

        # One file added to the base, then one changed: the next search re-reads that file.
        search = JZ + facts + ["search", questions["a Chinese question"], "--json", "--limit",
                               "20"]
        target = files[-1]
        original = target.read_bytes()
        extra = (folder / "zz-added.toml") if shape == "1,000 files" else None
        try:
            after_add = []
            after_change = []
            warm_between = []
            for round_ in range(big_runs):
                if extra is not None:
                    extra.write_text(synthetic(100, 10_000_000 + round_ * 100),
                                     encoding="utf-8")
                    after_add.append(timed(search, env))
                    extra.unlink()
                    timed(search, env)
                marker = f"\n# changed {round_} {time.time()}\n".encode()
                target.write_bytes(original + marker)
                after_change.append(timed(search, env))
                target.write_bytes(original)
                timed(search, env)
                # the warm search these are compared with, timed in the same rounds: a warm
                # time from minutes before moves with the machine's load
                warm_between.append(timed(search, env))
        finally:
            target.write_bytes(original)
            if extra is not None and extra.exists():
                extra.unlink()
        earlier = warm
        warm = statistics.median(warm_between)
        rows.append((f"(reference) {tag}: warm search in these rounds ÷ the warm search "
                     f"timed earlier", f"{warm * 1000:.0f} ms ÷ {earlier * 1000:.0f} ms",
                     warm / earlier, float("nan")))
        if after_add:
            added = statistics.median(after_add)
            goal(f"{tag}: search after adding one file ÷ warm search",
                 f"{added * 1000:.0f} ms ÷ {warm * 1000:.0f} ms", added / warm, 1.5)
        changed_time = statistics.median(after_change)
        name = f"{tag}: search after changing one file ÷ warm search"
        measured = f"{changed_time * 1000:.0f} ms ÷ {warm * 1000:.0f} ms"
        if extra is not None:
            goal(name, measured, changed_time / warm, 1.5)
        else:  # the one file is the whole base: it is read again, whole
            rows.append((f"(reference) {name}", measured, changed_time / warm, float("nan")))


def small_goals(env: Dict[str, str], runs: int,
                goal: Callable[[str, str, float, float], None],
                rows: List[Tuple[str, str, float, float]]) -> None:
    """Start-up, batch, ask and memory on the shipped base."""
    print("start-up …", file=sys.stderr)
    startup = {
        "pass": [PY, "-c", "pass"],
        "typer-json": [PY, str(HERE / "baseline_json.py"), "x", "--json"],
        "show-json": JZ + ["show", "enterprises.high-tech", "--json"],
        "typer-table": [PY, str(HERE / "baseline_table.py"), "--color", "always"],
        "list-table": JZ + ["list", "--color", "always"],
    }
    medians = interleaved({name: (command, b"") for name, command in startup.items()}, runs,
                          env)
    ms = {name: f"{value * 1000:.0f} ms" for name, value in medians.items()}
    goal("show --json ÷ python -c pass", f"{ms['show-json']} ÷ {ms['pass']}",
         medians["show-json"] / medians["pass"], 7)
    goal("show --json ÷ one-command Typer app printing JSON",
         f"{ms['show-json']} ÷ {ms['typer-json']}", medians["show-json"] / medians["typer-json"],
         1.15)
    goal("list --color always ÷ python -c pass", f"{ms['list-table']} ÷ {ms['pass']}",
         medians["list-table"] / medians["pass"], 10)
    goal("list --color always ÷ Typer app printing a 45-row Rich table",
         f"{ms['list-table']} ÷ {ms['typer-table']}",
         medians["list-table"] / medians["typer-table"], 1.15)
    # For reference: where the baselines themselves stand against `python -c pass`.
    rows.append(("(reference) Typer JSON app ÷ python -c pass",
                 f"{ms['typer-json']} ÷ {ms['pass']}",
                 medians["typer-json"] / medians["pass"], float("nan")))
    rows.append(("(reference) Typer 45-row table app ÷ python -c pass",
                 f"{ms['typer-table']} ÷ {ms['pass']}",
                 medians["typer-table"] / medians["pass"], float("nan")))

    counts = {name: instructions(command, env) for name, command in startup.items()}
    known = {name: count for name, count in counts.items() if count}
    if len(known) == len(counts):  # noise-free: what the ratios above measure noisily
        for name, reference in (("show-json", "typer-json"), ("show-json", "pass"),
                                ("list-table", "typer-table"), ("list-table", "pass")):
            rows.append((f"(reference) CPU instructions, {name} ÷ {reference}",
                         f"{known[name] / 1e6:.0f} M ÷ {known[reference] / 1e6:.0f} M",
                         known[name] / known[reference], float("nan")))

    print("ask …", file=sys.stderr)
    # Questions of each kind ask reads: Chinese, English, pinyin with tone marks,
    # traditional Cantonese, and one refused for naming another city.
    questions = ["瞪羚企业有几家", "how many gazelle companies are there",
                 "gāoxīn jìshù qǐyè duōshǎo jiā", "錦州註冊嘅科技型中小企業有幾多間",
                 "杭州有多少家瞪羚企业"]
    asks: Dict[str, Tuple[Sequence[str], bytes]] = {
        question: (JZ + ["ask", question, "--json"], b"") for question in questions}
    asks["show"] = (JZ + ["show", "enterprises.high-tech", "--json"], b"")
    medians = interleaved(asks, runs, env)
    for question in questions:
        print(f"    {question}: {medians[question] * 1000:.0f} ms ÷ "
              f"{medians['show'] * 1000:.0f} ms", file=sys.stderr)
    worst = max(questions, key=medians.__getitem__)
    goal(f"ask --json ÷ show --json (worst of {len(questions)} questions: {worst})",
         f"{medians[worst] * 1000:.0f} ms ÷ {medians['show'] * 1000:.0f} ms",
         medians[worst] / medians["show"], 1.15)
    show_count = instructions(asks["show"][0], env)
    ask_count = instructions(asks[questions[0]][0], env)
    if show_count and ask_count:
        rows.append((f"(reference) CPU instructions, ask {questions[0]} ÷ show-json",
                     f"{ask_count / 1e6:.0f} M ÷ {show_count / 1e6:.0f} M",
                     ask_count / show_count, float("nan")))

    print("batch …", file=sys.stderr)
    from generate import tomllib

    with (ROOT / "facts.toml").open("rb") as handle:
        ids = [fact["id"] for fact in tomllib.load(handle)["fact"]]
    lines = "".join(f"show {ids[i % len(ids)]}\n" for i in range(10_000)).encode()
    medians = interleaved({
        "batch": (JZ + ["batch"], lines),
        "show": (JZ + ["show", "enterprises.high-tech", "--json"], b""),
    }, max(3, runs // 3), env)
    goal("batch of 10,000 show lines ÷ one show --json",
         f"{medians['batch'] * 1000:.0f} ms ÷ {medians['show'] * 1000:.0f} ms",
         medians["batch"] / medians["show"], 5)

    print("memory …", file=sys.stderr)
    peak = statistics.median(peak_memory_mib(JZ + ["list"], env) for _ in range(3))
    rows.append(("peak memory of list (MiB)", f"{peak:.1f} MiB", peak, 40))

    print("extract …", file=sys.stderr)
    # issue 17: drafting a 2,000-character article takes at most a second, start-up included
    seen = sorted((ROOT / "tests" / "data" / "articles" / "seen").glob("*.txt"))
    article = HERE / "data" / "article-2000.txt"
    article.write_text("\n".join(path.read_text(encoding="utf-8") for path in seen
                                 if path.stem != "README")[:2000], encoding="utf-8")
    medians = interleaved({"extract": (JZ + ["extract", str(article)], b"")},
                          max(3, runs // 3), env)
    goal("extract of a 2,000-character article, in seconds",
         f"{medians['extract'] * 1000:.0f} ms", medians["extract"], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per start-up command")
    parser.add_argument("--quick", action="store_true", help="7 runs, no 100k-fact file")
    parser.add_argument("--only-large", action="store_true",
                        help="only the goals at 100,000 facts")
    parser.add_argument("--only-shape", default="",
                        help="with --only-large: '1 file' or '1,000 files'")
    parser.add_argument("--editable-ok", action="store_true",
                        help="measure even with an editable install's import hook (every "
                             "ratio to `python -c pass` then looks better than it is)")
    args = parser.parse_args()
    hooks = editable_hooks()
    if hooks and not args.editable_ok:
        raise SystemExit(
            f"benchmarks/run.py: {hooks[0]} makes every start of {PY} slower, the "
            "`python -c pass` baseline too. Measure in a virtual environment without an "
            "editable install, e.g.\n  python -m venv /tmp/bench && /tmp/bench/bin/pip install "
            ". && /tmp/bench/bin/python benchmarks/run.py\n(or pass --editable-ok)")
    runs = 7 if args.quick else args.runs
    cache = Path(tempfile.mkdtemp(prefix="jzfacts-bench-cache-"))
    env = environment(cache)
    rows: List[Tuple[str, str, float, float]] = []

    def goal(name: str, measured: str, ratio: float, limit: float) -> None:
        rows.append((name, measured, ratio, limit))
        print(f"  {name}: {ratio:.2f} (goal ≤ {limit})", file=sys.stderr, flush=True)

    LAUNCHER.parent.mkdir(parents=True, exist_ok=True)
    LAUNCHER.write_text("import sys\nfrom jzfacts.cli.app import main\nsys.exit(main())\n")
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "jzfacts"), str(HERE)],
                   check=True, env=env)
    # Warm up: the fact file cache and the .pyc files are what every later run has.
    for command in (JZ + ["show", "enterprises.high-tech", "--json"],
                    [PY, str(HERE / "baseline_json.py"), "x", "--json"]):
        timed(command, env)

    if not args.only_large:
        small_goals(env, runs, goal, rows)
    if not args.quick:
        large_bases(args, env, cache, runs, goal, rows)

    shutil.rmtree(cache, ignore_errors=True)
    if hooks:
        print(f"\nWARNING: measured with {hooks[0]}: `python -c pass` is slowed by it, so "
              "ratios to it are too good.")
    print(f"\n{datetime.date.today()}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, typer {_version('typer')}, "
          f"rich {_version('rich')}\n")
    print("| goal | measured | ratio | limit | |")
    print("|---|---|---:|---:|---|")
    for name, measured, ratio, limit in rows:
        if limit != limit:  # nan: a reference row, no goal
            print(f"| {name} | {measured} | {ratio:.2f} | — | |")
            continue
        print(f"| {name} | {measured} | {ratio:.2f} | {limit} | "
              f"{'met' if ratio <= limit else '**missed**'} |")


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


if __name__ == "__main__":
    main()
