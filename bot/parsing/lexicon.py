"""The parser's knowledge of English news (config/lexicon.yaml), loaded once."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from bot import CONFIG_DIR
from bot.gazetteer import Gazetteer, load_gazetteer
from bot.parsing.tokens import tokenize
from bot.yaml_files import read_word_table

LEXICON_PATH = CONFIG_DIR / "lexicon.yaml"


def _words(values: object) -> frozenset[str]:
    out: set[str] = set()
    for v in values or ():
        w = str(v).casefold()
        out.add(w)
        if not w.endswith("s"):
            out.add(w + "s")
    return frozenset(out)


def _fold(tok: str) -> str:
    return tok.replace(".", "").replace("’", "'").casefold()


def strip_accents(text: str) -> str:
    """ "Ozoliņš" → "Ozolins", "việt" → "viet": the same word as written without them."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_EMBASSY_RE = re.compile(
    r"(?i)embassy of (?:the )?(?P<of>.+?) (?:in|to) (?:the )?(?P<at>[^,|]+?)\s*$"
)


@functools.lru_cache(maxsize=200_000)
def token_key(tok: str) -> str:
    """A token's matching key: casefolded, dots and curly quotes normalised.

    Cached: news repeats its words, and the C-level cache beats recomputing.
    """
    return _fold(tok)


