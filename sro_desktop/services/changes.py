"""Change sets: what a write changed, by entity kind and id, for views to reload selectively."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """Ids of the rows a user action created, changed or deleted, grouped by entity kind.

    Kinds are table names (``areas``, ``measures``, ``meetings`` …). Views decide from the kinds
    and ids what to reload; a change set never carries ORM objects.
    """

    changed: dict[str, frozenset[uuid.UUID]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, *ids: uuid.UUID) -> ChangeSet:
        """A change set for some rows of one kind."""
        return cls({kind: frozenset(ids)})

    def merged(self, other: ChangeSet) -> ChangeSet:
        """Both change sets in one."""
        out = dict(self.changed)
        for kind, ids in other.changed.items():
            out[kind] = out.get(kind, frozenset()) | ids
        return ChangeSet(out)

    def touches(self, kind: str) -> bool:
        """True when rows of ``kind`` changed."""
        return kind in self.changed

    def ids(self, kind: str) -> frozenset[uuid.UUID]:
        """The changed ids of ``kind`` (empty when none)."""
        return self.changed.get(kind, frozenset())
