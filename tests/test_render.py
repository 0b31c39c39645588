"""Block Kit rendering: escaping, Slack's limits, "and N more", and the plain-text form."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.matching import Candidate
from bot.models import (
    ArticleRef,
    MeetingRecord,
    Participant,
    PersonProfile,
    PersonSummary,
    RoleRecord,
)
from bot.render.blocks import MAX_BLOCKS, bulleted, button, context, finalize, header, section
from bot.render.cards import (
    ACTION_EVIDENCE,
    ACTION_PICK,
    ACTION_SHARE,
    choices_card,
    evidence_card,
    no_match_card,
    person_card,
    place_card,
)
from bot.render.flags import flag
from bot.render.mrkdwn import escape, truncate
from bot.render.text import blocks_to_text

NOW = datetime(2024, 5, 1, tzinfo=UTC)


def art(i, title="Talks in Annapolis", url=None):
    return ArticleRef(i, title, "Wire", "2021-04-03", url, f"seed{i}.txt", NOW)


def part(pid, name, country="US"):
    return Participant(pid, name, None, None, country)


def meeting(i, *people, summary="Security advisers met", date="2021-04-02", location="Annapolis"):
    return MeetingRecord(
        i,
        summary,
        date,
        location,
        "in_person",
        "held",
        True,
        ("US", "JP"),
        tuple(people),
        (art(i),),
        NOW,
    )


def profile(n_meetings=1, name="Jake Sullivan", summary="Security advisers met", title="Talks"):
    me = PersonSummary(1, name, "national security adviser", "White House", "US", (), n_meetings)
    other = PersonSummary(2, "Suh Hoon", "adviser", None, "KR")
    meetings = tuple(
        meeting(i, part(1, name), part(2, "Suh Hoon", "KR"), summary=summary)
        for i in range(n_meetings)
    )
    roles = (
        RoleRecord(
            "national security adviser", "White House", "US", "2021-04-03", 0, "He said so."
        ),
    )
    return PersonProfile(
        me, roles, meetings, tuple(art(i, title) for i in range(n_meetings)), ((other, n_meetings),)
    )


def all_text(blocks):
    return json.dumps(blocks, ensure_ascii=False)


def mrkdwn_texts(blocks):
    """Every text Slack parses for mentions (plain_text, e.g. headers, it shows as typed)."""
    out = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                out.append(node["text"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(blocks)
    return "\n".join(out)


def check_limits(reply):
    """Slack's documented limits, checked over a whole message."""
    assert reply.text.strip()
    assert len(reply.blocks) <= MAX_BLOCKS
    for b in reply.blocks:
        if b["type"] == "header":
            assert len(b["text"]["text"]) <= 150
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
        if b["type"] == "context":
            assert len(b["elements"]) <= 10
        if b["type"] == "actions":
            ids = [e["action_id"] for e in b["elements"]]
            assert len(ids) == len(set(ids)) and len(ids) <= 25
            for e in b["elements"]:
                assert len(e["text"]["text"]) <= 75
                assert len(e["value"]) <= 2000 and len(e["action_id"]) <= 255


