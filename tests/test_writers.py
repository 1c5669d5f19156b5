"""Tests for aidclaims.io.writers: CSV, JSON, JSON Lines and the rich table."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from aidclaims.io import writers
from aidclaims.io.table import format_value, write_table
from aidclaims.io.writers import (
    CsvWriter,
    claim_to_row,
    write_csv,
    write_json,
    write_jsonl,
)
from aidclaims.model import FIELDS, AidType, Claim, Novelty, Qualifier, Rate, Status

# --- fixtures (invented sentences, not from the corpus) -----------------------------------

SENTENCE = "Chile pledged $60 billion in reconstruction aid to Moldova, minister Ana Vidal said."

FULL = Claim(
    doc="news/014_chile.txt",
    start=14,
    end=25,
    amount_text="$60 billion",
    value=60_000_000_000.0,
    currency="USD",
    qualifier=Qualifier.EXACT,
    rate=Rate.TOTAL,
    period_text="in the first quarter of 2025",
    period_start=date(2025, 1, 1),
    period_end=date(2025, 3, 31),
    status=Status.PLEDGED,
    aid_type=AidType.RECONSTRUCTION,
    donor="Chile",
    recipient="Moldova",
    speaker="Ana Vidal",
    sentence=SENTENCE,
    speaker_role="minister",
    aid=True,
)

MINIMAL = Claim(doc="a.txt", start=0, end=2, amount_text="€5", value=None)

RANGE = FULL.model_copy(
    update={
        "amount_text": "between €2.5m and €3.75m",
        "value": 2_500_000.5,
        "value_max": 3_750_000.0,
        "currency": "EUR",
        "qualifier": Qualifier.RANGE,
        "rate": Rate.PER_MONTH,
        "period_start": None,
        "period_end": None,
        "period_text": "every month",
        "aid": False,
    }
)

#: Text that a CSV writer must quote (RFC 4180): commas, quotes, line breaks of every kind.
AWKWARD = FULL.model_copy(
    update={
        "doc": "dir, with comma/ö.txt",
        "speaker": 'Jean "JJ" Müller, deputy',
        "sentence": 'Line one,\nline "two"\r\nline three\rend\u2028sep',
        "donor": "Ñuñoa council",
    }
)


def _csv(claims: list[Claim], **options: bool) -> str:
    buf = io.StringIO(newline="")
    write_csv(claims, buf, **options)
    return buf.getvalue()


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _render(claims: list[Claim], documents: int, **console: object) -> str:
    buf = io.StringIO()
    write_table(claims, Console(file=buf, width=200, **console), documents=documents)  # type: ignore[arg-type]
    return buf.getvalue()


# --- claim_to_row -------------------------------------------------------------------------


def test_claim_to_row_is_json_ready_in_fields_order() -> None:
    row = claim_to_row(FULL)
    assert tuple(row) == FIELDS
    assert row["qualifier"] == "exact"
    assert type(row["qualifier"]) is str
    assert type(row["aid_type"]) is str
    assert row["period_start"] == "2025-01-01"
    assert row["period_end"] == "2025-03-31"
    assert row["value"] == 60_000_000_000.0
    assert row["aid"] is True


def test_claim_to_row_keeps_none_as_null() -> None:
    row = claim_to_row(MINIMAL)
    assert row["value"] is None
    assert row["status"] is None
    assert row["period_start"] is None
    assert json.dumps(row["value"]) == "null"


# --- CSV ----------------------------------------------------------------------------------


def test_csv_header_is_fields_in_order() -> None:
    text = _csv([FULL])
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert tuple(header) == FIELDS


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({}, id="plain"),
        pytest.param({"raw": True}, id="raw"),
    ],
)
def test_csv_empty_input_still_writes_exactly_the_header(options: dict[str, bool]) -> None:
    text = _csv([], **options)
    assert text == ",".join(FIELDS) + "\r\n"


def test_csv_writer_writes_header_on_construction_and_counts() -> None:
    buf = io.StringIO(newline="")
    writer = CsvWriter(buf)
    assert buf.getvalue() == ",".join(FIELDS) + "\r\n"
    assert writer.count == 0
    writer.write(FULL)
    writer.write(MINIMAL)
    assert writer.count == 2
    assert len(_csv_rows(buf.getvalue())) == 2


def test_write_csv_consumes_a_generator_and_returns_count() -> None:
    def gen() -> Iterator[Claim]:
        yield FULL
        yield RANGE
        yield MINIMAL

    buf = io.StringIO(newline="")
    assert write_csv(gen(), buf) == 3
    assert len(_csv_rows(buf.getvalue())) == 3


def test_csv_rfc4180_quoting_round_trips() -> None:
    text = _csv([AWKWARD])
    (row,) = _csv_rows(text)
    assert row["doc"] == AWKWARD.doc
    assert row["speaker"] == AWKWARD.speaker
    assert row["sentence"] == AWKWARD.sentence
    assert row["donor"] == AWKWARD.donor
    # quotes doubled, the cell quoted, rows ended by CRLF
    assert '"Jean ""JJ"" Müller, deputy"' in text
    assert text.endswith("\r\n")


def test_csv_embedded_newlines_stay_inside_quotes() -> None:
    text = _csv([AWKWARD, FULL])
    rows = _csv_rows(text)
    assert [r["sentence"] for r in rows] == [AWKWARD.sentence, FULL.sentence]


@pytest.mark.parametrize(
    ("claim", "field", "expected"),
    [
        pytest.param(FULL, "value", "60000000000", id="integral-float-no-dot-zero"),
        pytest.param(RANGE, "value", "2500000.5", id="fraction-kept-exact"),
        pytest.param(RANGE, "value_max", "3750000", id="value-max"),
        pytest.param(
            FULL.model_copy(update={"value": 1.25e21}),
            "value",
            "1250000000000000000000",
            id="huge-no-exponent",
        ),
        pytest.param(
            FULL.model_copy(update={"value": 1e-7}), "value", "0.0000001", id="tiny-no-exponent"
        ),
        pytest.param(MINIMAL, "value", "", id="none-empty"),
        pytest.param(MINIMAL, "status", "", id="none-enum-empty"),
        pytest.param(FULL, "start", "14", id="int"),
        pytest.param(FULL, "qualifier", "exact", id="enum-value"),
        pytest.param(RANGE, "rate", "per_month", id="enum-underscore"),
        pytest.param(FULL, "period_start", "2025-01-01", id="date-iso"),
        pytest.param(FULL, "aid", "true", id="bool-true"),
        pytest.param(RANGE, "aid", "false", id="bool-false"),
    ],
)
def test_csv_cell_formats(claim: Claim, field: str, expected: str) -> None:
    (row,) = _csv_rows(_csv([claim]))
    assert row[field] == expected


def test_csv_negative_value_is_a_number_not_neutralised() -> None:
    claim = FULL.model_copy(update={"value": -5.0, "value_max": -2.5})
    (row,) = _csv_rows(_csv([claim]))
    assert row["value"] == "-5"
    assert row["value_max"] == "-2.5"


# Formula injection (OWASP): each hostile text, where it goes, and what the cell must read.
INJECTIONS = [
    pytest.param("speaker", '=HYPERLINK("http://evil","x")', id="equals-hyperlink-speaker"),
    pytest.param("sentence", "+cmd|' /C calc'!A0", id="plus-cmd"),
    pytest.param("sentence", "-2+3", id="minus-arith"),
    pytest.param("sentence", "@SUM(A1)", id="at-sum"),
    pytest.param("sentence", "\t=1+1", id="tab"),
    pytest.param("sentence", "\r=1+1", id="carriage-return"),
    pytest.param("doc", "=cmd.txt", id="doc"),
    pytest.param("amount_text", "-$5 billion", id="amount-text"),
    pytest.param("donor", "@donor", id="donor"),
    pytest.param("period_text", "+1 year", id="period-text"),
    pytest.param("speaker_role", "=role", id="speaker-role"),
    pytest.param("currency", "=USD", id="currency"),
]


@pytest.mark.parametrize(("field", "hostile"), INJECTIONS)
def test_csv_neutralises_formula_cells(field: str, hostile: str) -> None:
    claim = FULL.model_copy(update={field: hostile})
    (row,) = _csv_rows(_csv([claim]))
    assert row[field] == "'" + hostile


@pytest.mark.parametrize(("field", "hostile"), INJECTIONS)
def test_csv_raw_leaves_formula_cells_as_is(field: str, hostile: str) -> None:
    claim = FULL.model_copy(update={field: hostile})
    (row,) = _csv_rows(_csv([claim], raw=True))
    assert row[field] == hostile


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ana Vidal", id="name"),
        pytest.param("€20 billion", id="euro-sign"),
        pytest.param("padded =", id="equals-after-text"),
        pytest.param("a=b", id="equals-inside"),
        pytest.param("'quoted", id="apostrophe"),
        pytest.param("", id="empty"),
    ],
)
def test_csv_leaves_harmless_text_alone(text: str) -> None:
    claim = FULL.model_copy(update={"speaker": text})
    (row,) = _csv_rows(_csv([claim]))
    assert row["speaker"] == text


def test_csv_hostile_claim_all_at_once() -> None:
    hostile = FULL.model_copy(
        update={"speaker": '=HYPERLINK("http://evil","x")', "sentence": "@SUM(A1)"}
    )
    safe, raw = _csv_rows(_csv([hostile]))[0], _csv_rows(_csv([hostile], raw=True))[0]
    assert safe["speaker"] == '\'=HYPERLINK("http://evil","x")'
    assert safe["sentence"] == "'@SUM(A1)"
    assert raw["speaker"] == hostile.speaker
    assert raw["sentence"] == hostile.sentence
    # numbers and the other text cells are identical in both modes
    assert {k: v for k, v in safe.items() if k not in ("speaker", "sentence")} == {
        k: v for k, v in raw.items() if k not in ("speaker", "sentence")
    }


@pytest.mark.parametrize(
    ("excel", "starts_with_bom"),
    [
        pytest.param(True, True, id="excel-bom"),
        pytest.param(False, False, id="no-bom"),
    ],
)
def test_csv_bom(excel: bool, starts_with_bom: bool) -> None:
    text = _csv([AWKWARD], excel=excel)
    assert text.startswith("\ufeff") is starts_with_bom
    assert text.count("\ufeff") == (1 if excel else 0)
    body = text.removeprefix("\ufeff")
    assert body.startswith(",".join(FIELDS) + "\r\n")
    # utf-8-sig reading (what Excel does) gives clean headers and accented names
    data = text.encode("utf-8").decode("utf-8-sig")
    (row,) = _csv_rows(data)
    assert row["speaker"] == AWKWARD.speaker


def test_csv_bom_written_even_without_claims() -> None:
    assert _csv([], excel=True) == "\ufeff" + ",".join(FIELDS) + "\r\n"


# --- JSON and JSON Lines ------------------------------------------------------------------


def test_jsonl_one_object_per_line_in_fields_order() -> None:
    buf = io.StringIO()
    assert write_jsonl([FULL, AWKWARD, MINIMAL], buf) == 3
    text = buf.getvalue()
    lines = text.split("\n")
    assert lines[-1] == ""
    assert len(lines) == 4  # U+2028 and escaped newlines in AWKWARD stay inside one line
    for line, claim in zip(lines[:3], [FULL, AWKWARD, MINIMAL], strict=True):
        row = json.loads(line)
        assert tuple(row) == FIELDS
        assert Claim.model_validate(row) == claim


def test_jsonl_keeps_non_ascii_unescaped() -> None:
    buf = io.StringIO()
    write_jsonl([AWKWARD], buf)
    assert "Müller" in buf.getvalue()
    assert "\\u00fc" not in buf.getvalue()


@pytest.mark.parametrize(
    ("writer", "field"),
    [
        pytest.param(write_jsonl, "speaker", id="jsonl-speaker"),
        pytest.param(write_json, "sentence", id="json-sentence"),
    ],
)
def test_json_formats_never_neutralise(writer: object, field: str) -> None:
    hostile = FULL.model_copy(update={field: "=1+1"})
    buf = io.StringIO()
    writer([hostile], buf)  # type: ignore[operator]
    assert '"=1+1"' in buf.getvalue()


def test_jsonl_empty_input_writes_nothing() -> None:
    buf = io.StringIO()
    assert write_jsonl([], buf) == 0
    assert buf.getvalue() == ""


def test_json_empty_input_is_empty_array() -> None:
    buf = io.StringIO()
    assert write_json([], buf) == 0
    assert json.loads(buf.getvalue()) == []
    assert buf.getvalue().strip() == "[]"


def test_json_array_streamed_and_round_trips() -> None:
    def gen() -> Iterator[Claim]:
        yield FULL
        yield RANGE
        yield AWKWARD

    buf = io.StringIO()
    assert write_json(gen(), buf) == 3
    text = buf.getvalue()
    assert text.startswith("[{")
    assert text.count(",\n") == 2
    data = json.loads(text)
    assert [Claim.model_validate(d) for d in data] == [FULL, RANGE, AWKWARD]
    assert all(tuple(d) == FIELDS for d in data)


def test_json_writes_a_non_finite_value_as_null() -> None:
    # issue #13: "$" + "9" * 400 is inf; JSON has no inf, and a writer must never raise
    claim = FULL.model_copy(update={"value": float("nan"), "value_max": float("inf")})
    stream = io.StringIO()
    write_jsonl([claim], stream)
    row = json.loads(stream.getvalue())
    assert (row["value"], row["value_max"]) == (None, None)


# --- property tests -----------------------------------------------------------------------

_TEXT = st.text(max_size=40)
_NAME = st.one_of(st.none(), st.text(min_size=1, max_size=20))
_MONEY = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e18, max_value=1e18)
_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))

#: Modest example counts; too_slow is suppressed because hypothesis builds its unicode table
#: on the first st.text() draw of a fresh checkout (over a second), which is not our strategy.
_PROPERTY = settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    start = draw(st.integers(min_value=0, max_value=10**6))
    end = start + draw(st.integers(min_value=1, max_value=200))
    value = draw(st.one_of(st.none(), _MONEY))
    value_max = None
    if value is not None and draw(st.booleans()):
        value_max = value + draw(st.floats(min_value=0, max_value=1e12))
    period = draw(st.lists(_DATES, min_size=2, max_size=2).map(sorted))
    has_start, has_end = draw(st.booleans()), draw(st.booleans())
    return Claim(
        doc=draw(st.text(min_size=1, max_size=30)),
        start=start,
        end=end,
        amount_text=draw(st.text(min_size=1, max_size=20)),
        value=value,
        value_max=value_max,
        currency=draw(st.one_of(st.none(), st.sampled_from(["USD", "EUR", "GBP", "JPY"]))),
        qualifier=draw(st.sampled_from(Qualifier)),
        rate=draw(st.sampled_from(Rate)),
        period_text=draw(_NAME),
        period_start=period[0] if has_start else None,
        period_end=period[1] if has_end else None,
        status=draw(st.one_of(st.none(), st.sampled_from(Status))),
        aid_type=draw(st.one_of(st.none(), st.sampled_from(AidType))),
        donor=draw(_NAME),
        recipient=draw(_NAME),
        speaker=draw(_NAME),
        sentence=draw(_TEXT),
        speaker_role=draw(_NAME),
        aid=draw(st.booleans()),
    )


@_PROPERTY
@given(st.lists(claims(), max_size=3))
def test_jsonl_round_trips(generated: list[Claim]) -> None:
    buf = io.StringIO()
    write_jsonl(generated, buf)
    lines = buf.getvalue().split("\n")[:-1]
    assert [Claim.model_validate(json.loads(line)) for line in lines] == generated


@_PROPERTY
@given(st.lists(claims(), max_size=3))
def test_json_round_trips(generated: list[Claim]) -> None:
    buf = io.StringIO()
    write_json(generated, buf)
    assert [Claim.model_validate(d) for d in json.loads(buf.getvalue())] == generated


def _from_csv_row(row: dict[str, str]) -> Claim:
    """Read back a raw CSV row: empty cells are None, except the always-present sentence."""
    data: dict[str, object] = {k: (v if v != "" else None) for k, v in row.items()}
    data["sentence"] = row["sentence"]
    data["aid"] = row["aid"] == "true"
    return Claim.model_validate(data)


@_PROPERTY
@given(st.lists(claims(), max_size=3))
def test_csv_raw_round_trips(generated: list[Claim]) -> None:
    rows = _csv_rows(_csv(generated, raw=True))
    assert [_from_csv_row(r) for r in rows] == generated


# --- table --------------------------------------------------------------------------------


def test_table_shows_footer_columns_and_not_the_sentence() -> None:
    out = _render([FULL, RANGE, MINIMAL], documents=3)
    assert "3 documents, 3 claims" in out
    assert SENTENCE not in out
    assert "reconstruction aid to Moldova" not in out
    for header in (
        "doc",
        "amount",
        "value",
        "cur.",
        "qualifier",
        "rate",
        "period",
        "status",
        "speaker",
    ):
        assert header in out
    assert "$60 billion" in out
    assert "60 bn" in out
    assert "2.5–3.75 m" in out
    assert "2025-01-01 – 2025-03-31" in out
    assert "every month" in out  # period_text when there are no dates
    assert "Ana Vidal" in out
    assert "pledged" in out


@pytest.mark.parametrize(
    ("documents", "claims_", "footer"),
    [
        pytest.param(0, [], "0 documents, 0 claims", id="empty"),
        pytest.param(1, [FULL], "1 document, 1 claim", id="singular"),
        pytest.param(2, [FULL, RANGE], "2 documents, 2 claims", id="plural"),
    ],
)
def test_table_footer_counts(documents: int, claims_: list[Claim], footer: str) -> None:
    buf = io.StringIO()
    shown = write_table(iter(claims_), Console(file=buf, width=200), documents=documents)
    assert shown == len(claims_)
    assert footer in buf.getvalue()


def test_table_shortens_long_doc_keeping_file_name() -> None:
    doc = "/".join(["deep"] * 20) + "/017_tail_name.txt"
    out = _render([FULL.model_copy(update={"doc": doc})], documents=1)
    assert "017_tail_name.txt" in out  # the file name alone: it is unambiguous (issue #12)
    assert "deep/" not in out


def test_table_does_not_read_markup() -> None:
    claim = FULL.model_copy(update={"speaker": "[bold]Ana[/] [/x]", "amount_text": "[red]$5"})
    out = _render([claim], documents=1)
    assert "[bold]Ana[/] [/x]" in out
    assert "[red]$5" in out


def test_table_puts_multiline_amount_on_one_line() -> None:
    out = _render([FULL.model_copy(update={"amount_text": "$60\nbillion"})], documents=1)
    assert "$60 billion" in out


@pytest.mark.parametrize(
    ("claim", "dimmed"),
    [
        pytest.param(RANGE, True, id="non-aid-dim"),
        pytest.param(FULL, False, id="aid-normal"),
    ],
)
def test_table_dims_non_aid_rows(claim: Claim, dimmed: bool) -> None:
    out = _render([claim], documents=1, force_terminal=True, color_system="standard")
    assert ("\x1b[2m" in out) is dimmed


# --- format_value -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "value_max", "expected"),
    [
        pytest.param(60_000_000_000.0, None, "60 bn", id="60bn"),
        pytest.param(1_500_000_000, None, "1.5 bn", id="1.5bn"),
        pytest.param(1.25e12, None, "1.25 tn", id="tn"),
        pytest.param(275_000_000, None, "275 m", id="275m"),
        pytest.param(30_500_000, None, "30.5 m", id="30.5m"),
        pytest.param(2500, None, "2,500", id="thousands-separator"),
        pytest.param(999_999, None, "999,999", id="just-below-million"),
        pytest.param(1_000_000, None, "1 m", id="million"),
        pytest.param(2_500_000.5, None, "2.5 m", id="tiny-fraction-rounded"),
        pytest.param(1_234_567_890, None, "1.235 bn", id="three-decimals-half-up"),
        pytest.param(999_999_999.9, None, "1 bn", id="rounding-moves-scale-up"),
        pytest.param(999_400_000, None, "999.4 m", id="no-premature-scale-up"),
        pytest.param(1.5e15, None, "1,500 tn", id="beyond-tn"),
        pytest.param(0.5, None, "0.5", id="below-one"),
        pytest.param(0.0, None, "0", id="zero"),
        pytest.param(-2.5e9, None, "-2.5 bn", id="negative"),
        pytest.param(None, None, "", id="none"),
        pytest.param(None, 5e9, "", id="none-lower-bound"),
        pytest.param(20e9, 40e9, "20–40 bn", id="range-same-scale"),
        pytest.param(900e6, 1.2e9, "900 m–1.2 bn", id="range-across-scales"),
        pytest.param(2500, 7500, "2,500–7,500", id="range-unscaled"),
        pytest.param(5e9, 5e9, "5 bn", id="range-equal-bounds"),
    ],
)
def test_format_value(value: float | None, value_max: float | None, expected: str) -> None:
    assert format_value(value, value_max) == expected


# --- any record with the chosen fields: converted claims, pledges (issue 11) ------------------


def test_record_to_row_takes_any_fields_and_lists() -> None:
    from types import SimpleNamespace

    from aidclaims.io.writers import record_to_row

    record = SimpleNamespace(
        pledge_id="p-1", sources=("a", "https://x.org/a"), fx_date=date(2024, 6, 14)
    )
    row = record_to_row(record, ("pledge_id", "sources", "fx_date", "missing"))
    assert row == {
        "pledge_id": "p-1",
        "sources": ["a", "https://x.org/a"],
        "fx_date": "2024-06-14",
        "missing": None,
    }


def test_csv_list_cell_is_joined_and_guarded() -> None:
    from types import SimpleNamespace

    stream = io.StringIO()
    write_csv([SimpleNamespace(sources=("a", "=cmd()"))], stream, fields=("sources",))
    # quoted: a spreadsheet that splits on ';' must not cut the cell
    assert stream.getvalue() == 'sources\r\n"a; \'=cmd()"\r\n'


def test_json_writers_take_extra_fields() -> None:
    from aidclaims.pledges.fx import FX_FIELDS, ConvertedClaim

    claim = ConvertedClaim(doc="a", start=0, end=3, amount_text="$5m", value=5e6, fx_rate=0.5)
    stream = io.StringIO()
    write_jsonl([claim], stream, fields=(*FIELDS, *FX_FIELDS))
    row = json.loads(stream.getvalue())
    assert list(row)[-len(FX_FIELDS) :] == list(FX_FIELDS)
    assert row["fx_rate"] == 0.5


# --- the fast paths of JSON Lines (issue 10: the parent of --jobs 2 writes every line) ---


def _generic_row(claim: object) -> dict[str, object]:
    """record_to_row as it read before its Claim fast path: getattr and _json_value per field."""
    return {name: writers._json_value(getattr(claim, name, None)) for name in FIELDS}


@_PROPERTY
@given(
    claims(),
    st.sampled_from([None, math.inf, -math.inf, math.nan]),
    st.one_of(st.none(), st.sampled_from(Novelty)),
    _NAME,
)
def test_claim_row_fast_path_equals_the_generic_one(
    base: Claim, odd: float | None, novelty: Novelty | None, basis: str | None
) -> None:
    claim = base.model_copy(
        update={"novelty": novelty, "pledge_id": basis, "currency_basis": basis}
    )
    # a non-finite value (the model accepts it; finite_claims nulls it before writing)
    odd_claim = claim.model_copy(update={"value": odd, "value_max": None}) if odd else claim
    for each in (claim, odd_claim):
        row = writers.record_to_row(each)
        assert row == _generic_row(each)
        assert list(row) == list(FIELDS)
        assert all(type(v) in (str, int, float, bool, type(None)) for v in row.values())
        assert claim_to_row(each) == row


def test_claim_row_fast_path_is_only_for_claims_and_all_fields() -> None:
    class Wider(Claim):
        note: str = "x"

    wider = Wider(**FULL.model_dump(), note="kept")
    assert writers.record_to_row(wider, (*FIELDS, "note"))["note"] == "kept"
    assert writers.record_to_row(FULL, ("doc", "qualifier")) == {
        "doc": FULL.doc,
        "qualifier": "exact",
    }


def test_escape_gate_finds_every_character_that_translate_escapes() -> None:
    for code in range(0x110000):
        char = chr(code)
        escaped = char.translate(writers._JSON_ESCAPES) != char
        assert (writers._ESCAPE_DUE_RE.search(f"a{char}b") is not None) == escaped, hex(code)


@pytest.mark.parametrize("code", [*range(0x100), 0x2027, 0x2028, 0x2029, 0x202A, 0x1F600])
def test_row_to_json_escapes_as_translate_does(code: int) -> None:
    row = {"sentence": f"Aid {chr(code)} rose", "doc": chr(code)}
    plain = json.dumps(row, ensure_ascii=False)
    assert writers.row_to_json(row) == plain.translate(writers._JSON_ESCAPES)
