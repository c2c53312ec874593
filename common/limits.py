"""Rate limits and the client's address, shared by the Rasa input channels and the web server.

Pure Python (runs on 3.10 in the bot environment and 3.11 in the actions one); no I/O.

- ``Limiter``: sliding-window rate limits per key (a sender id, a client address…), several
  windows at once ("10 messages in 10 s and 300 per hour"), in the memory of one process. The
  window is the "sliding window counter" (the current fixed window plus the previous one,
  weighted by how much of it still overlaps): constant memory per key, whatever the limit,
  and a bounded number of keys, so that a flood of random sender ids cannot fill the memory.
  Refused hits are not counted: what gets through never exceeds the configured rate.
- ``rules_from_env``: limits written ``"10/10,300/3600"`` (count/seconds pairs), ``off`` for none.
- ``ClientAddress``: the address a request comes from: the socket's peer, unless the peer is a
  configured trusted proxy ($TRUSTED_PROXY), then the right-most address of the forwarded
  header that is not a trusted proxy (a client can write anything at the left of that header;
  only what the trusted proxies appended can be believed).
- ``pseudonym``: what the logs say instead of an address or a conversation id.

Why in memory and not in Redis: a limit is checked on every message before anything else, so
it must cost nothing and never fail; Redis would add a network round trip to each message and a
new way to fail (block everyone, or let everyone through, when Redis is down). Behind several
Rasa replicas (or Sanic workers) each process counts on its own, so a sender may get up to
(number of processes) × the limit: still bounded, and the reverse proxy (which sees every
request) is the place for one global limit.
"""
from __future__ import annotations

import hashlib
import ipaddress
import math
import os
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence, Tuple, Union

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]

MAX_KEYS = 100_000  # per limiter: beyond it, expired keys are pruned, then the oldest dropped


@dataclass(frozen=True)
class Rule:
    """At most ``count`` hits in any ``seconds``-long window."""

    count: float
    seconds: float

    def __str__(self) -> str:
        return f"{self.count:g}/{self.seconds:g}"


def parse_rules(text: str) -> Tuple[Rule, ...]:
    """``"10/10,300/3600"`` → two rules; ``"off"``, ``"0"`` or ``"none"`` → no limit."""
    text = text.strip().lower()
    if text in ("off", "0", "none", "aucune", "non"):
        return ()
    rules = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            count, seconds = (float(x) for x in part.split("/"))
        except ValueError:
            raise ValueError(f"limite illisible {part.strip()!r} : écrire NOMBRE/SECONDES, "
                             f"par exemple 10/10,300/3600, ou off") from None
        if not (count > 0 and seconds > 0 and math.isfinite(count) and math.isfinite(seconds)):
            raise ValueError(f"limite illisible {part.strip()!r} : deux nombres positifs")
        rules.append(Rule(count, seconds))
    return tuple(rules)


def rules_from_env(name: str, default: str) -> Tuple[Rule, ...]:
    """The rules of $name (unset or empty: ``default``)."""
    return parse_rules(os.environ.get(name, "").strip() or default)


def int_from_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    value = int(raw) if raw else default
    if value < 0:
        raise ValueError(f"{name} doit être un nombre positif, pas {raw!r}")
    return value


class _Window:
    __slots__ = ("start", "previous", "current")

    def __init__(self, start: float) -> None:
        self.start, self.previous, self.current = start, 0.0, 0.0


