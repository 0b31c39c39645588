"""The write path: one article, its people and its meetings, in one transaction.

Few round trips per article: people are looked up by name key in one query
(and remembered per process, since a person row is never deleted), their
roles and mentions go in with executemany, each meeting is matched in one
query against only the meetings that share a participant (or, naming
nobody, its sides and day), and the links of all meetings go in together.
Statements are built once per dialect: building SQLAlchemy expressions per
article would cost more than running them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    or_,
    select,
    type_coerce,
    union,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import IngestResult, ParsedArticle, ParsedMeeting, ParsedPerson
from bot.store import merge
from bot.store.keys import (
    content_hash,
    family_key,
    fold,
    is_full_name,
    name_key,
    prints_needed,
    text_prints,
)
from bot.store.schema import (
    article_prints,
    articles,
    meeting_articles,
    meeting_countries,
    meeting_participants,
    meetings,
    people,
    person_mentions,
    person_roles,
    store_state,
)


class PersonIds:
    """name key → person id, remembered across articles in this process.

    Ids learnt inside a transaction are held apart until it commits, so a
    rolled-back article never leaves an id behind that points nowhere.
    """

    def __init__(self) -> None:
        self._known: dict[str, int] = {}
        self._pending: dict[str, int] = {}

    def get(self, key: str) -> int | None:
        return self._pending.get(key) or self._known.get(key)

    def learn(self, key: str, person_id: int) -> None:
        self._pending[key] = person_id

    def commit(self) -> None:
        self._known.update(self._pending)
        self._pending.clear()

    def rollback(self) -> None:
        self._pending.clear()

    def clear(self) -> None:
        self._known.clear()
        self._pending.clear()


def insert_ignore(conn: Connection, table: Any) -> Any:
    """INSERT … ON CONFLICT DO NOTHING for the connection's dialect."""
    return _insert_ignore(conn.dialect.name, table)


@cache
def _insert_ignore(dialect: str, table: Any) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


_TEXT = Text()


def _param(name: str) -> Any:
    # Typed so PostgreSQL knows a NULL parameter's type inside CASE.
    return cast(bindparam(name, type_=_TEXT), _TEXT)


def _build_person_update() -> Any:
    """One statement for every person of an article: newest role wins, counts grow."""
    newer = or_(people.c.role_seen_on.is_(None), people.c.role_seen_on <= _param("b_seen"))
    takes_role = and_(_param("b_role").is_not(None), newer)
    return (
        update(people)
        .where(people.c.id == bindparam("b_pid"))
        .values(
            role=case((takes_role, _param("b_role")), else_=people.c.role),
            org=case((takes_role, _param("b_org")), else_=people.c.org),
            role_seen_on=case((takes_role, _param("b_seen")), else_=people.c.role_seen_on),
            country=case(
                (
                    and_(
                        _param("b_country").is_not(None),
                        or_(people.c.country.is_(None), newer),
                    ),
                    _param("b_country"),
                ),
                else_=people.c.country,
            ),
            seen_on=case(
                (
                    or_(people.c.seen_on.is_(None), people.c.seen_on < _param("b_seen")),
                    _param("b_seen"),
                ),
                else_=people.c.seen_on,
            ),
            article_count=people.c.article_count + 1,
            updated_at=bindparam("b_now"),
        )
    )


