"""Swedish for the spell checker's messages (core/spelling.py, core/journal_words.py and
``reflekt spell``), kept apart so that they read as one piece."""

from __future__ import annotations

SPELLING: dict[str, str] = {
    "There is no spelling dictionary for {lang}. Choose sv (Swedish) or en (English).": (
        "Det finns ingen stavningsordlista för {lang}. Välj sv (svenska) eller en (engelska)."
    ),
    "Choose at least one spelling language: sv or en.": (
        "Välj minst ett språk för stavningskontrollen: sv eller en."
    ),
    "A word for your dictionary must be text.": "Ett ord till din ordlista måste vara text.",
    "Type the word to add to your dictionary.": "Skriv ordet som ska läggas till i din ordlista.",
    "The word {word} holds a control character ({char}). Remove it and try again.": (
        "Ordet {word} innehåller ett styrtecken ({char}). Ta bort det och försök igen."
    ),
    "Your dictionary takes one word at a time, without spaces: {word}. Add each word on its own.": (
        "Din ordlista tar ett ord i taget, utan mellanslag: {word}. Lägg till varje ord för sig."
    ),
    "The word {word}… is too long for your dictionary (at most {most} characters).": (
        "Ordet {word}… är för långt för din ordlista (högst {most} tecken)."
    ),
    # reflekt spell (cli/spell.py)
    "--suggestions takes a number from 0 to {most}.": (
        "--suggestions tar ett tal från 0 till {most}."
    ),
    # reflekt dictionary (cli/spell.py)
    "Added to your dictionary: {words}": "Tillagt i din ordlista: {words}",
    "Already in your dictionary: {words}": "Finns redan i din ordlista: {words}",
    "Removed from your dictionary: {words}": "Borttaget ur din ordlista: {words}",
    "{word} is not in your dictionary.": "{word} finns inte i din ordlista.",
    "Your dictionary is empty. Teach the spell checker a word: reflekt dictionary add WORD": (
        "Din ordlista är tom. Lär stavningskontrollen ett ord: reflekt dictionary add ORD"
    ),
    "{path} is not a text file. Give a UTF-8 text or Markdown file, or - to read standard input.": (
        "{path} är ingen textfil. Ge en textfil i UTF-8 eller Markdown, "
        "eller - för att läsa standard in."
    ),
}
