"""The write path: one article, its people and its meetings, in one transaction.

Few round trips per article: people are looked up by name key in one query
(and remembered per process, since a person row is never deleted), each
table's new rows go in with one multi-row INSERT, each meeting is matched in
one query against only the meetings that share a participant (or, naming
nobody, its sides and day), and the links of all meetings go in together.
The per-article statements are plain SQL on the driver (bot.store.rawsql);
the rare re-parse clean-up stays in SQLAlchemy Core, imported only for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from bot.models import IngestResult, ParsedArticle, ParsedMeeting, ParsedPerson
from bot.store import merge
from bot.store.keys import (
    content_hash,
    family_key,
    fold,
    is_full_name,
    name_key,
    place_key,
    prints_needed,
    text_prints,
)
from bot.store.rawsql import Raw

if TYPE_CHECKING:
    from sqlalchemy import Connection


class PersonIds:
    """name key → person id, remembered across articles in this process.

    Each transaction learns into its own `PendingIds`, merged in only when it
    commits: a rolled-back article never leaves an id behind that points
    nowhere, and another thread's transaction (PostgreSQL writes in parallel)
    never sees an id that is not committed yet.
    """

    def __init__(self) -> None:
        self._known: dict[str, int] = {}

    def transaction(self) -> PendingIds:
        return PendingIds(self._known)


class PendingIds:
    """The ids one transaction looks up and learns; `commit` once it has committed."""

    def __init__(self, known: dict[str, int]) -> None:
        self._known = known
        self._pending: dict[str, int] = {}

    def get(self, key: str) -> int | None:
        return self._pending.get(key) or self._known.get(key)

    def learn(self, key: str, person_id: int) -> None:
        self._pending[key] = person_id

    def commit(self) -> None:
        self._known.update(self._pending)  # one C-level update: atomic under the GIL


# --- one article -----------------------------------------------------------------
#
# Plain SQL through bot.store.rawsql (see there why). CAST(:x AS TEXT) tells
# PostgreSQL the type of a parameter that may be NULL.

KNOWN_SQL = "SELECT id FROM articles WHERE content_hash = :digest"
_BUMP_SQL = "UPDATE store_state SET value = value + 1 WHERE key = 'data_version'"
_ARTICLE_SQL = (
    "INSERT INTO articles (source, url, content_hash, text, title, outlet, published, dateline,"
    " countries, parsed, parser_version, flagged, note, ingested_at) VALUES (:source, :url,"
    " :content_hash, :text, :title, :outlet, :published, :dateline, :countries, :parsed,"
    " :parser_version, :flagged, :note, :ingested_at) ON CONFLICT DO NOTHING"
)
# Row inserts: Raw.insert adds the VALUES for all of an article's rows.
_SKIP_KNOWN = "ON CONFLICT DO NOTHING"
_PRINTS_INSERT = "INSERT INTO article_prints (print, article_id)"
_PEOPLE_INSERT = "INSERT INTO people (name, name_key, family_key, article_count, updated_at)"
_MENTIONS_INSERT = "INSERT INTO person_mentions (person_id, mention)"
_ROLES_INSERT = (
    "INSERT INTO person_roles (person_id, article_id, role, org, country, seen_on, evidence)"
)
_PARTICIPANTS_INSERT = "INSERT INTO meeting_participants (meeting_id, person_id)"
_COUNTRIES_INSERT = "INSERT INTO meeting_countries (meeting_id, country, date, status)"
_REPORTS_INSERT = "INSERT INTO meeting_articles (meeting_id, article_id, is_primary, evidence)"
_NEWER = "(role_seen_on IS NULL OR role_seen_on <= CAST(:seen AS TEXT))"
_TAKES_ROLE = f"CAST(:role AS TEXT) IS NOT NULL AND {_NEWER}"
_TAKES_COUNTRY = f"CAST(:country AS TEXT) IS NOT NULL AND (country IS NULL OR {_NEWER})"
_SEEN_LATER = "(seen_on IS NULL OR seen_on < CAST(:seen AS TEXT))"
# A sighting is two UPDATEs. SQLite rewrites the entry of every index on a column the
# SET names, even to the same value, and (country, seen_on) is indexed: so those two
# are set apart, only where one of them changes. That one runs first, while
# role_seen_on (which both compare) is still the row's old value.
_SIGHTING_PLACE_SQL = (
    f"UPDATE people SET"
    f" country = CASE WHEN {_TAKES_COUNTRY} THEN CAST(:country AS TEXT) ELSE country END,"
    f" seen_on = CASE WHEN {_SEEN_LATER} THEN CAST(:seen AS TEXT) ELSE seen_on END"
    f" WHERE id = :pid AND ({_SEEN_LATER} OR ({_TAKES_COUNTRY}"
    f" AND (country IS NULL OR country <> CAST(:country AS TEXT))))"
)
# Every SET expression reads the row as it was, so all compare the old role_seen_on.
_SIGHTING_SQL = (
    f"UPDATE people SET"
    f" role = CASE WHEN {_TAKES_ROLE} THEN CAST(:role AS TEXT) ELSE role END,"
    f" org = CASE WHEN {_TAKES_ROLE} THEN CAST(:org AS TEXT) ELSE org END,"
    f" role_seen_on = CASE WHEN {_TAKES_ROLE} THEN CAST(:seen AS TEXT) ELSE role_seen_on END,"
    f" article_count = article_count + 1, updated_at = :now WHERE id = :pid"
)
_MEETING_SQL = (
    "INSERT INTO meetings (summary, date, location, place_key, mode, status, is_primary,"
    " countries, first_seen_at, updated_at) VALUES (:summary, :date, :location, :place_key,"
    " :mode, :status, :is_primary, :countries, :first_seen_at, :now)"
)
# A known mode stays; the summary is replaced only by the words of an article that is
# news about the meeting (:news), and only while no such article was stored; once news,
# always news. Each CASE reads the row as it was, so these need not be read first.
_MEETING_MERGE_SET = (
    "mode = CASE WHEN mode = 'unknown' THEN CAST(:mode AS TEXT) ELSE mode END,"
    " summary = CASE WHEN is_primary THEN summary ELSE COALESCE(CAST(:news AS TEXT), summary) END,"
    " is_primary = CASE WHEN is_primary THEN is_primary ELSE :is_primary END,"
    " countries = :countries, updated_at = :now"
)


@cache
def _meeting_update_sql(date: bool, location: bool, status: bool) -> str:
    """The UPDATE of a merged meeting, setting date, location and status only if they change.

    SQLite rewrites the entries of every index on a column the SET names, even
    to the same value, and all three are indexed: leaving the unchanged ones out
    spares those index pages.
    """
    changed = [
        *(["date = :date"] if date else []),
        *(["location = :location", "place_key = :place_key"] if location else []),
        *(["status = :status"] if status else []),
    ]
    return f"UPDATE meetings SET {', '.join([*changed, _MEETING_MERGE_SET])} WHERE id = :id"


# a plan reported held is news again: digests and alerts read first_seen_at
_MEETING_HELD_SQL = (
    "UPDATE meetings SET first_seen_at = :first_seen_at"
    " WHERE id = :id AND first_seen_at < :first_seen_at"
)
# meeting_countries keeps a copy of its meeting's date and status (for its index)
_SIDES_UPDATE_SQL = (
    "UPDATE meeting_countries SET date = :date, status = :status WHERE meeting_id = :id"
)
# What matching compares of meetings, with their participants (one row each), for the
# ids a subquery names.
_FACTS_SQL = (
    "SELECT m.id, m.date, m.location, m.status, m.countries, p.person_id FROM meetings m"
    " LEFT OUTER JOIN meeting_participants p ON p.meeting_id = m.id WHERE m.id IN ({ids})"
)
# Meetings sharing participants at a compatible date, or (dated to the day) of the
# report's first side that day: a report naming nobody can still be those talks.
# (One shared participant is enough for a dated report: no GROUP BY, the IN dedups.)
# CROSS JOIN makes SQLite start from the participants' index (PostgreSQL reads it as a
# plain join): left to choose, it may scan every meeting of a status instead.
_BY_PEOPLE_SQL = (
    "SELECT mp.meeting_id FROM meeting_participants mp CROSS JOIN meetings c"
    " WHERE c.id = mp.meeting_id AND mp.person_id IN ({pids}) AND {date_ok}"
)
# An undated report matches only meetings with all of its participants: those of the
# first (:p0) that have each of the others too, one index probe each.
_WITH_ALL_SQL = (
    "SELECT mp.meeting_id FROM meeting_participants mp CROSS JOIN meetings c"
    " WHERE mp.person_id = :p0 AND c.id = mp.meeting_id AND c.status = :status"
)
_ALSO_WITH_SQL = (
    " AND EXISTS (SELECT 1 FROM meeting_participants o"
    " WHERE o.meeting_id = mp.meeting_id AND o.person_id = :{p})"
)
_DATED_OK = (
    "({undated_ok} OR (c.date >= :first AND c.date < :after AND ("
    "c.date = substr(CAST(:value AS TEXT), 1, length(c.date))"
    " OR substr(c.date, 1, :vlen) = CAST(:value AS TEXT)"
    " OR c.date IN (CAST(:near0 AS TEXT), CAST(:near1 AS TEXT)))))"
)
# An undated meeting is one with a dated report only when both name the same two or
# more people (merge.same_meeting_score): its people are among the report's, and as
# many. Left to Python, most undated meetings of a busy participant were read only to
# be turned down.
_SAME_PEOPLE = (
    "c.date IS NULL AND NOT EXISTS (SELECT 1 FROM meeting_participants o"
    " WHERE o.meeting_id = c.id AND o.person_id NOT IN ({pids}))"
    " AND (SELECT count(*) FROM meeting_participants o WHERE o.meeting_id = c.id) = :n"
)
# meeting_countries carries its meeting's date: one (country, date) index range.
_BY_SIDES_SQL = (
    "SELECT mc.meeting_id FROM meeting_countries mc WHERE mc.country = :side AND mc.date = :day"
    " AND (:any_sides = 1 OR NOT EXISTS"
    " (SELECT 1 FROM meeting_participants dp WHERE dp.meeting_id = mc.meeting_id))"
)
# The stored copies of a story: the (at most three) articles sharing the most prints.
_SIBLINGS_SQL = (
    "SELECT article_id FROM article_prints WHERE print IN ({prints}) AND article_id <> :self_id"
    " GROUP BY article_id HAVING count(*) >= :need ORDER BY count(*) DESC, article_id LIMIT 3"
)
# ... and their meetings, read in the same statement
_STORY_MEETINGS_SQL = _FACTS_SQL.replace(
    "{ids}", f"SELECT meeting_id FROM meeting_articles WHERE article_id IN ({_SIBLINGS_SQL})"
)


# Statements with IN lists are composed once per length, with parameters named by
# position (:p0, :p1, …): the driver then finds them in its statement cache by a
# string whose hash is already known, instead of hashing a freshly formatted one.
@cache
def _param_keys(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{i}" for i in range(count))


@cache
def _placeholders(prefix: str, count: int) -> str:
    return ", ".join(f":{key}" for key in _param_keys(prefix, count))


def bump_data_version(conn: Connection) -> None:
    """Mark people/meetings as changed. On PostgreSQL this row lock also orders writers."""
    Raw(conn).run(_BUMP_SQL)


def known_hash(conn: Connection, digest: str) -> int | None:
    return Raw(conn).one(KNOWN_SQL, {"digest": digest})


def is_flagged(parsed: ParsedArticle) -> bool:
    return not parsed.people and not parsed.meetings


@dataclass
class _ArticleContext:
    raw: Raw
    article_id: int
    seen_on: str  # the date roles and sightings are dated with
    now: datetime
    ids: PendingIds
    by_key: dict[str, int] = field(default_factory=dict)  # full-name keys in this article
    by_mention: dict[str, int | None] = field(default_factory=dict)  # None: ambiguous
    prints: Sequence[str] = ()  # the article's body fingerprints (keys.text_prints)
    # meetings of earlier copies of the same syndicated story: see story_meetings()
    _story: list[tuple[int, merge.MeetingFacts]] | None = None
    # links gathered over the article's meetings, written together at the end
    participant_rows: list[tuple[Any, ...]] = field(default_factory=list)
    country_rows: list[tuple[Any, ...]] = field(default_factory=list)
    report_rows: list[tuple[Any, ...]] = field(default_factory=list)
    now_ts: Any = None  # `now` as the driver takes it, converted once
    first_seen_ts: Any = None  # first_seen_at of the meetings it creates, likewise

    def __post_init__(self) -> None:
        if self.now_ts is None:
            self.now_ts = self.raw.ts(self.now)

    def story_meetings(self) -> list[tuple[int, merge.MeetingFacts]]:
        """Meetings of stored copies of this article's story (see _story_meetings).

        Read only once one of the article's meetings finds no match of its own, which
        often none does. Reading late gives the same facts: the only stored meetings
        the article has changed by then are those it is linked to, which are passed over.
        """
        if self._story is None:
            self._story = _story_meetings(self.raw, self.prints, self.article_id)
        return self._story


def write_article(
    raw: Raw,
    text: str,
    parsed: ParsedArticle,
    *,
    source: str,
    url: str | None,
    note: str | None,
    now: datetime,
    ids: PendingIds,
) -> IngestResult:
    """Store one article inside the caller's write transaction (on `raw`'s connection)."""
    digest = content_hash(text)
    now_ts = raw.ts(now)
    flagged = is_flagged(parsed)
    # A stored text is skipped by the INSERT's ON CONFLICT: no look-up first.
    article_id = raw.insert_id(
        _ARTICLE_SQL,
        {
            "source": source,
            "url": url or parsed.url,
            "content_hash": digest,
            "text": text,
            "title": parsed.title,
            "outlet": parsed.outlet,
            "published": parsed.published,
            "dateline": parsed.dateline,
            "countries": raw.json(sorted(parsed.countries)),
            "parsed": raw.json(parsed.to_annotation()),
            "parser_version": parsed.parser_version or "",
            "flagged": raw.bool(flagged),
            "note": note,
            "ingested_at": now_ts,
        },
    )
    if article_id is None:  # stored already (perhaps by another process a moment ago)
        return IngestResult(source=source, status="known", message="already stored")
    raw.run(_BUMP_SQL)
    prints = text_prints(text)
    seen_on = parsed.published or now.date().isoformat()
    ctx = _ArticleContext(
        raw=raw,
        article_id=article_id,
        seen_on=seen_on,
        now=now,
        ids=ids,
        now_ts=now_ts,
        prints=prints,
    )
    raw.insert(_PRINTS_INSERT, [(p, article_id) for p in prints], _SKIP_KNOWN)
    new_meetings = link_parse(parsed, ctx, first_seen_at=now)
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
    parsed: ParsedArticle, ctx: _ArticleContext, *, first_seen_at: datetime
) -> list[int]:
    """People and meetings of `parsed`, tied to the article; returns meetings created.

    Two meetings of one article are never merged with each other: the parser
    has already decided they are different events.
    """
    ctx.first_seen_ts = ctx.now_ts if first_seen_at is ctx.now else ctx.raw.ts(first_seen_at)
    _write_people(ctx, parsed.people)
    created: list[int] = []
    linked: set[int] = set()
    for meeting in parsed.meetings:
        meeting_id, is_new = _write_meeting(meeting, ctx, linked)
        if meeting_id in linked:
            continue
        linked.add(meeting_id)
        if is_new:
            created.append(meeting_id)
    ctx.raw.insert(_PARTICIPANTS_INSERT, ctx.participant_rows, _SKIP_KNOWN)
    ctx.raw.insert(_COUNTRIES_INSERT, ctx.country_rows, _SKIP_KNOWN)
    ctx.raw.insert(_REPORTS_INSERT, ctx.report_rows, _SKIP_KNOWN)
    return created


# --- people ----------------------------------------------------------------------


def _merge_same_key(persons: Iterable[ParsedPerson]) -> dict[str, ParsedPerson]:
    """One entry per name key; a parser listing one person twice keeps the fuller record."""
    out: dict[str, ParsedPerson] = {}
    for person in persons:
        key = name_key(person.name)
        if not is_full_name(person.name):
            continue
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


def _ids_by_key(raw: Raw, keys: Sequence[str]) -> list[tuple[str, int]]:
    params = dict(zip(_param_keys("k", len(keys)), keys, strict=True))
    return raw.all(_ids_by_key_sql(len(keys)), params)


@cache
def _ids_by_key_sql(count: int) -> str:
    return f"SELECT name_key, id FROM people WHERE name_key IN ({_placeholders('k', count)})"


def _person_ids(ctx: _ArticleContext, names: dict[str, str]) -> dict[str, int]:
    """Ids for name keys (key → display name), creating the people not stored yet."""
    found = {key: pid for key in names if (pid := ctx.ids.get(key)) is not None}
    missing = [key for key in names if key not in found]
    if missing:
        for key, pid in _ids_by_key(ctx.raw, missing):
            found[key] = pid
            ctx.ids.learn(key, pid)
    new = [key for key in names if key not in found]
    if new:
        now = ctx.now_ts
        rows = [(names[key], key, family_key(names[key]), 0, now) for key in new]
        ctx.raw.insert(_PEOPLE_INSERT, rows, _SKIP_KNOWN)
        # one look-up for all: also finds those a concurrent writer created first
        for key, pid in _ids_by_key(ctx.raw, new):
            found[key] = pid
            ctx.ids.learn(key, pid)
    return found


def _sighting(pid: int, person: ParsedPerson | None, ctx: _ArticleContext) -> dict[str, Any]:
    return {
        "pid": pid,
        "role": person.role if person else None,
        "org": person.org if person else None,
        "country": person.country if person else None,
        "seen": ctx.seen_on,
        "now": ctx.now_ts,
    }


def _sightings(raw: Raw, rows: list[dict[str, Any]]) -> None:
    raw.many(_SIGHTING_PLACE_SQL, rows)
    raw.many(_SIGHTING_SQL, rows)


def _write_people(ctx: _ArticleContext, persons: Sequence[ParsedPerson]) -> None:
    merged = _merge_same_key(persons)
    if not merged:
        return
    pids = _person_ids(ctx, {key: p.name for key, p in merged.items()})
    raw = ctx.raw
    _sightings(raw, [_sighting(pids[key], p, ctx) for key, p in merged.items()])
    mentions = [
        (pids[key], mention)
        for key, p in merged.items()
        for mention in dict.fromkeys((p.name, *p.mentions))
        if mention.strip()
    ]
    raw.insert(_MENTIONS_INSERT, mentions, _SKIP_KNOWN)
    article_id, seen_on = ctx.article_id, ctx.seen_on
    roles = [
        (pids[key], article_id, p.role, p.org, p.country, seen_on, " ".join(p.evidence) or None)
        for key, p in merged.items()
    ]
    raw.insert(_ROLES_INSERT, roles, _SKIP_KNOWN)
    for key, p in merged.items():
        pid = pids[key]
        ctx.by_key[key] = pid
        for mention in (p.name, *p.mentions):
            mkey = fold(mention).strip()
            if ctx.by_mention.get(mkey, pid) != pid:
                ctx.by_mention[mkey] = None  # two people of this article share the form
            else:
                ctx.by_mention[mkey] = pid


def _participant_ids(ctx: _ArticleContext, names: Sequence[str]) -> list[int]:
    """Participants as person ids: by full name, or by a form the article used for one person.

    A bare surname that the article does not tie to one of its people is dropped.
    """
    out: list[int] = []
    unknown: dict[str, str] = {}
    for raw_name in names:
        key = name_key(raw_name)
        pid = ctx.by_key.get(key) or ctx.by_mention.get(fold(raw_name).strip())
        if pid is not None:
            out.append(pid)
        elif is_full_name(raw_name):
            unknown[key] = raw_name
    if unknown:
        # A participant the parser did not list among the people: still a person.
        created = _person_ids(ctx, unknown)
        raw = ctx.raw
        _sightings(raw, [_sighting(pid, None, ctx) for pid in created.values()])
        raw.insert(_MENTIONS_INSERT, [(created[k], unknown[k]) for k in unknown], _SKIP_KNOWN)
        roles = [
            (pid, ctx.article_id, None, None, None, ctx.seen_on, None) for pid in created.values()
        ]
        raw.insert(_ROLES_INSERT, roles, _SKIP_KNOWN)
        for key, pid in created.items():
            ctx.by_key[key] = pid
            out.append(pid)
    return list(dict.fromkeys(out))


# --- meetings --------------------------------------------------------------------


def _country_set(value: Any) -> frozenset[str]:
    """A meeting's countries column: JSON text (SQLite) or already decoded (PostgreSQL)."""
    if isinstance(value, str):
        return _countries_text(value)
    return frozenset(value or ())


