"""Parties: the public API (find_parties, DocumentParties) and the document defaults.

The sentence is scanned once for gazetteer hits (countries, demonyms, capitals, blocs,
institutions, regions, population groups; see ``_parties_table.py``). Hits grow into
party phrases ("NATO allies", "the Swiss government", "civilians in Gaza"), each phrase
gets the cues around it ("to X", "from X", "X pledged", "X will receive", "X's
package"), and each figure takes the best-placed phrase of its own clause.

``DocumentParties`` answers find_document_parties and find_parties for one document
while scanning the document once and reading each sentence once; the two functions
stay for single questions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from aidclaims.lexicon.currencies import CURRENCY_COUNTRY
from aidclaims.lexicon.places import INSTITUTION_COUNTRY
from aidclaims.money import find_money
from aidclaims.parties.phrases import analyse, build_spans, fallback_cues
from aidclaims.parties.scan import hits_of, name_matches, scan
from aidclaims.parties.select import kept_select, select
from aidclaims.parties.spans import Hit, Memo, Names, Parties, PlaceMention, SentenceReading
from aidclaims.text.sentences import Sentence, find_sentences

# ---------------------------------------------------------------------------------------
# Public API.
# ---------------------------------------------------------------------------------------


def find_place_mentions(text: str, lo: int = 0, hi: int | None = None) -> tuple[PlaceMention, ...]:
    """Every gazetteer hit in ``text[lo:hi]``, with its canonical name and kind.

    Currency adjectives ("Danish kroner") and names that are part of a person's or a
    title's name ("Michael Jordan", "Washington Post") are left out.

    >>> t = "Copenhagen will send 9 billion Danish kroner to Kyiv."
    >>> [(t[m.start:m.end], m.name, m.kind) for m in find_place_mentions(t)]
    [('Copenhagen', 'Denmark', 'country'), ('Kyiv', 'Ukraine', 'country')]
    """
    end = len(text) if hi is None else hi
    return tuple(PlaceMention(h.start, h.end, h.name, h.kind) for h in scan(text, lo, end))


@lru_cache(maxsize=4096)
def countries_of(name: str | None) -> frozenset[str]:
    """The countries a party's name stands for: "U.K., Canada and Japan", "Ottawa", "Pentagon".

    National agencies count for their country (``INSTITUTION_COUNTRY``).

    >>> sorted(countries_of("the U.K., Canada and Japan")), sorted(countries_of("Pentagon"))
    (['Canada', 'Japan', 'United Kingdom'], ['United States'])
    """
    if not name:
        return frozenset()
    found = set()
    for p in find_place_mentions(name):
        if p.kind == "country":
            found.add(p.name)
        elif p.name in INSTITUTION_COUNTRY:
            found.add(INSTITUTION_COUNTRY[p.name])
    return frozenset(found)


def find_parties(
    text: str, sent_start: int, sent_end: int, money_start: int, money_end: int
) -> Parties:
    """Donor and recipient of the figure ``text[money_start:money_end]``.

    Args:
        text: the whole document.
        sent_start: start of the sentence that holds the figure.
        sent_end: end of that sentence (exclusive).
        money_start: start of the money expression.
        money_end: end of the money expression (exclusive).

    Returns:
        The parties found in the figure's clause (or the sentence's main subject for
        the donor); a field is None when the clause names no such party.

    >>> t = "Canada pledged C$500 million to Ukraine."
    >>> find_parties(t, 0, len(t), 15, 28)
    Parties(donor='Canada', recipient='Ukraine')
    """
    sent = analyse(text, sent_start, sent_end, scan(text, sent_start, sent_end))
    return _parties(text, sent, money_start, money_end)


def find_document_parties(text: str) -> Parties:
    """Document-level defaults: the most prominent donor and recipient.

    The recipient is the one the clause rules find most often for the document's
    figures (ties go to the first seen), else the country or region most often after
    "to"/"for"; the donor likewise, falling back on subjects of giving verbs.

    >>> find_document_parties("Japan pledged $5m to Kenya. Kenya thanked Tokyo.")
    Parties(donor='Japan', recipient='Kenya')
    """
    return _document_parties(text, find_sentences(text), _new_memo(text))


class DocumentParties:
    """The parties of one document's figures, reading each sentence once.

    ``defaults`` is what find_document_parties returns and ``find`` what find_parties
    returns, for the same arguments; a sentence (or clause) asked about again, or
    already read for the defaults, is not read again. Build one per document.

    Args:
        text: the whole document.
        sentences: ``find_sentences(text)``, when the caller already has it.
        figures: the spans of ``find_money(text)`` in text order, when the caller has them.

    >>> t = "Japan pledged $5m to Kenya. Kenya thanked Tokyo."
    >>> doc = DocumentParties(t)
    >>> doc.defaults
    Parties(donor='Japan', recipient='Kenya')
    >>> doc.find(0, 27, 14, 17)
    Parties(donor='Japan', recipient='Kenya')
    """

    __slots__ = ("_defaults", "_memo", "_text")

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence] | None = None,
        figures: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """Read the document's sentences for its default parties."""
        self._text = text
        self._memo = _new_memo(text, figures)
        found = find_sentences(text) if sentences is None else sentences
        self._defaults = _document_parties(text, found, self._memo)

    @property
    def defaults(self) -> Parties:
        """The most prominent donor and recipient, as find_document_parties gives them."""
        return self._defaults

    def find(self, sent_start: int, sent_end: int, money_start: int, money_end: int) -> Parties:
        """Donor and recipient of a figure, as find_parties gives them (same arguments)."""
        text, memo = self._text, self._memo
        sent = memo.sentences.get((sent_start, sent_end))
        if sent is None:
            hits = _clause_hits(text, sent_start, sent_end, memo)
            sent = analyse(text, sent_start, sent_end, hits)
            memo.sentences[sent_start, sent_end] = sent
        donor, recipient = kept_select(text, sent, money_start, money_end, memo)
        return _parties_of(
            donor.name if donor is not None else None,
            recipient.name if recipient is not None else None,
        )

    def widen(
        self,
        found: Parties,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        money: tuple[int, int],
        currency: str | None,
    ) -> Parties:
        """Fill the parties a clause leaves open from the sentence, then from the document.

        With no donor anywhere, a national currency names one: a figure in rupees is
        India's (``CURRENCY_COUNTRY``).
        """
        donor, recipient = found.donor, found.recipient
        if (donor is None or recipient is None) and clause != sentence:
            wider = self.find(sentence[0], sentence[1], money[0], money[1])
            donor = donor or wider.donor
            recipient = recipient or wider.recipient
        doc = self._defaults
        donor = donor or doc.donor
        recipient = recipient or doc.recipient
        if donor is not None and recipient is not None and donor == recipient:
            donor = doc.donor if doc.donor != recipient else None
        if donor is None and currency is not None:
            national = CURRENCY_COUNTRY.get(currency)
            donor = national if national != recipient else None
        return _parties_of(donor, recipient)


