//! Starting points for authors: `lantern new` writes one page, ready to
//! edit and marked as a draft ([`new`]); `lantern init` writes a whole
//! working site ([`init`]).
//!
//! The text of every file is in `src/scaffold/files/`, embedded in the
//! binary. Placeholders such as `{{date}}` are filled in from "today", so
//! a new page is dated the day it is made and a sample training session is
//! always still to come.

pub mod init;
pub mod new;

use std::io::Write;
use std::path::Path;

use time::Duration;

use crate::dates::Date;
use crate::error::Error;

/// The values placeholders are filled with.
#[derive(Debug, Clone)]
pub struct Values {
    pairs: Vec<(&'static str, String)>,
}

impl Values {
    /// Values for a page made on `today`, titled `title`.
    pub fn new(today: Date, title: &str) -> Values {
        let later = |days: i64| Date(today.0.checked_add(Duration::days(days)).unwrap_or(today.0));
        let session = later(28).iso();
        let month = u8::from(today.0.month());
        let season = match month {
            3..=5 => "Spring",
            6..=8 => "Summer",
            9..=11 => "Autumn",
            _ => "Winter",
        };
        Values {
            pairs: vec![
                ("title", title.replace('\\', "\\\\").replace('"', "\\\"")),
                ("date", today.iso()),
                ("due", later(365).iso()),
                ("expires", later(3 * 365).iso()),
                ("starts", format!("{session}T09:30:00")),
                ("ends", format!("{session}T12:30:00")),
                ("year", today.0.year().to_string()),
                ("issue", format!("{season} {}", today.0.year())),
                ("reference", format!("CSPR {}/01", today.0.year())),
                ("version", env!("CARGO_PKG_VERSION").to_owned()),
            ],
        }
    }

    /// These values with `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: String) -> Values {
        match self.pairs.iter_mut().find(|(n, _)| *n == name) {
            Some(pair) => pair.1 = value,
            None => self.pairs.push((name, value)),
        }
        self
    }

    /// `template` with every `{{name}}` replaced.
    pub fn fill(&self, template: &str) -> String {
        let mut out = template.to_owned();
        for (name, value) in &self.pairs {
            out = out.replace(&format!("{{{{{name}}}}}"), value);
        }
        out
    }
}

/// A title from a slug: "child-b" → "Child B", "what-is-a-review" → "What
/// is a review": the first word capitalised, and a word of one letter (a
/// child's letter) in capitals, but for "a" inside the title.
pub fn title_from_slug(slug: &str) -> String {
    let words: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(n, word)| {
            let letter = word.chars().count() == 1 && !(*word == "a" && n > 0 && n < last);
            if n == 0 || letter {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            } else {
                (*word).to_owned()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A newsletter's issue from its slug ("spring-2027" → "Spring 2027",
/// "march-2027-update" → "March 2027"), with this year when the slug has a
/// season or month but no year; `None` when it has neither.
pub fn issue_from_slug(slug: &str, today: Date) -> Option<String> {
    const NAMES: [&str; 16] = [
        "spring",
        "summer",
        "autumn",
        "winter",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let words: Vec<&str> = slug.split('-').collect();
    let name = words.iter().find(|w| NAMES.contains(w))?;
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .map_or_else(|| today.0.year().to_string(), |y| (*y).to_owned());
    Some(format!("{} {year}", title_from_slug(name)))
}

/// Writes a new file, refusing to replace one that exists (even if it
/// appeared a moment ago).
pub fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(parent) = path.parent() {
        crate::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Usage(format!(
                    "{} already exists; Lantern will not overwrite it: choose another name, or edit that file",
                    path.display()
                ))
            } else {
                Error::io("could not create", path, e)
            }
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io("could not write", path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_from_today() {
        let today = Date::from_ymd(2026, 11, 26).unwrap();
        let values = Values::new(today, "Child \"E\"");
        assert_eq!(
            values.fill("{{title}} {{date}} {{due}} {{starts}} {{issue}} {{year}}"),
            "Child \\\"E\\\" 2026-11-26 2027-11-26 2026-12-24T09:30:00 Autumn 2026 2026"
        );
    }

    #[test]
    fn titles_from_slugs() {
        for (slug, title) in [
            ("child-b", "Child B"),
            ("child-a", "Child A"),
            ("what-is-a-review", "What is a review"),
            ("a-guide-for-parents", "A guide for parents"),
            ("information-for-parents", "Information for parents"),
            ("żółw", "Żółw"),
        ] {
            assert_eq!(title_from_slug(slug), title, "{slug}");
        }
    }

    #[test]
    fn issues_from_slugs() {
        let today = Date::from_ymd(2026, 11, 26).unwrap();
        assert_eq!(
            issue_from_slug("spring-2027", today).as_deref(),
            Some("Spring 2027")
        );
        assert_eq!(
            issue_from_slug("march-2027-update", today).as_deref(),
            Some("March 2027")
        );
        assert_eq!(
            issue_from_slug("winter-news", today).as_deref(),
            Some("Winter 2026")
        );
        assert_eq!(issue_from_slug("first-issue", today), None);
    }
}
