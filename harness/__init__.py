"""The test and benchmark harness: one place that starts and stops the servers.

Used by ``tests/`` and ``bench/`` only (not part of the installed package, not used by a
deployment):

- ``harness.processes``: free loopback ports, waiting for an address to answer, stopping a
  process and its children;
- ``harness.model``: the trained Rasa model for the current data (trained when missing);
- ``harness.servers``: the action server, a Rasa server, the web server, each on a free
  loopback port and stopped at the end; ``Conversation`` talks to Rasa over REST;
- ``harness.cluster``: the scaled-out setup (PostgreSQL, Redis, replicas) on loopback;
- ``harness.with_postgres``: a command run against a throwaway PostgreSQL cluster;
- ``harness.annuaire_fake``: a fake of the official directory's API, serving the committed fixtures.
"""