class TokenKeys(dict):
    """token → token_key, computed on first sight of a token.

    `map(keys.__getitem__, tokens)` looks every token up in C; only a token never
    seen before reaches __missing__. A bot reads news for months and the words
    of the news never stop changing, so the table starts over once it holds
    LIMIT tokens rather than growing for the life of the process.
    """

    LIMIT = 200_000
    fold = staticmethod(_fold)

    def __missing__(self, tok: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        key = self[tok] = self.fold(tok)
        return key


class PlainKeys(TokenKeys):
    """token key → the same key without accents: "Việt Nam" and "HÀ NỘI" written in
    their own script still name Vietnam and its capital. analyse() reads only a place
    this way, and only where no name runs into it ("Tomás Jordán" is not Jordan)."""

    fold = staticmethod(strip_accents)


@dataclass(frozen=True)
class Entity:
    """What a token sequence names: a country, an organisation, an outlet or a non-country place."""

    kind: str  # country | capital | demonym | org | gov | outlet | place
    code: str | None  # ISO code, where it has one
    name: str  # canonical display form
    acronym: bool = False


class Lexicon:
    def __init__(self, data: dict, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.token_keys = TokenKeys()
        self.plain_keys = PlainKeys()
        heads = _words(data.get("title_heads"))
        self.hyphen_ranks = _words(data.get("hyphen_ranks"))
        # "Vice-minister", "Deputy-Governor", "Co-chair": a head joined to its rank by a
        # hyphen is the same title (the list names the few such as "vice-president")
        self.title_heads = heads | {
            f"{rank}-{head}"
            for rank in self.hyphen_ranks
            for head in heads
            if " " not in head and "-" not in head
        }
        self.title_modifiers = _words(data.get("title_modifiers"))
        self.honorifics = frozenset(token_key(h) for h in data.get("honorifics") or ())
        self.kept_styles = frozenset(token_key(h) for h in data.get("kept_styles") or ())
        self.local_offices = tuple(str(w).casefold() for w in data.get("local_offices") or ())
        self.surname_honorifics = frozenset(
            token_key(h) for h in data.get("surname_honorifics") or ()
        )
        self.honorific_phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in data.get("honorific_phrases") or ():
            # "H. E.": a closing full stop stands apart at the end of the phrase alone; "H.E"
            # keeps the full stop inside it, a token of its own between the two letters
            tokens = tokenize(str(phrase))
            keys = tuple(
                k for i, t in enumerate(tokens) if (k := token_key(t)) or 0 < i < len(tokens) - 1
            )
            self.honorific_phrases.setdefault(keys[0], []).append(keys)
        # the words of the forms of address ("excellency", "highness"), never part of a role
        self.address_words = frozenset(
            k
            for ps in self.honorific_phrases.values()
            for p in ps
            for k in p[1:]
            if k.isalpha() and len(k) > 2
        )
        self.name_abbreviations = frozenset(str(w) for w in data.get("name_abbreviations") or ())
        # words read whole with their full stop, which never ends a sentence there:
        # "Hon. Siaosi", "Dr. Mele Havili", "Md. Rafiqul Islam"
        self.dotted_words = frozenset(
            str(w)
            for w in (*(data.get("honorifics") or ()), *self.name_abbreviations)
            if str(w).endswith(".") and " " not in str(w)
        )
        self.abbreviations = frozenset(w[:-1].casefold() for w in self.dotted_words)
        self.particles = frozenset(str(p).casefold() for p in data.get("name_particles") or ())
        self.patronymic_particles = _words(data.get("patronymic_particles"))
        self.son_of_particles = frozenset(
            str(w).casefold() for w in data.get("son_of_particles") or ()
        )
        self.inner_honorifics = _words(data.get("inner_honorifics"))
        self.press_roles = _words(data.get("press_roles"))
        self.relation_words = _words(data.get("relation_words"))
        self.tribute_words = _words(data.get("tribute_words"))
        self.sent_words = _words(data.get("sent_words"))
        self.not_credits = _words(data.get("not_credits"))
        self.event_venue_words = _words(data.get("event_venue_words"))
        self.group_nouns = _words(data.get("group_nouns"))
        self.plural_people = (
            _words(data.get("plural_people"))
            | self.group_nouns
            | {str(g).casefold().split()[-1] for g in data.get("private_groups") or ()}
        )
        private = "|".join(re.escape(w) for w in data.get("private_groups") or []) or "(?!)"
        # "received a delegation of Hungarian business leaders": no office on the other side
        self.private_delegation = re.compile(
            rf"\bdelegation of (?:[\w-]+ ){{0,2}}(?:{private})\b", re.IGNORECASE
        )
        self.non_person = _words(data.get("non_person_words"))
        self.site_adjectives = _words(data.get("site_adjectives"))
        self.staff_byline_words = _words(data.get("staff_byline_words"))
        self.media_words = _words(data.get("media_words"))
        self.org_heads = _words(data.get("org_heads"))
        self.non_venue_words = _words(data.get("non_venue_words"))
        self.continents = _words(data.get("continents"))
        self.regional_adjectives = _words(data.get("regional_adjectives"))
        self.state_forms = _words(data.get("state_forms"))
        self.building_words = _words(data.get("building_words"))
        self.building_prefixes = _words(data.get("building_prefixes"))
        self.topic_nouns = _words(data.get("topic_nouns"))
        self.topic_after_place = _words(data.get("topic_after_place"))
        self.leader_titles = _words(data.get("leader_titles"))
        # the first word of a leader's title ("prime", "crown"), and "pm": whom others serve
        # as envoys and advisers ("a Special Envoy of PM X")
        self.leader_heads = frozenset(t.split()[0] for t in self.leader_titles) | {"pm"}
        self.unaffiliated_heads = _words(data.get("unaffiliated_heads"))
        self.envoy_titles = tuple(str(w).casefold() for w in data.get("envoy_titles") or ())

        self.stop_words = frozenset(str(w).casefold() for w in data.get("stop_words") or ())
        self.name_styles = _words(data.get("name_styles"))
        self.lone_name_styles = _words(data.get("lone_name_styles"))
        self.saint_abbreviations = _words(data.get("saint_abbreviations"))
        self.deputed_titles = _words(data.get("deputed_titles"))
        self.ranks_after_office = _words(data.get("ranks_after_office"))
        self.international_openers = _words(data.get("international_openers"))
        self.international_bodies = _words(data.get("international_bodies"))
        self.given_name_countries = frozenset(
            str(w).casefold() for w in data.get("given_name_countries") or ()
        )
        self.outlet_countries = {
            str(k): str(v) for k, v in (data.get("outlet_countries") or {}).items() if v
        }
        self.title_countries = {
            str(k).casefold(): v for k, v in (data.get("title_countries") or {}).items()
        }
        self.joint_names = {
            str(k): (tuple(v.get("codes") or ()), bool(v.get("counts_as_mention", True)))
            for k, v in (data.get("joint_names") or {}).items()
        }
        self.tail_markers = tuple(str(m) for m in data.get("tail_markers") or ())
        self.related_markers = tuple(str(m) for m in data.get("related_markers") or ())
        self.credit_prefixes = tuple(str(m).casefold() for m in data.get("credit_prefixes") or ())
        self.credit_phrases = tuple(str(m).casefold() for m in data.get("credit_phrases") or ())
        self.section_words = _words(data.get("section_words"))
        self.institution_words = _words(data.get("institution_words"))
        self.place_nouns = _words(data.get("place_nouns"))
        self.place_openers = _words(data.get("place_openers"))
        self.surname_words = frozenset(str(w).casefold() for w in data.get("surname_words") or ())
        self.adjective_suffixes = frozenset(str(w) for w in data.get("adjective_suffixes") or ())
        self.chrome_phrases = tuple(str(m).casefold() for m in data.get("chrome_phrases") or ())
        self.paywall_phrases = tuple(str(m).casefold() for m in data.get("paywall_phrases") or ())
        self.teaser_labels = frozenset(str(m).casefold() for m in data.get("teaser_labels") or ())
        self.time_zones = {str(k): str(v) for k, v in (data.get("time_zones") or {}).items()}
        self.foreign_months = {
            str(k).casefold(): str(v) for k, v in (data.get("foreign_months") or {}).items()
        }
        self.caption_labels = frozenset(str(m).casefold() for m in data.get("caption_labels") or ())
        self.headline_labels = _words(data.get("headline_labels"))
        self.site_chrome_words = _words(data.get("site_chrome_words"))
        self.chrome_lines = frozenset(
            str(m).casefold().rstrip(":") for m in data.get("chrome_lines") or ()
        )
        # one trie of entity token sequences: longest match wins, then kind priority
        self.entities: dict[tuple[str, ...], Entity] = {}
        self.entity_lengths: dict[str, set[int]] = {}  # first token → lengths of entries
        self.max_entity_len = 1
        priority = {"place": 0, "org": 1, "gov": 1, "outlet": 2}

        def add(surface: str, ent: Entity) -> None:
            toks = tuple(token_key(t) for t in tokenize(surface))
            if not toks:
                return
            old = self.entities.get(toks)
            if old is not None and priority.get(old.kind, 9) <= priority.get(ent.kind, 9):
                return
            self.entities[toks] = ent
            self.max_entity_len = max(self.max_entity_len, len(toks))
            self.entity_lengths.setdefault(toks[0], set()).add(len(toks))

        def is_acronym(s: str) -> bool:
            letters = s.replace(".", "")
            return letters.isupper() and len(letters) <= 5 and " " not in s

        for name in (*gazetteer.not_countries, *gazetteer.places):
            add(name, Entity("place", None, name))
        for body, code in (data.get("government_bodies") or {}).items():
            add(str(body), Entity("gov", code, str(body), is_acronym(str(body))))
        for canon, aliases in (data.get("organisations") or {}).items():
            for a in [canon, *(aliases or ())]:
                add(str(a), Entity("org", None, str(canon), is_acronym(str(a))))
        self.outlet_names: dict[str, str] = {}
        mixed: set[str] = set()  # keys some alias writes in lower or mixed case
        for canon, aliases in (data.get("outlets") or {}).items():
            for a in [canon, *(aliases or ())]:
                self.outlet_names.setdefault(token_key(str(a)), str(a))
                if not str(a).isupper():
                    mixed.add(token_key(str(a)))
                add(str(a), Entity("outlet", None, str(canon), is_acronym(str(a))))
        #: outlets written only in capitals ("APP", "ANA"): "App", "Ana" are other words
        self.caps_only_outlets = frozenset(self.outlet_names.keys() - mixed)
        self.outlet_canon = {
            token_key(str(a)): str(canon)
            for canon, aliases in (data.get("outlets") or {}).items()
            for a in [canon, *(aliases or ())]
        }
        for c in gazetteer.countries():
            same_city = {k.casefold() for k in c.capitals}
            for form in (c.name, *c.aliases):
                kind = "capital" if form.casefold() in same_city else "country"
                add(form, Entity(kind, c.code, c.name, is_acronym(form)))
            for d in c.demonyms:
                add(d, Entity("demonym", c.code, c.name))
                if not d.endswith(("s", "sh", "ese", "ch", "i")):
                    add(d + "s", Entity("demonym", c.code, c.name))
            for cap in c.capitals:
                add(cap, Entity("capital", c.code, cap))

    def in_english_months(self, line: str) -> str:
        """The line with its month names in English ("9 Juli 2025" → "9 July 2025",
        "12 de marzo de 2025" → "12 March 2025")."""
        english = _WORD_RE.sub(lambda m: self.foreign_months.get(m[0].casefold(), m[0]), line)
        return _DE_RE.sub(" ", english) if english != line else line

    def joint_countries(self, text: str, sides_only: bool = True) -> set[str]:
        """Codes named together by one phrase ("the two Koreas", "inter-Korean")."""
        out: set[str] = set()
        for phrase, (codes, article_level) in self.joint_names.items():
            if (sides_only or article_level) and phrase in text:
                out.update(codes)
        return out

    def outlet_country(self, outlet: str | None) -> str | None:
        """The home country of a national outlet, None for an international one."""
        if not outlet:
            return None
        canon = self.outlet_canon.get(token_key(outlet.strip()))
        if canon:
            return self.outlet_countries.get(canon)
        # an outlet the lexicon does not know, named for its place ("Bangkok Post",
        # "Ministry of Foreign Affairs of Viet Nam"): the one country its name gives
        words = outlet.split()
        spans = [" ".join(words[i : i + n]) for n in (2, 1) for i in range(len(words) - n + 1)]
        codes = {c for span in spans if (c := self.gazetteer.find_country(span, codes=False))}
        return codes.pop() if len(codes) == 1 else None

    def is_envoy_title(self, role: str) -> bool:
        """Whether a role is one a state's envoy abroad holds ("Ambassador of X", "Chargé")."""
        role = role.casefold()
        return any(w in role for w in self.envoy_titles)

    def embassy_sides(self, outlet: str | None) -> tuple[str, str] | None:
        """(sending, host) of an embassy's own site ("Embassy of Japan in Bolivia",
        "Embassy of the Philippines in Koror"), None for any other outlet."""
        m = _EMBASSY_RE.match(outlet or "")
        if m is None:
            return None
        g = self.gazetteer
        sending = g.find_country(m["of"], codes=False)
        host = g.find_country(m["at"], codes=False) or g.capital_country(m["at"])
        return (sending, host) if sending and host and sending != host else None

    def outlet(self, surface: str) -> str | None:
        """The outlet's name as credited: known spelling, all-caps and lower-case normalised."""
        key = token_key(surface.strip())
        written = self.outlet_names.get(key)
        if written is None:
            return None
        s = surface.strip()
        if key in self.caps_only_outlets and not (s.isupper() or s.islower()):
            return None
        return written if s.isupper() or s.islower() else s

    def finish(self) -> None:
        self.organisation_names = frozenset(
            e.name for e in self.entities.values() if e.kind == "org"
        )
        self.blocked_for_names = (
            self.stop_words
            | self.title_heads
            | self.title_modifiers
            | self.non_person
            | self.honorifics
        )
        # the words a title phrase before a name is made of ("Japan's Foreign Minister")
        self.title_phrase_words = (
            self.title_heads
            | self.title_modifiers
            | self.press_roles
            | {"'s", "of", "for", "to", "from", "the", "and"}
        )
        self.entity_lengths_sorted = {
            k: sorted(v, reverse=True) for k, v in self.entity_lengths.items()
        }


def holds_title(role: str | None, titles: Iterable[str]) -> bool:
    """Whether a role is one of `titles` (lower case), a qualifier before it allowed
    ("Acting President", "Prime Minister"): the office, whatever the words in front."""
    role = (role or "").casefold()
    return any(role == t or role.endswith(" " + t) for t in titles)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = read_word_table(LEXICON_PATH)
    lex = Lexicon(data, load_gazetteer())
    lex.finish()
    return lex


_WORD_RE = re.compile(r"\w+")
_DE_RE = re.compile(r"\s+(?:de|del)\s+")
