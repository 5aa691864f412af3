//! `sitemap.xml` (sitemaps.org protocol 0.9): every listed page, its last
//! change, and its language versions as `hreflang` alternates (plus
//! `x-default`); then the pages Lantern makes itself (the tracker, theme
//! pages), given as [`Entry`]s.
//!
//! Addresses are written as URIs: a path outside ASCII is percent-encoded
//! ([`crate::urls::encode_path`]). The protocol allows a file at most
//! [`MAX_SITEMAP_URLS`] addresses; past that, `sitemap.xml` is a sitemap
//! index pointing at `sitemap-1.xml`, `sitemap-2.xml`, …
//! ([`sitemap_file_names`]), so that
//! `robots.txt` and search engines keep the one address.

use std::fmt::Write;
use std::hash::{Hash, Hasher};

use super::{Generator, Inputs, sitemap_extra};
use crate::addresses::{MAX_SITEMAP_URLS, SITEMAP, in_sitemap, sitemap_file_names};
use crate::dates::Date;
use crate::error::{Diagnostic, Error};
use crate::formats::xml::xml_escape;
use crate::output::Sink;
use crate::site::Site;
use crate::urls::encode_path;

/// A generated page in the sitemap: its path in each language that has it.
#[derive(Debug, Clone, Hash)]
pub struct Entry {
    /// (language, path) for each version.
    pub versions: Vec<(String, String)>,
    /// Its last change, when known.
    pub lastmod: Option<Date>,
}

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// How many addresses the sitemap of `site` holds, with `extra`.
pub fn url_count(site: &Site, extra: &[Entry]) -> usize {
    let pages = (0..site.pages.len()).filter(|&i| in_sitemap(site, i)).count();
    pages + extra.iter().map(|e| e.versions.len()).sum::<usize>()
}

/// The sitemap files of `site`, with the generated pages in `extra`, at
/// most `max_urls` addresses a file: (path, text) for each of
/// [`sitemap_file_names`].
pub fn render(site: &Site, extra: &[Entry], max_urls: usize) -> Vec<(String, String)> {
    // Every <url> element, one after another; where each ends, and its date.
    let mut body = String::new();
    let mut ends: Vec<(usize, Option<Date>)> = Vec::new();
    for (i, page) in site.pages.iter().enumerate() {
        if !in_sitemap(site, i) {
            continue;
        }
        let lastmod = lastmod(site, i);
        let versions: Vec<(String, String)> = site
            .real_translations(i)
            .iter()
            .map(|t| (site.pages[*t].lang.clone(), site.pages[*t].url.clone()))
            .collect();
        url(&mut body, site, &page.url, lastmod, &versions);
        ends.push((body.len(), lastmod));
    }
    for entry in extra {
        for (_, path) in &entry.versions {
            url(&mut body, site, path, entry.lastmod, &entry.versions);
            ends.push((body.len(), entry.lastmod));
        }
    }
    let names = sitemap_file_names(ends.len(), max_urls);
    if names.len() == 1 {
        return vec![(names[0].clone(), format!("{URLSET}{body}</urlset>\n"))];
    }
    let mut files = Vec::with_capacity(names.len());
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut start = 0;
    for (name, part) in names[1..].iter().zip(ends.chunks(max_urls.max(1))) {
        let end = part.last().map_or(start, |(end, _)| *end);
        files.push((name.clone(), format!("{URLSET}{}</urlset>\n", &body[start..end])));
        start = end;
        let _ = writeln!(
            index,
            "  <sitemap>\n    <loc>{}</loc>",
            xml_escape(&site.permalink(&encode_path(&format!("/{name}"))))
        );
        if let Some(date) = part.iter().filter_map(|(_, d)| *d).max() {
            let _ = writeln!(index, "    <lastmod>{}</lastmod>", date.iso());
        }
        index.push_str("  </sitemap>\n");
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, (names[0].clone(), index));
    files
}

fn url(out: &mut String, site: &Site, path: &str, lastmod: Option<Date>, versions: &[(String, String)]) {
    let _ = writeln!(
        out,
        "  <url>\n    <loc>{}</loc>",
        xml_escape(&site.permalink(&encode_path(path)))
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
                xml_escape(&site.permalink(&encode_path(other)))
            );
        }
        if let Some((_, default)) = versions
            .iter()
            .find(|(lang, _)| *lang == site.config.default_language)
        {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                xml_escape(&site.permalink(&encode_path(default)))
            );
        }
    }
    out.push_str("  </url>\n");
}

/// Page `i`'s last change: its `updated` date, else its date.
fn lastmod(site: &Site, i: usize) -> Option<Date> {
    let front = &site.doc(i).front;
    front.updated.or(front.date.as_ref().map(|d| *d.get_ref()))
}

/// A hash of everything [`render`] makes the sitemap of `site` from:
/// every page's address, language, translation key, last change and
/// whether it is listed or a stand-in (which together give each listed
/// page's language versions), the generated pages in `extra`, and the
/// site's address and languages. Most edits (a title, a body) leave it
/// as it was.
fn made_from(site: &Site, extra: &[Entry], max_urls: usize) -> u64 {
    let mut hasher = crate::fingerprint::hasher();
    for (i, page) in site.pages.iter().enumerate() {
        let lastmod = lastmod(site, i);
        (
            &page.url,
            &page.lang,
            site.translation_keys.get(page.doc),
            page.is_fallback,
            in_sitemap(site, i),
            lastmod,
        )
            .hash(&mut hasher);
    }
    (
        extra,
        max_urls,
        &site.config.base_url,
        &site.config.default_language,
        &site.config.languages,
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// The sitemap of every listed page and every page Lantern makes.
pub struct Sitemap;

impl Generator for Sitemap {
    /// Under `serve`, made again only when what it is made from changed.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let extra = sitemap_extra(site);
        let fingerprint = if sink.tracks() {
            made_from(site, &extra, MAX_SITEMAP_URLS)
        } else {
            0
        };
        inputs.made.make(SITEMAP, fingerprint, sink, |sink| {
            for (path, text) in render(site, &extra, MAX_SITEMAP_URLS) {
                sink.put(&path, text.as_bytes())?;
            }
            Ok(Vec::new())
        })
    }
}

#[cfg(test)]
mod tests;
