"""Extensions loaded into the Rasa server (bot environment, Python 3.10).

``deploy.rasa_ext.tracker_store.ForgettingTrackerStore`` is named in the endpoints file
(``tracker_store: type: ...``); importing it also installs ``resilience`` (what the bot says
when the action server is down or too slow) and ``rest_guard`` (4xx on hostile
REST input, no message text in the channel's error logs). The server needs the repository root on
PYTHONPATH (scripts/run.sh and deploy/cluster.py set it).
"""
