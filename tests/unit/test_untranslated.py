"""Nothing a person reads stays English when they chose Swedish.

The catalogue tests (test_messages.py) check that every ``msg()`` template has its
Swedish. These tests look for the ways English slips past the catalogue: a sentence
handed to an error without ``msg()``, an importer's note built as an f-string, an
exception's own English text (``json``'s "Expecting ',' delimiter", ``KeyError('x')``,
an OS error's "Permission denied") filled into a Swedish message, a label whose Swedish
was left as the English, and a window string left untranslated in the ``.ts`` file.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from reflekt import errors, messages

SRC = Path(messages.__file__).resolve().parent.parent
ROOT = SRC.parent.parent
# Where core, share and the command line speak (the window's strings go through tr()).
SPEAKING = ("core", "share", "cli")

# Three words in a row: a sentence, not a SQL fragment, a key or a file suffix.
SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,;:.'()]+[A-Za-z]{2,}[ ,;:.'()]+[A-Za-z]{2,}")
SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|ATTACH|SAVEPOINT|ROLLBACK|ORDER BY|GROUP BY|"
    r"WHERE|FROM|JOIN|AND|IN \()|<\w+[ >]"  # SQL, or HTML markup
)


def _sources(parts: tuple[str, ...] = SPEAKING) -> Iterator[tuple[Path, ast.Module]]:
    for part in parts:
        for path in sorted((SRC / part).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text)
            tree.lines = text.splitlines()  # type: ignore[attr-defined]
            yield path, tree


def _error_classes() -> set[str]:
    """ReflektError and every subclass of it, in errors.py and wherever else one is made."""
    names = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.ReflektError)
    }
    trees = [tree for _, tree in _sources()]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _literal_text(node: ast.AST) -> str:
    """The English a string or f-string spells out (its literal parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):  # "..." + "..." or "..." % x
        return _literal_text(node.left) + " " + _literal_text(node.right)
    return ""


def _is_sentence(node: ast.AST) -> bool:
    text = _literal_text(node)
    return bool(SENTENCE.search(text)) and not SQL.search(text)


def _is_phrase(node: ast.AST) -> bool:
    """A literal of two words or more ("an unknown author") handed to a message."""
    return isinstance(node, ast.Constant) and bool(PHRASE.search(_literal_text(node)))


PHRASE = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _sentences_outside_msg(node: ast.AST) -> Iterator[ast.AST]:
    """English sentences inside ``node``, not counting those inside a msg() call (or a
    window's tr(), Qt's way of marking its strings)."""
    if isinstance(node, ast.Call) and _called(node) in ("msg", "tr", "translate"):
        return
    if _is_sentence(node):
        yield node
        return
    for child in ast.iter_child_nodes(node):
        yield from _sentences_outside_msg(child)


def _marked(lines: list[str], node: ast.AST) -> bool:
    """Is the English there on purpose? A comment ``# untranslated: why`` on the line
    before or on one of the node's lines says so (a bug's text, SQLite's own words)."""
    first = max(getattr(node, "lineno", 1) - 2, 0)
    last = getattr(node, "end_lineno", None) or first + 1
    return any("# untranslated:" in line for line in lines[first:last])


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(SRC)}:{getattr(node, 'lineno', '?')}: {ast.unparse(node)[:90]}"


def test_no_error_is_raised_with_english_written_outside_the_catalogue() -> None:
    """``raise InvalidInput(f"...")`` or a helper's English handed to one shows English to
    a Swedish reader; the message must be ``msg("...")``."""
    classes = _error_classes()
    found = []
    # The window's own strings go through tr(); its ReflektErrors (charts and the report
    # as files, also made from the command line) through msg() like any other.
    for path, tree in _sources((*SPEAKING, "gui")):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in classes:
                found += [
                    _where(path, s)
                    for s in _sentences_outside_msg(node)
                    if not _marked(tree.lines, s)  # type: ignore[attr-defined]
                ]
            elif (
                isinstance(node, ast.Raise)
                and node.exc is not None
                and path.relative_to(SRC).parts[0] in SPEAKING
            ):
                exc = node.exc
                # raise helper(..., "English") -- a helper that builds an error
                if isinstance(exc, ast.Call) and _called(exc) not in BUGS:
                    found += [
                        _where(path, s)
                        for s in _sentences_outside_msg(exc)
                        if not _marked(tree.lines, s)  # type: ignore[attr-defined]
                    ]
    assert found == [], "wrap in msg() and add the Swedish:\n" + "\n".join(sorted(set(found)))


