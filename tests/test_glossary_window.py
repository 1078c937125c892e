"""Edit > Glossary…: the committee's own words, added, changed and deleted by keyboard and
imported from or exported to CSV; the paper checker uses them at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from meetingkit.plain.glossary_csv import import_glossary_csv
from meetingkit.store.changes import Changes, Kind
from tests.test_papers_checker import listed, open_papers_tab


def _open_window(qtbot, tab):
    (action,) = [a for menu, a in tab.menu_actions()
                 if menu == "Edit" and a.text().replace("&", "") == "Glossary…"]
    action.trigger()
    window = tab.glossary_window
    qtbot.waitExposed(window)
    return window


def _field(dialog, name) -> QLineEdit:
    (field,) = [f for f in dialog.findChildren(QLineEdit) if f.accessibleName() == name]
    return field


def _type(qtbot, dialog, name, text):
    field = _field(dialog, name)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_word_added_here_is_marked_in_papers(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    assert not any("'progress'" in line for line in listed(tab))
    window = _open_window(qtbot, tab)
    labels_seen = {}

    def add(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("jargon"))
        labels_seen["meaning"] = dialog.labels["meaning"].text()
        _type(qtbot, dialog, "Word or short form", "progress")
        _type(qtbot, dialog, "Why it is hard, or what it means", "Vague; say what changed.")
        _type(qtbot, dialog, "Plainer words to use", "how far we have got|what we have done")
        qtbot.keyClick(_field(dialog, "Word or short form"), Qt.Key.Key_Return)

    on_next_dialog(add)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert labels_seen["meaning"] == "Why it is hard, or what it &means:"
    (term,) = [t for t in context.store.glossary.all() if t.term == "progress"]
    assert (term.kind, term.plain) == ("jargon", "how far we have got|what we have done")
    assert window.current().term == "progress"
    assert "Line 5: 'progress' – say 'how far we have got' instead" in listed(tab)


def test_a_short_form_needs_what_it_stands_for(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    window = _open_window(qtbot, tab)
    seen = {}

    def add(dialog):
        _type(qtbot, dialog, "Word or short form", "SIF")
        qtbot.keyClick(_field(dialog, "Word or short form"), Qt.Key.Key_Return)
        seen["problem"] = dialog.problem.text()
        seen["still open"] = dialog.isVisible()
        _type(qtbot, dialog, "What it stands for", "Serious Incident Framework")
        qtbot.keyClick(_field(dialog, "What it stands for"), Qt.Key.Key_Return)

    on_next_dialog(add)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"problem": "Please say what the short form stands for.", "still open": True}
    assert ("SIF", "Serious Incident Framework") in [
        (t.term, t.meaning) for t in context.store.glossary.all()]
    assert any(line.startswith("Line 9: 'SIF' – write it out: Serious Incident Framework (SIF)")
               for line in listed(tab))


def test_change_the_kind_and_delete(qtbot, context, on_next_dialog, monkeypatch):
    context.store.glossary.save("huddle", "A short team meeting.", "team talk", kind="jargon")
    context.bus.changed.emit(Changes.of_kinds(Kind.GLOSSARY))
    tab = open_papers_tab(qtbot, context)
    window = _open_window(qtbot, tab)
    assert window.list.topLevelItemCount() == 1

    def allow(dialog):
        assert _field(dialog, "Word or short form").text() == "huddle"
        dialog.kind.setCurrentIndex(dialog.kind.findData("allow"))
        assert not dialog.plain.isVisible() and not dialog.meaning.isVisible()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)

    on_next_dialog(allow)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Return)  # Enter changes the chosen word
    assert [(t.term, t.kind) for t in context.store.glossary.all()] == [("huddle", "allow")]
    monkeypatch.setattr("ui.glossary.glossary_window.confirm", lambda *args: True)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert context.store.glossary.all() == []
    assert window.list.topLevelItem(0).text(0).startswith("No words yet.")
    assert not window.delete_button.isEnabled()


def test_import_and_export_csv(qtbot, context, tmp_path, monkeypatch):
    source = tmp_path / "trust words.csv"
    source.write_text("term,kind,expansion,plain,explanation\n"
                      "QSG,acronym,Quality and Safety Group,,The group that checks care.\n"
                      "leverage,complex,,use,A business word.\n"
                      "Datix,allow,,,The name of our reporting system.\n", encoding="utf-8")
    tab = open_papers_tab(qtbot, context)
    window = _open_window(qtbot, tab)
    monkeypatch.setattr("ui.glossary.csv_transfer.choose_csv_to_import", lambda parent: str(source))
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    stored = {(t.term, t.kind): t for t in context.store.glossary.all()}
    assert set(stored) == {("QSG", "acronym"), ("leverage", "jargon"), ("Datix", "allow")}
    assert stored[("QSG", "acronym")].meaning == "Quality and Safety Group"
    assert stored[("QSG", "acronym")].note == "The group that checks care."
    assert window.list.topLevelItemCount() == 3
    target = tmp_path / "out.csv"
    monkeypatch.setattr("ui.glossary.csv_transfer.choose_csv_to_export", lambda parent: str(target))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    exported = {(e.term, e.kind, e.expansion, e.plain) for e in import_glossary_csv(target)}
    assert exported == {("QSG", "acronym", "Quality and Safety Group", ()),
                        ("leverage", "jargon", "", ("use",)), ("Datix", "allow", "", ())}


def test_a_bad_csv_is_refused_calmly(qtbot, context, tmp_path, monkeypatch):
    bad = tmp_path / "words.csv"
    bad.write_text("word,meaning\nICB,board\n", encoding="utf-8")
    tab = open_papers_tab(qtbot, context)
    window = _open_window(qtbot, tab)
    told = []
    monkeypatch.setattr("ui.glossary.csv_transfer.tell", lambda *args: told.append(args))
    monkeypatch.setattr("ui.glossary.csv_transfer.choose_csv_to_import", lambda parent: str(bad))
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    ((_parent, title, text),) = told
    assert title == "The glossary file was not imported"
    assert "header row" in text and "Nothing has changed." in text
    assert context.store.glossary.all() == []


def test_ctrl_z_in_the_glossary_window_brings_a_deleted_word_back(qtbot, context, monkeypatch):
    """It can fail: the window said 'Ctrl+Z brings it back' after a delete, but Undo's keys
    belonged to the main window only."""
    from meetingkit.ops import glossary as glossary_ops

    term_id = context.perform(None, lambda: glossary_ops.save_term(
        context.store, "huddle", meaning="A short team meeting.", kind="jargon")).result
    tab = open_papers_tab(qtbot, context)
    window = _open_window(qtbot, tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    monkeypatch.setattr("ui.glossary.glossary_window.confirm", lambda *args: True)
    window.list.setFocus()
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert context.store.glossary.all() == []
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(t.id, t.term) for t in context.store.glossary.all()] == [(term_id, "huddle")]
    assert window.list.topLevelItem(0).text(0) == "huddle"
