//! The keys Lantern knows in `site.toml` and in front matter, and the check
//! that finds unknown or misspelt ones with a "did you mean" hint.
//!
//! Both [`crate::config`] and [`crate::content::front_matter`] parse TOML
//! into a spanned table first, run [`unknown_keys`] on it, and only then
//! deserialise their typed structs; so a typo is reported at the key itself,
//! next to its closest known spelling.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// The keys allowed in one TOML table; a key may hold a nested table (or an
/// array of tables) with keys of its own.
#[derive(Debug)]
pub struct Schema {
    /// Allowed keys, each with the schema of its nested table, if any.
    pub keys: &'static [(&'static str, Option<&'static Schema>)],
}

impl Schema {
    fn get(&self, key: &str) -> Option<Option<&'static Schema>> {
        self.keys.iter().find(|(k, _)| *k == key).map(|(_, s)| *s)
    }
}

/// A key that the schema does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKey {
    /// Dotted path of the key, e.g. `contact.phon` or `recommendations.stauts`.
    pub path: String,
    /// The key's span in the TOML text.
    pub span: Range<usize>,
    /// The closest known key, when one is close enough to be a likely typo.
    pub suggestion: Option<&'static str>,
}

/// Every key in `table` (recursively) that `schema` does not allow.
pub fn unknown_keys(table: &DeTable<'_>, schema: &Schema) -> Vec<UnknownKey> {
    let mut found = Vec::new();
    walk(table, schema, "", &mut found);
    found
}

fn walk(table: &DeTable<'_>, schema: &Schema, prefix: &str, found: &mut Vec<UnknownKey>) {
    for (key, value) in table {
        let name: &str = key.get_ref();
        // Written out only when needed: most keys are known leaves.
        let path = || {
            if prefix.is_empty() {
                name.to_owned()
            } else {
                format!("{prefix}.{name}")
            }
        };
        match schema.get(name) {
            None => found.push(UnknownKey {
                suggestion: closest(name, schema.keys.iter().map(|(k, _)| *k)),
                path: path(),
                span: key.span(),
            }),
            Some(Some(nested)) => match value.get_ref() {
                DeValue::Table(t) => walk(t, nested, &path(), found),
                DeValue::Array(items) => {
                    let path = path();
                    for item in items {
                        if let DeValue::Table(t) = item.get_ref() {
                            walk(t, nested, &path, found);
                        }
                    }
                }
                _ => {}
            },
            Some(None) => {}
        }
    }
}

/// The candidate closest to `word`, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    static INNER: Schema = Schema {
        keys: &[("id", None), ("status", None)],
    };
    static OUTER: Schema = Schema {
        keys: &[
            ("title", None),
            ("items", Some(&INNER)),
            ("contact", Some(&INNER)),
        ],
    };

    fn unknown(text: &str) -> Vec<(String, &str, Option<&'static str>)> {
        let table = DeTable::parse(text).unwrap();
        unknown_keys(table.get_ref(), &OUTER)
            .into_iter()
            .map(|u| {
                let at = &text[u.span.clone()];
                (u.path, at, u.suggestion)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(p, at, s)| (p, leak(at), s))
            .collect()
    }

    fn leak(s: &str) -> &'static str {
        Box::leak(s.to_owned().into_boxed_str())
    }

    #[test]
    fn finds_misspelt_keys_at_every_depth_with_suggestions() {
        let text = "titel = 1\n[contact]\nstauts = 2\n[[items]]\nid = 1\n[[items]]\nzzz = 3\n";
        let mut found = unknown(text);
        found.sort();
        assert_eq!(
            found,
            [
                ("contact.stauts".to_owned(), "stauts", Some("status")),
                ("items.zzz".to_owned(), "zzz", None),
                ("titel".to_owned(), "titel", Some("title")),
            ]
        );
    }

    #[test]
    fn known_keys_pass() {
        assert!(unknown("title = 1\n[[items]]\nid = 1\nstatus = 2\n").is_empty());
    }
}
