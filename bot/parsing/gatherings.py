"""The gathering a side meeting was held at: "X met Y on the sidelines of the GCC summit in
AlUla" tells of two encounters of X and Y, their own talks and the summit both attended.
Readers asking who X met that week expect the summit too, so it is told as a background
meeting of everyone the text says met on its sidelines."""

from __future__ import annotations

import re

from bot.parsing.meeting_merge import Draft

#: "on the sidelines of the 42nd ASEAN Summit", "on the margins of a ministerial meeting":
#: the gathering, up to its head word, within its own clause
_BESIDE_RE = re.compile(
    r"\b(?:on|at) the (?:sidelines|margins|side-lines) of (?:the |a |an |this year['’]s )?"
    r"(?P<event>[^,.;:()]{0,60}?\b(?:summit|forum|meeting|conference|assembly|session|dialogue"
    r"|congress|council|games|expo|week|ministerial|gathering|retreat|convention|talks"
    r"|consultations|festival)s?)\b",
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
