"""The check of the action server's answers, without rebuilding the validator at every call.

Rasa 3.6 checks every answer of the action server with ``jsonschema.validate(result, schema)``,
which validates the schema itself against its metaschema and builds a new validator each time:
under load (bench/load.py, 50 conversations, py-spy) that was more than half of the Rasa
server's CPU. ``install()`` (called by the declared input channels, ``channels.py``) checks the same schema once per process and keeps one validator; an
answer is accepted or refused exactly as before, with the same ``ValidationError`` and message.
"""
from __future__ import annotations

from typing import Any, Dict

from jsonschema import ValidationError, exceptions, validators
from rasa.core.actions import action as rasa_action
from rasa.shared.constants import DOCS_BASE_URL

_validator = None
_installed = False


def validator():
    """The validator of RemoteAction.action_response_format_spec(), built once."""
    global _validator
    if _validator is None:
        schema = rasa_action.RemoteAction.action_response_format_spec()
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    return _validator


def _validate_action_result(self, result: Dict[str, Any]) -> bool:
    error = exceptions.best_match(validator().iter_errors(result))  # what jsonschema.validate raises
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    global _installed
    if _installed:
        return
    rasa_action.RemoteAction._validate_action_result = _validate_action_result
    _installed = True


__all__ = ["ValidationError", "install", "validator"]
