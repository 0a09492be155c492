#!/usr/bin/env python3
"""Builds src/Summit/Resources/places.tsv: countries, capitals and major cities with the country
that contains them, and the demonyms of the countries.

usage: scripts/build-gazetteer.py ANNEXARE_COUNTRIES_GIT_DIR GEONAMES_CITIES15000_GIT_DIR

- Countries and capitals: annexare/Countries, dist/countries.min.json (MIT).
- Cities (and, for capitals and cities of a million, their ASCII alternate names): GeoNames cities15000.txt (CC BY 4.0, https://www.geonames.org), here read from a public
  GitHub copy (CliveEvans/lucene-spike); cities of 150,000 people or more and every capital.
- Common short names of countries ("US", "Britain", "the North" is not one) and demonyms: written
  for Summit from public knowledge (below).

Output lines: name <TAB> kind (country|alias|city|capital|demonym) <TAB> ISO country code <TAB> population
"""
import json, os, subprocess, sys

ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "US", "America", "the United States"], "GB": ["Britain", "UK", "U.K.", "Great Britain", "England", "Scotland", "Wales"],
    "KP": ["North Korea", "DPRK"], "KR": ["South Korea"], "RU": ["Russian Federation"], "CN": ["People's Republic of China", "PRC"],
    "TW": ["Taiwan"], "VN": ["Viet Nam"], "IR": ["Iran"], "SY": ["Syria"], "CZ": ["Czech Republic"], "CD": ["DR Congo", "Democratic Republic of Congo"],
    "AE": ["UAE", "Emirates"], "NL": ["Holland"], "MM": ["Burma"], "CI": ["Ivory Coast"], "VA": ["Vatican"], "PS": ["Palestine", "Gaza", "West Bank"],
}
DEMONYMS = {
    "US": ["American", "U.S."], "GB": ["British", "English", "Scottish", "Welsh"], "KP": ["North Korean"], "KR": ["South Korean"], "RU": ["Russian"],
    "CN": ["Chinese"], "JP": ["Japanese"], "VN": ["Vietnamese"], "FR": ["French"], "DE": ["German"], "IT": ["Italian"], "ES": ["Spanish"],
    "PT": ["Portuguese"], "UA": ["Ukrainian"], "PL": ["Polish"], "TR": ["Turkish"], "IR": ["Iranian"], "IQ": ["Iraqi"], "SY": ["Syrian"],
    "IL": ["Israeli"], "PS": ["Palestinian"], "EG": ["Egyptian"], "SA": ["Saudi"], "IN": ["Indian"], "PK": ["Pakistani"], "AF": ["Afghan"],
    "BR": ["Brazilian"], "AR": ["Argentine", "Argentinian"], "MX": ["Mexican"], "CA": ["Canadian"], "AU": ["Australian"], "NZ": ["New Zealander"],
    "ZA": ["South African"], "NG": ["Nigerian"], "KE": ["Kenyan"], "ET": ["Ethiopian"], "GR": ["Greek"], "SE": ["Swedish"], "NO": ["Norwegian"],
    "DK": ["Danish"], "FI": ["Finnish"], "NL": ["Dutch"], "BE": ["Belgian"], "CH": ["Swiss"], "AT": ["Austrian"], "IE": ["Irish"], "HU": ["Hungarian"],
    "CZ": ["Czech"], "RO": ["Romanian"], "BG": ["Bulgarian"], "RS": ["Serbian"], "HR": ["Croatian"], "TW": ["Taiwanese"], "TH": ["Thai"],
    "ID": ["Indonesian"], "MY": ["Malaysian"], "PH": ["Filipino", "Philippine"], "SG": ["Singaporean"], "BD": ["Bangladeshi"], "LK": ["Sri Lankan"],
    "MM": ["Myanmar", "Burmese"], "KZ": ["Kazakh"], "BY": ["Belarusian"], "GE": ["Georgian"], "AM": ["Armenian"], "AZ": ["Azerbaijani"],
    "LB": ["Lebanese"], "JO": ["Jordanian"], "YE": ["Yemeni"], "LY": ["Libyan"], "TN": ["Tunisian"], "DZ": ["Algerian"], "MA": ["Moroccan"],
    "SD": ["Sudanese"], "SO": ["Somali"], "CL": ["Chilean"], "CO": ["Colombian"], "VE": ["Venezuelan"], "PE": ["Peruvian"], "CU": ["Cuban"],
    "QA": ["Qatari"], "KW": ["Kuwaiti"], "AE": ["Emirati"], "MN": ["Mongolian"], "NP": ["Nepali", "Nepalese"], "IS": ["Icelandic"],
}

def show(repo, path):
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], check=True, capture_output=True, text=True).stdout

def main():
    countries = json.loads(show(sys.argv[1], "dist/countries.min.json"))
    rows = {}
    def add(name, kind, code, pop):
        key = (name, kind)
        if key not in rows or rows[key][1] < pop:
            rows[key] = (code, pop)
    capitals = set()
    for code, c in countries.items():
        add(c["name"], "country", code, 10**9)
        for a in ALIASES.get(code, []): add(a, "alias", code, 10**9)
        for d in DEMONYMS.get(code, []): add(d, "demonym", code, 0)
        if c.get("capital"): capitals.add((c["capital"], code))
    for line in show(sys.argv[2], "cities15000.txt").splitlines():
        f = line.split("\t")
        if len(f) < 15: continue
        name, ascii_name, fcode, code, pop = f[1], f[2], f[7], f[8], int(f[14] or 0)
        if pop >= 150000 or fcode == "PPLC" or (name, code) in capitals:
            add(name, "city", code, pop)
            if ascii_name != name: add(ascii_name, "city", code, pop)
            if fcode == "PPLC": capitals.update({(name, code), (ascii_name, code)})
            # big cities and capitals: their English alternate names too ("Hanoi" for "Ha Noi", "Washington")
            if pop >= 1000000 or fcode == "PPLC":
                for alt in f[3].split(","):
                    if alt.isascii() and len(alt) >= 4 and alt[0].isupper() and alt.replace(" ", "").replace("-", "").replace(".", "").replace(",", "").isalpha() \
                            and not alt.isupper() and alt.count(" ") <= 2:
                        add(alt, "city", code, pop)
                        if fcode == "PPLC": capitals.add((alt, code))
    for cap, code in capitals:
        add(cap, "capital", code, 0)
    out = os.path.join(os.path.dirname(__file__), "..", "src", "Summit", "Resources", "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as w:
        w.write("# name\tkind\tcountry\tpopulation — see SOURCES.md\n")
        for (name, kind), (code, pop) in sorted(rows.items()):
            if "\t" in name: continue
            w.write(f"{name}\t{kind}\t{code}\t{pop}\n")
    print(len(rows), "names ->", out)

main()
