//! Rendering: Markdown bodies and templates → the bytes of every content
//! page, and what templates see (the `site` and `page` values).
//!
//! Sixth stage. Pages are independent, so they render in parallel (rayon);
//! each is handed to a sink (a staging folder, or memory in tests) as soon
//! as it is ready, so a large site never sits in memory whole. Never
//! imports [`crate::generate`], which builds on it.

pub mod calendar;
pub mod concern;
pub mod contact_card;
pub mod context;
pub mod map_loops;
pub mod parts;
pub mod section;
pub mod site_views;
pub mod templates;

use std::collections::HashMap;

use rayon::prelude::*;
use tera::Context;

use crate::content::Document;
use crate::error::Diagnostic;
use crate::i18n::{Locales, direction};
use crate::markdown::{AlertTitles, Bodies, Rendered};
use crate::output::{Sink, output_path};
use crate::site::Site;
pub use site_views::SiteViews;
pub use templates::Templates;

/// Each language's alert titles.
pub fn titles_by_language<'a>(site: &'a Site, locales: &Locales) -> HashMap<&'a str, AlertTitles> {
    site.config
        .languages
        .iter()
        .map(|lang| (lang.as_str(), alert_titles(locales, lang)))
        .collect()
}

/// Renders one document's Markdown body with its language's alert titles.
pub fn body(doc: &Document, titles: &AlertTitles) -> Rendered {
    crate::markdown::render(doc.body(), titles)
}

/// The titles of alert boxes in `lang`.
pub fn alert_titles(locales: &Locales, lang: &str) -> AlertTitles {
    AlertTitles {
        note: locales.message(lang, "alert-note", None),
        tip: locales.message(lang, "alert-tip", None),
        important: locales.message(lang, "alert-important", None),
        warning: locales.message(lang, "alert-warning", None),
        caution: locales.message(lang, "alert-caution", None),
        table: locales.message(lang, "table-label", None),
        right_to_left: crate::i18n::direction(lang) == "rtl",
    }
}

/// Every name a page's context may hold (see [`page_context`]).
pub const PAGE_CONTEXT_NAMES: [&str; 5] = ["lang", "dir", "site", "page", "section"];

/// The base context for a page in `lang` under the navigation items at
/// `nav_current`: `lang`, `dir` and `site`.
pub fn base_context(site_views: &SiteViews, lang: &str, nav_current: &[String]) -> Context {
    language_context(lang, site_views.get(lang, nav_current))
}

/// `lang`, `dir` and, if given, `site`: the context of a page in `lang`
/// before anything about the page itself.
pub fn language_context(lang: &str, site: Option<&tera::Value>) -> Context {
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert("dir", direction(lang));
    if let Some(view) = site {
        // A shared value: cloning it shares it, it is not copied.
        context.insert_value("site", view.clone());
    }
    context
}

/// Renders every content page through its template into `sink`, each
/// with its document's body rendered again from `bodies`.
pub fn pages(
    site: &Site,
    locales: &Locales,
    templates: &Templates,
    bodies: &dyn Bodies,
    site_views: &SiteViews,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, crate::error::Error> {
    let results: Vec<Result<Vec<Diagnostic>, crate::error::Error>> = (0..site.pages.len())
        .into_par_iter()
        .map(|i| {
            write_page(
                site,
                locales,
                templates,
                site_views,
                i,
                &bodies.body(site.pages[i].doc),
                sink,
            )
        })
        .collect();
    let mut diagnostics = Vec::new();
    for result in results {
        diagnostics.extend(result?);
    }
    Ok(diagnostics)
}

/// Renders page `i` (whose document's body is `body`) into `sink`, and
/// checks the links its template wrote ([`crate::checks::theme_links`]).
/// A template problem is returned as a diagnostic, and nothing is written.
pub fn write_page(
    site: &Site,
    locales: &Locales,
    templates: &Templates,
    site_views: &SiteViews,
    i: usize,
    body: &Rendered,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, crate::error::Error> {
    match page(site, locales, templates, site_views, i, body) {
        Ok(html) => {
            let found = theme_links_of(site, templates, site_views, i, body, &html);
            sink.put(&output_path(&site.pages[i].url), &html)?;
            Ok(found)
        }
        Err(d) => Ok(vec![d]),
    }
}

/// The links that page `i`'s template (not its body) wrote into `html` and
/// that lead nowhere.
pub fn theme_links_of(
    site: &Site,
    templates: &Templates,
    site_views: &SiteViews,
    i: usize,
    body: &Rendered,
    html: &[u8],
) -> Vec<Diagnostic> {
    let page = &site.pages[i];
    let origin = templates.origin(&template_for(site, i));
    site_views
        .links()
        .check_content_page(html, &page.url, &page.lang, &origin, &body.html)
}

/// The template and the context that page `i` is rendered with, given its
/// document's rendered `body`. Everything a page shows comes from these two
/// (and the templates and interface text), which is what lets `serve` tell
/// which pages a change affects.
pub fn page_context(
    site: &Site,
    locales: &Locales,
    site_views: &SiteViews,
    i: usize,
    body: &Rendered,
) -> (String, Context) {
    let page = &site.pages[i];
    let view = context::page_view(site, locales, i, body);
    let mut context = base_context(site_views, &page.lang, &view.nav_current);
    context.insert("page", &view);
    if site.doc(i).path.is_index {
        context.insert("section", &section::section_view(site, i));
    }
    (template_for(site, i), context)
}

/// Renders page `i` (whose document's body is `body`) to HTML (UTF-8).
pub fn page(
    site: &Site,
    locales: &Locales,
    templates: &Templates,
    site_views: &SiteViews,
    i: usize,
    body: &Rendered,
) -> Result<Vec<u8>, Diagnostic> {
    let doc = site.doc(i);
    let (template, context) = page_context(site, locales, site_views, i, body);
    if !templates.has(&template) {
        let mut d = Diagnostic::error(
            "templates",
            &doc.file,
            format!("the template `{template}` does not exist"),
        )
        .with_hint("fix the `template` key, or add the file to templates/");
        if let Some(t) = &doc.front.template {
            let start = doc.body_start.min(doc.text.len());
            let at = doc.text[..start].find(t.get_ref().as_str()).unwrap_or(0);
            d = d.at(&doc.text, at..at + t.get_ref().len());
        }
        return Err(d);
    }
    templates.render(&site.pages[i].lang, &template, &context)
}

/// The template for page `i`: its `template` key, the home page's
/// `index.html`, an expired review's notice, or its kind's default (falling
/// back to `page.html` / `section.html` when the theme lacks it).
pub fn template_for(site: &Site, i: usize) -> String {
    let doc = site.doc(i);
    if site.is_expired(doc) {
        return "expired.html".to_owned();
    }
    if let Some(t) = &doc.front.template {
        return t.get_ref().clone();
    }
    if doc.path.is_index && doc.path.section.is_empty() {
        return "index.html".to_owned();
    }
    doc.kind.default_template().to_owned()
}
