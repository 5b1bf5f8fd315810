#!/usr/bin/env bash
# Builds the Linux release from this checkout, into dist/:
#   advocacy-<version>-linux-<arch>.tar.gz   the one-folder bundle (run advocacy/advocacy from it)
#   advocacy_<version>_<arch>.deb            the bundle in /opt/advocacy, `advocacy` on the PATH, the
#                                            menu entry, the icons and the AppStream metainfo
# Uses the project's .venv (made if missing) with PyInstaller from the `package` extra.
# Usage: bash packaging/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1

[ -x .venv/bin/python ] || python3 -m venv .venv
PY=.venv/bin/python
"$PY" -m pip install -qq -e '.[package]'

VERSION="$("$PY" -c 'import advocacy; print(advocacy.__version__)')"
APP_ID="$("$PY" -c 'import advocacy; print(advocacy.DESKTOP_ID)')"
ARCH="$(dpkg --print-architecture)"
WORK="build/linux"
rm -rf "$WORK" && mkdir -p "$WORK" dist

# 1. The one-folder bundle: Python, Qt and the app, nothing from this machine's Python.
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/pyinstaller" --workpath "$WORK/pyinstaller-work" packaging/advocacy.spec
BUNDLE="$WORK/pyinstaller/advocacy"

# 2. The desktop's files: the menu entry, the metainfo and the icon at every hicolor size.
SHARE_ROOT="$WORK/share-root"
install -D -m 644 "packaging/linux/$APP_ID.desktop" "$SHARE_ROOT/usr/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$SHARE_ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py "$SHARE_ROOT" >/dev/null
desktop-file-validate "$SHARE_ROOT/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "$SHARE_ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null

# 3. The .tar.gz: the bundle, with the desktop files beside it for a manual install.
TAR_NAME="advocacy-$VERSION-linux-$ARCH"
mkdir -p "$WORK/$TAR_NAME"
cp -a "$BUNDLE" "$WORK/$TAR_NAME/advocacy"
cp -a "$SHARE_ROOT/usr/share" "$WORK/$TAR_NAME/share"
cp packaging/linux/INSTALL.txt "$WORK/$TAR_NAME/INSTALL.txt"
tar -C "$WORK" -czf "dist/$TAR_NAME.tar.gz" "$TAR_NAME"

# 4. The .deb: /opt/advocacy holds the bundle; /usr/bin/advocacy points into it.
DEB_ROOT="$WORK/deb-root"
mkdir -p "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" "$DEB_ROOT/DEBIAN" "$DEB_ROOT/usr/share/doc/advocacy"
cp -a "$BUNDLE" "$DEB_ROOT/opt/advocacy"
cp -a "$SHARE_ROOT/usr/share/." "$DEB_ROOT/usr/share/"
ln -s /opt/advocacy/advocacy "$DEB_ROOT/usr/bin/advocacy"
install -m 644 packaging/linux/copyright "$DEB_ROOT/usr/share/doc/advocacy/copyright"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
  packaging/linux/control.in > "$DEB_ROOT/DEBIAN/control"
DEB="dist/advocacy_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$DEB" >/dev/null

echo "built: dist/$TAR_NAME.tar.gz ($(du -h "dist/$TAR_NAME.tar.gz" | cut -f1)), $DEB ($(du -h "$DEB" | cut -f1)); bundle $(du -sh "$BUNDLE" | cut -f1) unpacked"
