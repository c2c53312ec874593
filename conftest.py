"""Shared fixtures: a real knowledge base built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# No live lookups in the official directory during tests unless a test asks for them (against its own
# fake server): the machine may have no network, and answers must not depend on the real directory.
# Set before anything runs, so the servers the end-to-end tests start inherit it.
os.environ.setdefault("ANNUAIRE_API_URL", "")


@pytest.fixture(scope="session", autouse=True)
def one_address_for_many_people():
    """In-process web tests (TestClient) all come from one address and speak for many people:
    the per-address limit of POST /orientation is off for them, as for the harness's servers
    (harness.servers.LOOPBACK_CLIENTS); the tests of the limits set it themselves."""
    previous = os.environ.get("ORIENTATION_RATE_LIMIT")
    os.environ["ORIENTATION_RATE_LIMIT"] = "off"
    yield
    if previous is None:
        os.environ.pop("ORIENTATION_RATE_LIMIT", None)
    else:
        os.environ["ORIENTATION_RATE_LIMIT"] = previous


@pytest.fixture(scope="session", autouse=True)
def knowledge_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build the knowledge base into a fresh SQLite file, or into TEST_DATABASE_URL when set.

    Never into DATABASE_URL itself: the build drops and recreates every table.
    `python -m harness.with_postgres` sets TEST_DATABASE_URL to a throwaway PostgreSQL database.
    """
    from knowledge.db import get_engine
    from knowledge.territory import reset_index
    from knowledge.territory.build import build_territory

    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        path: Path = tmp_path_factory.mktemp("kb") / "knowledge.sqlite3"
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    build_territory(get_engine(url))
    reset_index()
    return url


# -- which suites ran -------------------------------------------------------------------------
# A green run must say what it covered: the end of every run prints, per suite, how many tests
# passed, failed or were skipped (a suite that did not run shows 0 and is named).
SUITES = (("actions/tests/", "unitaires (actions)"), ("tests/e2e/", "bout en bout (REST)"),
          ("tests/browser/", "navigateur (Chromium)"), ("tests/scale/", "montée en charge (PostgreSQL, Redis)"),
          ("tests/", "unitaires, CLI et API"))
_counts: dict[str, dict[str, int]] = {name: {"passed": 0, "failed": 0, "skipped": 0} for _, name in SUITES}


def _suite(nodeid: str) -> str:
    return next(name for prefix, name in SUITES if nodeid.startswith(prefix) or prefix == "tests/")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        outcome = "failed" if report.outcome == "failed" else report.outcome
        _counts[_suite(report.nodeid)][outcome] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    terminalreporter.section("suites lancées")
    for _, name in SUITES:
        c = _counts[name]
        ran = "lancée" if c["passed"] + c["failed"] else "NON LANCÉE"
        terminalreporter.write_line(f"{name:42} {ran:11} {c['passed']:4} réussis, {c['failed']:3} en échec, "
                                    f"{c['skipped']:3} ignorés")