def _build_candidates() -> Any:
    """Meetings that may be the same as a new report, with their participants, in one query.

    Two ways in: meetings sharing participants (at least `needed` of them) at a
    compatible date, or, when the report is dated to the day, meetings of its
    first side on that day (a report naming nobody can still be those talks).
    """
    c = meetings.alias("c")
    day_window = and_(
        c.c.date >= bindparam("first", type_=String),
        c.c.date < bindparam("after", type_=String),
        or_(
            c.c.date
            == func.substr(cast(bindparam("value", type_=String), Text), 1, func.length(c.c.date)),
            func.substr(c.c.date, 1, bindparam("vlen", type_=Integer))
            == bindparam("value2", type_=String),
            c.c.date.in_(bindparam("near", expanding=True)),
        ),
    )
    date_ok = case(
        (bindparam("dated", type_=Integer) == 1, or_(c.c.date.is_(None), day_window)),
        else_=c.c.status == bindparam("status", type_=String),
    )
    mp = meeting_participants.alias("mp")
    by_people = (
        select(mp.c.meeting_id)
        .join(c, c.c.id == mp.c.meeting_id)
        .where(mp.c.person_id.in_(bindparam("pids", expanding=True)), date_ok)
        .group_by(mp.c.meeting_id)
        .having(func.count() >= bindparam("needed", type_=Integer))
    )
    mc = meeting_countries.alias("mc")
    d = meetings.alias("d")
    dp = meeting_participants.alias("dp")
    by_sides = (
        select(d.c.id)
        .join(mc, mc.c.meeting_id == d.c.id)
        .where(
            mc.c.country == bindparam("side", type_=String),
            d.c.date == bindparam("day", type_=String),
            # a report naming people looks here only for reports that named nobody
            or_(
                bindparam("any_sides", type_=Integer) == 1,
                ~exists().where(dp.c.meeting_id == d.c.id),
            ),
        )
    )
    ids = union(by_people, by_sides).subquery()
    return _facts_select(select(ids.c[0]))


def _build_sibling_meetings() -> Any:
    """Meetings reported by the given articles (copies of the same story), with participants."""
    return _facts_select(
        select(meeting_articles.c.meeting_id).where(
            meeting_articles.c.article_id.in_(bindparam("siblings", expanding=True))
        )
    )


def _facts_select(meeting_ids: Any) -> Any:
    p = meeting_participants.alias("p")
    return (
        select(
            meetings.c.id,
            meetings.c.date,
            meetings.c.location,
            meetings.c.status,
            meetings.c.mode,
            meetings.c.is_primary,
            # raw JSON text: decoded only for the few candidates that survive the checks
            type_coerce(meetings.c.countries, Text).label("countries_json"),
            meetings.c.summary,
            p.c.person_id,
        )
        .outerjoin(p, p.c.meeting_id == meetings.c.id)
        .where(meetings.c.id.in_(meeting_ids))
    )


def _build_meeting_update() -> Any:
    return (
        update(meetings)
        .where(meetings.c.id == bindparam("b_id"))
        .values(
            date=bindparam("b_date"),
            location=bindparam("b_location"),
            status=bindparam("b_status"),
            mode=bindparam("b_mode"),
            is_primary=bindparam("b_primary"),
            countries=bindparam("b_countries", type_=meetings.c.countries.type),
            summary=bindparam("b_summary"),
            updated_at=bindparam("b_now"),
        )
    )


_BUMP = (
    update(store_state)
    .where(store_state.c.key == "data_version")
    .values(value=store_state.c.value + 1)
)
_KNOWN_HASH = select(articles.c.id).where(articles.c.content_hash == bindparam("digest"))
_PEOPLE_BY_KEYS = select(people.c.name_key, people.c.id).where(
    people.c.name_key.in_(bindparam("keys", expanding=True))
)
_PERSON_UPDATE = _build_person_update()
_CANDIDATES = _build_candidates()
_SIBLING_MEETINGS = _build_sibling_meetings()
_SIBLINGS = (
    select(article_prints.c.article_id)
    .where(
        article_prints.c.print.in_(bindparam("prints", expanding=True)),
        article_prints.c.article_id != bindparam("self_id"),
    )
    .group_by(article_prints.c.article_id)
    .having(func.count() >= bindparam("need"))
    .order_by(func.count().desc(), article_prints.c.article_id)
    .limit(3)
)
_MEETING_INSERT = meetings.insert().returning(meetings.c.id)
_MEETING_UPDATE = _build_meeting_update()


def bump_data_version(conn: Connection) -> None:
    """Mark people/meetings as changed. On PostgreSQL this row lock also orders writers."""
    conn.execute(_BUMP)


def known_hash(conn: Connection, digest: str) -> int | None:
    return conn.execute(_KNOWN_HASH, {"digest": digest}).scalar_one_or_none()


def is_flagged(parsed: ParsedArticle) -> bool:
    return not parsed.people and not parsed.meetings


# --- one article -----------------------------------------------------------------


