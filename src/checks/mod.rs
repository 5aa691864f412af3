//! Checks that protect readers, run on every `check`, `build` and `serve`:
//! personal data ([`personal_data`], with the detectors in [`anonymise`]),
//! sample text left from `lantern init` and `lantern new` ([`sample`]),
//! accessibility ([`a11y`]), links ([`links`]), readability ([`readable`],
//! with the measure in [`readability`]), translations ([`translations`]),
//! cross-page references, and the HTML of e-mail editions ([`email`]).
//!
//! Fifth stage, run on each body as soon as it is rendered. Every check
//! reads the raw text or what [`crate::markdown`] collected while
//! rendering, so nothing is parsed twice. Checks of one document alone are
//! in [`document`] (run in the same parallel pass that writes its pages,
//! and by `serve` again only for the documents that changed); checks whose
//! answer depends on other documents (links, translations, references
//! between pages) are in [`site_wide`], run once every body is known
//! (a build prepares what needs no body beforehand, with [`SiteWide`]).

pub mod a11y;
pub mod anonymise;
pub mod destinations;
pub mod email;
pub mod links;
pub mod personal_data;
pub mod readability;
pub mod readable;
pub mod sample;
pub mod theme_links;
pub mod translations;

use rayon::prelude::*;

use crate::addresses::Generated;
use crate::content::{Document, Kind};
use crate::error::{Diagnostic, Severity};
use crate::markdown::Rendered;
use crate::site::{Site, translation_key};
use crate::theme::Theme;

/// What the checks read.
pub struct Inputs<'a> {
    /// The assembled site.
    pub site: &'a Site,
    /// `bodies[i]` is document `i`'s rendered body.
    pub bodies: &'a [Rendered],
    /// Templates (for the ids they give every page) and static files.
    pub theme: &'a Theme,
    /// Content files that could not be read or parsed ("content/about.md"):
    /// a link to one of them is not reported as broken, since the file's
    /// own error says what to fix.
    pub unreadable: &'a [String],
    /// Every address Lantern generates ([`crate::addresses::generated`]).
    pub generated: &'a [(String, Generated)],
}

/// Checks whose answer depends on other documents: links (their targets
/// are the whole site), translations, and references between pages.
pub fn site_wide(inputs: &Inputs<'_>) -> Vec<Diagnostic> {
    SiteWide::prepare(inputs.site, inputs.theme, inputs.unreadable, inputs.generated)
        .finish(inputs.site, inputs.bodies)
}

/// The site-wide checks in two steps, so that a build can do the part that
/// needs no rendered body (the link targets, translations, references)
/// while the bodies are being rendered, and only the links on the pages
/// after them.
pub struct SiteWide {
    targets: links::Targets,
    found: Vec<Diagnostic>,
}

impl SiteWide {
    /// Everything that needs only the assembled site, the theme and the
    /// generated addresses.
    pub fn prepare(
        site: &Site,
        theme: &Theme,
        unreadable: &[String],
        generated: &[(String, Generated)],
    ) -> SiteWide {
        let mut targets = links::Targets::without_bodies(site, theme, generated);
        for file in unreadable {
            targets.add_unreadable(file, &site.config);
        }
        SiteWide {
            targets,
            found: without_bodies(site, unreadable),
        }
    }

    /// The findings, once `bodies[i]` is document `i`'s rendered body.
    /// Once only: it adds the bodies' ids to the link targets.
    pub fn finish(&mut self, site: &Site, bodies: &[Rendered]) -> Vec<Diagnostic> {
        self.targets.add_bodies(bodies);
        let mut diagnostics: Vec<Diagnostic> = links_of_every_document(site, bodies, &self.targets)
            .into_iter()
            .flatten()
            .collect();
        diagnostics.append(&mut self.found);
        diagnostics
    }
}

