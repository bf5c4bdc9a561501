"""Swedish for the messages of pictures leaving with shared entries and arriving in the
team library (issue #18: share/pictures.py, export_folder.py, team_pictures.py)."""

from __future__ import annotations

SHARE_PICTURES = {
    "A picture ({caption}) of “{entry}” was left out: {reason}": (
        "En bild ({caption}) i ”{entry}” utelämnades: {reason}"
    ),
    "In {name}, the picture {picture} was left out ({reason}); its lesson was read without it.": (
        "I {name} utelämnades bilden {picture} ({reason}); lärdomen lästes utan den."
    ),
    "Markdown with pictures is a folder and cannot go to the terminal. Name a folder with "
    "-o NAME, or leave the pictures out with --no-pictures.": (
        "Markdown med bilder är en mapp och kan inte skrivas till terminalen. Ange en mapp "
        "med -o NAMN, eller lämna bilderna utanför med --no-pictures."
    ),
    "a lesson shows it, but the bundle does not carry it": (
        "en lärdom visar den, men paketet innehåller den inte"
    ),
    "it does not fit in the bundle: colleagues' reflekt reads at most {cap} from one "
    "colleague. Share that entry on its own, or use a smaller picture.": (
        "den får inte plats i paketet: kollegornas reflekt läser högst {cap} från en kollega. "
        "Dela den anteckningen för sig, eller använd en mindre bild."
    ),
    "it is a {actual} picture, not the {declared} the bundle says": (
        "det är en {actual}-bild, inte den {declared} som paketet anger"
    ),
    "it is {actual} bytes long, not the {declared} bytes the bundle says": (
        "den är {actual} byte lång, inte de {declared} byte som paketet anger"
    ),
    "its bytes do not match the SHA-256 the bundle gives them": (
        "dess byte stämmer inte med den SHA-256 som paketet anger"
    ),
    "its data is not base64": "dess data är inte base64",
    "more than {most:,} pictures": "fler än {most:,} bilder",
    "{name} is not a valid share bundle: it carries pictures but says it is format version "
    "1. It was not written by reflekt.": (
        "{name} är inte ett giltigt delningspaket: det innehåller bilder men säger att det är "
        "formatversion 1. Det skrevs inte av reflekt."
    ),
    "{path} already exists and is not a folder. A Markdown export with pictures is a "
    "folder: choose another name.": (
        "{path} finns redan och är inte en mapp. En Markdown-export med bilder är en mapp: "
        "välj ett annat namn."
    ),
    "{path} holds other files than an earlier export, so reflekt does not replace it. "
    "Choose another name.": (
        "{path} innehåller andra filer än en tidigare export, så reflekt ersätter den inte. "
        "Välj ett annat namn."
    ),
}