class Limiter:
    """Sliding-window limits per key (see the module docstring). Thread-safe."""

    def __init__(self, rules: Sequence[Rule], max_keys: int = MAX_KEYS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rules = tuple(rules)
        self.max_keys = max_keys
        self.clock = clock
        self._keys: dict = {}
        self._lock = threading.Lock()

    def __bool__(self) -> bool:
        return bool(self.rules)

    def _windows(self, key: str, now: float) -> list:
        windows = self._keys.get(key)
        if windows is None:
            if len(self._keys) >= self.max_keys:
                self._prune(now)
            windows = [_Window(now - now % rule.seconds) for rule in self.rules]
            self._keys[key] = windows
        for rule, w in zip(self.rules, windows):
            start = now - now % rule.seconds
            if start != w.start:
                w.previous = w.current if round((start - w.start) / rule.seconds) == 1 else 0.0
                w.current, w.start = 0.0, start
        return windows

    def _prune(self, now: float) -> None:
        longest = max(rule.seconds for rule in self.rules)
        for key in [k for k, ws in self._keys.items() if now - ws[0].start >= 2 * longest]:
            del self._keys[key]
        while len(self._keys) >= self.max_keys:  # still full: forget the oldest keys
            del self._keys[next(iter(self._keys))]

    @staticmethod
    def _wait(rule: Rule, w: _Window, now: float, cost: float) -> float:
        """Seconds until ``cost`` more hits fit in this window (0 when they fit now)."""
        elapsed = (now - w.start) / rule.seconds
        if w.previous * (1 - elapsed) + w.current + cost <= rule.count:
            return 0.0
        if w.current + cost <= rule.count and w.previous > 0:
            # Wait until enough of the previous window has slid out.
            fraction = 1 - (rule.count - cost - w.current) / w.previous
            return max(0.0, (fraction - elapsed) * rule.seconds)
        # Wait for the next window, where this one becomes the previous one.
        rest = (1 - elapsed) * rule.seconds
        if w.current <= 0 or cost > rule.count:
            return rest + rule.seconds
        fraction = max(0.0, 1 - (rule.count - cost) / w.current)
        return rest + fraction * rule.seconds

    def hit(self, key: str, cost: float = 1.0) -> float:
        """Count a hit for ``key`` and return 0, or return the seconds to wait (nothing counted)."""
        return self.hit_all([(self, key)], cost)

    @staticmethod
    def hit_all(checks: Iterable[Tuple["Limiter", Optional[str]]], cost: float = 1.0) -> float:
        """Several limiters at once (the sender's and the address's): a hit is counted in all of
        them when it fits in all of them, else in none; returns the longest wait (0 when counted)."""
        checks = [(lim, key) for lim, key in checks if lim and key is not None]
        wait = 0.0
        pending = []
        for limiter, key in checks:
            with limiter._lock:
                now = limiter.clock()
                windows = limiter._windows(key, now)
                for rule, w in zip(limiter.rules, windows):
                    wait = max(wait, limiter._wait(rule, w, now, cost))
                pending.append((limiter, windows))
        if wait > 0:
            return wait
        for limiter, windows in pending:
            with limiter._lock:
                for w in windows:
                    w.current += cost
        return 0.0

    def __len__(self) -> int:
        return len(self._keys)


def retry_after(wait: float) -> str:
    """The value of a Retry-After header (whole seconds, at least 1)."""
    return str(max(1, math.ceil(wait)))


# -- the client's address --------------------------------------------------------------------
def _networks(text: str) -> Tuple[Network, ...]:
    found = []
    for part in text.replace(",", " ").split():
        try:
            found.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ValueError(f"TRUSTED_PROXY : adresse ou réseau illisible {part!r}") from None
    return tuple(found)


def _ip(text: str):
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class ClientAddress:
    """Where a request comes from (see the module docstring).

    ``trusted``: addresses or networks of the reverse proxies, separated by commas or spaces
    ($TRUSTED_PROXY, e.g. ``127.0.0.1 10.0.0.0/8``); ``header``: the header they append the
    client's address to ($TRUSTED_PROXY_HEADER, ``X-Forwarded-For`` by default).
    """

    def __init__(self, trusted: str = "", header: str = "X-Forwarded-For") -> None:
        self.trusted = _networks(trusted)
        self.header = header.strip() or "X-Forwarded-For"

    @classmethod
    def from_env(cls) -> "ClientAddress":
        return cls(os.environ.get("TRUSTED_PROXY", ""), os.environ.get("TRUSTED_PROXY_HEADER", ""))

    def is_trusted(self, address) -> bool:
        return address is not None and any(address in net for net in self.trusted)

    def trusts(self, peer: Optional[str]) -> bool:
        """Whether the socket's peer is one of the trusted proxies."""
        return self.is_trusted(_ip(peer or ""))

    def __call__(self, peer: Optional[str], get_header: Callable[[str], Optional[str]]) -> str:
        """The client's address, from the socket's ``peer`` and the request's headers."""
        peer_ip = _ip(peer or "")
        if peer_ip is None:
            return peer or "inconnue"
        if not self.is_trusted(peer_ip):
            return str(peer_ip)
        forwarded = get_header(self.header) or ""
        last = peer_ip
        for hop in reversed([h for h in forwarded.split(",") if h.strip()]):
            ip = _ip(hop)
            if ip is None:  # garbage where a trusted proxy should have written an address
                return str(last)
            if not self.is_trusted(ip):
                return str(ip)
            last = ip
        return str(last)


def pseudonym(value: str) -> str:
    """What the logs say instead of a conversation id or an address."""
    return hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:12]


class LogOnce:
    """At most one log line per key and per ``seconds``: a flood must not flood the logs."""

    def __init__(self, seconds: float = 60.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds, self.max_keys, self.clock = seconds, max_keys, clock
        self._last: dict = {}

    def __call__(self, key: str) -> bool:
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.seconds:
            return False
        if len(self._last) >= self.max_keys:
            self._last.clear()
        self._last[key] = now
        return True
