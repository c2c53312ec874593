"""common.limits: sliding windows, several rules, bounded memory, the client address behind proxies."""
from __future__ import annotations

import pytest

from common.limits import ClientAddress, Limiter, LogOnce, Rule, parse_rules, retry_after


class Clock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_rules_are_read_from_text():
    assert parse_rules("10/10,300/3600") == (Rule(10, 10), Rule(300, 3600))
    assert parse_rules(" 5/1 ; 7/2 ") == (Rule(5, 1), Rule(7, 2))
    assert parse_rules("off") == () and parse_rules("0") == ()
    for bad in ("10", "a/b", "-1/10", "10/0", "inf/10"):
        with pytest.raises(ValueError, match="limite illisible"):
            parse_rules(bad)


def test_at_most_count_hits_in_any_window_and_the_wait_is_said():
    clock = Clock()
    limiter = Limiter(parse_rules("10/10"), clock=clock)
    assert [limiter.hit("a") for _ in range(10)] == [0.0] * 10
    wait = limiter.hit("a")
    assert wait > 0
    assert limiter.hit("b") == 0.0  # another key is not affected
    clock.t += wait + 0.01
    assert limiter.hit("a") == 0.0  # the wait announced was enough


def test_the_window_slides_instead_of_resetting():
    clock = Clock(1000.0)  # the start of a fixed 10 s window
    limiter = Limiter(parse_rules("10/10"), clock=clock)
    clock.t = 1009.0
    assert all(limiter.hit("a") == 0 for _ in range(10))
    clock.t = 1010.5  # a fixed window would allow 10 more at once here
    allowed = sum(limiter.hit("a") == 0 for _ in range(10))
    assert allowed <= 1
    clock.t = 1019.9  # almost a whole window later: nearly everything is free again
    assert sum(limiter.hit("a") == 0 for _ in range(10)) >= 8


def test_refused_hits_are_not_counted_and_the_long_rule_holds():
    clock = Clock()
    limiter = Limiter(parse_rules("10/10,30/3600"), clock=clock)
    accepted = 0
    for _ in range(600):  # a flood of 10 messages per second for a minute
        accepted += limiter.hit("a") == 0
        clock.t += 0.1
    assert 25 <= accepted <= 30


def test_hit_all_counts_in_every_limiter_or_in_none():
    senders, addresses = Limiter(parse_rules("3/60")), Limiter(parse_rules("5/60"))
    for i in range(5):
        assert Limiter.hit_all([(senders, f"s{i}"), (addresses, "1.2.3.4")]) == 0
    assert Limiter.hit_all([(senders, "s9"), (addresses, "1.2.3.4")]) > 0  # the address is full
    assert senders.hit("s9") == 0 and senders.hit("s9") == 0  # s9 was not counted
    assert Limiter.hit_all([(Limiter(()), "x"), (senders, None)]) == 0  # no rule, no key: no limit


def test_memory_is_bounded_whatever_the_number_of_keys():
    clock = Clock()
    limiter = Limiter(parse_rules("1/10"), max_keys=1000, clock=clock)
    for i in range(10_000):
        limiter.hit(f"random-sender-{i}")
    assert len(limiter) <= 1000


def test_retry_after_is_whole_seconds():
    assert retry_after(0.2) == "1" and retry_after(3.01) == "4"


def test_the_client_address_is_the_peer_unless_a_trusted_proxy_says_otherwise():
    headers = {"X-Forwarded-For": "6.6.6.6, 203.0.113.7"}
    untrusting = ClientAddress("")
    assert untrusting("198.51.100.1", headers.get) == "198.51.100.1"  # the header is ignored
    proxy = ClientAddress("127.0.0.1 10.0.0.0/8")
    assert proxy("198.51.100.1", headers.get) == "198.51.100.1"  # not from the proxy: ignored
    # From the proxy: the right-most address the proxies did not add (the client wrote 6.6.6.6).
    assert proxy("127.0.0.1", headers.get) == "203.0.113.7"
    chain = {"X-Forwarded-For": "6.6.6.6, 203.0.113.7, 10.1.2.3"}.get
    assert proxy("127.0.0.1", chain) == "203.0.113.7"  # two proxies in a row
    assert proxy("127.0.0.1", {}.get) == "127.0.0.1"  # no header: the proxy itself
    assert proxy("127.0.0.1", {"X-Forwarded-For": "n'importe quoi"}.get) == "127.0.0.1"
    assert proxy("127.0.0.1", {"X-Forwarded-For": "[2001:db8::1]:443"}.get) == "2001:db8::1"
    real_ip = ClientAddress("127.0.0.1", "X-Real-IP")
    assert real_ip("127.0.0.1", {"X-Real-IP": "203.0.113.9", "X-Forwarded-For": "1.1.1.1"}.get) == "203.0.113.9"
    with pytest.raises(ValueError, match="TRUSTED_PROXY"):
        ClientAddress("pas-une-adresse")


def test_log_once_per_key_and_period():
    clock = Clock()
    once = LogOnce(60, clock=clock)
    assert once("a") and not once("a") and once("b")
    clock.t += 61
    assert once("a")
