"""The officials table: a known official's country, whether the text names one or not."""

from __future__ import annotations

import pytest
import yaml

from bot.gazetteer import load_gazetteer
from bot.parsing import parse_article
from bot.parsing.officials import OFFICIALS_PATH, Officials, load_officials

# invented people: the table in these tests is built here, not read from config
TABLE = {
    "NO": ["Halvard Roskvik", "Sigrun Aalvik-Berg"],
    "PT": ["Ana Serrat"],
    "ES": ["Ana Serrat", "Íñigo Barrenetxea"],  # listed under two countries
    "JP": ["Tanabe Reiji", "Okuda"],
}


def test_full_names_find_their_country_written_any_way():
    table = Officials(TABLE, family_name_first=["JP"])
    assert table.country_of(["Halvard Roskvik"]) == "NO"
    assert table.country_of(["HALVARD ROSKVIK"]) == "NO"
    assert table.country_of(["Sigrun Aalvik Berg"]) == "NO"  # hyphen or space
    assert table.country_of(["Inigo Barrenetxea"]) == "ES"  # accents or none
    # a two-word name in either order: "TANABE Reiji" and "Reiji Tanabe"
    assert table.country_of(["Reiji Tanabe"]) == "JP"
    # the first form the table knows decides
    assert table.country_of(["Roskvik", "Halvard Roskvik"]) == "NO"
    # only where names put the family first: "Roskvik Halvard" is nobody
    assert table.country_of(["Roskvik Halvard"]) is None


def test_surnames_alone_and_names_under_two_countries_tell_nothing():
    table = Officials(TABLE)
    assert table.country_of(["Okuda"]) is None  # listed alone: not kept
    assert table.country_of(["Roskvik"]) is None  # a surname alone is never looked up
    assert table.country_of(["Ana Serrat"]) is None  # Portugal or Spain: the table can't tell
    assert table.country_of(["Halvard Roskvik Jr"]) is None
    assert len(Officials({})) == 0


def _parse_with(monkeypatch, table: dict, text: str) -> dict[str, str | None]:
    monkeypatch.setattr("bot.parsing.people.load_officials", lambda: Officials(table))
    return {p.name: p.country for p in parse_article(text).people}


STORY = (
    "Mozambique hosts Roskvik\n\n"
    "President Halvard Roskvik held talks on Monday in Maputo with President "
    "Daniel Mabote of Mozambique, the first leg of a tour of southern Africa.\n\n"
    "Roskvik and Mabote discussed trade and fisheries, the Mozambican "
    "presidency said. Mozambique and its guest also signed a memorandum on ports."
)


def test_a_known_official_the_text_names_by_bare_title_serves_his_country(monkeypatch):
    with_table = _parse_with(monkeypatch, TABLE, STORY)
    assert with_table == {"Halvard Roskvik": "NO", "Daniel Mabote": "MZ"}
    # the same text read without the table: the visitor's country is not told
    without = _parse_with(monkeypatch, {}, STORY)
    assert without["Halvard Roskvik"] != "NO"
    assert without["Daniel Mabote"] == "MZ"


def test_the_table_beats_a_country_the_parser_reads_into_the_text(monkeypatch):
    text = (
        "President Daniel Mabote of Mozambique on Monday received Prime Minister "
        "Halvard Roskvik in Maputo, where the two leaders discussed fisheries. "
        "Mozambique and Norway signed a deal."
    )
    # read from the text alone, the guest takes the host's country
    assert _parse_with(monkeypatch, {}, text)["Halvard Roskvik"] == "MZ"
    # a reader who knows him knows better; the host, whom the table lacks, keeps his
    got = _parse_with(monkeypatch, TABLE, text)
    assert got == {"Daniel Mabote": "MZ", "Halvard Roskvik": "NO"}


def test_the_shipped_table_names_real_countries_and_full_names():
    whole = yaml.safe_load(OFFICIALS_PATH.read_text(encoding="utf-8"))
    data = whole["officials"]
    codes = {c.code for c in load_gazetteer().countries()}
    assert set(whole["family_name_first"]) <= codes
    unknown = sorted(set(data) - codes)
    assert unknown == [], f"codes not in config/gazetteer.yaml: {unknown}"
    short = [n for names in data.values() for n in names if len(str(n).split()) < 2]
    assert short == [], f"names of one word name too many people: {short[:10]}"
    # every country of the gazetteer has its officials
    assert sorted(codes - set(data)) == []
    assert len(load_officials()) > 3000


def test_no_table_file_means_the_text_alone_decides(monkeypatch, tmp_path):
    monkeypatch.setattr("bot.parsing.officials.OFFICIALS_PATH", tmp_path / "officials.yaml")
    load_officials.cache_clear()
    try:
        assert len(load_officials()) == 0
    finally:
        load_officials.cache_clear()


def test_a_known_official_marks_no_side_for_the_others_named_by_bare_title(monkeypatch):
    # a paper names its own side by bare title: the table's president is that side, and
    # so is his deputy whom the table does not know; neither is the country talked about
    table = {"MW": ["Halvard Roskvik"]}
    text = (
        "African Union envoy Paul Obiri arrived in Lilongwe on Thursday and met Malawian "
        "officials on the border dispute with Tanzania.\n\n"
        "He held talks with President Halvard Roskvik and Vice President Kato Luvanda.\n\n"
        "Malawi has accused Tanzania of moving border markers. Malawi wants the "
        "African Union to mediate, and Malawi says talks must resume."
    )
    got = _parse_with(monkeypatch, table, text)
    assert got["Halvard Roskvik"] == "MW"
    assert got["Kato Luvanda"] == "MW"


