//! `site.toml` → [`Config`]: the site's settings, typed and checked.
//!
//! The first stage of every command. An unknown or misspelt key is an error
//! at its line and column with a "did you mean" hint (see [`crate::schema`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error};
use crate::schema::Schema;
use crate::toml_file::{self, Source};

/// The name of the settings file at the site root.
pub const FILE_NAME: &str = "site.toml";

/// The site's settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The site's name, shown in every page's header (or a Fluent message id).
    pub title: String,
    /// The site's name in other languages than the default:
    /// `[title_translations]` with `cy = "…"`, `pl = "…"`.
    #[serde(default)]
    pub title_translations: std::collections::BTreeMap<String, String>,
    /// The public address of the site, e.g. `https://example.org`; feeds,
    /// sitemaps and canonical links are built from it.
    pub base_url: String,
    /// The language of pages without a language code in their file name.
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Every language the site publishes, the default one included.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The theme: `default` (built in) or a folder under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Whether every page shows "If a child is in immediate danger, call 999".
    #[serde(default)]
    pub emergency_notice: bool,
    /// The board's contact details.
    #[serde(default)]
    pub contact: Contact,
    /// Where "Leave this site" goes.
    #[serde(default)]
    pub quick_exit: QuickExit,
    /// Who to call when worried about a child.
    #[serde(default)]
    pub concern: Option<Concern>,
    /// Who the e-mail editions of newsletters and briefings come from.
    #[serde(default)]
    pub email: Email,
    /// Which sections the personal-data check covers, and its word lists.
    #[serde(default)]
    pub anonymisation: Anonymisation,
    /// The reading-grade warning for parent pages.
    #[serde(default)]
    pub readability: Readability,
    /// Warnings about the settings (example values still in place).
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
}

/// `[contact]`: rendered by the contact page, the vCard and schema.org data.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The organisation's name.
    pub organisation: Option<String>,
    /// The team or role to contact.
    pub team: Option<String>,
    /// Address lines, without the postcode, as the contact page shows them.
    #[serde(default)]
    pub address: Vec<String>,
    /// Which of the `address` lines is the town: the lines before it are
    /// the street, those after it the county. Without it, the last of two
    /// or more lines is the town.
    pub town: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// Phone number as people write it.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Opening hours, in words.
    pub hours: Option<String>,
}

/// `[quick_exit]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuickExit {
    /// Where "Leave this site" goes.
    #[serde(default = "default_quick_exit_url")]
    pub url: String,
    /// The content page on hiding a visit to the site, as a path under
    /// `content/` without `.md`; linked from every page only if it exists.
    #[serde(default = "default_safety_page")]
    pub safety_page: String,
}

impl Default for QuickExit {
    fn default() -> Self {
        QuickExit {
            url: default_quick_exit_url(),
            safety_page: default_safety_page(),
        }
    }
}

fn default_quick_exit_url() -> String {
    "https://www.bbc.co.uk/weather".to_owned()
}
fn default_safety_page() -> String {
    "staying-safe-online".to_owned()
}

/// `[concern]`: the numbers to call when worried about a child, shown on
/// every page. Without it, the board's `[contact]` phone stands in.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Concern {
    /// Children's services' "front door" number.
    pub front_door: Option<String>,
    /// When the front door answers, in words.
    pub front_door_hours: Option<String>,
    /// The out-of-hours (emergency duty) number.
    pub out_of_hours: Option<String>,
    /// A sentence of the board's own, instead of the theme's.
    pub text: Option<String>,
    /// A page with more on reporting a concern: a page of the site
    /// (`/worried-about-a-child/`) or an `https:` address.
    pub link: Option<String>,
}

/// `[email]`: the e-mail editions of newsletters and briefings.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Email {
    /// The `From` of every edition: "Safeguarding Partnership
    /// <news@example.org>" or a bare address. Without it, the `[contact]`
    /// e-mail address, with the organisation's name, stands in.
    pub from: Option<String>,
}

/// A mailbox as a `From` header names it: a display name, if any, and an
/// address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// "Safeguarding Partnership".
    pub name: Option<String>,
    /// "news@example.org".
    pub address: String,
}

