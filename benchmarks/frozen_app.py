"""Builds the Windows spec (``packaging/fgc-desktop.spec``) here, and runs what it made.

Run from the repository: ``python benchmarks/frozen_app.py`` (PyInstaller must
be installed). The same spec builds the Windows installer's folder in CI; built
on Linux it shows that the frozen app finds its migrations, fonts, icons, schema
and compiled translations inside its ``_internal`` folder. Prints how long the
build took, then checks, each timed: ``--version``; loading the demo (which runs
every migration); listing it; writing a family's invitations as PDF files; and
the window staying up on Qt's offscreen screen. Exits 1 if any check fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fgc_desktop import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "fgc-desktop.spec"
DEMO_FAMILY = "DEMO-0004"
WINDOW_SECONDS = 8
NEEDED_INSIDE = (
    "fgc_desktop/store/migrations/env.py",
    "fgc_desktop/store/migrations/script.py.mako",
    "fgc_desktop/store/migrations/versions/0001_initial_schema.py",
    "fgc_desktop/casefile/schema.json",
    "fgc_desktop/resources/fonts/NotoSans-Regular.ttf",
    "fgc_desktop/resources/icons/users-group.svg",
    "fgc_desktop/translations/README.md",
)
QT_PLUGINS = ("platforms", "imageformats", "iconengines", "printsupport")


def build(out: Path) -> tuple[Path, float]:
    """Runs PyInstaller on the spec; the built folder and the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        cwd=ROOT, check=True)
    return out / "dist" / "fgc-desktop", time.perf_counter() - started


def _run(program: Path, arguments: Sequence[str], data: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "FGC_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONPATH", None)
    return subprocess.run([str(program), *arguments], env=environment, cwd=data.parent,
                          capture_output=True, text=True, timeout=300, check=False)


def _succeeds(result: subprocess.CompletedProcess[str]) -> str:
    if result.returncode != 0:
        return f"exit {result.returncode}: {result.stderr.strip()[-800:]}"
    return ""


def check_files(folder: Path) -> str:
    inside = folder / "_internal"
    missing = [name for name in NEEDED_INSIDE if not (inside / name).is_file()]
    plugins = inside / "PySide6" / "Qt" / "plugins"
    if not plugins.is_dir():
        plugins = inside / "PySide6" / "plugins"
    missing += [f"Qt plugins: {kind}" for kind in QT_PLUGINS if not (plugins / kind).is_dir()]
    svg = [path.name for path in (plugins / "imageformats").glob("*qsvg*")]
    if not svg:
        missing.append("Qt plugin: the SVG image format")
    for source in (ROOT / "translations").glob("*/LC_MESSAGES/*.po"):
        compiled = source.relative_to(ROOT).with_suffix(".mo")
        if not (inside / "fgc_desktop" / compiled).is_file():
            missing.append(f"the compiled catalogue {compiled.as_posix()}")
    return "missing " + ", ".join(missing) if missing else ""


def check_version(console: Path, data: Path) -> str:
    result = _run(console, ["--version"], data)
    wanted = f"FGC Desktop {__version__}"
    return _succeeds(result) or ("" if result.stdout.strip() == wanted
                                 else f"printed {result.stdout.strip()!r}, not {wanted!r}")


def check_demo_and_list(console: Path, data: Path) -> str:
    problem = _succeeds(_run(console, ["demo"], data))
    if problem:
        return problem
    listed = _run(console, ["list"], data)
    return _succeeds(listed) or ("" if DEMO_FAMILY in listed.stdout
                                 else f"the list lacks {DEMO_FAMILY}")


def check_documents(console: Path, data: Path) -> str:
    out = data.parent / "documents"
    result = _run(console, ["documents", DEMO_FAMILY, "--kind", "invitation", "--out", str(out)],
                  data)
    if problem := _succeeds(result):
        return problem
    written = [Path(line) for line in result.stdout.splitlines() if line.strip()]
    if not written:
        return "no document was written"
    bad = [path.name for path in written
           if not path.is_file() or not path.read_bytes().startswith(b"%PDF")]
    return f"not PDFs: {bad}" if bad else ""


def check_window(window: Path, data: Path) -> str:
    """The window program starts and is still running when it is stopped."""
    environment = {**os.environ, "FGC_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([str(window)], env=environment, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as running:
        try:
            _out, errors = running.communicate(timeout=WINDOW_SECONDS)
        except subprocess.TimeoutExpired:
            running.terminate()
            running.communicate()
            return ""
    return f"the window closed by itself (exit {running.returncode}): {errors.strip()[-800:]}"


def run_checks(folder: Path, scratch: Path) -> dict[str, tuple[str, float]]:
    """Each check's problem (empty when it passed) and how many seconds it took."""
    suffix = ".exe" if sys.platform == "win32" else ""
    console = folder / f"fgc-desktop{suffix}"
    window = folder / f"fgc-desktop-window{suffix}"
    data = scratch / "data"
    checks: dict[str, Callable[[], str]] = {
        "the data files and Qt plugins are inside": lambda: check_files(folder),
        "fgc-desktop --version": lambda: check_version(console, data),
        "demo (runs the migrations) and list": lambda: check_demo_and_list(console, data),
        f"documents {DEMO_FAMILY} --kind invitation": lambda: check_documents(console, data),
        "the window starts and stays up": lambda: check_window(window, data),
    }
    results = {}
    for name, check in checks.items():
        started = time.perf_counter()
        problem = check()
        results[name] = (problem, time.perf_counter() - started)
    return results


def report(results: dict[str, tuple[str, float]]) -> int:
    for name, (problem, took) in results.items():
        verdict = "ok  " if not problem else "FAIL"
        print(f"{verdict} {name} ({took:.1f} s){': ' + problem if problem else ''}")
    return 1 if any(problem for problem, _took in results.values()) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="build here and keep it (default: a "
                        "temporary folder, removed afterwards)")
    parser.add_argument("--built", type=Path, metavar="FOLDER",
                        help="check this already built folder (dist/fgc-desktop) instead")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="fgc-frozen-"))
    try:
        if args.built:
            folder = args.built.resolve()
        else:
            folder, seconds = build(out)
            size = sum(path.stat().st_size for path in folder.rglob("*")
                       if path.is_file() and not path.is_symlink())
            print(f"Built {folder} in {seconds:.0f} s ({size / 2**20:.0f} MB).")
        return report(run_checks(folder, out))
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
