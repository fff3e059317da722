"""What a person's name is, and when two names are the same person's.

One rule, used by the member dialog, both CSV imports and the command line: two names
are the same when `look_alike_key` gives the same key, that is when a reader could not
tell them apart on screen once capitals are ignored. In order:

1. Unicode NFKC folds characters that are only another form of a letter: full-width
   "Ｄr", ligatures ("ﬁ"), mathematical letters, no-break and other spaces.
2. Default-ignorable code points are dropped: they draw nothing (zero-width space and
   joiners, byte-order marks, bidi controls, variation selectors, Hangul fillers).
3. Capitals are ignored (Unicode case folding).
4. The UTS #39 skeleton (Unicode Security Mechanisms, section 4 "Confusable Detection")
   maps each letter to the prototype it is confusable with: the Cyrillic "о" in
   "Zоë" becomes the Latin "o", "rn" stands for "m", "1" for "l". The data is Unicode's
   confusables.txt as shipped by the `confusable_homoglyphs` package; nothing is read
   from the network.
5. Spaces are collapsed, capitals ignored again.

What a reader can tell apart stays apart: "Zoe" and "Zoë", "Ann" and "Anne". Since
the rule ignores capitals *before* comparing shapes, shapes are compared in lower case:
"AI" and "Al" stay two names ("ai", "al"), and so do "B0B" and "BOB" ("b0b", "bob").

`name_key` is the older, finer key kept in the database's unique index and used for
sorting; `look_alike_key` is computed from it, so two names the index would refuse as
one are always the same name by this rule too.

Garbled names: text that was UTF-8 but was read by a spreadsheet as Windows-1252 or
Mac Roman ("Dr ZoÃ« FranÃ§ois", "Dr Zo√´ Fran√ßois") is recognised by `misread_utf8`,
which also gives the likely right name.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from balintdesk.domain.words import Words

# Default_Ignorable_Code_Point, from Unicode's DerivedCoreProperties.txt (15.1). ZWNJ and
# ZWJ are in it too; they shape Persian and Indic scripts, so `clean_name` keeps them (the
# member form refuses them as control characters) while the key ignores them.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # fmt: skip
_JOINERS = {"\u200c", "\u200d"}


def is_ignorable(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)


def clean_name(name: str) -> str:
    """The name as it will be shown: NFC-normalised, invisible characters (other than
    the joiners some scripts need) dropped, spaces collapsed, ends trimmed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c for c in text if c in _JOINERS or not is_ignorable(c))
    return " ".join(text.split())


def name_key(name: str) -> str:
    """The database's key for a name (its unique index, sorting): case and spacing do
    not count. Whether two names are the same person's is `look_alike_key`'s rule."""
    return clean_name(name).casefold()


@cache
def _prototypes() -> dict[str, str]:
    """Character -> the prototype UTS #39 confuses it with, from confusables.txt.

    The package stores confusables.txt as a symmetric JSON map (each source lists its
    prototype, each prototype its sources); joining each pair recovers the classes, and
    any one member of a class stands for all of it. A source whose prototype is several
    characters ("m" -> "rn") maps to those characters. The file's comments wrap
    right-to-left characters in LEFT-TO-RIGHT MARKs, which the package keeps; they go.
    """
    data_file = resources.files("confusable_homoglyphs") / "confusables.json"
    pairs: dict[str, list[dict[str, str]]] = json.loads(data_file.read_text(encoding="utf-8"))

    def bare(text: str) -> str:
        return text.replace("\u200e", "").replace("\u200f", "")

    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.get(char, char) != char:
            char = parent[char]
        return char

    sequences: dict[str, str] = {}
    for key, entries in pairs.items():
        source = bare(key)
        for entry in entries:
            target = bare(entry["c"])
            if len(source) == 1 and len(target) == 1:
                a, b = root(source), root(target)
                if a != b:
                    # The smaller code point stands for the class: ASCII wins over look-alikes.
                    parent[max(a, b)] = min(a, b)
            elif len(source) == 1 and len(target) > 1:
                sequences[source] = target
    mapping = {char: root(char) for char in parent if root(char) != char}
    for source, target in sequences.items():
        mapping[source] = "".join(mapping.get(c, c) for c in target)
    return mapping


