"""Live lookups in the official directory, kept in the knowledge base.

The Annuaire de l'administration (service-public, DILA) is published as an open API without a key,
on Opendatasoft's Explore API v2.1. Two datasets are used, as DILA documents them on data.gouv.fr
(dataservices "API Annuaire de l'administration et des services publics" and "API Annuaire de
l'administration - compétence géographique des services locaux", read 2026-11-30: the second
"permet de rechercher l'identifiant du service compétent. A partir de cet identifiant, il faut utiliser
l'API Annuaire de l'administration et des services publics pour obtenir les informations d'adresses,
téléphones, site internet, horaires d'ouvertures"):

1. ``api-lannuaire-administration-locale-competence-geographique``: one record per commune and type
   of office, fields ``code_insee_commune``, ``nom_commune``, ``code_type_service_local`` and
   ``id_service_local`` (a JSON-encoded list of record ids);
2. ``api-lannuaire-administration``: the offices themselves, in the shape the importer already reads
   (``knowledge.directory.importers.annuaire.map_record``: nested fields as JSON-encoded strings).

So one commune costs at most two requests:
``GET {ANNUAIRE_API_URL}/catalog/datasets/{dataset}/records?where=…&select=…&limit=…``.
What was received is stored (structures of source ``annuaire-service-public``, the record id, the
date) and reused for ``ANNUAIRE_CACHE_DAYS`` days by every process sharing the base; the commune is
then asked again, and the stored offices are kept if that fails.

Never in a person's way: the whole lookup waits ``ANNUAIRE_TIMEOUT_SECONDS`` (2 s) at most, the
request runs in a daemon thread (a stuck DNS lookup does not hold the caller nor the process exit),
and a per-process circuit breaker stops asking after a failure, for ``ANNUAIRE_RETRY_SECONDS``
(doubled at each further failure, 30 minutes at most); one probe goes through after that. An
empty ``ANNUAIRE_API_URL`` turns lookups off: the base is used as it is (bulk import, earlier lookups).
"""
from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit
from urllib.request import ProxyHandler, Request, build_opener

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from knowledge.directory.importers.annuaire import SOURCE, map_record
from knowledge.directory.models import AnnuaireCompetence, AnnuaireLookup, Structure, StructureZone
from knowledge.directory.report import RecordError
from knowledge.directory.writer import upsert

logger = logging.getLogger(__name__)

# The Explore API v2.1 of the directory. Host and path: the API catalogue
# https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1/catalog/datasets (named as "catalogue
# officiel" by reusers checking it in September 2026); the same API was served as
# api-lannuaire.service-public.fr before service-public.fr became service-public.gouv.fr.
DEFAULT_API_URL = "https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1"
RECORDS_DATASET = "api-lannuaire-administration"
COMPETENCE_DATASET = "api-lannuaire-administration-locale-competence-geographique"
ATTRIBUTION = "Service-Public.fr / DILA"  # required by the licence wherever the data is shown

DEFAULT_TIMEOUT = 2.0
DEFAULT_CACHE_DAYS = 30.0
DEFAULT_RETRY_SECONDS = 60.0
MAX_RETRY_SECONDS = 1800.0
MAX_LOOKUPS_IN_FLIGHT = 4  # per process; past that a lookup is skipped, never queued
MAX_IDS_PER_TYPE = 5
LIMIT = 100  # the records endpoint's largest page
MAX_BYTES = 5_000_000

# Contact kind -> the directory's ``type_service_local`` codes asked for a commune. Codes: the
# competence dataset's schema names "cpam, caf, mairie, france_services" as examples; the others are
# the codes the importer already maps (knowledge.directory.vocabulary.PIVOT, from the bulk export).
# "cgss" (the caisse générale de sécurité sociale overseas) and "france_travail" are asked in case
# the directory uses them; we could not confirm either.
LIVE_TYPES: dict[str, tuple[str, ...]] = {
    "ccas": ("ccas", "cias", "mairie"),
    "caf": ("caf",),
    "cpam": ("cpam", "cgss"),
    "mdph": ("maison_handicapees",),
    "departement": ("cg", "mds", "cdas", "edas", "sdsei"),
    "mission_locale": ("mission_locale",),
    "france_services": ("france_services", "msap"),
    "france_travail": ("france_travail", "pole_emploi"),
}
TYPES = tuple(t for types in LIVE_TYPES.values() for t in types)
RECORD_FIELDS = ("id", "nom", "pivot", "code_insee_commune", "adresse", "telephone", "site_internet",
                 "adresse_courriel", "plage_ouverture", "siret", "url_service_public", "date_modification")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
_INSEE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
USER_AGENT = "orientation-droits-sociaux (assistant open source ; annuaire service-public)"


