"""Read and validate the scheme records, the dated parameters and the contacts per need.

Every record is validated by ``knowledge.schemes.models`` and then checked against the
situation contract (each fact a condition reads exists, each value is one the fact can
take, each parameter is defined). A broken record stops ``knowledge build``, the
engine and the tests with a French message naming the file and the field.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml
from pydantic import ValidationError

from knowledge.schemes.models import (
    DERIVED_FACTS, SCHEME_IDS, AVerifier, Condition, ContactChoice, Orientation, Parametre, Scheme, Test,
    Toutes, UneDe,
)

SCHEMES_DIR = Path(__file__).resolve().parent
CATALOGUE_DIR = SCHEMES_DIR / "catalogue"
PARAMETRES_FILE = SCHEMES_DIR / "parametres.yaml"
BESOINS_FILE = SCHEMES_DIR / "besoins.yaml"


class CatalogueError(ValueError):
    """A record is missing or broken (French message naming the file and the field)."""


def _where(loc: tuple) -> str:
    parts = [str(p) for p in loc if not str(p).startswith(("Test", "UneDe", "Toutes", "function-"))]
    out = ""
    for part in parts:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or "(fiche)"


def _french(path: Path, exc: ValidationError) -> CatalogueError:
    seen: dict[str, str] = {}
    for error in exc.errors():
        field = _where(error.get("loc", ()))
        message = error.get("msg", "").removeprefix("Value error, ")
        kind = error.get("type", "")
        if kind == "missing":
            message = "champ obligatoire absent"
        elif kind == "extra_forbidden":
            message = "champ inconnu du modèle de fiche"
        elif kind == "literal_error":
            message = f"valeur non prévue ({error.get('input')!r}) ; attendu : {error.get('ctx', {}).get('expected', '')}"
        seen.setdefault(field, message)
    detail = " ; ".join(f"champ « {f} » : {m}" for f, m in list(seen.items())[:4])
    return CatalogueError(f"{path.name} : {detail}")


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark is not None else ""
        raise CatalogueError(f"{path.name} : YAML invalide{where}") from None
    except OSError as exc:
        raise CatalogueError(f"{path.name} : fichier illisible ({exc.strerror})") from None


# -- the facts a condition may read ------------------------------------------------------
def fact_kinds() -> dict[str, tuple[str, tuple | None]]:
    """name -> (kind, allowed values) for every fact a condition may read."""
    from knowledge.eligibility.situation import Situation

    kinds: dict[str, tuple[str, tuple | None]] = {}
    for name, info in Situation.model_fields.items():
        annotation = info.annotation
        text = repr(annotation)
        args = _literal_args(annotation)
        if "list" in text:
            kinds[name] = ("liste", args)
        elif args:
            kinds[name] = ("choix", args)
        elif "bool" in text:
            kinds[name] = ("booleen", None)
        elif "int" in text or "float" in text:
            kinds[name] = ("nombre", None)
        else:
            kinds[name] = ("texte", None)
    for name, kind in DERIVED_FACTS.items():
        kinds[name] = (kind if kind in ("booleen", "texte") else "nombre", None)
    return kinds


def _literal_args(annotation: Any) -> tuple | None:
    from typing import Literal, get_args, get_origin

    stack = [annotation]
    while stack:
        item = stack.pop()
        if get_origin(item) is Literal:
            return get_args(item)
        stack.extend(a for a in get_args(item) if a is not type(None))
        if hasattr(item, "__metadata__"):
            stack.extend(get_args(item))
    return None


def _conditions(scheme: Scheme) -> Iterator[tuple[str, Condition]]:
    def walk(prefix: str, cond: Condition) -> Iterator[tuple[str, Condition]]:
        yield prefix, cond
        if isinstance(cond, UneDe):
            for i, sub in enumerate(cond.une_de):
                yield from walk(f"{prefix}.une_de[{i}]", sub)
        elif isinstance(cond, Toutes):
            for i, sub in enumerate(cond.toutes):
                yield from walk(f"{prefix}.toutes[{i}]", sub)
        elif isinstance(cond, Test) and cond.reste_inconnu_si is not None:
            yield from walk(f"{prefix}.reste_inconnu_si", cond.reste_inconnu_si)

    for i, cond in enumerate(scheme.conditions):
        yield from walk(f"conditions[{i}]", cond)
    for i, item in enumerate(scheme.a_verifier):
        if item.si is not None:
            yield from walk(f"a_verifier[{i}].si", item.si)
    for i, contact in enumerate(scheme.contacts):
        if contact.si is not None:
            yield from walk(f"contacts[{i}].si", contact.si)
    if scheme.openfisca:
        for i, item in enumerate(scheme.openfisca.possible_sans_montant):
            yield from walk(f"openfisca.possible_sans_montant[{i}].si", item.si)


def check_condition(where: str, cond: Condition, kinds: dict, parametres: dict[str, Parametre]) -> None:
    """Raise ValueError (French, naming ``where``) if a test reads an unknown fact or value."""
    if not isinstance(cond, Test):
        return
    if cond.fait not in kinds:
        raise ValueError(f"champ « {where}.fait » : fait inconnu « {cond.fait} »")
    kind, allowed = kinds[cond.fait]
    if cond.parametre is not None and cond.parametre not in parametres:
        raise ValueError(f"champ « {where}.parametre » : paramètre inconnu « {cond.parametre} » "
                         "(à définir dans parametres.yaml)")
    if cond.fait_valeur is not None and cond.fait_valeur not in kinds:
        raise ValueError(f"champ « {where}.fait_valeur » : fait inconnu « {cond.fait_valeur} »")
    if cond.op in ("contient", "sans") and kind != "liste":
        raise ValueError(f"champ « {where}.op » : « {cond.op} » s'applique à une liste, pas à « {cond.fait} »")
    if cond.op == "inconnu":
        return
    if cond.op in ("<", "<=", ">", ">=") and kind != "nombre":
        raise ValueError(f"champ « {where}.op » : « {cond.op} » compare des nombres, « {cond.fait} » n'en est pas un")
    if allowed and cond.valeur is not None:
        values = cond.valeur if isinstance(cond.valeur, list) else [cond.valeur]
        wrong = [v for v in values if v not in allowed]
        if wrong:
            raise ValueError(f"champ « {where}.valeur » : {', '.join(map(str, wrong))} n'est pas une valeur de "
                             f"« {cond.fait} » ({', '.join(allowed)})")
    if kind == "booleen" and cond.valeur is not None and not isinstance(cond.valeur, bool):
        raise ValueError(f"champ « {where}.valeur » : « {cond.fait} » vaut vrai ou faux (true ou false)")


def _check_scheme(path: Path, scheme: Scheme, kinds: dict, parametres: dict[str, Parametre]) -> None:
    try:
        for where, cond in _conditions(scheme):
            check_condition(where, cond, kinds, parametres)
        if scheme.openfisca:
            for name in scheme.openfisca.essentiels:
                if name not in kinds and name != "commune":
                    raise ValueError(f"champ « openfisca.essentiels » : fait inconnu « {name} »")
    except ValueError as exc:
        raise CatalogueError(f"{path.name} : {exc}") from None
    if scheme.id != path.stem:
        raise CatalogueError(f"{path.name} : champ « id » : l'identifiant {scheme.id!r} ne correspond pas au "
                             "nom du fichier")


# -- reading -------------------------------------------------------------------------------
def read_parametres(path: Path = PARAMETRES_FILE) -> dict[str, Parametre]:
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise CatalogueError(f"{path.name} : une liste de paramètres nommés est attendue")
    out = {}
    for name, data in raw.items():
        try:
            out[name] = Parametre.model_validate(data)
        except ValidationError as exc:
            error = _french(path, exc)
            raise CatalogueError(str(error).replace(f"{path.name} : ", f"{path.name} : paramètre « {name} », ")) from None
    return out


def read_catalogue(directory: Path | None = None, parametres: dict[str, Parametre] | None = None
                   ) -> dict[str, Scheme]:
    """Validate every record of ``directory``; raise CatalogueError naming the file and the field."""
    directory = directory or CATALOGUE_DIR
    parametres = parametres if parametres is not None else read_parametres(
        directory.parent / PARAMETRES_FILE.name if (directory.parent / PARAMETRES_FILE.name).exists()
        else PARAMETRES_FILE)
    kinds = fact_kinds()
    schemes: dict[str, Scheme] = {}
    for path in sorted(directory.glob("*.yaml")):
        raw = _read_yaml(path)
        if not isinstance(raw, dict):
            raise CatalogueError(f"{path.name} : la fiche doit être un ensemble de champs")
        if raw.get("checked") is not None and not isinstance(raw["checked"], str):
            raw["checked"] = str(raw["checked"])  # an unquoted YAML date
        try:
            scheme = Scheme.model_validate(raw)
        except ValidationError as exc:
            raise _french(path, exc) from None
        _check_scheme(path, scheme, kinds, parametres)
        schemes[scheme.id] = scheme
    missing = [i for i in SCHEME_IDS if i not in schemes]
    if missing:
        raise CatalogueError(f"dispositifs sans fiche dans le catalogue : {', '.join(missing)}")
    for scheme in schemes.values():
        for i, opened in enumerate(scheme.ouvre):
            if opened.id not in schemes:
                raise CatalogueError(f"{scheme.id}.yaml : champ « ouvre[{i}].id » : dispositif inconnu")
    return {i: schemes[i] for i in SCHEME_IDS}


def read_orientation(path: Path = BESOINS_FILE, parametres: dict[str, Parametre] | None = None) -> Orientation:
    raw = _read_yaml(path)
    try:
        data = Orientation.model_validate(raw)
    except ValidationError as exc:
        raise _french(path, exc) from None
    kinds, parametres = fact_kinds(), parametres if parametres is not None else read_parametres()
    try:
        for need, entry in data.besoins.items():
            for i, contact in enumerate(entry.contacts):
                if contact.si is not None:
                    check_condition(f"besoins.{need}.contacts[{i}].si", contact.si, kinds, parametres)
        for i, item in enumerate(data.situations):
            check_condition(f"situations[{i}].si", item.si, kinds, parametres)
    except ValueError as exc:
        raise CatalogueError(f"{path.name} : {exc}") from None
    return data


@lru_cache(maxsize=1)
def _cached() -> tuple[dict[str, Scheme], dict[str, Parametre], Orientation]:
    parametres = read_parametres()
    return read_catalogue(parametres=parametres), parametres, read_orientation(parametres=parametres)


def load_catalogue() -> dict[str, Scheme]:
    """Every scheme of the contract keyed by id, in the contract's order (read once per process)."""
    return dict(_cached()[0])


def load_parametres() -> dict[str, Parametre]:
    return dict(_cached()[1])


def load_orientation() -> Orientation:
    return _cached()[2]


def priorities_by_need() -> dict[str, tuple[str, ...]]:
    """need -> scheme ids, first shown first (the ``priorites`` of the records)."""
    return dict(_priorities())


@lru_cache(maxsize=1)
def _priorities() -> dict[str, tuple[str, ...]]:
    ranked: dict[str, list[tuple[int, int, str]]] = {}
    for position, scheme in enumerate(load_catalogue().values()):
        for need, rank in scheme.priorites.items():
            ranked.setdefault(need, []).append((rank, position, scheme.id))
    return {need: tuple(sid for _, _, sid in sorted(items)) for need, items in ranked.items()}


__all__ = ["CATALOGUE_DIR", "CatalogueError", "load_catalogue", "load_orientation", "load_parametres",
           "priorities_by_need", "read_catalogue", "read_orientation", "read_parametres", "AVerifier",
           "ContactChoice"]