@lru_cache(maxsize=4096)
def _parties_of(donor: str | None, recipient: str | None) -> Parties:
    """``Parties(donor, recipient)``, made once: a document's figures share a few pairs."""
    return Parties(donor, recipient)


def _new_memo(text: str, figures: Sequence[tuple[int, int]] | None = None) -> Memo:
    if figures is None:
        figures = [(m.start, m.end) for m in find_money(text)]
    return Memo({}, tuple(figures), {})


def _sentence_hits(text: str, lo: int, hi: int, memo: Memo) -> list[Hit]:
    """``scan`` of a sentence, its names kept for the clauses read later (``find``)."""
    found = name_matches(text, lo, hi)
    if lo not in memo.sentence_names:
        memo.sentence_names[lo] = Names(lo, hi, [i for i, _, _ in found], found)
        insort(memo.sentence_starts, lo)
    return hits_of(text, lo, hi, found)


def _clause_hits(text: str, lo: int, hi: int, memo: Memo) -> list[Hit]:
    """``scan`` of a clause, from the names of its sentence when read."""
    starts = memo.sentence_starts
    i = bisect_right(starts, lo) - 1  # the last sentence read that starts at or before lo
    names = memo.sentence_names[starts[i]] if i >= 0 else None
    if names is not None and hi > names.hi:
        names = None
    return scan(text, lo, hi, names)


def _parties(text: str, sent: SentenceReading, money_start: int, money_end: int) -> Parties:
    figures = [(m.start, m.end) for m in find_money(text, sent.start, sent.end)]
    donor, recipient = select(text, sent, money_start, money_end, figures)
    return Parties(
        donor.name if donor is not None else None,
        recipient.name if recipient is not None else None,
    )


