"""The dependency rule of the README (« Where things live »), read from the source itself.

    common     imports nothing of the project (pure Python, shared by every environment)
    knowledge  imports nothing of the project
    actions    imports knowledge and common
    web        imports knowledge and common
    bot        imports common (its Rasa extensions, declared in config, credentials, endpoints)
    harness    imports nothing of the project but itself (it starts the servers as processes)
    bench      imports anything but tests (the harness is shared with the tests)
"""
from __future__ import annotations

import ast
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PROJECT = {"common", "knowledge", "actions", "web", "bot", "harness", "bench", "tests", "deploy", "scripts"}
ALLOWED = {
    "common": {"common"},
    "knowledge": {"knowledge"},
    "actions": {"actions", "knowledge", "common"},
    "web": {"web", "knowledge", "common"},
    "bot": {"bot", "common"},
    "harness": {"harness"},
    "bench": PROJECT - {"tests"},
}
# Rasa (the bot environment) only in bot/ (and the tools that run there); the action server uses rasa_sdk.
RASA_ONLY_IN = {"bot", "tests", "bench"}  # bench/rasa_cli.py runs in the bot environment


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(layer: str) -> list[Path]:
    return [p for p in (ROOT / layer).rglob("*.py") if "tests" not in p.relative_to(ROOT).parts[1:]]


def test_each_layer_imports_only_what_is_below_it():
    wrong = []
    for layer, allowed in ALLOWED.items():
        for path in _modules(layer):
            for name in imports(path):
                top = name.split(".")[0]
                if top in PROJECT and top not in allowed:
                    wrong.append(f"{path.relative_to(ROOT)} imports {name}")
                if top == "rasa" and layer not in RASA_ONLY_IN:
                    wrong.append(f"{path.relative_to(ROOT)} imports Rasa ({name})")
    assert not wrong, "\n".join(wrong)


def test_deploy_holds_no_code_and_the_rasa_extensions_are_declared():
    assert not list((ROOT / "deploy").rglob("*.py"))
    extensions = {p.stem for p in (ROOT / "bot" / "rasa_ext").glob("*.py") if p.stem != "__init__"}
    config = yaml.safe_load((ROOT / "bot" / "config.yml").read_text(encoding="utf-8"))
    declared = {c["name"] for c in config["pipeline"] + config["policies"]}
    declared |= set(yaml.safe_load((ROOT / "bot" / "credentials.yml").read_text(encoding="utf-8")))
    for endpoints in ("bot/endpoints.yml", "deploy/endpoints.yml"):
        text = (ROOT / endpoints).read_text(encoding="utf-8")
        declared |= {line.split(":", 1)[1].strip() for line in text.splitlines()
                     if line.strip().startswith("type: bot.")}
    # A component only the NLU pipeline trials use (bench/pipelines/) is declared there.
    for trial in sorted((ROOT / "bench" / "pipelines").glob("*.yml")):
        declared |= {c["name"] for c in yaml.safe_load(trial.read_text(encoding="utf-8"))["pipeline"]}
    modules = {name.split(".")[2] for name in declared if name.startswith("bot.rasa_ext.")}
    # resilience, action_validation, fast_load, rules_first, regex_cache, grounded_intents, event_types, action_payload,
    # graph_runner, past_states and applied_events are
    # installed by the declared channels (bot/rasa_ext/__init__.py), before Rasa loads the model.
    installed = {"resilience", "action_validation", "fast_load", "rules_first", "regex_cache",
                 "grounded_intents", "event_types", "action_payload", "graph_runner",
                 "past_states", "applied_events"}
    channels = (ROOT / "bot" / "rasa_ext" / "channels.py").read_text(encoding="utf-8")
    assert all(f"{name}.install()" in channels for name in installed)
    assert extensions - installed <= modules, extensions - modules
    assert {"safety_net", "channels", "tracker_store"} <= modules


def test_actions_do_nothing_at_import_but_define_actions():
    """No start-up check, thread or network call when a module of actions/ is imported
    (the knowledge base is checked by ``python -m actions``)."""
    for path in _modules("actions"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in tree.body if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)]
        guarded = [n for n in tree.body if isinstance(n, ast.If)]
        assert not calls, f"{path.relative_to(ROOT)} runs code at import"
        for node in guarded:
            assert ast.unparse(node.test) == "__name__ == '__main__'", f"{path.relative_to(ROOT)}: {ast.unparse(node.test)}"


def test_the_harness_waits_for_the_line_the_action_server_logs_after_its_warm_up():
    from actions.orientation import WARM_UP_DONE
    from harness.servers import ActionServer

    assert ActionServer.warm_up_done == WARM_UP_DONE
