"""Reading the bot's YAML files (settings, gazetteer, lexicon, officials) one way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader where built in: the same data, about twenty times faster to read,
# and every command reads its settings and the parser's tables first
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The file's data (an empty file is {}); a missing or malformed file raises, for the
    caller to say what it means to it (OSError, UnicodeDecodeError, yaml.YAMLError)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}


class _WordTableLoader(_LOADER):
    """YAML 1.2's booleans, true and false only: YAML 1.1 also reads a bare on, off,
    yes or no as one, so the stop word "on" or Norway's code NO would turn into a flag."""


_WordTableLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _LOADER.yaml_implicit_resolvers.items()
}
_WordTableLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_word_table(path: Path) -> Any:
    """A table of words (gazetteer, lexicon, officials), read as read_yaml reads a file,
    where on, off, yes and no are words."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_WordTableLoader) or {}
