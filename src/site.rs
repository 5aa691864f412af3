//! Documents → the site's pages: each page's URL in each language, its
//! translations, the fallback pages of untranslated content, sections and
//! their members, in list order.
//!
//! The third stage: after [`crate::content`] has parsed the files and
//! before anything is rendered. Pure: no I/O, no templates.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::config::Config;
use crate::content::{Document, Kind};
use crate::dates::Date;
use crate::error::Diagnostic;

/// One page of the built site that comes from a content file.
#[derive(Debug, Clone)]
pub struct Page {
    /// Index of its document in [`Site::documents`].
    pub doc: usize,
    /// The reader's language: the language of the URL and the interface.
    pub lang: String,
    /// The URL path, from the site root: "/pl/reviews/child-d/".
    pub url: String,
    /// Whether this is the default-language content shown under another
    /// language's URL because no translation exists yet.
    pub is_fallback: bool,
}

/// A section (a folder under `content/`) in one language.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// The section's own page (`_index.md`), if any, as an index in [`Site::pages`].
    pub index_page: Option<usize>,
    /// Its pages (not sub-sections), in list order, as indexes in [`Site::pages`].
    pub members: Vec<usize>,
    /// Its sub-sections' paths.
    pub children: Vec<String>,
}

/// The assembled site.
#[derive(Debug)]
pub struct Site {
    /// Settings.
    pub config: Config,
    /// "Today", for overdue recommendations, expiry and upcoming training.
    pub today: Date,
    /// Every parsed document.
    pub documents: Vec<Document>,
    /// Every page, in every language.
    pub pages: Vec<Page>,
    /// (language, section path) → section.
    pub sections: BTreeMap<(String, String), Section>,
    /// Language → its navigation: the index pages of its top-level
    /// sections, in order, as indexes in [`Site::pages`].
    pub nav: BTreeMap<String, Vec<usize>>,
    /// Translation key → its pages in every language, in `pages` order.
    pub by_key: FxHashMap<String, Vec<usize>>,
    /// Each document's translation key, by index in `documents`.
    pub translation_keys: Vec<String>,
    /// URL → index in `pages`.
    pub by_url: FxHashMap<String, usize>,
    /// Review translation key → translation keys of the briefings that
    /// name it in `review`.
    pub briefings_of: FxHashMap<String, Vec<String>>,
    /// Each page's list entry as a template value, by index in `pages`,
    /// made the first time a list shows the page
    /// ([`summary_value`](crate::render::context::summary_value)).
    pub list_entries: Vec<OnceLock<tera::Value>>,
    /// Each document's recommendations as a template value (a list), by
    /// index in `documents`, made the first time a review page or the
    /// tracker shows them
    /// ([`recommendations_value`](crate::render::context::recommendations_value)).
    pub recommendation_lists: Vec<OnceLock<tera::Value>>,
}

/// The file a translation of `doc` into `lang` is written in:
/// "content/reviews/child-d.pl.md".
fn translation_file_name(doc: &Document, lang: &str) -> String {
    format!("content/{}.{lang}.md", translation_key(doc))
}

/// Where a translation into `lang` of the page with translation key `key`
/// goes, written as `file` was: "content/a.pl.md", or "content/pl/a.md"
/// for a file in a language folder.
fn translation_path(key: &str, lang: &str, file: &str) -> String {
    if file.starts_with(&format!("content/{lang}/")) {
        format!("content/{lang}/{key}.md")
    } else {
        format!("content/{key}.{lang}.md")
    }
}

/// The translation key of a document: its section and stem, the same in
/// every language: "reviews/child-d", "reviews/_index", "_index".
pub fn translation_key(doc: &Document) -> String {
    if doc.path.section.is_empty() {
        doc.path.stem.clone()
    } else {
        format!("{}/{}", doc.path.section, doc.path.stem)
    }
}

/// The URL path of `doc` in language `lang`.
pub fn url_of(doc: &Document, lang: &str, config: &Config) -> String {
    let mut url = config.language_prefix(lang);
    url.push('/');
    for part in doc.path.section.split('/').filter(|p| !p.is_empty()) {
        url.push_str(&crate::content::path::slugify(part));
        url.push('/');
    }
    if !doc.path.is_index {
        url.push_str(&doc.slug());
        url.push('/');
    }
    url
}

