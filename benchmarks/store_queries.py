"""Store read and write speed on a large store (50,000 people, 100,000 articles, 200,000 meetings).

Uses the shared synthetic store of benchmarks/bigstore.py and times what the
bot does per command or per digest: a person profile (target: a few ms), a
page of a country's meetings, the meetings first seen in a digest window,
planned meetings, people of a country, the version probe (target < 0.5 ms),
the fuzzy matcher's full name index, and adding one article to the big store.
Medians over repeated calls.

    python -m benchmarks.store_queries [--repeat 50]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.bigstore import big_store_url
from bot.models import ParsedArticle, ParsedMeeting, ParsedPerson
from bot.store import open_store
from bot.store.schema import meeting_participants, people


def median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    # A private copy: the add_article figure writes, and the cached store is shared.
    work = Path(tempfile.mkdtemp(prefix="store-queries-"))
    source = Path(big_store_url().removeprefix("sqlite:///"))
    shutil.copyfile(source, work / "store.sqlite3")
    store = open_store(f"sqlite:///{work / 'store.sqlite3'}")
    rng = random.Random(7)
    with store.read() as conn:
        busiest = conn.execute(
            select(meeting_participants.c.person_id, func.count().label("n"))
            .group_by(meeting_participants.c.person_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        ids = list(conn.execute(select(people.c.id).where(people.c.article_count > 0)).scalars())
        names = dict(conn.execute(select(people.c.id, people.c.name)).all())
    now = datetime.now(UTC)
    figures = {
        "person_profile (random person)": lambda: store.person_profile(rng.choice(ids)),
        f"person_profile (busiest: {busiest.n} meetings)": lambda: store.person_profile(
            busiest.person_id
        ),
        "meetings(country=US, limit=20)": lambda: store.meetings(country="US", limit=20),
        "meetings(ingested in the last day)": lambda: store.meetings(
            ingested_since=now - timedelta(days=1), countries=["US", "JP", "KR"]
        ),
        "meetings(person_ids=[busiest], limit=20)": lambda: store.meetings(
            person_ids=[busiest.person_id], limit=20
        ),
        "planned_meetings(country=CN, limit=20)": lambda: store.planned_meetings(
            country="CN", limit=20
        ),
        "people_of_country(KR)": lambda: store.people_of_country("KR"),
        # what a country card and a place card read
        "meetings(country=US, status=held, limit=15)": lambda: store.meetings(
            country="US", status="held", limit=15
        ),
        "count_meetings(country=US, held, at_most=1000)": lambda: store.count_meetings(
            country="US", status="held", at_most=1000
        ),
        "count_planned_meetings(country=CN)": lambda: store.count_planned_meetings(country="CN"),
        "meetings(location=Tokyo, limit=15)": lambda: store.meetings(location="Tokyo", limit=15),
        "count_meetings(location=Tokyo, at_most=1000)": lambda: store.count_meetings(
            location="Tokyo", at_most=1000
        ),
        "data_version()": store.data_version,
    }
    print(f"store: {store.article_count():,} articles; median of {args.repeat} calls")
    for label, call in figures.items():
        call()  # warm caches
        print(f"  {label:<48} {median_ms(call, args.repeat):8.2f} ms")
    print(f"  {'name_index() (every person)':<45} {median_ms(store.name_index, 3):8.0f} ms")

    counter = iter(range(10**9))

    def add_one() -> None:
        n = next(counter)
        a, b = rng.sample(ids, 2)
        record = ParsedArticle(
            title=None,
            published=now.date().isoformat(),
            outlet=None,
            dateline=None,
            countries=("US", "JP"),
            people=(
                ParsedPerson(name=names[a], mentions=(names[a],), role="minister", country="US"),
                ParsedPerson(name=names[b], mentions=(names[b],), role="minister", country="JP"),
            ),
            meetings=(
                ParsedMeeting(
                    primary=True,
                    summary="talks",
                    participants=(names[a], names[b]),
                    countries=("JP", "US"),
                    date=now.date().isoformat(),
                ),
            ),
            parser_version="bench",
        )
        store.add_article(f"benchmark article {time.time_ns()} {n}", record, source="bench")

    print(f"  {'add_article (two known people, one meeting)':<45} {median_ms(add_one, 20):8.2f} ms")
    store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
