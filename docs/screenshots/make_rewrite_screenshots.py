"""Pictures of the Rewrite into plain English window, for the user guide and for looking at
(normal and double text size).

    python -m docs.screenshots.make_rewrite_screenshots [folder]     (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

from pathlib import Path

PAPER = Path(__file__).resolve().parents[2] / "tests" / "plain" / "fixtures" / "ambulance_quality_update.md"


def take(folder: Path, scale: float) -> list[Path]:
    from docs.screenshots.scaled_app import scaled_app, settle
    from meetingkit.plain import plan_changes
    from ui.papers.rewrite_dialog import RewriteDialog

    app = scaled_app(scale)
    suffix = "" if scale == 1 else "-large-text"
    text = PAPER.read_text(encoding="utf-8")
    dialog = RewriteDialog(None, "Quality and safety update", text, plan_changes(text), False)
    dialog.resize(1300, 900)
    dialog.show()
    settle(app)
    path = folder / f"papers-rewrite-safe-and-suggested{suffix}.png"
    dialog.grab().save(str(path))
    dialog.close()
    return [path]


if __name__ == "__main__":
    from docs.screenshots.scaled_app import run

    run(take)
