"""The records that flow between the layers: parser output, and what the store answers.

They are frozen so that a record handed from one layer to the next cannot be
changed behind the back of the layer that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MODES = ("in_person", "call", "virtual", "unknown")
STATUSES = ("held", "planned", "cancelled")


# --- what the parser reads out of one article (ANNOTATION.md) -------------


@dataclass(frozen=True)
class ParsedPerson:
    name: str
    mentions: tuple[str, ...]
    role: str | None = None
    org: str | None = None
    country: str | None = None
    #: the sentence(s) the name, role and country were read from
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMeeting:
    primary: bool
    summary: str
    participants: tuple[str, ...]
    countries: tuple[str, ...]
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    location: str | None = None
    mode: str = "unknown"  # one of MODES
    status: str = "held"  # one of STATUSES
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedArticle:
    title: str | None
    published: str | None  # YYYY-MM-DD
    outlet: str | None
    dateline: str | None
    countries: tuple[str, ...]
    people: tuple[ParsedPerson, ...]
    meetings: tuple[ParsedMeeting, ...]
    url: str | None = None
    parser_version: str = ""

    def to_annotation(self, file: str | None = None) -> dict[str, Any]:
        """The ANNOTATION.md JSON form (evidence kept under extra keys the scorer ignores)."""
        return {
            "file": file,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "dateline": self.dateline,
            "countries": sorted(self.countries),
            "people": [
                {
                    "name": p.name,
                    "mentions": list(p.mentions),
                    "role": p.role,
                    "org": p.org,
                    "country": p.country,
                    "evidence": list(p.evidence),
                }
                for p in self.people
            ],
            "meetings": [
                {
                    "primary": m.primary,
                    "summary": m.summary,
                    "participants": list(m.participants),
                    "countries": sorted(m.countries),
                    "date": m.date,
                    "location": m.location,
                    "mode": m.mode,
                    "status": m.status,
                    "evidence": list(m.evidence),
                }
                for m in self.meetings
            ],
            "parser_version": self.parser_version,
        }

    @classmethod
    def from_annotation(cls, data: dict[str, Any]) -> ParsedArticle:
        return cls(
            title=data.get("title"),
            published=data.get("published"),
            outlet=data.get("outlet"),
            dateline=data.get("dateline"),
            countries=tuple(data.get("countries") or ()),
            people=tuple(
                ParsedPerson(
                    name=p["name"],
                    mentions=tuple(p.get("mentions") or (p["name"],)),
                    role=p.get("role"),
                    org=p.get("org"),
                    country=p.get("country"),
                    evidence=tuple(p.get("evidence") or ()),
                )
                for p in data.get("people") or ()
            ),
            meetings=tuple(
                ParsedMeeting(
                    primary=bool(m.get("primary")),
                    summary=m.get("summary") or "",
                    participants=tuple(m.get("participants") or ()),
                    countries=tuple(m.get("countries") or ()),
                    date=m.get("date"),
                    location=m.get("location"),
                    mode=m.get("mode") or "unknown",
                    status=m.get("status") or "held",
                    evidence=tuple(m.get("evidence") or ()),
                )
                for m in data.get("meetings") or ()
            ),
            url=data.get("url"),
            parser_version=data.get("parser_version") or "",
        )


# --- what the store answers ------------------------------------------------


@dataclass(frozen=True)
class ArticleRef:
    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    source: str  # file path or URL it was ingested from
    ingested_at: datetime


@dataclass(frozen=True)
class RoleRecord:
    """One role a person was seen in, and where that was read."""

    role: str | None
    org: str | None
    country: str | None
    seen_on: str | None  # the article's publication date, when known
    article_id: int
    evidence: str | None = None


@dataclass(frozen=True)
class PersonSummary:
    id: int
    name: str
    role: str | None  # the latest role seen
    org: str | None
    country: str | None
    mentions: tuple[str, ...] = ()
    article_count: int = 0


@dataclass(frozen=True)
class Participant:
    person_id: int
    name: str
    role: str | None
    org: str | None
    country: str | None


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    summary: str
    date: str | None
    location: str | None
    mode: str
    status: str
    primary: bool  # news in at least one of its articles, not only background
    countries: tuple[str, ...]
    participants: tuple[Participant, ...]
    articles: tuple[ArticleRef, ...]
    first_seen_at: datetime  # when first reported (or reported held after a plan) here
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonProfile:
    person: PersonSummary
    roles: tuple[RoleRecord, ...]  # newest first
    meetings: tuple[MeetingRecord, ...]  # newest meeting date first
    articles: tuple[ArticleRef, ...]
    co_participants: tuple[tuple[PersonSummary, int], ...]  # most meetings together first


@dataclass(frozen=True)
class IngestResult:
    """What happened to one document handed to the ingest path."""

    source: str
    status: str  # "new", "known", "failed"
    article_id: int | None = None
    message: str | None = None  # why it failed, or a warning (fallback encoding, nothing found)
    new_meeting_ids: tuple[int, ...] = ()
    flagged_empty: bool = False


@dataclass
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(r.status == "new" for r in self.results)

    @property
    def known(self) -> int:
        return sum(r.status == "known" for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.results)
