"""Rasa custom actions of the orientation assistant (rasa-sdk action server).

Thin adapters: they read slots, call the ``knowledge`` package, and render
short French answers. No business rule and no SQL here.

Run from the repository root with
``python -m actions --port 5055`` (``actions/__main__.py``: rasa_sdk after a check of the knowledge base): the server imports every
module of this package and registers its actions.
"""