def test_a_key_that_is_no_country_code_is_skipped_and_named(monkeypatch, tmp_path, caplog):
    path = tmp_path / "officials.yaml"
    # an unquoted NO is Norway's code, not YAML 1.1's false; "Lorania" is no code at all
    path.write_text(
        'officials:\n  NO:\n    - Halvard Roskvik\n  "PT":\n    - Ana Serrat\n'
        "  Lorania:\n    - Ivo Marek\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("bot.parsing.officials.OFFICIALS_PATH", path)
    load_officials.cache_clear()
    try:
        table = load_officials()
        assert table.country_of(["Ana Serrat"]) == "PT"
        assert table.country_of(["Halvard Roskvik"]) == "NO"
        assert table.country_of(["Ivo Marek"]) is None
        assert "'Lorania' is not a country code" in caplog.text
    finally:
        load_officials.cache_clear()


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        # one serving an organisation: once a minister at home, now of no state
        ("UN Secretary-General Halvard Roskvik", None),
        ("Nato Secretary General Halvard Roskvik", None),
        ("The EU's foreign policy chief Halvard Roskvik", None),
        ("EU High Representative for Foreign Affairs and Security Policy Halvard Roskvik", None),
        # a state's own office
        ("National Security Council Secretary Halvard Roskvik", "NO"),
    ],
)
def test_the_table_is_not_asked_for_one_the_text_shows_serving_an_organisation(
    monkeypatch, opening, country
):
    text = f"{opening} arrived in Maputo on Monday for talks on the border.\n\nMore talks follow."
    got = _parse_with(monkeypatch, TABLE, text)
    assert got["Halvard Roskvik"] == country


def test_a_broken_table_leaves_the_text_to_decide_and_says_why(monkeypatch, tmp_path, caplog):
    path = tmp_path / "officials.yaml"
    path.write_text('officials:\n  "PT": [Ana Serrat\n', encoding="utf-8")  # unclosed list
    monkeypatch.setattr("bot.parsing.officials.OFFICIALS_PATH", path)
    load_officials.cache_clear()
    try:
        assert len(load_officials()) == 0
        assert "cannot be read" in caplog.text
        # and every article still parses, its people read from the text alone
        got = {p.name: p.country for p in parse_article(STORY).people}
        assert set(got) == {"Halvard Roskvik", "Daniel Mabote"}
        assert got["Daniel Mabote"] == "MZ"
    finally:
        load_officials.cache_clear()


def test_a_reversed_form_never_hides_a_name_listed_as_written():
    # "Lin Wei" listed in Taiwan, "Wei Lin" in China: each is found as written
    table = Officials({"CN": ["Wei Lin"], "TW": ["Lin Wei"]}, family_name_first=["CN", "TW"])
    assert table.country_of(["Wei Lin"]) == "CN"
    assert table.country_of(["Lin Wei"]) == "TW"


def test_a_listed_official_whose_name_holds_a_common_word_is_read_whole(monkeypatch):
    # "Key" is also an adjective ("key partner"): only the table tells it is his name
    story = (
        "Pacific mission\n\n"
        "Tongan Prime Minister Tevita Key will travel to Samoa on Sunday.\n\n"
        "In Apia, Mr Key will meet with Prime Minister Lemalu Faasino of Samoa."
    )
    monkeypatch.setattr(
        "bot.parsing.people.load_officials", lambda: Officials({"TO": ["Tevita Key"]})
    )
    article = parse_article(story, published="2024-05-10")
    assert [p.name for p in article.people] == ["Tevita Key", "Lemalu Faasino"]
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Tevita Key", "Lemalu Faasino"), "Apia")
    ]
    # the same words with a table that does not list him: the common word stays a word
    monkeypatch.setattr("bot.parsing.people.load_officials", lambda: Officials({}))
    assert "Tevita Key" not in [p.name for p in parse_article(story).people]


def test_a_style_kept_in_the_name_is_looked_past_in_the_table_and_no_other_word_is(
    monkeypatch,
):
    got = _parse_with(monkeypatch, TABLE, "He met the Leader Seyyed Halvard Roskvik in Maputo.")
    assert got["Seyyed Halvard Roskvik"] == "NO"
    # a given name is no style: the text's own country stands
    text = "Honduran Foreign Minister Rui Halvard Roskvik met Spanish minister Ana Lind."
    assert _parse_with(monkeypatch, TABLE, text)["Rui Halvard Roskvik"] == "HN"


def test_a_known_leaders_government_names_the_leader(monkeypatch):
    text = (
        "It was the first contact since the Halvard Roskvik government took office in Oslo, "
        "Pakistani Foreign Minister Ivo Marek said."
    )
    assert _parse_with(monkeypatch, TABLE, text)["Halvard Roskvik"] == "NO"
    assert "Halvard Roskvik" not in _parse_with(monkeypatch, {}, text)  # a party, for all we know
