//! Printing diagnostics for people (a snippet with the span underlined) and
//! for machines (`--format json`, one object per finding).
//!
//! This is the last stage of `check`, `build` and `serve`: every stage has
//! already collected its [`Diagnostic`]s; this module only formats them.
//!
//! The translation coverage table ([`coverage`]) always goes to standard
//! error, in both formats, so that `--format json` writes exactly one JSON
//! array of findings to standard output; the findings themselves include a
//! warning for each untranslated page and each language's missing messages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Snippet, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use rayon::prelude::*;

use crate::checks::translations::LanguageCoverage;
use crate::error::{Diagnostic, Severity};

mod snippet;

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// `error[check]: message` with the source line and a caret.
    #[default]
    Human,
    /// A JSON array of `{check, severity, file, line, column, message, hint}`
    /// on standard output (the coverage table stays on standard error).
    Json,
}

/// The text of files a build has already read, by path relative to the
/// site root, so that their snippets show exactly what was checked and the
/// files need not be read again.
pub type Sources = HashMap<String, String>;

/// Renders every diagnostic as people read it. Each snippet comes from
/// `sources`, or else from reading its file under `root`, once per file.
/// Files are rendered in parallel (a large site can have thousands of
/// warnings), in the order given.
pub fn human(root: &Path, diagnostics: &[Diagnostic], sources: &Sources) -> String {
    let groups: Vec<&[Diagnostic]> = diagnostics.chunk_by(|a, b| a.file == b.file).collect();
    groups
        .par_iter()
        .map(|group| {
            let source = group.first().and_then(|first| match sources.get(&first.file) {
                Some(text) => Some(Cow::Borrowed(text.as_str())),
                None => std::fs::read(root.join(&first.file))
                    .ok()
                    .map(|bytes| Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())),
            });
            group
                .iter()
                .map(|diagnostic| render_one(source.as_deref(), diagnostic))
                .collect::<String>()
        })
        .collect()
}

/// One finding, with a snippet of `source` (the text of its file) when its
/// span lies within it, else with a line naming its location.
fn render_one(source: Option<&str>, diagnostic: &Diagnostic) -> String {
    let spanned = source.zip(diagnostic.span.clone()).filter(|(source, span)| {
        span.start <= span.end
            && span.end <= source.len()
            && source.is_char_boundary(span.start)
            && source.is_char_boundary(span.end)
    });
    if let Some((source, span)) = spanned {
        let drawn = snippet::single_line(source, span.clone(), diagnostic)
            .or_else(|| by_codespan(source, span, diagnostic));
        if let Some(text) = drawn {
            return text;
        }
    }
    // No source to show: a plain header line with the location.
    let mut text = format!(
        "{}[{}]: {}\n",
        diagnostic.severity, diagnostic.check, diagnostic.message
    );
    text.push_str(&format!("  --> {}", diagnostic.file));
    if let Some(location) = diagnostic.location {
        text.push_str(&format!(":{}:{}", location.line, location.column));
    }
    text.push('\n');
    if let Some(hint) = &diagnostic.hint {
        text.push_str(&format!("  = help: {hint}\n"));
    }
    text.push('\n');
    text
}

/// A finding drawn by codespan-reporting, which draws every shape of span
/// (`span` lies within `source`, on character boundaries).
fn by_codespan(source: &str, span: Range<usize>, diagnostic: &Diagnostic) -> Option<String> {
    let file = SimpleFile::new(diagnostic.file.as_str(), source);
    let snippet = match diagnostic.severity {
        Severity::Error => Snippet::error(),
        Severity::Warning => Snippet::warning(),
    }
    .with_code(diagnostic.check)
    .with_message(&diagnostic.message)
    .with_notes(diagnostic.hint.iter().map(|h| format!("help: {h}")).collect())
    .with_labels(vec![Label::primary((), span)]);
    term::emit_into_string(&term::Config::default(), &file, &snippet).ok()
}

/// Renders every diagnostic as a JSON array, one object per finding.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string_pretty(diagnostics).unwrap_or_else(|_| "[]".to_owned())
}

/// How many missing pages or messages the coverage table names per language.
const LISTED: usize = 10;

/// The translation coverage table, for standard error: per language, pages
/// translated and messages present, then what is missing (at most ten of
/// each, then "and N more"). Empty for a site with one language.
pub fn coverage(table: &[LanguageCoverage]) -> String {
    if table.len() < 2 {
        return String::new();
    }
    let width = table
        .iter()
        .map(|c| c.lang.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    let fraction = |n: usize, total: usize| {
        let percent = (n * 100).checked_div(total).unwrap_or(100);
        let digits = total.to_string().len();
        format!("{n:>digits$}/{total} ({percent:>3}%)")
    };
    let rows: Vec<(String, String, String, &str)> = table
        .iter()
        .map(|c| {
            (
                c.lang.clone(),
                fraction(c.pages_translated, c.pages_total),
                fraction(c.messages_present, c.messages_total),
                match c.translator_checked {
                    Some(true) => "checked",
                    Some(false) => "not checked by a professional translator",
                    None => "the site's own",
                },
            )
        })
        .collect();
    let pages_width = rows.iter().map(|r| r.1.len()).max().unwrap_or(0).max(5);
    let messages_width = rows.iter().map(|r| r.2.len()).max().unwrap_or(0).max(8);
    let mut out = String::from("translation coverage:\n");
    out.push_str(&format!(
        "  {:width$}  {:pages_width$}  {:messages_width$}  interface text\n",
        "language", "pages", "messages"
    ));
    for (lang, pages, messages, checked) in &rows {
        out.push_str(&format!(
            "  {lang:width$}  {pages:pages_width$}  {messages:messages_width$}  {checked}\n"
        ));
    }
    for c in table {
        list_missing(&mut out, &c.lang, "page", &c.missing_pages);
        list_missing(&mut out, &c.lang, "message", &c.missing_messages);
    }
    out
}

fn list_missing(out: &mut String, lang: &str, what: &str, missing: &[String]) {
    if missing.is_empty() {
        return;
    }
    out.push_str(&format!("  missing in {lang}: {}\n", plural(missing.len(), what)));
    for item in missing.iter().take(LISTED) {
        out.push_str(&format!("    {item}\n"));
    }
    if missing.len() > LISTED {
        out.push_str(&format!("    and {} more\n", missing.len() - LISTED));
    }
}

/// One line that counts errors and warnings, e.g. "2 errors, 1 warning".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
}