def test_escape_defuses_mentions_and_links():
    assert escape("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"


def test_truncate_never_splits_an_entity():
    text = escape("a" * 10 + " & " + "b" * 10)
    cut = truncate(text, 15)
    assert len(cut) <= 15 and cut.endswith("…")
    assert "&am…" not in cut and "&…" not in cut


def test_flag_is_computed_from_the_code():
    assert flag("JP") == "🇯🇵"
    assert flag(None) == "" and flag("XYZ") == ""


def test_bulleted_cuts_with_and_n_more():
    lines = [f"line {i} " + "x" * 100 for i in range(200)]
    text = bulleted("*Title*", lines)
    assert len(text) <= 3000
    shown = text.count("• ")
    assert shown < 200
    assert text.endswith(f"…and {200 - shown} more")
    assert "and 5 more" in bulleted(None, ["a"] * 15, max_items=10)
    assert "or more" in bulleted(None, ["a"] * 15, max_items=10, open_ended=True)


def test_builders_respect_limits():
    assert len(header("h" * 500)["text"]["text"]) <= 150
    assert len(section("s" * 5000)["text"]["text"]) <= 3000
    assert len(context(*["c"] * 30)["elements"]) == 10
    assert len(button("b" * 200, "a", "v")["text"]["text"]) <= 75
    blocks = finalize([section(str(i)) for i in range(80)])
    assert len(blocks) == 50 and "31 more" in blocks[-1]["elements"][0]["text"]


def test_person_card_shows_role_country_meetings_articles_and_match():
    match = Candidate("person", "1", "Jake Sullivan", 93.0, "fuzzy", "sullivan")
    reply = person_card(profile(2), match=match)
    check_limits(reply)
    text = blocks_to_text(reply.blocks)
    assert "Jake Sullivan" in text and "national security adviser" in text
    assert "🇺🇸" in text
    assert "93% similar" in text
    assert "Suh Hoon" in text and "2021-04-02" in text and "Annapolis" in text and "held" in text
    assert "Talks — Wire, 2021-04-03" in text
    assert "Meets most" in text
    ids = [e["action_id"] for b in reply.blocks if b["type"] == "actions" for e in b["elements"]]
    assert ACTION_SHARE in ids and ACTION_EVIDENCE in ids
    assert not reply.in_channel


def test_person_card_with_hundreds_of_long_meetings_stays_within_limits():
    reply = person_card(profile(300, summary="long " * 400, title="T" * 600), page=300)
    check_limits(reply)
    text = all_text(reply.blocks)
    assert "more" in text  # the cut is said, not silent


def test_text_from_articles_cannot_ping():
    reply = person_card(profile(1, name="<!channel> Bob", summary="met <@U123> & <!here>"))
    body = mrkdwn_texts(reply.blocks) + reply.text
    for raw in ("<!channel>", "<@U123>", "<!here>"):
        assert raw not in body
    assert "&lt;@U123&gt;" in body


def test_shared_card_names_who_shared_and_has_no_buttons():
    reply = person_card(profile(1), shared_by="U42ABC")
    assert reply.in_channel
    assert "Shared by <@U42ABC>" in all_text(reply.blocks)
    assert not [b for b in reply.blocks if b["type"] == "actions"]
    # a forged user id is not turned into a mention
    forged = person_card(profile(1), shared_by="<!channel>")
    assert "<!channel>" not in mrkdwn_texts(forged.blocks) + forged.text


def test_evidence_card_quotes_the_sentence_and_its_article():
    text = blocks_to_text(evidence_card(profile(1)).blocks)
    assert "He said so." in text and "Talks" in text


def test_choices_card_has_one_button_per_person_with_role_and_flag():
    people = [PersonSummary(i, f"Kim {i}", "minister", None, "KR") for i in range(14)]
    reply = choices_card("Kim", people, total=14)
    check_limits(reply)
    buttons = [e for b in reply.blocks if b["type"] == "actions" for e in b["elements"]]
    assert len(buttons) == 10
    assert all(e["action_id"].startswith(ACTION_PICK) for e in buttons)
    assert buttons[0]["value"] == "person:0"
    assert "minister" in buttons[0]["text"]["text"] and "🇰🇷" in buttons[0]["text"]["text"]
    assert "and 4 more" in blocks_to_text(reply.blocks)


def test_no_match_is_polite_and_escapes_the_query():
    sugg = [Candidate("person", "7", "Antony Blinken", 70, "fuzzy")]
    reply = no_match_card("<!channel> Blonkan", sugg)
    text = blocks_to_text(reply.blocks)
    assert "Did you mean" in text and "Antony Blinken" in text
    assert "<!channel>" not in mrkdwn_texts(reply.blocks) + reply.text


def test_place_card_lists_meetings():
    reply = place_card("Annapolis", [meeting(1, part(1, "A"), part(2, "B"))])
    check_limits(reply)
    assert "Meetings held here" in blocks_to_text(reply.blocks)


def test_blocks_to_text_makes_links_and_entities_readable():
    blocks = [section("*Bold* <https://x.test/a|Title> &amp; &lt;tag&gt; _it_")]
    assert blocks_to_text(blocks).strip() == "Bold Title (https://x.test/a) & <tag> it"
