"""Read speakers: attribute each sentence to the person or organisation who says it.

One pass over the sentences. Each sentence is read outside its quotation marks for
attribution cues (named rules below); the cue's subject is parsed from its words (title,
name, organisation head, document head) and resolved against what the document has said
so far: "Eklund" → "Lars Eklund", "he" → the last person who spoke, "the Secretary General"
→ the last person with that role, "the government" → "Finnish government". Quotations that
span several sentences take the attribution at their end (or start); "This was announced
by X" also attributes the sentence before.

The rules are in :mod:`aidclaims.speakers.cues`, their patterns in
:mod:`aidclaims.speakers.patterns`, and the reading of a subject phrase in
:mod:`aidclaims.speakers.subjects`, the document's memory of names in
:mod:`aidclaims.speakers.memory`. A sentence's letter runs are found once; a sentence
without a cue word or a title skips the rules or the mentions, which are the costly part.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

import regex

from aidclaims.lexicon.currencies import FOREIGN_WIRES
from aidclaims.lexicon.places import PLACE_NAMES_FOLDED
from aidclaims.speakers.cues import Cue, Kind, find_cues
from aidclaims.speakers.memory import Memory, Speaker
from aidclaims.speakers.patterns import CUE_RUNS, HINT_RUNS, SOUGHT_RUNS, LetterRuns
from aidclaims.speakers.subjects import How, fold
from aidclaims.speakers.twin import Twin
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.sentences import Sentence, positions

_QUOTE_MARKS: Final = '"“”„«»'
# "This sum is needed ..., said X": an anaphor opening the sentence points back too.
_ANAPHOR_RE: Final = lazy_compile(
    r"""(?:This|These|Such)(?![\p{L}])
        (?!\s+(?:year|week|month|morning|afternoon|evening|time|spring|summer|autumn|fall
              |winter|quarter|weekend)(?![\p{L}]))""",
    regex.VERBOSE,
)
_TERMINAL_QUOTE_RE: Final = lazy_compile(r'[.!?]["”»]?\s*$')
_DIGIT_RE: Final = lazy_compile(r"\d")
# A headline that names its source after a dash: "Germany may approve EUR 3B in military aid
# for Ukraine next week – Merz" (Ukrinform, UNN, Interfax-Ukraine style).
# Reported speech closed by a dash, as Ukrainian agencies write it: "... for this year. -
# the President emphasized." The attribution covers the paragraph before it.
_DASH_CLOSER_RE: Final = lazy_compile(r"[.!?…][\"”’]?\s*[-–—]\s*\Z")
_DASH_SOURCE_RE: Final = lazy_compile(
    r"\s[–—-]\s?(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})[\s.]*$"
)
_SPACED_DASH: Final = Twin(lazy_compile(r"\s[–—-]"), lambda: r"\s[–—-]")  # where it can start


def _dash_closes(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends in reported speech closed by a dash (``_DASH_CLOSER_RE``).

    Only a stretch holding a dash is searched.

    >>> _dash_closes("for this year. - ", 0, 17), _dash_closes("for this year. ", 0, 15)
    (True, False)
    """
    piece = text[a:b]
    if "-" not in piece and "–" not in piece and "—" not in piece:
        return False
    return _DASH_CLOSER_RE.search(text, a, b) is not None


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


def find_speakers(
    text: str, sentences: Sequence[Sentence], last: int | None = None
) -> tuple[Speaker | None, ...]:
    r"""Attribute each sentence of ``text`` to its speaker.

    Args:
        text: the document text.
        sentences: its sentences, in order (from :func:`aidclaims.text.sentences.find_sentences`).
        last: when given, only the sentences up to this index are asked about: the reading
            stops once no later sentence can change their speakers (any quotation they are
            in closed, and the next sentence read if the last one has no speaker: it may
            point back).

    Returns:
        One entry per sentence read, in the same order: the speaker, or None when the
        sentence is in the article's own voice. Without ``last``, one per sentence.

    >>> from aidclaims.text.sentences import find_sentences
    >>> t = "Aid rose.\nDefence Minister Ana Silva said it was vital.\nSilva added more."
    >>> [s.name if s else None for s in find_speakers(t, find_sentences(t))]
    [None, 'Ana Silva', 'Ana Silva']
    """
    return _Reader(text).read(sentences, last)


# ---------------------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------------------


class _Quotes(NamedTuple):
    """A sentence's quotation marks: the stretches outside quotes and the quote depth."""

    outside: tuple[tuple[int, int], ...] | None  # None: the whole sentence
    has_quote: bool
    opens_first: bool  # the sentence begins with an opening quote
    depth_after: int