@lru_cache(maxsize=1024)
def _countries_text(value: str) -> frozenset[str]:
    # remembered: a few hundred combinations of sides cover most meetings
    return frozenset(json.loads(value))


def _facts_of(
    rows: Iterable[Sequence[Any]], exclude: set[int]
) -> list[tuple[int, merge.MeetingFacts]]:
    """Rows of _FACTS_SQL (one per participant) folded into one entry per meeting.

    In meeting id order: the first of equally good candidates wins a merge, and
    the rows' own order is the query plan's, which differs between engines.
    """
    found: dict[int, Sequence[Any]] = {}
    parts: dict[int, set[int]] = {}
    for row in rows:
        mid = row[0]
        if mid in exclude:
            continue
        if mid not in found:
            found[mid] = row
            parts[mid] = set()
        if row[5] is not None:
            parts[mid].add(row[5])
    return [
        (
            mid,
            merge.MeetingFacts(
                participants=frozenset(parts[mid]),
                countries=_country_set(countries),
                date=date,
                location=location,
                status=status,
            ),
        )
        for mid, (_, date, location, status, countries, _) in sorted(found.items())
    ]


@cache
def _candidates_sql(people: int, dated: bool, by_sides: bool) -> str:
    """The candidates query of a report naming `people` participants (:p0, :p1, …),
    composed once per shape."""
    parts = []
    if people:
        pids = _placeholders("p", people)
        if dated:
            undated_ok = _SAME_PEOPLE.format(pids=pids) if people >= 2 else "1 = 0"
            date_ok = _DATED_OK.format(undated_ok=undated_ok)
            parts.append(_BY_PEOPLE_SQL.format(pids=pids, date_ok=date_ok))
        else:
            others = range(1, people)
            parts.append(_WITH_ALL_SQL + "".join(_ALSO_WITH_SQL.format(p=f"p{i}") for i in others))
    if by_sides:
        parts.append(_BY_SIDES_SQL)
    # UNION ALL: the IN of _FACTS_SQL takes each id once anyway, without another sort
    return _FACTS_SQL.format(ids=" UNION ALL ".join(parts))


