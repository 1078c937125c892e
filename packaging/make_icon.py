"""Draws MeetingKit's icon with QPainter and writes resources/icons/meetingkit.png and .ico.

    python packaging/make_icon.py

The icon is a white speech bubble holding a tick, on NHS blue: "a meeting where things get
agreed". Each size is drawn from the shapes rather than shrunk from the big one, so the small
icons in the taskbar and Start menu stay sharp. The outputs are committed; run this again only
when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed to draw

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ICON_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256
NHS_BLUE = QColor("#005EB8")  # white on this blue has a contrast ratio of about 5.9 to 1
WHITE = QColor("#FFFFFF")


def draw_icon(size: int) -> QImage:
    """The icon at size x size pixels, drawn on a 256-unit grid scaled to fit."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    small = size <= 32  # thicker lines and a fuller bubble so tiny icons still read

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(NHS_BLUE))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)

    bubble = QPainterPath()
    top, bottom = (36, 184) if small else (48, 176)
    left, right = (28, 228) if small else (40, 216)
    bubble.addRoundedRect(QRectF(left, top, right - left, bottom - top), 40, 40)
    tail = QPainterPath()
    tail.moveTo(QPointF(left + 36, bottom - 12))
    tail.lineTo(QPointF(left + 28, 228))
    tail.lineTo(QPointF(left + 92, bottom - 12))
    tail.closeSubpath()
    painter.setBrush(QBrush(WHITE))
    painter.drawPath(bubble.united(tail))

    pen = QPen(NHS_BLUE, 34 if small else 24)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    middle = (top + bottom) / 2
    tick = QPainterPath()
    tick.moveTo(QPointF(86, middle + 2))
    tick.lineTo(QPointF(116, middle + 32))
    tick.lineTo(QPointF(172, middle - 30))
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed picture per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    directory = b""
    pictures = b""
    offset = 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data),
                                 offset + len(pictures))
        pictures += data
    return header + directory + pictures


def write_icons(folder: Path = ICON_FOLDER) -> list[Path]:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw_icon(size)) for size in ICO_SIZES}
    png_path = folder / "meetingkit.png"
    png_path.write_bytes(pngs[PNG_SIZE])
    ico_path = folder / "meetingkit.ico"
    ico_path.write_bytes(ico_bytes(pngs))
    return [png_path, ico_path]


if __name__ == "__main__":
    for written in write_icons():
        print(f"wrote {written} ({written.stat().st_size:,} bytes)")
