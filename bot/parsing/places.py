"""The city a dateline names, shared by the meeting reader and the article's last passes."""

from __future__ import annotations


def dateline_city(dateline: str) -> str:
    """ "ARUSHA (Tanzania)", "Muscat [Oman]", "Beijing, May 3" → "Arusha", "Muscat",
    "Beijing": the place before any region or date, out of the dateline's capitals."""
    city = dateline.split(",")[0].split(" (")[0].split(" [")[0].strip()
    return city.title() if city.isupper() else city
