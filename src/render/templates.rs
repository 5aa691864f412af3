//! Tera templates: parsed once per build, one engine per language so that
//! the `t` and `date` filters speak the page's language.
//!
//! Templates come from the theme, overridden file by file by the site's
//! `templates/` (see [`crate::theme`]). A template error names the template
//! file, line and column.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, PoisonError, RwLock};

use crate::fingerprint::in_key_order;
use fluent_bundle::{FluentArgs, FluentValue};
use rustc_hash::FxHashMap;
use tera::{Kwargs, Map, State, Tera, TeraResult, Value};

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

/// Room for a typical rendered page, so that its buffer is not grown and
/// copied several times over.
const PAGE_CAPACITY: usize = 16 * 1024;

/// One Tera engine per language.
pub struct Templates {
    engines: HashMap<String, Tera>,
    origins: HashMap<String, String>,
    /// By name, sorted, so that of several broken templates the same one
    /// is reported first every time.
    sources: BTreeMap<String, String>,
    /// What the templates parsed with but may do wrong (see
    /// [`map_loops`](crate::render::map_loops)).
    warnings: Vec<Diagnostic>,
    /// Which load this is: no two loads in one process share it.
    stamp: u64,
}

/// The stamp of the next load of templates.
static NEXT_STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Templates {
    /// Parses the theme's templates once and gives each language its own
    /// `t()` and `date`.
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
        let sources: BTreeMap<String, String> = theme
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
        let warnings = sources
            .iter()
            .flat_map(|(name, text)| {
                let origin = origins.get(name).map_or(name.as_str(), String::as_str);
                crate::render::map_loops::warnings(origin, text)
            })
            .collect();
        let mut templates = Templates {
            engines: HashMap::new(),
            origins,
            sources,
            warnings,
            stamp: NEXT_STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        // Tera checks at parse time that every function and filter a
        // template calls exists, so the first language's are registered
        // before parsing; each language's copy then replaces them with its own.
        let first = languages.first().map_or("en", String::as_str);
        let mut base = engine(locales, first);
        if let Err(e) = base.add_raw_templates(templates.sources.iter()) {
            problems.extend(templates.load_diagnostics(&e, locales, first));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        templates.engines = languages
            .iter()
            .map(|lang| {
                let mut tera = base.clone();
                register(&mut tera, locales, lang);
                (lang.clone(), tera)
            })
            .collect();
        Ok(templates)
    }

    /// Which load of the theme's templates and interface text these are:
    /// what they render changes only with a new load, whose stamp differs.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The warnings found in the templates' text, such as a loop over a
    /// map's keys and values.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Renders template `name` in `lang` with `context`, to HTML (UTF-8).
    pub fn render(&self, lang: &str, name: &str, context: &tera::Context) -> Result<Vec<u8>, Diagnostic> {
        // Bytes, not a String: Tera writes only text, and the pages go
        // straight to files, so checking the UTF-8 again would be wasted.
        let mut html = Vec::with_capacity(PAGE_CAPACITY);
        self.render_to(lang, name, context, &mut html)?;
        Ok(html)
    }

    /// Renders template `name` in `lang` with `context`, to HTML (UTF-8)
    /// added to `html`: for a piece of a page, such as one of the
    /// tracker's recommendations, rendered thousands of times.
    pub fn render_to(
        &self,
        lang: &str,
        name: &str,
        context: &tera::Context,
        html: &mut Vec<u8>,
    ) -> Result<(), Diagnostic> {
        let Some(tera) = self.engines.get(lang) else {
            return Err(Diagnostic::error(
                "templates",
                name,
                format!("no templates for language `{lang}`"),
            ));
        };
        tera.render_to(name, context, html).map_err(|e| {
            let d = self.diagnostic(&e, Some(name));
            match e.kind() {
                tera::ErrorKind::TemplateNotFound(missing) => d.with_hint(format!(
                    "there is no template `{missing}`: add it to templates/ or fix the page's `template` key"
                )),
                _ => {
                    d.with_hint("fix the template; the message above names the variable, filter or function")
                }
            }
        })
    }

    /// Whether a template exists.
    pub fn has(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    /// The HTML templates in `folder` (such as "parts/"), by name.
    pub fn names_under(&self, folder: &str) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .origins
            .keys()
            .map(String::as_str)
            .filter(|name| name.starts_with(folder) && name.ends_with(".html"))
            .collect();
        names.sort_unstable();
        names
    }

    /// Diagnostics for an error found while the templates were parsed and
    /// checked. Tera gives its checks of the names a template uses (unknown
    /// functions, filters, tests, components, templates) only as report
    /// text, so their file, line and column are read from that text.
    fn load_diagnostics(&self, e: &tera::Error, locales: &Arc<Locales>, lang: &str) -> Vec<Diagnostic> {
        let found = match e.kind() {
            tera::ErrorKind::SyntaxError(_) => self.syntax_errors(locales, lang),
            tera::ErrorKind::Msg(text) => text_reports(text)
                .iter()
                .map(|report| self.reported(report))
                .collect(),
            _ => Vec::new(),
        };
        if found.is_empty() {
            vec![self.diagnostic(e, None)]
        } else {
            found
        }
    }

    /// A diagnostic for one problem read out of Tera's report text.
    fn reported(&self, report: &TextReport) -> Diagnostic {
        let d = Diagnostic::error("templates", self.origin(&report.name), sentence(&report.message))
            .with_hint(load_hint(&report.message));
        let text = self.sources.get(&report.name);
        match text.and_then(|text| Some((text, line_column_offset(text, report.line, report.column)?))) {
            Some((text, offset)) => d.at(text, offset..offset),
            None => d.at_location(Location {
                line: report.line,
                column: report.column,
            }),
        }
    }

    /// The syntax errors of every template, each parsed on its own: Tera
    /// stops at the first, and an author should see them all at once.
    fn syntax_errors(&self, locales: &Arc<Locales>, lang: &str) -> Vec<Diagnostic> {
        self.sources
            .iter()
            .filter_map(|(name, source)| engine(locales, lang).add_raw_template(name, source).err())
            .filter(|e| matches!(e.kind(), tera::ErrorKind::SyntaxError(_)))
            .map(|e| self.diagnostic(&e, None))
            .collect()
    }

    /// A diagnostic for Tera's error `e`, pointing into the template it
    /// names (or else `rendering`, the template being rendered).
    fn diagnostic(&self, e: &tera::Error, rendering: Option<&str>) -> Diagnostic {
        let report = match e.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => Some(report),
            _ => None,
        };
        let name = report.map(|r| r.filename()).or(rendering).unwrap_or_default();
        let message = match (e.kind(), report) {
            (tera::ErrorKind::SyntaxError(report), _) => {
                format!("the template has a syntax error: {}", sentence(report.message()))
            }
            (_, Some(report)) => sentence(report.message()),
            (_, None) => sentence(&chain(e)),
        };
        let d = Diagnostic::error("templates", self.origin(name), message.replace('\n', " "));
        let d = match e.kind() {
            tera::ErrorKind::SyntaxError(_) => d.with_hint(SYNTAX_HINT),
            _ => d,
        };
        match (report, self.sources.get(name)) {
            (Some(report), Some(text)) if report.span().range.end <= text.len() => {
                d.at(text, report.span().range.clone())
            }
            _ => d,
        }
    }

    /// The file template `name` came from.
    pub fn origin(&self, name: &str) -> String {
        self.origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("templates/{name}"))
    }
}

