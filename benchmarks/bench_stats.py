"""How long growth statistics take on a large journal (not part of the test run).

.venv/bin/python benchmarks/bench_stats.py [ENTRIES]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from reflekt.core import stats
from reflekt.core.journal import Journal
from reflekt.core.models import Kind, Relation, Source


def fill(journal: Journal, count: int, today: dt.date) -> None:
    rng = random.Random(5)
    kinds = list(Kind)
    sources = [*Source, None]
    people = [f"Colleague {n}" for n in range(60)]
    skills = [f"Skill {n}" for n in range(40)]

    def items():
        for n in range(count):
            day = today - dt.timedelta(days=rng.randrange(3650))
            yield {
                "title": f"Entry {n}",
                "body": "Words about work. " * rng.randrange(5, 60),
                "kind": rng.choice(kinds),
                "source": rng.choice(sources),
                "mood": rng.choice([None, 1, 2, 3, 4, 5]),
                "day": day,
                "created": f"{day.isoformat()}T12:00:00+01:00",
                "skills": rng.sample(skills, rng.randrange(3)),
                "people": [
                    (p, rng.choice(list(Relation)).value)
                    for p in rng.sample(people, rng.randrange(3))
                ],
                "visibility": rng.choice(["private", "shareable"]),
            }

    journal.add_many(items())


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    today = dt.date(2026, 6, 30)
    with tempfile.TemporaryDirectory() as folder, Journal.open(Path(folder) / "big.reflekt") as j:
        started = time.perf_counter()
        fill(j, count, today)
        print(f"filled {count} entries in {time.perf_counter() - started:.1f} s")
        for months in (3, 12):
            period = stats.Period.last_months(months, today)
            for shareable in (False, True):
                started = time.perf_counter()
                result = stats.compute(j, period, shareable_only=shareable, today=today)
                took = (time.perf_counter() - started) * 1000
                print(
                    f"{months:>2} months, shareable_only={shareable!s:<5}: "
                    f"{result.total_entries} entries summed in {took:.0f} ms"
                )


if __name__ == "__main__":
    main()
