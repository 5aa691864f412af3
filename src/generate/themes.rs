//! Theme pages: `/themes/` lists every theme with how many publications it
//! has, and `/themes/<slug>/` lists the reviews, briefings, newsletters (and
//! any other page) on one theme, grouped by kind, newest first; in every
//! language, from the pages in that language (fallbacks included, so a
//! link from any page's theme list always leads somewhere).
//!
//! Expired reviews are left out, like drafts.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use serde::Serialize;

use super::page::{self};
use super::sitemap::Entry;
use super::{Generator, Inputs};
use crate::addresses::{THEMES, theme_page};
use crate::content::Kind;
use crate::content::path::slugify;
use crate::dates::Date;
use crate::error::{Diagnostic, Error};
use crate::output::Sink;
use crate::render::context::{Link, summary_made_from, summary_value};
use crate::site::Site;

/// The order kinds are listed in on a theme page.
pub const KIND_ORDER: [Kind; 6] = [
    Kind::Review,
    Kind::Briefing,
    Kind::Newsletter,
    Kind::Training,
    Kind::Page,
    Kind::Section,
];

/// One theme in one language.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    /// The theme as authors write it, with a capital first letter.
    pub name: String,
    /// The language `name` is written in: that of the page it comes from
    /// (the default language's, on a page not yet translated).
    pub lang: String,
    /// Its URL segment.
    pub slug: String,
    /// Its page.
    pub url: String,
    /// How many pages are on it.
    pub count: usize,
    /// Its pages by kind, in [`KIND_ORDER`], newest first in each.
    pub groups: Vec<KindGroup>,
    /// A hash of everything above, worked out from the pages' front
    /// matter rather than from the list entries made of it.
    #[serde(skip)]
    pub made_from: u64,
}

/// A theme as the themes index lists it (without its pages).
#[derive(Debug, Serialize)]
struct ThemeEntry<'a> {
    name: &'a str,
    lang: &'a str,
    slug: &'a str,
    url: &'a str,
    count: usize,
}

/// The pages of one kind on a theme.
#[derive(Debug, Clone, Serialize)]
pub struct KindGroup {
    /// The kind.
    pub kind: Kind,
    /// The pages ([`Summary`](crate::render::context::Summary) each).
    pub pages: Vec<tera::Value>,
}

/// The listed pages of each theme in `lang`, by slug: the theme's name (of
/// spellings that share a slug, the same one every build) and its pages,
/// in site order.
fn pages_by_theme(site: &Site, lang: &str) -> BTreeMap<String, (String, Vec<usize>)> {
    let mut found: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    // Thousands of pages share a few themes: each spelling is slugified once.
    let mut slugs: rustc_hash::FxHashMap<&str, String> = rustc_hash::FxHashMap::default();
    for (i, page) in site.pages.iter().enumerate() {
        if page.lang != lang || !site.is_listed(i) {
            continue;
        }
        for theme in &site.doc(i).front.themes {
            let slug = slugs.entry(theme).or_insert_with(|| slugify(theme));
            if slug.is_empty() {
                continue;
            }
            if !found.contains_key(slug.as_str()) {
                found.insert(slug.clone(), (theme.clone(), Vec::new()));
            }
            let Some(entry) = found.get_mut(slug.as_str()) else {
                continue;
            };
            // Spellings that share a slug: keep one, the same every build.
            if *theme < entry.0 {
                entry.0.clone_from(theme);
            }
            // Pages come in order, so a page already listed (two spellings
            // of one theme) is the last one.
            if entry.1.last() != Some(&i) {
                entry.1.push(i);
            }
        }
    }
    found
}

/// The address of a theme's page.
fn theme_url(site: &Site, lang: &str, slug: &str) -> String {
    theme_page(&site.config.language_prefix(lang), slug)
}

/// Every theme of `lang`'s pages, by slug.
pub fn themes_in(site: &Site, lang: &str) -> BTreeMap<String, ThemeView> {
    pages_by_theme(site, lang)
        .into_iter()
        .map(|(slug, (name, mut pages))| {
            pages.sort_by(|&a, &b| newest_first(site, a, b));
            let mut hasher = crate::fingerprint::hasher();
            let groups = KIND_ORDER
                .iter()
                .map(|kind| {
                    let of_kind: Vec<usize> = pages
                        .iter()
                        .copied()
                        .filter(|&i| site.doc(i).kind == *kind)
                        .collect();
                    (kind, of_kind.len()).hash(&mut hasher);
                    for &i in &of_kind {
                        summary_made_from(site, i, &mut hasher);
                    }
                    KindGroup {
                        kind: *kind,
                        pages: of_kind.into_iter().map(|i| summary_value(site, i)).collect(),
                    }
                })
                .filter(|g| !g.pages.is_empty())
                .collect();
            let name_lang = pages
                .iter()
                .map(|&i| site.doc(i))
                .find(|doc| doc.front.themes.contains(&name))
                .map_or(lang, |doc| doc.path.lang.as_str());
            let (name, url) = (capitalise(&name), theme_url(site, lang, &slug));
            (name_lang, &name, &slug, &url, pages.len()).hash(&mut hasher);
            let view = ThemeView {
                lang: name_lang.to_owned(),
                name,
                url,
                slug: slug.clone(),
                count: pages.len(),
                groups,
                made_from: hasher.finish(),
            };
            (slug, view)
        })
        .collect()
}

