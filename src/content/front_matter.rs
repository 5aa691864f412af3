//! Front matter: the TOML between the opening and closing `+++` lines of a
//! content file, parsed into [`FrontMatter`].
//!
//! Which keys are allowed depends on the section a file is in (a review takes
//! `recommendations`, a newsletter `issue`); a key from another kind of page
//! is reported with the kind it belongs to. `split` is pure and finds the
//! TOML and the body, so that line numbers in the body can be reported
//! against the whole file.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::dates::{Date, DateTime};
use crate::error::Diagnostic;
use crate::schema::Schema;
use crate::toml_file::{self, Source};

use super::kind::Kind;

/// Every key a page may have; which of them are allowed depends on its
/// [`Kind`] (see [`schema_for`]).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page's title: its `<h1>` and the name in lists.
    pub title: String,
    /// One sentence about the page, for lists, feeds and search engines.
    pub description: Option<String>,
    /// Publication date.
    pub date: Option<Spanned<Date>>,
    /// Date of the last significant change.
    pub updated: Option<Date>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// The last part of the URL, instead of the file name.
    pub slug: Option<Spanned<String>>,
    /// Order in lists: lower first, before date order.
    pub weight: Option<i64>,
    /// A template other than the kind's default, e.g. "contact.html".
    pub template: Option<Spanned<String>>,
    /// Themes such as "neglect"; each gets a page listing its publications.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Page: shown as a card on the home page (a leaflet for parents, say).
    /// A translation is featured when its original is.
    #[serde(default)]
    pub featured: bool,

    /// Review: reference such as "CSPR 2024/01".
    pub reference: Option<String>,
    /// Review: serious case review or child safeguarding practice review.
    pub kind: Option<ReviewKind>,
    /// Review: the date the summary is taken down.
    pub expires: Option<Date>,
    /// Review: the agencies involved.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// Review: what will change.
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,

    /// Briefing: the review it comes from, e.g. "reviews/child-d.md".
    pub review: Option<Spanned<String>>,

    /// Newsletter: the issue's name, e.g. "Autumn 2026".
    pub issue: Option<String>,

    /// Briefing and newsletter: `false` when the page has no e-mail
    /// edition.
    pub email: Option<bool>,

    /// Training: when the session starts.
    pub starts: Option<Spanned<DateTime>>,
    /// Training: when it ends.
    pub ends: Option<Spanned<DateTime>>,
    /// Training: where, or "online".
    pub location: Option<String>,
    /// Training: who it is for.
    pub audience: Option<String>,
    /// Training: a booking link or e-mail address.
    pub booking: Option<Spanned<String>>,
}

/// A serious case review (before 2019) or a child safeguarding practice review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewKind {
    /// Child safeguarding practice review (since 2019).
    #[default]
    Cspr,
    /// Serious case review (before 2019).
    Scr,
}

/// One recommendation of a review.
#[derive(Debug, Clone, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    /// Short id, unique in the review: "R1".
    pub id: Spanned<String>,
    /// What is recommended.
    pub text: String,
    /// Agencies responsible.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// The intended outcome.
    pub outcome: Option<String>,
    /// The timescale.
    pub due: Option<Date>,
    /// Where it has got to.
    pub status: Status,
    /// Progress reports, oldest first.
    #[serde(default)]
    pub progress: Vec<Progress>,
}

/// A recommendation's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not started yet.
    NotStarted,
    /// Under way.
    InProgress,
    /// Done.
    Complete,
}

impl Status {
    /// The kebab-case name used in front matter and in CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Complete => "complete",
        }
    }
}

/// A dated progress report on a recommendation.
#[derive(Debug, Clone, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// When it was reported.
    pub date: Spanned<Date>,
    /// What was reported.
    pub note: String,
}

const COMMON: [(&str, Option<&Schema>); 9] = [
    ("title", None),
    ("description", None),
    ("date", None),
    ("updated", None),
    ("draft", None),
    ("slug", None),
    ("weight", None),
    ("template", None),
    ("themes", None),
];

static PROGRESS: Schema = Schema {
    keys: &[("date", None), ("note", None)],
};
static RECOMMENDATION: Schema = Schema {
    keys: &[
        ("id", None),
        ("text", None),
        ("agencies", None),
        ("outcome", None),
        ("due", None),
        ("status", None),
        ("progress", Some(&PROGRESS)),
    ],
};

