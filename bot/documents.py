"""Reading article files: the size cap, the encoding, and why a file cannot be read.

`briefing-bot ingest` and `briefing-bot parse` read files the same way, so a
file either tool refuses is refused by both, with the same reason.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class DocumentError(ValueError):
    """A file that cannot be read as an article; the message says why, without the path."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of `data` and a note when it was not UTF-8. Raises DocumentError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16 (byte order mark)"
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"undecodable UTF-16 text ({exc.reason} at byte {exc.start})"
            ) from exc
    if b"\x00" in data[:8192]:
        encoding = _bomless_utf16(data)
        if encoding:
            try:
                return data.decode(encoding), f"decoded as {encoding.upper()} (no byte order mark)"
            except UnicodeDecodeError:
                pass  # NULs in the pattern of UTF-16 but not UTF-16: binary after all
        raise DocumentError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"undecodable bytes: not UTF-8 (byte {utf8_error.start}) and not cp1252"
                f" (byte {exc.start})"
            ) from exc
        return text, f"not valid UTF-8 (byte {utf8_error.start}); decoded as cp1252"


def _bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the NUL bytes fall as UTF-16 puts them, else None.

    Some Windows tools save UTF-16 without a byte order mark. In such text
    written mostly in Latin script nearly every other byte is NUL, nearly all
    on the same side of each pair (a few characters such as U+0100 or U+4E00
    have a NUL on the other side); in binary formats NULs fall anywhere. The
    trial decode that follows has the last word.
    """
    head = data[:8192]
    head = head[: len(head) - len(head) % 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    if odd_nuls >= 0.6 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.6 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refused when missing, a folder, empty or over `max_bytes`."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError("a folder, not a file")
        if size > max_bytes:
            raise DocumentError(
                f"too large: {size:,} bytes, over the {max_bytes:,}-byte limit (ingest.max_bytes)"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError("no such file") from exc
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise DocumentError("empty file")
    return data


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str | None]:
    """The text of a file and a note about its decoding. Raises DocumentError."""
    text, note = decode(read_bytes(path, max_bytes=max_bytes))
    if not text.strip():
        raise DocumentError("empty file (whitespace only)")
    return text, note


def read_html_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str | None]:
    """The article text of a saved web page and the page's date. Raises DocumentError."""
    data = read_bytes(path, max_bytes=max_bytes)
    try:
        from bot.extract import ExtractError, extract_article
    except ImportError as exc:
        raise DocumentError(f"web pages cannot be read in this installation ({exc})") from exc
    try:
        page = extract_article(data)
    except ExtractError as exc:
        raise DocumentError(f"web page: {exc}") from exc
    return page.text, page.published
