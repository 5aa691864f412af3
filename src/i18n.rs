//! Interface text: `locales/<lang>/*.ftl` (Project Fluent) of Lantern (built
//! in), the theme and the site → one Fluent bundle per language, with plural
//! rules, and the lookup the templates' `t` filter uses. Also what Lantern
//! knows of each language from CLDR: its name (`names`) and its
//! direction ([`direction()`]).
//!
//! The theme's messages override Lantern's, and the site's both, one by
//! one. A message missing in a language falls back to the default language
//! (a warning, and the text is marked with the language it is in); a
//! message that the default language lacks is an error, as is a syntax
//! error, a file that is not UTF-8, a message defined twice by the same
//! layer, or one that refers to itself (see the `cycles` module).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::error::{Diagnostic, Location};
use crate::theme::Theme;

mod coverage;
mod cycles;
pub mod digits;
mod direction;
mod fluent_words;
pub mod marking;
mod names;

pub use direction::direction;

/// Every language's interface text.
pub struct Locales {
    default: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// language → message id → where it is defined.
    ids: BTreeMap<String, BTreeMap<String, Definition>>,
    /// language → its name in itself, from CLDR ("Polski").
    names: HashMap<String, String>,
    /// (page language, language a message is in) → the names, in the
    /// message's language, of the page's language and of the default one:
    /// the `$page-language` and `$default-language` every message may use.
    names_in: HashMap<String, HashMap<String, [String; 2]>>,
    /// language → whether a professional translator has checked Lantern's
    /// text for it (`None`: Lantern ships none).
    checked: HashMap<String, Option<bool>>,
    /// The messages that name the page's language or the default one, in
    /// any language: only they are given those names.
    name_users: std::collections::HashSet<String>,
    /// The messages Lantern and the theme define in the default language:
    /// a site's own message with another id is new, or a misspelling.
    known_ids: BTreeSet<String>,
    /// language → day → the day written out ([`Locales::long_date`]):
    /// thousands of pages, entries and editions share a few thousand days.
    /// New interface text comes as new `Locales`, with none written out.
    long_dates: std::sync::Mutex<HashMap<String, rustc_hash::FxHashMap<crate::dates::Date, String>>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("default", &self.default)
            .field("ids", &self.ids)
            .finish()
    }
}

/// Where a message is defined.
#[derive(Debug, Clone)]
struct Definition {
    file: String,
    location: Location,
}

/// Where each message of an `.ftl` text starts (the first line that is
/// `id = …`), with its line, found in one pass over the text.
fn message_starts(text: &str) -> HashMap<&str, (usize, Location)> {
    let mut starts = HashMap::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let id_end = line
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(line.len());
        if id_end > 0 && line[id_end..].trim_start().starts_with('=') {
            starts.entry(&line[..id_end]).or_insert((
                offset,
                Location {
                    line: n + 1,
                    column: 1,
                },
            ));
        }
        offset += line.len();
    }
    starts
}

/// The message by which a site names a language itself, in that
/// language's own files (`language-name = Dzongkha`), instead of CLDR's
/// name: for a language CLDR lacks. Lantern ships none, and no other
/// language needs it.
pub const OWN_NAME: &str = "language-name";

/// Which layer a Fluent file belongs to: 0 Lantern's own (built in), 1 the
/// theme's, 2 the site's. A later layer overrides an earlier one.
fn layer(file: &crate::theme::File) -> usize {
    if file.origin.starts_with(crate::theme::BUILT_IN_LOCALES_ORIGIN) {
        0
    } else if file.origin.starts_with("locales/") {
        2
    } else {
        1
    }
}

/// What the header of one of Lantern's own `.ftl` files says of its
/// translation: `# Translation: checked by a professional translator …`,
/// `# Translation: the original text …` (both `true`), or anything else,
/// such as `# Translation: not yet checked by a professional translator.`
/// (`false`). `None` when the file has no such line.
pub fn translator_checked(text: &str) -> Option<bool> {
    text.lines()
        .take_while(|line| line.starts_with('#') || line.trim().is_empty())
        .find_map(|line| line.strip_prefix("# Translation:"))
        .map(|status| {
            let status = status.trim_start();
            status.starts_with("checked") || status.starts_with("the original")
        })
}

/// The locale folder that serves `lang`: its own when there is one, else
/// the first (alphabetically) with the same language subtag ("en-GB" for
/// "en", "pt-BR" for "pt-PT").
fn source_language<'a>(lang: &str, available: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let primary = |code: &str| code.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let mut same_language: Option<&str> = None;
    for code in available {
        if code == lang {
            return Some(code);
        }
        if primary(code) == primary(lang) && same_language.is_none_or(|best| code < best) {
            same_language = Some(code);
        }
    }
    same_language
}

