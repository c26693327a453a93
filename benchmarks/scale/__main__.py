"""``python -m benchmarks.scale``: generate the data set if needed, start the app several
times over it, and print the median of every figure beside the aim it is held to."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.scale.data import ensure

ROOT = Path(__file__).resolve().parents[2]
# (figure, what it is, aim, unit); an aim of 0 means the figure is only reported.
AIMS = (
    ("start_ms", "start until the window is shown (Home, list loaded)", 1500, "ms"),
    ("list_after_home_ms", "then showing the conference list", 100, "ms"),
    ("keystroke_ms", "search: a keystroke until the list is updated", 100, "ms"),
    ("open_conference_ms", "opening a conference", 100, "ms"),
    ("home_ms", "the Home dashboard, read afresh", 100, "ms"),
    ("home_in_view_ms", "Home read again while in view (as after Undo)", 100, "ms"),
    ("resident_at_end_mb", "memory in use after all of that", 300, "MB"),
    ("resident_peak_mb", "memory at its highest", 300, "MB"),
    ("stall_ms", "longest UI stall while an invitation pack is made", 100, "ms"),
    ("pack_ms", "making that pack, from the click to the outcome", 0, "ms"),
)


def one_start(data_dir: Path) -> dict[str, Any]:
    """Starts the app in a new process; times launch to first paint, and reads its figures."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.scale.session", str(data_dir)], cwd=ROOT,
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    start_ms = (time.perf_counter() - started) * 1000
    rest, errors = child.communicate(timeout=600)
    if first.strip() != "shown" or child.returncode != 0:
        print(errors, file=sys.stderr)
        raise SystemExit(f"The app did not start over {data_dir} (exit {child.returncode}).")
    return {"start_ms": start_ms, **json.loads(rest.strip().splitlines()[-1])}


def one_stall(data_dir: Path, packs: int) -> dict[str, Any]:
    """Makes the invitation pack ``packs`` times in a new process; each pack's figures."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale.stall", str(data_dir), str(packs)], cwd=ROOT,
        env=environment, capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        raise SystemExit("The invitation pack could not be made.")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _values(runs: list[dict[str, Any]], key: str) -> list[float]:
    found: list[float] = []
    for run in runs:
        value = run.get(key)
        if isinstance(value, list):
            found += value
        elif value is not None:
            found.append(float(value))
    return found


def machine() -> str:
    memory_kb = next(int(line.split()[1]) for line in
                     Path("/proc/meminfo").read_text(encoding="ascii").splitlines()
                     if line.startswith("MemTotal:"))
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text(encoding="ascii").splitlines()
                  if line.startswith("model name")), platform.processor())
    return (f"{os.cpu_count()} cores ({model}), {memory_kb / 1024 / 1024:.0f} GiB memory, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def report(runs: list[dict[str, Any]], conferences: int) -> None:
    print(f"\n{conferences:,} conferences; {len(runs)} starts; {machine()}")
    print(f"{'':55} {'median':>7} {'p90':>7} {'max':>7} {'CPU':>7}  aim")
    for key, title, aim, unit in AIMS:
        values = sorted(_values(runs, key))
        if not values:
            continue
        median = statistics.median(values)
        p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
        cpu = _values(runs, key.replace("_ms", "_cpu_ms")) if key.endswith("_ms") else []
        cpu_text = f"{statistics.median(cpu):7.0f}" if cpu else " " * 7
        verdict = "" if not aim else f"(aim {aim}) " + ("ok" if median <= aim else "OVER")
        print(f"{title:55} {median:7.0f} {p90:7.0f} {values[-1]:7.0f} {cpu_text}  {unit} "
              f"{verdict}")
    packs = _values(runs, "pack_ms")
    if packs:
        print(f"The pack figures are over {len(packs)} packs, {len(packs) // len(runs)} one "
              f"after another in each of {len(runs)} processes.")
    rows, total = _values(runs, "list_rows_loaded"), _values(runs, "list_total")
    if rows and total:
        print(f"The list loaded {rows[0]:.0f} of {total[0]:,.0f} rows at first (lazily). "
              "CPU: the UI thread's own time (the process's, for the start).")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    parser.add_argument("--conferences", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="where the data set is kept")
    parser.add_argument("--fresh", action="store_true", help="generate the data set again")
    parser.add_argument("--no-stall", action="store_true",
                        help="leave out the invitation pack measure")
    parser.add_argument("--packs", type=int, default=3,
                        help="invitation packs made after each start (default 3)")
    args = parser.parse_args()
    data_dir = ensure(args.conferences, args.data_dir, args.fresh)
    runs = []
    for number in range(args.runs):
        run = one_start(data_dir)
        if not args.no_stall:
            run.update(one_stall(data_dir, args.packs))
        runs.append(run)
        print(f"run {number + 1}: start {run['start_ms']:.0f} ms", flush=True)
    report(runs, args.conferences)


if __name__ == "__main__":
    main()
