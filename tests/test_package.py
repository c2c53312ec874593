"""The project as a deployment installs it: a wheel (not an editable install), used from outside
the repository, runs the action server and the web app with the data files it ships."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.processes import ROOT, free_port, start, stop, wait_http

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the repository, installed into its own directory (no dependencies:
    they come from the actions environment)."""
    tmp = tmp_path_factory.mktemp("package")
    # Built from a copy, so that setuptools' build/ directory stays out of the repository.
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv-*", "node_modules", "var", "models", "build", "*.egg-info", "__pycache__", ".rasa",
        "test-results"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    wheel = next((tmp / "dist").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(tmp / "site"),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    return tmp / "site"


def _env(site: Path, knowledge_db: str) -> dict:
    # Only the installed copy on the path: the repository is neither the working directory nor on PYTHONPATH.
    return {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONPATH": str(site),
            "DATABASE_URL": knowledge_db}


def test_installed_package_imports_from_itself_and_reads_its_data(installed: Path, knowledge_db: str,
                                                                  tmp_path: Path) -> None:
    code = (
        "import actions.situation, actions.urgences, actions.orientation, actions.humain, common.safety, web.app\n"
        "from knowledge.eligibility.rules import load_rules\n"
        "from knowledge.directory.defaults import national_entries\n"
        "from knowledge.schemes import load_catalogue\n"
        "import knowledge, actions, web, common\n"
        "print('\\n'.join(m.__file__ for m in (knowledge, actions, web, common)))\n"
        "assert load_rules('urgences') and national_entries() and load_catalogue()\n"
        # the safety net's learned reader reads its weights from the package
        "from common.safety import analyse\n"
        "assert analyse('jen peux plus de cette vie, je vois plus le bout du tunnel').types == ('suicide',)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_env(installed, knowledge_db),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert all(line.startswith(str(installed)) for line in out.stdout.split()), out.stdout
    assert not (installed / "actions" / "tests").exists() and not (installed / "bot").exists()


@pytest.mark.parametrize("server", ["actions", "web"])
def test_installed_package_runs_the_servers(installed: Path, knowledge_db: str, tmp_path: Path, server: str) -> None:
    port = free_port()
    command = {"actions": [sys.executable, "-m", "actions", "--port", str(port)],
               "web": [sys.executable, "-m", "uvicorn", "web.app:app", "--host", "127.0.0.1", "--port", str(port)]}
    log = tmp_path / f"{server}.log"
    env = _env(installed, knowledge_db)
    proc = start(command[server], log, env, cwd=tmp_path)
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, log, timeout=240)
    finally:
        stop(proc)