@dataclass
class _ArticleContext:
    article_id: int
    seen_on: str  # the date roles and sightings are dated with
    now: datetime
    ids: PersonIds
    by_key: dict[str, int] = field(default_factory=dict)  # full-name keys in this article
    by_mention: dict[str, int | None] = field(default_factory=dict)  # None: ambiguous
    # meetings of earlier copies of the same syndicated story (see _story_meetings)
    story_meetings: list[tuple[int, merge.MeetingFacts, Any]] = field(default_factory=list)
    # links gathered over the article's meetings, written together at the end
    participant_rows: list[dict[str, Any]] = field(default_factory=list)
    country_rows: list[dict[str, Any]] = field(default_factory=list)
    article_rows: list[dict[str, Any]] = field(default_factory=list)


def write_article(
    conn: Connection,
    text: str,
    parsed: ParsedArticle,
    *,
    source: str,
    url: str | None,
    note: str | None,
    now: datetime,
    ids: PersonIds,
) -> IngestResult:
    """Store one article inside the caller's write transaction."""
    digest = content_hash(text)
    if known_hash(conn, digest) is not None:
        return IngestResult(source=source, status="known", message="already stored")
    bump_data_version(conn)
    flagged = is_flagged(parsed)
    article_id = conn.execute(
        insert_ignore(conn, articles).returning(articles.c.id),
        {
            "source": source,
            "url": url or parsed.url,
            "content_hash": digest,
            "text": text,
            "title": parsed.title,
            "outlet": parsed.outlet,
            "published": parsed.published,
            "dateline": parsed.dateline,
            "countries": sorted(parsed.countries),
            "parsed": parsed.to_annotation(),
            "parser_version": parsed.parser_version or "",
            "flagged": flagged,
            "note": note,
            "ingested_at": now,
        },
    ).scalar_one_or_none()
    if article_id is None:  # another process stored the same text a moment ago
        return IngestResult(source=source, status="known", message="already stored")
    prints = text_prints(text)
    if prints:
        conn.execute(
            insert_ignore(conn, article_prints),
            [{"print": p, "article_id": article_id} for p in prints],
        )
    seen_on = parsed.published or now.date().isoformat()
    ctx = _ArticleContext(article_id=article_id, seen_on=seen_on, now=now, ids=ids)
    if parsed.meetings:
        ctx.story_meetings = _story_meetings(conn, prints, article_id)
    new_meetings = link_parse(conn, parsed, ctx, first_seen_at=now)
    messages = [m for m in (note, "no people or meetings found" if flagged else None) if m]
    return IngestResult(
        source=source,
        status="new",
        article_id=article_id,
        message="; ".join(messages) or None,
        new_meeting_ids=tuple(new_meetings),
        flagged_empty=flagged,
    )


def link_parse(
    conn: Connection, parsed: ParsedArticle, ctx: _ArticleContext, *, first_seen_at: datetime
) -> list[int]:
    """People and meetings of `parsed`, tied to the article; returns meetings created.

    Two meetings of one article are never merged with each other: the parser
    has already decided they are different events.
    """
    _write_people(conn, parsed.people, ctx)
    created: list[int] = []
    linked: set[int] = set()
    for meeting in parsed.meetings:
        meeting_id, is_new = _write_meeting(conn, meeting, ctx, linked, first_seen_at)
        if meeting_id in linked:
            continue
        linked.add(meeting_id)
        if is_new:
            created.append(meeting_id)
    for table, rows in (
        (meeting_participants, ctx.participant_rows),
        (meeting_countries, ctx.country_rows),
        (meeting_articles, ctx.article_rows),
    ):
        if rows:
            conn.execute(insert_ignore(conn, table), rows)
    return created


# --- people ----------------------------------------------------------------------


def _merge_same_key(persons: Iterable[ParsedPerson]) -> dict[str, ParsedPerson]:
    """One entry per name key; a parser listing one person twice keeps the fuller record."""
    out: dict[str, ParsedPerson] = {}
    for person in persons:
        if not is_full_name(person.name):
            continue
        key = name_key(person.name)
        seen = out.get(key)
        if seen is None:
            out[key] = person
            continue
        out[key] = ParsedPerson(
            name=max(seen.name, person.name, key=len),
            mentions=tuple(dict.fromkeys((*seen.mentions, *person.mentions))),
            role=seen.role or person.role,
            org=seen.org if seen.role else person.org,
            country=seen.country or person.country,
            evidence=tuple(dict.fromkeys((*seen.evidence, *person.evidence))),
        )
    return out