class LiveError(Exception):
    """The directory could not be asked or did not answer in the published format."""


@dataclass(frozen=True)
class Settings:
    url: str
    timeout: float
    cache_days: float
    retry_seconds: float

    @property
    def enabled(self) -> bool:
        return bool(self.url)


def _number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        logger.warning("%s is not a number: default %s", name, default)
        return default
    return value if value > 0 else default


def settings() -> Settings:
    """The settings from the environment, read at each call (cheap; tests and operators can change them)."""
    url = os.environ.get("ANNUAIRE_API_URL")
    url = DEFAULT_API_URL if url is None else url.strip().rstrip("/")
    return Settings(url=url, timeout=_number("ANNUAIRE_TIMEOUT_SECONDS", DEFAULT_TIMEOUT),
                    cache_days=_number("ANNUAIRE_CACHE_DAYS", DEFAULT_CACHE_DAYS),
                    retry_seconds=_number("ANNUAIRE_RETRY_SECONDS", DEFAULT_RETRY_SECONDS))


@dataclass
class Lookup:
    """What one call did, for logs, tests and the bench."""

    code: str
    status: str  # cache | fetched | empty | off | breaker | busy | timeout | error
    requests: int = 0
    stored: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (record id, reason in French)
    error: str | None = None
    seconds: float = 0.0


