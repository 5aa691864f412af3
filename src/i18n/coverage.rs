//! How much of the default language's interface text each language has:
//! the findings for missing messages (an error when the default language
//! lacks one another language has, a warning for each language's gaps) and
//! the counts of the coverage table ([`crate::checks::translations`]).
//!
//! Part of loading interface text ([`super::Locales::load`]).

use std::collections::{BTreeMap, BTreeSet};

use super::Locales;
use crate::error::Diagnostic;
use crate::theme::Theme;

impl Locales {
    /// Missing messages: an error when the default language lacks one that
    /// another defines; a warning for each other language's gaps.
    pub(super) fn coverage_findings(&self, theme: &Theme) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let Some(default_ids) = self.ids.get(&self.default) else {
            return out;
        };
        let file_for = |lang: &str| {
            theme
                .locales
                .iter()
                .rev()
                .find(|(l, _)| l == lang)
                .map_or_else(|| format!("locales/{lang}/"), |(_, f)| f.origin.clone())
        };
        // A site's own message in the default language that is close to one
        // of Lantern's: most likely a misspelling, which changes nothing.
        for (id, definition) in default_ids {
            if self.known_ids.contains(id) || !definition.file.starts_with("locales/") {
                continue;
            }
            if let Some(near) = crate::schema::closest(id, self.known_ids.iter().map(String::as_str)) {
                out.push(
                    Diagnostic::warning(
                        "translations",
                        &definition.file,
                        format!("`{id}` is not one of the messages Lantern's pages use, so it changes nothing"),
                    )
                    .at_location(definition.location)
                    .with_hint(format!(
                        "did you mean `{near}`? (If one of your own templates uses `{id}`, leave it as it is.)"
                    )),
                );
            }
        }
        let default_ids: BTreeSet<&String> = default_ids.keys().collect();
        for (lang, ids) in &self.ids {
            if *lang == self.default {
                continue;
            }
            let extra = ids
                .iter()
                .filter(|(id, _)| !default_ids.contains(id) && id.as_str() != super::OWN_NAME);
            for (id, definition) in extra {
                let hint = match crate::schema::closest(id, default_ids.iter().map(|i| i.as_str())) {
                    Some(near) => format!(
                        "did you mean `{near}`? Then correct the id here; if `{id}` is a new message, add it to a file in locales/{}/ too",
                        self.default
                    ),
                    None => format!("add `{id}` to a file in locales/{}/", self.default),
                };
                out.push(
                    Diagnostic::error(
                        "translations",
                        &definition.file,
                        format!(
                            "message `{id}` exists in {lang} but not in the default language {}",
                            self.default
                        ),
                    )
                    .at_location(definition.location)
                    .with_hint(hint),
                );
            }
            let missing: Vec<&str> = default_ids
                .iter()
                .filter(|id| !ids.contains_key(**id))
                .map(|id| id.as_str())
                .collect();
            if !missing.is_empty() {
                out.push(
                    Diagnostic::warning(
                        "translations",
                        file_for(lang),
                        format!(
                            "{} message(s) missing in {lang}, shown in {} instead: {}",
                            missing.len(),
                            self.default,
                            missing.join(", ")
                        ),
                    )
                    .with_hint(format!("translate them in a file in locales/{lang}/")),
                );
            }
        }
        out
    }

    /// (messages present, messages in the default language) for `lang`.
    pub fn message_coverage(&self, lang: &str) -> (usize, usize) {
        let total = self.ids.get(&self.default).map_or(0, BTreeMap::len);
        let present = match (self.ids.get(lang), self.ids.get(&self.default)) {
            (Some(ids), Some(default)) => ids.keys().filter(|id| default.contains_key(*id)).count(),
            _ => 0,
        };
        (present, total)
    }

    /// The ids of the default language's messages that `lang` lacks, sorted.
    pub fn missing_messages(&self, lang: &str) -> Vec<String> {
        let Some(default) = self.ids.get(&self.default) else {
            return Vec::new();
        };
        match self.ids.get(lang) {
            Some(ids) => default
                .keys()
                .filter(|id| !ids.contains_key(*id))
                .cloned()
                .collect(),
            None => default.keys().cloned().collect(),
        }
    }
}
