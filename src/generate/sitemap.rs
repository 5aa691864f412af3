//! `sitemap.xml`: every listed page, its last change, and its language
//! versions as `hreflang` alternates (plus `x-default`).

use std::fmt::Write;

use super::xml_escape;
use crate::site::Site;

/// The sitemap of `site`.
pub fn render(site: &Site) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (i, page) in site.pages.iter().enumerate() {
        // A fallback repeats the original's text: the original stands for it.
        if !site.is_listed(i) || page.is_fallback {
            continue;
        }
        let doc = site.doc(i);
        let _ = writeln!(
            out,
            "  <url>\n    <loc>{}</loc>",
            xml_escape(&site.permalink(&page.url))
        );
        let lastmod = doc
            .front
            .updated
            .or(doc.front.date.as_ref().map(|d| *d.get_ref()));
        if let Some(date) = lastmod {
            let _ = writeln!(out, "    <lastmod>{}</lastmod>", date.iso());
        }
        let translations = site.real_translations(i);
        if translations.len() > 1 {
            for t in &translations {
                let other = &site.pages[*t];
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    xml_escape(&other.lang),
                    xml_escape(&site.permalink(&other.url))
                );
            }
            if let Some(default) = translations
                .iter()
                .find(|t| site.pages[**t].lang == site.config.default_language)
            {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    xml_escape(&site.permalink(&site.pages[*default].url))
                );
            }
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}
