"""The project's translation commands: ``python -m fgc_desktop.i18n.maintain <command>``.

* ``extract``: the English templates (``translations/<domain>.pot``) from the code;
* ``update``: each language's ``.po`` brought up to its template (made if missing);
* ``compile``: ``.mo`` files beside the ``.po`` files, with statistics;
* ``check``: per language and domain, messages, translated %, placeholder
  faults and the shipped catalogue's ``# Status:`` line; exits with 1 if any
  catalogue is incomplete or faulty.

Each wraps Babel's own ``pybabel`` commands, run from the repository's top
folder; they are for the people who make the app, not for its users (the
installed app's ``.mo`` files are compiled by ``hatch_build.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import chdir
from dataclasses import dataclass
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, INTERFACE_DOMAIN
from fgc_desktop.i18n.languages import INTERFACE_LANGUAGES, LANGUAGES
from fgc_desktop.i18n.overrides import read_catalogue
from fgc_desktop.i18n.quality import check_catalogue
from fgc_desktop.i18n.status import shipped_note

REPOSITORY = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPOSITORY / "translations"
LINE_WIDTH = 100  # wide enough for the catalogues' "# Status:" lines to stay whole
COMMON_OPTIONS = ("--add-comments=Translators:", "--sort-by-file", "--project=FGC Desktop",
                  "--copyright-holder=FGC Desktop contributors", "--msgid-bugs-address=")


@dataclass(frozen=True)
class Domain:
    name: str
    keywords: tuple[str, ...]
    languages: tuple[str, ...]

    @property
    def template(self) -> Path:
        return TRANSLATIONS / f"{self.name}.pot"

    def catalogue(self, code: str) -> Path:
        return TRANSLATIONS / code / "LC_MESSAGES" / f"{self.name}.po"


DOMAINS = (
    Domain(INTERFACE_DOMAIN, ("_", "N_", "ngettext:1,2", "QT_N_:1c,2"),
           tuple(code for code in INTERFACE_LANGUAGES if code != "en")),
    Domain(DOCUMENTS_DOMAIN, ("_d", "_dn:1,2"),
           tuple(language.code for language in LANGUAGES if language.code != "en")),
)


def pybabel(*arguments: str, quiet: bool = True) -> None:
    """Runs one ``pybabel`` command in this process; Babel exits on a usage error."""
    CommandLineInterface().run(  # type: ignore[no-untyped-call]
        ["pybabel", *(["-q"] if quiet else []), *arguments])


def extract() -> None:
    """Run from the top folder, so the templates name source files relative to it."""
    with chdir(REPOSITORY):
        for domain in DOMAINS:
            keywords = [f"-k{keyword}" for keyword in domain.keywords]
            pybabel("extract", "--mapping-file=babel.cfg", "--no-default-keywords", *keywords,
                    *COMMON_OPTIONS, f"--width={LINE_WIDTH}", f"--output-file={domain.template}",
                    ".")


def update() -> None:
    for domain in DOMAINS:
        if not domain.template.exists():
            print(f"{domain.template.name} is missing: run extract first.")
            continue
        for code in domain.languages:
            command = "update" if domain.catalogue(code).exists() else "init"
            extra = ("--no-fuzzy-matching", f"--width={LINE_WIDTH}") if command == "update" else ()
            pybabel(command, f"--domain={domain.name}", f"--input-file={domain.template}",
                    f"--output-dir={TRANSLATIONS}", f"--locale={code}", *extra)


def compile_all() -> None:
    for domain in DOMAINS:
        for code in domain.languages:
            if domain.catalogue(code).exists():
                pybabel("compile", f"--domain={domain.name}", f"--directory={TRANSLATIONS}",
                        f"--locale={code}", "--statistics", quiet=False)


def check() -> bool:
    """Prints one line per language and domain; whether every catalogue is complete and safe."""
    healthy = True
    print(f"{'language':<9}{'domain':<15}{'messages':>9}{'translated':>12}{'faults':>8}  status")
    for domain in DOMAINS:
        if not domain.template.exists():
            print(f"{'-':<9}{domain.name:<15} no template: run extract")
            healthy = False
            continue
        template = read_catalogue(domain.template)
        for code in domain.languages:
            path = domain.catalogue(code)
            if not path.exists():
                print(f"{code:<9}{domain.name:<15} no catalogue: run update")
                healthy = False
                continue
            report = check_catalogue(template, read_catalogue(path))
            status = shipped_note(code) if domain.name == DOCUMENTS_DOMAIN else ""
            print(f"{code:<9}{domain.name:<15}{report.messages:>9}{report.percent:>11}%"
                  f"{len(report.faults):>8}  {status}")
            for fault in report.faults:
                print(f"    {fault}")
            healthy = healthy and report.percent == 100 and not report.faults
    return healthy


COMMANDS = {"extract": extract, "update": update, "compile": compile_all}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    choices = [*COMMANDS, "check"]
    if len(arguments) != 1 or arguments[0] not in choices:
        print(f"usage: python -m fgc_desktop.i18n.maintain {{{'|'.join(choices)}}}",
              file=sys.stderr)
        return 2
    if arguments[0] == "check":
        return 0 if check() else 1
    COMMANDS[arguments[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