def _document_parties(text: str, sentences: Sequence[Sentence], memo: Memo) -> Parties:
    """find_document_parties over given sentences; what it reads goes in ``memo``.

    The sentences without a figure only count for the fallbacks, so they are read only
    when the figures leave a party open, or when a name they could count first stands
    for other entities (a list's name, "A and B") in the figures' sentences.
    """
    t = _tally(text, sentences, memo, fallback=False)
    recipient = _most_common(t.rec)
    if recipient:
        donor = _most_common(t.don, t.keys, t.keys[recipient])
        if donor and all(t.keys[n] == frozenset({n.lower()}) for n in (recipient, *t.don)):
            return Parties(donor, recipient)
    t = _tally(text, sentences, memo, fallback=True)
    recipient = _most_common(t.rec) or _most_common(t.rec_fallback)
    taken = t.keys[recipient] if recipient is not None else frozenset()
    donor = _most_common(t.don, t.keys, taken) or _most_common(t.don_fallback, t.keys, taken)
    return Parties(donor, recipient)


@dataclass(frozen=True, slots=True)
class _Tally:
    """How often each name is found as donor or recipient, and what it names."""

    rec: dict[str, int]
    don: dict[str, int]
    rec_fallback: dict[str, int]
    don_fallback: dict[str, int]
    keys: dict[str, frozenset[str]]  # by name, as first counted


def _tally(text: str, sentences: Sequence[Sentence], memo: Memo, *, fallback: bool) -> _Tally:
    """Count the parties of the figures, and (``fallback``) those of the other sentences."""
    t = _Tally({}, {}, {}, {}, {})
    keys = t.keys
    spans = memo.figures
    for s in sentences:
        lo, hi = s.start, s.end
        i = bisect_left(spans, (lo, lo))  # as sentence_figures: is its first figure inside?
        if i == len(spans) or spans[i][1] > hi:  # no: only the fallback counts the sentence,
            # reading just the two cues it needs; scanned alone, as a sentence with a figure
            # is (quicker than reading the whole document's names once: those sentences are
            # left out, and most have no name)
            if fallback:
                hits = scan(text, lo, hi)
                for span in build_spans(text, lo, hi, hits):
                    rec_cue, don_cue = fallback_cues(text, lo, hi, span)
                    _count(t.rec_fallback, keys, span.name, span.keys, rec_cue)
                    _count(t.don_fallback, keys, span.name, span.keys, don_cue)
            continue
        figures = sentence_figures(text, lo, hi, memo)
        sent = memo.sentences.get((lo, hi))
        if sent is None:
            if fallback:
                continue  # the first count read it: it names no party
            hits = _sentence_hits(text, lo, hi, memo)
            if not hits:
                continue
            sent = memo.sentences[lo, hi] = analyse(text, lo, hi, hits)
        for fig_start, fig_end in figures:
            d, r = kept_select(text, sent, fig_start, fig_end, memo)
            if d is not None:
                _count(t.don, keys, d.name, d.keys, True)
            if r is not None:
                _count(t.rec, keys, r.name, r.keys, True)
        for p in sent.phrases:
            if p.recipient_cue == "cue" and p.kind in ("country", "region"):
                _count(t.rec_fallback, keys, p.name, p.keys, True)
            if p.donor_cue == "subject":
                _count(t.don_fallback, keys, p.name, p.keys, True)
    return t


def _count(
    counts: dict[str, int], keys: dict[str, frozenset[str]], name: str, k: frozenset[str], ok: bool
) -> None:
    if ok:
        counts[name] = counts.get(name, 0) + 1
        keys.setdefault(name, k)


def _most_common(
    counts: dict[str, int],
    keys: Mapping[str, frozenset[str]] | None = None,
    taken: frozenset[str] = frozenset(),
) -> str | None:
    best: str | None = None
    for name, n in counts.items():
        if keys is not None and keys[name] & taken:
            continue
        if best is None or n > counts[best]:
            best = name
    return best


def sentence_figures(text: str, lo: int, hi: int, memo: Memo) -> list[tuple[int, int]]:
    """The document's money spans inside ``text[lo:hi]``."""
    figures = memo.figures
    i = bisect_left(figures, (lo, lo))
    out: list[tuple[int, int]] = []
    while i < len(figures) and figures[i][1] <= hi:
        out.append(figures[i])
        i += 1
    return out
