"""Keep the translation catalogue in step with the code: `python packaging/translations.py`.

It reads every module of `balintdesk/` (Python's `ast`, so nothing is imported or run) and
finds the texts for the user:

- `self.tr("text")`, `self.tr("%n session(s)", "", n)` — context: the class it is written in;
- `translate("Context", "text", …)`, `QCoreApplication.translate(…)`, `i18n.translate(…)`;
- `Words("Context", "text", …)` and `translatable("Context", "text")` (domain/words.py).

It then writes `resources/translations/<area>.<language>.ts` in Qt Linguist's format, one
file per area of the code (ui_roster, cli, exports, …), keeping every translation already
made and marking new texts `unfinished`. English gets only the texts with a count, whose
singular and plural English needs too. `--check` changes nothing and exits 1 when a file
is out of date; the suite runs it (tests/i18n/test_catalogue.py).

Why not `pyside6-lupdate`: on Python it misses `translate(…, n=n)` and does not mark
`translate`'s plurals as plurals (tried with PySide6 6.11); its `.ts` files are the same
format, so Qt Linguist opens these, and `pyside6-lrelease` compiles them (the suite checks
that it does, without a warning).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "balintdesk"
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ("de", "fr", "nl", "it")
TRANSLATE_NAMES = {"translate"}
DOMAIN_NAMES = {"Words", "translatable"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    filename: str

    @property
    def numerus(self) -> bool:
        return "%n" in self.source


def area_of(path: Path) -> str:
    """The catalogue file a module's texts go to: the window's by area; the domain's, the
    store's and the vault's by module (each has one owner); the rest by package."""
    parts = path.relative_to(PACKAGE).parts
    if parts[0] == "ui":
        return f"ui_{parts[1]}" if len(parts) > 2 else "ui_window"
    if parts[0] in {"domain", "store", "vault"}:
        # A subpackage (domain/rules/) is one area: its modules share one owner.
        return f"{parts[0]}_{parts[1] if len(parts) > 2 else Path(parts[-1]).stem}"
    return parts[0] if len(parts) > 1 else "app"


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "tr" and isinstance(func, ast.Attribute):
            self._add(self.classes[-1] if self.classes else None, node, 0, "sourceText")
        elif name in TRANSLATE_NAMES or name in DOMAIN_NAMES:
            context = _text(_argument(node, 0, "context"))
            if context is not None:
                self._add(context, node, 1, "text" if name in DOMAIN_NAMES else "sourceText")
            elif name in DOMAIN_NAMES:
                self._problem(node, f"{name}() needs a literal context")
        self.generic_visit(node)

    def _add(self, context: str | None, node: ast.Call, index: int, keyword: str) -> None:
        source = _text(_argument(node, index, keyword) or _argument(node, index, "text"))
        if context is None:
            self._problem(node, "tr() outside a class: use translate('Context', …)")
        elif source is None:
            self._problem(node, "the text must be a string literal to be translated")
        else:
            self.found.append(Message(context, source, self.filename))

    def _problem(self, node: ast.AST, why: str) -> None:
        self.problems.append(f"{self.filename}:{node.lineno}: {why}")


def extract() -> tuple[dict[str, list[Message]], list[str]]:
    areas: dict[str, list[Message]] = {}
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        filename = path.relative_to(ROOT).as_posix()
        finder = _Finder(filename)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename))
        problems += finder.problems
        seen = areas.setdefault(area_of(path), [])
        for message in finder.found:
            if all((m.context, m.source) != (message.context, message.source) for m in seen):
                seen.append(message)
    return areas, problems


def _existing(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in {"vanished", "obsolete"}:
                found[(name, message.findtext("source") or "")] = translation
    return found


def render(language: str, messages: list[Message], old: dict[tuple[str, str], ET.Element]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for message in sorted(messages, key=lambda m: m.context):
        if language == "en" and not message.numerus:
            continue
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "location", filename="../../" + message.filename)
        ET.SubElement(element, "source").text = message.source
        previous = old.get((message.context, message.source))
        element.append(previous if previous is not None else _unfinished(message))
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def _unfinished(message: Message) -> ET.Element:
    element = ET.Element("translation", type="unfinished")
    if message.numerus:
        for _ in range(2):
            ET.SubElement(element, "numerusform")
    return element


def update(check: bool) -> int:
    areas, problems = extract()
    stale = []
    for area, messages in sorted(areas.items()):
        for language in ("en", *TRANSLATED):
            path = FOLDER / f"{area}.{language}.ts"
            if not messages or (language == "en" and not any(m.numerus for m in messages)):
                if path.exists():
                    stale.append(path)
                    if not check:
                        path.unlink()
                continue
            text = render(language, messages, _existing(path))
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
                if not check:
                    FOLDER.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8")
    known = {f"{area}.{lang}.ts" for area in areas for lang in ("en", *TRANSLATED)}
    for path in FOLDER.glob("*.ts"):
        if path.name not in known:
            stale.append(path)
            if not check:
                path.unlink()
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in stale:
        print(("out of date: " if check else "updated: ") + path.relative_to(ROOT).as_posix())
    return 1 if (check and stale) or problems else 0


def todo(areas: list[str], languages: list[str]) -> dict:
    """{language: {context: {source: ""|["", ""]}}} of what is unfinished in `areas`."""
    found: dict = {}
    for area in areas:
        for language in languages:
            path = FOLDER / f"{area}.{language}.ts"
            if not path.exists():
                continue
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is None or translation.get("type") == "unfinished":
                        blank = ["", ""] if message.get("numerus") == "yes" else ""
                        texts = found.setdefault(language, {}).setdefault(name, {})
                        texts[message.findtext("source") or ""] = blank
    return found


def fill(path_of_json: Path) -> int:
    """Put the translations of a JSON file shaped like `todo`'s into every .ts file with
    those messages; an empty text is left unfinished. Prints how many were filled."""
    wanted = json.loads(path_of_json.read_text(encoding="utf-8"))
    filled = 0
    for language, contexts in wanted.items():
        for path in sorted(FOLDER.glob(f"*.{language}.ts")):
            tree = ET.parse(path)
            changed = False
            for context in tree.getroot().iter("context"):
                texts = contexts.get(context.findtext("name") or "", {})
                for message in context.iter("message"):
                    value = texts.get(message.findtext("source") or "")
                    if not value or (isinstance(value, list) and not all(value)):
                        continue
                    translation = message.find("translation")
                    translation.attrib.pop("type", None)
                    for child in list(translation):
                        translation.remove(child)
                    if isinstance(value, list):
                        translation.text = None
                        for form in value:
                            ET.SubElement(translation, "numerusform").text = form
                    else:
                        translation.text = value
                    changed = True
                    filled += 1
            if changed:
                ET.indent(tree.getroot(), space="    ")
                body = ET.tostring(tree.getroot(), encoding="unicode")
                path.write_text(
                    f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                    encoding="utf-8",
                )
    print(f"filled {filled} translations")
    return 0


def compile_all() -> int:
    """The compiled catalogues the installers ship (balintdesk/i18n/catalogue.py reads them
    when their fingerprint matches the .ts files, else the .ts files themselves)."""
    sys.path.insert(0, str(ROOT))
    from balintdesk.i18n.catalogue import COMPILED, compile_language

    target = FOLDER / COMPILED
    target.mkdir(exist_ok=True)
    for language in ("en", *TRANSLATED):
        made = compile_language(language, FOLDER)
        text = json.dumps(made, ensure_ascii=False, separators=(",", ":"))
        (target / f"{language}.json").write_text(text, encoding="utf-8")
        print(f"compiled {language}: {len(made['messages'])} messages")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument(
        "--todo", nargs="+", metavar="AREA", help="print what is unfinished there, as JSON"
    )
    parser.add_argument("--language", nargs="+", default=["en", *TRANSLATED])
    parser.add_argument("--fill", type=Path, metavar="JSON", help="put these translations in")
    parser.add_argument(
        "--compile",
        action="store_true",
        help="write resources/translations/compiled/<language>.json for the installers",
    )
    args = parser.parse_args(argv)
    if args.compile:
        return compile_all()
    if args.todo:
        print(json.dumps(todo(args.todo, args.language), ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        return fill(args.fill)
    return update(args.check)


if __name__ == "__main__":
    sys.exit(main())
