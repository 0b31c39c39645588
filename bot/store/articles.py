"""The write path: one article, its people and its meetings, in one transaction.

Few round trips per article: people are looked up by name key in one query
(and remembered per process, since a person row is never deleted), their
roles and mentions go in with executemany, and a meeting is matched against
only the meetings that share a participant (or, naming nobody, a side and a
year) through indexes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Text,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import IngestResult, ParsedArticle, ParsedMeeting, ParsedPerson
from bot.store import merge
from bot.store.keys import content_hash, family_key, fold, is_full_name, name_key
from bot.store.schema import (
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
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def bump_data_version(conn: Connection) -> None:
    """Mark people/meetings as changed. On PostgreSQL this row lock also orders writers."""
    conn.execute(
        update(store_state)
        .where(store_state.c.key == "data_version")
        .values(value=store_state.c.value + 1)
    )


def known_hash(conn: Connection, digest: str) -> int | None:
    return conn.execute(
        select(articles.c.id).where(articles.c.content_hash == digest)
    ).scalar_one_or_none()


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
    bump_data_version(conn)
    flagged = is_flagged(parsed)
    article_id = conn.execute(
        insert_ignore(conn, articles)
        .values(
            source=source,
            url=url or parsed.url,
            content_hash=digest,
            text=text,
            title=parsed.title,
            outlet=parsed.outlet,
            published=parsed.published,
            dateline=parsed.dateline,
            countries=sorted(parsed.countries),
            parsed=parsed.to_annotation(),
            parser_version=parsed.parser_version or "",
            flagged=flagged,
            note=note,
            ingested_at=now,
        )
        .returning(articles.c.id)
    ).scalar_one_or_none()
    if article_id is None:  # another process stored the same text a moment ago
        return IngestResult(source=source, status="known", message="already stored")
    seen_on = parsed.published or now.date().isoformat()
    ctx = _ArticleContext(article_id=article_id, seen_on=seen_on, now=now, ids=ids)
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
    """People and meetings of `parsed`, tied to the article; returns meetings created."""
    _write_people(conn, parsed.people, ctx)
    created: list[int] = []
    linked: set[int] = set()
    for meeting in parsed.meetings:
        meeting_id, is_new = _write_meeting(conn, meeting, ctx, linked, first_seen_at)
        linked.add(meeting_id)
        if is_new:
            created.append(meeting_id)
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
        rows = conn.execute(
            select(people.c.name_key, people.c.id).where(people.c.name_key.in_(missing))
        )
        for key, pid in rows:
            found[key] = pid
            ctx.ids.learn(key, pid)
    for key in names:
        if key in found:
            continue
        pid = conn.execute(
            insert_ignore(conn, people)
            .values(
                name=names[key],
                name_key=key,
                family_key=family_key(names[key]),
                article_count=0,
                updated_at=ctx.now,
            )
            .returning(people.c.id)
        ).scalar_one_or_none()
        if pid is None:  # created by a concurrent writer since we looked
            pid = conn.execute(select(people.c.id).where(people.c.name_key == key)).scalar_one()
        found[key] = pid
        ctx.ids.learn(key, pid)
    return found


_TEXT = Text()


def _param(name: str) -> Any:
    # Typed so PostgreSQL knows a NULL parameter's type inside CASE.
    return cast(bindparam(name, type_=_TEXT), _TEXT)


def _person_update() -> Any:
    """One statement for every person of an article: newest role wins, counts grow."""
    newer = or_(people.c.role_seen_on.is_(None), people.c.role_seen_on <= _param("seen"))
    takes_role = and_(_param("role").is_not(None), newer)
    return (
        update(people)
        .where(people.c.id == bindparam("pid"))
        .values(
            role=case((takes_role, _param("role")), else_=people.c.role),
            org=case((takes_role, _param("org")), else_=people.c.org),
            role_seen_on=case((takes_role, _param("seen")), else_=people.c.role_seen_on),
            country=case(
                (
                    and_(
                        _param("country").is_not(None),
                        or_(people.c.country.is_(None), newer),
                    ),
                    _param("country"),
                ),
                else_=people.c.country,
            ),
            seen_on=case(
                (
                    or_(people.c.seen_on.is_(None), people.c.seen_on < _param("seen")),
                    _param("seen"),
                ),
                else_=people.c.seen_on,
            ),
            article_count=people.c.article_count + bindparam("inc"),
            updated_at=bindparam("now"),
        )
    )


def _write_people(conn: Connection, persons: Sequence[ParsedPerson], ctx: _ArticleContext) -> None:
    merged = _merge_same_key(persons)
    if not merged:
        return
    pids = _person_ids(conn, {key: p.name for key, p in merged.items()}, ctx)
    conn.execute(
        _person_update(),
        [
            {
                "pid": pids[key],
                "role": p.role,
                "org": p.org,
                "country": p.country,
                "seen": ctx.seen_on,
                "inc": 1,
                "now": ctx.now,
            }
            for key, p in merged.items()
        ],
    )
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
        conn.execute(
            _person_update(),
            [
                {
                    "pid": pid,
                    "role": None,
                    "org": None,
                    "country": None,
                    "seen": ctx.seen_on,
                    "inc": 1,
                    "now": ctx.now,
                }
                for pid in created.values()
            ],
        )
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


def _date_window(column: Any, value: str | None) -> Any:
    """SQL for dates compatible with `value` (prefix either way, or a day apart).

    The year range in front lets the date index narrow the rows first.
    """
    if not value:
        return column.is_(None)
    conds = [
        column == func.substr(literal(value), 1, func.length(column)),
        func.substr(column, 1, len(value)) == value,
    ]
    years = [value[:4]]
    near = merge.neighbour_days(value)
    if near:
        conds.append(column.in_(near))
        years += [near[0][:4], near[1][:4]]
    first, last = min(years), max(years)
    after_last = str(int(last) + 1) if last.isdigit() else last + "~"
    return and_(column >= first, column < after_last, or_(*conds))


def _candidates(conn: Connection, facts: merge.MeetingFacts, exclude: set[int]) -> list[int]:
    if facts.participants:
        needed = 1 if facts.date else len(facts.participants)
        date_ok = (
            or_(meetings.c.date.is_(None), _date_window(meetings.c.date, facts.date))
            if facts.date
            else meetings.c.status == facts.status
        )
        query = (
            select(meeting_participants.c.meeting_id)
            .join(meetings, meetings.c.id == meeting_participants.c.meeting_id)
            .where(meeting_participants.c.person_id.in_(sorted(facts.participants)), date_ok)
            .group_by(meeting_participants.c.meeting_id)
            .having(func.count() >= needed)
        )
        ids = list(conn.execute(query).scalars())
        if facts.date and facts.countries and len(facts.date) == 10:
            ids += _same_day_same_sides(conn, facts)
    elif facts.date and facts.countries:
        ids = _same_day_same_sides(conn, facts, any_precision=True)
    else:
        return []
    return [i for i in dict.fromkeys(ids) if i not in exclude]


def _same_day_same_sides(
    conn: Connection, facts: merge.MeetingFacts, *, any_precision: bool = False
) -> list[int]:
    first = min(facts.countries)
    date_ok = (
        _date_window(meetings.c.date, facts.date)
        if any_precision
        else meetings.c.date == facts.date
    )
    query = (
        select(meetings.c.id)
        .join(meeting_countries, meeting_countries.c.meeting_id == meetings.c.id)
        .where(meeting_countries.c.country == first, date_ok)
        .limit(200)
    )
    return list(conn.execute(query).scalars())


def _load_facts(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[merge.MeetingFacts, Any]]:
    rows = {
        r.id: r
        for r in conn.execute(
            select(
                meetings.c.id,
                meetings.c.date,
                meetings.c.location,
                meetings.c.status,
                meetings.c.mode,
                meetings.c.is_primary,
                meetings.c.countries,
            ).where(meetings.c.id.in_(ids))
        )
    }
    parts: dict[int, set[int]] = {i: set() for i in rows}
    for mid, pid in conn.execute(
        select(meeting_participants.c.meeting_id, meeting_participants.c.person_id).where(
            meeting_participants.c.meeting_id.in_(ids)
        )
    ):
        parts[mid].add(pid)
    return {
        i: (
            merge.MeetingFacts(
                participants=frozenset(parts[i]),
                countries=frozenset(r.countries or ()),
                date=r.date,
                location=r.location,
                status=r.status,
            ),
            r,
        )
        for i, r in rows.items()
    }


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
        status=meeting.status,
    )
    best: tuple[float, int, merge.MeetingFacts, Any] | None = None
    candidates = _candidates(conn, facts, linked)
    if candidates:
        for mid, (old, row) in _load_facts(conn, candidates).items():
            score = merge.same_meeting_score(facts, old)
            if score is not None and (best is None or score > best[0]):
                best = (score, mid, old, row)
    evidence = " ".join(meeting.evidence) or None
    if best is None:
        meeting_id = conn.execute(
            meetings.insert()
            .values(
                summary=meeting.summary or "",
                date=facts.date,
                location=facts.location,
                mode=meeting.mode or "unknown",
                status=meeting.status or "held",
                is_primary=bool(meeting.primary),
                countries=countries,
                first_seen_at=first_seen_at,
                updated_at=ctx.now,
            )
            .returning(meetings.c.id)
        ).scalar_one()
        new_parts, new_countries, is_new = participants, countries, True
    else:
        _, meeting_id, old, row = best
        values: dict[str, Any] = {
            "date": merge.more_precise_date(old.date, facts.date),
            "location": merge.more_precise_location(old.location, facts.location),
            "status": merge.merged_status(old.status, facts.status),
            "mode": merge.merged_mode(row.mode, meeting.mode or "unknown"),
            "is_primary": bool(row.is_primary or meeting.primary),
            "countries": sorted(old.countries | facts.countries),
            "updated_at": ctx.now,
        }
        if meeting.primary and not row.is_primary and meeting.summary:
            values["summary"] = meeting.summary  # the summary of the article that is news about it
        conn.execute(update(meetings).where(meetings.c.id == meeting_id).values(**values))
        new_parts = [p for p in participants if p not in old.participants]
        new_countries = [c for c in countries if c not in old.countries]
        is_new = False
    if new_parts:
        conn.execute(
            insert_ignore(conn, meeting_participants),
            [{"meeting_id": meeting_id, "person_id": p} for p in new_parts],
        )
    if new_countries:
        conn.execute(
            insert_ignore(conn, meeting_countries),
            [{"meeting_id": meeting_id, "country": c} for c in new_countries],
        )
    conn.execute(
        insert_ignore(conn, meeting_articles).values(
            meeting_id=meeting_id,
            article_id=ctx.article_id,
            is_primary=bool(meeting.primary),
            evidence=evidence,
        )
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
        still_reported = select(meeting_articles.c.meeting_id).where(
            meeting_articles.c.meeting_id.in_(meeting_ids)
        )
        orphans = list(
            conn.execute(
                select(meetings.c.id).where(
                    meetings.c.id.in_(meeting_ids), meetings.c.id.not_in(still_reported)
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
        select(articles.c.ingested_at).where(articles.c.id == article_id)
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
    # Meetings found anew keep the time the article came in, so digests do not repeat old news.
    return link_parse(conn, parsed, ctx, first_seen_at=row.ingested_at)
