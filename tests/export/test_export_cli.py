"""`meetingkit export ...` from the command line: files made, Qt never imported, patient
details stop an export unless allowed, problems get one clear line."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from cli_helpers import run_cli as _run
from export_helpers import rich_meeting

from meetingkit.store import Store


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "committee.db"
    store = Store.open(path)
    ids = rich_meeting(store)
    store.close()
    return path, ids


def test_pack_minutes_review_pack_and_actions(database, tmp_path, today_is):
    today_is(date(2026, 3, 20))  # after the first action was due
    path, ids = database
    meeting, committee = str(ids["meeting"]), str(ids["committee"])
    runs = [
        ("pack", "--meeting", meeting, "-o", str(tmp_path / "pack.docx"), "--large-print"),
        ("minutes", "--meeting", meeting, "-o", str(tmp_path / "minutes.docx"),
         "--who-was-heard"),
        ("review-pack", "--meeting", meeting, "-o", str(tmp_path / "review")),
        ("actions", "--committee", committee, "-o", str(tmp_path / "actions.csv")),
        ("actions", "--committee", committee, "-o", str(tmp_path / "actions.docx")),
    ]
    for arguments in runs:
        done = _run("--db", str(path), "export", *arguments)
        assert done.returncode == 0, done.stderr
        assert "QT-MODULES: []" in done.stdout
        assert done.stdout.startswith("Saved ")
    assert docx.Document(str(tmp_path / "pack.docx")).styles["Normal"].font.size.pt >= 16
    assert "Who was heard" in [p.text for p in docx.Document(str(tmp_path / "minutes.docx"))
                               .paragraphs]
    assert (tmp_path / "review.mkreview").exists()
    assert "Overdue" in (tmp_path / "actions.csv").read_text(encoding="utf-8-sig")


def test_the_database_option_after_the_command(database, tmp_path):
    path, ids = database
    done = _run("export", "actions", "--db", str(path), "--committee", str(ids["committee"]),
                "-o", str(tmp_path / "a.csv"))
    assert done.returncode == 0, done.stderr


def test_patient_details_stop_the_export_unless_allowed(database, tmp_path):
    path, ids = database
    store = Store.open(path)
    store.notes.save(ids["falls"], "Patient NHS number 943 476 5919")
    store.close()
    target = tmp_path / "minutes.docx"
    arguments = ("--db", str(path), "export", "minutes", "--meeting", str(ids["meeting"]),
                 "-o", str(target))
    stopped = _run(*arguments)
    assert stopped.returncode == 3
    assert "looks like an NHS number" in stopped.stderr
    assert "--allow-patient-details" in stopped.stderr
    assert not target.exists()
    allowed = _run(*arguments, "--allow-patient-details")
    assert allowed.returncode == 0 and target.exists()
    # The pack does not hold the notes, so it is not stopped by them.
    pack = _run("--db", str(path), "export", "pack", "--meeting", str(ids["meeting"]),
                "-o", str(tmp_path / "pack.docx"))
    assert pack.returncode == 0, pack.stderr


@pytest.mark.parametrize("ending", ["csv", "docx"])
def test_the_action_log_goes_through_the_same_check(database, tmp_path, ending):
    path, ids = database
    store = Store.open(path)
    store.actions.add(ids["meeting"], "Call Mrs Cole on 07700 900461 about DOB 14/03/1947",
                      "Jo Williams", "2026-04-01", ids["falls"])
    store.close()
    target = tmp_path / f"actions.{ending}"
    arguments = ("--db", str(path), "export", "actions", "--committee", str(ids["committee"]),
                 "-o", str(target))
    stopped = _run(*arguments)
    assert stopped.returncode == 3, stopped.stderr
    assert "07700 900461" in stopped.stderr and not target.exists()
    assert _run(*arguments, "--allow-patient-details").returncode == 0 and target.exists()


@pytest.mark.parametrize(("arguments", "message"), [
    (("pack", "--meeting", "999"), "There is no meeting number 999"),
    (("actions", "--committee", "999"), "There is no committee number 999"),
])
def test_unknown_numbers_get_one_clear_line(database, tmp_path, arguments, message):
    path, _ = database
    done = _run("--db", str(path), "export", *arguments, "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_a_missing_database_is_not_created(tmp_path):
    missing = tmp_path / "nothing.db"
    done = _run("--db", str(missing), "export", "actions", "--committee", "1", "-o",
                str(tmp_path / "a.csv"))
    assert done.returncode == 2 and "There is no MeetingKit database" in done.stderr
    assert not missing.exists()
