//! The word lists behind the name detector, shipped inside the binary and
//! read once, on first use, into hash sets.
//!
//! `data/` beside this module holds given names (US Social Security
//! Administration counts), surnames (US 1990 census), the names among them
//! that are also everyday English words (SCOWL), hand-added names of the
//! communities UK boards serve, and hand-added words that the lists hold but
//! that in a review name a month, place, faith or service. The README says
//! where each came from; `tools/names-data/convert.py` makes the first three.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

const GIVEN: &str = include_str!("../data/given-names.txt");
const SURNAMES: &str = include_str!("../data/surnames.txt");
const NAME_WORDS: &str = include_str!("../data/name-words.txt");
const HAND_ADDED: &str = include_str!("../data/hand-added.txt");
const NOT_NAMES: &str = include_str!("../data/not-names.txt");

/// What the lists say about one word (in lower case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Entry {
    /// A given name.
    pub given: bool,
    /// A surname.
    pub surname: bool,
    /// Also an everyday English word ("hope", "will", "baker").
    pub word: bool,
    /// A month, place, faith, role or service that the name lists also hold.
    pub not_name: bool,
}

impl Entry {
    /// Whether either name list holds the word.
    pub fn is_name(self) -> bool {
        self.given || self.surname
    }
}

/// What the lists say about each word, keyed by the lower-case word with apostrophes left out
/// ("o'brien" is "obrien") and, for names written with accents, also by
/// the word without them ("wojcik" as well as "wójcik").
pub(super) struct Lists {
    entries: FxHashMap<Box<str>, Entry>,
}

/// The lists, read on first use.
pub(super) static LISTS: LazyLock<Lists> = LazyLock::new(Lists::load);

impl Lists {
    fn load() -> Lists {
        let mut given = FxHashSet::default();
        let mut surnames = FxHashSet::default();
        insert_all(&mut given, first_column(GIVEN));
        insert_all(&mut surnames, first_column(SURNAMES));
        for (kind, name) in hand_added(HAND_ADDED) {
            let set = if kind == "given" {
                &mut given
            } else {
                &mut surnames
            };
            insert_all(set, std::iter::once(name));
        }
        let mut words = FxHashSet::default();
        insert_all(&mut words, first_column(NAME_WORDS));
        let mut not_names = FxHashSet::default();
        insert_all(
            &mut not_names,
            NOT_NAMES.lines().flat_map(|l| uncommented(l).split_whitespace()),
        );
        let mut entries: FxHashMap<Box<str>, Entry> = FxHashMap::default();
        for (set, mark) in [
            (
                given,
                Entry {
                    given: true,
                    ..Entry::default()
                },
            ),
            (
                surnames,
                Entry {
                    surname: true,
                    ..Entry::default()
                },
            ),
            (
                words,
                Entry {
                    word: true,
                    ..Entry::default()
                },
            ),
            (
                not_names,
                Entry {
                    not_name: true,
                    ..Entry::default()
                },
            ),
        ] {
            for key in set {
                let entry = entries.entry(key).or_default();
                entry.given |= mark.given;
                entry.surname |= mark.surname;
                entry.word |= mark.word;
                entry.not_name |= mark.not_name;
            }
        }
        Lists { entries }
    }

    /// What the lists say about `key` (see [`key_into`]).
    pub fn entry(&self, key: &str) -> Entry {
        self.entries.get(key).copied().unwrap_or_default()
    }
}

/// Writes the lookup key of `word` into `key`: lower case, without
/// apostrophes.
pub(super) fn key_into(word: &str, key: &mut String) {
    key.clear();
    if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        key.push_str(word);
        key.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c != '\'' && c != '’' {
            key.extend(c.to_lowercase());
        }
    }
}

fn insert_all<'a>(set: &mut FxHashSet<Box<str>>, words: impl Iterator<Item = &'a str>) {
    let mut key = String::new();
    for word in words {
        key_into(word, &mut key);
        if let Some(plain) = without_accents(&key) {
            set.insert(plain.into_boxed_str());
        }
        set.insert(key.as_str().into());
    }
}

/// The text of a data line before any `#` comment.
fn uncommented(line: &str) -> &str {
    line.split('#').next().unwrap_or_default()
}

/// The first tab-separated column of every line that is not a comment.
fn first_column(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(uncommented)
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

/// `(kind, name)` for each name of hand-added.txt, whose lines are a kind
/// (`given` or `surname`) and then names.
fn hand_added(data: &str) -> impl Iterator<Item = (&str, &str)> {
    data.lines().flat_map(|line| {
        let mut words = uncommented(line).split_whitespace();
        let kind = words.next().unwrap_or_default();
        words.map(move |name| (kind, name))
    })
}

/// `word` with Latin accents and the Polish, Turkish and Baltic letters
/// taken back to plain ASCII, when it has any.
fn without_accents(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    let plain: String = word
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ă' | 'ā' => 'a',
            'ć' | 'č' | 'ç' => 'c',
            'ď' => 'd',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ė' | 'ē' => 'e',
            'ğ' | 'ģ' => 'g',
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => 'i',
            'ķ' => 'k',
            'ł' | 'ļ' | 'ľ' => 'l',
            'ń' | 'ñ' | 'ň' | 'ņ' => 'n',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'ø' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ū' | 'ů' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect();
    Some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(word: &str) -> Entry {
        let mut key = String::new();
        key_into(word, &mut key);
        LISTS.entry(&key)
    }

    #[test]
    fn every_list_is_read() {
        assert!(entry("Sarah").given && !entry("Sarah").word);
        assert!(entry("Thompson").surname);
        assert!(entry("Hope").given && entry("Hope").word);
        assert!(entry("May").not_name);
        assert!(entry("Kowalska").surname, "hand-added");
        assert!(entry("Kacper").given, "hand-added");
        assert_eq!(entry("Referral"), Entry::default());
    }

    #[test]
    fn keys_ignore_case_apostrophes_and_accents() {
        assert!(entry("O'Brien").surname);
        assert!(entry("O’Brien").surname);
        assert!(entry("WÓJCIK").surname);
        assert!(entry("Wojcik").surname);
        assert!(entry("Łukasz").given && entry("Lukasz").given);
    }

    #[test]
    fn data_lines_are_parsed_without_their_comments() {
        assert_eq!(
            first_column("# c\nann\t12\n\nbo # x\n").collect::<Vec<_>>(),
            ["ann", "bo"]
        );
        assert_eq!(
            hand_added("# c\ngiven Ann Bo # x\nsurname Cy\n").collect::<Vec<_>>(),
            [("given", "Ann"), ("given", "Bo"), ("surname", "Cy")]
        );
        assert_eq!(without_accents("wójcik").as_deref(), Some("wojcik"));
        assert_eq!(without_accents("smith"), None);
    }
}
