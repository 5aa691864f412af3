//! Translation coverage: which pages and interface messages each language
//! still lacks.
//!
//! Part of the checks stage. A page with no translation in a language is
//! published there as a fallback (the default-language text with a notice),
//! which is a warning naming the languages it lacks ([`check`]). [`coverage`]
//! counts, per language, the pages translated and the messages present;
//! `lantern check` and every build print it as a table
//! ([`crate::report::coverage`]).

use rustc_hash::FxHashSet;

use crate::content::Document;
use crate::error::Diagnostic;
use crate::i18n::Locales;
use crate::site::{Site, translation_key};

/// How far one language's translation has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageCoverage {
    /// The language code.
    pub lang: String,
    /// Pages written in this language.
    pub pages_translated: usize,
    /// Pages in the default language.
    pub pages_total: usize,
    /// The files to write for the missing pages, in file order:
    /// "content/reviews/child-d.pl.md".
    pub missing_pages: Vec<String>,
    /// Interface messages this language defines.
    pub messages_present: usize,
    /// Interface messages of the default language.
    pub messages_total: usize,
    /// The ids of the messages it lacks.
    pub missing_messages: Vec<String>,
    /// Whether a professional translator has checked Lantern's interface
    /// text for it (`None`: Lantern ships none; the site's own text).
    pub translator_checked: Option<bool>,
}

/// Whether `diagnostic` only follows from another file's error: a
/// translation "of a page that does not exist" whose original is among the
/// `unreadable` files (content files that could not be read or parsed).
/// That file's own error says what to fix; this one would send an editor to
/// the wrong file.
pub fn follows_from_unreadable(diagnostic: &Diagnostic, unreadable: &[String]) -> bool {
    if diagnostic.check != "translations" || !diagnostic.is_error() {
        return false;
    }
    original_file(&diagnostic.file).is_some_and(|original| unreadable.contains(&original))
}

/// The default-language file that translation `file` is of:
/// "content/a.pl.md" is of "content/a.md".
fn original_file(file: &str) -> Option<String> {
    let stem = file.strip_suffix(".md")?;
    let (original, lang) = stem.rsplit_once('.')?;
    (!lang.contains('/')).then(|| format!("{original}.md"))
}

/// The file a translation of `doc` into `lang` would be: "content/a.pl.md".
fn translation_file(doc: &Document, lang: &str) -> String {
    let stem = doc.file.strip_suffix(".md").unwrap_or(&doc.file);
    format!("{stem}.{lang}.md")
}

/// (language, translation key) of every document written in its language.
fn written(site: &Site) -> FxHashSet<(&str, String)> {
    site.documents
        .iter()
        .map(|d| (d.path.lang.as_str(), translation_key(d)))
        .collect()
}

/// The default-language documents: the pages every language should have.
fn originals(site: &Site) -> impl Iterator<Item = &Document> {
    site.documents
        .iter()
        .filter(|d| d.path.lang == site.config.default_language)
}

/// Coverage of every language, in `languages` order.
pub fn coverage(site: &Site, locales: &Locales) -> Vec<LanguageCoverage> {
    let written = written(site);
    let total = originals(site).count();
    site.config
        .languages
        .iter()
        .map(|lang| {
            let missing_pages: Vec<String> = originals(site)
                .filter(|d| !written.contains(&(lang.as_str(), translation_key(d))))
                .map(|d| translation_file(d, lang))
                .collect();
            let (messages_present, messages_total) = locales.message_coverage(lang);
            LanguageCoverage {
                lang: lang.clone(),
                pages_translated: total - missing_pages.len(),
                pages_total: total,
                missing_pages,
                messages_present,
                messages_total,
                missing_messages: locales.missing_messages(lang),
                translator_checked: locales.translator_checked(lang),
            }
        })
        .collect()
}

