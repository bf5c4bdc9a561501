"""Swedish for what keeps pictures safe: a backup's pictures brought back
(core/restore_pictures.py), ``reflekt check`` on pictures (core/storage/check.py) and
its counts (cli/trust.py). Same rules as ``reflekt.messages.sv``: keyed by the English
template exactly as in the source."""

from __future__ import annotations

KEEP: dict[str, str] = {
    # -- a backup's pictures, each checked on the way in ----------------------------------
    "Picture {name} in the backup was skipped: {problem}. The entries that show it were "
    "restored; it shows as a missing picture.": (
        "Bilden {name} i säkerhetskopian hoppades över: {problem}. Anteckningarna som "
        "visar den återställdes; den visas som en saknad bild."
    ),
    "it is not a picture record": "den är inte en bildpost",
    "its name is not a SHA-256 hash": "dess namn är inte en SHA-256-summa",
    "its type is not PNG, JPEG or WebP": "dess typ är inte PNG, JPEG eller WebP",
    "it has no picture data": "den saknar bilddata",
    "it is larger than reflekt keeps": "den är större än vad reflekt sparar",
    "its data is not base64": "dess data är inte base64",
    "its bytes do not match its hash (the file was changed)": (
        "dess byte stämmer inte med dess kontrollsumma (filen har ändrats)"
    ),
    # -- reflekt check ----------------------------------------------------------------------
    "the entry {entry} shows the picture {picture}, which is missing from the journal": (
        "anteckningen {entry} visar bilden {picture}, som saknas i dagboken"
    ),
    "the picture {picture} is damaged: its bytes no longer match it": (
        "bilden {picture} är skadad: dess byte stämmer inte längre med den"
    ),
    "The encrypted journal {path} is sound: {count}; its structure, its search index "
    "and its pictures passed every check.": (
        "Den krypterade dagboken {path} är hel: {count}. Dess struktur, sökindex och bilder "
        "klarade alla kontroller."
    ),
    "The journal {path} is sound: {count}; its structure, its search index and its "
    "pictures passed every check.": (
        "Dagboken {path} är hel: {count}. Dess struktur, sökindex och bilder klarade alla "
        "kontroller."
    ),
    "{entries} and {pictures}": "{entries} och {pictures}",
    "1 picture": "1 bild",
    "{count} pictures": "{count} bilder",
}
