"""Search and typing benchmarks: the global search over the whole database, and keystroke to
visible character in the notes editor while the autosave writes in the background.

    python bench/run.py --db PATH      (or: python bench/bench_search.py PATH)

search_ms_p95: typing a German word into the search field until the grouped results are in
the model and painted (offscreen Qt, real widgets), warm. search_first_ms is the first search
of the process and search_vocabulary_ms the reading of the index's vocabulary that it
includes (SQLite finds the parts of compounds through it; read again after each change of the
index). search_more_ms_p95: "Mehr anzeigen" in a group. search_hits_by_query: what each
query finds, so that a query finding nothing is seen. keystroke_ms_p95: one key event into the
notes editor until the viewport has repainted, with the autosave set to write every ~50 ms, on
a copy of the database. The file given is only read, except that a database without the
search index (made by an older version) gets it installed first, as opening it would.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Words that occur in the demo texts (a query that finds nothing costs almost nothing and would
# flatter the numbers): umlauts, ß and an "ae/ue" spelling, two words, the second part of
# compounds ("Fußball" is only in "Begegnungsfußball", "platz" mostly in "Spielplatz"), and
# short prefixes. The hits per query are reported.
QUERIES = (
    "Spielplatz", "Jugendclub", "Kinder", "Familie", "Eltern", "Ferien", "Schule", "Sport",
    "Treffpunkt Abend", "Bedarf", "Angebot", "Stadtteil", "Graffiti", "Mädchen", "Ältere",
    "Beratung", "Fußball", "Begrüßung", "Grünflächen", "Gruenflaechen", "Öffnungszeiten",
    "Groß Klein", "regelmäßig", "Musik", "Geflüchtete", "platz", "Be", "Jug",
)
TYPED = "Die Bewohner*innen wünschen sich mehr Bänke am Spielplatz und längere Öffnungszeiten. "


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 2)


def _ensure_index(db_path: str) -> bool:
    """Install the search index when the database lacks it (older files); True if it did."""
    from sro_desktop.storage.database import make_engine
    from sro_desktop.storage.search_index import install_search_index, search_index_installed

    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            if search_index_installed(conn):
                return False
            install_search_index(conn)
            return True
    finally:
        engine.dispose()


def bench_search(db_path: str) -> dict[str, Any]:
    """Search through the real widget, warm (one round first, as a user's second search)."""
    from PySide6.QtWidgets import QApplication

    from sro_desktop.app import build_context, ensure_application
    from sro_desktop.storage.open import open_database
    from sro_desktop.ui.search import GlobalSearch

    app = ensure_application()
    database = open_database(db_path)
    ctx = build_context(database)
    widget = GlobalSearch(ctx)
    widget.resize(400, 30)
    widget.show()
    QApplication.processEvents()
    timings: list[float] = []
    more: list[float] = []
    first_ms = 0.0
    hits = 0
    by_query: dict[str, int] = {}
    for round_ in range(4):
        for query in QUERIES:
            start = time.perf_counter()
            results = widget.search_now(query)
            widget.view.viewport().repaint()
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            if not round_ and query == QUERIES[0]:
                first_ms = elapsed  # cold: reads the index's vocabulary (compounds)
            if round_:
                timings.append(elapsed)
                hits += results.total
                by_query[query] = results.total
            if round_ == 1 and results.groups and len(results.groups[0].hits) < (
                    results.groups[0].total):
                start = time.perf_counter()
                widget.load_more(results.groups[0].key)
                widget.view.viewport().repaint()
                app.processEvents()
                more.append((time.perf_counter() - start) * 1000)
    widget.popup.hide()
    widget.close()
    database.close()
    return {"search_ms_p50": _p(timings, 0.5), "search_ms_p95": _p(timings, 0.95),
            "search_ms_max": round(max(timings), 2), "search_queries": len(timings),
            "search_hits_avg": round(hits / len(timings), 1),
            "search_first_ms": round(first_ms, 2),
            "search_vocabulary_ms": _vocabulary_ms(db_path),
            "search_more_ms_p95": _p(more, 0.95) if more else None,
            "search_hits_by_query": by_query,
            "search_queries_without_hits": [q for q, n in by_query.items() if not n]}


def _vocabulary_ms(db_path: str) -> float:
    """Reading the index's vocabulary once (what the first search after a change pays on
    SQLite to find the parts of compounds), best of three on a fresh connection each."""
    from sqlalchemy.orm import Session

    from sro_desktop.services import search_compounds
    from sro_desktop.storage.database import make_engine

    best = float("inf")
    for _ in range(3):
        engine = make_engine(db_path, must_exist=True)
        try:
            with Session(engine) as session:
                if session.get_bind().dialect.name != "sqlite":
                    return 0.0
                start = time.perf_counter()
                search_compounds.vocabulary(session)
                best = min(best, (time.perf_counter() - start) * 1000)
        finally:
            engine.dispose()
    return round(best, 2)


def _editable_item(database: Any) -> tuple[Any, Any]:
    """A meeting whose minutes are open, and its longest-notes item (plans one if needed)."""
    from sqlalchemy import select

    from sro_desktop.models import AgendaItem, Meeting, MeetingStatus
    from sro_desktop.services import meetings as svc

    with database.write() as s:
        meeting_id = s.scalar(
            select(Meeting.id)
            .where(Meeting.status.in_([MeetingStatus.PLANNED, MeetingStatus.HELD]),
                   Meeting.deleted_at.is_(None))
            .order_by(Meeting.date.desc()).limit(1))
        if meeting_id is None:
            body = svc.list_bodies(s)[0]
            from datetime import date

            meeting_id = svc.plan_meeting(s, body_id=body.id, day=date.today())
        item_id = s.scalar(
            select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id,
                                        AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position).limit(1))
        if item_id is None:
            item_id = svc.add_agenda_item(s, meeting_id, "Thema")
        return meeting_id, item_id


