//! Links: every internal link and image of a page must lead to a page or
//! file of the built site, in every language the page is published in, and
//! every `#fragment` to an id on its target page.
//!
//! Part of the checks stage. [`Targets`] is the set of everything the build
//! writes: content pages (with the ids their bodies and the theme's
//! templates give them), static files, and the outputs that generators
//! write ([`crate::addresses::generated`]: feeds, theme pages, the recommendations
//! tracker, calendar files, the vCard). A generator added later can add its
//! paths with [`Targets::add_output`]. [`resolve()`] turns a link as written
//! into a site path, pure and tested by table; [`check`] reports the links
//! that lead nowhere. External links are never fetched; `mailto:` and
//! `tel:` are ignored.

use std::collections::BTreeSet;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::addresses::Generated;
use crate::config::Config;
use crate::content::Document;
use crate::content::path::slugify;
use crate::error::Diagnostic;
use crate::markdown::{Reference, Rendered};
use crate::site::{Site, translation_key};
use crate::theme::Theme;

mod resolve;

pub use resolve::{Destination, resolve};
use resolve::{normalise, percent_decode};

/// Which fragments an output has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchors {
    /// A content page: the ids of document `usize`, and the theme's.
    Document(usize),
    /// A generated page or a file: any fragment is accepted.
    Any,
}

/// Everything the build writes, by URL path, with the ids each page has.
#[derive(Debug, Default)]
pub struct Targets {
    outputs: FxHashMap<String, Anchors>,
    /// Per document: the ids its body gives the page.
    document_ids: Vec<BTreeSet<String>>,
    /// Ids every page has, from the theme's templates.
    theme_ids: BTreeSet<String>,
    /// Translation key ("reviews/child-d") → the page's default-language URL,
    /// for links written as a Markdown file name.
    sources: FxHashMap<String, String>,
}

impl Targets {
    /// Every output of `site`: its pages, the theme's and site's static
    /// files and what generators write ([`crate::addresses::generated`]), but no
    /// page's own ids yet: the bodies may still be rendering
    /// ([`Targets::add_bodies`] adds them).
    pub fn without_bodies(site: &Site, theme: &Theme, generated: &[(String, Generated)]) -> Targets {
        let mut targets = Targets {
            theme_ids: theme
                .templates
                .values()
                .flat_map(|file| crate::markdown::html_ids(&file.text()))
                .collect(),
            ..Targets::default()
        };
        for page in &site.pages {
            targets
                .outputs
                .insert(page.url.clone(), Anchors::Document(page.doc));
        }
        for doc in &site.documents {
            if doc.path.lang == site.config.default_language {
                let url = crate::site::url_of(doc, &doc.path.lang, &site.config);
                targets.sources.insert(translation_key(doc), url);
            }
        }
        for path in theme.static_files.keys() {
            targets.add_output(format!("/{path}"));
        }
        for (url, _) in generated {
            targets.add_output(url.clone());
        }
        targets
    }

    /// Adds the ids each document's body gives its pages.
    pub fn add_bodies(&mut self, bodies: &[Rendered]) {
        self.document_ids = bodies.par_iter().map(ids_of).collect();
    }

    /// Takes the ids of document `doc` from `body`, rendered again;
    /// whether they differ from those it gave before.
    pub fn replace_ids(&mut self, doc: usize, body: &Rendered) -> bool {
        let ids = ids_of(body);
        match self.document_ids.get_mut(doc) {
            Some(kept) if *kept == ids => false,
            Some(kept) => {
                *kept = ids;
                true
            }
            None => true,
        }
    }

    /// Adds an output that is not a content page (a file, a feed, a
    /// generated page); any `#fragment` on it is accepted.
    pub fn add_output(&mut self, path: String) {
        self.outputs.entry(path).or_insert(Anchors::Any);
    }

    /// Adds the URL a content file that could not be parsed would have had
    /// (from its file name), in every language, so that links to it are not
    /// reported on top of its own error.
    pub fn add_unreadable(&mut self, file: &str, config: &Config) {
        let Some(relative) = file.strip_prefix("content/") else {
            return;
        };
        let Ok(path) = crate::content::path::parse(relative, config) else {
            return;
        };
        let mut tail = String::from("/");
        for part in path.section.split('/').filter(|p| !p.is_empty()) {
            tail.push_str(&slugify(part));
            tail.push('/');
        }
        if !path.is_index {
            tail.push_str(&slugify(&path.stem));
            tail.push('/');
        }
        for lang in &config.languages {
            self.add_output(format!("{}{tail}", config.language_prefix(lang)));
        }
    }

