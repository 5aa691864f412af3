//! Links the theme writes, as opposed to the author: every `href` and `src`
//! in the rendered parts (header, navigation, footer, …), in every content
//! page outside its body (the Markdown links check covers bodies, with
//! their lines and columns), and in every page Lantern generates (tracker,
//! theme pages, contact page, 404). Each is checked against everything the build writes
//! ([`crate::addresses::Plan`]): a theme link to a page the site does not
//! have is an error naming the template, so that a theme made for one site
//! cannot publish broken links on every page of another.
//!
//! Run by [`crate::render::parts::check_links`] (parts), by
//! [`crate::render::write_page`] and `serve`'s page writer (content pages)
//! and by the generators' [`crate::generate::page::render`], for build,
//! check and serve alike.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::addresses::Plan;
use crate::checks::links::{Destination, resolve};
use crate::error::Diagnostic;

/// What theme links are checked against.
#[derive(Debug, Default)]
pub struct Checker {
    plan: Plan,
    base_url: String,
    /// Links the parts hold, by language: reported once, for the part,
    /// not again for every page that prints it.
    in_parts: FxHashMap<String, FxHashSet<String>>,
    /// [`Checker::key`], worked out when first asked for.
    key: std::sync::OnceLock<u64>,
}

impl Checker {
    /// A checker for the outputs in `plan` of a site at `base_url`.
    pub fn new(plan: Plan, base_url: &str) -> Checker {
        Checker {
            plan,
            base_url: base_url.to_owned(),
            in_parts: FxHashMap::default(),
            key: std::sync::OnceLock::new(),
        }
    }

    /// The outputs it checks against, for [`Plan::of_or`].
    pub fn into_plan(self) -> Plan {
        self.plan
    }

    /// A hash of everything a page's links are checked against: the
    /// outputs, the site's address and the links the parts hold. Two
    /// checkers with the same key find the same in any page.
    pub fn key(&self) -> u64 {
        *self.key.get_or_init(|| {
            use std::hash::{Hash, Hasher};
            let mut hasher = crate::fingerprint::hasher();
            self.plan.key().hash(&mut hasher);
            self.base_url.hash(&mut hasher);
            let mut parts: Vec<(&String, Vec<&String>)> = self
                .in_parts
                .iter()
                .map(|(lang, links)| {
                    let mut links: Vec<&String> = links.iter().collect();
                    links.sort_unstable();
                    (lang, links)
                })
                .collect();
            parts.sort_unstable();
            parts.hash(&mut hasher);
            hasher.finish()
        })
    }

    /// A part (header, navigation, footer, …) as rendered in `lang` from
    /// the template at `origin`: an error for each of its links that leads
    /// nowhere, the first time that link is met in a part of `lang`. The
    /// links are remembered, so pages that print the part are not blamed
    /// for them.
    pub fn check_part(&mut self, lang: &str, html: &[u8], origin: &str) -> Vec<Diagnostic> {
        self.key = std::sync::OnceLock::new();
        let known = self.in_parts.entry(lang.to_owned()).or_default();
        let mut found = Vec::new();
        for link in links_in(html) {
            if known.insert(link.clone().into_owned()) {
                found.extend(problem(&self.plan, &self.base_url, &link, "/", origin));
            }
        }
        found
    }

    /// Errors for the links in `html`, the page at `page_url` in `lang`
    /// rendered from the template at `origin`, that lead nowhere (links
    /// the parts hold are left to [`Checker::check_part`]).
    pub fn check_page(&self, html: &[u8], page_url: &str, lang: &str, origin: &str) -> Vec<Diagnostic> {
        self.check_outside(html, page_url, lang, origin)
    }

    /// [`Checker::check_page`] for a content page whose body's HTML is
    /// `body_html`: the links in the body are left to the Markdown links
    /// check, which names their line and column.
    pub fn check_content_page(
        &self,
        html: &[u8],
        page_url: &str,
        lang: &str,
        origin: &str,
        body_html: &str,
    ) -> Vec<Diagnostic> {
        // The body is printed as it is: what comes before it and after it
        // is the template's.
        let body = body_html.as_bytes();
        let at = (!body.is_empty()).then(|| find_whole(html, body)).flatten();
        match at {
            Some(at) => {
                let mut found = self.check_outside(&html[..at], page_url, lang, origin);
                found.extend(self.check_outside(&html[at + body.len()..], page_url, lang, origin));
                found
            }
            None => self.check_outside(html, page_url, lang, origin),
        }
    }