def bench_keystrokes(db_path: str, keys: int = 400) -> dict[str, Any]:
    """Keystroke to repainted character while saves run (on a copy of the database)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from sro_desktop.app import build_context, ensure_application
    from sro_desktop.storage.open import open_database
    from sro_desktop.ui.meetings import MeetingEditor

    app = ensure_application()
    with tempfile.TemporaryDirectory(prefix="sro-bench-") as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(db_path, copy)
        database = open_database(copy)
        ctx = build_context(database)
        meeting_id, item_id = _editable_item(database)
        editor = MeetingEditor(ctx, idle_ms=50, max_ms=50)
        editor.resize(1280, 800)
        editor.load(meeting_id, item_id)
        editor.show()
        app.processEvents()
        notes = editor.notes.notes
        notes.setFocus()
        saves: list[float] = []
        editor.autosave.saved.connect(lambda *_: saves.append(time.perf_counter()))
        timings: list[float] = []
        busy_timings: list[float] = []
        text = (TYPED * (keys // len(TYPED) + 1))[:keys]
        for char in text:
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))
            notes.viewport().repaint()
            elapsed = (time.perf_counter() - start) * 1000
            timings.append(elapsed)
            if editor.autosave.busy:
                busy_timings.append(elapsed)
            # A fast typist: about ten keys a second, the event loop runs in between.
            until = time.perf_counter() + 0.02
            while time.perf_counter() < until:
                app.processEvents()
        editor.flush()
        app.processEvents()
        editor.close()
        database.close()
    return {"keystroke_ms_p50": _p(timings, 0.5), "keystroke_ms_p95": _p(timings, 0.95),
            "keystroke_ms_max": round(max(timings), 2),
            "keystroke_ms_p95_during_save": _p(busy_timings, 0.95) if busy_timings else None,
            "autosaves_during_typing": len(saves)}


def run(db_path: str) -> dict[str, Any]:
    """Both benchmarks on ``db_path`` (search on the file itself, typing on a copy)."""
    installed = _ensure_index(db_path)
    result: dict[str, Any] = {}
    result.update(bench_search(db_path))
    result.update(bench_keystrokes(db_path))
    if installed:
        result["search_index_installed_by_bench"] = True
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(run(sys.argv[1]), indent=1))