def _read_quotes(text: str, s: Sentence, depth: int, marks: Sequence[int]) -> _Quotes:
    """Walk the quote ``marks`` (positions in the text) of sentence ``s``, entered at ``depth``."""
    first = bisect_left(marks, s.start)
    if first == len(marks) or marks[first] >= s.end:  # no quote mark in the sentence
        return _UNQUOTED if depth == 0 else _Quotes((), True, False, depth)
    outside: list[tuple[int, int]] = []
    seg: int | None = s.start if depth == 0 else None
    has_quote = depth > 0
    opens_first = False
    for k in range(first, bisect_left(marks, s.end)):
        q = marks[k]
        has_quote = True
        if _is_opening(text, q, s, depth):
            if seg is not None:
                outside.append((seg, q))
                seg = None
            opens_first = opens_first or q == s.start
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                seg = q + 1
    if seg is not None:
        outside.append((seg, s.end))
    return _Quotes(tuple(outside), has_quote, opens_first, depth)


_UNQUOTED: Final = _Quotes(None, False, False, 0)  # a sentence outside quotes, without a mark


def _is_opening(text: str, q: int, s: Sentence, depth: int) -> bool:
    """Whether the quote mark at ``q`` opens a quotation (by its neighbours, then its glyph).

    A mark before a space closes; one after a space or at the sentence start opens
    (”Congress ... is an opening quote typed the wrong way round).
    """
    after = text[q + 1] if q + 1 < s.end else " "
    before = text[q - 1] if q > s.start else " "
    if after.isspace():
        return False
    if before.isspace() or before in "([{—–-/":
        return True
    if text[q] in "“„«":
        return True
    if text[q] in "”»":
        return False
    return depth == 0


# ---------------------------------------------------------------------------------------
# Document memory and the pass over the sentences
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Run:
    """A quotation spanning several sentences: its members and the opener's attribution."""

    members: list[int]
    opener: Speaker | None
    opener_kind: Kind


