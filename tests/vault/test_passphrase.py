"""passphrase_problem: weak passphrases are refused with a reason; ordinary good ones pass."""

from __future__ import annotations

import pytest

from balintdesk.vault.passphrase import COMMON_PASSWORDS, passphrase_problem


@pytest.mark.parametrize(
    "passphrase",
    [
        "a slow river under winter light",
        "Tuesday clinic ran late again!",
        "cat sun owl map",  # four words, though short
        "Kx9#mQ2$vL7@pR4",
        "Llanfair village, 4 May evening",
        "jeśli nie teraz, to kiedy?",
    ],
)
def test_good_passphrases_pass(passphrase: str) -> None:
    assert passphrase_problem(passphrase, "Dr Anjali Patel") is None


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "Choose a passphrase"),
        ("   ", "Choose a passphrase"),
        ("Tr0ub4dor&3", "at least 12 characters"),
        ("cat sun ox", "at least 12 characters"),
        ("a b c d e", "at least 12 characters"),  # words too short to count
        ("aaaaaaaaaaaaaaaa", "repeated"),
        ("abababababababab", "repeated"),
        ("121212121212", "repeated"),
        ("abcabcabcabcabc", "repeated"),
        ("abcdefghijklmnop", "in order"),
        ("1234567890123", "in order"),
        ("qwertyuiopasdf", "in order"),
        ("ponmlkjihgfedcba", "in order"),
        ("Anjali Patel 1975", "your name"),
        ("patelanjali!!!", "your name"),
        ("DrAnjaliPatel", "your name"),
        ("Password123456!", "most common"),
        ("password password", "repeated"),
        ("iloveyou iloveyou 7", "most common"),
        ("Balintgroup2024!", "most common"),
        ("correct horse battery staple", "most common"),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str, reason: str) -> None:
    problem = passphrase_problem(passphrase, "Dr Anjali Patel")
    assert problem is not None and reason in str(problem)


def test_the_name_rule_needs_a_label() -> None:
    assert passphrase_problem("Anjali Patel 1975") is None


def test_the_common_list_is_about_two_hundred_lowercase_entries() -> None:
    assert len(COMMON_PASSWORDS) >= 200
    assert all(entry == entry.casefold() and entry.isalnum() for entry in COMMON_PASSWORDS)
