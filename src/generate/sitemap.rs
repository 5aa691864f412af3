//! `sitemap.xml` (sitemaps.org protocol 0.9): every listed page, its last
//! change, and its language versions as `hreflang` alternates (plus
//! `x-default`); then the pages Lantern makes itself (the tracker, theme
//! pages), given as [`Entry`]s.
//!
//! Addresses are written as URIs: a path outside ASCII is percent-encoded
//! ([`encode_path`]). The protocol allows a file at most [`MAX_URLS`]
//! addresses; past that, `sitemap.xml` is a sitemap index pointing at
//! `sitemap-1.xml`, `sitemap-2.xml`, … ([`file_names`]), so that
//! `robots.txt` and search engines keep the one address.

use std::borrow::Cow;
use std::fmt::Write;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::xml_escape;
use crate::dates::Date;
use crate::site::Site;

/// The most addresses one sitemap file may hold (the protocol's limit).
pub const MAX_URLS: usize = 50_000;

/// What a path cannot hold as it is: besides controls, spaces and every
/// byte outside ASCII, the characters RFC 3986 does not allow in a path,
/// and `%`, `?` and `#`, which would be read as an escape, a query or a
/// fragment.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A site path as a URI path: "/pl/żółw/" → "/pl/%C5%BC%C3%B3%C5%82w/"
/// (borrowed as it is when nothing needs encoding, as for most paths).
pub fn encode_path(path: &str) -> Cow<'_, str> {
    Cow::from(utf8_percent_encode(path, PATH))
}

/// A generated page in the sitemap: its path in each language that has it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// (language, path) for each version.
    pub versions: Vec<(String, String)>,
    /// Its last change, when known.
    pub lastmod: Option<Date>,
}

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// The names of the sitemap files for `count` addresses, at most
/// `max_urls` a file: `sitemap.xml` alone, or `sitemap.xml` (the index)
/// and `sitemap-1.xml` … `sitemap-N.xml`.
pub fn file_names(count: usize, max_urls: usize) -> Vec<String> {
    let max_urls = max_urls.max(1);
    let mut names = vec!["sitemap.xml".to_owned()];
    if count > max_urls {
        names.extend((1..=count.div_ceil(max_urls)).map(|n| format!("sitemap-{n}.xml")));
    }
    names
}

/// Whether page `i` is in the sitemap: listed, and not a fallback (which
/// repeats the original's text: the original stands for it).
fn in_sitemap(site: &Site, i: usize) -> bool {
    site.is_listed(i) && !site.pages[i].is_fallback
}

/// How many addresses the sitemap of `site` holds, with `extra`.
pub fn url_count(site: &Site, extra: &[Entry]) -> usize {
    let pages = (0..site.pages.len()).filter(|&i| in_sitemap(site, i)).count();
    pages + extra.iter().map(|e| e.versions.len()).sum::<usize>()
}

/// The sitemap files of `site`, with the generated pages in `extra`, at
/// most `max_urls` addresses a file: (path, text) for each of
/// [`file_names`].
pub fn render(site: &Site, extra: &[Entry], max_urls: usize) -> Vec<(String, String)> {
    // Every <url> element, one after another; where each ends, and its date.
    let mut body = String::new();
    let mut ends: Vec<(usize, Option<Date>)> = Vec::new();
    for (i, page) in site.pages.iter().enumerate() {
        if !in_sitemap(site, i) {
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
        url(&mut body, site, &page.url, lastmod, &versions);
        ends.push((body.len(), lastmod));
    }
    for entry in extra {
        for (_, path) in &entry.versions {
            url(&mut body, site, path, entry.lastmod, &entry.versions);
            ends.push((body.len(), entry.lastmod));
        }
    }
    let names = file_names(ends.len(), max_urls);
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

#[cfg(test)]
mod tests;
