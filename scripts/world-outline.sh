#!/usr/bin/env bash
# Regenerates the dashboard's world outline, app/src/main/resources/org/dyad/app/web/world.json:
# Natural Earth's 1:110m countries (public domain) as the npm package world-atlas ships them
# (TopoJSON, ISC), decoded to GeoJSON by scripts/world-outline.mjs. Needs node and npm; the
# page itself never fetches anything.
set -euo pipefail

VERSION=2.0.2
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/app/src/main/resources/org/dyad/app/web/world.json"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "world-atlas@$VERSION" >/dev/null && tar xzf "world-atlas-$VERSION.tgz")
SOURCE="Natural Earth 1:110m countries 4.1.0 (public domain), from the npm package"
SOURCE+=" world-atlas $VERSION (ISC, Copyright 2013-2019 Michael Bostock),"
SOURCE+=" decoded by scripts/world-outline.sh"
node "$ROOT/scripts/world-outline.mjs" "$WORK/package/countries-110m.json" 2 "$SOURCE" \
  "$WORK/package/LICENSE" >"$OUT"
echo "wrote $OUT ($(wc -c <"$OUT") bytes)"
