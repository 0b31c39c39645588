"""Slack fixtures: the mock Web API server and the real Bolt app served over HTTP."""