/// What to do about a problem found while the templates were parsed.
fn load_hint(message: &str) -> &'static str {
    if message.starts_with("Unknown function `t`") {
        "interface text is a filter on the message id: write {{ \"skip-link\" | t }}, or with arguments {{ \"theme-intro\" | t(count=3) }}"
    } else if message.starts_with("Unknown function")
        || message.starts_with("Unknown filter")
        || message.starts_with("Unknown test")
    {
        "check the spelling: templates can use the t and date filters and Tera's own functions, filters and tests"
    } else if message.starts_with("Unknown component") {
        "check the spelling, or define it in a template with {% component name(arguments) %} … {% endcomponent name %}"
    } else if message.starts_with("Unknown template") {
        "add the template to templates/, or fix its name"
    } else {
        SYNTAX_HINT
    }
}

/// What to check in a template with a syntax error.
const SYNTAX_HINT: &str = "every {% if %} and {% for %} needs its {% endif %} or {% endfor %}, every {% block %} its {% endblock %}, every {{ needs }}";

/// One problem in Tera's report text.
#[derive(Debug, PartialEq)]
struct TextReport {
    message: String,
    name: String,
    line: usize,
    column: usize,
}

/// The problems in Tera's report text: each is `error: MESSAGE` followed by
/// ` --> NAME:LINE:COLUMN` (the column counted from 1).
fn text_reports(text: &str) -> Vec<TextReport> {
    let mut reports = Vec::new();
    let mut message = None;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m.to_owned());
        } else if let Some(place) = line.trim_start().strip_prefix("--> ") {
            let mut parts = place.rsplitn(3, ':');
            let (Some(column), Some(line), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            if let (Some(message), Ok(line), Ok(column)) = (message.take(), line.parse(), column.parse()) {
                reports.push(TextReport {
                    message,
                    name: name.to_owned(),
                    line,
                    column,
                });
            }
        }
    }
    reports
}

