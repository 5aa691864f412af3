//! Accessibility lint: faults in a page's Markdown that shut out readers who
//! use a screen reader, a keyboard or a small screen.
//!
//! Part of the checks stage, run on every page in every section. It reads
//! only what [`crate::markdown`] collected while rendering (headings,
//! links, images, tables), so the Markdown is parsed once. [`faults`] is
//! pure and tested by table; [`check`] places each fault in its file. The
//! rules:
//!
//! - an image without alt text (a decorative one is written as HTML,
//!   `<img src="…" alt="">`);
//! - a skipped heading level, counting the title as the h1, and a second h1;
//! - a link without text, or with text that means nothing out of context
//!   ("click here", "read more", a bare web address), in English, Polish
//!   and Urdu;
//! - a table without a header row;
//! - a link to a document (PDF, Word, …) whose text does not give its type
//!   and size;
//! - the same link text leading to different places on one page (a
//!   warning: WCAG 2.4.4 accepts it when the surrounding text tells the
//!   links apart, which a lint cannot judge).

use crate::content::Document;
use crate::error::Diagnostic;
use crate::markdown::{Reference, Rendered};
use std::collections::HashMap;
use std::ops::Range;

mod link_text;

use link_text::missing_type_or_size;
pub use link_text::{DocumentKind, document_kind, vague};

/// Which rule a fault breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// `![](photo.jpg)`.
    ImageWithoutAlt,
    /// h2 followed by h4, or a body that starts at h3.
    SkippedHeadingLevel,
    /// `# ` in the body: the title is already the h1.
    SecondH1,
    /// `[](/contact/)`.
    EmptyLink,
    /// `[click here](/contact/)`, `<https://example.org>`.
    VagueLinkText,
    /// A table whose header row is empty.
    TableWithoutHeader,
    /// `[Annual report](/report.pdf)` without "(PDF, 240 KB)".
    DocumentWithoutTypeOrSize,
    /// `[Contact](/a/)` and `[Contact](/b/)` on one page.
    SameTextDifferentPlaces,
}

/// One accessibility fault, at a byte range of the Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The rule it breaks.
    pub rule: Rule,
    /// Where it is in the body.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// Every fault in a rendered body, in source order. `text` is the whole
/// file and `body_start` where the body starts in it (the spans are body
/// offsets): a message that names another line counts lines in the file.
pub fn faults(text: &str, body_start: usize, rendered: &Rendered) -> Vec<Fault> {
    let body = text.get(body_start..).unwrap_or_default();
    let mut found = Vec::new();
    images(rendered, &mut found);
    headings(rendered, &mut found);
    link_texts(text, body_start, rendered, &mut found);
    tables(body, rendered, &mut found);
    for f in &mut found {
        // Underline the text, not the line break or blank line after it.
        let trimmed = body
            .get(f.span.clone())
            .map_or(0, |s| s.len() - s.trim_end().len());
        f.span.end -= trimmed;
    }
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found
}

/// The faults of `doc`, located in its file.
pub fn check(doc: &Document, rendered: &Rendered) -> Vec<Diagnostic> {
    faults(&doc.text, doc.body_start, rendered)
        .into_iter()
        .map(|f| {
            let span = f.span.start + doc.body_start..f.span.end + doc.body_start;
            let diagnostic = if f.rule == Rule::SameTextDifferentPlaces {
                Diagnostic::warning("accessibility", &doc.file, f.message)
            } else {
                Diagnostic::error("accessibility", &doc.file, f.message)
            };
            diagnostic.at(&doc.text, span).with_hint(f.hint)
        })
        .collect()
}

fn fault(rule: Rule, span: &Range<usize>, message: String, hint: &str) -> Fault {
    Fault {
        rule,
        span: span.clone(),
        message,
        hint: hint.to_owned(),
    }
}

