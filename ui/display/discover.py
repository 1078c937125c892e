"""Finds the app's dialogs and builds each one it can from the example data, so the
accessibility audit and the plain-words check look at every window without a list to keep up
to date. A dialog whose arguments cannot be made up from the example data is skipped, with the
reason (tests list them, so a new dialog that slips through is seen)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow

import ui

Maker = Callable[[], object]


def dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in a sub-package of ui/ (ui/dialogs, ui/agenda, ...)."""
    found: list[type[QDialog]] = []
    root = Path(ui.__file__).parent
    for package in sorted(p for p in root.iterdir() if (p / "__init__.py").is_file()):
        for info in pkgutil.iter_modules([str(package)]):
            module = importlib.import_module(f"ui.{package.name}.{info.name}")
            for value in vars(module).values():
                if (inspect.isclass(value) and issubclass(value, QDialog)
                        and value.__module__ == module.__name__):
                    found.append(value)
    return found


def _makers(window: QMainWindow) -> dict[str, Maker]:
    """How to make each kind of argument from the example data, by parameter name."""
    context = window.context
    store = context.store
    committee = store.committees.all()[0]
    meetings = store.meetings.for_committee(committee.id)
    members = store.committees.members(committee.id)
    return {
        "parent": lambda: window,
        "window": lambda: window,
        "context": lambda: context,
        "controller": lambda: window.display_controller,
        "committee_id": lambda: committee.id,
        "committee": lambda: committee,
        "committee_name": lambda: committee.name,
        "meeting_id": lambda: meetings[0].id,
        "meeting": lambda: meetings[0],
        "person": lambda: members[0],
        "person_id": lambda: members[0].id,
        "members": lambda: [person.name for person in members],
        "db_path": lambda: Path(tempfile.gettempdir()) / "meetingkit-example.db",
    }


def _by_type(annotation: str) -> Maker | None:
    if annotation == "str":
        return lambda: "An example title"
    if annotation == "bool":
        return lambda: False
    if annotation.startswith("list["):
        return list
    return None


def build(cls: type[QDialog], window: QMainWindow) -> tuple[QDialog | None, str]:
    """(the dialog, '') or (None, why it could not be built)."""
    makers = _makers(window)
    arguments = {}
    for name, parameter in list(inspect.signature(cls.__init__).parameters.items())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        maker = makers.get(name)
        if maker is None and parameter.default is not parameter.empty:
            continue  # its own default is the most likely value
        maker = maker or _by_type(str(parameter.annotation).strip("'\""))
        if maker is None:
            return None, f"no example for its argument {name!r} ({parameter.annotation})"
        arguments[name] = maker()
    return cls(**arguments), ""
