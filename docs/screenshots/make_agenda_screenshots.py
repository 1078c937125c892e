"""Pictures of the Agenda tab, the templates, the Overview's pack section and the Send the
meeting pack dialog, for the user guide and for looking at (normal and double text size).

    python -m docs.screenshots.make_agenda_screenshots [folder]     (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

from pathlib import Path


def take(folder: Path, scale: float) -> list[Path]:
    from docs.screenshots.scaled_app import scaled_app, screenshot_settings
    from docs.screenshots.scaled_app import settle as settle_app
    from meetingkit.demo import load_example
    from meetingkit.ops import agenda as agenda_ops
    from meetingkit.ops import committees
    from meetingkit.publishing import check_pack
    from meetingkit.store import Store
    from meetingkit.templates import list_templates
    from ui.agenda.template_dialog import TemplateDialog
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.publish.publish_dialog import PublishDialog

    app = scaled_app(scale)
    suffix = "" if scale == 1 else "-large-text"
    saved: list[Path] = []

    def settle() -> None:
        settle_app(app)

    def save(widget, name: str) -> None:
        settle()
        path = folder / f"agenda-{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    store = Store.memory()
    load_example(store)
    context = AppContext(store=store, settings=screenshot_settings(scale))
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    settle()
    upcoming = context.meeting_id
    agenda = window.workspace.widget(1)
    window.workspace.setCurrentIndex(1)
    item = store.agenda.items(upcoming)[4]
    # Ten minutes too long, so the warning shows.
    context.perform(None, lambda: agenda_ops.update_item(store, item.id, minutes=60))
    agenda.show_item(item.id)
    save(window, "tab")
    committee = store.committees.all()[0]
    empty = context.perform(None, lambda: committees.create_meeting(
        store, committee.id, committee.name, "2099-02-10")).result
    window.navigator.select("meeting", empty)
    save(window, "empty")
    dialog = TemplateDialog(window, list_templates())
    dialog.show()
    save(dialog, "templates")
    dialog.close()
    window.navigator.select("meeting", upcoming)
    window.workspace.setCurrentIndex(0)
    save(window, "overview")
    sending = PublishDialog(window, check_pack(store, upcoming))
    sending.show()
    sending.reason.setPlainText("The medicines paper is being rewritten and comes next week.")
    save(sending, "send-pack")
    sending.close()
    window.close()
    store.close()
    return saved


if __name__ == "__main__":
    from docs.screenshots.scaled_app import run

    run(take)