impl Site {
    /// Assembles pages from documents; reports pages that would share a URL
    /// and translations without an original.
    pub fn assemble(config: Config, documents: Vec<Document>, today: Date) -> (Site, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut site = Site {
            config,
            today,
            documents,
            pages: Vec::new(),
            sections: BTreeMap::new(),
            nav: BTreeMap::new(),
            by_key: FxHashMap::default(),
            translation_keys: Vec::new(),
            by_url: FxHashMap::default(),
            briefings_of: FxHashMap::default(),
            list_entries: Vec::new(),
            recommendation_lists: Vec::new(),
        };
        // Each document's translation key and URL in its own language:
        // most of the work here, and each independent of the others.
        let (keys, mut urls): (Vec<String>, Vec<String>) = site
            .documents
            .par_iter()
            .map(|doc| (translation_key(doc), url_of(doc, &doc.path.lang, &site.config)))
            .unzip();
        let default_language = site.config.default_language.as_str();
        let originals: FxHashMap<&str, usize> = site
            .documents
            .iter()
            .enumerate()
            .filter(|(_, d)| d.path.lang == default_language)
            .map(|(i, _)| (keys[i].as_str(), i))
            .collect();
        // Pages written in their own language, then fallbacks: default-language
        // content under each other language's URL.
        let mut written = Vec::with_capacity(site.documents.len());
        for (i, doc) in site.documents.iter().enumerate() {
            let key = &keys[i];
            if doc.path.lang != default_language && !originals.contains_key(key.as_str()) {
                // The nearest page of the same section, by name.
                let (section, stem) = key.rsplit_once('/').unwrap_or(("", key));
                let siblings = originals
                    .keys()
                    .filter(|k| k.rsplit_once('/').map_or("", |(s, _)| s) == section)
                    .map(|k| k.rsplit_once('/').map_or(*k, |(_, stem)| stem));
                let near = crate::schema::closest(stem, siblings).map(|stem| match section {
                    "" => stem.to_owned(),
                    _ => format!("{section}/{stem}"),
                });
                let hint = match near {
                    Some(near) => format!(
                        "did you mean content/{near}.md? Then rename this file to {}",
                        translation_path(&near, &doc.path.lang, &doc.file)
                    ),
                    None => {
                        "create the original page in the default language, or rename this file to match it"
                            .to_owned()
                    }
                };
                diagnostics.push(
                    Diagnostic::error("translations", &doc.file, format!(
                        "this is a translation of a page that does not exist: there is no content/{key}.md"
                    ))
                    .with_hint(hint),
                );
                continue;
            }
            written.push(Page {
                doc: i,
                lang: doc.path.lang.clone(),
                url: std::mem::take(&mut urls[i]),
                is_fallback: false,
            });
        }
        let translated: FxHashSet<(&str, &str)> = written
            .iter()
            .map(|p| (p.lang.as_str(), keys[p.doc].as_str()))
            .collect();
        let mut sorted_originals: Vec<(&str, usize)> = originals.into_iter().collect();
        sorted_originals.sort_unstable();
        let mut fallbacks = Vec::new();
        for lang in site.config.languages.iter().filter(|l| *l != default_language) {
            for &(key, i) in &sorted_originals {
                if translated.contains(&(lang.as_str(), key)) {
                    continue;
                }
                fallbacks.push(Page {
                    doc: i,
                    lang: lang.clone(),
                    url: url_of(&site.documents[i], lang, &site.config),
                    is_fallback: true,
                });
            }
        }
        drop(translated);
        site.by_url.reserve(written.len() + fallbacks.len());
        site.pages.reserve(written.len() + fallbacks.len());
        for page in written.into_iter().chain(fallbacks) {
            site.add_page(page, &mut diagnostics);
        }
        site.sort_by_url();
        site.index_keys(&keys);
        site.collect_sections();
        for (doc, key) in site
            .documents
            .iter()
            .zip(&keys)
            .filter(|(d, _)| d.path.lang == site.config.default_language)
        {
            if let Some(review) = &doc.front.review {
                let review = review
                    .get_ref()
                    .trim_start_matches("content/")
                    .trim_end_matches(".md");
                site.briefings_of
                    .entry(review.to_owned())
                    .or_default()
                    .push(key.clone());
            }
        }
        site.list_entries = site.pages.iter().map(|_| OnceLock::new()).collect();
        site.recommendation_lists = site.documents.iter().map(|_| OnceLock::new()).collect();
        (site, diagnostics)
    }