    /// The links of `html` that lead nowhere, leaving out those the parts
    /// hold. Most links are the address of an output
    /// exactly as written, and are passed over without being parsed.
    fn check_outside(&self, html: &[u8], page_url: &str, lang: &str, origin: &str) -> Vec<Diagnostic> {
        let in_parts = self.in_parts.get(lang);
        links_in(html)
            .into_iter()
            .filter(|link| !self.plainly_fine(link))
            .filter(|link| in_parts.is_none_or(|known| !known.contains(link.as_ref())))
            .filter_map(|link| problem(&self.plan, &self.base_url, &link, page_url, origin))
            .collect()
    }
}

/// Where `needle` (long: a page's body) first stands in `haystack`: its
/// first bytes are searched for, and each place compared whole, which is
/// far quicker than a search for the whole of a long needle.
fn find_whole(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let head = &needle[..needle.len().min(48)];
    memchr::memmem::find_iter(haystack, head).find(|&at| haystack[at..].starts_with(needle))
}

impl Checker {
    /// Whether `link` needs no closer look: a `#fragment`, an address of
    /// another scheme or host, or an output's address as written (after
    /// the site's own `base_url`, if it starts with it).
    fn plainly_fine(&self, link: &str) -> bool {
        if link.starts_with('#') {
            return true;
        }
        let local = match link.strip_prefix(self.base_url.as_str()) {
            Some("") => return true,
            Some(rest) if rest.starts_with('/') => rest,
            _ => link,
        };
        if self.plan.has_url(local) || local.starts_with("//") {
            return true;
        }
        // Another scheme (https://elsewhere, mailto:, tel:): not the site's.
        crate::urls::scheme(local).is_some()
    }
}

/// The error for `link` on the page at `page_url`, if it leads nowhere.
fn problem(plan: &Plan, base_url: &str, link: &str, page_url: &str, origin: &str) -> Option<Diagnostic> {
    let Destination::Internal { path, .. } = resolve(link, page_url, base_url) else {
        return None;
    };
    if link.starts_with('#') || plan.has(&path) {
        return None;
    }
    Some(
        Diagnostic::error(
            "links",
            origin,
            format!("the theme links to {path}, which is not a page or file of this site"),
        )
        .with_hint(
            "link only to pages every site has, or print the link inside {% if … %} so it shows only when the page exists",
        ),
    )
}

/// The values of every `href` and `src` attribute in `html`, unescaped.
/// Works on the bytes: only the values are read as text, not the page.
fn links_in(html: &[u8]) -> Vec<Cow<'_, str>> {
    let mut links = Vec::new();
    for name in ["href=", "src="] {
        for at in memchr::memmem::find_iter(html, name.as_bytes()) {
            let before = at.checked_sub(1).map(|i| html[i]);
            if !before.is_some_and(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let start = at + name.len();
            let Some(&quote) = html.get(start).filter(|q| matches!(q, b'"' | b'\'')) else {
                continue;
            };
            let Some(end) = memchr::memchr(quote, &html[start + 1..]).map(|i| start + 1 + i) else {
                continue;
            };
            let value = String::from_utf8_lossy(&html[start + 1..end]);
            links.push(if value.contains('&') {
                Cow::Owned(value.replace("&amp;", "&"))
            } else {
                value
            });
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_href_and_src_is_found_in_either_quotes() {
        let html = "<a href=\"/a/\">a</a><img src='/b.png' alt=\"\"><a data-href=\"/no/\" href=\"/c/?x=1&amp;y=2\">c</a>";
        let mut links = links_in(html.as_bytes());
        links.sort();
        assert_eq!(links, ["/a/", "/b.png", "/c/?x=1&y=2"]);
    }
}
