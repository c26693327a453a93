"""The app keeps Windows' conventions, and its Windows build carries what it needs.

No POSIX-only calls in the package; file names Windows accepts; save dialogs
that start in the user's Documents folder; data files found where a frozen
build puts them; and an installer script that agrees with the build spec.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fgc_desktop.documents.files import safe_file_stem

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fgc_desktop"
PACKAGING = ROOT / "packaging"

POSIX_MODULES = {"fcntl", "pwd", "grp", "resource", "termios", "tty", "pty", "posix", "crypt",
                 "syslog", "readline", "curses"}
POSIX_ATTRIBUTES = {
    "os": {"fork", "forkpty", "getuid", "geteuid", "getgid", "getegid", "getgroups", "setuid",
           "setgid", "setsid", "setpgrp", "getpgid", "killpg", "chown", "lchown", "fchown",
           "mkfifo", "mknod", "uname", "getloadavg", "statvfs", "symlink", "sync", "wait3",
           "wait4", "nice", "chroot", "fchmod", "lchmod", "umask", "O_DIRECTORY", "O_NOFOLLOW"},
    "signal": {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGQUIT", "SIGCHLD",
               "SIGSTOP", "SIGCONT", "SIGPIPE", "alarm", "pause", "setitimer"},
    "time": {"tzset"},
}
POSIX_ENVIRONMENT = re.compile(r"^(HOME|USER|LOGNAME|TMPDIR|SHELL|DISPLAY|XDG_\w+)$")
POSIX_PATH = re.compile(r"^(~/|/(tmp|home|usr|etc|var|opt|dev|proc|mnt|media|srv|run)(/|$))")
POSIX_PROGRAMS = {"sh", "bash", "lp", "lpr", "xdg-open", "open"}
# (file inside fgc_desktop, what the scan reports) -> why it is right on Windows too.
ALLOWED: dict[tuple[str, str], str] = {}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _call_name(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _posix_only(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Each line that would fail, or mean nothing, on Windows, and what it uses."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""])
            for name in names:
                if name.split(".")[0] in POSIX_MODULES:
                    yield node.lineno, f"import {name}"
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and node.attr in POSIX_ATTRIBUTES.get(node.value.id, ())):
            yield node.lineno, f"{node.value.id}.{node.attr}"
        elif isinstance(node, ast.Call):
            yield from _posix_call(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if POSIX_PATH.match(node.value):
                yield node.lineno, f"the path {node.value!r}"
        elif isinstance(node, ast.JoinedStr) and any(
                isinstance(part, ast.Constant) and part.value == "/" for part in node.values):
            yield node.lineno, "a path joined with '/' in an f-string"
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
              and any(isinstance(side, ast.Constant) and side.value == "/"
                      for side in (node.left, node.right))):
            yield node.lineno, "a path joined with + '/'"


def _posix_call(node: ast.Call) -> Iterator[tuple[int, str]]:
    name = _call_name(node)
    first = node.args[0] if node.args else None
    if name == "chmod":
        yield node.lineno, "chmod (only the read-only bit means anything on Windows)"
    if name in {"getenv", "get", "__getitem__"} and isinstance(first, ast.Constant) and (
            isinstance(first.value, str) and POSIX_ENVIRONMENT.match(first.value)):
        yield node.lineno, f"the POSIX variable {first.value}"
    if any(keyword.arg == "shell" for keyword in node.keywords):
        yield node.lineno, "a shell command"
    program = first.elts[0] if isinstance(first, ast.List | ast.Tuple) and first.elts else first
    if name in {"run", "Popen", "call", "check_call", "check_output"} and isinstance(
            program, ast.Constant) and program.value in POSIX_PROGRAMS:
        yield node.lineno, f"the POSIX program {program.value!r}"


def _findings(source: str) -> list[str]:
    return [what for _line, what in _posix_only(ast.parse(source))]


def test_the_scan_recognises_each_kind_of_posix_only_code() -> None:
    source = "\n".join((
        "import fcntl", "from pwd import getpwnam", "os.fork()", "os.kill(1, signal.SIGKILL)",
        "os.getenv('HOME')", "os.environ.get('XDG_CONFIG_HOME')", "Path('x').chmod(0o600)",
        "open('/tmp/x')", "f'{folder}/{name}'", "folder + '/' + name",
        "subprocess.run(['lpr', path])", "subprocess.run(text, shell=True)", "time.tzset()",
    ))
    assert len(_findings(source)) == 13
    assert _findings("Path.home() / 'Documents' / name\nos.replace(a, b)\nf'{a} / {b}'") == []


def test_the_package_makes_no_posix_only_calls() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("store/migrations/"):
            continue
        for line, what in _posix_only(ast.parse(path.read_text(encoding="utf-8"))):
            if (relative, what) not in ALLOWED:
                found.append(f"fgc_desktop/{relative}:{line}: {what}")
    assert found == []


# --- file names ---------------------------------------------------------------------------

FORBIDDEN_IN_NAMES = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


def _acceptable_on_windows(stem: str) -> bool:
    return (0 < len(stem) <= 150 and not FORBIDDEN_IN_NAMES & set(stem)
            and stem == stem.strip() and not stem.endswith("."))


@given(st.text(max_size=400))
def test_any_text_becomes_a_file_name_windows_accepts(text: str) -> None:
    stem = safe_file_stem(text)
    assert _acceptable_on_windows(stem), repr(stem)
    assert safe_file_stem(stem) == stem


@pytest.mark.parametrize("family_and_kind", [
    'FGC-2026-0042 invitation - Ana "Nan" O\'Neil: <Gran>',
    "FGC-2026-0042 plan - Testwood/Sampleby (cy+en)",
    "FGC-2026-0042 leaflet - Misaal | خاندان? * ",
    "FGC-2026-0042 invitation - Jo Test...",
])
def test_a_family_name_and_kind_make_a_safe_readable_name(family_and_kind: str) -> None:
    stem = safe_file_stem(family_and_kind)
    assert _acceptable_on_windows(stem)
    assert stem.startswith("FGC-2026-0042 ")


@pytest.mark.parametrize("device", ["CON", "prn", "Aux", "NUL", "COM1", "com9", "LPT1", "lpt9",
                                    "NUL.tar", "con.pdf", "CON "])
def test_a_device_name_is_never_a_file_name(device: str) -> None:
    assert not PureWindowsPath(safe_file_stem(device) + ".pdf").is_reserved()


@pytest.mark.parametrize("device", ["COM¹", "LPT³", "CONIN$", "conout$", "CON .draft"])
def test_rarer_device_names_are_never_file_names(device: str) -> None:
    assert not PureWindowsPath(safe_file_stem(device) + ".pdf").is_reserved()


# --- where files are saved ----------------------------------------------------------------

SAVE_DIALOGS = re.compile(r"QFileDialog\.(getSaveFileName|getExistingDirectory)\(|QFileDialog\(")
# Dialogs that rightly start somewhere else, and why.
OWN_FOLDER = {
    "ui/backup_dialog.py": "starts in the backup folder the service chose",
    "ui/settings_editors.py": "a folder setting's chooser starts at the folder it holds",
}


def _modules_with_save_dialogs() -> list[str]:
    return sorted(path.relative_to(PACKAGE).as_posix() for path in (PACKAGE / "ui").rglob("*.py")
                  if SAVE_DIALOGS.search(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("module", [
    name for name in _modules_with_save_dialogs() if name not in OWN_FOLDER
])
def test_saving_starts_in_the_users_documents_folder(module: str) -> None:
    assert "documents_folder()" in (PACKAGE / module).read_text(encoding="utf-8")


def test_the_documents_folder_is_the_users_own() -> None:
    assert "DocumentsLocation" in (PACKAGE / "ui" / "folders.py").read_text(encoding="utf-8")


# --- the frozen layout and the packaging files --------------------------------------------

def test_a_frozen_app_finds_its_files_beside_its_modules(tmp_path: Path) -> None:
    """PyInstaller puts modules' ``__file__`` under ``_internal``; the spec puts data there too."""
    inside = tmp_path / "FGC Desktop" / "_internal" / "fgc_desktop"
    for folder in ("resources", "translations", "store/migrations/versions"):
        (inside / folder).mkdir(parents=True)
    shutil.copy(PACKAGE / "paths.py", inside / "paths.py")
    frozen = _load(inside / "paths.py")
    assert frozen.resources_dir() == inside / "resources"
    assert frozen.translations_dir() == inside / "translations"
    assert frozen.migrations_dir() == inside / "store" / "migrations"


