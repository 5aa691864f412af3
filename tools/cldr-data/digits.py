#!/usr/bin/env python3
"""Writes src/i18n/data/digits.tsv from the Unicode CLDR JSON data: every
locale whose default numbering system is not the Latin digits 0-9, with
the ten digits it writes numbers in ("fa" -> "۰۱۲۳۴۵۶۷۸۹").

Fetch the packages with npm (no network is needed to build Lantern):

    mkdir /tmp/cldr && cd /tmp/cldr
    npm pack cldr-core@48.2.0 cldr-numbers-full@48.2.0
    for f in *.tgz; do d=${f%-48.2.0.tgz}; mkdir $d; tar xzf $f -C $d; done
    python3 tools/cldr-data/digits.py /tmp/cldr > src/i18n/data/digits.tsv

CLDR data: Copyright © Unicode, Inc., Unicode License v3 (Unicode-3.0).
"""

import json
import os
import sys

root = sys.argv[1]
with open(os.path.join(root, "cldr-core", "package", "supplemental",
                       "numberingSystems.json"), encoding="utf-8") as f:
    systems = json.load(f)["supplemental"]["numberingSystems"]
main = os.path.join(root, "cldr-numbers-full", "package", "main")
print("# locale\tdigits (CLDR 48.2 defaultNumberingSystem, where it is not latn)")
for locale in sorted(os.listdir(main)):
    path = os.path.join(main, locale, "numbers.json")
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        system = json.load(f)["main"][locale]["numbers"]["defaultNumberingSystem"]
    if system != "latn":
        print(f"{locale}\t{systems[system]['_digits']}")