def _candidates(
    raw: Raw, facts: merge.MeetingFacts, exclude: set[int]
) -> list[tuple[int, merge.MeetingFacts]]:
    value = facts.date or ""
    by_sides = len(value) == 10 and bool(facts.countries)
    people = len(facts.participants)
    if not people and not by_sides:
        return []
    params: dict[str, Any] = {}
    if people:
        params.update(zip(_param_keys("p", people), sorted(facts.participants), strict=True))
        if facts.date:
            near = merge.neighbour_days(facts.date) or (None, None)
            years = [value[:4], *(d[:4] for d in near if d)]
            last = max(years)
            params.update(
                first=min(years),
                after=str(int(last) + 1) if last.isdigit() else last + "~",
                value=value,
                vlen=len(value),
                near0=near[0],
                near1=near[1],
            )
            if people >= 2:
                params["n"] = people
        else:
            params["status"] = facts.status
    if by_sides:
        params.update(side=min(facts.countries), day=value, any_sides=0 if people else 1)
    sql = _candidates_sql(people, bool(facts.date), by_sides)
    return _facts_of(raw.all(sql, params), exclude)


def _story_meetings(
    raw: Raw, prints: Sequence[str], article_id: int
) -> list[tuple[int, merge.MeetingFacts]]:
    """Meetings of stored copies of this article's story (shared body fingerprints)."""
    if not prints:
        return []
    params: dict[str, Any] = dict(zip(_param_keys("h", len(prints)), prints, strict=True))
    params.update(self_id=article_id, need=prints_needed(len(prints)))
    return _facts_of(raw.all(_story_meetings_sql(len(prints)), params), set())