    fn add_page(&mut self, page: Page, diagnostics: &mut Vec<Diagnostic>) {
        if let Some(&other) = self.by_url.get(&page.url) {
            if page.is_fallback {
                let taker = &self.pages[other];
                if !taker.is_fallback {
                    // A page in a folder named like a language code
                    // (content/pl/x.md) where the untranslated page's
                    // stand-in belongs.
                    let original = &self.documents[page.doc];
                    let holder = &self.documents[taker.doc];
                    diagnostics.push(
                        Diagnostic::error(
                            "content",
                            &holder.file,
                            format!(
                                "this page has the address {}, where the {} version of {} is shown until it is translated",
                                page.url, page.lang, original.file
                            ),
                        )
                        .with_hint(format!(
                            "a folder in content/ named like a language code takes that language's addresses: rename the folder, or make this page a translation ({})",
                            translation_file_name(original, &page.lang)
                        )),
                    );
                }
                // Otherwise already reported for the original language.
                return;
            }
            let doc = &self.documents[page.doc];
            let first = &self.documents[self.pages[other].doc];
            diagnostics.push(
                Diagnostic::error(
                    "content",
                    &doc.file,
                    format!("this page has the same address as {}: {}", first.file, page.url),
                )
                .with_hint("give one of them a different file name or `slug`"),
            );
            return;
        }
        self.by_url.insert(page.url.clone(), self.pages.len());
        self.pages.push(page);
    }

    /// Puts the pages in URL order (no two share a URL) and moves their
    /// places in `by_url` along.
    fn sort_by_url(&mut self) {
        let mut numbered: Vec<(usize, Page)> =
            std::mem::take(&mut self.pages).into_iter().enumerate().collect();
        numbered.sort_unstable_by(|a, b| a.1.url.cmp(&b.1.url));
        let mut place = vec![0; numbered.len()];
        for (new, (old, _)) in numbered.iter().enumerate() {
            place[*old] = new;
        }
        for i in self.by_url.values_mut() {
            *i = place[*i];
        }
        self.pages = numbered.into_iter().map(|(_, page)| page).collect();
    }

    /// Indexes the pages, now in URL order, by language and translation
    /// key; `keys[d]` is document `d`'s.
    fn index_keys(&mut self, keys: &[String]) {
        for (i, page) in self.pages.iter().enumerate() {
            self.by_key.entry(keys[page.doc].clone()).or_default().push(i);
        }
        self.translation_keys = keys.to_vec();
    }

    fn collect_sections(&mut self) {
        let mut sections: BTreeMap<(String, String), Section> = BTreeMap::new();
        for lang in &self.config.languages {
            sections.entry((lang.clone(), String::new())).or_default();
        }
        for (i, page) in self.pages.iter().enumerate() {
            let doc = &self.documents[page.doc];
            let section_path = doc.path.section.clone();
            let entry = sections
                .entry((page.lang.clone(), section_path.clone()))
                .or_default();
            if doc.path.is_index {
                entry.index_page = Some(i);
            } else {
                entry.members.push(i);
            }
            // Make sure every ancestor exists and lists this section.
            let mut child = section_path;
            while !child.is_empty() {
                let parent = child
                    .rsplit_once('/')
                    .map_or(String::new(), |(p, _)| p.to_owned());
                let parent_entry = sections.entry((page.lang.clone(), parent.clone())).or_default();
                if !parent_entry.children.contains(&child) {
                    parent_entry.children.push(child.clone());
                }
                child = parent;
            }
        }
        for section in sections.values_mut() {
            section.members.sort_by(|&a, &b| self.list_order(a, b));
            section.children.sort();
        }
        self.nav = self
            .config
            .languages
            .iter()
            .map(|lang| {
                let root = sections.get(&(lang.clone(), String::new()));
                let index_pages = root
                    .into_iter()
                    .flat_map(|root| &root.children)
                    .filter_map(|child| sections.get(&(lang.clone(), child.clone()))?.index_page)
                    .collect();
                (lang.clone(), index_pages)
            })
            .collect();
        self.sections = sections;
    }

