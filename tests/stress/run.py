"""`make stress`: the slow cases of the hostile battery (issue #14), each reported as held or left.

The fast cases are unit tests (tests/test_hostile.py, tests/test_corpus.py). These need whole runs,
real processes and a real file system:
- kill -9 of a corpus run mid-way: the earlier corpus is intact, the partial folder is marked as
  such, no worker outlives its parent, and the next run removes the partial folder;
- kill -9 of `run --jobs 2` mid-way: no worker, manager or resource tracker outlives its parent;
- a full disk (a small tmpfs, when this machine lets us mount one): the corpus keeps the earlier
  output; `run` fails the article in one line and still prints its summary and index;
- a 40-article corpus batch with bad files mixed in: it completes and lists each bad file by name;
- a small `run` batch with bad files mixed in: every article gets its line in the summary.

Orphans are found by session: each command starts in a session of its own, so any process still in
that session after the parent was killed is an orphan (it is then killed, by pid, to clean up).
Usage: python tests/stress/run.py [--batch 40] [--run-batch 3] [--keep] [--only GROUP...]
(Linux; the full-disk cases need the right to mount a tmpfs, e.g. root)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from helpers import paths
from helpers.corpus import datasets
from helpers.evaluation import synth
from helpers.figures.labels import persian_digits

RESULTS: list[tuple[str, bool, str]] = []
"""(case, held, note) for every case tried."""


def case(name: str, held: bool, note: str = "") -> None:
    RESULTS.append((name, held, note))
    print(f"{'HELD' if held else 'LEFT'}  {name}{f'  ({note})' if note else ''}", flush=True)


def helpers_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "helpers", *args]


LOGS: list[Path] = []
"""Where each command's output was saved (the scratch folder; kept with --keep)."""


