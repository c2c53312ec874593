"""The Rasa extensions of the assistant (bot environment, Python 3.10), each declared where Rasa
says, with the repository root on PYTHONPATH (scripts/run.sh and the test harness set it):

| module | declared in | what |
|---|---|---|
| ``spacy_words.SpacyWords`` | ``bot/config.yml`` (pipeline) | spaCy's French model once per process, without the parser and the entity recogniser nobody reads; in a training, the examples' documents kept beside Rasa's cache (only new texts parsed) |
| ``name_features.NameCountVectorsFeaturizer`` | ``bot/config.yml`` (pipeline) | the intents' and actions' names as bags of words, for TED (the text is not counted: nothing reads it) |
| ``word_intents.WordIntentClassifier`` | ``bot/config.yml`` (pipeline) | the intent, from a logistic regression over the message's words and letters (DIET's place since 2026-12-03: the model trains in about two minutes); a training starts from the last solution of the same settings (same optimum, fewer steps) |
| ``crf_entities.StoredCRFEntityExtractor`` | ``bot/config.yml`` (pipeline) | the entities, from Rasa's CRF stored trained (not trained again at every load) |
| ``safety_net.SafetyNet`` | ``bot/config.yml`` (pipeline) | urgent danger overrides the intent |
| ``channels.RestInput``, ``channels.SocketIOInput`` | ``bot/credentials.yml`` | the REST and socket.io channels with their guard: 4xx on hostile input, rate limits per conversation and per address, a polite answer to oversized messages, no text in logs |
| ``tracker_store.ForgettingTrackerStore`` | ``bot/endpoints.yml``, ``deploy/endpoints.yml`` | erasure on request, purge past the retention time |
| ``resilience`` | installed by the channels above when Rasa builds their routes | an answer when the action server is down or slow |
| ``action_validation`` | installed with ``resilience`` | one validator of the action server's answers |
| ``fast_load`` | installed with ``resilience`` | the model loaded in seconds: no training step traced at load |
| ``regex_cache`` | installed with ``resilience`` | spaCy's French word pattern (1.4 million characters) translated once per machine and kept in ``var/cache/regex``, not at every start (about 5 s) |
| ``rules_first`` | installed with ``resilience`` | no TED prediction where a rule has decided the next action (it could not win): the same predictions for less CPU per message |
| ``grounded_intents`` | installed with ``resilience`` | DIET's ``goodbye`` without a word of goodbye (« 850 a peu pres ») becomes the NLU fallback, and an ``out_of_scope`` that tells the person's situation (« je bosse 12h par semaine ») is ``informer``: they no longer end the form |
| ``event_types`` | installed with ``resilience`` | the class of each stored event found by its name in a table, not by listing Rasa's event classes again for every event at every message (a tenth of the server's CPU) |
| ``action_payload`` | installed with ``resilience`` | the conversation posted to the action server at each custom action written by ``ujson`` (two to three times faster than ``json``; the same document) |
| ``graph_runner`` | installed with ``resilience`` | the model's graph (parse, policies) run node after node, without dask's scheduler and without formatting the whole input into a debug line (about 6 % of the server's CPU per message) |
| ``past_states`` | installed with ``resilience`` | the dialogue's past states, which every policy asks for at every prediction, built once per conversation turn: only the events new since the last call are replayed (a sixth of the server's CPU per message on long conversations) |
| ``applied_events`` | installed with ``resilience`` | a tracker's applied events (without those reverted or collapsed by a form) folded once, then only over the events added since, not over the whole conversation at each of the many calls per message |

Rasa 3.6 has no setting for the time it waits for an action (five minutes), no hook for a failed
action, and re-validates its JSON schema at every action answer (more than half of the server's
CPU under load): ``resilience`` wraps ``RemoteAction.run`` and ``action_validation`` replaces
``RemoteAction._validate_action_result`` with the same check on one validator built once. The
input channels declared in ``credentials.yml`` install both explicitly in ``blueprint()``, so
that they hold whatever tracker store is configured. Shared logic comes from ``common`` (no Rasa there).
"""