    /// List order: weight (lower first, unweighted last), then newest date
    /// first, then title.
    pub fn list_order(&self, a: usize, b: usize) -> std::cmp::Ordering {
        let (da, db) = (
            &self.documents[self.pages[a].doc],
            &self.documents[self.pages[b].doc],
        );
        let weight = |d: &Document| d.front.weight.unwrap_or(i64::MAX);
        let date = |d: &Document| d.front.date.as_ref().map(|s| *s.get_ref());
        weight(da)
            .cmp(&weight(db))
            .then_with(|| date(db).cmp(&date(da)))
            .then_with(|| da.front.title.cmp(&db.front.title))
            .then_with(|| self.pages[a].url.cmp(&self.pages[b].url))
    }

    /// The document of page `i`.
    pub fn doc(&self, i: usize) -> &Document {
        &self.documents[self.pages[i].doc]
    }

    /// Takes over the list entries and recommendation lists `old` had
    /// worked out for the documents `unchanged` names: documents at the
    /// same index as in `old` (the same files, in the same order) and as
    /// they were there. A list entry is taken over only where the page has
    /// the same address and document; it is made from nothing else.
    pub fn keep_values_of(&mut self, old: &Site, unchanged: impl Fn(usize) -> bool) {
        for (d, list) in self.recommendation_lists.iter_mut().enumerate() {
            if let Some(value) = old.recommendation_lists.get(d).and_then(OnceLock::get)
                && unchanged(d)
            {
                *list = OnceLock::from(value.clone());
            }
        }
        for (page, entry) in self.pages.iter().zip(&mut self.list_entries) {
            let before = old.by_url.get(&page.url).copied();
            if let Some(b) = before.filter(|&b| old.pages[b].doc == page.doc)
                && let Some(value) = old.list_entries[b].get()
                && unchanged(page.doc)
            {
                *entry = OnceLock::from(value.clone());
            }
        }
    }

    /// Puts `doc` in the place of document `i`, whose pages keep their
    /// places (the same file, with the same URL and translations), and
    /// forgets their list entries and its recommendations, which are made
    /// again from `doc`.
    pub fn replace_document(&mut self, i: usize, doc: Document) {
        self.documents[i] = doc;
        if let Some(list) = self.recommendation_lists.get_mut(i) {
            *list = OnceLock::new();
        }
        for (page, entry) in self.pages.iter().zip(&mut self.list_entries) {
            if page.doc == i {
                *entry = OnceLock::new();
            }
        }
    }

    /// The page with translation `key` in `lang`.
    pub fn page_for(&self, lang: &str, key: &str) -> Option<usize> {
        self.by_key.get(key).and_then(|pages| self.in_lang(pages, lang))
    }

    /// The page of `pages` in `lang` (the last, should two be).
    fn in_lang(&self, pages: &[usize], lang: &str) -> Option<usize> {
        pages.iter().rev().copied().find(|&p| self.pages[p].lang == lang)
    }

    /// Every language's version of page `i`, in `languages` order.
    pub fn translations(&self, i: usize) -> Vec<usize> {
        let key = self.translation_keys.get(self.pages[i].doc);
        let Some(pages) = key.and_then(|key| self.by_key.get(key)) else {
            return Vec::new();
        };
        self.config
            .languages
            .iter()
            .filter_map(|lang| self.in_lang(pages, lang))
            .collect()
    }

    /// The language versions of page `i` that are real translations (not
    /// fallbacks), for `hreflang`.
    pub fn real_translations(&self, i: usize) -> Vec<usize> {
        self.translations(i)
            .into_iter()
            .filter(|t| !self.pages[*t].is_fallback)
            .collect()
    }

