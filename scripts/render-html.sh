#!/usr/bin/env bash
# Renders the seed article with `kayan tag -out html` and takes a screenshot
# of the page in headless Chromium, then checks that the PNG exists and is
# not trivially small. Installs Debian's chromium (and an Arabic font) when
# missing. The page loads nothing from the network.
#
# usage: scripts/render-html.sh [OUT_DIR]   (default: a new temporary folder)
# Prints the paths of the HTML page and the PNG.
set -euo pipefail
cd "$(dirname "$0")/.."

out_dir=${1:-$(mktemp -d -t kayan-render.XXXXXX)}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
html="$out_dir/seed.html"
png="$out_dir/seed.png"

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "render-html: $* missing and not root: install it with apt-get install -y $*" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-html: installing chromium" >&2
  apt_install chromium
  browser=$(command -v chromium)
fi
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ar family)" ]; then
  echo "render-html: installing an Arabic font" >&2
  apt_install fonts-noto-core
fi

go run ./cmd/kayan tag -out html seeds/russia-china-defense-talks.txt >"$html"

profile=$(mktemp -d -t kayan-chromium.XXXXXX)
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$png" --window-size=1200,1600 \
  "file://$html" >"$out_dir/chromium.log" 2>&1 || {
  echo "render-html: chromium failed:" >&2
  tail -20 "$out_dir/chromium.log" >&2
  exit 1
}

if [ ! -s "$png" ]; then
  echo "render-html: no screenshot at $png" >&2
  exit 1
fi
if [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  echo "render-html: $png is not a PNG" >&2
  exit 1
fi
size=$(wc -c <"$png")
if [ "$size" -lt 30000 ]; then
  echo "render-html: $png is only $size bytes: a blank page?" >&2
  exit 1
fi
echo "render-html: ok: $html, $png ($size bytes)"
