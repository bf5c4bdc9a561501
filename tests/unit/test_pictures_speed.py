"""Pictures and speed: the slow part (prepare) runs where the caller puts it and holds
no lock on the journal; the everyday commands never load Pillow or read a picture."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from tests import picture_samples as samples

from reflekt.core import pictures
from reflekt.core.journal import Journal


def test_a_12_megapixel_photo_is_prepared_on_a_worker_while_the_journal_stays_free(
    journal: Journal, journal_path: Path
) -> None:
    raw = samples.large_photo()  # 4000 x 3000
    done: dict[str, object] = {}

    def work() -> None:
        started = time.perf_counter()
        done["thread"] = threading.current_thread().name
        done["prepared"] = pictures.prepare(raw, "IMG_0001.jpg")
        done["seconds"] = time.perf_counter() - started

    worker = threading.Thread(target=work, name="picture-worker")
    worker.start()
    # While it decodes and scales, the journal takes writes from this thread and from
    # another connection (the command line, say): prepare holds no lock on it.
    written = 0
    slowest = 0.0
    with Journal.open(journal_path) as other:
        while worker.is_alive() or written < 3:
            started = time.perf_counter()
            (journal if written % 2 else other).add(f"typed while the photo is prepared {written}")
            slowest = max(slowest, time.perf_counter() - started)
            written += 1
    worker.join()

    prepared = done["prepared"]
    assert isinstance(prepared, pictures.Prepared)
    assert done["thread"] == "picture-worker"
    assert (prepared.width, prepared.height) == (2560, 1920)
    assert written >= 3
    assert slowest < 1.0  # each write waited on nothing but the disk
    started = time.perf_counter()
    journal.pictures.add(prepared)  # the only part that holds the journal: one short write
    held = time.perf_counter() - started
    assert held < max(0.5, float(done["seconds"]) / 2)  # type: ignore[arg-type]
    assert journal.pictures.info(prepared.sha256) is not None


def test_listing_and_searching_never_load_pillow_or_the_picture_code(journal_path: Path) -> None:
    with Journal.open(journal_path) as j:
        kept = j.pictures.add(pictures.prepare(samples.png(), "a.png"))
        j.add(pictures.reference(kept.sha256, "whiteboard"), tags=["retro"])
        j.add("feedback with a picture " + pictures.reference(kept.sha256), title="Retro")
    script = (
        "import sys\n"
        "from reflekt.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'PIL'))\n"
    )
    shown: list[str] = []
    for command in (
        ["list"],
        ["list", "--json"],
        ["search", "feedback"],
        ["list", "--tag", "retro", "--limit", "0"],
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, "--journal", str(journal_path), *command],
            capture_output=True,
            text=True,
            check=True,
        )
        *output, loaded = done.stdout.strip().splitlines()
        assert loaded == "0 []", command  # it ran, and no PIL module was loaded
        shown.append("\n".join(output))
    # The untitled entry is listed by its picture's caption, not by 64 hex digits.
    assert "whiteboard" in shown[0] and "picture:" not in shown[0]
