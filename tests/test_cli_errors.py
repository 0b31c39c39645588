"""A store the environment names but the bot cannot use: one line, exit 2, no password shown."""

from __future__ import annotations

import pytest

from bot.cli import main

SECRET = "S3CRET-do-not-show"


@pytest.mark.parametrize("command", [["ingest", "seeds"], ["reparse"], ["digest"], ["sources"]])
@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://bot:{SECRET}@db:port/briefing",  # unreadable
        f"mysql://bot:{SECRET}@db/briefing",  # unsupported
    ],
)
def test_an_unusable_database_url_is_named_without_its_password(command, url, monkeypatch, capsys):
    monkeypatch.setenv("BRIEFING_DATABASE_URL", url)
    assert main(command) == 2
    err = capsys.readouterr().err
    assert SECRET not in err
    assert err.startswith("briefing-bot: ") and "Traceback" not in err
    assert "database" in err
