"""Countries as data: names, short forms, demonyms and capitals from config/gazetteer.yaml.

The parser, the fuzzy matcher and the Slack commands all ask this one table,
so "ROK", "S. Korea" and "South Korean" mean KR everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot import CONFIG_DIR
from bot.yaml_files import read_word_table

GAZETTEER_PATH = CONFIG_DIR / "gazetteer.yaml"


_NON_WORD_RE = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=8192)
def lookup_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form ("U.S." == "us" == "US").

    Cached: the parser asks for the same few hundred names and places over and over.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD_RE.sub("", text.casefold())


def _plural(word: str) -> str | None:
    if word.endswith(("s", "sh", "ese", "ch", "x", "i")) or " " in word:
        return None
    return word + "s"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        """The regional-indicator emoji for the ISO code (Kosovo's XK has one in practice)."""
        return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in self.code.upper())

    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.demonyms, *self.capitals)


class Gazetteer:
    """The country table with exact lookups; built once per process."""

    def __init__(
        self,
        countries: list[Country],
        not_countries: list[str] | None = None,
        places: list[str] | None = None,
        seats: dict[str, str] | None = None,
    ):
        self._countries = {c.code: c for c in countries}
        self.not_countries = tuple(not_countries or ())
        self.places = tuple(places or ())
        self._seats = {lookup_key(name): city for name, city in (seats or {}).items()}
        self._by_key: dict[str, str] = {}
        for c in countries:
            forms = [c.name, *c.aliases, *c.demonyms, *c.capitals]
            forms += [p for d in c.demonyms if (p := _plural(d))]
            for form in forms:
                self._by_key.setdefault(lookup_key(form), c.code)
        self._by_name = dict(self._by_key)
        for c in countries:  # ISO codes last: "IN" must not shadow a name
            self._by_key.setdefault(lookup_key(c.code), c.code)

    def countries(self) -> list[Country]:
        return sorted(self._countries.values(), key=lambda c: c.name)

    def country(self, code: str | None) -> Country | None:
        return self._countries.get((code or "").upper())

    def find_country(self, text: str | None, *, codes: bool = True) -> str | None:
        """The country `text` names; with `codes`, an ISO code ("JP") names one too, as a
        user may type, though in prose "TV" and "IT" are words, not Tuvalu and Italy."""
        if not text:
            return None
        return (self._by_key if codes else self._by_name).get(lookup_key(text))

    def capital_country(self, city: str) -> str | None:
        """The code of the country whose capital `city` is ("Ankara" → TR), else None:
        a capital stands for its government, and a story dated there comes from it."""
        code = self.find_country(city)
        country = self.country(code) if code else None
        return code if country is not None and city in country.capitals else None

    def seat_city(self, venue: str) -> str | None:
        """The city a named seat of government stands in ("Akorda" → Astana): a reader of
        the digest may not know where "talks at the Akorda" were held."""
        if venue.casefold().startswith("the "):
            venue = venue[4:]
        return self._seats.get(lookup_key(venue))

    def country_aliases(self) -> dict[str, str]:
        """Every name, short form, demonym and capital → code (for fuzzy matching)."""
        out: dict[str, str] = {}
        for c in self._countries.values():
            for form in c.surface_forms():
                out.setdefault(form, c.code)
            for d in c.demonyms:
                if p := _plural(d):
                    out.setdefault(p, c.code)
        return out


def _as_list(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def read_gazetteer(path: Path) -> Gazetteer:
    data = read_word_table(path)
    countries = [
        Country(
            code=str(code).upper(),
            name=str(entry["name"]),
            aliases=_as_list(entry.get("aliases")),
            demonyms=_as_list(entry.get("demonyms")),
            capitals=_as_list(entry.get("capitals")),
        )
        for code, entry in (data.get("countries") or {}).items()
    ]
    seats = {str(name): str(city) for name, city in (data.get("seats") or {}).items()}
    return Gazetteer(
        countries,
        list(_as_list(data.get("not_countries"))),
        list(_as_list(data.get("places"))),
        seats,
    )


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return read_gazetteer(GAZETTEER_PATH)