macro_rules! schema_with {
    ($($extra:expr),* $(,)?) => {
        Schema {
            keys: &[
                COMMON[0], COMMON[1], COMMON[2], COMMON[3], COMMON[4],
                COMMON[5], COMMON[6], COMMON[7], COMMON[8], $($extra),*
            ],
        }
    };
}

static PAGE: Schema = schema_with!(("featured", None));
static REVIEW: Schema = schema_with!(
    ("reference", None),
    ("kind", None),
    ("expires", None),
    ("agencies", None),
    ("recommendations", Some(&RECOMMENDATION)),
);
static BRIEFING: Schema = schema_with!(("review", None), ("email", None));
static NEWSLETTER: Schema = schema_with!(("issue", None), ("email", None));
static TRAINING: Schema = schema_with!(
    ("starts", None),
    ("ends", None),
    ("location", None),
    ("audience", None),
    ("booking", None),
);

/// The keys allowed for a page of `kind`.
pub fn schema_for(kind: Kind) -> &'static Schema {
    match kind {
        Kind::Review => &REVIEW,
        Kind::Briefing => &BRIEFING,
        Kind::Newsletter => &NEWSLETTER,
        Kind::Training => &TRAINING,
        Kind::Page | Kind::Section => &PAGE,
    }
}

/// For a key that this kind does not take but others do, says which.
fn belongs_elsewhere(path: &str) -> Option<String> {
    let top = path.split('.').next().unwrap_or(path);
    let kinds: Vec<Kind> = [Kind::Review, Kind::Briefing, Kind::Newsletter, Kind::Training]
        .into_iter()
        .filter(|k| schema_for(*k).keys.iter().any(|(key, _)| *key == top))
        .collect();
    if kinds.is_empty() {
        return None;
    }
    let names: Vec<&str> = kinds.iter().map(|k| k.plural_name()).collect();
    let folders: Vec<String> = kinds
        .iter()
        .map(|k| format!("content/{}/", k.section_name().unwrap_or_default()))
        .collect();
    Some(format!(
        "`{top}` is only for {} (files in {}); remove it here",
        names.join(" and "),
        folders.join(" and ")
    ))
}

/// Where the front matter and the body are in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Byte range of the TOML between the `+++` lines.
    pub toml: std::ops::Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body: usize,
}

