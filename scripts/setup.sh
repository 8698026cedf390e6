#!/bin/sh
# Sets up a Debian (or Ubuntu) machine for the deck, fresh or not, and is safe to run again:
#  - Debian's packages the tools and tests use: chromium (npm run check's fit check, npm run pdf,
#    npm run pptx's figures, the browser tests), poppler-utils (PDF checks), firefox-esr (the
#    Firefox test), default-jre-headless (the HTML validity check), libreoffice-impress-nogui and
#    fonts-liberation2 (the PowerPoint file rendered headless, with Arial's metric twin), nginx (the
#    test that serves dist/ with the configuration the build writes; run by the test, never as a
#    service), after an `apt-get update`;
#  - Node.js 20.19 or newer, from apt when it offers one that new (Debian 13 does), else it says
#    where to get it;
#  - the npm dependencies, exactly as locked (npm ci).
# As root it runs apt-get itself (a fresh Debian has no sudo); as another user it uses sudo.
#
#   bash scripts/setup.sh && npm run dev     set up and present
#   bash scripts/setup.sh && npm test        set up and pass every test
set -eu
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

PACKAGES="chromium poppler-utils firefox-esr default-jre-headless libreoffice-impress-nogui fonts-liberation2 nginx"
# Of those, installed without the packages they recommend: LibreOffice's would add python3-uno,
# apparmor, xdg-utils and more the headless render does not use. Without them: 54 packages, 80 MB
# to download, 244 MB on disk (Debian 12, measured), and the PowerPoint tests pass.
NO_RECOMMENDS="libreoffice-impress-nogui fonts-liberation2"
NODE_MAJOR=20
NODE_MINOR=19

command -v apt-get >/dev/null 2>&1 || fail "this script needs apt-get (Debian or Ubuntu). Elsewhere, install Chromium, poppler-utils, Firefox ESR, a Java runtime, LibreOffice Impress, the Liberation fonts, nginx and Node.js $NODE_MAJOR.$NODE_MINOR+ yourself, then run: npm ci"

if [ "$(id -u)" -eq 0 ]; then
  AS_ROOT=""
elif command -v sudo >/dev/null 2>&1; then
  AS_ROOT="sudo"
else
  AS_ROOT=""
fi
root() {
  if [ "$(id -u)" -ne 0 ] && [ -z "$AS_ROOT" ]; then
    fail "$1 needs root, and sudo is not installed. Run this script as root (su -c 'bash scripts/setup.sh'), or install sudo first."
  fi
  $AS_ROOT env DEBIAN_FRONTEND=noninteractive "$@"
}

# "20.19.2" (or "1:20.19.2+dfsg-1") is new enough?
new_enough() {
  version=${1#*:}
  major=${version%%.*}
  rest=${version#*.}
  minor=${rest%%.*}
  case "$major$minor" in *[!0-9]* | '') return 1 ;; esac
  [ "$major" -gt "$NODE_MAJOR" ] || { [ "$major" -eq "$NODE_MAJOR" ] && [ "$minor" -ge "$NODE_MINOR" ]; }
}

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
done
need_node=""
if ! command -v node >/dev/null 2>&1 || ! new_enough "$(node -p process.versions.node)"; then need_node=yes; fi

if [ -n "$missing" ] || [ -n "$need_node" ]; then
  say "apt-get update"
  root apt-get update -q
fi
if [ -n "$need_node" ]; then
  candidate=$(apt-cache policy nodejs 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  if [ -z "$candidate" ] || [ "$candidate" = "(none)" ] || ! new_enough "$candidate"; then
    fail "Node.js $NODE_MAJOR.$NODE_MINOR or newer is needed, and apt offers ${candidate:-none} (Debian 12 ships 18). Install Node.js $NODE_MAJOR from https://nodejs.org/ or https://github.com/nodesource/distributions, then run this again."
  fi
  missing="$missing nodejs"
fi
if [ -n "$missing" ]; then
  say "installing$missing"
  lean=""
  full=""
  for package in $missing; do
    case " $NO_RECOMMENDS " in *" $package "*) lean="$lean $package" ;; *) full="$full $package" ;; esac
  done
  # shellcheck disable=SC2086 # one word per package
  [ -z "$full" ] || root apt-get install -y -q $full
  # shellcheck disable=SC2086 # one word per package
  [ -z "$lean" ] || root apt-get install -y -q --no-install-recommends $lean
else
  say "Debian packages already installed:$(printf ' %s' $PACKAGES)"
fi
# Debian packages npm on its own; NodeSource's nodejs includes it.
if ! command -v npm >/dev/null 2>&1; then
  say "installing npm"
  root apt-get install -y -q npm
fi

say "npm ci"
npm ci --no-audit --no-fund
say "done. Present: npm run dev. Check your edits: npm run check. Every test: npm test."