/// [`summary`], with the warnings counted by check, most first: "0 errors,
/// 18 warnings: 17 translations, 1 readability".
pub fn summary_by_check(diagnostics: &[Diagnostic]) -> String {
    let mut by_check: Vec<(usize, &str)> = Vec::new();
    for d in diagnostics.iter().filter(|d| !d.is_error()) {
        match by_check.iter_mut().find(|(_, check)| *check == d.check) {
            Some((n, _)) => *n += 1,
            None => by_check.push((1, d.check)),
        }
    }
    by_check.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let counts: Vec<String> = by_check.iter().map(|(n, check)| format!("{n} {check}")).collect();
    if counts.is_empty() {
        summary(diagnostics)
    } else {
        format!("{}: {}", summary(diagnostics), counts.join(", "))
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_are_counted_by_check_most_first() {
        let warn = |check: &'static str| Diagnostic::warning(check, "a.md", "w");
        let found = [
            warn("translations"),
            warn("readability"),
            warn("translations"),
            Diagnostic::error("links", "a.md", "e"),
        ];
        assert_eq!(
            summary_by_check(&found),
            "1 error, 3 warnings: 2 translations, 1 readability"
        );
        assert_eq!(summary_by_check(&[]), "0 errors, 0 warnings");
    }

    #[test]
    fn json_has_flat_location_fields() {
        let d = Diagnostic::error("links", "content/a.md", "broken")
            .at("x\nyz", 3..4)
            .with_hint("fix it");
        let value: serde_json::Value = serde_json::from_str(&json(&[d])).unwrap();
        assert_eq!(value[0]["line"], 2);
        assert_eq!(value[0]["column"], 2);
        assert_eq!(value[0]["severity"], "error");
        assert_eq!(value[0]["hint"], "fix it");
    }

    #[test]
    fn human_without_a_readable_file_still_names_the_location() {
        let d = Diagnostic::error("links", "content/missing.md", "broken").at("x\nyz", 3..4);
        let text = human(Path::new("/nonexistent"), &[d], &Sources::new());
        assert!(text.contains("content/missing.md:2:2"), "{text}");
    }

    #[test]
    fn human_shows_the_text_that_was_read_not_the_file_as_it_is_now() {
        let d = Diagnostic::warning("links", "content/a.md", "broken").at("one\ntwo words\n", 8..13);
        let sources = Sources::from([("content/a.md".to_owned(), "one\ntwo words\n".to_owned())]);
        let text = human(Path::new("/nonexistent"), &[d], &sources);
        assert!(text.contains("content/a.md:2:5"), "{text}");
        assert!(text.contains("2 │ two words"), "{text}");
        assert!(text.contains("^^^^^"), "{text}");
    }

    #[test]
    fn coverage_is_an_aligned_table_that_lists_ten_missing_items_at_most() {
        let language = |lang: &str, translated: usize, missing: usize| LanguageCoverage {
            lang: lang.to_owned(),
            pages_translated: translated,
            pages_total: 12,
            missing_pages: (0..missing)
                .map(|i| format!("content/p{i:02}.{lang}.md"))
                .collect(),
            messages_present: 50,
            messages_total: 51,
            missing_messages: vec!["alert-tip".to_owned()],
            translator_checked: Some(lang == "en-GB"),
        };
        let table = coverage(&[language("en-GB", 12, 0), language("pl", 1, 11)]);
        let expected = "translation coverage:
  language  pages         messages      interface text
  en-GB     12/12 (100%)  50/51 ( 98%)  checked
  pl         1/12 (  8%)  50/51 ( 98%)  not checked by a professional translator
  missing in en-GB: 1 message
    alert-tip
  missing in pl: 11 pages
    content/p00.pl.md
    content/p01.pl.md
    content/p02.pl.md
    content/p03.pl.md
    content/p04.pl.md
    content/p05.pl.md
    content/p06.pl.md
    content/p07.pl.md
    content/p08.pl.md
    content/p09.pl.md
    and 1 more
  missing in pl: 1 message
    alert-tip
";
        assert_eq!(table, expected);
        assert_eq!(coverage(&[language("en-GB", 12, 0)]), "");
    }

    #[test]
    fn summary_counts_both_kinds() {
        let e = Diagnostic::error("x", "a", "m");
        let w = Diagnostic::warning("x", "a", "m");
        assert_eq!(summary(&[e.clone(), e, w]), "2 errors, 1 warning");
    }
}
