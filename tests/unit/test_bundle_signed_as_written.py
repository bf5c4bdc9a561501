"""A bundle is signed as it is written: a name replaced in its text, a template section
or its title never breaks the signature colleagues check (the preview's marks around a
replaced name are not part of what is signed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.share import export, signing, team
from reflekt.share.redact import PeopleMode


def test_a_bundle_with_names_replaced_everywhere_passes_its_own_check(tmp_path: Path) -> None:
    folder = tmp_path / "Team"
    folder.mkdir()
    with Journal.open(tmp_path / "me.reflekt") as j:
        export.set_author(j, "Alex Andersson", "Support")
        j.people.set("Maria Lind", department="HR")
        j.add(
            "Maria Lind showed me how.",
            title="What Maria taught me",
            template="learned-from",
            sections={"who": "Maria Lind, HR partner", "what": "Ask Maria before advising"},
            people=["Maria Lind"],
            visibility="shareable",
        )
        preview = export.prepare_export(
            j, export.ExportOptions(format="bundle", people=PeopleMode.ROLES)
        )
        assert preview.replacements, "the name was replaced (the case under test)"
        data = json.loads(preview.data)
        assert "Maria" not in preview.data.decode("utf-8")
        assert signing.verify(data, "me.bundle") == signing.public_key(j)
        team.set_folder(j, folder)
        team.publish(j)
    with Journal.open(tmp_path / "colleague.reflekt") as reader:
        team.set_folder(reader, folder)
        report = team.scan(reader)
        titles = [lesson.title for lesson in reader.team.lessons()]
    assert not report.problems, report.problems
    assert len(titles) == 1 and "Maria" not in titles[0], titles


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("people", ["none", "roles", "names"])
def test_the_demo_journals_lessons_reach_a_colleague(
    tmp_path: Path, lang: str, people: str
) -> None:
    """What a new user tries first: publish the demo's shareable entries and read them
    from another journal. Every lesson arrives, in every people mode and both languages."""
    import datetime as dt

    from reflekt.core.demo import fill_demo

    folder = tmp_path / "Team"
    folder.mkdir()
    with Journal.open(tmp_path / "demo.reflekt") as j:
        fill_demo(j, lang, today=dt.date(2026, 11, 28), seed=7)
        shareable = {e.id for e in j.iter_entries() if e.visibility == "shareable"}
        export.set_author(j, "Demo Person", "Support")
        j.set_setting(team.PEOPLE_SETTING, people)
        team.set_folder(j, folder)
        team.publish(j, lang=lang)
    assert len(shareable) > 10
    with Journal.open(tmp_path / "colleague.reflekt") as reader:
        team.set_folder(reader, folder)
        report = team.scan(reader)
        lessons = reader.team.lessons()
    assert not report.problems, report.problems
    assert len(lessons) == len(shareable)
    assert {lesson.author_name for lesson in lessons} == {"Demo Person"}
