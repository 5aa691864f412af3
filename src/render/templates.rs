//! Tera templates: parsed once per build, one engine per language so that
//! the `t()` function and the `date` filter speak the page's language.
//!
//! Templates come from the theme, overridden file by file by the site's
//! `templates/` (see [`crate::theme`]). A template error names the template
//! file and, for syntax errors, its line and column.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Tera, Value};

use crate::dates::Date;
use crate::error::{Diagnostic, Location};
use crate::i18n::Locales;
use crate::theme::Theme;

/// The templates every theme must have.
pub const REQUIRED: [&str; 6] = [
    "base.html",
    "page.html",
    "section.html",
    "index.html",
    "contact.html",
    "404.html",
];

/// One Tera engine per language.
pub struct Templates {
    engines: HashMap<String, Tera>,
    origins: HashMap<String, String>,
}

impl Templates {
    /// Parses the theme's templates and registers `t()` and `date` for each
    /// language.
    pub fn load(
        theme: &Theme,
        locales: &Arc<Locales>,
        languages: &[String],
    ) -> Result<Templates, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        for name in REQUIRED {
            if !theme.templates.contains_key(name) {
                problems.push(
                    Diagnostic::error("templates", format!("templates/{name}"), format!("the theme has no template `{name}`"))
                        .with_hint("add the file to the theme's templates/ folder, or remove the site's theme setting to use the default theme"),
                );
            }
        }
        let sources: Vec<(String, String)> = theme
            .templates
            .iter()
            .filter(|(name, _)| name.ends_with(".html") || name.ends_with(".xml") || name.ends_with(".txt"))
            .map(|(name, file)| (name.clone(), file.text().into_owned()))
            .collect();
        let origins: HashMap<String, String> = theme
            .templates
            .iter()
            .map(|(name, file)| (name.clone(), file.origin.clone()))
            .collect();
        let mut base = Tera::default();
        base.autoescape_on(vec![".html", ".xml"]);
        base.set_escape_fn(escape);
        if let Err(e) = base.add_raw_templates(sources) {
            problems.push(template_diagnostic(&e, &origins, theme));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let engines = languages
            .iter()
            .map(|lang| {
                let mut tera = base.clone();
                tera.register_function("t", translate(Arc::clone(locales), lang.clone()));
                let (locales, lang2, memo) = (Arc::clone(locales), lang.clone(), Memo::default());
                tera.register_filter("date", move |value: &Value, _: &HashMap<String, Value>| {
                    let text = value.as_str().unwrap_or_default();
                    memo.get_or(text, || format_date(&locales, &lang2, text))
                });
                (lang.clone(), tera)
            })
            .collect();
        Ok(Templates { engines, origins })
    }

    /// Renders template `name` in `lang` with `context`.
    pub fn render(&self, lang: &str, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        let Some(tera) = self.engines.get(lang) else {
            return Err(Diagnostic::error(
                "templates",
                name,
                format!("no templates for language `{lang}`"),
            ));
        };
        tera.render(name, context).map_err(|e| {
            let origin = self
                .origins
                .get(name)
                .cloned()
                .unwrap_or_else(|| format!("templates/{name}"));
            let mut d = Diagnostic::error("templates", origin, chain(&e));
            if let tera::ErrorKind::TemplateNotFound(missing) = &e.kind {
                d = d.with_hint(format!(
                    "there is no template `{missing}`: add it to templates/ or fix the page's `template` key"
                ));
            } else {
                d = d.with_hint("fix the template; the message above names the variable, filter or function");
            }
            d
        })
    }

    /// Whether a template exists.
    pub fn has(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }
}

/// Escapes the five characters that matter in HTML and XML, and no more
/// (Tera's default also escapes `/`, which bloats every URL).
fn escape(text: &str) -> String {
    crate::generate::xml_escape(text)
}

/// Texts already worked out, by what they were worked out from: every page
/// asks for the same few dozen messages and dates, so each is formatted
/// once per language and build.
#[derive(Default)]
struct Memo(Mutex<HashMap<String, String>>);

impl Memo {
    fn get_or(&self, key: &str, make: impl FnOnce() -> tera::Result<String>) -> tera::Result<Value> {
        let known = self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned();
        let text = match known {
            Some(text) => text,
            None => {
                let text = make()?;
                self.0
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(key.to_owned(), text.clone());
                text
            }
        };
        Ok(Value::String(text))
    }
}

