"""Storage messages never show a password and speak of a *database* (not a file) for servers."""

from __future__ import annotations

import pytest

from sro_desktop.storage.errors import (
    DatabaseOpenError,
    NewerSchemaError,
    describe_target,
    hide_password,
    unchanged,
)
from sro_desktop.storage.open import open_database
from sro_desktop.storage.probe import classify_revision
from sro_desktop.storage.schema_version import PACKAGED_SCRIPTS

URL = "postgresql+psycopg://anna:Geheim-Pw-42@db.example:5432/sro"


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        (URL, "postgresql+psycopg://anna:***@db.example:5432/sro"),
        # Unparsable for SQLAlchemy (port), the password is blanked all the same.
        ("postgresql+psycopg://anna:Geheim-Pw-42@db.example:port/sro",
         "postgresql+psycopg://anna:***@db.example:port/sro"),
        ("/home/anna/sro.sqlite", "/home/anna/sro.sqlite"),
    ],
)
def test_targets_are_shown_without_password(target: str, shown: str) -> None:
    assert describe_target(target) == shown


def test_any_storage_message_hides_the_password() -> None:
    error = DatabaseOpenError(URL, f"Verbindung zu {URL} fehlgeschlagen (password=Geheim-Pw-42)")
    assert "Geheim-Pw-42" not in error.message and "Geheim-Pw-42" not in str(error)
    assert "anna:***@db.example" in error.message
    assert "Geheim-Pw-42" not in error.target
    # A short password is hidden where it stands in a URL, without mangling the words.
    short = "postgresql+psycopg://anna:ab@db/sro"
    assert hide_password("Fehler bei anna:ab@db: abc", short) == "Fehler bei anna:***@db: abc"


def test_server_refusals_speak_of_the_database() -> None:
    assert unchanged(URL) == "Die Datenbank bleibt unverändert."
    assert unchanged("/tmp/sro.sqlite") == "Die Datei bleibt unverändert."
    newer = NewerSchemaError(URL, "0099_neu", PACKAGED_SCRIPTS.head)
    assert "Datei" not in newer.message and "Die Datenbank bleibt unverändert." in newer.message
    for revision in (None, "fremd"):
        with pytest.raises(DatabaseOpenError) as info:
            classify_revision(URL, revision, PACKAGED_SCRIPTS)
        assert "Datei" not in info.value.message
        assert "Geheim-Pw-42" not in info.value.message


def test_unreachable_server_message_hides_the_password() -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql+psycopg://anna:Geheim-Pw-42@127.0.0.1:1/sro")
    assert "Geheim-Pw-42" not in info.value.message
    assert "anna:***@127.0.0.1:1/sro" in info.value.message
    assert "Datei" not in info.value.message
