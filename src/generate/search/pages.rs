//! The search page and the A–Z page of every language. They are made from
//! front matter, settings and interface text alone, so they are written
//! beside the document pass, and not again after an edit to a body.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{Labels, kind_name, words};
use crate::addresses::{SEARCH, SEARCH_A_Z, SEARCH_ENTRIES_PER_FILE, search_pages, search_shard_count};
use crate::error::{Diagnostic, Error};
use crate::generate::page::{self, GeneratedView};
use crate::generate::{Generator, Inputs};
use crate::i18n::{Locales, digits, direction};
use crate::output::Sink;
use crate::render::context::Link;
use crate::site::Site;

/// `/search/` and `/search/a-z/` in every language.
pub struct SearchPages;

impl Generator for SearchPages {
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        page::in_every_language(inputs, |lang| {
            let pages = search_pages(inputs.site, lang);
            let shards = search_shard_count(pages.len());
            let version = version(inputs.site, &pages, shards);
            write_pages(inputs, lang, pages.len(), shards, &version, sink)
        })
    }
}

/// A token that changes whenever the pages of an index are numbered
/// differently, so that a browser never joins a shard of one build to the
/// entries of another.
fn version(site: &Site, pages: &[usize], shards: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(&shards.to_le_bytes());
    for &i in pages {
        eat(site.pages[i].url.as_bytes());
        eat(b"\n");
    }
    format!("{hash:016x}")
}

/// A message of the search page for its script, in one plural category.
#[derive(Debug, Serialize)]
struct Plural {
    /// "one", "few", "other", …, as `Intl.PluralRules` names them.
    category: &'static str,
    /// The text, with `{count}` and `{query}` where the script puts them.
    text: String,
}

/// What `search.html` sees as `search`.
#[derive(Debug, Serialize)]
struct SearchView {
    /// Where the index is: "/search/", "/pl/search/".
    index: String,
    /// How many shards it has.
    shards: usize,
    /// How many pages it indexes.
    pages: usize,
    /// How many pages' entries a file holds.
    per_file: usize,
    /// [`version`].
    version: String,
    /// The A–Z page.
    a_z: String,
    /// "N pages found for …", in each plural category of the language.
    results: Vec<Plural>,
    /// "No pages found for …", with `{query}`.
    none: String,
}

/// One letter of the A–Z page.
#[derive(Debug, Serialize)]
struct Letter {
    /// "A", "Ś", "ا", "#" for digits.
    letter: String,
    /// Its heading's id.
    id: String,
    /// Its pages.
    pages: Vec<AzPage>,
}

/// A page on the A–Z page.
#[derive(Debug, Serialize)]
struct AzPage {
    title: String,
    url: String,
    /// The language of its title (the default language's for a stand-in).
    lang: String,
    /// That language's direction.
    dir: &'static str,
    /// What it is.
    kind: String,
}

/// `search.html` and `search-a-z.html` in `lang`.
fn write_pages(
    inputs: &Inputs<'_>,
    lang: &str,
    pages: usize,
    shards: usize,
    version: &str,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let locales = inputs.locales;
    let prefix = site.config.language_prefix(lang);
    let query = |args: &mut FluentArgs<'_>| args.set("query", "{query}");
    let search = SearchView {
        index: format!("{prefix}{SEARCH}"),
        shards,
        pages,
        per_file: SEARCH_ENTRIES_PER_FILE,
        version: version.to_owned(),
        a_z: format!("{prefix}{SEARCH_A_Z}"),
        results: plurals(locales, lang, "search-results", query),
        none: {
            let mut args = FluentArgs::new();
            query(&mut args);
            locales.message(lang, "search-none", Some(&args))
        },
    };
    let mut view: GeneratedView = page::view(
        inputs,
        lang,
        SEARCH,
        &site.config.languages,
        locales.message(lang, "search-title", None),
        Some(locales.message(lang, "search-description", None)),
        Vec::new(),
    );
    // The navigation marks its search link on both pages.
    view.nav_current.push(search.index.clone());
    let mut diagnostics = page::render(
        inputs,
        lang,
        "search.html",
        &view,
        page::extra("search", &search),
        sink,
    )?;
    let mut a_z: GeneratedView = page::view(
        inputs,
        lang,
        SEARCH_A_Z,
        &site.config.languages,
        locales.message(lang, "search-a-z", None),
        Some(locales.message(lang, "search-a-z-description", None)),
        vec![Link {
            title: view.title.clone(),
            url: view.url.clone(),
        }],
    );
    a_z.nav_current.push(search.index.clone());
    // Ten thousand pages' titles: under `serve`, made only when one of
    // them changed.
    diagnostics.extend(page::render(
        inputs,
        lang,
        "search-a-z.html",
        &a_z,
        page::extra_made_later("letters", letters_made_from(site, lang), || {
            tera::Value::from_serializable(&letters(inputs, lang))
        }),
        sink,
    )?);
    Ok(diagnostics)
}

