//! Outputs that do not come from one content file: static files, the 404
//! page, `robots.txt` and the sitemap (and, in their own modules, feeds,
//! the recommendations tracker, theme pages and the contact card).
//!
//! Runs after [`crate::render::pages`], into the same sink.

pub mod sitemap;

use std::collections::{HashMap, HashSet};

use crate::error::{Diagnostic, Error};
use crate::render::{Sink, Templates, base_context, output_path};
use crate::site::Site;
use crate::theme::Theme;

/// Everything a generator needs.
pub struct Inputs<'a> {
    /// The assembled site.
    pub site: &'a Site,
    /// Interface text.
    pub locales: &'a crate::i18n::Locales,
    /// Templates.
    pub templates: &'a Templates,
    /// Per-language `site` context values.
    pub site_views: &'a HashMap<String, tera::Value>,
}

/// Copies the theme's and site's static files; a file whose path is also a
/// page's is an error (the page would be overwritten).
pub fn static_files(theme: &Theme, site: &Site, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let page_paths: HashSet<String> = site.pages.iter().map(|p| output_path(&p.url)).collect();
    let mut diagnostics = Vec::new();
    for (path, file) in &theme.static_files {
        if page_paths.contains(path) || GENERATED.contains(&path.as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    "content",
                    &file.origin,
                    format!("this static file would overwrite the page at /{path}"),
                )
                .with_hint("rename or move the file in static/, or change the page's slug"),
            );
            continue;
        }
        sink.put(path, &file.bytes)?;
    }
    Ok(diagnostics)
}

/// Files Lantern writes itself, which a static file must not replace.
const GENERATED: [&str; 3] = ["404.html", "robots.txt", "sitemap.xml"];

/// `404.html` in the default language, and `robots.txt`.
pub fn fixed_pages(inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let lang = &site.config.default_language;
    let mut context = base_context(inputs.site_views, lang);
    let title = inputs.locales.message(lang, "not-found-title", None);
    context.insert(
        "page",
        &serde_json::json!({ "title": title, "url": "/404.html", "translations": [] , "breadcrumbs": [] }),
    );
    let mut diagnostics = Vec::new();
    match inputs.templates.render(lang, "404.html", &context) {
        Ok(html) => sink.put("404.html", html.as_bytes())?,
        Err(d) => diagnostics.push(d),
    }
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    );
    sink.put("robots.txt", robots.as_bytes())?;
    sink.put("sitemap.xml", sitemap::render(site).as_bytes())?;
    Ok(diagnostics)
}

/// Escapes text for XML content and attributes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