impl Mailbox {
    /// Reads "Name <local@domain>" or "local@domain"; `Err` says what is
    /// wrong, in words for the author.
    pub fn parse(text: &str) -> Result<Mailbox, String> {
        if text.chars().any(char::is_control) {
            return Err("it holds a line break or another control character".to_owned());
        }
        let text = text.trim();
        let (name, address) = match text.rsplit_once('<') {
            Some((name, rest)) => {
                let Some(address) = rest.strip_suffix('>') else {
                    return Err("the address after `<` is not closed with `>`".to_owned());
                };
                let name = name.trim().trim_matches('"').trim();
                ((!name.is_empty()).then(|| name.to_owned()), address.trim())
            }
            None => (None, text),
        };
        let valid = address.split_once('@').is_some_and(|(local, domain)| {
            let plain = |part: &str| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_graphic() && !"<>()[]\\,;:\"@".contains(c))
            };
            plain(local) && plain(domain) && domain.contains('.') && !domain.starts_with('.')
        });
        if !valid {
            return Err(format!("`{address}` is not an e-mail address"));
        }
        if name.as_deref().is_some_and(|n| n.contains(['<', '>', '"'])) {
            return Err("the name before the address holds `<`, `>` or `\"`".to_owned());
        }
        Ok(Mailbox {
            name,
            address: address.to_owned(),
        })
    }
}

/// `[anonymisation]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Anonymisation {
    /// Sections (top-level content folders) checked for personal data.
    #[serde(default = "default_anonymised_sections")]
    pub sections: Vec<String>,
    /// Names, places and schools that must never appear.
    #[serde(default)]
    pub deny: Vec<String>,
    /// Phrases that look personal but are fine.
    #[serde(default)]
    pub allow: Vec<String>,
}

impl Default for Anonymisation {
    fn default() -> Self {
        Anonymisation {
            sections: default_anonymised_sections(),
            deny: Vec::new(),
            allow: Vec::new(),
        }
    }
}

/// `[readability]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Readability {
    /// Warn when an English parent page reads above this grade.
    #[serde(default = "default_max_grade")]
    pub max_grade: f64,
}

impl Default for Readability {
    fn default() -> Self {
        Readability {
            max_grade: default_max_grade(),
        }
    }
}

fn default_language() -> String {
    "en-GB".to_owned()
}
fn default_theme() -> String {
    "default".to_owned()
}
fn default_anonymised_sections() -> Vec<String> {
    vec!["reviews".to_owned(), "briefings".to_owned()]
}
fn default_max_grade() -> f64 {
    9.0
}

static CONTACT: Schema = Schema {
    keys: &[
        ("organisation", None),
        ("team", None),
        ("address", None),
        ("town", None),
        ("postcode", None),
        ("phone", None),
        ("email", None),
        ("hours", None),
    ],
};
static QUICK_EXIT: Schema = Schema {
    keys: &[("url", None), ("safety_page", None)],
};
static CONCERN: Schema = Schema {
    keys: &[
        ("front_door", None),
        ("front_door_hours", None),
        ("out_of_hours", None),
        ("text", None),
        ("link", None),
    ],
};
static EMAIL: Schema = Schema {
    keys: &[("from", None)],
};
static ANONYMISATION: Schema = Schema {
    keys: &[("sections", None), ("deny", None), ("allow", None)],
};
static READABILITY: Schema = Schema {
    keys: &[("max_grade", None)],
};

/// The keys of `site.toml`.
pub static SCHEMA: Schema = Schema {
    keys: &[
        ("title", None),
        ("title_translations", None),
        ("base_url", None),
        ("default_language", None),
        ("languages", None),
        ("theme", None),
        ("emergency_notice", None),
        ("contact", Some(&CONTACT)),
        ("quick_exit", Some(&QUICK_EXIT)),
        ("concern", Some(&CONCERN)),
        ("email", Some(&EMAIL)),
        ("anonymisation", Some(&ANONYMISATION)),
        ("readability", Some(&READABILITY)),
    ],
};

