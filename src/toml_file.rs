//! Parsing a TOML text (a `site.toml` or a page's front matter) into a typed
//! struct, reporting every problem as a [`Diagnostic`] at its place in the
//! file.
//!
//! The TOML may sit inside a larger file (front matter starts after the
//! opening `+++`), so spans are shifted by `offset` into the whole file.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::DeTable;

use crate::error::Diagnostic;
use crate::schema::{Schema, unknown_keys};

/// Where a TOML text sits: the file's name and whole text, and the byte
/// offset at which the TOML starts.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// File name relative to the site root, for diagnostics.
    pub file: &'a str,
    /// The whole file, to turn offsets into line and column.
    pub text: &'a str,
    /// Where the TOML starts in `text`.
    pub offset: usize,
    /// Which check to name in diagnostics: "config" or "front-matter".
    pub check: &'static str,
}

impl Source<'_> {
    /// A diagnostic at `span` of the TOML text.
    pub fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        let start = self.offset + span.start;
        let end = (self.offset + span.end).max(start);
        Diagnostic::error(self.check, self.file, message).at(self.text, start..end)
    }
}

/// Parses `toml` (which is `source.text[source.offset..]` or a part of it)
/// into `T`, checking its keys against `schema` first.
///
/// Returns the value, or every problem found: syntax errors, unknown keys
/// (with a "did you mean"), wrong types and missing keys.
pub fn parse<T: DeserializeOwned>(
    toml: &str,
    source: Source<'_>,
    schema: &Schema,
    describe: impl Fn(&str) -> Option<String>,
) -> Result<T, Vec<Diagnostic>> {
    let (table, syntax_errors) = DeTable::parse_recoverable(toml);
    if !syntax_errors.is_empty() {
        return Err(syntax_errors
            .iter()
            .map(|e| {
                let span = e.span().unwrap_or(0..0);
                if let Some(plain) = crate::toml_words::explain(toml, span.clone()) {
                    return source.error(plain.span, plain.message).with_hint(plain.hint);
                }
                let hint = if e.message().contains("date") || e.message().contains("time") {
                    "write dates as YYYY-MM-DD, for example 2024-03-01, with a real month and day"
                } else {
                    "check the quotes, `=` signs and brackets on this line; text values need \"double quotes\""
                };
                source
                    .error(span, format!("this is not valid TOML: {}", first_line(e.message())))
                    .with_hint(hint)
            })
            .collect());
    }
    let unknown: Vec<Diagnostic> = unknown_keys(table.get_ref(), schema)
        .into_iter()
        .map(|u| {
            let hint = match (u.suggestion, describe(&u.path)) {
                (_, Some(elsewhere)) => elsewhere,
                (Some(s), None) => format!("did you mean `{s}`?"),
                (None, None) => format!(
                    "remove it; the keys allowed here are: {}",
                    known_here(schema, &u.path)
                ),
            };
            source
                .error(u.span, format!("unknown key `{}`", u.path))
                .with_hint(hint)
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let toml_len = toml.len();
    T::deserialize(toml::de::Deserializer::from(table)).map_err(|e| {
        let span = e.span().unwrap_or(0..toml_len.min(1));
        if let Some(plain) = crate::toml_words::unknown_value(toml, span.clone(), e.message()) {
            return vec![source.error(plain.span, plain.message).with_hint(plain.hint)];
        }
        vec![
            source
                .error(span, type_message(e.message()))
                .with_hint(type_hint(e.message())),
        ]
    })
}

fn known_here(schema: &Schema, path: &str) -> String {
    let mut schema = schema;
    for part in path.split('.').collect::<Vec<_>>().iter().rev().skip(1).rev() {
        match schema.keys.iter().find(|(k, _)| k == part) {
            Some((_, Some(nested))) => schema = nested,
            _ => break,
        }
    }
    schema
        .keys
        .iter()
        .map(|(k, _)| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim_end_matches('.')
}

/// Turns serde's wording into plain words.
fn type_message(message: &str) -> String {
    let message = first_line(message);
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("the required key {rest} is missing");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return format!("wrong kind of value: {rest}");
    }
    message.to_owned()
}

fn type_hint(message: &str) -> String {
    if message.contains("missing field `title`") {
        "add a line such as: title = \"What is a serious case review?\"".to_owned()
    } else if message.starts_with("missing field") {
        "add the key with a value".to_owned()
    } else if message.contains("sequence") {
        "a list is written in square brackets: [\"first\", \"second\"]".to_owned()
    } else if message.contains("string") {
        "text is written in double quotes: \"like this\"".to_owned()
    } else if message.contains("date") {
        "write dates as YYYY-MM-DD, for example 2024-03-01, without quotes".to_owned()
    } else {
        "check the value's type against the example in the README".to_owned()
    }
}
