//! A content file's name → its section, its translation key, its language
//! and its URL slug.
//!
//! `content/reviews/child-d.pl.md` is the Polish (`pl`) translation of the
//! page `child-d` in section `reviews`. Pure functions; tested by table.

use unicode_normalization::UnicodeNormalization;

use crate::config::Config;

/// What a content file's path says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentPath {
    /// Folder under `content/`, `/`-separated, "" for the top.
    pub section: String,
    /// File name without the language code and `.md`: "child-d", "_index".
    pub stem: String,
    /// The language code from the file name, or the default language.
    pub lang: String,
    /// Whether the file is a section's own page (`_index.md`).
    pub is_index: bool,
}

/// Why a path cannot be a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    /// `name.fr.md` where `fr` is not in `languages`.
    UnknownLanguage(String),
}

/// Parses `relative`, a `/`-separated path under `content/` ending in `.md`.
pub fn parse(relative: &str, config: &Config) -> Result<ContentPath, PathProblem> {
    let (section, file) = relative.rsplit_once('/').unwrap_or(("", relative));
    let name = file.strip_suffix(".md").unwrap_or(file);
    let (stem, lang) = match name.rsplit_once('.') {
        Some((stem, code)) if config.languages.iter().any(|l| l == code) => (stem, code.to_owned()),
        Some((_, code)) if looks_like_language(code) => {
            return Err(PathProblem::UnknownLanguage(code.to_owned()));
        }
        _ => (name, config.default_language.clone()),
    };
    Ok(ContentPath {
        section: section.to_owned(),
        stem: stem.to_owned(),
        lang,
        is_index: stem == "_index",
    })
}

/// Whether `code` has the shape of a language tag: `fr`, `pt-BR`, `zh-Hant`.
fn looks_like_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Turns a file or folder name into a URL segment, predictably: lower case,
/// letters and digits of any script kept, spaces and punctuation to single
/// hyphens. "Child D's Review" → "child-ds-review"; "Żółw Ąę" → "żółw-ąę".
///
/// A name is read in Unicode's composed form (NFC) first, so that "ż"
/// typed as one character and as "z" with a combining dot (as some
/// keyboards and file systems write it) give one address.
pub fn slugify(name: &str) -> String {
    if name.is_ascii() {
        return slugify_ascii(name.as_bytes());
    }
    slugify_chars(&nfc(name))
}

/// `text` in Unicode's composed form (NFC), the form addresses are kept
/// in: a `slug` from front matter is used as it is, but composed.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// [`slugify`] of an ASCII name (nearly every file name, theme and
/// heading), a byte at a time.
fn slugify_ascii(name: &[u8]) -> String {
    let mut slug = Vec::with_capacity(name.len());
    let mut pending_dash = false;
    for &b in name {
        if b.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push(b'-');
            }
            pending_dash = false;
            slug.push(b.to_ascii_lowercase());
        } else if matches!(
            b,
            b'\t'..=b'\r' | b' ' | b'-' | b'_' | b'.' | b'/' | b'+' | b',' | b':' | b';'
        ) {
            pending_dash = true;
        }
    }
    // Only ASCII letters, digits and hyphens were kept.
    String::from_utf8(slug).unwrap_or_default()
}

/// [`slugify`] of any name, a character at a time.
fn slugify_chars(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    let mut pending_dash = false;
    for c in name.chars() {
        // ASCII, nearly every character of a file name or theme, skips the
        // Unicode tables.
        let kept = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if kept {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            if c.is_ascii() {
                slug.push(c.to_ascii_lowercase());
            } else {
                slug.extend(c.to_lowercase());
            }
        } else if c.is_whitespace() || matches!(c, '-' | '_' | '.' | '/' | '+' | ',' | ':' | ';') {
            pending_dash = true;
        }
        // Apostrophes, quotes and other symbols vanish.
    }
    slug
}

