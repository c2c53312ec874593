"""The model's graph run node after node, without dask's scheduler.

Rasa 3.6 runs the parse and the dialogue prediction of every message as a graph of about twenty
nodes (the NLU components, the policies, the ensemble) through ``dask.get``: dask's local scheduler
orders the tasks, keeps their states and caches in dictionaries, and was about 6 % of the Rasa
server's CPU per message for the graph's own few milliseconds (py-spy over bench/dialogue.py,
2026-12-07). Before calling it, Rasa also formats the whole input of the run (the conversation,
the message) into a debug line that is thrown away unless the debug logs are on.

``install()`` (called by the declared input channels, ``channels.py``) replaces
``DaskGraphRunner.run`` with a plain evaluation of the same graph: the same minimal schema for the
targets, the same graph of tasks with the inputs added as Rasa adds them, each node called once with
its parents' outputs, in an order its dependencies allow, as dask does; the targets' outputs are
returned as Rasa returns them, and a ``RuntimeError`` becomes Rasa's ``GraphRunError``. Parses and
predictions are the same to the last digit (tests/test_fast_load.py runs the model both ways).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

logger = logging.getLogger(__name__)

_installed = False


def _is_task(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and callable(value[0])


def evaluate(graph: Dict[Text, Any], targets: List[Text]) -> List[Any]:
    """The values of ``targets`` in a dask graph of tasks ``(callable, *keys)`` and literals, each task called
    once with the values of its keys (what ``dask.get`` computes for such a graph)."""
    done: Dict[Text, Any] = {}

    def value(key: Text) -> Any:
        if key in done:
            return done[key]
        task = graph[key]
        if _is_task(task):
            args = [value(a) if isinstance(a, str) and a in graph else a for a in task[1:]]
            result = task[0](*args)
        else:
            result = task
        done[key] = result
        return result

    return [value(target) for target in targets]


def run(self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None,
        targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
    """``DaskGraphRunner.run`` without dask (see the module's docstring)."""
    run_targets = targets if targets else self._graph_schema.target_names
    minimal_schema = self._graph_schema.minimal_graph_schema(run_targets)
    run_graph = self._build_dask_graph(minimal_schema)
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("Running graph with targets %s and %s.", targets, self._execution_context)
    try:
        return dict(evaluate(run_graph, list(run_targets)))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


def install() -> None:
    global _installed
    if _installed:
        return
    DaskGraphRunner.run = run
    _installed = True


__all__ = ["evaluate", "install", "run"]