class Breaker:
    """Per-process circuit breaker: after a failure, no request for a while; then one probe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.failures = 0
        self.open_until = 0.0
        self._probing = False

    def allow(self) -> bool:
        with self._lock:
            if self.failures == 0:
                return True
            if time.monotonic() < self.open_until or self._probing:
                return False
            self._probing = True  # half-open: this caller probes, the others wait for its outcome
            return True

    def success(self) -> None:
        with self._lock:
            self.failures, self.open_until, self._probing = 0, 0.0, False

    def failure(self, retry_seconds: float) -> None:
        with self._lock:
            self.failures += 1
            self._probing = False
            pause = min(retry_seconds * 2 ** (self.failures - 1), MAX_RETRY_SECONDS)
            self.open_until = time.monotonic() + pause

    def reset(self) -> None:
        self.success()


BREAKER = Breaker()
_LOCK = threading.Lock()
_INFLIGHT: dict[str, Future] = {}
_SLOTS = threading.BoundedSemaphore(MAX_LOOKUPS_IN_FLIGHT)
_TABLES_READY: set[str] = set()


def ensure_tables(engine: Engine) -> None:
    """Create the two lookup tables in a base built before they existed (once per engine and process)."""
    key = str(engine.url)
    if key in _TABLES_READY:
        return
    AnnuaireLookup.__table__.create(engine, checkfirst=True)
    AnnuaireCompetence.__table__.create(engine, checkfirst=True)
    _TABLES_READY.add(key)


# -- HTTP -------------------------------------------------------------------------------------------
def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _get(base: str, dataset: str, params: dict, deadline: float) -> dict:
    """One GET on the records endpoint of `dataset`; the published JSON {"total_count", "results"}."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise LiveError("délai dépassé avant la requête")
    url = f"{base}/catalog/datasets/{dataset}/records?{urlencode(params, quote_via=quote)}"
    # A proxy from the environment is used, except for a server on this machine (tests, a local mirror).
    opener = build_opener(ProxyHandler({})) if _loopback(base) else build_opener()
    request = Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=remaining) as response:
            body = response.read(MAX_BYTES + 1)
    except HTTPError as exc:
        raise LiveError(f"HTTP {exc.code}") from None
    except (URLError, OSError, ValueError) as exc:  # refused, DNS, socket timeout, bad URL
        raise LiveError(f"injoignable ({getattr(exc, 'reason', exc)})") from None
    if len(body) > MAX_BYTES:
        raise LiveError("réponse trop grande")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise LiveError("réponse qui n'est pas du JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise LiveError("réponse sans liste « results »")
    return data


def _ids(value) -> list[str]:
    """``id_service_local``: a JSON-encoded list of ids (as published), a list, or one id."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                raise RecordError("id_service_local : JSON illisible") from None
        else:
            value = [text] if text else []
    if not isinstance(value, list):
        raise RecordError("id_service_local : liste attendue")
    ids = []
    for item in value:
        if not isinstance(item, str) or not _ID.match(item):
            raise RecordError(f"id_service_local : identifiant invalide {item!r}"[:200])
        ids.append(item)
    return ids


def fetch(codes: list[str], cfg: Settings, deadline: float) -> tuple[list[tuple[str, str, str]], list, list, int]:
    """Ask the directory which offices serve `codes`, then those offices.

    Returns (links (commune code, type, record id), records, rejected (id, reason), requests made).
    Raises LiveError when the directory cannot be asked or answers outside the published format.
    """
    codes = [c for c in codes if _INSEE.match(c)]
    if not codes:
        return [], [], [], 0
    communes = " OR ".join(f'code_insee_commune="{c}"' for c in codes)
    types = " OR ".join(f'code_type_service_local="{t}"' for t in TYPES)
    data = _get(cfg.url, COMPETENCE_DATASET, {
        "where": f"({communes}) AND ({types})",
        "select": "code_insee_commune,code_type_service_local,id_service_local", "limit": LIMIT}, deadline)
    links: list[tuple[str, str, str]] = []
    rejected: list[tuple[str, str]] = []
    for position, row in enumerate(data["results"]):
        where = f"compétence #{position + 1}"
        if not isinstance(row, dict):
            rejected.append((where, "ligne qui n'est pas un objet JSON"))
            continue
        code, kind = row.get("code_insee_commune"), row.get("code_type_service_local")
        if code not in codes or kind not in TYPES:
            rejected.append((where, f"commune ou type inattendus ({code!r}, {kind!r})"[:200]))
            continue
        try:
            ids = _ids(row.get("id_service_local"))
        except RecordError as exc:
            rejected.append((where, str(exc)))
            continue
        links.extend((code, kind, i) for i in ids[:MAX_IDS_PER_TYPE])
    wanted = list(dict.fromkeys(i for _, _, i in links))[:LIMIT]
    if not wanted:
        return links, [], rejected, 1
    data = _get(cfg.url, RECORDS_DATASET, {
        "where": " OR ".join(f'id="{i}"' for i in wanted), "select": ",".join(RECORD_FIELDS),
        "limit": LIMIT}, deadline)
    return links, data["results"], rejected, 2


def store(engine: Engine, commune: str, codes: list[str], links: list[tuple[str, str, str]], records: list,
          rejected: list[tuple[str, str]], api_url: str, now: datetime | None = None) -> int:
    """Keep what the directory answered, in one transaction; bad records are skipped with their reason."""
    fetched_at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    wanted = {i for _, _, i in links}
    with engine.connect() as conn:
        fingerprints = dict(conn.execute(select(Structure.id, Structure.empreinte).where(
            Structure.id.in_([f"{SOURCE}--{i}" for i in wanted]))).all()) if wanted else {}
    rows, zones, stored = [], [], {}
    for position, record in enumerate(records):
        rid = record.get("id") if isinstance(record, dict) else None
        where = str(rid) if rid else f"enregistrement #{position + 1}"
        if rid not in wanted:
            rejected.append((where, "enregistrement non demandé"))
            continue
        try:
            mapped = map_record(record, fingerprints)
        except RecordError as exc:
            rejected.append((where, str(exc)))
            continue
        except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a shape no rule foresaw
            rejected.append((where, f"enregistrement illisible ({type(exc).__name__})"))
            continue
        if mapped is None:
            rejected.append((where, "type de service hors du champ de l'orientation"))
            continue
        if rid in stored:
            continue
        row, row_zones = mapped
        rows.append(row)
        zones.extend({"structure_id": row["id"], "code": z} for z in row_zones)
        stored[rid] = row["id"]
    competence = {(code, stored[rid]): {"code": code, "structure_id": stored[rid], "type_service_local": kind,
                                        "record_id": rid, "fetched_at": fetched_at}
                  for code, kind, rid in links if rid in stored}
    for where, reason in rejected:
        logger.info("annuaire: record %s skipped: %s", where, reason)
    with engine.begin() as conn:
        if rows:
            upsert(conn, Structure.__table__, rows, {"zones": zones},
                   {"zones": (StructureZone.__table__, "structure_id")})
        conn.execute(delete(AnnuaireCompetence).where(AnnuaireCompetence.code.in_(codes)))
        if competence:
            conn.execute(insert(AnnuaireCompetence), list(competence.values()))
        conn.execute(delete(AnnuaireLookup).where(AnnuaireLookup.code == commune))
        conn.execute(insert(AnnuaireLookup), [{
            "code": commune, "fetched_at": fetched_at, "status": "ok" if rows else "vide",
            "api_url": api_url[:500], "records": len(rows),
            "rejected": [[w[:100], r[:300]] for w, r in rejected][:100]}])
    return len(rows)


# -- the lookup, bounded in time --------------------------------------------------------------------
def _run(commune: str, codes: list[str], engine: Engine, cfg: Settings, deadline: float) -> Lookup:
    start = time.monotonic()
    result = Lookup(code=commune, status="error")
    try:
        links, records, rejected, result.requests = fetch(codes, cfg, deadline)
    except LiveError as exc:
        BREAKER.failure(cfg.retry_seconds)
        logger.warning("annuaire: lookup of %s failed (%s); next try in %.0f s at the earliest",
                       commune, exc, cfg.retry_seconds)
        result.error = str(exc)
    else:
        BREAKER.success()
        try:
            result.stored = store(engine, commune, codes, links, records, rejected, cfg.url)
            result.status = "fetched" if result.stored else "empty"
            result.rejected = rejected
        except SQLAlchemyError as exc:  # e.g. two processes storing the same commune at once
            logger.warning("annuaire: could not store the lookup of %s: %s", commune, exc)
            result.error = type(exc).__name__
    result.seconds = time.monotonic() - start
    return result


def _worker(future: Future, commune: str, codes: list[str], engine: Engine, cfg: Settings,
            deadline: float) -> None:
    try:
        future.set_result(_run(commune, codes, engine, cfg, deadline))
    except BaseException as exc:  # noqa: BLE001 - the caller must never wait for a dead thread
        future.set_exception(exc)
    finally:
        with _LOCK:
            _INFLIGHT.pop(commune, None)
        _SLOTS.release()


def _fresh(engine: Engine, commune: str, cfg: Settings) -> bool:
    with engine.connect() as conn:
        fetched_at = conn.scalar(select(AnnuaireLookup.fetched_at).where(AnnuaireLookup.code == commune))
    if not fetched_at:
        return False
    try:
        when = datetime.fromisoformat(fetched_at)
    except ValueError:
        return False
    return datetime.now(timezone.utc) - when < timedelta(days=cfg.cache_days)


def refresh(commune: str, codes: list[str], engine: Engine) -> Lookup:
    """Make sure the base holds a recent answer of the directory for `commune` (and `codes`, its own
    code and its city's for an arrondissement). Waits the timeout at most; never raises."""
    start = time.monotonic()
    cfg = settings()
    try:
        ensure_tables(engine)
        if not cfg.enabled:
            return Lookup(code=commune, status="off")
        if _fresh(engine, commune, cfg):
            return Lookup(code=commune, status="cache", seconds=time.monotonic() - start)
        with _LOCK:
            future = _INFLIGHT.get(commune)
            if future is not None and future.done():
                # Its thread is finishing (it leaves _INFLIGHT after setting the answer): that answer was given
                # already; a new lookup goes through the breaker like any other (a caller asking again at once
                # got the old failure back, not « breaker », on a loaded machine).
                _INFLIGHT.pop(commune, None)
                future = None
            if future is None:
                if not _SLOTS.acquire(blocking=False):  # lookups stuck elsewhere: do not pile up threads
                    return Lookup(code=commune, status="busy")
                if not BREAKER.allow():
                    _SLOTS.release()
                    return Lookup(code=commune, status="breaker")
                future = Future()
                _INFLIGHT[commune] = future
                deadline = start + cfg.timeout
                threading.Thread(target=_worker, args=(future, commune, list(codes), engine, cfg, deadline),
                                 name=f"annuaire-{commune}", daemon=True).start()
        try:
            result = future.result(timeout=max(0.0, start + cfg.timeout - time.monotonic()))
        except FutureTimeout:
            # The thread goes on until its own socket timeout and stores a late answer if one comes;
            # the person does not wait for it, and no further lookup starts for a while.
            BREAKER.failure(cfg.retry_seconds)
            logger.warning("annuaire: no answer for %s within %.1f s", commune, cfg.timeout)
            return Lookup(code=commune, status="timeout", seconds=time.monotonic() - start)
        return result
    except Exception as exc:  # noqa: BLE001 - a lookup must never break an answer
        logger.exception("annuaire: lookup of %s failed", commune)
        return Lookup(code=commune, status="error", error=type(exc).__name__,
                      seconds=time.monotonic() - start)


def wait_idle(timeout: float = 10.0) -> bool:
    """Wait until no lookup thread is running (tests, bench, the CLI before it exits)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with _LOCK:
            pending = list(_INFLIGHT.values())
        if not pending:
            return True
        try:
            pending[0].result(timeout=max(0.0, end - time.monotonic()))
        except Exception:  # noqa: BLE001
            pass
    return False


def fetched_dates(engine: Engine, codes: list[str]) -> dict[str, str]:
    """structure id -> date (YYYY-MM-DD) the directory was last consulted about it for these communes."""
    with engine.connect() as conn:
        rows = conn.execute(select(AnnuaireCompetence.structure_id, AnnuaireCompetence.fetched_at)
                            .where(AnnuaireCompetence.code.in_(codes))).all()
    return {sid: at[:10] for sid, at in rows}
