"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start.

The server runs as the ``postgres`` user when the tests run as root (PostgreSQL
refuses to run as root), listens only on 127.0.0.1 and a socket in its own
folder, trusts local connections, and skips fsync: it holds nothing worth
keeping and is deleted when the tests end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

SUPERUSER = "postgres"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on the PATH, else Debian's versioned folder."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda path: int(path.parent.parent.name)
                      if path.parent.parent.name.isdigit() else 0)
    return versions[-1].parent if versions else None


def missing_reason() -> str | None:
    """Why a server cannot be started here, or None if it can."""
    if os.name != "posix":
        return "the PostgreSQL tests need a POSIX system"
    if find_binaries() is None:
        return "PostgreSQL's initdb and pg_ctl were not found (apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return "running as root, and there is no 'postgres' user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One running server; ``database_url`` makes a fresh empty database on it."""

    def __init__(self) -> None:
        binaries = find_binaries()
        assert binaries is not None, missing_reason()
        self._bin = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="fgc-postgres-"))
        self.port = _free_port()
        self._counter = 0
        if os.geteuid() == 0:
            import pwd

            account = pwd.getpwnam(SUPERUSER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self._data = self.folder / "data"

    def start(self) -> None:
        self._run("initdb", "-D", str(self._data), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60")
        self._run("pg_ctl", "-D", str(self._data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        if self._data.exists():
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database's name."""
        self._counter += 1
        name = f"fgc_test_{self._counter}"
        self._admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(statement.encode())

    def _run(self, tool: str, *arguments: str, check: bool = True) -> None:
        command: Sequence[str] = [str(self._bin / tool), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False,
                                cwd=self.folder, timeout=120)
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}\n"
                f"{self.log()}"
            )
