"""Rasa custom actions of the orientation assistant (rasa-sdk action server).

Thin adapters: they read slots, call the ``knowledge`` package, and render
short French answers. No business rule and no SQL here.

Run from the repository root with
``python -m rasa_sdk --actions actions --port 5055``: the server imports every
module of this package and registers its actions.
"""
