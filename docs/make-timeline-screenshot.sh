#!/usr/bin/env bash
# Renders the sample case as HTML and takes docs/timeline.png with headless Chromium (no network).
# The same picture comes from: SUMMIT_UPDATE_GOLDEN=1 dotnet test tests/Summit.Tests --filter TestCategory=Golden
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${SUMMIT_CHROMIUM:-/usr/bin/chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project samples/Summit.Sample -- samples/data/vladivostok --format html --out "$work/timeline.html"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --screenshot="$work/timeline.png" --window-size=1100,1400 --hide-scrollbars "file://$work/timeline.html" 2>/dev/null
cp "$work/timeline.png" docs/timeline.png
echo "wrote docs/timeline.png"
