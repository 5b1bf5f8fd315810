"""Draw the app's icon (resources/icons/advocacy.svg) at the hicolor theme's sizes, into
``<root>/usr/share/icons/hicolor/<n>x<n>/apps/<id>.png`` and the SVG into ``scalable/apps``.

Run by packaging/build-linux.sh with the app's own Qt, offscreen: no image tool to install.
Usage: python packaging/render_icons.py ROOT
       python packaging/render_icons.py --platform-icons FOLDER   (advocacy.ico and advocacy.icns,
       for the Windows and macOS bundles; drawn from the same PNGs with Pillow, which fpdf2 brings)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(root: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from advocacy import DESKTOP_ID

    _app = QGuiApplication.instance() or QGuiApplication([])
    source = Path(__file__).resolve().parent.parent / "resources" / "icons" / "advocacy.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not an SVG Qt can draw")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # the format follows the .png suffix
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    scalable = hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


def platform_icons(folder: Path) -> list[Path]:
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        pngs = {p.parent.parent.name: p for p in render(Path(tmp)) if p.suffix == ".png"}
        largest = Image.open(pngs["512x512"])
        folder.mkdir(parents=True, exist_ok=True)
        ico, icns = folder / "advocacy.ico", folder / "advocacy.icns"
        largest.save(ico, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
        largest.save(icns)
    return [ico, icns]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--platform-icons":
        written = platform_icons(Path(sys.argv[2]))
    elif len(sys.argv) == 2:
        written = render(Path(sys.argv[1]))
    else:
        raise SystemExit(__doc__)
    for path in written:
        print(path)
