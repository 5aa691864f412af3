//! What `serve` says in the terminal after each build: every error in full,
//! every warning the first time it appears (a save of an unrelated file
//! does not print the others again, and a change to `site.toml` lists the
//! warnings it brings rather than counting them), and one line on what was
//! rendered, written and deleted.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use super::live::Live;
use super::outcome::Outcome;
use super::state;
use crate::error::Diagnostic;

/// The warnings printed so far, each by a hash of what makes it the same
/// warning.
#[derive(Debug, Default)]
pub struct Terminal {
    shown: HashSet<u64>,
}

/// What makes a warning the same warning: its check, file, place and
/// words, as a 64-bit hash (a site can have thousands of warnings, and
/// their texts would be kept for as long as serve runs).
fn identity(d: &Diagnostic) -> u64 {
    let mut hasher = crate::fingerprint::hasher();
    (d.check, &d.file, &d.span, &d.message, &d.hint).hash(&mut hasher);
    hasher.finish()
}

impl Terminal {
    /// The findings of `outcome` to print: every error, and the warnings
    /// not printed before. Warnings that went away are forgotten, so one
    /// that comes back is printed again.
    pub fn to_print(&mut self, outcome: &Outcome) -> Vec<Diagnostic> {
        let now: HashSet<u64> = outcome
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .map(identity)
            .collect();
        let shown: Vec<Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.is_error() || !self.shown.contains(&identity(d)))
            .cloned()
            .collect();
        self.shown = now;
        shown
    }

    /// Prints what a build did (errors in full, warnings the first time
    /// they appear) and shows or clears the overlay.
    pub fn report(&mut self, root: &Path, outcome: &Outcome, changed: &[PathBuf], live: &Live) {
        if !outcome.changed {
            return;
        }
        let first = changed.is_empty();
        let files: Vec<String> = changed.iter().filter_map(|p| state::relative(root, p)).collect();
        let shown = self.to_print(outcome);
        eprint!(
            "{}",
            crate::report::human(root, &shown, &crate::report::Sources::new())
        );
        let summary = crate::report::summary(&outcome.diagnostics);
        let took = outcome.elapsed.as_millis();
        if outcome.published {
            let what = if first { "built" } else { "rebuilt" };
            eprintln!(
                "{what} in {took} ms: {} rendered, {} written, {} deleted{}; {summary}",
                count(outcome.rendered, "page"),
                count(outcome.written.len(), "file"),
                outcome.deleted.len(),
                changed_files(&files),
            );
            live.fixed();
        } else {
            eprintln!(
                "not published ({summary}){}; still serving the last good site",
                changed_files(&files)
            );
            let errors: Vec<Diagnostic> = outcome
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .cloned()
                .collect();
            live.broken(
                errors.len(),
                &crate::report::human(root, &errors, &crate::report::Sources::new()),
            );
        }
    }
}

/// " (content/a.md, …)" naming the changed source files.
fn changed_files(files: &[String]) -> String {
    let mut named: Vec<&str> = files
        .iter()
        .map(String::as_str)
        .filter(|f| !f.is_empty())
        .collect();
    named.sort_unstable();
    named.dedup();
    match named.len() {
        0 => String::new(),
        1..=3 => format!(" ({})", named.join(", ")),
        n => format!(" ({}, … {} files)", named[..3].join(", "), n),
    }
}

/// "1 page", "2 pages".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(diagnostics: Vec<Diagnostic>) -> Outcome {
        Outcome {
            changed: true,
            diagnostics,
            ..Outcome::default()
        }
    }

    #[test]
    fn each_warning_is_printed_once_and_errors_every_time() {
        let mut terminal = Terminal::default();
        let w1 = Diagnostic::warning("translations", "content/a.md", "not translated");
        let w2 = Diagnostic::warning("readability", "content/b.md", "hard to read");
        let e = Diagnostic::error("links", "content/c.md", "broken");
        let mut print = |found: &[&Diagnostic]| {
            let outcome = outcome(found.iter().map(|d| (*d).clone()).collect());
            let printed: Vec<String> = terminal
                .to_print(&outcome)
                .into_iter()
                .map(|d| d.message)
                .collect();
            printed
        };
        assert_eq!(print(&[&w1, &e]), ["not translated", "broken"]);
        // A save of another file: the same warning is not printed again.
        assert_eq!(print(&[&w1, &e]), ["broken"]);
        // A new one (after a site.toml change, say) is listed, not counted.
        assert_eq!(print(&[&w1, &w2]), ["hard to read"]);
        // One that went away and came back is printed again.
        assert_eq!(print(&[&w2]), Vec::<String>::new());
        assert_eq!(print(&[&w1, &w2]), ["not translated"]);
    }
}