def run_cmd(args: list[str], log: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run a command to its end, its output kept in `log` (`.out`, `.err`) for a look afterwards."""
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    log.with_suffix(".out").write_text(proc.stdout)
    log.with_suffix(".err").write_text(proc.stderr)
    LOGS.append(log)
    return proc


def start(args: list[str], log: Path) -> subprocess.Popen:
    """Start a command in a session of its own (its processes are then findable after a kill)."""
    handle = log.open("w")
    return subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)


def session_members(sid: int) -> list[int]:
    """Live processes of session `sid` (zombies aside), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # state, ppid, pgrp, session, ...
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def orphans_after_kill(proc: subprocess.Popen, grace: float) -> list[int]:
    """kill -9 the parent only, wait up to `grace` s for the rest of its session to go; return who stayed."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + grace
    while (left := session_members(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in left:  # ours: started by this script's command; clean up
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def articles(folder: Path, n: int, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return synth.generate(folder, n, seed=seed)


def earlier_corpus(work: Path, out: Path) -> list[str]:
    """A complete corpus of five articles in `out`; returns their ids."""
    src = work / "earlier"
    articles(src, 5, seed=3)
    proc = run_cmd(
        helpers_cmd("corpus", str(src / "*.txt"), "--output-dir", str(out), "--workers", "1"), work / "earlier", 600
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the earlier corpus could not be built: {proc.stderr.strip()[-300:]}")
    return sorted(datasets.read_dataset(out, "articles", ["article_id"])["article_id"])


def corpus_ids(out: Path) -> list[str]:
    try:
        return sorted(datasets.read_dataset(out, "articles", ["article_id"])["article_id"])
    except (OSError, ValueError):
        return []


def status(folder: Path) -> str:
    try:
        return json.loads((folder / datasets.STATUS).read_text())["status"]
    except (OSError, ValueError, KeyError):
        return "?"


def corpus_kill(work: Path) -> None:
    out = work / "corpus"
    before = earlier_corpus(work, out)
    src = work / "many"
    articles(src, 400, seed=11)
    proc = start(
        helpers_cmd("corpus", str(src / "*.txt"), "--output-dir", str(out), "--workers", "2"), work / "kill.log"
    )
    mid = wait_for(lambda: any(work.glob("corpus.partial-*/articles/part-*.parquet")), 300)
    left = orphans_after_kill(proc, grace=30)
    case("corpus kill -9: killed mid-run (a part file written)", mid)
    case("corpus kill -9: the earlier corpus is intact", corpus_ids(out) == before and status(out) == "complete")
    partial = list(work.glob("corpus.partial-*"))
    case(
        "corpus kill -9: the partial folder is marked as such",
        len(partial) == 1 and status(partial[0]) == "running",
        f"{[p.name for p in partial]}: {[status(p) for p in partial]}",
    )
    case("corpus kill -9: no worker outlives the parent (30 s grace)", not left, f"left {left}" if left else "")
    again = run_cmd(
        helpers_cmd("corpus", str(src / "synth-11-0000*.txt"), "--output-dir", str(out), "--workers", "1"),
        work / "kill-next",
        600,
    )
    case(
        "corpus kill -9: the next run completes and removes the partial folder",
        again.returncode == 0
        and not list(work.glob("corpus.partial-*"))
        and "نیمه‌کارهٔ اجرایی ناتمام پاک شد" in again.stdout  # the summary is Persian by default
        and len(corpus_ids(out)) == 10,
    )


def run_kill(work: Path) -> None:
    folder = work / "run-articles"
    files = articles(folder, 2, seed=5)
    out = work / "run-out"
    proc = start(
        helpers_cmd(
            "run",
            *map(str, files),
            "--jobs",
            "2",
            "--processed-dir",
            str(out / "processed"),
            "--reports-dir",
            str(out / "reports"),
        ),
        work / "run-kill.log",
    )
    mid = wait_for(lambda: any((out / "processed").glob("*/article.json")), 300)
    left = orphans_after_kill(proc, grace=30)
    case("run --jobs 2 kill -9: killed mid-run (step 01 written)", mid)
    case(
        "run --jobs 2 kill -9: no worker, manager or resource tracker outlives the parent (30 s grace)",
        not left,
        f"{len(left)} left: {', '.join(_cmdline(p) for p in left[:3])}" if left else "",
    )


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:60]
    except OSError:
        return str(pid)


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[bool]:
    """A small tmpfs at `where` when this machine allows mounting one (root, not forbidden); yields
    whether it is mounted."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of `folder`, leaving about `leave` bytes."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def disk_full(work: Path) -> None:
    mount = work / "tmpfs"
    with tmpfs(mount, "8m") as mounted:
        if not mounted:
            case("full disk: a small tmpfs could be mounted", False, "mount -t tmpfs refused here; cases not tried")
            return
        out = mount / "corpus"
        before = earlier_corpus(work, out)
        src = work / "full"
        articles(src, 40, seed=13)
        fill(mount, 64 * 1024)
        proc = run_cmd(
            helpers_cmd("corpus", str(src / "*.txt"), "--output-dir", str(out), "--workers", "2"),
            work / "full-corpus",
            900,
        )
        case("full disk: corpus keeps the earlier output", corpus_ids(out) == before and status(out) == "complete")
        case(
            "full disk: corpus fails without a traceback",
            proc.returncode in (1, 2) and "Traceback" not in proc.stderr,
            f"rc {proc.returncode}: {proc.stderr.strip().splitlines()[-1:] or proc.stdout.strip().splitlines()[-1:]}",
        )
        (mount / "filler").unlink()
        shutil.rmtree(out.parent / out.name, ignore_errors=True)
        for stale in mount.glob("corpus.partial-*"):
            shutil.rmtree(stale)
        reports = mount / "reports"
        reports.mkdir()
        fill(mount, 16 * 1024)
        seed = paths.ARTICLES / f"{paths.SEED_ID}.txt"
        proc = run_cmd(
            helpers_cmd(
                "run", str(seed), "--reports-dir", str(reports), "--processed-dir", str(work / "full-processed")
            ),
            work / "full-run",
            900,
        )
        case(
            "full disk: run fails the article in one line and prints its summary",
            proc.returncode == 1 and "Traceback" not in proc.stdout + proc.stderr and "failed" in proc.stdout,
            f"rc {proc.returncode}; {(proc.stderr.strip().splitlines() or [''])[-1][:100]}",
        )
        parts = [p.name for p in reports.rglob("*.part")]
        case("full disk: run leaves no .part file behind", not parts, ", ".join(parts[:3]))


def corpus_batch(work: Path, n: int) -> None:
    src = work / "batch"
    articles(src, n, seed=17)
    bad = {
        "zz-empty.txt": b"",
        "zz-binary.txt": bytes(range(256)) * 8,
        "zz-stray-byte.txt": b"\xff" * 3 + b"abc",
        "x" * 247 + ".txt": "نشست".encode(),
    }
    for name, data in bad.items():
        (src / name).write_bytes(data)
    os.mkfifo(src / "zz-pipe.txt")
    out = work / "batch-out"
    proc = run_cmd(
        helpers_cmd("corpus", str(src / "*.txt"), "--output-dir", str(out), "--workers", "2"),
        work / "corpus-batch",
        900,
    )
    listed = all(name[:20] in proc.stdout for name in [*bad, "zz-pipe.txt"])
    case(
        f"corpus batch of {n} + 5 bad files: completes, rc 1, each bad file listed by name",
        proc.returncode == 1
        and f"{persian_digits(str(n))} از {persian_digits(str(n + 5))} خبر" in proc.stdout  # Persian by default
        and listed
        and len(corpus_ids(out)) == n,
        (proc.stdout.strip().splitlines() or [""])[0][:80],
    )


def run_batch(work: Path, n: int) -> None:
    src = work / "run-batch"
    files = articles(src, n, seed=19)
    (src / "zz-arabic.txt").write_text("عقد الوزراء اجتماعا في العاصمة وقال المتحدث إن هذا الاجتماع هو الأول.\n" * 5)
    (src / "zz-empty.txt").write_bytes(b"")
    files += [src / "zz-arabic.txt", src / "zz-empty.txt"]
    out = work / "run-batch-out"
    proc = run_cmd(
        helpers_cmd(
            "run", *map(str, files), "--jobs", "2", "--processed-dir", str(out / "p"), "--reports-dir", str(out / "r")
        ),
        work / "run-batch",
        3600,
    )
    lines = {f.stem: any(line.startswith(f.stem) for line in proc.stdout.splitlines()) for f in files}
    case(
        f"run batch of {n} + 2 bad files: summary line for every article and an index",
        proc.returncode in (1, 2) and all(lines.values()) and "index:" in proc.stdout,
        f"rc {proc.returncode}; missing {[k for k, v in lines.items() if not v]}",
    )


STEPS: dict[str, Callable[[Path, argparse.Namespace], None]] = {
    "corpus-kill": lambda work, args: corpus_kill(work),
    "run-kill": lambda work, args: run_kill(work),
    "disk-full": lambda work, args: disk_full(work),
    "corpus-batch": lambda work, args: corpus_batch(work, args.batch),
    "run-batch": lambda work, args: run_batch(work, args.run_batch),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=40, help="articles in the corpus batch (default 40)")
    parser.add_argument("--run-batch", type=int, default=3, help="articles in the `run` batch (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (and the commands' output)")
    parser.add_argument("--only", nargs="+", choices=sorted(STEPS), help="run only these groups of cases")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="persian-news-stress-"))
    start_time = time.monotonic()
    try:
        for name in args.only or STEPS:
            STEPS[name](work, args)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    held = sum(ok for _, ok, _ in RESULTS)
    print(
        f"\nstress: {len(RESULTS)} tried, {held} held, {len(RESULTS) - held} left "
        f"({time.monotonic() - start_time:.0f} s){'' if not args.keep else f'; scratch in {work}'}"
    )
    return 0 if held == len(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
