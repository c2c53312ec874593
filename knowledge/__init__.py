"""Knowledge base of the orientation assistant: territory, actors, schemes.

Nothing in this package imports Rasa: the agents' CLI and HTTP API use it
directly, the Rasa action server is one more client.
"""
