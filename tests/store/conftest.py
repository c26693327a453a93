"""A real PostgreSQL server for the team tests, started once per test run.

Without PostgreSQL here the tests that need it are skipped with the reason;
in CI (``CI=true``) they fail instead, so a missing server is never mistaken
for a pass.
"""

import os
from collections.abc import Iterator

import pytest

from tests.postgres_server import PostgresServer, missing_reason


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL tests, but {reason}")
        pytest.skip(f"no PostgreSQL server for these tests: {reason}")
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The address of a new, empty database on the test server, dropped afterwards."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)