fn images(rendered: &Rendered, found: &mut Vec<Fault>) {
    for image in rendered.images.iter().filter(|i| i.text.trim().is_empty()) {
        found.push(fault(
            Rule::ImageWithoutAlt,
            &image.span,
            "image without alt text: a screen reader cannot say what it shows".to_owned(),
            "describe the image between the square brackets: ![A health visitor talking with a parent](photo.jpg); \
             if it is only decoration, write it as HTML with an empty alt: <img src=\"photo.jpg\" alt=\"\">",
        ));
    }
}

fn headings(rendered: &Rendered, found: &mut Vec<Fault>) {
    // The template shows the page title as the h1.
    let mut previous = 1;
    for heading in &rendered.headings {
        let level = heading.level;
        if level == 1 {
            found.push(fault(
                Rule::SecondH1,
                &heading.span,
                "a second h1: the page title is already the page's h1".to_owned(),
                "use `##` for the parts of the page (`#` is for the title, which comes from the front matter)",
            ));
        } else if level > previous + 1 {
            let message = if previous == 1 {
                format!(
                    "skipped heading level: the page starts at h{level}, but the first heading after the title must be h2"
                )
            } else {
                format!("skipped heading level: h{previous} is followed by h{level}")
            };
            let hint = format!(
                "use `{}` here, so that screen-reader users can follow the page's outline",
                "#".repeat(usize::from(previous) + 1)
            );
            found.push(fault(Rule::SkippedHeadingLevel, &heading.span, message, &hint));
        }
        previous = level;
    }
}

fn tables(body: &str, rendered: &Rendered, found: &mut Vec<Fault>) {
    for table in rendered.tables.iter().filter(|t| !t.has_header) {
        // The header row: the table's first line.
        let first_line = body
            .get(table.span.clone())
            .and_then(|t| t.find('\n'))
            .map_or(table.span.end, |i| table.span.start + i);
        found.push(fault(
            Rule::TableWithoutHeader,
            &(table.span.start..first_line),
            "table without a header row: a screen reader cannot say what each column holds".to_owned(),
            "put the column names in the first row: | Agency | What it does |, then |---|---|",
        ));
    }
}

fn link_texts(text: &str, body_start: usize, rendered: &Rendered, found: &mut Vec<Fault>) {
    let file = text;
    let mut first_by_text: HashMap<String, &Reference> = HashMap::new();
    for link in &rendered.links {
        let text = link.text.trim();
        if text.is_empty() {
            found.push(fault(
                Rule::EmptyLink,
                &link.span,
                "link without text: a screen reader announces it as just \"link\"".to_owned(),
                "write what the link leads to between the square brackets: [the contact page](/contact/)",
            ));
            continue;
        }
        if let Some(kind) = document_kind(&link.url) {
            if let Some(missing) = missing_type_or_size(text, kind) {
                found.push(fault(
                    Rule::DocumentWithoutTypeOrSize,
                    &link.span,
                    format!("link to a {} document without its {missing}: readers should know before they download it", kind.name),
                    &format!("say both in the link text, such as [Annual report ({}, 240 KB)]({})", kind.name, link.url),
                ));
            }
        }
        if let Some((problem, hint)) = vague(text, &link.url) {
            // Fixing the text fixes any clash with another "click here" too.
            found.push(fault(Rule::VagueLinkText, &link.span, problem, hint));
            continue;
        }
        let key = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        match first_by_text.get(&key) {
            Some(first) if same_place(&first.url, &link.url) => {}
            Some(first) => {
                let line = crate::error::Location::of_offset(file, body_start + first.span.start).line;
                found.push(fault(
                    Rule::SameTextDifferentPlaces,
                    &link.span,
                    format!(
                        "the link text \"{text}\" leads to {}, but the same text leads to {} on line {line}",
                        link.url, first.url,
                    ),
                    "give each link text that says where it goes, so that the two can be told apart",
                ));
            }
            None => {
                first_by_text.insert(key, link);
            }
        }
    }
}

/// Whether two destinations, as written, are the same place.
fn same_place(a: &str, b: &str) -> bool {
    fn key(url: &str) -> &str {
        let url = url.trim();
        let url = url.strip_suffix("index.html").unwrap_or(url);
        url.trim_end_matches('/')
    }
    key(a) == key(b)
}

#[cfg(test)]
mod tests;