/// Checks a `slug` from front matter: one URL segment, nothing that could
/// leave the output folder.
pub fn check_slug(slug: &str) -> Result<(), &'static str> {
    if slug.is_empty() {
        Err("the slug is empty")
    } else if slug.contains('/') || slug.contains('\\') {
        Err("a slug cannot contain `/` or `\\`: it is one part of the address")
    } else if slug == "." || slug == ".." || slug.starts_with('.') {
        Err("a slug cannot start with a dot")
    } else if slug.contains(':') {
        Err("a slug cannot contain `:` (it could name a drive)")
    } else if slug.chars().any(|c| c.is_control() || c.is_whitespace()) {
        Err("a slug cannot contain spaces or control characters")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\ndefault_language = \"en-GB\"\nlanguages = [\"en-GB\", \"pl\", \"ur\"]\n").unwrap()
    }

    #[test]
    fn paths_parse_into_section_stem_and_language() {
        let c = config();
        let cases = [
            ("_index.md", "", "_index", "en-GB", true),
            ("_index.pl.md", "", "_index", "pl", true),
            ("reviews/child-d.md", "reviews", "child-d", "en-GB", false),
            ("reviews/child-d.ur.md", "reviews", "child-d", "ur", false),
            ("a/b/c.md", "a/b", "c", "en-GB", false),
            ("notes/v1.2.md", "notes", "v1.2", "en-GB", false),
        ];
        for (path, section, stem, lang, is_index) in cases {
            let p = parse(path, &c).unwrap();
            assert_eq!(
                (p.section.as_str(), p.stem.as_str(), p.lang.as_str(), p.is_index),
                (section, stem, lang, is_index),
                "{path}"
            );
        }
    }

    #[test]
    fn unknown_language_codes_are_problems() {
        let c = config();
        for (path, code) in [("a.fr.md", "fr"), ("x/a.pt-BR.md", "pt-BR"), ("a.de.md", "de")] {
            assert_eq!(
                parse(path, &c),
                Err(PathProblem::UnknownLanguage(code.to_owned())),
                "{path}"
            );
        }
    }

    #[test]
    fn ascii_names_slugify_as_any_name_does() {
        // Every ASCII character, alone and between letters, and strings of
        // them: the byte path must agree with the character path.
        for b in 0u8..128 {
            let c = char::from(b);
            for name in [c.to_string(), format!("a{c}b"), format!("{c}{c}Ab 9{c}")] {
                assert_eq!(slugify_ascii(name.as_bytes()), slugify_chars(&name), "{name:?}");
            }
        }
        let name = "  Child D's Review: 2024 -- Part_2/Annex.pdf\x0b+x ";
        assert_eq!(slugify(name), slugify_chars(name));
        assert_eq!(slugify(name), "child-ds-review-2024-part-2-annex-pdf-x");
    }

    #[test]
    fn slugify_is_predictable() {
        for (name, slug) in [
            ("child-d", "child-d"),
            ("Child D's Review", "child-ds-review"),
            ("  Spaces   and_underscores ", "spaces-and-underscores"),
            ("Żółw Ąę", "żółw-ąę"),
            ("ملاقات", "ملاقات"),
            ("2024 -- Annual", "2024-annual"),
            ("?!", ""),
        ] {
            assert_eq!(slugify(name), slug, "{name}");
        }
    }

    #[test]
    fn one_name_typed_composed_or_decomposed_gives_one_slug() {
        // "Żółw" with ż and ó as single characters, and as letters with
        // combining marks (U+0307 dot above, U+0301 acute).
        let composed = "\u{17b}\u{f3}\u{142}w Ąę";
        let decomposed = "Z\u{307}o\u{301}\u{142}w A\u{328}e\u{328}";
        assert_ne!(composed, decomposed);
        assert_eq!(slugify(composed), "żółw-ąę");
        assert_eq!(slugify(decomposed), "żółw-ąę");
        assert_eq!(nfc("z\u{307}o\u{301}\u{142}w"), "żółw");
        assert_eq!(nfc("child-d"), "child-d");
    }

    #[test]
    fn dangerous_slugs_are_refused() {
        for bad in ["", "a/b", "..", ".hidden", "c:", "a b", "a\\b"] {
            assert!(check_slug(bad).is_err(), "{bad:?}");
        }
        assert!(check_slug("child-d").is_ok());
        assert!(check_slug("żółw").is_ok());
    }
}