fn date_of(site: &Site, i: usize) -> Option<Date> {
    site.doc(i).front.date.as_ref().map(|d| *d.get_ref())
}

fn newest_first(site: &Site, a: usize, b: usize) -> std::cmp::Ordering {
    date_of(site, b)
        .cmp(&date_of(site, a))
        .then_with(|| site.doc(a).front.title.cmp(&site.doc(b).front.title))
        .then_with(|| site.pages[a].url.cmp(&site.pages[b].url))
}

/// "information sharing" → "Information sharing"; the rest is left as written.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The list of themes and each theme's page, in every language.
pub struct Themes;

impl Generator for Themes {
    /// Writes the index and a page per theme, in every language.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let all: BTreeMap<&String, BTreeMap<String, ThemeView>> = site
            .config
            .languages
            .iter()
            .map(|l| (l, themes_in(site, l)))
            .collect();
        let mut diagnostics = Vec::new();
        for (lang, themes) in &all {
            let index_title = inputs.locales.message(lang, "themes-index-title", None);
            let index = page::view(
                inputs,
                lang,
                THEMES,
                &site.config.languages,
                index_title.clone(),
                Some(inputs.locales.message(lang, "themes-index-description", None)),
                Vec::new(),
            );
            let mut listed: Vec<ThemeEntry<'_>> = themes
                .values()
                .map(|t| ThemeEntry {
                    name: &t.name,
                    lang: &t.lang,
                    slug: &t.slug,
                    url: &t.url,
                    count: t.count,
                })
                .collect();
            listed.sort_by_key(|t| t.name.to_lowercase());
            diagnostics.extend(page::render(
                inputs,
                lang,
                "themes.html",
                &index,
                page::extra("themes", &listed),
                sink,
            )?);
            // Theme pages are independent: render them in parallel.
            let results: Vec<Result<Vec<Diagnostic>, Error>> = themes
                .par_iter()
                .map(|(slug, theme)| {
                    let path = theme_page("", slug);
                    let langs: Vec<String> = all
                        .iter()
                        .filter(|(_, t)| t.contains_key(slug))
                        .map(|(l, _)| (*l).clone())
                        .collect();
                    let parent = Link {
                        title: index_title.clone(),
                        url: index.url.clone(),
                    };
                    let mut view = page::view(
                        inputs,
                        lang,
                        &path,
                        &langs,
                        theme.name.clone(),
                        None,
                        vec![parent],
                    );
                    // The name is in the language of the pages it comes from.
                    view.content_lang.clone_from(&theme.lang);
                    view.content_dir = crate::i18n::direction(&theme.lang);
                    if let Some(crumb) = view.breadcrumbs.last_mut() {
                        crumb.lang.clone_from(&theme.lang);
                    }
                    page::render(
                        inputs,
                        lang,
                        "theme.html",
                        &view,
                        // Made only when the page is rendered: each
                        // theme's value copies thousands of list entries.
                        page::extra_made_later("theme", theme.made_from, || {
                            tera::Value::from_serializable(theme)
                        }),
                        sink,
                    )
                })
                .collect();
            for result in results {
                diagnostics.extend(result?);
            }
        }
        Ok(diagnostics)
    }
}

/// The index and theme pages in the sitemap, with the newest date of their
/// pages.
pub fn sitemap_entries(site: &Site) -> Vec<Entry> {
    let langs = &site.config.languages;
    let mut entries = vec![Entry {
        versions: langs
            .iter()
            .map(|l| (l.clone(), format!("{}{THEMES}", site.config.language_prefix(l))))
            .collect(),
        lastmod: None,
    }];
    let mut by_slug: BTreeMap<String, Entry> = BTreeMap::new();
    for lang in langs {
        for (slug, (_, pages)) in pages_by_theme(site, lang) {
            // The newest of the pages the theme's page lists.
            let newest = pages
                .iter()
                .filter(|&&i| KIND_ORDER.contains(&site.doc(i).kind))
                .filter_map(|&i| date_of(site, i))
                .max();
            let url = theme_url(site, lang, &slug);
            let entry = by_slug.entry(slug).or_insert(Entry {
                versions: Vec::new(),
                lastmod: None,
            });
            entry.versions.push((lang.clone(), url));
            entry.lastmod = entry.lastmod.max(newest);
        }
    }
    entries.extend(by_slug.into_values());
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalise_only_the_first_letter() {
        assert_eq!(capitalise("information sharing"), "Information sharing");
        assert_eq!(capitalise("ADHD"), "ADHD");
        assert_eq!(capitalise("żółw"), "Żółw");
        assert_eq!(capitalise(""), "");
    }
}