/// Message `id` in each plural category of `lang` that a count of pages
/// can fall in, with `{count}` where the count goes.
fn plurals(locales: &Locales, lang: &str, id: &str, more: impl Fn(&mut FluentArgs<'_>)) -> Vec<Plural> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = lang
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok());
    let mut found: Vec<Plural> = Vec::new();
    for n in 0..=200u32 {
        let category = match rules.as_ref().and_then(|r| r.select(n).ok()) {
            Some(PluralCategory::ZERO) => "zero",
            Some(PluralCategory::ONE) => "one",
            Some(PluralCategory::TWO) => "two",
            Some(PluralCategory::FEW) => "few",
            Some(PluralCategory::MANY) => "many",
            _ => "other",
        };
        if found.iter().any(|p| p.category == category) {
            continue;
        }
        let mut args = FluentArgs::new();
        args.set("count", n);
        more(&mut args);
        let text = locales.message(lang, id, Some(&args));
        let written = n.to_string();
        let written = digits::of(lang).map_or(written.clone(), |d| digits::localise(&written, d));
        found.push(Plural {
            category,
            text: text.replace(&written, "{count}"),
        });
    }
    found
}

/// The pages [`letters`] lists for `lang`, in site order.
fn listed(site: &Site, lang: &str) -> impl Iterator<Item = usize> {
    (0..site.pages.len()).filter(move |&i| site.pages[i].lang == lang && site.is_listed(i))
}

/// A hash of everything [`letters`] makes `lang`'s list from, worked out
/// without making it: each listed page's address, title, the language of
/// its text and its kind (whose label is interface text, which the page's
/// fingerprint covers).
fn letters_made_from(site: &Site, lang: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = crate::fingerprint::hasher();
    for i in listed(site, lang) {
        let doc = site.doc(i);
        (
            &site.pages[i].url,
            &doc.front.title,
            &doc.path.lang,
            kind_name(site, i),
        )
            .hash(&mut hasher);
    }
    hasher.finish()
}

/// Every listed page in `lang`, by letter, in alphabetical order of the
/// title's form.
fn letters(inputs: &Inputs<'_>, lang: &str) -> Vec<Letter> {
    let site = inputs.site;
    let labels = Labels::of(inputs.locales, lang);
    let mut pages: Vec<(String, AzPage)> = listed(site, lang)
        .map(|i| {
            let doc = site.doc(i);
            let title = doc.front.title.trim().to_owned();
            let mut form = String::new();
            words::fold_into(&words::lower(&title), &mut form);
            let form = form.trim_start_matches(|c: char| !c.is_alphanumeric()).to_owned();
            let text_lang = doc.path.lang.clone();
            let page = AzPage {
                url: site.pages[i].url.clone(),
                dir: direction(&text_lang),
                lang: text_lang,
                kind: labels.get(kind_name(site, i)).to_owned(),
                title,
            };
            (form, page)
        })
        .collect();
    pages.sort_by(|a, b| {
        (a.0.as_str(), a.1.title.as_str(), a.1.url.as_str()).cmp(&(
            b.0.as_str(),
            b.1.title.as_str(),
            b.1.url.as_str(),
        ))
    });
    let mut letters: Vec<Letter> = Vec::new();
    for (form, page) in pages {
        let first = form.chars().find(|c| c.is_alphanumeric());
        let letter = match first {
            Some(c) if c.is_numeric() => "#".to_owned(),
            Some(c) => c.to_uppercase().collect(),
            None => "#".to_owned(),
        };
        match letters.last_mut() {
            Some(last) if last.letter == letter => last.pages.push(page),
            _ => letters.push(Letter {
                id: format!("letter-{}", letters.len() + 1),
                letter,
                pages: vec![page],
            }),
        }
    }
    letters
}
