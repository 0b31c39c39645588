"""Reading article files: encodings a newsroom's tools produce, and files that are not text."""

from __future__ import annotations

import pytest

from bot import SEEDS_DIR
from bot.cli import main
from bot.documents import DocumentError, read_document

SEED = sorted(SEEDS_DIR.glob("*.txt"))[0]


@pytest.mark.parametrize(
    ("codec", "name"), [("utf-16-le", "UTF-16-LE"), ("utf-16-be", "UTF-16-BE")]
)
def test_utf16_without_a_byte_order_mark_is_read_and_said(tmp_path, codec, name):
    # with a few characters whose other byte is NUL too: Ā (U+0100), 一 (U+4E00)
    body = SEED.read_text(encoding="utf-8") + "\nĀotearoa 一 talks.\n"
    path = tmp_path / "export.txt"
    path.write_bytes(body.encode(codec))

    text, note = read_document(path)

    assert text == body
    assert note == f"decoded as {name} (no byte order mark)"


def test_binary_with_scattered_nul_bytes_is_still_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(DocumentError, match="binary file"):
        read_document(path)


def test_ingest_stores_a_bomless_utf16_article_with_its_people(tmp_path, monkeypatch, capsys):
    config = tmp_path / "settings.yaml"
    config.write_text("load_seeds: false\n")
    monkeypatch.setenv("BRIEFING_DATABASE_URL", f"sqlite:///{tmp_path / 'store.sqlite3'}")
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    path = tmp_path / "export.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16-le"))

    assert main(["ingest", str(path)]) == 0
    assert (
        "export.txt: warning: decoded as UTF-16-LE (no byte order mark)" in capsys.readouterr().err
    )
    assert main(["ask", "Sullivan"]) == 0
    assert "Jake Sullivan" in capsys.readouterr().out
