"""Swedish for a backup's personal dictionary and entry spelling languages brought back
(core/restore_spelling.py). Same rules as ``reflekt.messages.sv``: keyed by the English
template exactly as in the source."""

from __future__ import annotations

KEEP_WORDS: dict[str, str] = {
    "Word {word} in the backup's personal dictionary was skipped: {problem}.": (
        "Ordet {word} i säkerhetskopians personliga ordlista hoppades över: {problem}."
    ),
    "it has no word": "posten saknar ett ord",
    "it is not text": "det är inte text",
    "it is empty": "det är tomt",
    "it holds a control character": "det innehåller ett styrtecken",
    "it holds a space (a word is kept on its own)": (
        "det innehåller ett mellanslag (ett ord sparas för sig)"
    ),
    "it is longer than {most} characters": "det är längre än {most} tecken",
    "it is not a word record": "det är inte en ordpost",
    "The spelling language of entry {entry} in the backup was skipped: {problem}.": (
        "Stavningsspråket för anteckningen {entry} i säkerhetskopian hoppades över: {problem}."
    ),
    "it is not a language record": "det är inte en språkpost",
    "{lang} is not sv (Swedish) or en (English)": "{lang} är inte sv (svenska) eller en (engelska)",
    "the journal holds no such entry": "dagboken har ingen sådan anteckning",
    "The personal dictionary in the backup was skipped: it is not a list.": (
        "Den personliga ordlistan i säkerhetskopian hoppades över: den är inte en lista."
    ),
    "The entries' spelling languages in the backup were skipped: they are not a list.": (
        "Anteckningarnas stavningsspråk i säkerhetskopian hoppades över: de är inte en lista."
    ),
    "{count} more personal words or spelling languages in the backup were skipped.": (
        "Ytterligare {count} personliga ord eller stavningsspråk i säkerhetskopian hoppades över."
    ),
}
