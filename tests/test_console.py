"""`briefing-bot ask`: the /briefing answer in a terminal, without Slack or a token."""

from __future__ import annotations

import json
import shutil

from bot.cli import main


def _use_store(monkeypatch, tmp_path, template=None):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "BRIEFING_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "store"
    if template is not None:
        shutil.copytree(template, folder)
    else:
        folder.mkdir()
    monkeypatch.setenv("BRIEFING_DATABASE_URL", f"sqlite:///{folder / 'briefing.sqlite3'}")


def test_ask_on_a_fresh_store_loads_the_seeds_and_prints_the_card(monkeypatch, tmp_path, capsys):
    _use_store(monkeypatch, tmp_path)
    assert main(["ask", "Sullivan"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Jake Sullivan"
    assert "Meetings (newest first)" in out and "Annapolis" in out
    assert "Articles" in out
    assert "<" not in out.replace("<@", "")  # links shown as "title (url)", entities unescaped


def test_ask_json_prints_the_block_kit_payload(monkeypatch, tmp_path, capsys, _seeded_template):
    _use_store(monkeypatch, tmp_path, _seeded_template)
    assert main(["ask", "--json", "jake", "sullivn"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["response_type"] == "ephemeral"
    assert "Jake Sullivan" in payload["text"]
    assert payload["blocks"][0]["type"] == "header"


def test_ask_takes_whatever_briefing_takes(monkeypatch, tmp_path, capsys, _seeded_template):
    _use_store(monkeypatch, tmp_path, _seeded_template)
    assert main(["ask"]) == 0
    assert "How to use briefing-bot ask" in capsys.readouterr().out
    assert main(["ask", "japn"]) == 0
    assert "Japan" in capsys.readouterr().out.splitlines()[0]
    assert main(["ask", "Zzyzx", "Qwvbnm"]) == 0
    assert "I found nobody" in capsys.readouterr().out


def test_a_bad_store_url_is_a_message_not_a_trace(monkeypatch, capsys):
    monkeypatch.setenv("BRIEFING_DATABASE_URL", "nosuch://nowhere")
    assert main(["ask", "Sullivan"]) == 2
    err = capsys.readouterr().err
    assert "cannot open the store" in err and "nosuch" in err
    assert "Traceback" not in err