/// A warning for each default-language page that some language lacks, at
/// its title.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let written = written(site);
    let default = &site.config.default_language;
    originals(site)
        .filter_map(|doc| {
            let key = translation_key(doc);
            let lacking: Vec<&str> = site
                .config
                .languages
                .iter()
                .map(String::as_str)
                .filter(|lang| !written.contains(&(*lang, key.clone())))
                .collect();
            let first = lacking.first()?;
            let span = title_span(doc);
            Some(
                Diagnostic::warning(
                    "translations",
                    &doc.file,
                    format!(
                        "this page is not translated into {}: readers of {} see it in {default}",
                        lacking.join(", "),
                        if lacking.len() == 1 { "that language" } else { "those languages" },
                    ),
                )
                .at(&doc.text, span)
                .with_hint(format!(
                    "add a translation such as {}; until then those pages show a notice that the text is in {default}",
                    translation_file(doc, first)
                )),
            )
        })
        .collect()
}

/// The span of the `title = …` line's key in the front matter, or the start.
fn title_span(doc: &Document) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in doc.text[..doc.body_start.min(doc.text.len())].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("title") && trimmed[5..].trim_start().starts_with('=') {
            let start = offset + line.len() - trimmed.len();
            return start..start + 5;
        }
        offset += line.len();
    }
    0..0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::path;
    use crate::dates::Date;

    fn site(files: &[&str]) -> Site {
        let config = Config::parse(
            "title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\", \"ur\"]\n",
        )
        .unwrap();
        let docs = files
            .iter()
            .map(|file| {
                let rel = file.strip_prefix("content/").unwrap();
                let text = "+++\n# a comment\ntitle = \"T\"\n+++\nBody\n".to_owned();
                Document::parse(file, text, path::parse(rel, &config).unwrap()).unwrap()
            })
            .collect();
        Site::assemble(config, docs, Date::from_ymd(2026, 1, 1).unwrap()).0
    }

    #[test]
    fn untranslated_pages_warn_with_the_languages_they_lack() {
        let s = site(&[
            "content/_index.md",
            "content/_index.pl.md",
            "content/_index.ur.md",
            "content/a.md",
            "content/a.pl.md",
            "content/reviews/_index.md",
        ]);
        let found: Vec<String> = check(&s)
            .into_iter()
            .map(|d| {
                let l = d.location.unwrap();
                format!(
                    "{}:{}:{}: {} ({})",
                    d.file,
                    l.line,
                    l.column,
                    d.message,
                    d.hint.unwrap()
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                "content/a.md:3:1: this page is not translated into ur: readers of that language see it in en-GB (add a translation such as content/a.ur.md; until then those pages show a notice that the text is in en-GB)",
                "content/reviews/_index.md:3:1: this page is not translated into pl, ur: readers of those languages see it in en-GB (add a translation such as content/reviews/_index.pl.md; until then those pages show a notice that the text is in en-GB)",
            ]
        );
    }

    #[test]
    fn a_fully_translated_site_is_quiet() {
        let s = site(&["content/a.md", "content/a.pl.md", "content/a.ur.md"]);
        assert!(check(&s).is_empty());
    }

    #[test]
    fn an_orphan_of_an_unreadable_file_follows_from_its_error() {
        let orphan = |file: &str| {
            Diagnostic::error(
                "translations",
                file,
                "this is a translation of a page that does not exist",
            )
        };
        let unreadable = ["content/reviews/a.md".to_owned()];
        assert!(follows_from_unreadable(
            &orphan("content/reviews/a.pl.md"),
            &unreadable
        ));
        assert!(!follows_from_unreadable(
            &orphan("content/reviews/b.pl.md"),
            &unreadable
        ));
        assert!(!follows_from_unreadable(
            &orphan("content/reviews/a.md"),
            &unreadable
        ));
        let other = Diagnostic::error("links", "content/reviews/a.pl.md", "x");
        assert!(!follows_from_unreadable(&other, &unreadable));
        assert_eq!(
            original_file("content/x.y/a.pl.md").as_deref(),
            Some("content/x.y/a.md")
        );
        assert_eq!(original_file("content/x.y/a.md"), None);
    }
}
