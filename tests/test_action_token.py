"""The action server's start-up rule for its token (actions/__main__.py); the token check itself is
tested over the real server in tests/e2e/test_abuse.py."""
from __future__ import annotations

from actions.__main__ import is_loopback, start_up_problem

TOKEN = "x" * 32


def test_loopback_without_a_token_starts_elsewhere_it_needs_one():
    assert start_up_problem("127.0.0.1", None) is None
    assert start_up_problem("localhost", None) is None and start_up_problem("::1", None) is None
    for host in ("0.0.0.0", "::", "10.0.0.5", "actions.internal"):
        problem = start_up_problem(host, None)
        assert problem and "ACTION_SERVER_TOKEN" in problem and "sans jeton" in problem
        assert start_up_problem(host, TOKEN) is None


def test_a_short_token_is_refused_everywhere():
    assert "trop court" in start_up_problem("127.0.0.1", "court")
    assert is_loopback("127.0.0.2") and not is_loopback("0.0.0.0")
