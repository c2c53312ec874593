"""Directory of actors and services: models, importers, national entry points, search."""
