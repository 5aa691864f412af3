//! Errors and diagnostics.
//!
//! Two kinds of failure leave a stage:
//!
//! - [`Diagnostic`]: something wrong *in the content* (a misspelt front-matter
//!   key, a postcode in a review, a broken link). Every stage collects them
//!   instead of stopping at the first, so an author sees all of them at once.
//!   An error-level diagnostic stops publication (exit status 1); a warning
//!   does not.
//! - [`Error`]: the tool could not do its job at all (a folder it cannot read,
//!   an output folder it must not touch). Exit status 2.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A failure that stops the command before or outside content checking.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file or folder failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What Lantern was doing, e.g. "could not read".
        action: &'static str,
        /// The file or folder concerned.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The command line asked for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// The content has errors; they have been reported already.
    #[error("the site has {0} error(s); nothing was published")]
    Content(usize),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The process exit status for this failure, as PRODUCT.md defines it.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Content(_) => 1,
            Error::Io { .. } | Error::Usage(_) => 2,
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Stops publication.
    Error,
    /// Reported; the site is still published.
    Warning,
}

impl Severity {
    /// "error" or "warning", as findings are headed.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A one-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text` (clamped to the text, and to a
    /// character boundary).
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        Location {
            line: memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One finding about the content: where it is, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Which check or stage found it: "config", "front-matter", "anonymisation", …
    pub check: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    /// Where in the file, when known.
    #[serde(flatten)]
    pub location: Option<Location>,
    /// Byte range in the file, for the underlined snippet.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it, in plain words.
    pub hint: Option<String>,
    /// What kind of finding it is within its check, for machines: for
    /// personal data "name", "postcode", "phone", …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
}

impl Diagnostic {
    /// An error in `file` with no position yet; see [`Diagnostic::at`].
    pub fn error(check: &'static str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            check,
            severity: Severity::Error,
            file: file.into(),
            location: None,
            span: None,
            message: message.into(),
            hint: None,
            category: None,
        }
    }

    /// A warning in `file` with no position yet.
    pub fn warning(check: &'static str, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(check, file, message)
        }
    }

    /// Places the finding at byte range `span` of `text` (the whole file).
    pub fn at(mut self, text: &str, span: Range<usize>) -> Self {
        self.location = Some(Location::of_offset(text, span.start));
        self.span = Some(span);
        self
    }

    /// Places the finding at a known line and column, without a span.
    pub fn at_location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Names the kind of finding, for `--format json`.
    pub fn with_category(mut self, category: &'static str) -> Self {
        self.category = Some(category);
        self
    }

    /// Adds a fix hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this finding stops publication.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Sort key: file, then position, then message, so reports are stable.
    fn sort_key(&self) -> (&str, Option<Location>, &str) {
        (&self.file, self.location, &self.message)
    }
}

/// Sorts diagnostics by file and position and drops exact duplicates.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

/// A display-friendly, `/`-separated path of `path` relative to `root`.
pub fn display_path(root: &Path, path: &Path) -> String {
    // The usual case, a plain path under `root`, without taking both apart
    // component by component (a build names every content file).
    let under_root = path
        .as_os_str()
        .as_encoded_bytes()
        .strip_prefix(root.as_os_str().as_encoded_bytes())
        .and_then(|rest| rest.strip_prefix(b"/"))
        .and_then(|rest| std::str::from_utf8(rest).ok());
    if let Some(rest) = under_root {
        let plain = |part: &str| !part.is_empty() && part != "." && part != "..";
        if !rest.contains('\\') && rest.split('/').all(plain) {
            return rest.to_owned();
        }
    }
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_relative_and_slash_separated() {
        let show = |root: &str, path: &str| display_path(Path::new(root), Path::new(path));
        assert_eq!(show("site", "site/content/a.md"), "content/a.md");
        assert_eq!(
            show("/s/site", "/s/site/content/reviews/b.pl.md"),
            "content/reviews/b.pl.md"
        );
        assert_eq!(show("site/", "site/content/a.md"), "content/a.md");
        assert_eq!(show("site", "site//content/./a.md"), "content/a.md");
        assert_eq!(show("site", "site/content/../a.md"), "content/../a.md");
        assert_eq!(show("site", "sitex/a.md"), "sitex/a.md");
        assert_eq!(show("site", "other/a.md"), "other/a.md");
        assert_eq!(show(".", "./content/a.md"), "content/a.md");
    }

    #[test]
    fn offsets_map_to_one_based_lines_and_character_columns() {
        let text = "ab\nżółw x\n";
        assert_eq!(Location::of_offset(text, 0), Location { line: 1, column: 1 });
        assert_eq!(Location::of_offset(text, 3), Location { line: 2, column: 1 });
        // "żół" is 6 bytes, 3 characters: the "w" is column 4.
        assert_eq!(Location::of_offset(text, 9), Location { line: 2, column: 4 });
        // Inside a multi-byte character: snapped back to its start.
        assert_eq!(Location::of_offset(text, 4), Location { line: 2, column: 1 });
        assert_eq!(Location::of_offset(text, 999), Location { line: 3, column: 1 });
    }

    #[test]
    fn sort_orders_by_file_then_position_and_dedups() {
        let text = "a\nb\n";
        let mut all = vec![
            Diagnostic::error("x", "b.md", "m").at(text, 2..3),
            Diagnostic::error("x", "a.md", "m").at(text, 2..3),
            Diagnostic::error("x", "a.md", "m").at(text, 0..1),
            Diagnostic::error("x", "a.md", "m").at(text, 0..1),
        ];
        sort(&mut all);
        let keys: Vec<_> = all
            .iter()
            .map(|d| (d.file.as_str(), d.location.map(|l| l.line)))
            .collect();
        assert_eq!(keys, [("a.md", Some(1)), ("a.md", Some(2)), ("b.md", Some(2))]);
    }
}
