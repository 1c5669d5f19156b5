r"""Decoding bytes into text: byte order marks, binary sniffing, UTF-8 or Windows-1252.

Decoded text is kept exactly as stored (``\r\n`` stays, no Unicode normalisation), because
claim offsets index it.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Bom(NamedTuple):
    """A byte order mark and the codec of the bytes after it."""

    mark: bytes
    codec: str  # decodes the bytes after the mark
    label: str  # for messages: "not valid UTF-16 text"


#: Byte order marks. Order matters: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS: Final[tuple[Bom, ...]] = (
    Bom(b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    Bom(b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    Bom(b"\xef\xbb\xbf", "utf-8", "UTF-8"),  # Notepad and Excel "CSV UTF-8" write it
    Bom(b"\xff\xfe", "utf-16-le", "UTF-16"),  # Windows "Unicode" text
    Bom(b"\xfe\xff", "utf-16-be", "UTF-16"),
)

#: Leading bytes of binary formats people save articles in by mistake (as file(1) knows them).
MAGIC_NUMBERS: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),  # also .docx, .xlsx, .odt, .epub
    (b"PK\x05\x06", "ZIP"),  # an empty archive
    (b"\x1f\x8b", "gzip"),
)


def decode_bytes(data: bytes) -> str:
    r"""Decode a whole text file: UTF-8 (BOM stripped), UTF-16/32 with a BOM, else cp1252.

    See :func:`decode_noted`, which also says what was repaired.

    Raises:
        ValueError: with a short reason when the bytes look binary or do not decode.

    >>> decode_bytes("Kyiv got €5m".encode())
    'Kyiv got €5m'
    >>> decode_bytes(b"\xef\xbb\xbfOslo"), decode_bytes(b"\x805m")
    ('Oslo', '€5m')
    >>> decode_bytes(b"%PDF-1.7")
    Traceback (most recent call last):
    ValueError: binary file (looks like PDF)
    """
    return decode_noted(data)[0]


def decode_noted(data: bytes) -> tuple[str, str | None]:
    """Decode a whole text file as :func:`decode_bytes` does, with a note of any repair.

    Raises:
        ValueError: with a short reason when the bytes look binary or do not decode.
    """
    reason = binary_reason(data)
    if reason is not None:
        raise ValueError(reason)
    bom = find_bom(data)
    if bom is None:
        return decode_text(data)
    try:
        return data[len(bom.mark) :].decode(bom.codec), None
    except UnicodeDecodeError:
        raise ValueError(f"not valid {bom.label} text") from None


def decode_plain(data: bytes) -> str:
    r"""Decode bytes without a BOM (see :func:`decode_text`), without the note.

    >>> decode_plain("€5".encode()), decode_plain(b"\x805")
    ('€5', '€5')
    """
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, str | None]:
    r"""Decode bytes without a BOM: UTF-8, else Windows-1252; and a note of any repair.

    Bytes that are mostly UTF-8 (at least as many valid multi-byte characters as invalid
    sequences) are UTF-8 with a stray byte or two: they are decoded as UTF-8 with each
    invalid sequence replaced by U+FFFD, and the note says how many. Reading them as
    Windows-1252 would turn every "€" into "â‚¬" without a word. Bytes with no valid
    multi-byte UTF-8 character are Windows-1252.

    Raises:
        ValueError: the bytes are neither.

    >>> decode_text("€5 billion".encode())
    ('€5 billion', None)
    >>> decode_text("€5 billion".encode() + b" \x97")
    ('€5 billion �', 'not valid UTF-8 in 1 place: replaced with U+FFFD')
    >>> decode_text(b"\x805 billion")
    ('€5 billion', None)
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    invalid = replaced - data.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 0x7F) - replaced
    if valid >= invalid:
        places = "1 place" if invalid == 1 else f"{invalid} places"
        return text, f"not valid UTF-8 in {places}: replaced with U+FFFD"
    try:  # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so it can still fail
        return data.decode("cp1252"), None
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8 or Windows-1252 text") from None


def find_bom(data: bytes) -> Bom | None:
    """The byte order mark ``data`` starts with, if any."""
    return next((bom for bom in BOMS if data.startswith(bom.mark)), None)


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file look binary (``binary file (looks like PDF)``), or None."""
    for magic, kind in MAGIC_NUMBERS:
        if head.startswith(magic):
            return f"binary file (looks like {kind})"
    bom = find_bom(head)
    if (bom is None or bom.codec == "utf-8") and b"\x00" in head:
        return "binary file (contains NUL bytes)"
    return None
