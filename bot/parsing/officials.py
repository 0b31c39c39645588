"""Which country a well-known official serves, from config/officials.yaml.

A paper names its own leaders by bare title ("President Cyril Ramaphosa") and
readers know whose president that is; the text alone often never says. The
table is a reader's general knowledge: heads of state and government, foreign
and defence ministers and other prominent officials of every country, by
country. The parser asks it only for a person the text gives no country.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping

import yaml

from bot import CONFIG_DIR
from bot.gazetteer import load_gazetteer, lookup_key

OFFICIALS_PATH = CONFIG_DIR / "officials.yaml"

log = logging.getLogger(__name__)


class Officials:
    """Full names (two words or more) → ISO code; a name listed under two countries
    is dropped, since the table cannot tell which of the two the text means."""

    def __init__(self, by_country: Mapping[str, Iterable[str]]):
        seen: dict[str, str | None] = {}
        for code, names in by_country.items():
            for name in names or ():
                words = str(name).split()
                if len(words) < 2:
                    continue  # a surname alone names too many people
                forms = {lookup_key(" ".join(words))}
                if len(words) == 2:  # "KISHIDA Fumio" as a ministry writes "Fumio Kishida"
                    forms.add(lookup_key(f"{words[1]} {words[0]}"))
                for key in forms:
                    if seen.get(key, code) != code:
                        seen[key] = None  # two countries: ambiguous
                    else:
                        seen[key] = str(code).upper()
        self._country = {k: c for k, c in seen.items() if c is not None}

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
    if not OFFICIALS_PATH.is_file():
        log.warning("no %s: officials' countries come from the text alone", OFFICIALS_PATH)
        return Officials({})
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(OFFICIALS_PATH.read_text(encoding="utf-8"), Loader=loader) or {}
    codes = {c.code for c in load_gazetteer().countries()}
    table = {}
    for key, names in (data.get("officials") or {}).items():
        if not isinstance(key, str) or key not in codes:
            # YAML reads an unquoted NO (Norway) as false: the key must be quoted
            log.warning(
                "%s: %r is not a country code of the gazetteer; skipped", OFFICIALS_PATH, key
            )
            continue
        table[key] = names
    return Officials(table)
