//! `sitemap.xml`: every listed page, its last change, and its language
//! versions as `hreflang` alternates (plus `x-default`); then the pages
//! Lantern makes itself (the tracker, theme pages), given as [`Entry`]s.

use std::fmt::Write;

use super::xml_escape;
use crate::dates::Date;
use crate::site::Site;

/// A generated page in the sitemap: its path in each language that has it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// (language, path) for each version.
    pub versions: Vec<(String, String)>,
    /// Its last change, when known.
    pub lastmod: Option<Date>,
}

/// The sitemap of `site`, with the generated pages in `extra`.
pub fn render(site: &Site, extra: &[Entry]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (i, page) in site.pages.iter().enumerate() {
        // A fallback repeats the original's text: the original stands for it.
        if !site.is_listed(i) || page.is_fallback {
            continue;
        }
        let doc = site.doc(i);
        let lastmod = doc
            .front
            .updated
            .or(doc.front.date.as_ref().map(|d| *d.get_ref()));
        let versions: Vec<(String, String)> = site
            .real_translations(i)
            .iter()
            .map(|t| (site.pages[*t].lang.clone(), site.pages[*t].url.clone()))
            .collect();
        url(&mut out, site, &page.url, lastmod, &versions);
    }
    for entry in extra {
        for (_, path) in &entry.versions {
            url(&mut out, site, path, entry.lastmod, &entry.versions);
        }
    }
    out.push_str("</urlset>\n");
    out
}

fn url(out: &mut String, site: &Site, path: &str, lastmod: Option<Date>, versions: &[(String, String)]) {
    let _ = writeln!(
        out,
        "  <url>\n    <loc>{}</loc>",
        xml_escape(&site.permalink(path))
    );
    if let Some(date) = lastmod {
        let _ = writeln!(out, "    <lastmod>{}</lastmod>", date.iso());
    }
    if versions.len() > 1 {
        for (lang, other) in versions {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml_escape(lang),
                xml_escape(&site.permalink(other))
            );
        }
        if let Some((_, default)) = versions
            .iter()
            .find(|(lang, _)| *lang == site.config.default_language)
        {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                xml_escape(&site.permalink(default))
            );
        }
    }
    out.push_str("  </url>\n");
}
