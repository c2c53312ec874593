"""The agents' console in Debian's Chromium: sign-in, one situation, a case file, accessibility."""
from __future__ import annotations

from pathlib import Path

from harness.servers import AGENTS_TOKEN
from tests.browser.conftest import run_axe

CASES = """cases:
  - id: rsa-personne-seule
    situation: {age: 35, commune: "69266", en_couple: false, enfants: [], activite: sans_activite,
                revenus_activite: 0, logement: locataire, loyer: 450, nationalite: francaise}
    include: [rsa, aide_logement]
    exclude: [aspa]
  - id: "<img src=x onerror=alert(1)>"
    situation: {age: 40, commune: "69266", en_couple: false, enfants: [], revenus_activite: 3000,
                logement: locataire, loyer: 700}
    include: [rsa]
"""


def sign_in(tab, web_url: str, then: str = "") -> None:
    """The sign-in form (the harness gives the web server AGENTS_TOKEN), then the console."""
    page = tab.page
    page.goto(f"{web_url}/agents")
    page.get_by_label("Jeton d'accès").fill(AGENTS_TOKEN)
    page.get_by_role("button", name="Se connecter").click()
    page.locator("#champs:not([aria-busy])").wait_for()
    if then:
        page.goto(f"{web_url}/agents{then}")


def test_console_needs_a_sign_in(tab, web_url):
    page = tab.page
    page.goto(f"{web_url}/agents")
    assert page.locator("#form-situation").count() == 0
    page.get_by_label("Jeton d'accès").fill("pas le bon jeton")
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("alert").wait_for()
    assert "pas le bon" in page.get_by_role("alert").inner_text()
    tab.shot("1-connexion-refusee")
    assert run_axe(page) == []
    page.get_by_label("Jeton d'accès").fill(AGENTS_TOKEN)
    page.get_by_role("button", name="Se connecter").click()
    page.locator("#champs:not([aria-busy])").wait_for()
    page.get_by_role("button", name="Se déconnecter").click()
    page.get_by_label("Jeton d'accès").wait_for()
    assert not tab.errors


def test_console_orients_one_situation(tab, web_url):
    page = tab.page
    sign_in(tab, web_url)
    page.get_by_label("Âge (en années)").fill("35")
    page.get_by_label("Commune", exact=True).fill("Villeurbanne")
    page.get_by_label("Vit en couple (marié, pacsé ou non)").select_option("false")
    page.get_by_label("Âges des enfants à charge").fill("aucun")
    page.get_by_label("Activité", exact=True).select_option("sans_activite")
    page.get_by_label("Revenus d'activité nets du foyer (€ par mois)").fill("0")
    page.get_by_label("Situation de logement").select_option("locataire")
    page.get_by_label("Loyer (€ par mois)").fill("450")
    page.get_by_label("Argent").check()
    page.get_by_role("button", name="Orienter").click()
    page.locator("#etat-situation", has_text="Orientation prête").wait_for(timeout=90_000)
    table = page.locator("table.verdicts")
    rows = table.locator("tbody tr")
    schemes = page.evaluate("fetch('/schemes').then(r => r.json())")
    assert rows.count() == len(schemes)  # every scheme, with its verdict
    rsa = table.locator("tr[data-scheme='rsa']")
    # Probable with an estimate; possible without one when OpenFisca is degraded (slow machine).
    assert ("Droit probable" in rsa.inner_text() and "par mois (estimation" in rsa.inner_text()) or \
        "Droit possible" in rsa.inner_text()
    assert "35 ans" in rsa.inner_text()  # the reason
    aspa = table.locator("tr[data-scheme='aspa']")
    assert "Peu probable" in aspa.inner_text() and "65 ans" in aspa.inner_text()
    assert "Villeurbanne" in page.locator("#resultat-situation").inner_text()
    tab.shot("1-orientation")
    assert run_axe(page) == []

    # A value out of the contract's range: the engine's French message, no crash.
    page.get_by_label("Âge (en années)").fill("130")
    page.get_by_role("button", name="Orienter").click()
    page.locator("#etat-situation.erreur").wait_for()
    assert "entre 0 et 120" in page.locator("#etat-situation").inner_text()
    assert not tab.errors


def test_console_runs_a_case_file(tab, web_url, tmp_path: Path):
    page = tab.page
    sign_in(tab, web_url, "#cas")
    cases = tmp_path / "cas.yml"
    cases.write_text(CASES, encoding="utf-8")
    page.get_by_label("Fichier de cas (YAML, 1 Mo au plus)").set_input_files(str(cases))
    page.get_by_role("button", name="Lancer les cas").click()
    page.locator("#etat-cas", has_text="Terminé").wait_for(timeout=120_000)
    report = page.locator("table.rapport")
    assert "1 cas réussi(s), 1 en échec" in report.locator("caption").inner_text()
    assert "Réussi" in report.locator("tr.reussi").inner_text()
    failed = report.locator("tr.echec")
    assert "<img src=x onerror=alert(1)>" in failed.inner_text() and "manque rsa" in failed.inner_text()
    assert page.locator("#resultat-cas img").count() == 0 and not tab.dialogs
    tab.shot("1-rapport")

    bad = tmp_path / "mauvais.yml"
    bad.write_text("cases: [", encoding="utf-8")
    page.get_by_label("Fichier de cas (YAML, 1 Mo au plus)").set_input_files(str(bad))
    page.get_by_role("button", name="Lancer les cas").click()
    page.locator("#etat-cas", has_text="YAML valide").wait_for()
    tab.shot("2-fichier-invalide")
    assert not tab.errors