def _person_ids(conn: Connection, names: dict[str, str], ctx: _ArticleContext) -> dict[str, int]:
    """Ids for name keys (key → display name), creating the people not stored yet."""
    found = {key: pid for key in names if (pid := ctx.ids.get(key)) is not None}
    missing = [key for key in names if key not in found]
    if missing:
        for key, pid in conn.execute(_PEOPLE_BY_KEYS, {"keys": missing}):
            found[key] = pid
            ctx.ids.learn(key, pid)
    new = [key for key in names if key not in found]
    if new:
        conn.execute(
            insert_ignore(conn, people),
            [
                {
                    "name": names[key],
                    "name_key": key,
                    "family_key": family_key(names[key]),
                    "article_count": 0,
                    "updated_at": ctx.now,
                }
                for key in new
            ],
        )
        # one look-up for all: also finds those a concurrent writer created first
        for key, pid in conn.execute(_PEOPLE_BY_KEYS, {"keys": new}):
            found[key] = pid
            ctx.ids.learn(key, pid)
    return found


def _sighting(pid: int, person: ParsedPerson | None, ctx: _ArticleContext) -> dict[str, Any]:
    return {
        "b_pid": pid,
        "b_role": person.role if person else None,
        "b_org": person.org if person else None,
        "b_country": person.country if person else None,
        "b_seen": ctx.seen_on,
        "b_now": ctx.now,
    }


def _write_people(conn: Connection, persons: Sequence[ParsedPerson], ctx: _ArticleContext) -> None:
    merged = _merge_same_key(persons)
    if not merged:
        return
    pids = _person_ids(conn, {key: p.name for key, p in merged.items()}, ctx)
    conn.execute(_PERSON_UPDATE, [_sighting(pids[key], p, ctx) for key, p in merged.items()])
    conn.execute(
        insert_ignore(conn, person_mentions),
        [
            {"person_id": pids[key], "mention": mention}
            for key, p in merged.items()
            for mention in dict.fromkeys((p.name, *p.mentions))
            if mention.strip()
        ],
    )
    conn.execute(
        insert_ignore(conn, person_roles),
        [
            {
                "person_id": pids[key],
                "article_id": ctx.article_id,
                "role": p.role,
                "org": p.org,
                "country": p.country,
                "seen_on": ctx.seen_on,
                "evidence": " ".join(p.evidence) or None,
            }
            for key, p in merged.items()
        ],
    )
    for key, p in merged.items():
        pid = pids[key]
        ctx.by_key[key] = pid
        for mention in (p.name, *p.mentions):
            mkey = fold(mention).strip()
            if ctx.by_mention.get(mkey, pid) != pid:
                ctx.by_mention[mkey] = None  # two people of this article share the form
            else:
                ctx.by_mention[mkey] = pid


def _participant_ids(conn: Connection, names: Sequence[str], ctx: _ArticleContext) -> list[int]:
    """Participants as person ids: by full name, or by a form the article used for one person.

    A bare surname that the article does not tie to one of its people is dropped.
    """
    out: list[int] = []
    unknown: dict[str, str] = {}
    for raw in names:
        key = name_key(raw)
        pid = ctx.by_key.get(key) or ctx.by_mention.get(fold(raw).strip())
        if pid is not None:
            out.append(pid)
        elif is_full_name(raw):
            unknown[key] = raw
    if unknown:
        # A participant the parser did not list among the people: still a person.
        created = _person_ids(conn, unknown, ctx)
        conn.execute(_PERSON_UPDATE, [_sighting(pid, None, ctx) for pid in created.values()])
        conn.execute(
            insert_ignore(conn, person_mentions),
            [{"person_id": created[k], "mention": unknown[k]} for k in unknown],
        )
        conn.execute(
            insert_ignore(conn, person_roles),
            [
                {"person_id": pid, "article_id": ctx.article_id, "seen_on": ctx.seen_on}
                for pid in created.values()
            ],
        )
        for key, pid in created.items():
            ctx.by_key[key] = pid
            out.append(pid)
    return list(dict.fromkeys(out))


# --- meetings --------------------------------------------------------------------


