//! Checks that protect readers, run on every `check`, `build` and `serve`:
//! cross-page references and (in their own modules) personal data,
//! accessibility, links and readability.
//!
//! Each check is a function from the assembled site and rendered bodies to
//! diagnostics. Checks that look at one document alone go in [`document`]
//! (run in parallel, and by `serve` again only for the documents that
//! changed); checks that compare documents go in [`site_wide`].

use rayon::prelude::*;

use crate::content::{Document, Kind};
use crate::error::Diagnostic;
use crate::markdown::Rendered;
use crate::site::{Site, translation_key};

/// Every check over the whole site.
pub fn run(site: &Site, bodies: &[Rendered]) -> Vec<Diagnostic> {
    let mut diagnostics = site_wide(site, bodies);
    let per_document: Vec<Vec<Diagnostic>> = (0..site.documents.len())
        .into_par_iter()
        .map(|i| document(site, i, &bodies[i]))
        .collect();
    diagnostics.extend(per_document.into_iter().flatten());
    diagnostics
}

/// Checks that need more than one document: references between pages.
pub fn site_wide(site: &Site, _bodies: &[Rendered]) -> Vec<Diagnostic> {
    review_references(site)
}

/// Checks of document `i` (of [`Site::documents`]) and its rendered `body`
/// alone: what they find depends on nothing else but the settings.
pub fn document(site: &Site, i: usize, body: &Rendered) -> Vec<Diagnostic> {
    briefing_parts(&site.documents[i], body).into_iter().collect()
}

/// A briefing's `review` must name a review that exists.
fn review_references(site: &Site) -> Vec<Diagnostic> {
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
            if reviews.contains(key) {
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
