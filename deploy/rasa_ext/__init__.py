"""Extensions loaded into the Rasa server (bot environment, Python 3.10).

``deploy.rasa_ext.tracker_store.ForgettingTrackerStore`` is named in the endpoints file
(``tracker_store: type: ...``); importing it also installs ``resilience`` (what the bot says
when the action server is down or too slow). The server needs the repository root on
PYTHONPATH (scripts/run.sh and deploy/cluster.py set it).
"""