def skeleton(text: str) -> str:
    """UTS #39's skeleton: NFD, each character replaced by its prototype, NFD again."""
    table = _prototypes()
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFD", "".join(table.get(c, c) for c in decomposed))


# Cached: an import compares every row with every member, and the same few hundred names
# come back again and again.
@lru_cache(maxsize=8192)
def look_alike_key(name: str) -> str:
    """What makes two names the same person's (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", name_key(name))
    # U+2800 BRAILLE PATTERN BLANK draws nothing, like a space, but is a symbol.
    text = "".join(c for c in text if not is_ignorable(c)).replace("\u2800", " ")
    text = unicodedata.normalize("NFKC", text.casefold())
    return " ".join(skeleton(text).casefold().split())


# Windows-1252 leaves five bytes undefined; Windows passes them through as the C1 control
# of the same number, which is how they reach a file that is saved again.
_CP1252_HOLES = {chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
MISREADINGS = (("cp1252", "Windows-1252"), ("mac_roman", "Mac Roman"))


def _as_bytes(text: str, codec: str) -> bytes | None:
    out = bytearray()
    for char in text:
        try:
            out += char.encode(codec)
        except UnicodeEncodeError:
            if codec != "cp1252" or char not in _CP1252_HOLES:
                return None
            out.append(ord(char))
    return bytes(out)


def misread_utf8(text: str) -> tuple[str, str] | None:
    """(the likely right text, the encoding it was misread as) when `text` is UTF-8 that
    was read as Windows-1252 or Mac Roman, once or more; None otherwise.

    A real name almost never passes for this: every non-ASCII character in it would have
    to pair with its neighbours into valid UTF-8 ("Ã" followed by "«"), and the result
    must differ from the text.
    """
    if text.isascii():
        return None
    for codec, label in MISREADINGS:
        current = text
        for _ in range(3):  # a name may have been through the round trip more than once
            raw = _as_bytes(current, codec)
            if raw is None or raw.isascii():
                break
            try:
                fixed = raw.decode("utf-8")
            except UnicodeDecodeError:
                break
            current = fixed
        if current != text:
            return unicodedata.normalize("NFC", current), label
    return None


def garbled_reason(name: str) -> Words | None:
    """The sentence refusing a garbled name, naming the likely right one; None if not."""
    found = misread_utf8(name)
    if found is None:
        return None
    right, misread_as = found
    return Words(
        "Roster",
        "“{name}” looks garbled, as happens when a spreadsheet opens a file in the wrong "
        "encoding (UTF-8 read as {encoding}). It is probably “{right}”; please correct it.",
        {"name": shown(name), "encoding": misread_as, "right": right},
    )


QUOTE_LIMIT = 60


class _Length(int):
    """A length of text, written as English writes it ("10,002") where the sentence is
    English for logs; the edge writes it in the user's locale ("10.002")."""

    def __str__(self) -> str:
        return f"{int(self):,}"


def shown(text: str, limit: int = QUOTE_LIMIT) -> str | Words:
    """`text` as an error message may quote it: characters that draw nothing or move
    the cursor appear as [U+0000], and a long text is cut, saying how long it was (then
    as Words, for the edge to say in the user's language)."""
    visible = ""
    for char in text:
        category = unicodedata.category(char)
        if (category[0] in "CZ" and char != " ") or is_ignorable(char):
            visible += f"[U+{ord(char):04X}]"
        else:
            visible += char
        if len(visible) > limit:
            return Words(
                "Names",
                "{text}… ({length} characters)",
                {"text": visible[:limit], "length": _Length(len(text))},
            )
    return visible