@dataclass(slots=True)
class _Reader:
    """One pass over a document's sentences."""

    text: str
    memory: Memory = field(init=False)
    runs: LetterRuns = field(init=False)  # the letter runs of a stretch of the text
    out: list[Speaker | None] = field(default_factory=list)
    kinds: list[Kind] = field(default_factory=list)  # how strongly each sentence was attributed

    def __post_init__(self) -> None:
        self.memory = Memory(self.text)
        self.runs = LetterRuns(self.text, plain=self.memory.plain)

    def read(
        self, sentences: Sequence[Sentence], last: int | None = None
    ) -> tuple[Speaker | None, ...]:
        """Attribute ``sentences`` in order, as far as ``last`` needs (see find_speakers)."""
        text = self.text
        run: _Run | None = None
        depth = 0
        prev_end = 0
        quoted_speaker: Speaker | None = None  # of the previous sentence, if it quoted
        reported: Speaker | None = None  # of the previous sentence, if a person's cue named it
        marks = positions(text, _QUOTE_MARKS)
        memory, out, kinds, letter_runs = self.memory, self.out, self.kinds, self.runs
        for i, s in enumerate(sentences):
            start, end = s.start, s.end
            new_par = i == 0 or text.find("\n", prev_end, start) >= 0
            prev_end = end
            quotes = _read_quotes(text, s, 0 if new_par else depth, marks) if marks else _UNQUOTED
            if new_par and run is not None and not quotes.opens_first:
                self._close(run, None, Kind.NOBODY)  # the quote was not carried on
                run = None
            depth = quotes.depth_after
            runs = SOUGHT_RUNS.intersection(letter_runs(start, end))
            if not HINT_RUNS.isdisjoint(runs):  # else it names no title or organisation head
                memory.note_mentions(s, runs)
            cue, speaker = (None, None)
            if not CUE_RUNS.isdisjoint(runs):  # no rule matches without one of these words
                cue, speaker = self._attribute(quotes, s, runs)
            if cue is None and speaker is None:
                speaker = self._dash_source(s)
            kind = cue.kind if cue is not None else (Kind.PERSON if speaker else Kind.NOBODY)
            continues = (
                cue is None
                and quotes.opens_first
                and (not new_par or _TERMINAL_QUOTE_RE.search(text, start, end))
            )
            if continues and quoted_speaker is not None:
                # "“A,” he said. “B.”": an unattributed quote after a quote goes on with it
                speaker, kind = quoted_speaker, Kind.PERSON
            elif cue is None and not new_par and not quotes.has_quote and reported is not None:
                # "Wong said on Thursday that Australia would step up its support. Australia
                # will provide $10 million ...": reported speech goes on for one sentence of
                # the same paragraph
                speaker, kind = reported, Kind.PERSON
            out.append(speaker)
            kinds.append(kind if speaker is not None else Kind.NOBODY)
            back = cue is not None and speaker is not None and self._points_back(cue, s, new_par)
            if back and out[i - 1] is None:
                out[i - 1], kinds[i - 1] = speaker, kind
            if (
                cue is not None
                and speaker is not None
                and _dash_closes(text, max(start, cue.start - 8), cue.start)
            ):
                self._paragraph_back(sentences, i, speaker, kind)
            if run is not None:
                run.members.append(i)
                if depth == 0:
                    self._close(run, speaker, kind)
                    run = None
            elif depth > 0:
                run = _Run([i], speaker, kind)
            quoted_speaker = out[i] if quotes.has_quote else None
            # only a sentence of pure reported speech carries on: no quote, no figure of its own
            reported = None
            if cue is not None and kind is Kind.PERSON and not quotes.has_quote:
                no_figure = _DIGIT_RE.search(text, start, end) is None
                reported = speaker if no_figure else None
            if last is not None and run is None and (i > last or (i == last and out[i])):
                # A later sentence changes only its own speaker and those after it, and the
                # next one may give its speaker to this one only if this one has none.
                break
        if run is not None:
            self._close(run, None, Kind.NOBODY)
        return tuple(out)

    def _attribute(
        self, quotes: _Quotes, s: Sentence, runs: Collection[str]
    ) -> tuple[Cue | None, Speaker | None]:
        """The best cue outside the quotes of ``s`` and its speaker.

        ``runs``: the sentence's letter runs, or those of them in ``SOUGHT_RUNS``.
        """
        text, read = self.text, self.memory.read
        if quotes.outside is None:
            cues = find_cues(text, s.start, s.end, runs, read)
        else:
            cues = []
            for a, b in quotes.outside:
                whole = (a, b) == (s.start, s.end)
                found = runs if whole else self.runs(a, b)
                cues.extend(find_cues(text, a, b, found, read))
        if len(cues) > 1:
            cues.sort(key=lambda c: (-c.kind, c.start))
        for cue in cues:
            speaker = self.memory.resolve(cue)
            if speaker is not None or cue.how is How.NOBODY:
                return cue, speaker
        return None, None

    def _dash_source(self, s: Sentence) -> Speaker | None:
        """The person a one-line headline names after a dash ("... next week – Merz")."""
        text, a, b = self.text, s.start, s.end
        line_end = text.find("\n", a, b)
        if line_end >= 0 and text[line_end:b].strip():
            return None  # not one line
        if text.find("-", a, b) < 0 and text.find("–", a, b) < 0 and text.find("—", a, b) < 0:
            return None  # no dash to name a source after
        if _SPACED_DASH.search(text, a, b, plain=self.memory.plain) is None:
            return None  # only hyphens inside words: "long-term"
        m = _DASH_SOURCE_RE.search(text, a, b)
        if m is None:
            return None
        name = m.group(1).rstrip(".")  # the group "name"
        if fold(name) in PLACE_NAMES_FOLDED or name.casefold() in FOREIGN_WIRES:
            return None  # "– Ukraine", "– Reuters"
        return self.memory.remember(self.memory.full_name(name, None))

    def _paragraph_back(
        self, sentences: Sequence[Sentence], i: int, speaker: Speaker, kind: Kind
    ) -> None:
        """Give the unattributed sentences of ``i``'s paragraph before it to ``speaker``."""
        j = i - 1
        while j >= 0 and self.out[j] is None:
            if self.text.find("\n", sentences[j].end, sentences[j + 1].start) >= 0:
                break  # the paragraph starts at j + 1
            self.out[j], self.kinds[j] = speaker, kind
            j -= 1

    def _points_back(self, cue: Cue, s: Sentence, new_par: bool) -> bool:
        """Whether the cue also attributes the previous sentence ("This was announced by")."""
        if len(self.out) < 2:  # no sentence before
            return False
        if cue.back:
            return True
        return (
            not new_par
            and cue.kind >= Kind.ORG
            and _ANAPHOR_RE.match(self.text, s.start, s.end) is not None
        )

    def _close(self, run: _Run, closer: Speaker | None, closer_kind: Kind) -> None:
        """Give a finished quotation its attribution: the closer's, else a stronger opener's.

        "“A. B,” as reported by Balt24" after "Eklund said: “...": the quote stays Eklund's.
        """
        speaker, kind = closer, closer_kind
        if closer is None or (run.opener is not None and run.opener_kind > closer_kind):
            speaker, kind = run.opener, run.opener_kind
        if speaker is None:
            return
        for i in run.members:
            if self.out[i] is None or self.kinds[i] < kind:
                self.out[i], self.kinds[i] = speaker, kind
