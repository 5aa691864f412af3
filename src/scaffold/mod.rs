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
            ],
        }
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

/// A title from a slug: "child-e" → "Child e".
pub fn title_from_slug(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
        assert_eq!(title_from_slug("child-e"), "Child e");
        assert_eq!(title_from_slug("żółw"), "Żółw");
    }
}
