"""German money parsing and formatting: examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_desktop.services.money import MAX_CENTS, MoneyError, format_cents, parse_money

cents_values = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12.480,00", 1_248_000),
        ("12480", 1_248_000),
        ("12.480 €", 1_248_000),
        ("12.480,00 €", 1_248_000),
        ("12480,5", 1_248_050),
        ("0,05", 5),
        ("1.234.567,89", 123_456_789),
        (" 7 ", 700),
        ("12.480,00 EUR", 1_248_000),
        ("-5,00", -500),
        ("\u221212,50", -1250),
        ("12\u00a0480,00\u00a0€", 1_248_000),
        ("12 480", 1_248_000),
        ("12 480,50 €", 1_248_050),
        ("1 234 567,89", 123_456_789),
        ("12\u202f480,00", 1_248_000),
        ("12.480,-", 1_248_000),
        ("12.480,–", 1_248_000),
        ("12480,--", 1_248_000),
        ("12.480,- €", 1_248_000),
        ("-5,-", -500),
        ("- 5,00", -500),
        ("€ 12.480", 1_248_000),
    ],
)
def test_accepts_german_input(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    ["12,480.00", "12.48", "1,234,5", "12480.00", "1.23,00", "12,", "", "  ", "€", "abc",
     "12,345", "1.2345", ".480", "--5", "١٢", "12 €€", "1e3", "0x10",
     "1 2 3", "12 48", "1234 567", "12  480", "12 480,0 0", "12 ,50", "1 234.567",
     "12\t480", ",-", "12,-,-", "12,50,-", "12,-50"],
)
def test_refuses_ambiguous_or_broken_input(text: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_money(text, field="Eigenmittel")
    assert str(err.value).startswith("Eigenmittel: ")


def test_refuses_amounts_beyond_the_database_range() -> None:
    with pytest.raises(MoneyError, match="zu groß"):
        parse_money("99999999999999999999")


def test_format_examples() -> None:
    assert format_cents(123_456) == "1.234,56 €"
    assert format_cents(4_000_000, whole=True) == "40.000 €"
    assert format_cents(4_000_050, whole=True) == "40.000,50 €"
    assert format_cents(-5) == "-0,05 €"
    assert format_cents(0, symbol=False) == "0,00"


@given(cents_values)
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_money(format_cents(cents)) == cents
    assert parse_money(format_cents(cents, symbol=False)) == cents
    assert parse_money(format_cents(cents, whole=True)) == cents


@given(st.integers(min_value=0, max_value=10**12))
def test_plain_euros_are_read_as_euros(euros: int) -> None:
    assert parse_money(str(euros)) == euros * 100


@given(cents_values)
def test_format_has_german_shape(cents: int) -> None:
    text = format_cents(cents)
    assert text.endswith(" €")
    number = text.removesuffix(" €").lstrip("-")
    whole, _, frac = number.partition(",")
    assert len(frac) == 2 and frac.isdigit()
    groups = whole.split(".")
    assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@given(st.text(max_size=20))
def test_parse_never_crashes_with_anything_but_money_error(text: str) -> None:
    try:
        value = parse_money(text)
    except MoneyError as exc:
        assert str(exc).startswith("Betrag: ")
    else:
        assert isinstance(value, int) and abs(value) <= MAX_CENTS
        # What was accepted reads back the same from its canonical form.
        assert parse_money(format_cents(value)) == value


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99))
def test_a_dot_with_fewer_than_three_digits_is_refused(whole: int, frac: int) -> None:
    with pytest.raises(MoneyError):
        parse_money(f"{whole}.{frac:02d}")


def _spaced(euros: int, space: str) -> str:
    """``euros`` grouped in threes with ``space`` (``12 480``)."""
    return f"{euros:,}".replace(",", space)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_spaces_between_groups_of_three_are_thousands_separators(euros: int, space: str) -> None:
    assert parse_money(_spaced(euros, space)) == euros * 100
    assert parse_money(_spaced(euros, space) + ",05 €") == euros * 100 + 5


@given(st.text(alphabet="0123456789", min_size=2, max_size=12), st.data())
def test_a_space_is_accepted_only_before_the_last_group_of_three(
    digits: str, data: st.DataObject
) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    text = f"{digits[:cut]} {digits[cut:]}"
    if cut <= 3 and len(digits) - cut == 3:
        assert parse_money(text) == int(digits) * 100
    else:
        with pytest.raises(MoneyError, match="Leerzeichen"):
            parse_money(text)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([",-", ",\u2013", ",--"]))
def test_whole_euros_with_a_dash_read_as_whole_euros(euros: int, dash: str) -> None:
    grouped = format_cents(euros * 100, whole=True, symbol=False)
    assert parse_money(grouped + dash) == euros * 100
    assert parse_money(f"{euros}{dash} €") == euros * 100


def test_spaced_refusal_names_the_field_and_the_rule() -> None:
    with pytest.raises(MoneyError) as err:
        parse_money("1 2 3", field="Eigenmittel")
    message = str(err.value)
    assert message.startswith("Eigenmittel: „1 2 3“")
    assert "Dreiergruppen" in message