/// `t(key="…", count=3, name="…")`: a Fluent message with arguments.
fn translate(locales: Arc<Locales>, lang: String) -> impl tera::Function {
    let memo = Memo::default();
    move |args: &HashMap<String, Value>| -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        if args.len() == 1 {
            return memo.get_or(key, || Ok(locales.message(&lang, key, None)));
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            if name == "key" {
                continue;
            }
            match value {
                Value::Number(n) => {
                    fluent_args.set(name.clone(), FluentValue::from(n.as_f64().unwrap_or_default()));
                }
                Value::String(s) => fluent_args.set(name.clone(), FluentValue::from(s.clone())),
                other => fluent_args.set(name.clone(), FluentValue::from(other.to_string())),
            }
        }
        Ok(Value::String(locales.message(&lang, key, Some(&fluent_args))))
    }
}

/// A `YYYY-MM-DD…` date written out in `lang`: "3 March 2025".
fn format_date(locales: &Locales, lang: &str, text: &str) -> tera::Result<String> {
    let date = text
        .get(..10)
        .and_then(|d| {
            let mut parts = d.split('-');
            let y = parts.next()?.parse().ok()?;
            let m = parts.next()?.parse().ok()?;
            let day = parts.next()?.parse().ok()?;
            Date::from_ymd(y, m, day)
        })
        .ok_or_else(|| tera::Error::msg(format!("the date filter needs a date, got `{text}`")))?;
    Ok(crate::dates::format_long(locales, lang, date))
}

/// The whole cause chain of a Tera error on one line.
fn chain(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ").replace('\n', " ")
}

fn template_diagnostic(e: &tera::Error, origins: &HashMap<String, String>, theme: &Theme) -> Diagnostic {
    let full = chain(e);
    // Tera names the template in quotes: Failed to parse 'page.html'.
    let name = full.split(['\'', '"']).nth(1).unwrap_or_default().to_owned();
    let origin = origins
        .get(&name)
        .cloned()
        .unwrap_or_else(|| format!("templates/{name}"));
    // Parse errors end with "= what was expected"; keep that, in plain words.
    let reason = match full.rsplit_once("= ") {
        Some((_, expected)) => expected.trim(),
        None => full.as_str(),
    };
    let mut d = Diagnostic::error(
        "templates",
        origin,
        format!("the template has a syntax error: {reason}"),
    )
    .with_hint("every {% if %} and {% for %} needs its {% endif %} or {% endfor %}, every {{ needs }}");
    // Parse errors carry " --> line:column".
    if let Some(pos) = full.split("--> ").nth(1) {
        let mut numbers = pos.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
        if let (Some(Ok(line)), Some(Ok(column))) =
            (numbers.next().map(str::parse), numbers.next().map(str::parse))
        {
            let text = theme
                .templates
                .get(&name)
                .map(|f| f.text().into_owned())
                .unwrap_or_default();
            d = match line_column_offset(&text, line, column) {
                Some(offset) => d.at(&text, offset..offset),
                None => d.at_location(Location { line, column }),
            };
        }
    }
    d
}

fn line_column_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line_text = text.get(start..)?.lines().next()?;
    Some(
        start
            + line_text
                .char_indices()
                .nth(column.checked_sub(1)?)
                .map_or(line_text.len(), |(i, _)| i),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_works_each_text_out_once_and_never_keeps_a_failure() {
        let memo = Memo::default();
        let calls = std::cell::Cell::new(0);
        let make = |text: &str| {
            calls.set(calls.get() + 1);
            Ok(text.to_uppercase())
        };
        let text = |value: tera::Result<Value>| value.ok().and_then(|v| v.as_str().map(str::to_owned));
        assert_eq!(text(memo.get_or("a", || make("a"))).as_deref(), Some("A"));
        assert_eq!(text(memo.get_or("a", || make("other"))).as_deref(), Some("A"));
        assert_eq!(calls.get(), 1);
        assert!(memo.get_or("b", || Err(tera::Error::msg("not a date"))).is_err());
        assert_eq!(text(memo.get_or("b", || make("b"))).as_deref(), Some("B"));
        assert_eq!(calls.get(), 2);
    }
}