/// `message` with a small first letter, as the rest of our messages have.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The byte offset of `line` (from 1) and `column` (in characters, from 1).
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

/// An engine that escapes like our feeds do, with `lang`'s `t()` and `date`.
fn engine(locales: &Arc<Locales>, lang: &str) -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(crate::formats::xml::xml_escape_to);
    register_in_key_order(&mut tera);
    register(&mut tera, locales, lang);
    tera
}

/// Replaces Tera's `keys`, `values` and `pairs` with ones that give a map's
/// entries in the order of their keys: Tera's maps are hash maps, whose
/// order is drawn afresh in every run, and a page must come out the same
/// from every build.
fn register_in_key_order(tera: &mut Tera) {
    tera.register_filter("keys", |map: &Map, _: Kwargs, _: &State| {
        in_key_order(map)
            .map(|(key, _)| Value::from(key.clone()))
            .collect::<Vec<_>>()
    });
    tera.register_filter("values", |map: &Map, _: Kwargs, _: &State| {
        in_key_order(map)
            .map(|(_, value)| value.clone())
            .collect::<Vec<_>>()
    });
    tera.register_filter("pairs", |map: &Map, _: Kwargs, _: &State| {
        in_key_order(map)
            .map(|(key, value)| Value::from(vec![Value::from(key.clone()), value.clone()]))
            .collect::<Vec<_>>()
    });
}

/// Registers the `t`, `t_plain`, `lang_attrs`, `in_lang` and `date`
/// filters speaking `lang`.
fn register(tera: &mut Tera, locales: &Arc<Locales>, lang: &str) {
    tera.register_filter(
        "t",
        translate(Arc::clone(locales), lang.to_owned(), Marking::Html),
    );
    tera.register_filter(
        "t_plain",
        translate(Arc::clone(locales), lang.to_owned(), Marking::None),
    );
    let page_lang = lang.to_owned();
    tera.register_filter("lang_attrs", move |text_lang: &str, _: Kwargs, _: &State| {
        Value::safe_string(&crate::i18n::marking::lang_attrs(text_lang, &page_lang))
    });
    let page_lang = lang.to_owned();
    tera.register_filter("in_lang", move |text: &str, args: Kwargs, _: &State| {
        let text_lang: &str = args.must_get("lang")?;
        Ok::<Value, tera::Error>(if text_lang == page_lang {
            Value::from(text)
        } else {
            Value::safe_string(&crate::i18n::marking::span(text, text_lang, &page_lang))
        })
    });
    let (locales, lang, memo) = (Arc::clone(locales), lang.to_owned(), Memo::default());
    tera.register_filter("date", move |text: &str, _: Kwargs, _: &State| {
        memo.get_or(text, || format_date(&locales, &lang, text).map(text_value))
    });
}

/// A text made by a filter, as a template value. One with nothing to
/// escape ("Leave this site", "3 March 2025": nearly all) is marked safe,
/// as escaping it would give it back unchanged: Tera then writes it out
/// as it is, instead of passing it through the escape function on every
/// page that shows it.
fn text_value(text: String) -> Value {
    if crate::formats::xml::is_xml_plain(&text) {
        Value::safe_string(&text)
    } else {
        Value::from(text)
    }
}

