"""Editing what the minutes noted: concerns, tasks and agreements in their tabs and in the
item's result list; links between concerns and measures. Every action is one undoable command.

Closed or approved minutes keep their text, but a concern's status, its links to measures and
whether a task is done are follow-up work and stay changeable (the services allow exactly that).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QTabWidget
from sqlalchemy.orm import Session

from ...services import meetings as svc
from .measure_picker import MeasurePickerDialog
from .result_dialog import ResultDialog
from .result_pages import ArrangementPage, ConcernPage, ResultPage, TaskPage
from .result_tables import OVERDUE_FG
from .tab_badge import number_badge
from .writes import WriteResult

Action = Callable[[Session], Any]
TABLES = {"concern": "concerns", "task": "tasks", "arrangement": "arrangements"}


class ResultActions:
    """Mixin of :class:`MeetingEditor`: the result tabs and what they ask for."""

    # Provided by MeetingEditor and EditorActions:
    ctx: Any
    meeting_id: uuid.UUID | None
    detail: svc.MeetingDetail | None
    dialog: QDialog | None
    tabs: QTabWidget
    editable: bool
    _items: list[svc.AgendaItemInfo]
    _reload: Callable[..., None]
    _open: Callable[[QDialog, Callable[[], None]], None]
    new_result: Callable[[str], None]
    show_message: Callable[[str], None]
    tr: Callable[[str], str]
    command: Callable[..., WriteResult]

    def _build_result_pages(self) -> None:
        self.concern_page = ConcernPage()
        self.task_page = TaskPage()
        self.arrangement_page = ArrangementPage()
        self.result_pages: dict[str, ResultPage] = {
            "concern": self.concern_page, "task": self.task_page,
            "arrangement": self.arrangement_page}
        for kind, page in self.result_pages.items():
            self.tabs.addTab(page, "")
            page.new_requested.connect(lambda k=kind: self.new_result(k))
            page.edit_requested.connect(lambda rid, k=kind: self.edit_result(k, rid))
            page.delete_requested.connect(lambda rid, k=kind: self.delete_result(k, rid))
        self.concern_page.link_requested.connect(self.link_measure)
        self.concern_page.unlink_requested.connect(self.unlink_measure)
        self.task_page.done_toggled.connect(self.set_task_done)
        self._title_result_tabs()

    def _title_result_tabs(self) -> None:
        """Short tab titles, so that all tabs fit beside the agenda in a 1280 pixel window:
        the counts are in the tooltip, in what a screen reader says and above each table;
        overdue tasks show as a red badge with their number."""
        titles = {"concern": self.tr("Anliegen"), "task": self.tr("Aufgaben"),
                  "arrangement": self.tr("Vereinbarungen")}
        overdue = self.task_page.overdue_count()
        bar = self.tabs.tabBar()
        for kind, page in self.result_pages.items():
            n = page.model.total
            spoken = f"{titles[kind]} ({n})" if n else titles[kind]
            if kind == "task" and overdue:
                spoken = self.tr("Aufgaben ({n}, {o} überfällig)").format(n=n, o=overdue)
            index = self.tabs.indexOf(page)
            self.tabs.setTabText(index, titles[kind])
            self.tabs.setTabToolTip(index, page.summary_text())
            bar.setAccessibleTabName(index, spoken)
            self.tabs.setTabIcon(index, number_badge(overdue, OVERDUE_FG)
                                 if kind == "task" and overdue else QIcon())

    def _load_result_pages(self, session: Session) -> None:
        """Fill the tabs from the database (part of the editor's reload)."""
        assert self.meeting_id is not None
        results = svc.meeting_results(session, self.meeting_id)
        numbers = {i.id: i.number for i in self._items}
        self.concern_page.set_records(results.concerns, numbers)
        self.task_page.set_records(results.tasks, numbers)
        self.arrangement_page.set_records(results.arrangements, numbers)
        for page in self.result_pages.values():
            page.set_editable(self.editable)
        self._title_result_tabs()

    def _show_item_in_pages(self, item: svc.AgendaItemInfo | None) -> None:
        for page in self.result_pages.values():
            page.set_item(item)

    def show_result(self, kind: str, record_id: uuid.UUID) -> bool:
        """Bring a concern, task or agreement into view in its tab (after a search)."""
        page = self.result_pages.get(kind)
        if page is None or not page.select(record_id):
            return False
        self.tabs.setCurrentWidget(page)
        return True

    # --- edit ---------------------------------------------------------------------------

    def _record(self, kind: str, record_id: uuid.UUID) -> Any:
        found = self.result_pages[kind].model.find(record_id)
        if found is None and kind == "task":  # a task carried over from an earlier meeting
            item = next((i for i in self._items if i.kind == "open_tasks"), None)
            if item is not None:
                with self.ctx.database.session() as s:
                    found = next((t for t in svc.item_results(s, item.id).carried_tasks
                                  if t.id == record_id), None)
        return found

    def edit_result(self, kind: str, record_id: uuid.UUID) -> None:
        """Open the form of a concern, task or agreement and store the changes (undoable)."""
        record = self._record(kind, record_id)
        if record is None or self.detail is None or self.meeting_id is None:
            return
        record = record.info if isinstance(record, svc.ConcernRow) else record
        locked = not self.editable
        owners: list[svc.NamedRef] = []
        organizations: list[svc.NamedRef] = []
        areas: list[svc.AreaChoice] = []
        with self.ctx.database.session() as s:
            if kind == "task":
                owners = [svc.NamedRef(m.person_id, m.person_name)
                          for m in svc.members(s, self.detail.body_id, on=self.detail.date)]
                organizations = svc.list_organizations(s)
                if record.meeting_id not in (None, self.meeting_id):
                    locked = svc.meeting_detail(s, record.meeting_id).locked
            elif kind == "concern":
                areas = svc.concern_area_choices(s, self.meeting_id)
        if locked and kind == "arrangement":
            self.show_message(self.tr("Vereinbarung: Protokoll gesperrt (Korrekturen nur als "
                                      "protokollierte Änderung)"))
            return
        dialog = ResultDialog(kind, owners=owners, organizations=organizations,
                              earliest_due=self.detail.date, record=record, areas=areas,
                              locked=locked, parent=self)  # type: ignore[arg-type]
        self._open(dialog, lambda: self._save_edit(kind, record, dialog, locked))

    def _save_edit(self, kind: str, old: Any, dialog: ResultDialog, locked: bool) -> None:
        values = dialog.values()
        rid = old.id
        steps: list[tuple[Action, Action]] = []
        if kind == "concern":
            before = {"text": old.text, "target_group": old.target_group, "area_id": old.area_id}
            after = {k: values.get(k, before[k]) for k in before}
            if not locked and after != before:
                steps.append((lambda s: svc.update_concern(s, rid, **after),
                              lambda s: svc.update_concern(s, rid, **before)))
            status = dialog.concern_status() or old.status
            if status != old.status:
                steps.append((lambda s: svc.set_concern_status(s, rid, status),
                              lambda s: svc.set_concern_status(s, rid, old.status)))
        elif kind == "task":
            before = {"description": old.description, "owner_person_id": old.owner_person_id,
                      "owner_organization_id": old.owner_organization_id,
                      "owner_text": old.owner if not (old.owner_person_id
                                                      or old.owner_organization_id) else "",
                      "due": old.due}
            if not locked and values != before:
                steps.append((lambda s: svc.update_task(s, rid, **values),
                              lambda s: svc.update_task(s, rid, **before)))
            done = dialog.done_on()
            if done != old.done_on:
                steps.append((lambda s: svc.set_task_done(s, rid, done),
                              lambda s: svc.set_task_done(s, rid, old.done_on)))
        elif values["text"] != old.text:
            steps.append((lambda s: svc.update_arrangement(s, rid, text=values["text"]),
                          lambda s: svc.update_arrangement(s, rid, text=old.text)))
        if not steps:
            return
        labels = {"concern": self.tr("Anliegen ändern"), "task": self.tr("Aufgabe ändern"),
                  "arrangement": self.tr("Vereinbarung ändern")}
        if self.command(labels[kind], _all(s[0] for s in steps),
                        lambda _r: _all(s[1] for s in reversed(steps)),
                        kinds=(TABLES[kind],)).ok:
            self._reload()

    def delete_result(self, kind: str, record_id: uuid.UUID) -> None:
        """Delete a concern, task or agreement (a tombstone; Ctrl+Z brings it back)."""
        if not self.editable:
            self.show_message(self.tr("Löschen: Protokoll gesperrt"))
            return
        labels = {"concern": self.tr("Anliegen löschen"), "task": self.tr("Aufgabe löschen"),
                  "arrangement": self.tr("Vereinbarung löschen")}
        if self.command(labels[kind], lambda s: svc.delete_result(s, kind, record_id),
                        lambda _r: lambda s: svc.restore_result(s, kind, record_id),
                        kinds=(TABLES[kind],)).ok:
            self._reload()

    def set_task_done(self, task_id: uuid.UUID, done: bool) -> None:
        """Mark a task done on the meeting's day (or today, for an older task) or open again."""
        record = self._record("task", task_id)
        if record is None or self.detail is None:
            return
        old = record.done_on
        day = max(self.detail.date, date.today()) if self.detail.locked else self.detail.date
        value = day if done else None
        if self.command(self.tr("Aufgabe erledigt") if done else self.tr("Aufgabe wieder offen"),
                        lambda s: svc.set_task_done(s, task_id, value),
                        lambda _r: lambda s: svc.set_task_done(s, task_id, old),
                        kinds=("tasks",)).ok:
            self._reload()

    # --- concerns and measures ----------------------------------------------------------

    def link_measure(self, concern_id: uuid.UUID) -> None:
        """Choose a measure of the Regionalraum and link the concern to it (undoable)."""
        row = self.concern_page.model.find(concern_id)
        if row is None:
            return
        linked = {m.id for m in row.measures}
        with self.ctx.database.session() as s:
            choices = [m for m in svc.measure_choices(s, concern_id) if m.id not in linked]
        dialog = MeasurePickerDialog(choices, concern_text=row.info.text,
                                     parent=self)  # type: ignore[arg-type]

        def save() -> None:
            measure_id = dialog.chosen_id()
            if measure_id is None:
                return
            status = row.info.status
            if self.command(self.tr("Maßnahme verknüpfen"),
                            lambda s: svc.link_concern_to_measure(s, concern_id, measure_id),
                            lambda _r: _all([
                                lambda s: svc.unlink_concern_from_measure(s, concern_id,
                                                                          measure_id),
                                lambda s: svc.set_concern_status(s, concern_id, status)]),
                            kinds=("concerns", "measures")).ok:
                self._reload()

        self._open(dialog, save)

    def unlink_measure(self, concern_id: uuid.UUID, measure_id: uuid.UUID) -> None:
        """Remove a concern's link to a measure (undoable, with the concern's status)."""
        row = self.concern_page.model.find(concern_id)
        status = row.info.status if row else None

        def relink(s: Session) -> None:
            svc.link_concern_to_measure(s, concern_id, measure_id)
            if status is not None:
                svc.set_concern_status(s, concern_id, status)

        if self.command(self.tr("Verknüpfung lösen"),
                        lambda s: svc.unlink_concern_from_measure(s, concern_id, measure_id),
                        lambda _r: relink, kinds=("concerns", "measures")).ok:
            self._reload()


def _all(actions: Sequence[Action] | Any) -> Action:
    """One action running several in the same transaction."""
    steps = list(actions)

    def run(session: Session) -> None:
        for step in steps:
            step(session)

    return run
