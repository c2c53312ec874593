"""Extensions loaded into the Rasa server (bot environment, Python 3.10).

``deploy.rasa_ext.tracker_store.ForgettingTrackerStore`` is named in the endpoints file
(``tracker_store: type: ...``); importing it also installs ``resilience`` (what the bot says
when the action server is down or too slow), ``rest_guard`` (4xx on hostile
REST input, no message text in the channel's error logs) and ``action_validation`` (the action
server's answers checked with one validator built once, not one per answer). The server needs the repository root on
PYTHONPATH (scripts/run.sh and deploy/cluster.py set it).
"""
