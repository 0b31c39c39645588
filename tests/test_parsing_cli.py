"""`briefing-bot parse`: one JSON per article, a clear line per bad file, exit status 1."""

from __future__ import annotations

import json
import subprocess
import sys

from bot import SEEDS_DIR
from bot.cli import main

SEED = SEEDS_DIR / "000_82d2fbfd277683a1.txt"


def test_parse_writes_annotation_json_and_reports_bad_files(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Caf\xe9 talks: French President Emmanuel Macron met Chancellor Olaf Scholz.".encode(
            "cp1252"
        )
    )
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"

    status = main(
        [
            "parse",
            str(good),
            str(empty),
            str(binary),
            str(missing),
            str(big),
            str(legacy),
            "--out",
            str(out),
        ]
    )

    assert status == 1
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith("parse:")]
    assert any("empty.txt" in x and "empty" in x.split(":", 2)[2] for x in lines)
    assert any("photo.txt" in x and "binary" in x for x in lines)
    assert any("missing.txt" in x and "no such file" in x for x in lines)
    assert any("big.txt" in x and "too large" in x and "5,242,880-byte limit" in x for x in lines)
    assert any("legacy.txt" in x and "cp1252" in x for x in lines)
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "legacy.json"]

    data = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert data["file"] == "good.txt"
    assert data["title"] == "Japan, US, S. Korea security leaders hold talks"
    assert {p["name"] for p in data["people"]} >= {"Jake Sullivan", "Shigeru Kitamura", "Suh Hoon"}
    assert data["meetings"][0]["primary"] is True
    legacy_data = json.loads((out / "legacy.json").read_text(encoding="utf-8"))
    assert "Emmanuel Macron" in {p["name"] for p in legacy_data["people"]}


def test_parse_all_good_exits_zero_and_applies_published(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "Blinken meets counterpart\n\nU.S. Secretary of State Antony Blinken met Japanese "
        "Foreign Minister Yoko Kamikawa in Tokyo on Friday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "parse",
            str(src),
            "--out",
            str(out),
            "--published",
            "2024-03-03",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert data["published"] == "2024-03-03"
    assert data["meetings"][0]["date"] == "2024-03-01"
    assert data["meetings"][0]["location"] == "Tokyo"
