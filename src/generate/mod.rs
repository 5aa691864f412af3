//! Outputs that do not come from one content file: static files, the 404
//! page, `robots.txt`, the sitemap, the recommendations tracker
//! ([`tracker`]), theme pages ([`themes`]), Atom feeds ([`feeds`]), the
//! contact card and schema.org data ([`contact`]) and training calendars
//! ([`calendar`]).
//!
//! Runs beside [`crate::render::pages`], into the same sink. Every address
//! written here is listed in [`crate::addresses`], which checks before a
//! build writes anything that no page or static file takes one.

pub mod calendar;
pub mod contact;
pub mod feeds;
pub mod page;
pub mod sitemap;
pub mod themes;
pub mod tracker;

use crate::addresses::{NOT_FOUND, ROBOTS, SITE_ADDRESS, SITEMAP};
use crate::error::{Diagnostic, Error};
use crate::output::{Sink, output_path};
use crate::render::{Templates, base_context};
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
    /// The `site` context values, by language and navigation state.
    pub site_views: &'a crate::render::SiteViews,
}

/// Every generated file and the static files, into `sink`. Their
/// addresses were checked against the pages' and each other's before the
/// build began writing ([`crate::addresses::collisions`]).
pub fn all(theme: &Theme, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let mut diagnostics = fixed_pages(inputs, sink)?;
    diagnostics.extend(tracker::write(inputs, sink)?);
    diagnostics.extend(themes::write(inputs, sink)?);
    diagnostics.extend(contact::write(inputs, sink)?);
    diagnostics.extend(calendar::write(inputs, sink)?);
    feeds::write(inputs, sink)?;
    for (path, text) in sitemap::render(site, &sitemap_extra(site), crate::addresses::MAX_SITEMAP_URLS) {
        sink.put(&path, text.as_bytes())?;
    }
    static_files(theme, sink)?;
    Ok(diagnostics)
}

/// The pages Lantern makes that the sitemap lists besides content pages:
/// the tracker, theme pages and contact pages it makes.
pub fn sitemap_extra(site: &Site) -> Vec<sitemap::Entry> {
    let mut extra = tracker::sitemap_entries(site);
    extra.extend(themes::sitemap_entries(site));
    extra.extend(contact::sitemap_entries(site));
    extra
}

/// Copies the theme's and site's static files.
pub fn static_files(theme: &Theme, sink: &dyn Sink) -> Result<(), Error> {
    for (path, file) in &theme.static_files {
        sink.put(path, &file.bytes)?;
    }
    Ok(())
}

/// `:root { --site-address: "https://example.org"; }`: printed pages put it
/// before the addresses of the site's own pages, so a printed link can be
/// typed in. A CSS string, with `"`, `\` and line breaks escaped.
fn site_address_css(base_url: &str) -> String {
    let mut quoted = String::with_capacity(base_url.len() + 2);
    for c in base_url.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' | '\r' | '\u{c}' => quoted.push_str("\\a "),
            '<' => quoted.push_str("\\3c "),
            c => quoted.push(c),
        }
    }
    format!(":root {{ --site-address: \"{quoted}\"; }}\n")
}

/// `404.html` in the default language, `robots.txt`, and the stylesheet
/// with the site's address for print.
pub fn fixed_pages(inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
    let site = inputs.site;
    let lang = &site.config.default_language;
    let nav_current = crate::render::context::nav_current(site, lang, NOT_FOUND);
    let mut context = base_context(inputs.site_views, lang, &nav_current);
    let title = inputs.locales.message(lang, "not-found-title", None);
    context.insert(
        "page",
        &serde_json::json!({
            "title": title,
            "url": NOT_FOUND,
            "translations": [],
            "breadcrumbs": [],
            "nav_current": nav_current,
        }),
    );
    let mut diagnostics = Vec::new();
    match inputs.templates.render(lang, "404.html", &context) {
        Ok(html) => {
            let origin = inputs.templates.origin("404.html");
            diagnostics.extend(
                inputs
                    .site_views
                    .links()
                    .check_page(&html, NOT_FOUND, lang, &origin),
            );
            sink.put(&output_path(NOT_FOUND), &html)?;
        }
        Err(d) => diagnostics.push(d),
    }
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{SITEMAP}\n",
        site.config.base_url
    );
    sink.put(&output_path(ROBOTS), robots.as_bytes())?;
    sink.put(
        &output_path(SITE_ADDRESS),
        site_address_css(&site.config.base_url).as_bytes(),
    )?;
    Ok(diagnostics)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_site_address_is_a_css_string() {
        assert_eq!(
            super::site_address_css("https://example.org"),
            ":root { --site-address: \"https://example.org\"; }\n"
        );
        assert_eq!(
            super::site_address_css("https://e.org/\"x\\</style>"),
            ":root { --site-address: \"https://e.org/\\\"x\\\\\\3c /style>\"; }\n"
        );
    }
}
