"""The `knowledge` command, run as a user runs it (a real subprocess)."""
import json
import os
import subprocess
import sys

import pytest


def knowledge(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "knowledge.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_commune_json_fields():
    out = knowledge("commune", "Saint-Denis", "--json")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert len(data) > 1
    for key in ("code", "nom", "departement", "codes_postaux", "population"):
        assert key in data[0]


def test_commune_text_lists_candidates():
    out = knowledge("commune", "st denis")
    assert out.returncode == 0
    assert "Plusieurs communes" in out.stdout and "93066" in out.stdout and "Seine-Saint-Denis" in out.stdout


def test_unknown_commune_is_said_in_french():
    out = knowledge("commune", "xyzzy")
    assert out.returncode == 1
    assert "Aucune commune trouvée" in out.stdout
    assert json.loads(knowledge("commune", "xyzzy", "--json").stdout) == []


def test_contacts():
    out = knowledge("contacts", "69266", "--json")
    kinds = [c["kind"] for c in json.loads(out.stdout)]
    assert kinds == ["ccas", "caf", "cpam", "mdph", "departement", "mission_locale"]  # issue 3
    text = knowledge("contacts", "69266").stdout
    assert "CCAS de Villeurbanne" in text and "Source" in text


def test_contacts_unknown_code():
    out = knowledge("contacts", "00000")
    assert out.returncode == 1 and "Code INSEE inconnu" in out.stderr


def test_stats():
    data = json.loads(knowledge("stats", "--json").stdout)
    assert data["counts"]["communes"] == 34969
    assert data["counts"]["arrondissements"] == 45
    assert data["imports"][0]["version"] == "6.0.0"


def test_build_into_a_new_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    out = knowledge("build", env={"DATABASE_URL": url})
    assert out.returncode == 0, out.stderr
    assert "34969" in out.stdout
    assert json.loads(knowledge("stats", "--json", env={"DATABASE_URL": url}).stdout)["counts"]["communes"] == 34969


def test_missing_database_is_a_clear_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    out = knowledge("commune", "Lyon", env={"DATABASE_URL": url})
    assert out.returncode == 2
    assert "knowledge build" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [[], ["commune"], ["nope"]])
def test_bad_usage_exits_with_usage(args):
    assert knowledge(*args).returncode == 2