impl Config {
    /// Reads `site.toml` under `root`. A missing or unreadable file is an
    /// [`Error`]; bad settings are diagnostics.
    pub fn load(root: &Path) -> Result<Result<Config, Vec<Diagnostic>>, Error> {
        let path = root.join(FILE_NAME);
        if let Some(refused) = crate::site_files::refuse_outside(root, &path) {
            return Ok(Err(vec![refused]));
        }
        if !path.is_file() {
            return Err(Error::Usage(format!(
                "{} has no {FILE_NAME}: is this a Lantern site? (`lantern init DIR` creates one; `--root DIR` points at another)",
                root.display()
            )));
        }
        let bytes = crate::fs::read(&path)?;
        Ok(match String::from_utf8(bytes) {
            Ok(text) => Config::parse(&text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
                Err(vec![
                    Diagnostic::error("config", FILE_NAME, "site.toml is not valid UTF-8 text")
                        .at(&lossy, at..at)
                        .with_hint("save the file as UTF-8 in your editor"),
                ])
            }
        })
    }

    /// Parses and checks the text of `site.toml`.
    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let source = Source {
            file: FILE_NAME,
            text,
            offset: 0,
            check: "config",
        };
        let mut config: Config = toml_file::parse(text, source, &SCHEMA, |_| None)?;
        let problems = config.normalise();
        let title_problems = config.title_translation_problems(text, source);
        if problems.is_empty() && title_problems.is_empty() {
            config.warnings = config.example_numbers(text, source);
            Ok(config)
        } else {
            Err(problems
                .into_iter()
                .map(|(key, message, hint)| {
                    let span = key_span(text, key);
                    source.error(span, message).with_hint(hint)
                })
                .chain(title_problems)
                .collect())
        }
    }

    /// Fills defaults that depend on other keys and checks values; returns
    /// (key, message, hint) for each problem.
    fn normalise(&mut self) -> Vec<(&'static str, String, String)> {
        let mut problems = Vec::new();
        if self.languages.is_empty() {
            self.languages.push(self.default_language.clone());
        }
        for code in &self.languages {
            if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.is_empty() {
                problems.push((
                    "languages",
                    format!("`{code}` is not a language code"),
                    "use codes such as \"en-GB\", \"pl\", \"ur\"".to_owned(),
                ));
            }
        }
        if !self.languages.contains(&self.default_language) {
            problems.push((
                "default_language",
                format!(
                    "the default language `{}` is not in `languages`",
                    self.default_language
                ),
                format!("add \"{}\" to languages", self.default_language),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for code in &self.languages {
            if !seen.insert(code) {
                problems.push((
                    "languages",
                    format!("`{code}` is listed twice in `languages`"),
                    "list each language once".to_owned(),
                ));
            }
        }
        match crate::urls::check(&self.base_url, crate::urls::Allowed::Web) {
            Ok(url) => self.base_url = url.trim_end_matches('/').to_owned(),
            Err((message, _)) => problems.push((
                "base_url",
                message,
                "write the site's public address, such as \"https://example.org\"".to_owned(),
            )),
        }
        match crate::urls::check(&self.quick_exit.url, crate::urls::Allowed::Https) {
            Ok(url) => self.quick_exit.url = url,
            Err((message, hint)) => problems.push(("url", format!("[quick_exit] url: {message}"), hint)),
        }
        problems.extend(self.check_concern());
        if let Some(from) = &self.email.from
            && let Err(why) = Mailbox::parse(from)
        {
            problems.push((
                "from",
                format!("[email] from: {why}"),
                "write a name and an address, such as \"Safeguarding Partnership <news@example.org>\", or the address alone".to_owned(),
            ));
        }
        if let Some(town) = &self.contact.town
            && !self.contact.address.iter().any(|line| line.trim() == town.trim())
        {
            problems.push((
                "town",
                format!("[contact] town `{town}` is not one of the `address` lines"),
                "write the town as it is written in `address`, or add it there: the contact page shows the address lines".to_owned(),
            ));
        }
        let grade = self.readability.max_grade;
        if !(1.0..=20.0).contains(&grade) {
            problems.push((
                "max_grade",
                format!("[readability] max_grade is {grade}, which is not a reading grade"),
                "write a number from 1 to 20; 9 suits most parents' pages".to_owned(),
            ));
        }
        problems
    }

    /// An error at each `[title_translations]` key that is not one of the
    /// site's `languages`.
    fn title_translation_problems(&self, text: &str, source: Source<'_>) -> Vec<Diagnostic> {
        let table = text.find("[title_translations]").unwrap_or(0);
        self.title_translations
            .keys()
            .filter(|code| !self.languages.contains(code))
            .map(|code| {
                let found = key_span(&text[table..], code);
                let span = if found == (0..0) {
                    key_span(text, "title_translations")
                } else {
                    found.start + table..found.end + table
                };
                source
                    .error(
                        span,
                        format!(
                            "[title_translations] gives the title in `{code}`, which is not in `languages`"
                        ),
                    )
                    .with_hint(format!(
                        "use one of the codes in `languages` ({}), or add \"{code}\" to languages",
                        self.languages.join(", ")
                    ))
            })
            .collect()
    }

    /// A warning for each phone number still in a range kept for drama, as
    /// `lantern init` writes them ([`crate::drama_numbers`]).
    fn example_numbers(&self, text: &str, source: Source<'_>) -> Vec<Diagnostic> {
        let concern = self.concern.as_ref();
        [
            ("phone", self.contact.phone.as_deref()),
            ("front_door", concern.and_then(|c| c.front_door.as_deref())),
            ("out_of_hours", concern.and_then(|c| c.out_of_hours.as_deref())),
        ]
        .into_iter()
        .filter_map(|(key, number)| Some((key, number?)))
        .filter(|(_, number)| crate::drama_numbers::is_reserved_for_drama(number))
        .map(|(key, number)| {
            let mut found = source
                .error(
                    key_span(text, key),
                    format!(
                        "`{number}` is an example number, kept for drama: readers who call it reach nobody"
                    ),
                )
                .with_hint("put in your own number before you publish");
            found.severity = crate::error::Severity::Warning;
            found
        })
        .collect()
    }

    /// Problems with `[concern]`: a number without digits, an unsafe link.
    fn check_concern(&mut self) -> Vec<(&'static str, String, String)> {
        let mut problems = Vec::new();
        let Some(concern) = self.concern.as_mut() else {
            return problems;
        };
        for (key, number) in [
            ("front_door", &concern.front_door),
            ("out_of_hours", &concern.out_of_hours),
        ] {
            if let Some(number) = number {
                if !number.chars().any(|c| c.is_ascii_digit()) {
                    problems.push((
                        key,
                        format!("[concern] {key}: `{number}` is not a phone number"),
                        "write the number as people dial it, such as \"01642 130700\"".to_owned(),
                    ));
                }
            }
        }
        if let Some(link) = concern.link.as_mut() {
            match crate::urls::check(link, crate::urls::Allowed::Link) {
                Ok(normal) => *link = normal,
                Err((message, hint)) => problems.push(("link", format!("[concern] link: {message}"), hint)),
            }
        }
        problems
    }

    /// Who the e-mail editions come from: `[email] from`, or else the
    /// `[contact]` e-mail address with the organisation's name; `None`
    /// when the site has neither.
    pub fn email_from(&self) -> Option<Mailbox> {
        if let Some(from) = &self.email.from {
            return Mailbox::parse(from).ok();
        }
        let address = self.contact.email.as_deref()?;
        let mut mailbox = Mailbox::parse(address).ok()?;
        if mailbox.name.is_none() {
            mailbox.name = self
                .contact
                .organisation
                .clone()
                .filter(|n| !n.contains(['<', '>', '"']));
        }
        Some(mailbox)
    }

    /// Whether `lang` is the default language (which has no URL prefix).
    pub fn is_default_language(&self, lang: &str) -> bool {
        lang == self.default_language
    }

    /// The URL prefix of a language: "" for the default, "/pl" for Polish.
    pub fn language_prefix(&self, lang: &str) -> String {
        if self.is_default_language(lang) {
            String::new()
        } else {
            format!("/{lang}")
        }
    }
}

/// The span of the line where `key` is set, or the start of the file.
fn key_span(text: &str, key: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with('=') {
            let start = offset + (line.len() - trimmed.len());
            return start..start + key.len();
        }
        offset += line.len();
    }
    0..0
}

#[cfg(test)]
mod tests;
