"""The long run of the crash test: kill the app mid-edit for some minutes, check after each kill.

Run from the repository's folder::

    python -m benchmarks.crash_soak --minutes 5

It prints the kills, the edits reported saved, the checks made (each check
looks again at every edit reported so far), any losses, and the time taken; it
exits non-zero if anything reported saved was lost or the file was damaged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from tests.store.crash_harness import Soak, can_kill


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=2026, help="for the random kill moments")
    parser.add_argument("--max-delay", type=float, default=0.4,
                        help="the longest wait, in seconds, before each kill")
    options = parser.parse_args(argv)
    if not can_kill():
        print("This soak needs fork and SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    deadline = time.monotonic() + options.minutes * 60
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fgc-crash-soak-") as folder:
        soak = Soak(Path(folder), seed=options.seed, max_delay=options.max_delay)
        try:
            while time.monotonic() < deadline and not soak.problems:
                soak.round()
                if soak.kills % 100 == 0:
                    print(f"... {soak.kills} kills, {len(soak.reported)} edits", flush=True)
        finally:
            soak.close()
    elapsed = time.monotonic() - started
    print(f"kills: {soak.kills}")
    print(f"edits reported saved: {len(soak.reported)}")
    print(f"edit checks after restarts: {soak.checks}")
    print(f"failures: {len(soak.problems)}")
    for problem in soak.problems[:20]:
        print(f"  {problem}")
    print(f"time: {elapsed:.1f} s")
    return 1 if soak.problems else 0


if __name__ == "__main__":
    sys.exit(main())
