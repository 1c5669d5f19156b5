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
    reason = binary_reason(data)
    if reason is not None:
        raise ValueError(reason)
    bom = find_bom(data)
    if bom is None:
        return decode_plain(data)
    try:
        return data[len(bom.mark) :].decode(bom.codec)
    except UnicodeDecodeError:
        raise ValueError(f"not valid {bom.label} text") from None


def decode_plain(data: bytes) -> str:
    r"""Decode bytes without a BOM: UTF-8, else Windows-1252.

    Raises:
        ValueError: the bytes are neither.

    >>> decode_plain("€5".encode()), decode_plain(b"\x805")
    ('€5', '€5')
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so it can still fail
        return data.decode("cp1252")
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
