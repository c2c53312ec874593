"""TED is not run when a rule has already decided the next action.

Rasa 3.6 runs every policy of the ensemble for every prediction, then keeps the most confident
one, ties going to the higher priority (``DefaultPolicyPredictionEnsemble._pick_best_policy``). A
rule that applies predicts its action with confidence 1.0, and ``RulePolicy`` has the highest
priority: TED (priority 1, confidences of at most 1.0) cannot win against it, so its prediction
— a TensorFlow call, 29 % of the Rasa server's CPU under load, and several per user message in a
form — is computed to be thrown away. In this assistant most turns are decided by rules (the
situation form, the emergency answer, the small talk).

Here the prediction graph hands the rule policy's prediction to TED (one more input of TED's
node, in the runner's copy of the schema; the model file is unchanged), and TED returns its
empty prediction (all zeros, what it returns before training) when that prediction decides:

- a rule predicted an action with confidence 1.0;
- the last action was not rejected (the ensemble then zeroes the rejected action in every
  prediction, so the rule may lose: TED runs);
- TED reads no message text (end-to-end predictions outrank the others: TED runs).

In every other case TED runs as before. The winning prediction is the same, to the last digit
(tests/test_fast_load.py compares the predictions with and without this module, and replays the
conversation test stories). ``install()`` is called by the declared input channels
(``channels.py``), with the other changes Rasa 3.6 offers no setting for.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.graph import GraphSchema
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import TEXT

RULE_INPUT = "rule_prediction"
PREDICT = "predict_action_probabilities"

_runner_init = DaskGraphRunner.__init__
_ted_predict = TEDPolicy.predict_action_probabilities
_installed = False
skipped = 0  # TED predictions not computed in this process (read by tests and benchmarks)


def with_rule_input(schema: GraphSchema) -> GraphSchema:
    """A copy of a prediction schema where TED's node also receives the rule policy's prediction."""
    def predicts(node: Any, kind: type) -> bool:
        return node.fn == PREDICT and isinstance(node.uses, type) and issubclass(node.uses, kind)

    rules = [name for name, node in schema.nodes.items() if predicts(node, RulePolicy)]
    teds = [name for name, node in schema.nodes.items() if predicts(node, TEDPolicy)]
    if len(rules) != 1 or not teds:
        return schema
    nodes = dict(schema.nodes)
    for name in teds:
        nodes[name] = dataclasses.replace(nodes[name], needs={**nodes[name].needs, RULE_INPUT: rules[0]})
    return GraphSchema(nodes)


def rule_decides(rule: Optional[PolicyPrediction], tracker: DialogueStateTracker) -> bool:
    """Whether this rule prediction wins whatever TED predicts (see the module's docstring)."""
    if rule is None or not rule.probabilities or rule.max_confidence < 1.0:
        return False
    last = next((e for e in reversed(tracker.events)
                 if isinstance(e, (ActionExecutionRejected, ActionExecuted))), None)
    return not isinstance(last, ActionExecutionRejected)


def _reads_text(ted: TEDPolicy) -> bool:
    return bool(getattr(ted, "only_e2e", False)) or TEXT in (getattr(ted, "fake_features", None) or {})


def _init(self: DaskGraphRunner, graph_schema: GraphSchema, *args: Any, **kwargs: Any) -> None:
    _runner_init(self, with_rule_input(graph_schema), *args, **kwargs)


def _predict(self: TEDPolicy, tracker: DialogueStateTracker, domain: Domain, *args: Any,
             **kwargs: Any) -> PolicyPrediction:
    global skipped
    rule = kwargs.pop(RULE_INPUT, None)
    if rule_decides(rule, tracker) and not _reads_text(self):
        skipped += 1
        return self._prediction(self._default_predictions(domain))
    return _ted_predict(self, tracker, domain, *args, **kwargs)


def install() -> None:
    global _installed
    if _installed:
        return
    DaskGraphRunner.__init__ = _init
    TEDPolicy.predict_action_probabilities = _predict
    _installed = True
