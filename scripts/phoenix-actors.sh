#!/usr/bin/env bash
# Regenerates core/src/main/resources/org/dyad/actors/phoenix-actors.tsv and phoenix-roles.tsv
# from the Phoenix actor dictionaries of PETRARCH2 (MIT; ../shared/testdata/petrarch2) through
# Dyad's importer (org.dyad.petrarch.PhoenixExport). The same dictionaries give the same bytes.
#
#   scripts/phoenix-actors.sh [DICTIONARIES_DIR]
#
# DICTIONARIES_DIR defaults to ../shared/testdata/petrarch2/dictionaries beside the checkout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DICTIONARIES="${1:-$ROOT/../shared/testdata/petrarch2/dictionaries}"
cd "$ROOT"
mvn -B -q -pl core compile
java -cp core/target/classes org.dyad.petrarch.PhoenixExport "$DICTIONARIES" \
  core/src/main/resources/org/dyad/actors