impl Locales {
    /// Builds a bundle per language from the theme's and site's `.ftl` files.
    pub fn load(theme: &Theme, config: &Config) -> (Locales, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut bundles = HashMap::new();
        let mut ids: BTreeMap<String, BTreeMap<String, Definition>> = BTreeMap::new();
        let mut checked = HashMap::new();
        let mut name_users = std::collections::HashSet::new();
        let mut known_ids = BTreeSet::new();
        for lang in &config.languages {
            let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            // Numbers in the language's own digits (CLDR), where it has them;
            // other languages' numbers are left to Fluent, with no lookup.
            if digits::of(lang).is_some() {
                bundle.set_formatter(Some(digits::formatter));
            }
            let defined = ids.entry(lang.clone()).or_default();
            // Files for this language: Lantern's, the theme's, then the
            // site's; a site in "en" uses "en-GB" when it has no "en".
            let source = |n: usize| {
                let folders = theme.locales.iter().filter(move |(_, f)| layer(f) == n);
                source_language(lang, folders.map(|(l, _)| l.as_str()))
            };
            let sources = [source(0), source(1), source(2)];
            let mut seen_in_layer: HashMap<(usize, String), String> = HashMap::new();
            let mut checks = Vec::new();
            for (file_lang, file) in &theme.locales {
                if Some(file_lang.as_str()) != sources[layer(file)] {
                    continue;
                }
                let text = match std::str::from_utf8(&file.bytes) {
                    Ok(text) => text.to_owned(),
                    Err(e) => {
                        let at = e.valid_up_to();
                        diagnostics.push(
                            Diagnostic::error(
                                "translations",
                                &file.origin,
                                "the file is not valid UTF-8 text",
                            )
                            .at(&file.text(), at..at)
                            .with_hint(
                                "save the file as UTF-8 in your editor (\"Save with encoding: UTF-8\")",
                            ),
                        );
                        continue;
                    }
                };
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for e in errors {
                            // An error at the very end (an unclosed brace) is shown
                            // where the text ends, not on an empty line after it.
                            let end = text.trim_end().len();
                            let start = fluent_words::line_start(&e.kind, &text, e.pos.start)
                                .unwrap_or(e.pos.start)
                                .min(end.saturating_sub(1));
                            let (message, hint) = fluent_words::explain(&e.kind, &text, &e.pos);
                            diagnostics.push(
                                Diagnostic::error("translations", &file.origin, message)
                                    .at(&text, start..e.pos.end.clamp(start, end))
                                    .with_hint(hint),
                            );
                        }
                        resource
                    }
                };
                let from_layer = layer(file);
                if from_layer == 0 {
                    checks.push(translator_checked(&text).unwrap_or(false));
                }
                let starts = message_starts(&text);
                // A message the parser found starts on a line of its own.
                let start_of = |id: &str| {
                    starts
                        .get(id)
                        .copied()
                        .unwrap_or((0, Location { line: 1, column: 1 }))
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_owned();
                        if m.value.as_ref().is_some_and(names::uses_language_names) {
                            name_users.insert(id.clone());
                        }
                        if let Some(previous) =
                            seen_in_layer.insert((from_layer, id.clone()), file.origin.clone())
                        {
                            let (at, _) = start_of(&id);
                            diagnostics.push(
                                Diagnostic::error(
                                    "translations",
                                    &file.origin,
                                    format!("message `{id}` is defined twice (also in {previous})"),
                                )
                                .at(&text, at..at + id.len())
                                .with_hint("keep one of them"),
                            );
                        }
                        if from_layer < 2 && *lang == config.default_language {
                            known_ids.insert(id.clone());
                        }
                        let (_, location) = start_of(&id);
                        defined.insert(
                            id,
                            Definition {
                                file: file.origin.clone(),
                                location,
                            },
                        );
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            diagnostics.extend(cycles::check(&bundle, defined));
            bundles.insert(lang.clone(), bundle);
            checked.insert(
                lang.clone(),
                (!checks.is_empty()).then(|| checks.iter().all(|c| *c)),
            );
        }
        let names = config
            .languages
            .iter()
            .map(|lang| {
                let own = ids
                    .get(lang)
                    .is_some_and(|defined| defined.contains_key(OWN_NAME))
                    .then(|| bundles.get(lang))
                    .flatten()
                    .and_then(|bundle| {
                        let pattern = bundle.get_message(OWN_NAME)?.value()?;
                        Some(bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
                    });
                let name = own
                    .or_else(|| names::autonym(lang))
                    .unwrap_or_else(|| lang.clone());
                (lang.clone(), name)
            })
            .collect();
        let mut locales = Locales {
            default: config.default_language.clone(),
            bundles,
            ids,
            names,
            names_in: HashMap::new(),
            checked,
            name_users,
            known_ids,
            long_dates: std::sync::Mutex::default(),
        };
        locales.names_in = locales.names_in_each_language(&config.languages);
        diagnostics.extend(locales.coverage_findings(theme));
        (locales, diagnostics)
    }

    /// Every message id defined in any language, once each.
    pub fn all_ids(&self) -> std::collections::BTreeSet<&str> {
        self.ids
            .values()
            .flat_map(|ids| ids.keys().map(String::as_str))
            .collect()
    }

    /// Whether `id` is a message in the default language.
    pub fn has(&self, id: &str) -> bool {
        self.ids
            .get(&self.default)
            .is_some_and(|ids| ids.contains_key(id))
    }

    /// Whether `lang` has message `id` itself (not by falling back).
    pub fn has_in(&self, lang: &str, id: &str) -> bool {
        self.ids.get(lang).is_some_and(|ids| ids.contains_key(id))
    }

    /// A date in words in `lang`, from the Fluent messages `date-long` (with
    /// `$day`, `$month`, `$year`) and `month-1` … `month-12`; "26 November
    /// 2026", "26 listopada 2026". Each language's day is written out once,
    /// and kept.
    pub fn long_date(&self, lang: &str, date: crate::dates::Date) -> String {
        let written = || {
            self.long_dates
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some(text) = written().get(lang).and_then(|days| days.get(&date)) {
            return text.clone();
        }
        let text = self.write_long_date(lang, date);
        written()
            .entry(lang.to_owned())
            .or_default()
            .insert(date, text.clone());
        text
    }

    /// [`Locales::long_date`], formatted.
    fn write_long_date(&self, lang: &str, date: crate::dates::Date) -> String {
        let month_number = u8::from(date.0.month());
        let month = self.message(lang, &format!("month-{month_number}"), None);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("day", date.0.day());
        args.set("month", month);
        let year = date.0.year().to_string();
        args.set(
            "year",
            digits::of(lang).map_or_else(|| year.clone(), |d| digits::localise(&year, d)),
        );
        self.message(lang, "date-long", Some(&args))
    }

    /// The names every message may use, for each page language and each
    /// language a message may be in (its own, or the default).
    fn names_in_each_language(&self, languages: &[String]) -> HashMap<String, HashMap<String, [String; 2]>> {
        let mut out: HashMap<String, HashMap<String, [String; 2]>> = HashMap::new();
        for page in languages {
            for written_in in [page, &self.default] {
                // A name CLDR does not give in that language: the
                // language's own name, or its code.
                let name = |of: &str| {
                    names::name_in(of, written_in)
                        .map_or_else(|| self.language_name(of).to_owned(), str::to_owned)
                };
                out.entry(page.clone())
                    .or_default()
                    .insert(written_in.clone(), [name(page), name(&self.default)]);
            }
        }
        out
    }

    /// The name of `lang` in itself, from CLDR ("العربية", "Cymraeg"), or
    /// the tag when CLDR does not know the language.
    pub fn language_name<'a>(&'a self, lang: &'a str) -> &'a str {
        self.names.get(lang).map_or(lang, String::as_str)
    }

    /// Whether a professional translator has checked Lantern's interface
    /// text for `lang`: `None` when Lantern ships none for it.
    pub fn translator_checked(&self, lang: &str) -> Option<bool> {
        self.checked.get(lang).copied().flatten()
    }

    /// The language message `id` is shown in on a `lang` page: `lang` when
    /// it has the message, else the default language it falls back to.
    /// `None` when no language has it.
    pub fn message_language<'a>(&'a self, lang: &'a str, id: &str) -> Option<&'a str> {
        [lang, self.default.as_str()].into_iter().find(|l| {
            self.bundles
                .get(*l)
                .and_then(|b| b.get_message(id))
                .is_some_and(|m| m.value().is_some())
        })
    }

    /// Formats message `id` in `lang`, falling back to the default language,
    /// then to the id itself (so a missing message is visible, never blank).
    /// Without arguments of its own, a message may name the page's language
    /// and the default one as `$page-language` and `$default-language`.
    pub fn message(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for l in [lang, self.default.as_str()] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let own;
            let names = (args.is_none() && self.name_users.contains(id))
                .then(|| self.names_in.get(lang).and_then(|m| m.get(l)))
                .flatten();
            let args = match (args, names) {
                (None, Some([page, default])) => {
                    let mut with_names = FluentArgs::with_capacity(2);
                    with_names.set("page-language", page.as_str());
                    with_names.set("default-language", default.as_str());
                    own = with_names;
                    Some(&own)
                }
                (args, _) => args,
            };
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        id.to_owned()
    }

    /// The site's name on a `lang` page and the language it is written in:
    /// its `[title_translations]` entry, else `title` as a message (in
    /// `lang` or, falling back, the default language), else `title` as it
    /// is, in the default language.
    pub fn site_title(&self, config: &Config, lang: &str) -> (String, String) {
        if let Some(title) = config.title_translations.get(lang) {
            return (title.clone(), lang.to_owned());
        }
        if self.has(&config.title) {
            let written_in = self
                .message_language(lang, &config.title)
                .unwrap_or(&self.default);
            return (self.message(lang, &config.title, None), written_in.to_owned());
        }
        (config.title.clone(), self.default.clone())
    }

    /// Text that may be a message id (as `title` in site.toml may be).
    pub fn text_or_message(&self, lang: &str, text: &str) -> String {
        if self.has(text) {
            self.message(lang, text, None)
        } else {
            text.to_owned()
        }
    }
}

#[cfg(test)]
mod shipped_tests;
#[cfg(test)]
mod tests;