    /// Whether a review has passed its `expires` date.
    pub fn is_expired(&self, doc: &Document) -> bool {
        doc.kind == Kind::Review && doc.front.expires.is_some_and(|e| e <= self.today)
    }

    /// Whether the page belongs in lists, feeds, theme pages and the
    /// sitemap: not an expired review, and not a draft (which a build
    /// publishes only with `--drafts`, for a preview).
    pub fn is_listed(&self, i: usize) -> bool {
        let doc = self.doc(i);
        !self.is_expired(doc) && !doc.front.draft
    }

    /// The absolute URL of a site path.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::path;

    fn site(files: &[(&str, &str)]) -> (Site, Vec<String>) {
        let config =
            Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n")
                .unwrap();
        let docs = files
            .iter()
            .map(|(file, text)| {
                let rel = file.strip_prefix("content/").unwrap();
                Document::parse(file, (*text).to_owned(), path::parse(rel, &config).unwrap()).unwrap()
            })
            .collect();
        let (site, diags) = Site::assemble(config, docs, Date::from_ymd(2026, 1, 1).unwrap());
        let mut messages: Vec<String> = diags
            .into_iter()
            .map(|d| format!("{}: {}", d.file, d.message))
            .collect();
        messages.sort();
        (site, messages)
    }

    /// A new version of the file at `path` (under content/), as `serve`
    /// reads one after a save.
    fn reparsed(site: &Site, path: &str, text: String) -> Document {
        let parsed = path::parse(path, &site.config).unwrap();
        Document::parse(&format!("content/{path}"), text, parsed).unwrap()
    }

    fn page(title: &str) -> String {
        format!("+++\ntitle = \"{title}\"\n+++\nBody\n")
    }

    #[test]
    fn a_replaced_document_gets_new_list_entries_and_no_other_page_does() {
        let (mut site, _) = site(&[
            ("content/reviews/a.md", &page("A")),
            ("content/reviews/b.md", &page("B")),
        ]);
        let title = |site: &Site, i: usize| {
            let entry = crate::render::context::summary_value(site, i);
            entry
                .as_map()
                .and_then(|m| m.get(&"title".into()))
                .and_then(|t| t.as_str().map(str::to_owned))
        };
        let of = |site: &Site, name: &str| -> Vec<usize> {
            (0..site.pages.len())
                .filter(|&i| site.doc(i).path.stem == name)
                .collect()
        };
        let (a_pages, b_pages) = (of(&site, "a"), of(&site, "b"));
        assert_eq!(a_pages.len(), 2, "the page and its Polish fallback");
        for &i in a_pages.iter().chain(&b_pages) {
            title(&site, i);
        }
        let a = site.pages[a_pages[0]].doc;
        site.replace_document(a, reparsed(&site, "reviews/a.md", page("A2")));
        for &i in &a_pages {
            assert_eq!(title(&site, i).as_deref(), Some("A2"));
        }
        assert!(
            b_pages.iter().all(|&i| site.list_entries[i].get().is_some()),
            "kept"
        );
    }

    #[test]
    fn a_site_assembled_again_keeps_the_values_of_unchanged_documents_only() {
        let review = |title: &str| {
            format!(
                "+++\ntitle = \"{title}\"\n[[recommendations]]\nid = \"R1\"\ntext = \"{title}\"\nstatus = \"not-started\"\n+++\nBody\n"
            )
        };
        let files = [
            ("content/reviews/a.md", review("A")),
            ("content/reviews/b.md", review("B")),
        ];
        let files: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
        let (old, _) = site(&files);
        for i in 0..old.pages.len() {
            crate::render::context::summary_value(&old, i);
        }
        for d in 0..old.documents.len() {
            crate::render::context::recommendations_value(&old, d);
        }
        let a = old.documents.iter().position(|d| d.path.stem == "a").unwrap();
        let mut docs = old.documents.clone();
        docs[a] = reparsed(&old, "reviews/a.md", review("A2"));
        let mut new = Site::assemble(old.config.clone(), docs, old.today).0;
        new.keep_values_of(&old, |d| d != a);
        for (i, page) in new.pages.iter().enumerate() {
            assert_eq!(new.list_entries[i].get().is_some(), page.doc != a, "{}", page.url);
        }
        for d in 0..new.documents.len() {
            assert_eq!(new.recommendation_lists[d].get().is_some(), d != a);
        }
        let kept: Vec<_> = (0..new.pages.len())
            .map(|i| crate::render::context::summary_value(&new, i))
            .collect();
        let made: Vec<_> = (0..new.pages.len())
            .map(|i| {
                crate::render::context::summary_value(
                    &Site::assemble(old.config.clone(), new.documents.clone(), old.today).0,
                    i,
                )
            })
            .collect();
        assert_eq!(kept, made, "what is kept is what would be made");
    }

