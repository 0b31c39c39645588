"""The gathering a side meeting was held at: "X met Y on the sidelines of the GCC summit in
AlUla" tells of two encounters of X and Y, their own talks and the summit both attended.
Readers asking who X met that week expect the summit too, so it is told as a background
meeting of everyone the text says met on its sidelines. Where the news sentence leaves the
gathering unplaced, another sentence that tells it as held now places it."""

from __future__ import annotations

import re

from bot.parsing.lexicon import Lexicon
from bot.parsing.meeting_merge import Draft
from bot.parsing.meeting_places import host_country, is_a_city

#: the head words of a gathering's name ("the 42nd ASEAN Summit", "the Raisina Dialogue")
_HEADS = ("summit", "forum", "meeting", "conference", "assembly", "session", "dialogue")
_HEADS += ("congress", "council", "games", "expo", "week")
#: and of one told in lower case ("a ministerial gathering", "the annual consultations")
_LOWER_HEADS = ("ministerial", "gathering", "retreat", "convention", "talks", "consultations")
_LOWER_HEADS += ("festival",)

#: "on the sidelines of the 42nd ASEAN Summit", "on the margins of a ministerial meeting":
#: the gathering, up to its head word, within its own clause
_BESIDE_RE = re.compile(
    r"\b(?:on|at) the (?:sidelines|margins|side-lines) of (?:the |a |an |this year['’]s )?"
    r"(?P<event>[^,.;:()]{0,60}?\b(?:" + "|".join(_HEADS + _LOWER_HEADS) + r")s?)\b",
    re.IGNORECASE,
)
#: the gathering told as another encounter's or as where someone spoke: "their first meeting
#: since they held talks on the sidelines of ...", "Speaking to reporters on the sidelines"
_ANOTHER_SETTING_RE = re.compile(
    r"\b(?:since|after|before|when|previous|previously|earlier|speak|speaking|spoke"
    r"|told|said|says|reporters|journalists|interview)\b(?![^,;]*[,;])",
    re.IGNORECASE,
)
#: a plain head word with nothing to name it: the gathering told of just before
_BARE_RE = re.compile(r"^(?:\w+ )?\w+$")


def gatherings_beside(drafts: list[Draft]) -> list[Draft]:
    """One meeting for each gathering the side meetings were held at, with their people,
    their sides, the first one's day, place and status. None where the text already tells
    of an encounter of those people that is not itself a side meeting (the summit told in
    its own right)."""
    found: dict[str, tuple[Draft, list[Draft]]] = {}
    last: str | None = None
    for d in drafts:
        told = d.evidence[0] if d.evidence else ""
        m = _BESIDE_RE.search(told)
        if m is None or d.status == "cancelled" or d.mode not in ("in_person", "unknown"):
            continue
        if _ANOTHER_SETTING_RE.search(told, max(0, m.start() - 80), m.start()):
            continue  # "since they met on the sidelines of ...", "speaking on the sidelines"
        key = re.sub(r"^\d+\w* ", "", m["event"].casefold())
        if _BARE_RE.match(key) and last is not None:
            key = last
        last = key
        if key in found:
            found[key][1].append(d)
        else:
            found[key] = (d, [d])
    out: list[Draft] = []
    for first, beside in found.values():
        if first is not drafts[0]:
            continue  # "they last met on the sidelines of ...": told only as background
        people: list[int] = []
        for d in beside:
            people += [k for k in d.participants if k not in people]
        if len(people) < 2:
            continue
        if any(e not in beside and set(first.participants) <= set(e.participants) for e in drafts):
            continue
        out.append(
            Draft(
                participants=people,
                countries=set().union(*(d.countries for d in beside)),
                date=first.date,
                location=first.location,
                mode="in_person",
                status=first.status,
                evidence=[first.evidence[0]],
                first=first.first,
                last=first.last,
            )
        )
    return out


#: "on the sidelines of the 42nd ASEAN Summit": the gathering's name, up to its head word
_SIDELINES_OF_RE = re.compile(
    r"\b(?:sidelines|margins) of (?:the |this year['’]s )?(?:\d+\w* )?"
    r"(?P<event>(?:[A-Z][\w'’-]* ){0,4}(?:" + "|".join(w.title() for w in _HEADS) + r"))\b"
)
#: the gathering's place told as the news's: "Leaders are in Indonesia this week for the
#: 42nd ASEAN Summit", "the ASEAN Summit, being held in Jakarta," (not "the previous
#: summit was held in Port Moresby", "medals at the Olympic Games in Tokyo")
_ARE_IN_PLACE_FOR_RE = re.compile(
    r"\b(?:are|is|have gathered|are gathered|gathered|will be) in "
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: (?:this|next) week)? for the "
)
_BEING_HELD_IN_RE = re.compile(
    r",? (?:(?:which|that) is )?(?:being held|taking place|under way|underway|which opened"
    r"|which opens|hosted) in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
#: a sentence of another edition or time: "the previous summit", "in 2022", "last year"
_ANOTHER_EDITION_RE = re.compile(
    r"\b(?:previous|last|next|former|earlier|upcoming|(?:19|20)\d\d)\b", re.IGNORECASE
)


def placed_at_the_gathering(lead: Draft, lex: Lexicon, body: str) -> None:
    """ "MANILA - X and Y met on the sidelines of the ASEAN Summit on Wednesday ... Leaders
    are in Indonesia this week for the 42nd ASEAN Summit": news held on the sidelines of a
    gathering the lead does not place is where another sentence puts that gathering as it
    is held now, not in the bureau's city."""
    if lead.location is not None or lead.mode not in ("in_person", "unknown"):
        return
    told = lead.evidence[0] if lead.evidence else ""
    if "sidelines" not in told and "margins" not in told:
        return
    if (m := _SIDELINES_OF_RE.search(told)) is None:
        return
    name = m["event"].casefold()
    for line in body.split("\n"):
        for other in re.split(r"(?<=[.!?])\s+", line):
            at = other.casefold().find(name)
            if at < 0 or other == told or _ANOTHER_EDITION_RE.search(other):
                continue
            before = _ARE_IN_PLACE_FOR_RE.search(other, 0, at + 1)
            after = _BEING_HELD_IN_RE.match(other, at + len(name))
            for p in (before, after):
                place = p["place"] if p else None
                if place and (is_a_city(lex, place) or host_country(lex, place) is not None):
                    lead.location = place
                    return