def _candidate_params(facts: merge.MeetingFacts) -> dict[str, Any]:
    value = facts.date or ""
    near = merge.neighbour_days(facts.date) or ()
    years = [value[:4], *(d[:4] for d in near)]
    last = max(years)
    full_day = len(value) == 10 and bool(facts.countries)
    return {
        "pids": sorted(facts.participants),
        "needed": 1 if facts.date else max(len(facts.participants), 1),
        "dated": 1 if facts.date else 0,
        "status": facts.status,
        "first": min(years),
        "after": str(int(last) + 1) if last.isdigit() else last + "~",
        "value": value,
        "value2": value,
        "vlen": len(value),
        "near": list(near),
        "side": min(facts.countries) if full_day else None,
        "day": value if full_day else None,
        "any_sides": 0 if facts.participants else 1,
    }


def _json_list(value: Any) -> list[Any]:
    """A JSON column read as text (SQLite) or already decoded (PostgreSQL's driver)."""
    if isinstance(value, str):
        return json.loads(value)
    return list(value or ())


def _candidates(
    conn: Connection, facts: merge.MeetingFacts, exclude: set[int]
) -> list[tuple[int, merge.MeetingFacts, Any]]:
    if not facts.participants and not (facts.date and facts.countries):
        return []
    return _facts_of(conn.execute(_CANDIDATES, _candidate_params(facts)), exclude)


def _facts_of(rows: Iterable[Any], exclude: set[int]) -> list[tuple[int, merge.MeetingFacts, Any]]:
    """Rows of `_facts_select` (one per participant) folded into one entry per meeting."""
    by_id: dict[int, Any] = {}
    parts: dict[int, set[int]] = {}
    for r in rows:
        if r.id in exclude:
            continue
        by_id[r.id] = r
        people_of = parts.setdefault(r.id, set())
        if r.person_id is not None:
            people_of.add(r.person_id)
    return [
        (
            i,
            merge.MeetingFacts(
                participants=frozenset(parts[i]),
                countries=frozenset(_json_list(r.countries_json)),
                date=r.date,
                location=r.location,
                status=r.status,
            ),
            r,
        )
        for i, r in by_id.items()
    ]


def _story_meetings(
    conn: Connection, prints: Sequence[str], article_id: int
) -> list[tuple[int, merge.MeetingFacts, Any]]:
    """Meetings of stored copies of this article's story (shared body fingerprints)."""
    if not prints:
        return []
    siblings = list(
        conn.execute(
            _SIBLINGS,
            {"prints": list(prints), "self_id": article_id, "need": prints_needed(len(prints))},
        ).scalars()
    )
    if not siblings:
        return []
    return _facts_of(conn.execute(_SIBLING_MEETINGS, {"siblings": siblings}), set())


def _write_meeting(
    conn: Connection,
    meeting: ParsedMeeting,
    ctx: _ArticleContext,
    linked: set[int],
    first_seen_at: datetime,
) -> tuple[int, bool]:
    participants = _participant_ids(conn, meeting.participants, ctx)
    countries = sorted(set(meeting.countries))
    facts = merge.MeetingFacts(
        participants=frozenset(participants),
        countries=frozenset(countries),
        date=meeting.date or None,
        location=meeting.location or None,
        status=meeting.status or "held",
    )
    best: tuple[float, int, merge.MeetingFacts, Any] | None = None
    for mid, old, row in _candidates(conn, facts, linked):
        score = merge.same_meeting_score(facts, old)
        if score is not None and (best is None or score > best[0]):
            best = (score, mid, old, row)
    if best is None:
        # A copy of a stored story: its meetings are these, whatever the dates say.
        for mid, old, row in ctx.story_meetings:
            if mid in linked:
                continue
            score = merge.same_story_score(facts, old)
            if score is not None and (best is None or score > best[0]):
                best = (score, mid, old, row)
    if best is None:
        meeting_id = conn.execute(
            _MEETING_INSERT,
            {
                "summary": meeting.summary or "",
                "date": facts.date,
                "location": facts.location,
                "mode": meeting.mode or "unknown",
                "status": facts.status,
                "is_primary": bool(meeting.primary),
                "countries": countries,
                "first_seen_at": first_seen_at,
                "updated_at": ctx.now,
            },
        ).scalar_one()
        new_parts, new_countries, is_new = participants, countries, True
    else:
        _, meeting_id, old, row = best
        summary = row.summary
        if meeting.primary and not row.is_primary and meeting.summary:
            summary = meeting.summary  # the words of an article that is news about it
        conn.execute(
            _MEETING_UPDATE,
            {
                "b_id": meeting_id,
                "b_date": merge.more_precise_date(old.date, facts.date),
                "b_location": merge.more_precise_location(old.location, facts.location),
                "b_status": merge.merged_status(old.status, facts.status),
                "b_mode": merge.merged_mode(row.mode, meeting.mode or "unknown"),
                "b_primary": bool(row.is_primary or meeting.primary),
                "b_countries": sorted(old.countries | facts.countries),
                "b_summary": summary,
                "b_now": ctx.now,
            },
        )
        new_parts = [p for p in participants if p not in old.participants]
        new_countries = [c for c in countries if c not in old.countries]
        is_new = False
    ctx.participant_rows += [{"meeting_id": meeting_id, "person_id": p} for p in new_parts]
    ctx.country_rows += [{"meeting_id": meeting_id, "country": c} for c in new_countries]
    ctx.article_rows.append(
        {
            "meeting_id": meeting_id,
            "article_id": ctx.article_id,
            "is_primary": bool(meeting.primary),
            "evidence": " ".join(meeting.evidence) or None,
        }
    )
    return meeting_id, is_new


