"""Distinct article files for ingest benchmarks, made from the seed and dev texts.

Each copy swaps the people of its source text for other (made-up) people,
shifts the day numbers and carries a reference line, so every file has its
own content hash and the store grows people and meetings as real news would,
rather than merging 1,000 copies into three meetings. The dev texts are in
../shared/corpus/dev beside the repository, with their gold JSON naming the
people to swap; without them the seeds are used.

    python -m benchmarks.make_articles OUT_DIR --count 1000
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bot import PROJECT_ROOT, SEEDS_DIR

DEV_DIR = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"

GIVEN = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kenji",
    "Lara",
    "Mateo",
    "Nadia",
    "Omar",
    "Paula",
    "Rafael",
    "Sara",
    "Tomas",
    "Uma",
    "Viktor",
    "Wen",
    "Yusuf",
    "Zofia",
    "Alma",
    "Bruno",
    "Chen",
    "Dalia",
    "Emil",
    "Freya",
]
FAMILY = [
    "Arndt",
    "Baptiste",
    "Castell",
    "Duarte",
    "Eklund",
    "Ferreira",
    "Gallo",
    "Hartmann",
    "Ivanov",
    "Jansen",
    "Kovacs",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quist",
    "Rinaldi",
    "Sorensen",
    "Takeda",
    "Urban",
    "Valdez",
    "Weber",
    "Yamada",
    "Zeller",
    "Abbott",
    "Brandt",
    "Cortes",
    "Dimitrov",
    "Engel",
]
_DAY = re.compile(r"\b([12]?\d)(?=(?:st|nd|rd|th)?\b)")


def source_texts() -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(text, [(name, mentions)]) for every dev text (with its gold) or seed."""
    out = []
    if DEV_DIR.is_dir():
        for txt in sorted(DEV_DIR.glob("*.txt")):
            gold = txt.with_suffix(".json")
            people = []
            if gold.exists():
                data = json.loads(gold.read_text(encoding="utf-8"))
                people = [(p["name"], p.get("mentions") or [p["name"]]) for p in data["people"]]
            out.append((txt.read_text(encoding="utf-8"), people))
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        out.append((seed.read_text(encoding="utf-8"), []))
    return out


def variant(text: str, people: list[tuple[str, list[str]]], n: int) -> str:
    """Copy `n` of a text: its people renamed consistently, day numbers shifted."""
    replacements: dict[str, str] = {}
    for k, (name, mentions) in enumerate(people):
        given = GIVEN[(n * 7 + k * 3) % len(GIVEN)]
        family = FAMILY[(n * 11 + k * 5 + n // len(FAMILY)) % len(FAMILY)]
        words = name.split()
        replacements[name] = f"{given} {family}" if len(words) > 1 else family
        for mention in mentions:
            if mention != name and len(mention.split()) == 1:
                replacements[mention] = family
    if replacements:
        pattern = re.compile(
            "|".join(re.escape(k) for k in sorted(replacements, key=len, reverse=True))
        )
        text = pattern.sub(lambda m: replacements[m.group(0)], text)
    shift = n % 5
    if shift:
        text = _DAY.sub(lambda m: str((int(m.group(1)) + shift - 1) % 28 + 1), text)
    return f"{text}\n\nReference {n}.\n"


def make_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    sources = source_texts()
    paths = []
    for n in range(count):
        text, people = sources[n % len(sources)]
        path = folder / f"article_{n:05d}.txt"
        path.write_text(variant(text, people, n // len(sources) + n), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    args = ap.parse_args()
    paths = make_articles(args.out, args.count)
    print(f"{len(paths)} articles in {args.out}")


if __name__ == "__main__":
    main()