    #[test]
    fn a_replaced_review_shows_its_new_recommendations_everywhere() {
        let review = |text: &str| {
            format!(
                "+++\ntitle = \"R\"\n[[recommendations]]\nid = \"R1\"\ntext = \"{text}\"\nstatus = \"not-started\"\n+++\nBody\n"
            )
        };
        let (mut site, _) = site(&[("content/reviews/r.md", &review("Old"))]);
        let d = site.documents.iter().position(|d| d.path.stem == "r").unwrap();
        let text = |site: &Site| {
            let list = crate::render::context::recommendations_value(site, d);
            let first = list.as_array().and_then(|l| l.first()).cloned();
            first
                .as_ref()
                .and_then(|r| r.as_map())
                .and_then(|m| m.get(&"text".into()))
                .and_then(|t| t.as_str().map(str::to_owned))
        };
        assert_eq!(text(&site).as_deref(), Some("Old"));
        assert!(
            site.recommendation_lists[d].get().is_some(),
            "kept for the next page"
        );
        site.replace_document(d, reparsed(&site, "reviews/r.md", review("New")));
        assert_eq!(text(&site).as_deref(), Some("New"));
    }

    #[test]
    fn urls_translations_and_fallbacks() {
        let (site, diags) = site(&[
            ("content/_index.md", &page("Home")),
            ("content/_index.pl.md", &page("Strona")),
            ("content/reviews/child-d.md", &page("D")),
        ]);
        assert!(diags.is_empty(), "{diags:?}");
        let urls: Vec<_> = site
            .pages
            .iter()
            .map(|p| (p.url.as_str(), p.is_fallback))
            .collect();
        assert_eq!(
            urls,
            [
                ("/", false),
                ("/pl/", false),
                ("/pl/reviews/child-d/", true),
                ("/reviews/child-d/", false)
            ]
        );
        let home = site.by_url["/"];
        assert_eq!(site.translations(home).len(), 2);
        let section = &site.sections[&("pl".to_owned(), "reviews".to_owned())];
        assert_eq!(section.members.len(), 1);
        assert!(
            site.sections[&("en-GB".to_owned(), String::new())]
                .children
                .contains(&"reviews".to_owned())
        );
    }

    #[test]
    fn same_url_and_orphan_translation_are_errors() {
        let (_, diags) = site(&[
            ("content/a.md", "+++\ntitle = \"A\"\nslug = \"b\"\n+++\n"),
            ("content/b.md", &page("B")),
            ("content/c.pl.md", &page("C")),
        ]);
        assert_eq!(
            diags,
            [
                "content/b.md: this page has the same address as content/a.md: /b/",
                "content/c.pl.md: this is a translation of a page that does not exist: there is no content/c.md",
            ]
        );
    }

    #[test]
    fn list_order_is_weight_then_newest_then_title() {
        let (site, _) = site(&[
            ("content/n/a.md", "+++\ntitle = \"A\"\ndate = 2020-01-01\n+++\n"),
            ("content/n/b.md", "+++\ntitle = \"B\"\ndate = 2024-01-01\n+++\n"),
            ("content/n/c.md", "+++\ntitle = \"C\"\nweight = 1\n+++\n"),
        ]);
        let section = &site.sections[&("en-GB".to_owned(), "n".to_owned())];
        let titles: Vec<_> = section
            .members
            .iter()
            .map(|&i| site.doc(i).front.title.as_str())
            .collect();
        assert_eq!(titles, ["C", "B", "A"]);
    }
}
