"""Swedish for what core/pictures.py and journal.pictures say (pictures in entries):
refusals of a picture to add and the changes of an entry's pictures. Same rules as
``reflekt.messages.sv``: keyed by the English template exactly as in the source."""

from __future__ import annotations

PICTURES: dict[str, str] = {
    "The picture": "Bilden",
    "{name} is {size} MB; reflekt keeps pictures of up to {limit} MB. Save a smaller "
    "copy (for example as JPEG, or scaled down) and add that instead.": (
        "{name} är {size} MB; reflekt sparar bilder på högst {limit} MB. Spara en mindre "
        "kopia (till exempel som JPEG, eller förminskad) och lägg till den i stället."
    ),
    "{name} is damaged or incomplete and cannot be read. Open it in a picture viewer; "
    "if it shows there, save it again as PNG or JPEG and add that copy.": (
        "{name} är skadad eller ofullständig och kan inte läsas. Öppna den i ett "
        "bildprogram; om den visas där, spara den igen som PNG eller JPEG och lägg till "
        "den kopian."
    ),
    "{name} is not a picture reflekt can keep. Pictures can be PNG, JPEG, WebP or GIF; "
    "save it as one of those and add it again.": (
        "{name} är ingen bild som reflekt kan spara. Bilder kan vara PNG, JPEG, WebP "
        "eller GIF; spara den i något av de formaten och lägg till den igen."
    ),
    " ({width} × {height} pixels)": " ({width} × {height} bildpunkter)",
    "{name} is too large to open safely{size}: reflekt opens pictures of up to {limit} "
    "million pixels. Scale it down in a picture editor and add it again.": (
        "{name} är för stor för att öppnas säkert{size}: reflekt öppnar bilder på högst "
        "{limit} miljoner bildpunkter. Förminska den i ett bildprogram och lägg till den "
        "igen."
    ),
    "The longest side of pictures must be a whole number of pixels from {low} to "
    "{high}, not {value}.": (
        "Bildernas längsta sida måste vara ett heltal bildpunkter från {low} till "
        "{high}, inte {value}."
    ),
    "{name} is empty: it holds no picture. Check that the file was copied whole and "
    "add it again.": (
        "{name} är tom: den innehåller ingen bild. Kontrollera att filen kopierades hel "
        "och lägg till den igen."
    ),
    "{name} is a {kind} picture, which reflekt does not keep. Open it in a picture "
    "viewer, save it as PNG or JPEG and add that copy.": (
        "{name} är en {kind}-bild, och sådana sparar reflekt inte. Öppna den i ett "
        "bildprogram, spara den som PNG eller JPEG och lägg till den kopian."
    ),
    "{name} is named as a picture but is not one: what it holds is not PNG, JPEG, WebP "
    "or GIF. Nothing was added. Check that it is the file you meant.": (
        "{name} heter som en bild men är ingen: innehållet är inte PNG, JPEG, WebP eller "
        "GIF. Ingenting lades till. Kontrollera att det är rätt fil."
    ),
    "{value} is not a picture's SHA-256 (64 hex digits).": (
        "{value} är inte en bilds SHA-256 (64 hexadecimala tecken)."
    ),
    "The entry {entry} has pictures 1 to {count}; there is no picture {n}.": (
        "Anteckningen {entry} har bilderna 1 till {count}; det finns ingen bild {n}."
    ),
    "Could not read the picture {name}: {reason}. Check the file and try again.": (
        "Kunde inte läsa bilden {name}: {reason}. Kontrollera filen och försök igen."
    ),
    "The entry {entry} has no pictures.": "Anteckningen {entry} har inga bilder.",
    "This picture was not prepared by reflekt; add it from its file.": (
        "Den här bilden har inte förberetts av reflekt; lägg till den från dess fil."
    ),
    "This journal holds no picture {sha}. The entry may name a picture that was never "
    "added or was removed.": (
        "Den här dagboken har ingen bild {sha}. Anteckningen kan nämna en bild som aldrig "
        "lades till eller som har tagits bort."
    ),
}
