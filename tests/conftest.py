"""Fixtures live in one module per layer; this file only lists them."""

pytest_plugins = [
    "tests.fixtures_store",
    "tests.fixtures_slack",
    "tests.local_web",
]
