"""The rule for "the same name" (domain/names.py), checked as properties over many names:
invisible characters and look-alike letters never make a different name, and a name
garbled by a spreadsheet is recognised and its right spelling found."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from balintdesk.domain.names import (
    clean_name,
    is_ignorable,
    look_alike_key,
    misread_utf8,
    name_key,
    shown,
)

# Letters of the names a European practice has: ASCII, Latin-1 and Latin Extended-A.
LETTERS = st.characters(
    min_codepoint=0x41, max_codepoint=0x17F, categories=("Lu", "Ll")
)  # fmt: skip
NAMES = st.lists(st.text(LETTERS, min_size=1, max_size=12), min_size=1, max_size=4).map(" ".join)
# Default-ignorable characters (Unicode's DerivedCoreProperties.txt): they draw nothing.
INVISIBLE = st.sampled_from(
    ["\u00ad", "\u034f", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e",
     "\u2060", "\u2066", "\u2069", "\u3164", "\ufe00", "\ufe0f", "\ufeff", "\U000e0041"]
)  # fmt: skip
# Cyrillic letters drawn exactly like Latin ones (confusables.txt maps them so).
CYRILLIC = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і"}


@given(NAMES, st.lists(st.tuples(st.integers(0, 60), INVISIBLE), max_size=4))
def test_invisible_characters_anywhere_do_not_make_another_name(name, inserts) -> None:
    changed = name
    for position, char in inserts:
        changed = changed[:position] + char + changed[position:]
    assert look_alike_key(changed) == look_alike_key(name)


@given(NAMES, st.data())
def test_cyrillic_look_alike_letters_do_not_make_another_name(name, data) -> None:
    swappable = [i for i, c in enumerate(name) if c in CYRILLIC]
    assume(swappable)
    chosen = data.draw(st.sets(st.sampled_from(swappable), min_size=1))
    changed = "".join(CYRILLIC[c] if i in chosen else c for i, c in enumerate(name))
    assert changed != name
    assert look_alike_key(changed) == look_alike_key(name)


@given(NAMES, NAMES)
def test_the_rule_is_coarser_than_the_database_key(a, b) -> None:
    # The unique index is on name_key: whatever the rule lets in, the index accepts.
    if name_key(a) == name_key(b):
        assert look_alike_key(a) == look_alike_key(b)


@given(NAMES, st.sampled_from(["cp1252", "mac_roman"]), st.integers(1, 2))
def test_a_garbled_name_is_recognised_and_its_spelling_found(name, codec, rounds) -> None:
    assume(not name.isascii())
    garbled = name
    for _ in range(rounds):
        try:
            garbled = garbled.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            assume(False)  # Windows-1252 leaves five bytes undefined
    found = misread_utf8(garbled)
    assert found is not None and found[0] == name


@given(NAMES)
def test_clean_name_is_idempotent_and_drops_what_draws_nothing(name) -> None:
    cleaned = clean_name(name + "\u200b")
    assert clean_name(cleaned) == cleaned
    assert not any(is_ignorable(c) for c in cleaned if c not in "\u200c\u200d")


@given(st.text(max_size=500))
def test_shown_is_short_and_draws_every_character(text) -> None:
    quoted = str(shown(text))
    assert len(quoted) <= 60 + len(f"… ({len(text):,} characters)")
    assert not any(c in quoted for c in "\0\r\n\t\u200b\u202e")
