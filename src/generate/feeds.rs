//! Atom 1.0 feeds of publications (reviews, briefings, newsletters): one
//! of them all at `/feed.xml`, and one per publication section at
//! `/<section>/feed.xml`, in every language (`/pl/feed.xml`, …).
//!
//! Entry ids are the pages' permalinks, which do not change between
//! builds; `updated` is the newest entry's date, so a feed only changes
//! when its content does. Expired reviews and drafts are left out.
//!
//! A language's feed lists every publication at that language's URLs,
//! fallbacks included: a page not yet translated still exists at
//! `/pl/…` (with a notice in Polish), and a reader who follows the Polish
//! feed should hear about it. Such an entry carries the `xml:lang` of its
//! text, so a feed reader knows it is in English.

use std::fmt::Write;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use super::{Generator, Inputs};
use crate::addresses::{FEED_SECTIONS, feed, has_section_feed};
use crate::content::Kind;
use crate::dates::Date;
use crate::error::{Diagnostic, Error};
use crate::formats::xml::{xml_escape, xml_escape_into};
use crate::output::Sink;
use crate::site::Site;

/// The publications of `kind` (or all) in `lang`, newest first.
fn entries(site: &Site, lang: &str, kind: Option<Kind>) -> Vec<usize> {
    let mut pages: Vec<usize> = (0..site.pages.len())
        .filter(|&i| site.pages[i].lang == lang && site.is_listed(i))
        .filter(|&i| {
            let k = site.doc(i).kind;
            k.is_publication() && kind.is_none_or(|want| want == k)
        })
        .collect();
    pages.sort_by(|&a, &b| {
        date_of(site, b)
            .cmp(&date_of(site, a))
            .then_with(|| site.doc(a).front.title.cmp(&site.doc(b).front.title))
            .then_with(|| site.pages[a].url.cmp(&site.pages[b].url))
    });
    pages
}

fn date_of(site: &Site, i: usize) -> Option<Date> {
    site.doc(i).front.date.as_ref().map(|d| *d.get_ref())
}

fn updated_of(site: &Site, i: usize) -> Date {
    let front = &site.doc(i).front;
    front
        .updated
        .or(front.date.as_ref().map(|d| *d.get_ref()))
        .unwrap_or(site.today)
}

/// What a feed is about.
struct Head {
    title: String,
    self_path: String,
    alternate_path: String,
}

/// The feed's XML, in a buffer with `room` for it (a feed lists every
/// publication: megabytes, which are not grown and copied piece by piece).
fn render(site: &Site, author: &str, lang: &str, head: &Head, pages: &[usize], room: usize) -> String {
    let updated = pages
        .iter()
        .map(|&i| updated_of(site, i))
        .max()
        .unwrap_or(site.today);
    let self_url = site.permalink(&head.self_path);
    let mut out = String::with_capacity(room.max(4096));
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        xml_escape(lang)
    );
    let _ = writeln!(out, "  <title>{}</title>", xml_escape(&head.title));
    let _ = writeln!(out, "  <id>{}</id>", xml_escape(&self_url));
    let _ = writeln!(
        out,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        xml_escape(&self_url)
    );
    let _ = writeln!(
        out,
        "  <link rel=\"alternate\" type=\"text/html\" hreflang=\"{}\" href=\"{}\"/>",
        xml_escape(lang),
        xml_escape(&site.permalink(&head.alternate_path))
    );
    let _ = writeln!(out, "  <updated>{}</updated>", updated.rfc3339());
    let _ = writeln!(out, "  <author><name>{}</name></author>", xml_escape(author));
    let _ = writeln!(out, "  <generator>Lantern</generator>");
    for &i in pages {
        entry(&mut out, site, i);
    }
    out.push_str("</feed>\n");
    out
}

/// One `<entry>`. Feeds list every publication, so this runs tens of
/// thousands of times a build: it appends to `out` piece by piece rather
/// than through `format!`.
fn entry(out: &mut String, site: &Site, i: usize) {
    let page = &site.pages[i];
    let doc = site.doc(i);
    let permalink = xml_escape(&site.permalink(&page.url));
    if doc.path.lang == page.lang {
        out.push_str("  <entry>\n");
    } else {
        out.push_str("  <entry xml:lang=\"");
        xml_escape_into(out, &doc.path.lang);
        out.push_str("\">\n");
    }
    element(out, "title", &doc.front.title);
    out.push_str("    <id>");
    out.push_str(&permalink);
    out.push_str("</id>\n    <link rel=\"alternate\" type=\"text/html\" hreflang=\"");
    xml_escape_into(out, &doc.path.lang);
    out.push_str("\" href=\"");
    out.push_str(&permalink);
    out.push_str("\"/>\n");
    if let Some(date) = date_of(site, i) {
        element(out, "published", &date.rfc3339());
    }
    element(out, "updated", &updated_of(site, i).rfc3339());
    if let Some(description) = &doc.front.description {
        element(out, "summary", description);
    }
    for theme in &doc.front.themes {
        out.push_str("    <category term=\"");
        xml_escape_into(out, theme);
        out.push_str("\"/>\n");
    }
    out.push_str("  </entry>\n");
}