/// Dates (and messages with arguments) already written out, by the text
/// they were written from: a listing shows the same few hundred dates on
/// many pages, so each is formatted once per language and build. The texts
/// are `Value`s, so a hit costs a reference count, not a copy.
#[derive(Default)]
struct Memo(RwLock<FxHashMap<String, Value>>);

impl Memo {
    fn get_or(&self, key: &str, make: impl FnOnce() -> TeraResult<Value>) -> TeraResult<Value> {
        let known = self
            .0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned();
        match known {
            Some(text) => Ok(text),
            None => {
                let text = make()?;
                self.0
                    .write()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(key.to_owned(), text.clone());
                Ok(text)
            }
        }
    }
}

/// Whether `t` marks a message shown in another language than the page's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marking {
    /// `t`: in a `<span lang dir>` (for text between tags).
    Html,
    /// `t_plain`: as it is (for an attribute, where no tag can go).
    None,
}

/// `{{ "message-id" | t }}`, or with arguments
/// `{{ "message-id" | t(count=3, name="…") }}`: a Fluent message. A message
/// that falls back to the default language comes in a `<span>` that says
/// so (`lang`, and `dir` where the direction differs); `t_plain` gives the
/// text alone, for attributes.
///
/// A filter rather than a function: the message id is the filter's input,
/// so the common call, without arguments, passes no argument map at all,
/// which Tera would otherwise build (and hash) afresh at every call.
///
/// Every page asks for the same few dozen messages without arguments, so
/// those are all formatted once, when the filter is made, and looked up
/// without a lock afterwards. Messages with arguments repeat too (the same
/// site title, the same counts), so each is formatted once per set of
/// arguments and remembered.
fn translate(
    locales: Arc<Locales>,
    lang: String,
    marking: Marking,
) -> impl Fn(&Value, Kwargs, &State) -> TeraResult<Value> {
    let shown = move |locales: &Locales, lang: &str, id: &str, text: String| match locales
        .message_language(lang, id)
    {
        Some(text_lang) if marking == Marking::Html && text_lang != lang => {
            Value::safe_string(&crate::i18n::marking::span(&text, text_lang, lang))
        }
        _ => text_value(text),
    };
    let plain: FxHashMap<String, Value> = locales
        .all_ids()
        .into_iter()
        .map(|id| {
            (
                id.to_owned(),
                shown(&locales, &lang, id, locales.message(&lang, id, None)),
            )
        })
        .collect();
    let with_arguments = Memo::default();
    move |key: &Value, args: Kwargs, _: &State| {
        let key = key.as_str().ok_or_else(|| {
            tera::Error::message(format!(
                "`t` translates a message id, a text such as {{{{ \"skip-link\" | t }}}}, but was given `{key}`"
            ))
        })?;
        if args.iter().next().is_none() {
            return Ok(match plain.get(key) {
                Some(text) => text.clone(),
                None => shown(&locales, &lang, key, locales.message(&lang, key, None)),
            });
        }
        // The memo's key: the message id, then each argument's name, kind
        // (a number and a string select plurals differently) and value;
        // the id and each value after its length, so that no two calls
        // share a key whatever their text holds. A number is keyed by the
        // bits of the `f64` that Fluent is given. No `format!`: this runs
        // several times on every page.
        let mut memo_key = String::with_capacity(64);
        push_counted(&mut memo_key, key);
        // In name order: a call's arguments come in no set order, and the
        // same call must find its memo every time.
        let mut named: Vec<_> = args.iter().collect();
        named.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (name, value) in named {
            // An argument's name is an identifier, so ':' ends it.
            memo_key.push('\0');
            memo_key.push_str(name.as_str().unwrap_or_default());
            memo_key.push(':');
            match (value.as_str(), value.as_f64()) {
                (Some(text), _) => {
                    memo_key.push('s');
                    push_counted(&mut memo_key, text);
                }
                (None, Some(n)) if value.is_number() => {
                    memo_key.push('n');
                    push_counted(&mut memo_key, itoa::Buffer::new().format(n.to_bits()));
                }
                _ => {
                    memo_key.push('o');
                    push_counted(&mut memo_key, &value.to_string());
                }
            }
        }
        with_arguments.get_or(&memo_key, || {
            let mut fluent_args = FluentArgs::new();
            let mut html_args = Vec::new();
            for (name, value) in args.iter() {
                let Some(name) = name.as_str() else { continue };
                let value = match (value.as_f64(), value.as_str()) {
                    (Some(n), _) if value.is_number() => FluentValue::from(n),
                    // Already HTML (text marked with its language by
                    // `in_lang`): a stand-in now, put in after escaping.
                    (_, Some(s)) if value.is_safe() && s.contains('<') && marking == Marking::Html => {
                        html_args.push(s.to_owned());
                        FluentValue::from(html_stand_in(html_args.len() - 1))
                    }
                    (_, Some(s)) => FluentValue::from(s.to_owned()),
                    _ => FluentValue::from(value.to_string()),
                };
                fluent_args.set(name.to_owned(), value);
            }
            let text = locales.message(&lang, key, Some(&fluent_args));
            if html_args.is_empty() {
                return Ok(shown(&locales, &lang, key, text));
            }
            Ok(with_html_arguments(
                &locales, &lang, key, &text, &html_args, marking,
            ))
        })
    }
}

