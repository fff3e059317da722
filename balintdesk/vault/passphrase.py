"""Whether a passphrase is good enough to guard a vault, with a reason a person can act on.

Argon2id makes each guess slow, but a passphrase from the top of every cracking list, or
the doctor's own name, falls in a handful of guesses anyway. The rules are few and
explained; they are not a strength meter.
"""

from __future__ import annotations

import unicodedata

from balintdesk.domain.words import Words

CONTEXT = "Passphrase"

MIN_CHARACTERS = 12
MIN_WORDS = 4
MIN_WORD_CHARACTERS = 3
MIN_DISTINCT_CHARACTERS = 5

# The most common passwords in public breach lists, and words the practice itself makes
# likely. Compared after dropping case, spaces, punctuation and trailing digits, so
# "Password123!" counts as "password".
_COMMON_PASSWORDS_TEXT = """
    123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123
    abc123 1234 password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine
    princess letmein 654321 monkey 27653 1qaz2wsx 123321 qwertyuiop superman asdfghjkl
    trustno1 football baseball welcome shadow master michael jennifer jordan hunter
    ranger buster soccer harley batman andrew tigger charlie robert thomas hockey
    daniel starwars klaster 112233 george computer michelle jessica pepper 131313
    freedom 121212 maggie ginger 555555 joshua cheese amanda summer love ashley nicole
    chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor
    matrix mobilemail mom monitor monitoring montana moon moscow mother passw0rd
    p4ssw0rd passwort motdepasse contrasena senha secret secret123 admin administrator
    root toor login guest default changeme changeit temp temppassword test testing
    tester qwe123 qweasd qweasdzxc asdf asdfgh asdf1234 zxcvbnm zxcvbn 1qazxsw2 q1w2e3r4
    q1w2e3r4t5 1q2w3e4r5t 1q2w3e 11111111 00000000 88888888 666666 777777 999999
    987654 456789 147258369 159753 753951 789456123 password12 password123 pass1234
    iloveyou1 loveyou lovely babygirl baby angel angels princess1 sweety flower
    hello hello123 hellokitty whatever nothing blahblah letmein1 welcome1 welcome123
    sunshine1 football1 superman1 qwertyui abcdef abcdefg abcdefgh abc12345 aaaaaa
    samsung apple google facebook linkedin microsoft windows linux ubuntu internet
    liverpool arsenal manchester london england cardiff scotland wales ireland
    chocolate cookie banana orange purple yellow silver golden diamond
    doctor surgery nurse patient hospital medicine medical practice clinic
    healthcare health nhs nhsdigital general generalpractice gp gpsurgery
    balint balintgroup balintdesk reflection reflections privatenotes mynotes notes
    diary journal confidential private secure security correcthorsebatterystaple
    trustnoone iloveyoutoo ihateyou letmeinnow opensesame
"""
COMMON_PASSWORDS = frozenset(_COMMON_PASSWORDS_TEXT.split())

# Runs of keys or letters people slide along; a passphrase that is a slice of one of
# these (forwards or backwards) is refused however long it is.
_SEQUENCES = (
    "01234567890123456789",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _core(text: str) -> str:
    """Letters and digits with trailing digits dropped: what is left of "Password2024!"."""
    return _letters_and_digits(text).rstrip("0123456789")


def _is_sequence(compact: str) -> bool:
    return any(compact in run or compact[::-1] in run for run in _SEQUENCES)


def _is_repetition(compact: str) -> bool:
    """The whole thing is a short piece said again and again ("abcabcabcabc")."""
    return any(
        len(compact) % size == 0 and compact == compact[:size] * (len(compact) // size)
        for size in range(1, len(compact) // 2 + 1)
    )


def _names_the_label(compact: str, label: str) -> bool:
    """The passphrase is the vault's name, or its words, give or take some digits
    ("Anjali Patel 1975", "patelanjali")."""
    label_all = _letters_and_digits(label)
    if len(label_all) < MIN_WORD_CHARACTERS:
        return False
    if label_all in compact:
        return True
    label_words = sorted(
        {
            _letters_and_digits(word)
            for word in label.split()
            if len(_letters_and_digits(word)) >= MIN_WORD_CHARACTERS
        },
        key=len,
        reverse=True,
    )
    rest = compact
    for word in label_words:
        rest = rest.replace(word, "")
    return rest != compact and len(rest.strip("0123456789")) < MIN_WORD_CHARACTERS + 1


def _enough_length(passphrase: str) -> bool:
    if len(passphrase) >= MIN_CHARACTERS:
        return True
    words = passphrase.split()
    return len(words) >= MIN_WORDS and all(len(word) >= MIN_WORD_CHARACTERS for word in words)


def passphrase_problem(passphrase: str, label: str = "") -> Words | None:
    """None if the passphrase is acceptable, else one sentence (as `Words`) saying what to
    change.

    `label` is the vault's name (usually the doctor's own), which must not be the
    passphrase or the heart of it.
    """
    passphrase = unicodedata.normalize("NFC", passphrase)
    if not passphrase.strip():
        return Words("Passphrase", "Choose a passphrase.")
    if not _enough_length(passphrase):
        return Words(
            "Passphrase",
            "Use at least {characters} characters, or {words} or more words; "
            "a short sentence only you would think of works well.",
            {"characters": MIN_CHARACTERS, "words": MIN_WORDS},
        )
    compact = _letters_and_digits(passphrase)
    distinct = set(passphrase.casefold()) - {" "}
    if len(distinct) < MIN_DISTINCT_CHARACTERS or _is_repetition(compact):
        return Words(
            "Passphrase",
            "This passphrase is mostly the same characters repeated; mix in other words.",
        )
    if _is_sequence(compact):
        return Words(
            "Passphrase",
            "This passphrase is a run of keys or letters in order; choose some words instead.",
        )
    if label and _names_the_label(compact, label):
        return Words("Passphrase", "Don't use your name or the vault's name as the passphrase.")
    core = _core(passphrase)
    pieces = {core, compact}
    # "passwordpassword", "letmein letmein": a common password said more than once.
    for size in range(3, len(core) // 2 + 1):
        if len(core) % size == 0 and core == core[:size] * (len(core) // size):
            pieces.add(core[:size])
    if pieces & COMMON_PASSWORDS:
        return Words(
            "Passphrase", "This is one of the most common passwords; every guesser tries it first."
        )
    return None
