"""The command line: ``fgc-desktop`` opens the window; subcommands work without it.

Exit status 0 on success, 2 on anything the user can put right (a bad file, a
missing conference, a bad argument), with a message saying what to do.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fgc_desktop import __version__
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import data_folder_for
from fgc_desktop.paths import data_dir
from fgc_desktop.settings import read_database_url
from fgc_desktop.store.database import Database, sqlite_url

USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fgc-desktop",
        description="FGC Desktop: plan and record family group conferences. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"FGC Desktop {__version__}")
    parser.add_argument(
        "--data-dir", metavar="FOLDER",
        help="keep the database here instead of the usual place (or set FGC_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")
    listing = commands.add_parser("list", help="print one line per conference, tab-separated")
    listing.add_argument("--all", action="store_true", help="include archived conferences")
    importing = commands.add_parser("import", help="import a conference from a case file")
    importing.add_argument("file", type=Path)
    exporting = commands.add_parser("export", help="write one conference to a case file")
    exporting.add_argument("reference")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    commands.add_parser("demo", help="load a few invented conferences to explore the app")
    _add_documents_command(commands)
    commands.add_parser(
        "readability", help="print how readable the app's own words are in each family document")
    return parser


def _add_documents_command(commands: argparse._SubParsersAction[Any]) -> None:
    documents = commands.add_parser(
        "documents", help="write family documents as PDF files and print their paths",
        description="Write family documents for one conference as PDF files, one per "
        "person, and print each file's path on its own line.",
    )
    documents.add_argument("reference", help="the conference's reference, e.g. FGC-2026-0042")
    documents.add_argument("--kind", required=True, metavar="KIND",
                           help="which document: invitation, child_invitation, leaflet, "
                           "plan or review_invitation")
    documents.add_argument("--recipient", default="all", metavar="ID",
                           help="the person's ID (see the error for a list), or 'all' "
                           "(the default)")
    documents.add_argument("--language", metavar="CODE",
                           help="print in this language (default: each person's own)")
    documents.add_argument("--bilingual", action="store_true",
                           help="add English after the person's language (Welsh comes first)")
    documents.add_argument("--large-print", action="store_true", help="use large print")
    documents.add_argument("--out", type=Path, default=Path.cwd(), metavar="DIR",
                           help="the folder to write into (default: the current folder)")


def open_database(folder: Path) -> Database:
    """The team's server if one is set, else the local file in ``folder``."""
    return Database(read_database_url(folder) or sqlite_url(folder))


def _list(db: Database, include_archived: bool) -> None:
    from fgc_desktop.services.conferences import list_conferences

    for row in list_conferences(db, include_archived=include_archived):
        next_date = row.next_date.isoformat() if row.next_date else ""
        print("\t".join(
            (row.reference, row.family_name, row.stage.value, next_date, row.coordinator_name)
        ))


def _documents(db: Database, args: argparse.Namespace) -> tuple[Path, ...]:
    """Writes the documents asked for; a person is named by the ID shown in the error."""
    from fgc_desktop.documents.registry import document_kind
    from fgc_desktop.services import documents
    from fgc_desktop.services.conferences import find_conference_id

    conference_id = find_conference_id(db, args.reference)
    kind = document_kind(args.kind)
    options = documents.DocumentOptions(args.language, args.bilingual, args.large_print)
    ids: list[int] | None = None
    if args.recipient != "all" and not kind.for_anyone:
        ids = [documents.recipient_by_uid(db, conference_id, kind.key, args.recipient).id]
    return documents.produce(db, conference_id, kind.key, ids, options, args.out).paths


def _run_command(args: argparse.Namespace, folder: Path) -> int:
    if args.command in (None, "gui"):
        from fgc_desktop.ui.app import run_app

        return run_app(folder)
    if args.command == "readability":
        from fgc_desktop.services.readability import demo_document_figures, figures_table

        print("\n".join(figures_table(demo_document_figures())))
        return 0
    db = open_database(folder)
    try:
        if args.command == "list":
            _list(db, args.all)
        elif args.command == "import":
            from fgc_desktop.casefile.importer import import_case_file

            reference = import_case_file(db, args.file)
            print(f"Imported {reference}.")
        elif args.command == "export":
            from fgc_desktop.casefile.exporter import export_case_file

            export_case_file(db, args.reference, args.output)
            print(args.output)
        elif args.command == "documents":
            for path in _documents(db, args):
                print(path)
        elif args.command == "demo":
            from fgc_desktop.services.demo import load_demo

            for reference in load_demo(db):
                print(f"Loaded {reference}.")
    finally:
        db.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        folder = data_dir(args.data_dir)
        with data_folder_for(folder):
            return _run_command(args, folder)
    except UserError as error:
        print(f"fgc-desktop: {error}", file=sys.stderr)
        return USER_ERROR
    except OSError as error:
        print(f"fgc-desktop: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return USER_ERROR