# Exceptions that are bugs (or internal signals caught before a person sees them): their
# text is for a developer and goes to the crash report.
BUGS = {
    "AssertionError",
    "AttributeError",
    "NotImplementedError",
    "RuntimeError",
    "TypeError",
    "LookupError",
}


def _person_notes(node: ast.AST) -> bool:
    """A call that adds a note to an import report, a check's problems or skipped files."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("append", "extend", "add")
        and isinstance(node.func.value, ast.Attribute | ast.Name)
        and (
            node.func.value.attr
            if isinstance(node.func.value, ast.Attribute)
            else node.func.value.id
        )
        in ("warnings", "problems", "notes", "skipped")
    )


def test_no_note_for_a_person_is_an_english_f_string() -> None:
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if _person_notes(node):
                found += [
                    _where(path, s)
                    for s in _sentences_outside_msg(node)
                    if not _marked(tree.lines, s)  # type: ignore[attr-defined]
                ]
    assert found == [], "wrap in msg() and add the Swedish:\n" + "\n".join(found)


def test_no_command_result_or_returned_sentence_is_english_outside_the_catalogue() -> None:
    """What the command line prints ("Backed up to …", "The trash is empty.") and the
    sentences helpers hand back to be shown (a check's problem, a schema error) follow
    REFLEKT_LANG like its errors do."""
    found = []
    for path, tree in _sources():
        command_line = path.relative_to(SRC).parts[0] == "cli"
        for node in ast.walk(tree):
            said: list[ast.AST] = []
            if isinstance(node, ast.Return | ast.Lambda):
                value = node.value if isinstance(node, ast.Return) else node.body
                said = _shown(value) if value is not None else []
            elif command_line and isinstance(node, ast.Call) and _called(node) in PRINTS:
                said = list(node.args)
            found += [
                _where(path, s)
                for value in said
                for s in _sentences_outside_msg(value)
                if not _marked(tree.lines, s)  # type: ignore[attr-defined]
            ]
    assert found == [], "wrap in msg() and add the Swedish:\n" + "\n".join(found)


def _shown(value: ast.AST) -> list[ast.AST]:
    """The texts a returned value may be: itself, or either branch of ``a if c else b``."""
    if isinstance(value, ast.IfExp):
        return [*_shown(value.body), *_shown(value.orelse)]
    if isinstance(value, ast.BoolOp):
        return [v for part in value.values for v in _shown(part)]
    return [value]


# How the command line prints (cli.output.write and friends).
PRINTS = {"write", "print", "write_hits", "print_entries", "fail", "note"}


def _except_names(tree: ast.Module, classes: set[str]) -> dict[int, set[str]]:
    """For each handler's line span, the name it binds when it catches anything that is
    not a ReflektError (whose text is already a message in the person's language)."""
    bound: dict[int, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            types = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            caught = {t.id if isinstance(t, ast.Name) else getattr(t, "attr", "") for t in types}
            if not caught <= classes:
                for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                    bound.setdefault(line, set()).add(node.name)
    return bound


# An exception's numbers (where in the file) say nothing in English.
NUMBERS = {"lineno", "colno", "pos", "start", "end", "errno"}


def _exception_text(value: ast.AST, names: set[str]) -> bool:
    """Does ``value`` put a caught exception's own (English) text into a message? The
    exception as it is, ``str()``/``repr()`` of it or its text attributes do; its numbers
    (line, column) and a helper that says it in the catalogue's words do not."""
    if isinstance(value, ast.Name):
        return value.id in names
    if isinstance(value, ast.Attribute):
        if value.attr in NUMBERS | {"message"}:
            return False
        return _exception_text(value.value, names)
    if isinstance(value, ast.Subscript):
        return _exception_text(value.value, names)
    if isinstance(value, ast.Call):
        if _called(value) in ("str", "repr", "format", "join"):
            return any(_exception_text(a, names) for a in value.args)
        return False  # a helper such as os_reason(exc)
    if isinstance(value, ast.JoinedStr | ast.FormattedValue | ast.BinOp | ast.BoolOp | ast.IfExp):
        return any(_exception_text(child, names) for child in ast.iter_child_nodes(value))
    return False


def test_no_exception_text_is_filled_into_a_message() -> None:
    """json's "Expecting ',' delimiter", ``KeyError('x')`` or "Permission denied" inside a
    Swedish sentence: say what is wrong in the catalogue's words instead."""
    classes = _error_classes()
    found = []
    for path, tree in _sources():
        bound = _except_names(tree, classes)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) == "msg":
                names = bound.get(node.lineno, set())
                found += [
                    f"{_where(path, node)} ({kw.arg}=)"
                    for kw in node.keywords
                    if (
                        _exception_text(kw.value, names)
                        or _is_sentence(kw.value)
                        or any(_is_phrase(v) for v in _shown(kw.value))
                    )
                    and not _marked(tree.lines, node)  # type: ignore[attr-defined]
                    and not _marked(tree.lines, kw.value)  # type: ignore[attr-defined]
                ]
    assert found == [], "\n".join(found)


def test_what_the_scan_looks_for_it_finds() -> None:
    """The scans above, on code written the ways that leak English."""
    leaky = ast.parse(
        "try:\n"
        "    pass\n"
        "except ValueError as exc:\n"
        "    raise FileRejected(msg('{name}: {problem}', name=n, problem=exc))\n"
        "raise InvalidInput(f'There is no entry {x!r}. Check the list.')\n"
        "report.warnings.append(f'Entry {n} has no text and was left out.')\n"
    )
    classes = _error_classes()
    bound = _except_names(leaky, classes)
    calls = [n for n in ast.walk(leaky) if isinstance(n, ast.Call)]
    assert any(
        _exception_text(kw.value, bound.get(c.lineno, set()))
        for c in calls
        if _called(c) == "msg"
        for kw in c.keywords
    )
    assert any(list(_sentences_outside_msg(c)) for c in calls if _called(c) == "InvalidInput")
    assert any(list(_sentences_outside_msg(c)) for c in calls if _person_notes(c))
    assert not list(_sentences_outside_msg(ast.parse("InvalidInput(msg('No such entry here.'))")))


# -- labelled terms and the window's .ts: the Swedish differs from the English ----------

# The same word in both languages (or a name, a unit, a file filter): not left untranslated.
SAME_IN_SWEDISH = {
    "",
    "reflekt",
    "Text",
    "Format",
    "Team",
    "Status",
    "Period",
    "Markdown",
    "PDF",
    "min",
    "person",
    "team",
    "text",
    "relation",
    "format",
}
_NO_WORDS = re.compile(r"^[^A-Za-z]*$")  # digits, placeholders, punctuation only
_FILTER = re.compile(r"^[\w ]+ \(\*\.\w+\)$")  # "PDF (*.pdf)"


def _may_stay_the_same(text: str) -> bool:
    bare = re.sub(r"\{\w+\}|%n|%\d|&", "", text).strip(" :.…")
    return bare in SAME_IN_SWEDISH or bool(_NO_WORDS.match(bare)) or bool(_FILTER.match(text))


def test_every_term_and_field_name_has_swedish_of_its_own() -> None:
    from reflekt.messages import labels, pages
    from reflekt.messages.sv import WORDS

    same = [
        f"{group}.{name}"
        for group, table in (labels.TABLES | pages.TABLES).items()
        for name, words in table.items()
        if words["sv"] == words["en"] and not _may_stay_the_same(words["en"])
    ]
    same += [f"word {w}" for w, sv in WORDS.items() if sv == w and not _may_stay_the_same(w)]
    assert same == []


def test_no_window_string_is_left_as_its_english_source() -> None:
    ts = ROOT / "resources" / "translations" / "reflekt_sv.ts"
    same = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if any(f == source for f in forms) and not _may_stay_the_same(source):
                same.append(f"{context.findtext('name')}: {source}")
    assert same == [], "translate these in reflekt_sv.ts (or add the word to SAME_IN_SWEDISH)"


def test_an_untranslated_window_string_is_caught() -> None:
    assert not _may_stay_the_same("Import finished")
    assert _may_stay_the_same("&Format:")
    assert _may_stay_the_same("PDF (*.pdf)")
    assert _may_stay_the_same("{count}×")


# core.validate's checks name the field they refuse with word(what).
NAMING = {"_enum": 2, "_text": 1, "_title": 1, "parse_day": 1, "_timestamp": 1, "_name": 1}


def test_every_field_a_check_names_has_its_swedish_word() -> None:
    """ "{value} is not a valid time (created)" in a Swedish sentence: each field name
    the checks are given (a literal ``what``) needs its word in messages/sv.py WORDS."""
    from reflekt.messages.sv import WORDS

    missing = set()
    for path, tree in _sources(("core", "share", "cli")):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in NAMING:
                place = NAMING[_called(node)]
                what = node.args[place] if len(node.args) > place else None
                if (
                    isinstance(what, ast.Constant)
                    and isinstance(what.value, str)
                    and what.value
                    and what.value not in WORDS
                ):
                    missing.add(f"{path.relative_to(SRC)}:{node.lineno}: {what.value!r}")
    assert missing == set(), "add to WORDS in messages/sv.py: " + ", ".join(sorted(missing))


# What builds a parser: its help texts have their Swedish in messages/sv_help.py, checked
# by tests/unit/test_cli_read_in_swedish.py.
PARSER_CALLS = {"add_argument", "add_parser", "command", "add_argument_group"}
# Keys a person never reads as such (lock.set_role's "command add" is said in msg() words
# where a refusal names it).
KEYS = {"set_role"}
_WORD = re.compile(r"[A-Za-z]{3,}")


def _has_english_word(text: str) -> bool:
    """A word of three letters or more, not a name (reflekt), not part of a file name, a
    path or an identifier (``add_``, ``*.desktop``, ``*/apps/``)."""
    return any(
        _WORD.search(token) and not re.search(r"[_./*]", token) and token.strip(":") != "reflekt"
        for token in text.split()
    )


def _is_help(node: ast.AST) -> bool:
    """``help=...``, ``description=...`` or ``sync_help = ...``: a parser's help text."""
    if isinstance(node, ast.keyword):
        return node.arg in ("help", "description")
    return isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id.endswith("_help") for t in node.targets
    )


def _english_f_strings(path: Path, tree: ast.Module) -> Iterator[ast.AST]:
    """f-strings with an English word in them, outside msg()/tr() and the parser's help."""
    unread = {"msg", "tr", "translate"} | PARSER_CALLS | KEYS
    skip: set[int] = set()
    for node in ast.walk(tree):
        inside: ast.AST | None = None
        if isinstance(node, ast.Call) and _called(node) in unread:
            inside = node
        elif _is_help(node):
            inside = node.value  # type: ignore[attr-defined]
        if inside is not None:
            skip.update(id(child) for child in ast.walk(inside))
    lines = tree.lines  # type: ignore[attr-defined]
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.JoinedStr)
            and id(node) not in skip
            and _has_english_word(_literal_text(node))
            and not _marked(lines, node)
        ):
            yield node