    /// Whether `path` is an output (a page, with or without its trailing
    /// slash or `index.html`, or a file).
    pub fn contains(&self, path: &str) -> bool {
        self.find(path).is_some()
    }

    fn find(&self, path: &str) -> Option<Anchors> {
        if let Some(&found) = self.outputs.get(path) {
            return Some(found);
        }
        let alternative = if let Some(folder) = path.strip_suffix("index.html") {
            folder.to_owned()
        } else if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            format!("{path}/")
        };
        self.outputs.get(&alternative).copied()
    }

    /// What is wrong with a link to `path#fragment`, if anything.
    fn problem(&self, path: &str, fragment: Option<&str>) -> Option<Problem> {
        let Some(anchors) = self.find(path) else {
            return Some(Problem::NoSuchPage);
        };
        let fragment = fragment.unwrap_or_default();
        match anchors {
            _ if fragment.is_empty() || fragment.eq_ignore_ascii_case("top") => None,
            Anchors::Any => None,
            Anchors::Document(d) => {
                let ids = self.document_ids.get(d);
                let known =
                    ids.is_some_and(|ids| ids.contains(fragment)) || self.theme_ids.contains(fragment);
                (!known).then_some(Problem::NoSuchId(d))
            }
        }
    }

    /// The closest output to a path that is not one, for a "did you mean":
    /// the same path in lower case, the closest name in the same folder (or
    /// in the closest folder, when the folder does not exist), or the same
    /// name in another folder.
    fn suggest(&self, path: &str) -> Option<String> {
        let lower = path.to_lowercase();
        if lower != path && self.contains(&lower) {
            return Some(lower);
        }
        let mut folder = parent(path).to_owned();
        let in_folder = |folder: &str| -> Vec<&str> {
            self.outputs
                .keys()
                .filter(|k| parent(k) == folder)
                .map(|k| &k[folder.len()..])
                .collect()
        };
        let mut names = in_folder(&folder);
        if names.is_empty() {
            let folders: BTreeSet<&str> = self.outputs.keys().map(|k| parent(k)).collect();
            folder = crate::schema::closest(&folder, folders)?.to_owned();
            names = in_folder(&folder);
        }
        let name = &path[parent(path).len()..];
        if let Some(close) = crate::schema::closest(name, names) {
            return Some(format!("{folder}{close}"));
        }
        // The same file name in another folder: "/report.pdf" for
        // "/docs/report.pdf".
        self.outputs
            .keys()
            .filter(|k| !name.is_empty() && &k[parent(k).len()..] == name)
            .min()
            .cloned()
    }
}

/// The folder part of a path: "/a/b/" and "/a/b.pdf" → "/a/".
fn parent(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    trimmed.rfind('/').map_or("/", |i| &path[..=i])
}

enum Problem {
    NoSuchPage,
    NoSuchId(usize),
}

/// The ids in a page body: headings', footnotes' and raw HTML's.
fn ids_of(body: &Rendered) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = body.headings.iter().filter_map(|h| h.id.clone()).collect();
    ids.extend(body.ids.iter().cloned());
    ids
}

/// Reports every link and image of `doc` that leads nowhere, on any of the
/// pages (`page_urls`, one per language) it is published as.
pub fn check(
    doc: &Document,
    body: &Rendered,
    page_urls: &[&str],
    targets: &Targets,
    base_url: &str,
) -> Vec<Diagnostic> {
    let references = body
        .links
        .iter()
        .map(|r| (r, "link"))
        .chain(body.images.iter().map(|r| (r, "image")));
    let mut own_ids = None;
    references
        .filter_map(|(reference, what)| {
            if let Some(fragment) = reference.url.trim().strip_prefix('#') {
                let ids = own_ids.get_or_insert_with(|| ids_of(body));
                return check_own_fragment(doc, reference, &percent_decode(fragment), ids, targets);
            }
            check_one(doc, reference, what, page_urls, targets, base_url)
        })
        .collect()
}