# --- re-parsing ------------------------------------------------------------------


def unlink_article(conn: Connection, article_id: int) -> None:
    """Undo what an article's parse added to people and meetings.

    People stay (another process may hold their ids); they lose this article's
    sighting. A meeting that no other article reports goes.
    """
    person_ids = list(
        conn.execute(
            select(person_roles.c.person_id).where(person_roles.c.article_id == article_id)
        ).scalars()
    )
    if person_ids:
        conn.execute(
            update(people)
            .where(people.c.id.in_(person_ids))
            .values(
                article_count=case(
                    (people.c.article_count > 0, people.c.article_count - 1), else_=0
                )
            )
        )
        conn.execute(delete(person_roles).where(person_roles.c.article_id == article_id))
    meeting_ids = list(
        conn.execute(
            select(meeting_articles.c.meeting_id).where(meeting_articles.c.article_id == article_id)
        ).scalars()
    )
    if meeting_ids:
        conn.execute(delete(meeting_articles).where(meeting_articles.c.article_id == article_id))
        orphans = list(
            conn.execute(
                select(meetings.c.id).where(
                    meetings.c.id.in_(meeting_ids),
                    ~exists().where(meeting_articles.c.meeting_id == meetings.c.id),
                )
            ).scalars()
        )
        if orphans:
            for table in (meeting_participants, meeting_countries):
                conn.execute(delete(table).where(table.c.meeting_id.in_(orphans)))
            conn.execute(delete(meetings).where(meetings.c.id.in_(orphans)))


def replace_parse(
    conn: Connection, article_id: int, parsed: ParsedArticle, *, now: datetime, ids: PersonIds
) -> list[int]:
    """Swap an article's parse for `parsed` inside the caller's write transaction."""
    row = conn.execute(
        select(articles.c.ingested_at, articles.c.text).where(articles.c.id == article_id)
    ).one_or_none()
    if row is None:
        raise KeyError(f"no article {article_id}")
    bump_data_version(conn)
    unlink_article(conn, article_id)
    conn.execute(
        update(articles)
        .where(articles.c.id == article_id)
        .values(
            title=parsed.title,
            outlet=parsed.outlet,
            published=parsed.published,
            dateline=parsed.dateline,
            countries=sorted(parsed.countries),
            parsed=parsed.to_annotation(),
            parser_version=parsed.parser_version or "",
            flagged=is_flagged(parsed),
        )
    )
    ctx = _ArticleContext(
        article_id=article_id,
        seen_on=parsed.published or row.ingested_at.date().isoformat(),
        now=now,
        ids=ids,
    )
    if parsed.meetings:
        ctx.story_meetings = _story_meetings(conn, text_prints(row.text), article_id)
    # Meetings found anew keep the time the article came in, so digests do not repeat old news.
    return link_parse(conn, parsed, ctx, first_seen_at=row.ingested_at)
