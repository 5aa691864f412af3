#!/usr/bin/env python3
"""Writes src/i18n/data/language-names.tsv from the Unicode CLDR JSON data.

The table holds, for every language and script that CLDR has a locale for,
its name in itself (the name a language switcher shows), and the names of
all of them in each language whose interface text Lantern ships (the names
its fallback notice uses).

Fetch the packages with npm (no network is needed to build Lantern):

    mkdir /tmp/cldr && cd /tmp/cldr
    npm pack cldr-core@48.2.0 cldr-localenames-full@48.2.0
    for f in *.tgz; do d=${f%-48.2.0.tgz}; mkdir $d; tar xzf $f -C $d; done
    python3 tools/cldr-data/convert.py /tmp/cldr > src/i18n/data/language-names.tsv

CLDR data: Copyright © Unicode, Inc., Unicode License v3 (Unicode-3.0).
"""

import json
import os
import sys

# The languages whose interface text Lantern ships (the top-level locales/),
# as CLDR names its locales, and English for the fallback notice of any
# language Lantern does not ship.
SHIPPED = ["en", "cy", "pl", "ro", "ur", "pa", "bn", "gu", "ar", "pt", "es",
           "lt", "so", "uk", "fa", "zh-Hans"]


def names(root, locale):
    path = os.path.join(root, "cldr-localenames-full", "package", "main",
                        locale, "languages.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["main"][locale]["localeDisplayNames"]["languages"]


def is_language_or_script(tag):
    """ "pa", "pa-Arab", "zh-Hans": no region and no variant."""
    return all(len(p) == 4 and p[0].isupper() for p in tag.split("-")[1:])


def main(root):
    with open(os.path.join(root, "cldr-core", "package",
                           "availableLocales.json"), encoding="utf-8") as f:
        available = json.load(f)["availableLocales"]["full"]
    tags = sorted(t for t in available if is_language_or_script(t))
    version = json.load(open(os.path.join(root, "cldr-core", "package",
                                          "package.json")))["version"]
    print(f"# Language names from Unicode CLDR {version} (cldr-localenames-full),")
    print("# Unicode License v3. Written by tools/cldr-data/convert.py: do not edit.")
    print("# in\tof\tname")
    rows = set()
    for tag in tags:
        table = names(root, tag)
        own = table.get(tag) or table.get(tag.split("-")[0])
        if own:
            rows.add((tag, tag, own))
    for shipped in SHIPPED:
        table = names(root, shipped)
        for tag in tags:
            name = table.get(tag) or table.get(tag.split("-")[0])
            if name and "-" not in tag:
                rows.add((shipped, tag, name))
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
