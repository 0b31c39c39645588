"""When two reports describe one meeting, and how the facts combine.

Two reports are one meeting when their participants agree, their sides
(countries) agree, their dates are compatible ("2021-04" fits "2021-04-02";
full dates a day apart fit too, since outlets in different zones date the
same talks differently) and their places do not contradict each other. A
report without a date matches only when participants and sides agree fully
and both describe the meeting with the same status, so that "they will meet
again" never folds into the talks the same article reports as held.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

from bot.store.keys import location_key

STATUS_RANK = {"planned": 0, "cancelled": 1, "held": 2}


class MeetingFacts(NamedTuple):
    """What matching compares of a meeting (a tuple: cheap to build for every candidate)."""

    participants: frozenset[int]
    countries: frozenset[str]
    date: str | None
    location: str | None
    status: str


def _parse_day(value: str) -> Date | None:
    if len(value) != 10:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def neighbour_days(value: str | None) -> tuple[str, str] | None:
    """The day before and after a full date, else None (remembered: asked per candidate)."""
    day = _parse_day(value) if value else None
    if day is None:
        return None
    return (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat()


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Both dates given, and one is a prefix of the other or they are a day apart."""
    if not a or not b:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    near = neighbour_days(a)
    return near is not None and b in near


def locations_compatible(a: str | None, b: str | None) -> bool:
    ka, kb = location_key(a), location_key(b)
    if not ka or not kb:
        return True
    return ka in kb or kb in ka


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return True
    if a <= b or b <= a:
        return True
    return len(a & b) / len(a | b) >= 0.5


def _participants_agree(a: frozenset[int], b: frozenset[int]) -> bool:
    """The smaller list is within the larger (pairs, trios) or shares half of it (delegations)."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) <= 2:
        return small <= large
    return len(small & large) * 2 >= len(small)


def same_meeting_score(new: MeetingFacts, old: MeetingFacts) -> float | None:
    """A score (higher is closer) when `new` and `old` are one meeting, else None."""
    if new.date is None or old.date is None:
        # An undated plan is fulfilled by the talks held later, never the other way round.
        statuses_fit = new.status == old.status or (
            old.status == "planned" and new.status in ("held", "cancelled")
        )
        strong = (
            len(new.participants) >= 2
            and new.participants == old.participants
            and new.countries == old.countries
            and statuses_fit
        )
        if not strong or not locations_compatible(new.location, old.location):
            return None
        return 1.0
    if not dates_compatible(new.date, old.date):
        return None
    if new.participants or old.participants:
        if not _participants_agree(new.participants, old.participants):
            # A report naming nobody can still be the talks between the same sides on the day.
            if new.participants and old.participants:
                return None
            if new.countries != old.countries or len(new.date) != 10 or new.date != old.date:
                return None
    elif new.countries != old.countries or not new.countries:
        return None
    if not _sides_agree(new.countries, old.countries):
        return None
    same_day = new.date == old.date and len(new.date) == 10
    if not locations_compatible(new.location, old.location) and not (
        same_day and new.participants == old.participants
    ):
        return None
    score = 2.0 * len(new.participants & old.participants)
    if new.countries and old.countries:
        score += len(new.countries & old.countries) / len(new.countries | old.countries)
    score += 1.0 if new.date == old.date else 0.5
    if location_key(new.location) and location_key(new.location) == location_key(old.location):
        score += 0.5
    return score


def merged_status(old: str, new: str) -> str:
    """A planned meeting later reported held (or called off) takes the later word."""
    if old == "planned":
        return new
    if old == "cancelled" and new == "held":
        return "held"
    return old


def more_precise_date(old: str | None, new: str | None) -> str | None:
    if not old:
        return new
    if not new:
        return old
    return new if len(new) > len(old) else old


def more_precise_location(old: str | None, new: str | None) -> str | None:
    if not old:
        return new
    if not new:
        return old
    return new if len(location_key(new)) > len(location_key(old)) else old


def same_story_score(new: MeetingFacts, old: MeetingFacts) -> float | None:
    """A score when `old`, read from a copy of the same story, is the meeting `new` reports.

    Copies of one syndicated text describe the same meetings, but their dates
    can differ (a relative "on Friday" read against different publication
    stamps) or be missing in one copy. So dates and places need not agree; the
    people and sides must, as for any two reports (a follow-up story that
    reuses background paragraphs still names other people for its news).
    """
    if {new.status, old.status} == {"held", "cancelled"}:
        return None
    if new.participants or old.participants:
        if not _participants_agree(new.participants, old.participants):
            return None
    elif not (new.countries and new.countries == old.countries):
        return None
    if not _sides_agree(new.countries, old.countries):
        return None
    score = 2.0 * len(new.participants & old.participants)
    if new.countries and old.countries:
        score += len(new.countries & old.countries) / len(new.countries | old.countries)
    if new.date and old.date and dates_compatible(new.date, old.date):
        score += 0.5
    return score
