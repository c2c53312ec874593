"""Deployment of the assistant past one machine: PostgreSQL, Redis, replicas (see README)."""