/// A hash of everything [`entry`] writes for page `i`, worked out from
/// the page's front matter without writing it.
fn entry_made_from(site: &Site, i: usize, hasher: &mut impl Hasher) {
    let doc = site.doc(i);
    let front = &doc.front;
    (
        &site.pages[i].url,
        &doc.path.lang,
        &front.title,
        date_of(site, i),
        updated_of(site, i),
        &front.description,
        &front.themes,
    )
        .hash(hasher);
}

/// A hash of everything [`render`] makes a feed from.
fn feed_made_from(site: &Site, author: &str, lang: &str, head: &Head, pages: &[usize]) -> u64 {
    let mut hasher = crate::fingerprint::hasher();
    (
        author,
        lang,
        &head.title,
        &head.self_path,
        &head.alternate_path,
        site.today,
        &site.config.base_url,
        pages.len(),
    )
        .hash(&mut hasher);
    for &i in pages {
        entry_made_from(site, i, &mut hasher);
    }
    hasher.finish()
}

/// `    <name>text</name>` and a new line, with `text` escaped.
fn element(out: &mut String, name: &str, text: &str) {
    out.push_str("    <");
    out.push_str(name);
    out.push('>');
    xml_escape_into(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// The Atom feeds: all publications, and each section's, in every language.
pub struct Feeds;

impl Generator for Feeds {
    /// Writes every feed in every language.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let site = inputs.site;
        let default = &site.config.default_language;
        for lang in &site.config.languages {
            let (site_title, _) = inputs.locales.site_title(&site.config, lang);
            let author = site
                .config
                .contact
                .organisation
                .clone()
                .unwrap_or_else(|| inputs.locales.text_or_message(default, &site.config.title));
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("site", site_title.clone());
            let head = Head {
                title: inputs.locales.message(lang, "feed-title", Some(&args)),
                self_path: feed(site, lang, None),
                alternate_path: format!("{}/", site.config.language_prefix(lang)),
            };
            let mut feeds = vec![(head, None)];
            for kind in FEED_SECTIONS {
                let Some(name) = kind.section_name() else {
                    continue;
                };
                if !has_section_feed(site, lang, name) {
                    continue;
                }
                let section_page = site
                    .sections
                    .get(&(lang.clone(), name.to_owned()))
                    .and_then(|s| s.index_page);
                let section_title = section_page.map_or_else(
                    || {
                        inputs
                            .locales
                            .message(lang, &format!("kind-{}", kind_key(kind)), None)
                    },
                    |p| site.doc(p).front.title.clone(),
                );
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("site", site_title.clone());
                args.set("section", section_title);
                let head = Head {
                    title: inputs.locales.message(lang, "feed-section-title", Some(&args)),
                    self_path: feed(site, lang, Some(name)),
                    alternate_path: section_page.map_or_else(
                        || format!("{}/{name}/", site.config.language_prefix(lang)),
                        |p| site.pages[p].url.clone(),
                    ),
                };
                feeds.push((head, Some(kind)));
            }
            // Each feed on a core of its own: the one of every publication
            // is as long as the others together.
            // Under `serve`, a feed none of whose entries changed (an edit
            // to a page of another section) is not made again.
            feeds.par_iter().try_for_each(|(head, kind)| {
                let pages = entries(site, lang, *kind);
                let fingerprint = if sink.tracks() {
                    feed_made_from(site, &author, lang, head, &pages)
                } else {
                    0
                };
                inputs
                    .made
                    .make(&head.self_path, fingerprint, sink, |sink| {
                        // Under `serve`, room for the feed as it was last
                        // time, whose bytes are then handed over, not copied.
                        let room = inputs
                            .made
                            .size(&head.self_path)
                            .map_or(0, |size| size + size / 8);
                        let xml = render(site, &author, lang, head, &pages, room);
                        sink.put_made(head.self_path.trim_start_matches('/'), xml.into_bytes())?;
                        Ok(Vec::new())
                    })
                    .map(drop)
            })?;
        }
        Ok(Vec::new())
    }
}

/// The lower-case name of a kind, as in message ids: "review".
pub fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Page => "page",
        Kind::Section => "section",
        Kind::Review => "review",
        Kind::Briefing => "briefing",
        Kind::Newsletter => "newsletter",
        Kind::Training => "training",
    }
}
