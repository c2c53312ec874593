"""What the action server, the web server and the Rasa extensions share, with no project import.

Pure Python (standard library only, SQLAlchemy imported lazily by the purge): importable in the
bot environment (Python 3.10, Rasa) and in the actions environment (Python 3.11) alike.

- ``common.text``: folding French text for matching (case, accents, apostrophes);
- ``common.safety``: the deterministic detection of urgent danger in a message;
- ``common.retention``: how long conversations are kept, and the purge of stored ones.
"""
