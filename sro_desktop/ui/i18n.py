"""The user interface language: German source strings, English from a compiled .qm file.

Qt's own German translation (``qtbase_de.qm``) is loaded too, so that standard dialog buttons
and context menus read German. The language is chosen at start from the settings; switching it
takes effect at the next start (widgets are not rebuilt while running).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_INSTALLED = "sroTranslators"  # dynamic property of the application: the installed files
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def translation_file(language: str) -> Path:
    """The compiled translation of the program's own strings for ``language``."""
    return TRANSLATIONS_DIR / f"sro_desktop_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install the translators for ``language`` once per application; returns what was loaded.

    The translators are children of the application, so they live as long as it does; their
    files are noted in a dynamic property, so that a second call (a second window in the same
    process) finds them instead of installing twice. (Not through ``findChildren``: PySide wraps
    every child of the application in Python for it, ~20 ms at start.)
    """
    existing = app.property(_INSTALLED)
    if isinstance(existing, list):
        return [str(path) for path in existing]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.German,
                     QLocale.Country.AnyCountry)
    loaded: list[str] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        loaded.append(qt.filePath())
    if language != "de":
        own = QTranslator(app)
        if own.load(str(translation_file(language))):
            app.installTranslator(own)
            loaded.append(own.filePath())
    app.setProperty(_INSTALLED, loaded)
    return loaded


def level_text(level: str) -> str:
    """The translated name of a hierarchy level (``social_space`` → "Sozialraum")."""
    labels = {
        "city": QCoreApplication.translate("AreaLevel", "Stadt"),
        "region": QCoreApplication.translate("AreaLevel", "Regionalraum"),
        "social_space": QCoreApplication.translate("AreaLevel", "Sozialraum"),
        "quarter": QCoreApplication.translate("AreaLevel", "Quartier"),
    }
    return labels.get(level, level)


def body_kind_text(kind: str) -> str:
    """The translated name of a kind of body (Gremium)."""
    labels = {
        "stadtteiltisch": QCoreApplication.translate("BodyKind", "Stadtteiltisch"),
        "sozialraumteam": QCoreApplication.translate("BodyKind", "Sozialraumteam"),
        "lenkungsgruppe": QCoreApplication.translate("BodyKind", "Lenkungsgruppe"),
    }
    return labels.get(kind, kind)


def thousands(number: int) -> str:
    """German digit grouping: ``13.586``."""
    return f"{number:,}".replace(",", ".")
