from __future__ import annotations

from pathlib import Path

from bot.yaml_files import read_word_table, read_yaml


def test_a_word_table_keeps_on_off_yes_and_no_as_words(tmp_path: Path):
    table = tmp_path / "words.yaml"
    table.write_text(
        "stop_words: [in, on, off, yes, no]\noutlet_countries: {Kelgraph: NO}\nflag: false\n",
        encoding="utf-8",
    )
    data = read_word_table(table)
    assert data["stop_words"] == ["in", "on", "off", "yes", "no"]
    assert data["outlet_countries"] == {"Kelgraph": "NO"}  # Norway's code, not false
    assert data["flag"] is False  # true and false stay flags
    assert read_yaml(table)["flag"] is False
