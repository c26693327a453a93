"""``fgc-desktop documents``: paths printed one per line; bad arguments exit with status 2."""

from pathlib import Path

import pytest

from fgc_desktop.cli import main
from fgc_desktop.services import documents
from fgc_desktop.services.demo import load_demo
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import conference_id


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db)
    return db


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    status = main(["documents", *args])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def test_every_invitation_is_written_and_its_path_printed(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, _err = _run(capsys, "DEMO-0004", "--kind", "invitation", "--out",
                               str(tmp_path))
    assert status == 0
    assert len(lines) == 7
    assert all(Path(line).is_file() and Path(line).parent == tmp_path for line in lines)
    assert str(tmp_path / "DEMO-0004 invitation - Saima Misaal (ur).pdf") in lines


def test_one_person_in_a_chosen_language_bilingual_and_large(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ffion,) = [person for person in documents.recipients(
        demo, conference_id(demo, "DEMO-0005"), "plan") if person.name == "Ffion Testwood"]
    status, lines, _err = _run(capsys, "DEMO-0005", "--kind", "plan", "--recipient",
                               ffion.uid, "--language", "cy", "--bilingual", "--large-print",
                               "--out", str(tmp_path))
    assert status == 0
    assert lines == [str(tmp_path / "DEMO-0005 plan - Ffion Testwood (cy+en).pdf")]


def test_the_leaflet_needs_no_recipient(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, _err = _run(capsys, "DEMO-0001", "--kind", "leaflet", "--out",
                               str(tmp_path))
    assert (status, lines) == (0, [str(tmp_path / "DEMO-0001 leaflet (en).pdf")])


@pytest.mark.parametrize(("args", "message"), [
    (["DEMO-0004", "--kind", "letter"], "There is no document called “letter”"),
    (["DEMO-9999", "--kind", "leaflet"], "There is no conference with the reference"),
    (["DEMO-0004", "--kind", "invitation", "--recipient", "nobody"],
     "There is nobody with the ID nobody"),
    (["DEMO-0004", "--kind", "invitation", "--language", "xx"], "cannot be printed in “xx”"),
])
def test_bad_arguments_are_explained_with_status_2(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
    message: str,
) -> None:
    status, lines, err = _run(capsys, *args, "--out", str(tmp_path))
    assert status == 2 and lines == []
    assert message in err
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_plan_for_someone_off_its_list_is_refused(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = conference_id(demo, "DEMO-0004")
    (aliza,) = [person for person in documents.recipients(demo, number, "child_invitation")
                if person.name == "Aliza Misaal"]
    status, lines, err = _run(capsys, "DEMO-0004", "--kind", "plan", "--recipient", aliza.uid,
                              "--out", str(tmp_path))
    assert status == 2 and lines == []
    assert "Aliza Misaal is not on the plan's list of people who get a copy" in err


def test_a_missing_kind_is_an_argument_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["documents", "DEMO-0004"])
    assert stopped.value.code == 2
    assert "--kind" in capsys.readouterr().err