/// Finds the front matter of `text` (which may start with a byte-order mark
/// and use CRLF line endings).
pub fn split(text: &str, file: &str) -> Result<Split, Diagnostic> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let missing_open = || {
        Diagnostic::error("front-matter", file, "the file does not start with front matter")
            .at(text, start..start + rest.lines().next().map_or(0, str::len))
            .with_hint("start the file with a line `+++`, then title = \"…\", then another `+++` line")
    };
    let Some(first_line_end) = rest.find('\n') else {
        return Err(missing_open());
    };
    if rest[..first_line_end].trim_end() != "+++" {
        return Err(missing_open());
    }
    let toml_start = start + first_line_end + 1;
    let mut offset = toml_start;
    for line in text[toml_start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok(Split {
                toml: toml_start..offset,
                body: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(
        Diagnostic::error("front-matter", file, "the front matter is never closed")
            .at(text, start..start + 3)
            .with_hint("add a line `+++` after the last front-matter key, before the page's text"),
    )
}

/// Parses the front matter of a page of `kind` in `file`, whose whole text
/// is `text`.
pub fn parse(text: &str, split: &Split, file: &str, kind: Kind) -> Result<FrontMatter, Vec<Diagnostic>> {
    let source = Source {
        file,
        text,
        offset: split.toml.start,
        check: "front-matter",
    };
    let toml = &text[split.toml.clone()];
    toml_file::parse(toml, source, schema_for(kind), belongs_elsewhere)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_page(text: &str, kind: Kind) -> Result<FrontMatter, Vec<String>> {
        let split = split(text, "f.md").map_err(|d| vec![d.message])?;
        parse(text, &split, "f.md", kind).map_err(|ds| {
            ds.into_iter()
                .map(|d| {
                    let l = d.location.unwrap();
                    format!(
                        "{}:{}: {} | {}",
                        l.line,
                        l.column,
                        d.message,
                        d.hint.unwrap_or_default()
                    )
                })
                .collect()
        })
    }

    #[test]
    fn split_finds_toml_and_body_with_bom_and_crlf() {
        let text = "\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n";
        let s = split(text, "f.md").unwrap();
        assert_eq!(&text[s.toml.clone()], "title = \"A\"\r\n");
        assert_eq!(&text[s.body..], "Body\r\n");
        let fm = parse(text, &s, "f.md", Kind::Page).unwrap();
        assert_eq!(fm.title, "A");
    }

    #[test]
    fn split_reports_missing_and_unclosed_front_matter() {
        assert_eq!(
            split("# Hello\n", "f.md").unwrap_err().message,
            "the file does not start with front matter"
        );
        assert_eq!(
            split("", "f.md").unwrap_err().message,
            "the file does not start with front matter"
        );
        let unclosed = split("+++\ntitle = \"A\"\n\nBody\n", "f.md").unwrap_err();
        assert_eq!(unclosed.message, "the front matter is never closed");
        assert_eq!(unclosed.location.unwrap().line, 1);
    }

    #[test]
    fn key_of_another_kind_names_that_kind() {
        let errors = parse_page("+++\ntitle = \"A\"\nissue = \"Autumn\"\n+++\n", Kind::Review).unwrap_err();
        assert_eq!(
            errors,
            [
                "3:1: unknown key `issue` | `issue` is only for newsletters (files in content/newsletters/); remove it here"
            ]
        );
    }

    #[test]
    fn email_is_taken_by_briefings_and_newsletters_only() {
        let text = "+++\ntitle = \"A\"\nemail = false\n+++\n";
        assert_eq!(parse_page(text, Kind::Newsletter).unwrap().email, Some(false));
        assert_eq!(parse_page(text, Kind::Briefing).unwrap().email, Some(false));
        assert_eq!(
            parse_page(text, Kind::Page).unwrap_err(),
            [
                "3:1: unknown key `email` | `email` is only for 7-minute briefings and newsletters (files in content/briefings/ and content/newsletters/); remove it here"
            ]
        );
        let wrong = "+++\ntitle = \"A\"\nemail = \"no\"\n+++\n";
        assert!(parse_page(wrong, Kind::Briefing).unwrap_err()[0].starts_with("3:9: "));
    }

    #[test]
    fn typo_gets_did_you_mean_at_the_right_line() {
        let errors = parse_page("+++\ntitle = \"A\"\n\ndecsription = \"x\"\n+++\n", Kind::Page).unwrap_err();
        assert_eq!(
            errors,
            ["4:1: unknown key `decsription` | did you mean `description`?"]
        );
    }

    #[test]
    fn nested_recommendation_keys_are_checked() {
        let text = "+++\ntitle = \"A\"\n[[recommendations]]\nid = \"R1\"\ntext = \"t\"\nstatus = \"complete\"\nowner = \"x\"\n+++\n";
        let errors = parse_page(text, Kind::Review).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("7:1: unknown key `recommendations.owner`"),
            "{errors:?}"
        );
    }

    #[test]
    fn wrong_status_is_located_at_the_value() {
        let text =
            "+++\ntitle = \"A\"\n[[recommendations]]\nid = \"R1\"\ntext = \"t\"\nstatus = \"done\"\n+++\n";
        let errors = parse_page(text, Kind::Review).unwrap_err();
        assert!(errors[0].starts_with("6:10: "), "{errors:?}");
        assert!(errors[0].contains("not-started"), "{errors:?}");
    }

    #[test]
    fn missing_title_and_bad_date() {
        let errors = parse_page("+++\ndate = 2024-01-01\n+++\n", Kind::Page).unwrap_err();
        assert!(
            errors[0].contains("the required key `title` is missing"),
            "{errors:?}"
        );
        let errors = parse_page("+++\ntitle = \"A\"\ndate = 2024-02-31\n+++\n", Kind::Page).unwrap_err();
        assert!(errors[0].starts_with("3:8: "), "{errors:?}");
    }
}