/// What stands in for the `n`th HTML argument while a message is
/// formatted: characters from Unicode's private use area, which no message
/// holds and escaping leaves alone.
fn html_stand_in(n: usize) -> String {
    format!("\u{F8F0}{n}\u{F8F1}")
}

/// A message formatted with HTML arguments (`text`, with their stand-ins):
/// its own text escaped, the arguments put in as they are, and the whole
/// marked with its language when it falls back.
fn with_html_arguments(
    locales: &Locales,
    lang: &str,
    id: &str,
    text: &str,
    html_args: &[String],
    marking: Marking,
) -> Value {
    let mut html = crate::i18n::marking::escape(text);
    for (n, arg) in html_args.iter().enumerate() {
        html = html.replace(&html_stand_in(n), arg);
    }
    match locales.message_language(lang, id) {
        Some(text_lang) if marking == Marking::Html && text_lang != lang => {
            Value::safe_string(&crate::i18n::marking::span_html(&html, text_lang, lang))
        }
        _ => Value::safe_string(&html),
    }
}

/// Appends `text` to a memo key after its length: "5:hello".
fn push_counted(key: &mut String, text: &str) {
    key.push_str(itoa::Buffer::new().format(text.len()));
    key.push(':');
    key.push_str(text);
}

/// A `YYYY-MM-DD…` date written out in `lang`: "3 March 2025".
fn format_date(locales: &Locales, lang: &str, text: &str) -> TeraResult<String> {
    let date = text
        .get(..10)
        .and_then(|d| {
            let mut parts = d.split('-');
            let y = parts.next()?.parse().ok()?;
            let m = parts.next()?.parse().ok()?;
            let day = parts.next()?.parse().ok()?;
            Date::from_ymd(y, m, day)
        })
        .ok_or_else(|| tera::Error::message(format!("the date filter needs a date, got `{text}`")))?;
    Ok(locales.long_date(lang, date))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_text_gives_each_problem_its_file_line_and_column() {
        let text = "error: Unknown filter `shout`\n --> partials/a.html:1:11\n  |\n1 | {{ name | shout }}\n  |           ^^^^^\n\nerror: Unknown function `f`\n --> b.html:3:4\n";
        assert_eq!(
            text_reports(text),
            vec![
                TextReport {
                    message: "Unknown filter `shout`".into(),
                    name: "partials/a.html".into(),
                    line: 1,
                    column: 11
                },
                TextReport {
                    message: "Unknown function `f`".into(),
                    name: "b.html".into(),
                    line: 3,
                    column: 4
                },
            ]
        );
        assert!(text_reports("Template 'a' not found").is_empty());
    }

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let text = "ab\nżółw {{ x }}\n";
        assert_eq!(line_column_offset(text, 1, 1), Some(0));
        assert_eq!(
            line_column_offset(text, 2, 6),
            Some(text.find("{{").unwrap_or_default())
        );
        assert_eq!(line_column_offset(text, 0, 1), None);
    }

    /// Interface text loaded from a theme whose messages, per language,
    /// are `messages`, for a site in those languages (the first the default).
    fn locales_of(messages: &[(&str, &str)]) -> Arc<Locales> {
        let theme = Theme {
            locales: messages
                .iter()
                .map(|(lang, text)| {
                    let file = crate::theme::File {
                        origin: "messages.ftl".to_owned(),
                        bytes: std::borrow::Cow::Owned(text.as_bytes().to_vec()),
                        disk: None,
                    };
                    ((*lang).to_owned(), file)
                })
                .collect(),
            ..Theme::default()
        };
        let languages: Vec<String> = messages.iter().map(|(lang, _)| format!("{lang:?}")).collect();
        let config = crate::config::Config::parse(&format!(
            "title = \"T\"\nbase_url = \"https://e.org\"\ndefault_language = {}\nlanguages = [{}]\n",
            languages[0],
            languages.join(", ")
        ))
        .unwrap();
        Arc::new(Locales::load(&theme, &config).0)
    }

    #[test]
    fn t_gives_the_message_its_fallback_or_its_id_with_and_without_arguments() {
        let locales = locales_of(&[
            (
                "en-GB",
                "skip = Skip\nrecs = { $count } recs\nonly-en = English\n",
            ),
            (
                "pl",
                "skip = Przejdź\nrecs = { $count } rek.\nn = { $count ->\n [one] jeden\n *[other] wiele\n}\n",
            ),
        ]);
        let mut tera = Tera::new();
        register(&mut tera, &locales, "pl");
        tera.add_raw_template(
            "t.html",
            concat!(
                r#"{{ "skip" | t }}|{{ "only-en" | t }}|{{ "nope" | t }}|{{ "recs" | t(count=3) }}|{{ "skip" | t }}"#,
                r#"|{{ "recs" | t(count=5) }}|{{ "recs" | t(count=3) }}|{{ "n" | t(count=1) }}|{{ "n" | t(count="1") }}|{{ "n" | t(count=1) }}"#,
                r#"|{{ ("re" ~ "cs") | t(count=2) }}"#
            ),
        )
        .unwrap();
        assert_eq!(
            tera.render("t.html", &tera::Context::new()).unwrap(),
            "Przejdź|<span lang=\"en-GB\">English</span>|nope|3 rek.|Przejdź|5 rek.|3 rek.|jeden|wiele|jeden|2 rek."
        );
        // In an attribute no tag can mark the language: `t_plain`.
        tera.add_raw_template(
            "a.html",
            r#"<a title="{{ "only-en" | t_plain }}">{{ "skip" | t_plain }}</a>"#,
        )
        .unwrap();
        assert_eq!(
            tera.render("a.html", &tera::Context::new()).unwrap(),
            r#"<a title="English">Przejdź</a>"#
        );
        tera.add_raw_template("bad.html", "{{ 3 | t }}").unwrap();
        let error = tera.render("bad.html", &tera::Context::new()).unwrap_err();
        assert!(
            chain(&error).contains(
                "`t` translates a message id, a text such as {{ \"skip-link\" | t }}, but was given `3`"
            ),
            "{}",
            chain(&error)
        );
    }

    #[test]
    fn a_fallback_in_another_direction_is_isolated_and_names_both_languages() {
        let locales = locales_of(&[
            (
                "en-GB",
                "skip = Skip\nnotice = Not in { $page-language } yet, so in { $default-language }.\nn = { $count } pages\n",
            ),
            ("ar", "skip = تخطَّ\n"),
        ]);
        let mut tera = Tera::new();
        register(&mut tera, &locales, "ar");
        tera.add_raw_template(
            "t.html",
            r#"{{ "skip" | t }}|{{ "notice" | t }}|{{ "n" | t(count=2) }}|<b{{ "en-GB" | lang_attrs }}>|<b{{ "ar" | lang_attrs }}>"#,
        )
        .unwrap();
        assert_eq!(
            tera.render("t.html", &tera::Context::new()).unwrap(),
            concat!(
                "تخطَّ",
                r#"|<span lang="en-GB" dir="ltr">Not in Arabic yet, so in English.</span>"#,
                r#"|<span lang="en-GB" dir="ltr">2 pages</span>"#,
                r#"|<b lang="en-GB" dir="ltr">|<b>"#
            )
        );
    }

    #[test]
    fn in_lang_marks_text_in_another_language_and_needs_to_be_told_which() {
        let locales = locales_of(&[
            ("en-GB", "heading = { $review }: recommendation { $id }\n"),
            ("ar", "heading = { $review }: التوصية { $id }\n"),
        ]);
        let mut tera = Tera::new();
        register(&mut tera, &locales, "ar");
        tera.add_raw_template(
            "t.html",
            r#"{{ "heading" | t(review="CSPR 1" | in_lang(lang="en-GB"), id="R1") }}|{{ "<ب>" | in_lang(lang="ar") }}"#,
        )
        .unwrap();
        assert_eq!(
            tera.render("t.html", &tera::Context::new()).unwrap(),
            r#"<span lang="en-GB" dir="ltr">CSPR 1</span>: التوصية R1|&lt;ب&gt;"#
        );
        tera.add_raw_template("bad.html", r#"{{ "CSPR 1" | in_lang }}"#)
            .unwrap();
        let error = tera.render("bad.html", &tera::Context::new()).unwrap_err();
        assert!(chain(&error).contains("lang"), "{}", chain(&error));
    }

    #[test]
    fn interface_text_comes_out_escaped_as_any_text_would() {
        let locales = locales_of(&[("en", "plain = Leave this site\nmarked = Don't <stop> & go\n")]);
        let mut tera = engine(&locales, "en");
        tera.add_raw_template(
            "t.html",
            concat!(
                r#"{{ "plain" | t }}|{{ "marked" | t }}|{{ ("plain" | t) ~ "<b>" }}|{{ "plain" | t | upper }}"#,
                r#"|{{ "marked" | t | length }}|{% if "plain" | t == "Leave this site" %}equal{% endif %}"#
            ),
        )
        .unwrap();
        assert_eq!(
            tera.render("t.html", &tera::Context::new()).unwrap(),
            "Leave this site|Don&apos;t &lt;stop&gt; &amp; go|Leave this site&lt;b&gt;|LEAVE THIS SITE|17|equal"
        );
        // Only text with nothing to escape skips the escape function.
        assert!(text_value("Leave this site".to_owned()).is_safe());
        assert!(!text_value("Don't".to_owned()).is_safe());
    }

    #[test]
    fn keys_values_and_pairs_come_in_key_order() {
        let mut tera = Tera::new();
        register_in_key_order(&mut tera);
        let template = "{{ m | keys | join(sep=\",\") }}|{% for v in m | values %}{{ v }},{% endfor %}|\
                        {% for p in m | pairs %}{{ p[0] }}={{ p[1] }},{% endfor %}";
        tera.add_raw_template("t.html", template).unwrap();
        let names: Vec<String> = (10..40).rev().map(|n| format!("k{n}")).collect();
        let mut map = Map::default();
        for (n, name) in names.iter().enumerate() {
            map.insert(name.clone().into(), Value::from(n as u64));
        }
        let mut context = tera::Context::new();
        context.insert("m", &Value::from(map));
        let sorted: Vec<&String> = names.iter().rev().collect();
        let keys: Vec<String> = sorted.iter().map(|k| k.to_string()).collect();
        let values: Vec<String> = (0..30).rev().map(|n| format!("{n},")).collect();
        let pairs: Vec<String> = sorted
            .iter()
            .zip((0..30).rev())
            .map(|(k, n)| format!("{k}={n},"))
            .collect();
        assert_eq!(
            tera.render("t.html", &context).unwrap(),
            format!("{}|{}|{}", keys.join(","), values.concat(), pairs.concat())
        );
    }

    #[test]
    fn a_memo_works_each_text_out_once_and_never_keeps_a_failure() {
        let memo = Memo::default();
        let calls = std::cell::Cell::new(0);
        let make = |text: &str| {
            calls.set(calls.get() + 1);
            Ok(Value::from(text.to_uppercase()))
        };
        let text = |value: TeraResult<Value>| value.ok().and_then(|v| v.as_str().map(str::to_owned));
        assert_eq!(text(memo.get_or("a", || make("a"))).as_deref(), Some("A"));
        assert_eq!(text(memo.get_or("a", || make("other"))).as_deref(), Some("A"));
        assert_eq!(calls.get(), 1);
        assert!(
            memo.get_or("b", || Err(tera::Error::message("not a date")))
                .is_err()
        );
        assert_eq!(text(memo.get_or("b", || make("b"))).as_deref(), Some("B"));
        assert_eq!(calls.get(), 2);
    }
}