@cache
def _story_meetings_sql(count: int) -> str:
    return _STORY_MEETINGS_SQL.format(prints=_placeholders("h", count))


def _write_meeting(
    meeting: ParsedMeeting,
    ctx: _ArticleContext,
    linked: set[int],
) -> tuple[int, bool]:
    raw = ctx.raw
    participants = _participant_ids(ctx, meeting.participants)
    countries = sorted(set(meeting.countries))
    facts = merge.MeetingFacts(
        participants=frozenset(participants),
        countries=frozenset(countries),
        date=meeting.date or None,
        location=meeting.location or None,
        status=meeting.status or "held",
    )
    best: tuple[float, int, merge.MeetingFacts] | None = None
    for mid, old in _candidates(raw, facts, linked):
        score = merge.same_meeting_score(facts, old)
        if score is not None and (best is None or score > best[0]):
            best = (score, mid, old)
    if best is None:
        # A copy of a stored story: its meetings are these, whatever the dates say.
        for mid, old in ctx.story_meetings():
            if mid in linked:
                continue
            score = merge.same_story_score(facts, old)
            if score is not None and (best is None or score > best[0]):
                best = (score, mid, old)
    if best is None:
        meeting_id = raw.insert_id(
            _MEETING_SQL,
            {
                "summary": meeting.summary or "",
                "date": facts.date,
                "location": facts.location,
                "place_key": place_key(facts.location),
                "mode": meeting.mode or "unknown",
                "status": facts.status,
                "is_primary": raw.bool(meeting.primary),
                "countries": raw.json(countries),
                "first_seen_at": ctx.first_seen_ts,
                "now": ctx.now_ts,
            },
        )
        new_parts, new_countries, is_new = participants, countries, True
        date, status = facts.date, facts.status
    else:
        _, meeting_id, old = best
        date = merge.more_precise_date(old.date, facts.date)
        status = merge.merged_status(old.status, facts.status)
        location = merge.more_precise_location(old.location, facts.location)
        raw.run(
            _meeting_update_sql(date != old.date, location != old.location, status != old.status),
            {
                "id": meeting_id,
                "date": date,
                "location": location,
                "place_key": place_key(location),
                "status": status,
                "mode": meeting.mode or "unknown",
                "news": meeting.summary if meeting.primary and meeting.summary else None,
                "is_primary": raw.bool(meeting.primary),
                "countries": raw.json(sorted(old.countries | facts.countries)),
                "now": ctx.now_ts,
            },
        )
        if (date, status) != (old.date, old.status):
            raw.run(_SIDES_UPDATE_SQL, {"id": meeting_id, "date": date, "status": status})
        if old.status == "planned" and status == "held":
            raw.run(_MEETING_HELD_SQL, {"id": meeting_id, "first_seen_at": ctx.first_seen_ts})
        new_parts = [p for p in participants if p not in old.participants]
        new_countries = [c for c in countries if c not in old.countries]
        is_new = False
    ctx.participant_rows += [(meeting_id, p) for p in new_parts]
    ctx.country_rows += [(meeting_id, c, date, status) for c in new_countries]
    evidence = " ".join(meeting.evidence) or None
    ctx.report_rows.append((meeting_id, ctx.article_id, raw.bool(meeting.primary), evidence))
    return meeting_id, is_new


# --- re-parsing ------------------------------------------------------------------


def unlink_article(conn: Connection, article_id: int) -> None:
    """Undo what an article's parse added to people and meetings.

    People stay (another process may hold their ids); they lose this article's
    sighting. A meeting that no other article reports goes.
    """
    from sqlalchemy import case, delete, exists, select, update

    from bot.store.schema import (
        meeting_articles,
        meeting_countries,
        meeting_participants,
        meetings,
        people,
        person_roles,
    )

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
    conn: Connection, article_id: int, parsed: ParsedArticle, *, now: datetime, ids: PendingIds
) -> list[int]:
    """Swap an article's parse for `parsed` inside the caller's write transaction."""
    from sqlalchemy import select, update

    from bot.store.schema import articles

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
    raw = Raw(conn)
    ctx = _ArticleContext(
        raw=raw,
        article_id=article_id,
        seen_on=parsed.published or row.ingested_at.date().isoformat(),
        now=now,
        ids=ids,
        prints=text_prints(row.text) if parsed.meetings else (),
    )
    # Meetings found anew keep the time the article came in, so digests do not repeat old news.
    return link_parse(parsed, ctx, first_seen_at=row.ingested_at)
