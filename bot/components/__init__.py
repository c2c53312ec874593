"""Custom Rasa graph components and the plain-Python modules they use.

Nothing imported here: ``safety_patterns`` must stay importable without Rasa
(the action server and the fast unit tests use it too).
"""
