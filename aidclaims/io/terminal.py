r"""Text safe to show on a terminal: control characters are shown as escapes, never run.

An article, an id or a file name may hold ESC sequences (``\x1b]0;title\x07``, ``\x1b[2J``)
that rewrite the user's terminal, or bidirectional overrides that reorder what is shown
(Trojan Source). Everything aidclaims writes to a terminal goes through :func:`printable`.
"""

from __future__ import annotations

from typing import Final

#: Characters shown as escapes: C0 controls, DEL, C1 controls (U+0080-U+009F, which some
#: terminals run like ESC sequences: U+009B is CSI), line and paragraph separators, and the
#: bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
UNSAFE_CODE_POINTS: Final[frozenset[int]] = frozenset(
    [
        *range(0x00, 0x20),
        0x7F,
        *range(0x80, 0xA0),
        0x2028,
        0x2029,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)

#: Short escapes for the controls people recognise.
_SHORT: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(code: int) -> str:
    char = chr(code)
    if char in _SHORT:
        return _SHORT[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE: Final = {code: _escape(code) for code in UNSAFE_CODE_POINTS}
_TABLE_KEEP_NEWLINES: Final = {code: text for code, text in _TABLE.items() if code != 0x0A}


def printable(text: str, *, keep_newlines: bool = False) -> str:
    r"""Show control characters as escapes, so ``text`` is one harmless line on a terminal.

    Args:
        text: any text (a message, a file name, a table cell).
        keep_newlines: keep ``\n`` (for data written to a terminal, such as CSV rows).

    Returns:
        The text with every character of :data:`UNSAFE_CODE_POINTS` as ``\xNN``, ``\uNNNN``
        or ``\n``; lone surrogates (from undecodable file names) become ``\udcNN`` too.

    >>> printable("a\x1b]0;pwned\x07b\nc")
    'a\\x1b]0;pwned\\x07b\\nc'
    >>> printable("Kyiv\u202e", keep_newlines=True), printable("x\ud880")
    ('Kyiv\\u202e', 'x\\ud880')
    """
    out = text.translate(_TABLE_KEEP_NEWLINES if keep_newlines else _TABLE)
    if not out.isascii():
        try:
            out.encode("utf-8")
        except UnicodeEncodeError:
            out = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) < 0xE000 else c for c in out)
    return out
