"""The facade's old method names, each forwarding to the part that now holds it.

compat: removed in phase B, when the callers (cli/, gui/, share/) use
``journal.goals.add(...)``, ``journal.people.set(...)``, ``journal.team.apply_bundle(...)``
and ``journal.shares.record(...)``. The parts' own methods turn database faults into plain
messages, so these forwarders need no wrapping of their own.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.goals import Goals
    from reflekt.core.people import People
    from reflekt.core.share_log import ShareLog
    from reflekt.core.team_library import TeamLibrary


class OldNames:
    """Mixed into ``Journal``: the names it had before its parts. compat: phase B."""

    goals: Goals
    people: People
    team: TeamLibrary
    shares: ShareLog

    def add_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.add(*args, **kwargs)

    def update_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.update(*args, **kwargs)

    def delete_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.delete(*args, **kwargs)

    def get_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.get(*args, **kwargs)

    def link_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.link(*args, **kwargs)

    def unlink_goal(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.goals.unlink(*args, **kwargs)

    def person(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.people.get(*args, **kwargs)

    def known_people(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.people.known(*args, **kwargs)

    def set_person(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.people.set(*args, **kwargs)

    def record_share(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.shares.record(*args, **kwargs)

    def apply_team_bundle(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.apply_bundle(*args, **kwargs)

    def team_lessons(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.lessons(*args, **kwargs)

    def search_team_lessons(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.search(*args, **kwargs)

    def team_lesson_count(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.count(*args, **kwargs)

    def get_team_lesson(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.get(*args, **kwargs)

    def team_authors(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.authors(*args, **kwargs)

    def forget_team_author(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.forget_author(*args, **kwargs)

    def find_team_author(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.find_author(*args, **kwargs)

    def pinned_team_key(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.pinned_key(*args, **kwargs)

    def check_team_key(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.check_key(*args, **kwargs)

    def team_files(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.files(*args, **kwargs)

    def note_team_file(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.note_file(*args, **kwargs)

    def drop_team_files(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.drop_files(*args, **kwargs)

    def link_team_lesson(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.link_lesson(*args, **kwargs)

    def team_lessons_used(self, *args: Any, **kwargs: Any) -> Any:  # compat: removed in phase B
        return self.team.lessons_used(*args, **kwargs)
