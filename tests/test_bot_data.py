"""The Rasa project itself: data validation and conversation test stories, with the bot's own tools."""
import subprocess

from harness.model import model_path
from harness.processes import BOT_BIN, ROOT


def rasa(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(BOT_BIN / "rasa"), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_data_validate_is_clean():
    out = rasa("data", "validate", "--fail-on-warnings", "--config", "bot/config.yml", "--domain", "bot/domain",
               "--data", "data/nlu", "bot/data")
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]


def test_conversation_test_stories_pass(tmp_path):
    out = rasa("test", "core", "--stories", "bot/tests", "--model", str(model_path()),
               "--fail-on-prediction-errors", "--out", str(tmp_path))
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