/// The site-wide findings that need no body: translations, and references
/// between pages.
pub fn without_bodies(site: &Site, unreadable: &[String]) -> Vec<Diagnostic> {
    let mut found = translations::check(site);
    found.extend(review_references(site, unreadable));
    found.extend(sample::duplicate_references(site));
    found
}

/// A hash of everything the link targets are made of besides the bodies'
/// ids ([`links::Targets::without_bodies`]): every page's address and
/// document, every document's file and `slug` (a draft has no page, but
/// its address is a link's target), the theme's templates (their ids) and
/// static files, the generated addresses, the files that could not be
/// read, and the site's address.
fn shape_key(inputs: &Inputs<'_>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = crate::fingerprint::hasher();
    let site = inputs.site;
    for page in &site.pages {
        (&page.url, page.doc).hash(&mut hasher);
    }
    for doc in &site.documents {
        (&doc.file, doc.front.slug.as_ref().map(|s| s.get_ref())).hash(&mut hasher);
    }
    for (name, file) in &inputs.theme.templates {
        (name, file.text()).hash(&mut hasher);
    }
    for path in inputs.theme.static_files.keys() {
        path.hash(&mut hasher);
    }
    for (url, _) in inputs.generated {
        url.hash(&mut hasher);
    }
    (
        inputs.unreadable,
        &site.config.base_url,
        &site.config.default_language,
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// The links of each document of `site` that lead nowhere, by document.
fn links_of_every_document(
    site: &Site,
    bodies: &[Rendered],
    targets: &links::Targets,
) -> Vec<Vec<Diagnostic>> {
    let mut urls: Vec<Vec<&str>> = vec![Vec::new(); site.documents.len()];
    for page in &site.pages {
        if let Some(list) = urls.get_mut(page.doc) {
            list.push(&page.url);
        }
    }
    let base_url = &site.config.base_url;
    site.documents
        .par_iter()
        .zip(bodies)
        .zip(&urls)
        .map(|((doc, body), urls)| links::check(doc, body, urls, targets, base_url))
        .collect()
}

/// The site-wide findings as `serve` keeps them between saves: the link
/// targets with every body's ids, the findings that need no body, and each
/// document's broken links, so that after an edit to bodies alone only
/// the links that edit can change are checked again.
pub struct KeptSiteWide {
    targets: links::Targets,
    found: Vec<Diagnostic>,
    links: Vec<Vec<Diagnostic>>,
    /// The [`shape_key`] the targets were made for.
    shape: u64,
}

impl KeptSiteWide {
    /// Every site-wide check, as [`site_wide`] runs them.
    pub fn new(inputs: &Inputs<'_>) -> KeptSiteWide {
        let SiteWide { mut targets, found } =
            SiteWide::prepare(inputs.site, inputs.theme, inputs.unreadable, inputs.generated);
        targets.add_bodies(inputs.bodies);
        let links = links_of_every_document(inputs.site, inputs.bodies, &targets);
        KeptSiteWide {
            targets,
            found,
            links,
            shape: shape_key(inputs),
        }
    }

    /// After documents `changed` were read again (their front matter, and
    /// perhaps their bodies, rendered again) with every file where it was:
    /// when every address, file and `slug` is as it was, the link targets
    /// stand, and only the findings that need no body and the changed
    /// documents' links are worked out again ([`KeptSiteWide::bodies_changed`]);
    /// otherwise everything is. `found` is what [`without_bodies`] finds
    /// in `inputs`, worked out by the caller (beside other work).
    pub fn documents_changed(&mut self, inputs: &Inputs<'_>, changed: &[usize], found: Vec<Diagnostic>) {
        let shape = shape_key(inputs);
        if shape != self.shape || self.links.len() != inputs.site.documents.len() {
            *self = KeptSiteWide::new(inputs);
            return;
        }
        self.found = found;
        self.bodies_changed(inputs.site, inputs.bodies, changed);
    }

    /// After the bodies of documents `changed` were rendered again, and
    /// nothing else changed (no front matter, file, setting or theme):
    /// their own links are checked again, and, if one of them now gives
    /// its page other ids, every document's links (any page may link to
    /// one of those ids).
    pub fn bodies_changed(&mut self, site: &Site, bodies: &[Rendered], changed: &[usize]) {
        let mut ids_changed = false;
        for &i in changed {
            ids_changed |= self.targets.replace_ids(i, &bodies[i]);
        }
        if ids_changed {
            self.links = links_of_every_document(site, bodies, &self.targets);
            return;
        }
        for &i in changed {
            let urls: Vec<&str> = site
                .pages
                .iter()
                .filter(|page| page.doc == i)
                .map(|page| page.url.as_str())
                .collect();
            self.links[i] = links::check(
                &site.documents[i],
                &bodies[i],
                &urls,
                &self.targets,
                &site.config.base_url,
            );
        }
    }

    /// The findings, in no particular order.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.found.iter().chain(self.links.iter().flatten())
    }
}

/// Checks of document `i` (of [`Site::documents`]) and its rendered `body`
/// alone: personal data, accessibility, readability and a briefing's parts.
pub fn document(site: &Site, i: usize, body: &Rendered) -> Vec<Diagnostic> {
    let config = &site.config;
    let doc = &site.documents[i];
    let mut found = Vec::new();
    let severity = if personal_data::applies_to(doc, config) {
        Severity::Error
    } else {
        Severity::Warning
    };
    found.extend(personal_data::check(
        doc,
        &personal_data::rules_cached(config),
        severity,
    ));
    found.extend(a11y::check(doc, body));
    found.extend(destinations::check(doc, body, &config.base_url));
    if readable::applies_to(doc, config) {
        found.extend(readable::check(doc, body, config.readability.max_grade));
    }
    found.extend(briefing_parts(doc, body));
    found.extend(sample::check(doc, &config.base_url));
    found
}

/// A briefing's `review` must name a review that exists. A review that
/// exists but could not be read is not reported again: its own error says
/// what to fix.
fn review_references(site: &Site, unreadable: &[String]) -> Vec<Diagnostic> {
    let reviews: std::collections::HashSet<String> = site
        .documents
        .iter()
        .filter(|d| d.kind == Kind::Review && d.path.lang == site.config.default_language)
        .map(translation_key)
        .collect();
    site.documents
        .iter()
        .filter_map(|doc| {
            let reference = doc.front.review.as_ref()?;
            let key = reference
                .get_ref()
                .trim_start_matches("content/")
                .trim_end_matches(".md");
            if reviews.contains(key)
                || unreadable
                    .iter()
                    .any(|f| f.strip_prefix("content/").and_then(|f| f.strip_suffix(".md")) == Some(key))
            {
                return None;
            }
            let mut known: Vec<&str> = reviews.iter().map(String::as_str).collect();
            known.sort_unstable();
            let hint = match crate::schema::closest(key, known.iter().copied()) {
                Some(s) => format!("did you mean \"{s}.md\"?"),
                None => format!(
                    "name a file in content/reviews/, such as \"{}.md\"",
                    known.first().copied().unwrap_or("reviews/child-d")
                ),
            };
            Some(
                doc.front_matter_error(
                    reference.span(),
                    format!("`review` names {}, which does not exist", reference.get_ref()),
                )
                .with_hint(hint),
            )
        })
        .collect()
}

/// A 7-minute briefing has seven parts (h2 headings).
fn briefing_parts(doc: &Document, body: &Rendered) -> Option<Diagnostic> {
    if doc.kind != Kind::Briefing {
        return None;
    }
    let parts = body.h2s().count();
    (parts != 7).then(|| {
        Diagnostic::warning("briefings", &doc.file, format!("a 7-minute briefing has seven parts, but this one has {parts} `##` headings"))
            .at(&doc.text, doc.body_start..doc.body_start)
            .with_hint("use seven `##` parts: background, why it matters, three of key information, things to remember, what to do")
    })
}