def test_the_command_line_builds_no_english_with_an_f_string() -> None:
    """The sentence scans above need three words and a print around them; the command
    line once said "Exported 3 entries to …", "(4 entries)", "target: …" and "Restored …"
    in English to a Swedish reader, each an f-string of one or two words, some built
    into a variable first. In cli/ any f-string with a word in it is said through msg()
    (or marked ``# untranslated: why``: a file name, a lock's owner, a log line)."""
    found = [_where(p, n) for p, tree in _sources(("cli",)) for n in _english_f_strings(p, tree)]
    assert found == [], "wrap in msg() and add the Swedish:\n" + "\n".join(found)


def test_the_f_string_scan_finds_a_word_built_into_a_variable() -> None:
    leaky = ast.parse(
        "def cmd(args):\n"
        "    text = f'Added {n} demo entries to {p}.'\n"
        "    write(text)\n"
        "    write(f'({count} entries)')\n"
        "    p.add_argument('--x', help=f'exit {CODE} when it fails')\n"
        "    write(msg('Restored {e}', e=e))\n"
    )
    leaky.lines = []  # type: ignore[attr-defined]
    found = [ast.unparse(n) for n in _english_f_strings(Path("cli/x.py"), leaky)]
    assert found == ["f'Added {n} demo entries to {p}.'", "f'({count} entries)'"]
