"""Which country a well-known official serves, from config/officials.yaml.

A paper names its own leaders by bare title ("President Cyril Ramaphosa") and
readers know whose president that is; the text alone often never says. The
table is a reader's general knowledge: heads of state and government, foreign
and defence ministers and other prominent officials of every country, by
country. A known official's country stands over what the parser reads into the text.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping

import yaml

from bot import CONFIG_DIR
from bot.gazetteer import load_gazetteer, lookup_key
from bot.yaml_files import read_word_table

OFFICIALS_PATH = CONFIG_DIR / "officials.yaml"

log = logging.getLogger(__name__)


class Officials:
    """Full names (two words or more) → ISO code; a name listed under two countries
    is dropped, since the table cannot tell which of the two the text means."""

    def __init__(
        self,
        by_country: Mapping[str, Iterable[str] | None],
        family_name_first: Iterable[str] = (),
    ):
        # "KISHIDA Fumio" as a ministry writes "Fumio Kishida": for the countries whose
        # names put the family first, a two-word name is looked up either way round, where
        # the other order is no listed name of its own
        either_way = set(family_name_first)
        seen: dict[str, str | None] = {}
        listed: list[str] = []
        reversed_forms: list[tuple[str, str]] = []
        for code, names in by_country.items():
            for name in names or ():
                words = str(name).split()
                if len(words) < 2:
                    continue  # a surname alone names too many people
                key = lookup_key(" ".join(words))
                listed.append(" ".join(words))  # a name, whichever country it serves
                if seen.get(key, code) != code:
                    log.debug("officials: %r is listed under two countries; ignored", name)
                    seen[key] = None
                elif key not in seen:
                    seen[key] = code
                if len(words) == 2 and code in either_way:
                    reversed_forms.append((lookup_key(f"{words[1]} {words[0]}"), code))
        for key, code in reversed_forms:
            seen.setdefault(key, code)
        self._country = {k: c for k, c in seen.items() if c is not None}
        #: the full names as listed (those under two countries too: names all the same),
        #: for the reader that finds names in text
        self.names: tuple[str, ...] = tuple(dict.fromkeys(listed))

    def __len__(self) -> int:
        return len(self._country)

    def country_of(self, names: Iterable[str]) -> str | None:
        """The country of the first of a person's written forms the table knows."""
        for name in names:
            if " " in name and (code := self._country.get(lookup_key(name))):
                return code
        return None


@functools.lru_cache(maxsize=1)
def load_officials() -> Officials:
    """The shipped table, read once a process. A missing or broken file leaves the
    text alone to decide, with a warning, rather than failing every article."""
    if not OFFICIALS_PATH.is_file():
        log.warning("no %s: officials' countries come from the text alone", OFFICIALS_PATH)
        return Officials({})
    try:
        data = read_word_table(OFFICIALS_PATH)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        log.warning(
            "%s cannot be read (%s); officials' countries come from the text alone",
            OFFICIALS_PATH,
            exc,
        )
        return Officials({})
    codes = {c.code for c in load_gazetteer().countries()}
    table: dict[str, list[str]] = {}
    entries = data.get("officials") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        log.warning("%s has no 'officials:' mapping of countries to names", OFFICIALS_PATH)
        entries = {}
    for key, names in entries.items():
        if not isinstance(key, str) or key not in codes:
            # YAML reads an unquoted NO (Norway) as false: the key must be quoted
            log.warning(
                "%s: %r is not a country code of the gazetteer; skipped", OFFICIALS_PATH, key
            )
            continue
        if not isinstance(names, list):
            log.warning("%s: %s is not a list of names; skipped", OFFICIALS_PATH, key)
            continue
        table[key] = [n for n in names if isinstance(n, str)]
        if len(table[key]) < len(names):
            log.warning("%s: %s lists entries that are not names; skipped", OFFICIALS_PATH, key)
    first = data.get("family_name_first") if isinstance(data, dict) else None
    first = first if isinstance(first, list) else []
    if any(not isinstance(c, str) or c not in codes for c in first):
        log.warning("%s: family_name_first holds entries that are no country code", OFFICIALS_PATH)
    return Officials(table, family_name_first=[c for c in first if isinstance(c, str)])
