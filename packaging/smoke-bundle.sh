#!/usr/bin/env bash
# Tries the Linux release as a user's machine would, with nothing of this checkout or its venv on
# any path: each run is `env -i` with a minimal PATH, from a folder outside the checkout.
#   1. the .tar.gz unpacked elsewhere: --version, the window on the sample under Xvfb (--smoke),
#      `audit --sample --format json` (a valid report), and a token through the system keyring;
#   2. the .deb installed with apt-get, `advocacy` on the PATH and its menu entry, then removed,
#      leaving nothing of it behind.
# Needs root (or sudo) for apt-get. Usage: bash packaging/smoke-bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="$(.venv/bin/python -c 'import advocacy; print(advocacy.__version__)')"
APP_ID="$(.venv/bin/python -c 'import advocacy; print(advocacy.DESKTOP_ID)')"
ARCH="$(dpkg --print-architecture)"
TARBALL="$PWD/dist/advocacy-$VERSION-linux-$ARCH.tar.gz"
DEB="$PWD/dist/advocacy_${VERSION}_${ARCH}.deb"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

PLACE="$(mktemp -d)"
trap 'rm -rf "$PLACE"' EXIT
tar -C "$PLACE" -xzf "$TARBALL"
APP="$PLACE/advocacy-$VERSION-linux-$ARCH/advocacy/advocacy"
mkdir -p "$PLACE/home"
cd "$PLACE"
clean() { env -i PATH=/usr/bin:/bin HOME="$PLACE/home" LANG=C.UTF-8 "$@"; }
fail() { echo "bundle smoke: $*" >&2; exit 1; }

# 1a. The version, as the window's About says it.
[ "$(clean "$APP" --version)" = "advocacy $VERSION" ] || fail "--version does not say $VERSION"

# 1b. The window on the sample, on a real X server; it quits by itself.
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
  'exec env -i PATH=/usr/bin:/bin HOME="$1/home" LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" \
     QT_QPA_PLATFORM=xcb "$2" --smoke' sh "$PLACE" "$APP" || fail "the window did not start"

# 1c. The command line: a whole audit of the sample, as JSON another program can read.
clean "$APP" audit --sample --format json > "$PLACE/report.json" || fail "audit --sample failed"
python3 - "$PLACE/report.json" <<'PY' || fail "audit --sample did not print a valid report"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(report["score"], int) and report["coverage"]["read"] == report["coverage"]["total"] > 0, report["coverage"]
assert report["sources"] and report["findings"], "an empty report"
PY

# 1d. A token kept and read back through the system keyring (a private gnome-keyring).
cat > "$PLACE/profile.toml" <<'TOML'
[me]
name = "Smoke Test"
[me.accounts]
mastodon = "@smoke@social.example"
[company]
name = "Acme"
TOML
mkdir -m 700 "$PLACE/run" "$PLACE/data"
# A keyring of its own: one the caller's session already made (with another password) stays locked.
XDG_DATA_HOME="$PLACE/data" XDG_RUNTIME_DIR="$PLACE/run" dbus-run-session -- sh -c '
  set -e
  printf %s smoke-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  run() { env -i PATH=/usr/bin:/bin HOME="$1/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$1/run" \
            DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" "$2" tokens "$3" ${4:+"$4"} --profile "$1/profile.toml"; }
  printf "smoke-token\n" | run "$1" "$2" set mastodon | grep -q "kept in .*SecretService"
  run "$1" "$2" list | grep -q "@smoke@social.example: kept in the keyring"
  run "$1" "$2" delete mastodon >/dev/null
  run "$1" "$2" list | grep -q "@smoke@social.example: none"
' sh "$PLACE" "$APP" || fail "the keyring did not work through the bundle"
echo "bundle smoke: the .tar.gz runs from $PLACE with a clean environment (window, audit, keyring)"

# 2. The .deb, installed and removed by apt.
$SUDO apt-get install -y -qq "$DEB" >/dev/null 2>&1 || fail "apt-get could not install $DEB"
[ "$(clean advocacy --version)" = "advocacy $VERSION" ] || fail "the installed advocacy is not on the PATH"
for installed in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
  "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
  [ -f "$installed" ] || fail "the .deb did not install $installed"
done
clean advocacy audit --sample --format json | python3 -c 'import json, sys; json.load(sys.stdin)' \
  || fail "the installed advocacy could not audit the sample"
$SUDO apt-get remove -y -qq advocacy >/dev/null 2>&1 || fail "apt-get could not remove advocacy"
[ ! -e /opt/advocacy ] && [ ! -e /usr/bin/advocacy ] && [ ! -e "/usr/share/applications/$APP_ID.desktop" ] \
  || fail "removing the .deb left files behind"
echo "bundle smoke: the .deb installed, ran and was removed cleanly"