def test_the_installer_script_agrees_with_the_build_spec() -> None:
    spec = (PACKAGING / "fgc-desktop.spec").read_text(encoding="utf-8")
    script = (PACKAGING / "fgc-desktop.iss").read_text(encoding="utf-8")
    assert 'program("fgc-desktop-window", console=False)' in spec
    assert '#define AppExe "fgc-desktop-window.exe"' in script
    assert 'name="fgc-desktop",' in spec and "dist\\fgc-desktop" in script
    for line in ("PrivilegesRequired=lowest", "PrivilegesRequiredOverridesAllowed=dialog",
                 'Name: "{autoprograms}\\{#AppName}"', "SetupIconFile=fgc-desktop.ico"):
        assert line in script


def test_the_app_icon_has_every_size_windows_asks_for() -> None:
    data = (PACKAGING / "fgc-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * number)[0] or 256
             for number in range(count)}
    assert (reserved, kind) == (0, 1)
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_version_resource_has_four_numbers_from_the_package_version() -> None:
    numbers = _load(PACKAGING / "version_info.py").numbers
    assert numbers("0.1.0") == (0, 1, 0, 0)
    assert numbers("1.2.3rc1") == (1, 2, 3, 0)
    assert numbers("2.0") == (2, 0, 0, 0)


@pytest.mark.skipif(not os.environ.get("FGC_TEST_FROZEN"),
                    reason="builds the app with PyInstaller (a minute); set FGC_TEST_FROZEN=1")
def test_the_frozen_app_runs_and_finds_its_files(tmp_path: Path) -> None:
    from benchmarks import frozen_app

    folder, _seconds = frozen_app.build(tmp_path)
    problems = {name: problem for name, (problem, _took)
                in frozen_app.run_checks(folder, tmp_path).items() if problem}
    assert problems == {}
