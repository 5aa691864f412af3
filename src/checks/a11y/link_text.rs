//! The words of a link: text that means nothing out of context ("click
//! here", a bare web address) in English, Polish and Urdu, and the type and
//! size a link to a document must give. Pure; tested in `super::tests`.

use std::sync::LazyLock;

use regex::Regex;

const VAGUE_HINT: &str = "screen-reader users often list a page's links on their own: write text that makes sense \
                          out of context, such as [how to contact the review panel](/contact/)";

/// Link texts that say nothing about where a link goes, after trimming
/// punctuation and lower-casing: English, Polish, Urdu.
const VAGUE: &[&str] = &[
    // English
    "click here",
    "click",
    "here",
    "click this",
    "read more",
    "read more here",
    "more",
    "more here",
    "more info",
    "more information",
    "this link",
    "link",
    "this",
    "this page",
    "learn more",
    "find out more",
    "continue",
    "continue reading",
    "go",
    "go here",
    "details",
    "see here",
    "press here",
    "tap here",
    "download",
    "website",
    "web page",
    "url",
    // Polish
    "kliknij tutaj",
    "kliknij tu",
    "kliknij",
    "tutaj",
    "tu",
    "więcej",
    "czytaj więcej",
    "czytaj dalej",
    "dowiedz się więcej",
    "ten link",
    "link tutaj",
    "więcej informacji",
    "pobierz",
    // Urdu
    "یہاں کلک کریں",
    "یہاں کلک کیجیے",
    "یہاں",
    "کلک کریں",
    "مزید",
    "مزید پڑھیں",
    "مزید جانیں",
    "مزید معلومات",
    "یہ لنک",
    "لنک",
];

const BARE_HINT: &str = "write words that say where the link leads, such as [NSPCC advice for parents](https://www.nspcc.org.uk/)";

/// Why a link text means nothing out of context, if it does, and how to fix it.
pub fn vague(text: &str, url: &str) -> Option<(String, &'static str)> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let bare = lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (trimmed == url && !url.starts_with("mailto:") && !url.starts_with("tel:") && url.contains('/'));
    if bare {
        return Some((
            format!(
                "the link text is a web address, \"{trimmed}\": a screen reader reads it out letter by letter"
            ),
            BARE_HINT,
        ));
    }
    let words = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    VAGUE.contains(&words.as_str()).then(|| {
        (
            format!("the link text \"{trimmed}\" does not say where the link goes"),
            VAGUE_HINT,
        )
    })
}

/// A kind of downloadable document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentKind {
    /// How to name it in a link: "PDF", "Word".
    pub name: &'static str,
    /// Words that name its type in a link text (lower case).
    words: &'static [&'static str],
}

const DOCUMENTS: &[(&[&str], DocumentKind)] = &[
    (
        &["pdf"],
        DocumentKind {
            name: "PDF",
            words: &["pdf"],
        },
    ),
    (
        &["doc", "docx"],
        DocumentKind {
            name: "Word",
            words: &["word", "doc", "docx", "ms word"],
        },
    ),
    (
        &["odt"],
        DocumentKind {
            name: "OpenDocument",
            words: &["odt", "opendocument", "open document"],
        },
    ),
    (
        &["xls", "xlsx"],
        DocumentKind {
            name: "Excel",
            words: &["excel", "xls", "xlsx", "spreadsheet", "arkusz"],
        },
    ),
    (
        &["ppt", "pptx"],
        DocumentKind {
            name: "PowerPoint",
            words: &["powerpoint", "ppt", "pptx"],
        },
    ),
    (
        &["csv"],
        DocumentKind {
            name: "CSV",
            words: &["csv"],
        },
    ),
    (
        &["rtf"],
        DocumentKind {
            name: "RTF",
            words: &["rtf", "rich text"],
        },
    ),
];

/// The kind of document a link leads to, from its file extension.
pub fn document_kind(url: &str) -> Option<DocumentKind> {
    let path = url.split(['#', '?']).next().unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default();
    let (_, extension) = name.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    DOCUMENTS
        .iter()
        .find(|(extensions, _)| extensions.contains(&extension.as_str()))
        .map(|(_, kind)| *kind)
}

static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d+(?:[.,]\d+)?\s?(?:[kmg]i?b|bytes?|kilobytes?|megabytes?|bajtów|bajty)\b")
        .expect("a valid literal pattern")
});

/// "type", "size" or "type and size", when the link text lacks them.
pub(super) fn missing_type_or_size(text: &str, kind: DocumentKind) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let has_type = kind.words.iter().any(|w| {
        if w.contains(' ') {
            joined.contains(w)
        } else {
            words.contains(w)
        }
    });
    let has_size = SIZE.is_match(text);
    match (has_type, has_size) {
        (true, true) => None,
        (true, false) => Some("size"),
        (false, true) => Some("type"),
        (false, false) => Some("type and size"),
    }
}
