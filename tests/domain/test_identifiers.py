"""Members' professional numbers: each kind's form and, where its issuer publishes one,
its check digit; said as Words, never repeating the number."""

from __future__ import annotations

import pytest

from balintdesk.domain import identifiers
from balintdesk.domain.identifiers import (
    kinds_in_order,
    luhn_is_valid,
    normalise,
    problem,
    recognition_problem,
    validated,
)
from balintdesk.domain.words import WordsError

# 80 doctor, 276 Germany, 090 Bayerische Landesärztekammer, running number, Luhn digit.
EFN = "802760900123455"


def test_luhn_on_the_textbook_example_and_one_digit_off():
    assert luhn_is_valid("79927398713")  # ISO/IEC 7812's and Wikipedia's example
    assert not luhn_is_valid("79927398710")
    assert not luhn_is_valid("7992739871x")


@pytest.mark.parametrize(
    "written",
    [
        EFN,
        "80276 0900 123455",
        "802760-900-123455",
        " 802 760 900 123 455 ",
        "802760\u00a0900123455",
    ],
)
def test_a_valid_efn_however_grouped(written):
    assert problem("efn", written) is None
    assert validated("efn", written) == EFN


def test_every_wrong_efn_check_digit_is_refused_with_the_card_sentence():
    for digit in "0123456789":
        number = EFN[:-1] + digit
        if digit == EFN[-1]:
            continue
        said = problem("efn", number)
        assert said is not None
        assert said.text == (
            "This EFN's check digit is wrong: please check the number on the EFN card."
        )


def test_two_swapped_efn_digits_are_caught():
    swapped = EFN[:9] + EFN[10] + EFN[9] + EFN[11:]
    assert swapped != EFN
    assert problem("efn", swapped) is not None


def test_an_efn_of_the_wrong_length_or_with_letters():
    for bad in (EFN[:-1], EFN + "1", "80276090012345X"):
        assert "15 digits" in problem("efn", bad).text


def test_an_efn_without_276_is_not_german_even_with_a_good_check_digit():
    # 80 040 ... with a Luhn digit: a valid Luhn number, but not Germany's.
    base = "80040090012345"
    number = next(base + d for d in "0123456789" if luhn_is_valid(base + d))
    assert "276" in problem("efn", number).text


@pytest.mark.parametrize("good", ["1234567", "7654321", "0000001"])
def test_gmc_numbers_are_seven_digits_with_no_check_digit(good):
    assert problem("gmc", good) is None


@pytest.mark.parametrize("bad", ["123456", "12345678", "GMC1234", "123456a"])
def test_gmc_numbers_of_another_form(bad):
    assert "7 digits" in problem("gmc", bad).text


def test_big_numbers_are_eleven_digits_and_no_unofficial_check_refuses_them():
    assert problem("big", "19012345601") is None
    assert problem("big", "49043059201") is None
    assert "11 digits" in problem("big", "1901234560").text
    assert "11 digits" in problem("big", "1901234560A").text


@pytest.mark.parametrize("listed", ["10005173140", "10002727377"])
def test_rpps_numbers_from_the_public_directory_pass_their_luhn_key(listed):
    assert problem("rpps", listed) is None


def test_an_rpps_number_with_a_wrong_key_or_length():
    assert "check digit" in problem("rpps", "10005173141").text
    assert "11 digits" in problem("rpps", "1000517314").text


def test_empty_means_none_and_is_never_required():
    for key in identifiers.KINDS:
        assert problem(key, "") is None
        assert problem(key, "  - ") is None
        assert validated(key, " ") == ""


def test_validated_raises_words_that_never_repeat_the_number():
    with pytest.raises(WordsError) as caught:
        validated("efn", EFN[:-1] + "0")
    assert EFN[:-1] not in str(caught.value)
    for key in identifiers.KINDS:
        for bad in ("12", "9" * 15):
            said = problem(key, bad)
            if said is not None:
                assert bad not in said.english()


def test_full_width_digits_are_not_taken_for_digits():
    assert problem("gmc", "１２３４５６７") is not None


def test_normalise_keeps_the_digits_only_of_a_grouped_number():
    assert normalise("12 34-56.7") == "1234567"


def test_the_groups_country_comes_first():
    assert kinds_in_order("DE") == (("efn",), ("gmc", "big", "rpps"))
    assert kinds_in_order("gb") == (("gmc",), ("efn", "big", "rpps"))
    assert kinds_in_order("NL")[0] == ("big",)
    assert kinds_in_order("FR")[0] == ("rpps",)
    assert kinds_in_order("ZZ") == ((), ("efn", "gmc", "big", "rpps"))
    assert kinds_in_order("IT") == ((), ("efn", "gmc", "big", "rpps"))


def test_each_kind_has_a_label_and_a_hint_to_translate():
    for spec in identifiers.KINDS.values():
        assert spec.label.context == spec.hint.context == identifiers.CONTEXT
        assert spec.label.text and spec.hint.text


def test_recognition_is_one_short_line():
    assert recognition_problem("Ärztekammer Nordrhein") is None
    assert recognition_problem("") is None
    assert recognition_problem("  Ärztekammer   Nordrhein ") is None
    assert "one line" in recognition_problem("Ärztekammer\nNordrhein").text
    assert recognition_problem("x" * 120) is None
    long = recognition_problem("x" * 121)
    assert long is not None and long.values == {"limit": 120}