/// A `#fragment` link within the page itself.
fn check_own_fragment(
    doc: &Document,
    reference: &Reference,
    fragment: &str,
    ids: &BTreeSet<String>,
    targets: &Targets,
) -> Option<Diagnostic> {
    if fragment.is_empty()
        || fragment.eq_ignore_ascii_case("top")
        || ids.contains(fragment)
        || targets.theme_ids.contains(fragment)
    {
        return None;
    }
    let message = format!("broken link: this page has no part with the id #{fragment}");
    Some(located(doc, reference, message).with_hint(missing_id_hint(fragment, ids)))
}

fn check_one(
    doc: &Document,
    reference: &Reference,
    what: &str,
    page_urls: &[&str],
    targets: &Targets,
    base_url: &str,
) -> Option<Diagnostic> {
    let mut broken: Vec<(&str, String, Option<String>, Problem)> = Vec::new();
    for &page_url in page_urls {
        match resolve(&reference.url, page_url, base_url) {
            Destination::Elsewhere => return None,
            Destination::Nothing => {
                return Some(
                    located(doc, reference, format!("this {what} has no address")).with_hint(format!(
                        "write where the {what} leads between the brackets: [text](/contact/)"
                    )),
                );
            }
            Destination::Internal { path, fragment } => {
                if let Some(problem) = targets.problem(&path, fragment.as_deref()) {
                    broken.push((page_url, path, fragment, problem));
                }
            }
        }
    }
    let all_languages = broken.len() == page_urls.len();
    let (page_url, path, fragment, problem) = broken.into_iter().next()?;
    let on = if all_languages || page_urls.len() < 2 {
        String::new()
    } else {
        format!(" from the page {page_url}")
    };
    let diagnostic = match problem {
        Problem::NoSuchPage => {
            let message = format!("broken {what}: {path} is not a page or file of this site{on}");
            let hint = if on.is_empty() {
                missing_page_hint(doc, &reference.url, &path, targets)
            } else {
                "this relative address works from one language's page but not from another's: write it from the site's root, starting with /".to_owned()
            };
            located(doc, reference, message).with_hint(hint)
        }
        Problem::NoSuchId(d) => {
            let fragment = fragment.unwrap_or_default();
            let message = format!("broken {what}: {path} has no part with the id #{fragment}{on}");
            let ids = targets.document_ids.get(d).cloned().unwrap_or_default();
            located(doc, reference, message).with_hint(missing_id_hint(&fragment, &ids))
        }
    };
    Some(diagnostic)
}

fn located(doc: &Document, reference: &Reference, message: String) -> Diagnostic {
    let span = reference.span.start + doc.body_start..reference.span.end + doc.body_start;
    Diagnostic::error("links", &doc.file, message).at(&doc.text, span)
}

fn missing_page_hint(doc: &Document, written: &str, path: &str, targets: &Targets) -> String {
    if let Some(file) = written
        .split(['#', '?'])
        .next()
        .and_then(|w| w.strip_suffix(".md"))
    {
        let folder = format!("/{}/", doc.path.section);
        let resolved = if file.starts_with('/') {
            normalise(file)
        } else {
            normalise(&format!("{folder}{file}"))
        };
        let key = resolved.trim_start_matches('/').trim_start_matches("content/");
        if let Some(url) = targets.sources.get(key) {
            return format!("link to the page's address, {url}, not to its Markdown file");
        }
        return "link to a page's address (such as /reviews/child-d/), not to its Markdown file".to_owned();
    }
    match targets.suggest(path) {
        Some(close) => format!("did you mean {close}?"),
        None => "check the address; a file must be in static/ to be published".to_owned(),
    }
}

fn missing_id_hint(fragment: &str, ids: &BTreeSet<String>) -> String {
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    if let Some(close) = crate::schema::closest(fragment, ids.iter().copied()) {
        return format!("did you mean #{close}?");
    }
    if ids.is_empty() {
        return "that page has no headings to link to; link to the page without a #fragment".to_owned();
    }
    let mut listed: Vec<String> = ids.iter().take(8).map(|id| format!("#{id}")).collect();
    if ids.len() > 8 {
        listed.push("…".to_owned());
    }
    format!("the parts of that page are {}", listed.join(", "))
}

#[cfg(test)]
mod tests;
