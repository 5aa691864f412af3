//! Every address a build writes, known before anything is written: the
//! content pages (from the assembled [`Site`]), the theme's and the site's
//! static files, and the files Lantern generates ([`generated`]: feeds,
//! sitemap, tracker, theme pages, calendars, the contact card, e-mail
//! editions, …).
//!
//! Run after the site is assembled and before the first file is written.
//! Two outputs that would take one address, as the same file or as a file
//! where the other needs a folder (a page with the slug `style.css` against
//! the stylesheet), are an error naming the content or static file and
//! what it clashes with, every time, whatever order the parallel writers
//! would have met them in. The links check reads [`generated`] too, so a
//! link to a generated file is never reported as broken.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::content::Kind;
use crate::content::path::slugify;
use crate::error::Diagnostic;
use crate::output::output_path;
use crate::site::Site;
use crate::theme::Theme;

/// The "page not found" page, in the default language.
pub const NOT_FOUND: &str = "/404.html";
/// What crawlers read first.
pub const ROBOTS: &str = "/robots.txt";
/// The stylesheet that tells print the site's address.
pub const SITE_ADDRESS: &str = "/site-address.css";
/// The board's contact card.
pub const VCARD: &str = "/contact.vcf";
/// The contact page, after the language prefix.
pub const CONTACT_PAGE: &str = "/contact/";
/// The recommendations tracker, after the language prefix.
pub const TRACKER: &str = "/recommendations/";
/// The list of themes, after the language prefix; each theme's page is
/// below it ([`theme_page`]).
pub const THEMES: &str = "/themes/";
/// The search page, after the language prefix; the language's index is
/// below it ([`search_shard`], [`search_entry`]).
pub const SEARCH: &str = "/search/";
/// Every page of a language from A to Z, after the language prefix.
pub const SEARCH_A_Z: &str = "/search/a-z/";
/// The most shards a language's search index is cut into.
pub const MAX_SEARCH_SHARDS: usize = 1024;
/// The sitemap (or, past [`MAX_SITEMAP_URLS`] addresses, its index).
pub const SITEMAP: &str = "/sitemap.xml";
/// The most addresses one sitemap file may hold (the protocol's limit).
pub const MAX_SITEMAP_URLS: usize = 50_000;
/// The sections that have a feed of their own.
pub const FEED_SECTIONS: [Kind; 3] = [Kind::Review, Kind::Briefing, Kind::Newsletter];

/// The page of the theme whose slug is `slug`, in the language whose
/// prefix is `prefix` ("" or "/pl").
pub fn theme_page(prefix: &str, slug: &str) -> String {
    format!("{prefix}{THEMES}{slug}/")
}

/// The path of the calendar file of the page at `url`: "/training/a/" →
/// "/training/a.ics".
pub fn ics_url(url: &str) -> String {
    format!("{}.ics", url.trim_end_matches('/'))
}

/// The files of the e-mail edition beside the page at `url`:
/// "/newsletters/a/" → "/newsletters/a/email.html", "…/email.txt" and
/// "…/email.eml".
pub fn email_edition(url: &str) -> [String; 3] {
    ["html", "txt", "eml"].map(|ext| format!("{url}email.{ext}"))
}

/// Whether page `i` has an e-mail edition: a newsletter or a briefing in
/// its own language (not a stand-in for an untranslated page) that does
/// not say `email = false`.
pub fn has_email_edition(site: &Site, i: usize) -> bool {
    let doc = site.doc(i);
    matches!(doc.kind, Kind::Briefing | Kind::Newsletter)
        && !site.pages[i].is_fallback
        && doc.front.email != Some(false)
}

/// How many shards the search index of a language with `pages` indexed
/// pages has: a power of two, about one for every eight pages, at least
/// eight and at most [`MAX_SEARCH_SHARDS`].
pub fn search_shard_count(pages: usize) -> usize {
    (pages / 8).next_power_of_two().clamp(8, MAX_SEARCH_SHARDS)
}

/// Shard `n` of the search index of the language whose prefix is `prefix`.
pub fn search_shard(prefix: &str, n: usize) -> String {
    format!("{prefix}{SEARCH}words/{n}.json")
}

/// How many indexed pages' entries (what a search result shows) one file
/// holds: a reader fetches the files of the first results only, and a
/// build writes an eighth as many files as pages.
pub const SEARCH_ENTRIES_PER_FILE: usize = 8;

/// How many files hold the entries of `pages` indexed pages.
pub fn search_entry_files(pages: usize) -> usize {
    pages.div_ceil(SEARCH_ENTRIES_PER_FILE)
}

/// File `n` of the entries of the language whose prefix is `prefix`: the
/// entries of its indexed pages `n * 8` to `n * 8 + 7` (from 0), in order.
pub fn search_entry(prefix: &str, n: usize) -> String {
    format!("{prefix}{SEARCH}pages/{n}.json")
}

/// Whether page `i` is in the search index of its language: listed, and
/// not a stand-in for an untranslated page (its text is the original's,
/// found in the original's language).
pub fn search_indexed(site: &Site, i: usize) -> bool {
    site.is_listed(i) && !site.pages[i].is_fallback
}

/// The pages in the search index of `lang`, in the order of their
/// entries.
pub fn search_pages(site: &Site, lang: &str) -> Vec<usize> {
    (0..site.pages.len())
        .filter(|&i| site.pages[i].lang == lang && search_indexed(site, i))
        .collect()
}

/// The path of the feed of `section` (or of all publications) in `lang`.
pub fn feed(site: &Site, lang: &str, section: Option<&str>) -> String {
    let prefix = site.config.language_prefix(lang);
    match section {
        Some(name) => format!("{prefix}/{}/feed.xml", slugify(name)),
        None => format!("{prefix}/feed.xml"),
    }
}

/// Whether `lang` has a feed for the section at `path` (a section of
/// [`FEED_SECTIONS`] that exists in that language).
pub fn has_section_feed(site: &Site, lang: &str, path: &str) -> bool {
    FEED_SECTIONS.iter().any(|k| k.section_name() == Some(path))
        && site.sections.contains_key(&(lang.to_owned(), path.to_owned()))
}

/// Whether page `i` is in the sitemap: listed, and not a fallback (which
/// repeats the original's text: the original stands for it).
pub fn in_sitemap(site: &Site, i: usize) -> bool {
    site.is_listed(i) && !site.pages[i].is_fallback
}

/// The names of the sitemap files for `count` addresses, at most
/// `max_urls` a file: `sitemap.xml` alone, or `sitemap.xml` (the index)
/// and `sitemap-1.xml` … `sitemap-N.xml`.
pub fn sitemap_file_names(count: usize, max_urls: usize) -> Vec<String> {
    let max_urls = max_urls.max(1);
    let mut names = vec![SITEMAP.trim_start_matches('/').to_owned()];
    if count > max_urls {
        names.extend((1..=count.div_ceil(max_urls)).map(|n| format!("sitemap-{n}.xml")));
    }
    names
}

/// What a generated output is, as a reader of an error would call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Generated {
    /// `/404.html`.
    NotFound,
    /// `/robots.txt`.
    Robots,
    /// `/site-address.css`, the site's address for print.
    SiteAddress,
    /// `/sitemap.xml`.
    Sitemap,
    /// `/sitemap-1.xml`, `/sitemap-2.xml`, …: the parts of a sitemap too
    /// long for one file.
    SitemapPart,
    /// `/contact.vcf`.
    ContactCard,
    /// `/contact/` in a language that has no contact page of its own.
    ContactPage,
    /// An Atom feed, of the site or of a section.
    Feed,
    /// `/recommendations/`.
    Tracker,
    /// `/themes/` or a theme's page.
    ThemePage,
    /// A training session's `.ics` file.
    Calendar,
    /// A file of a newsletter's or briefing's e-mail edition.
    EmailEdition,
    /// `/search/` or `/search/a-z/`.
    SearchPage,
    /// A file of a language's search index.
    SearchIndex,
}

impl Generated {
    /// "the sitemap", "an Atom feed", …
    pub fn describe(self) -> &'static str {
        match self {
            Generated::NotFound => "the \"page not found\" page",
            Generated::Robots => "robots.txt",
            Generated::SiteAddress => "the stylesheet that prints the site's address",
            Generated::Sitemap => "the sitemap",
            Generated::SitemapPart => "a part of the sitemap",
            Generated::ContactCard => "the contact card (vCard)",
            Generated::ContactPage => "the contact page Lantern makes",
            Generated::Feed => "an Atom feed",
            Generated::Tracker => "the recommendations tracker",
            Generated::ThemePage => "a page that lists everything on a theme",
            Generated::Calendar => "a training session's calendar file",
            Generated::EmailEdition => "a file of a newsletter's or briefing's e-mail edition",
            Generated::SearchPage => "the search page Lantern makes",
            Generated::SearchIndex => "a file of the search index",
        }
    }
}

/// The URLs of every file Lantern generates besides content pages:
/// `/404.html`, `/robots.txt`, `/sitemap.xml` (and its parts
/// `/sitemap-N.xml` past [`MAX_SITEMAP_URLS`] addresses) and
/// `/contact.vcf` once; in
/// every language `/feed.xml`, `/recommendations/`, `/themes/`, a feed per
/// publishing section, a page per theme of a listed page, `/contact/`
/// where no content page has that address, an `.ics` file per
/// training session with a start and an end, the three files of each
/// e-mail edition ([`has_email_edition`]), and `/search/`, `/search/a-z/`
/// and the search index's shards and entries. Sorted by URL.
pub fn generated(site: &Site) -> Vec<(String, Generated)> {
    let mut urls = generated_besides_sitemap(site);
    let sitemap = sitemap_files_among(site, &urls, MAX_SITEMAP_URLS);
    urls.extend(sitemap);
    urls.sort_by(|a, b| a.0.cmp(&b.0));
    urls
}

/// [`generated`] without the sitemap's files, sorted and each once.
fn generated_besides_sitemap(site: &Site) -> Vec<(String, Generated)> {
    let mut urls: Vec<(String, Generated)> = vec![
        (NOT_FOUND.to_owned(), Generated::NotFound),
        (ROBOTS.to_owned(), Generated::Robots),
        (SITE_ADDRESS.to_owned(), Generated::SiteAddress),
        (VCARD.to_owned(), Generated::ContactCard),
    ];
    for lang in &site.config.languages {
        let prefix = site.config.language_prefix(lang);
        urls.push((feed(site, lang, None), Generated::Feed));
        urls.push((format!("{prefix}{TRACKER}"), Generated::Tracker));
        urls.push((format!("{prefix}{THEMES}"), Generated::ThemePage));
        for kind in FEED_SECTIONS {
            let section = kind.section_name().unwrap_or_default();
            if site.sections.contains_key(&(lang.clone(), section.to_owned())) {
                urls.push((feed(site, lang, Some(section)), Generated::Feed));
            }
        }
        urls.push((format!("{prefix}{SEARCH}"), Generated::SearchPage));
        urls.push((format!("{prefix}{SEARCH_A_Z}"), Generated::SearchPage));
        let indexed = search_pages(site, lang).len();
        for n in 0..search_shard_count(indexed) {
            urls.push((search_shard(&prefix, n), Generated::SearchIndex));
        }
        for n in 0..search_entry_files(indexed) {
            urls.push((search_entry(&prefix, n), Generated::SearchIndex));
        }
        let contact = format!("{prefix}{CONTACT_PAGE}");
        if !site.by_url.contains_key(&contact) {
            urls.push((contact, Generated::ContactPage));
        }
    }
    // Each theme once per language: thousands of pages share a few themes.
    let mut themes: rustc_hash::FxHashSet<(&str, &str)> = rustc_hash::FxHashSet::default();
    for (i, page) in site.pages.iter().enumerate() {
        let doc = &site.documents[page.doc];
        if site.is_listed(i) {
            themes.extend(doc.front.themes.iter().map(|t| (page.lang.as_str(), t.as_str())));
        }
        let session = doc.front.starts.is_some() && doc.front.ends.is_some();
        if doc.kind == Kind::Training && session {
            urls.push((ics_url(&page.url), Generated::Calendar));
        }
        if has_email_edition(site, i) {
            urls.extend(email_edition(&page.url).map(|url| (url, Generated::EmailEdition)));
        }
    }
    for (lang, theme) in themes {
        let slug = slugify(theme);
        if !slug.is_empty() {
            let prefix = site.config.language_prefix(lang);
            urls.push((theme_page(&prefix, &slug), Generated::ThemePage));
        }
    }
    urls.sort_by(|a, b| a.0.cmp(&b.0));
    urls.dedup_by(|a, b| a.0 == b.0);
    urls
}

/// Every output file a build writes, by path ("reviews/child-d/index.html").
#[derive(Debug, Default)]
pub struct Plan {
    paths: rustc_hash::FxHashSet<String>,
    /// The addresses a link to each output is written with: "/a/b/" for
    /// "a/b/index.html", "/style.css" for "style.css". A link written just
    /// so (most of a page's) is known at once, with no parsing.
    urls: rustc_hash::FxHashSet<String>,
    /// A hash of what the plan was made from ([`Plan::made_from`]).
    made_from: u64,
}

impl Plan {
    /// The outputs of `site`: its pages (every language, stand-ins for
    /// untranslated pages included), the static files and `generated`
    /// (what [`generated`] lists for it).
    pub fn of(site: &Site, theme: &Theme, generated: &[(String, Generated)]) -> Plan {
        Plan::of_or(site, theme, generated, None)
    }

    /// [`Plan::of`], or `before` if it was made from the same addresses:
    /// most edits (a title, a body) leave every address as it was, and
    /// the sets of tens of thousands of them need not be built again.
    pub fn of_or(
        site: &Site,
        theme: &Theme,
        generated: &[(String, Generated)],
        before: Option<Plan>,
    ) -> Plan {
        let made_from = Plan::made_from(site, theme, generated);
        if let Some(before) = before.filter(|b| b.made_from == made_from) {
            return before;
        }
        let mut urls: rustc_hash::FxHashSet<String> = site.pages.iter().map(|p| p.url.clone()).collect();
        urls.extend(theme.static_files.keys().map(|path| format!("/{path}")));
        urls.extend(generated.iter().map(|(url, _)| url.clone()));
        let paths = urls.iter().map(|url| output_path(url)).collect();
        Plan {
            paths,
            urls,
            made_from,
        }
    }

    /// A hash of the addresses of `site`'s pages, the static files and
    /// `generated`, in their order.
    fn made_from(site: &Site, theme: &Theme, generated: &[(String, Generated)]) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = crate::fingerprint::hasher();
        site.pages.len().hash(&mut hasher);
        for page in &site.pages {
            page.url.hash(&mut hasher);
        }
        theme.static_files.len().hash(&mut hasher);
        for path in theme.static_files.keys() {
            path.hash(&mut hasher);
        }
        generated.len().hash(&mut hasher);
        for (url, _) in generated {
            url.hash(&mut hasher);
        }
        hasher.finish()
    }

    /// A hash of the outputs, in no order: equal plans hash alike.
    pub fn key(&self) -> u64 {
        self.urls
            .iter()
            .map(|url| crate::fingerprint::hash_bytes(url.as_bytes()))
            .fold(self.urls.len() as u64, u64::wrapping_add)
    }

    /// Whether `link`, exactly as written, is the address of an output.
    pub fn has_url(&self, link: &str) -> bool {
        self.urls.contains(link)
    }

    /// Whether a link to the site path `path` ("/contact/", "/style.css",
    /// "/contact") leads to something the build writes.
    pub fn has(&self, path: &str) -> bool {
        let file = output_path(path);
        self.paths.contains(&file) || self.paths.contains(&format!("{file}/index.html"))
    }
}

/// The sitemap's files, at most `max_urls` addresses a file, as the
/// sitemap generator writes them.
#[cfg(test)]
pub(crate) fn sitemap_files(site: &Site, max_urls: usize) -> Vec<(String, Generated)> {
    sitemap_files_among(site, &generated_besides_sitemap(site), max_urls)
}

/// The sitemap's files, given the other generated files: the sitemap lists
/// the pages in it ([`in_sitemap`]) and the generated pages of every
/// language: the tracker, the themes' pages and the contact pages.
fn sitemap_files_among(
    site: &Site,
    others: &[(String, Generated)],
    max_urls: usize,
) -> Vec<(String, Generated)> {
    let generated_pages = others
        .iter()
        .filter(|(_, what)| {
            matches!(
                what,
                Generated::Tracker | Generated::ThemePage | Generated::ContactPage
            )
        })
        .count();
    let count = (0..site.pages.len()).filter(|&i| in_sitemap(site, i)).count() + generated_pages;
    sitemap_file_names(count, max_urls)
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let what = if n == 0 {
                Generated::Sitemap
            } else {
                Generated::SitemapPart
            };
            (format!("/{name}"), what)
        })
        .collect()
}

/// Who writes an output file.
#[derive(Debug, Clone, Copy)]
enum Owner<'a> {
    /// Page `usize` of [`Site::pages`].
    Page(usize),
    /// A static file, by where it came from ("static/a.pdf").
    Static(&'a str),
    /// Lantern itself.
    Generated(Generated),
}

/// The [`collisions`] last found, with a hash of everything they were
/// found from: every page's address and file, every static file's
/// address and origin, every generated address and what it is. At
/// thousands of pages an edit to front matter seldom moves any of them.
#[derive(Debug, Default)]
pub struct KnownCollisions {
    key: Option<u64>,
    found: Vec<Diagnostic>,
}

impl KnownCollisions {
    /// [`collisions`] of `site`, worked out again only when what they are
    /// found from changed.
    pub fn find(&mut self, site: &Site, theme: &Theme, generated: &[(String, Generated)]) -> Vec<Diagnostic> {
        use std::hash::{Hash, Hasher};
        let mut hasher = crate::fingerprint::hasher();
        for page in &site.pages {
            (&page.url, &site.documents[page.doc].file).hash(&mut hasher);
        }
        for (path, file) in &theme.static_files {
            (path, &file.origin).hash(&mut hasher);
        }
        generated.hash(&mut hasher);
        let key = hasher.finish();
        if self.key != Some(key) {
            self.found = collisions(site, theme, generated);
            self.key = Some(key);
        }
        self.found.clone()
    }
}

/// An error for each content page or static file whose address another
/// output takes, as the same file or as a file where it needs a folder.
pub fn collisions(site: &Site, theme: &Theme, generated: &[(String, Generated)]) -> Vec<Diagnostic> {
    let mut taken: FxHashMap<String, (String, Owner<'_>)> = FxHashMap::default();
    let mut clashes = Vec::new();
    let owners = generated
        .iter()
        .map(|(url, what)| (url.clone(), Owner::Generated(*what)))
        .chain(
            theme
                .static_files
                .iter()
                .map(|(path, file)| (format!("/{path}"), Owner::Static(&file.origin))),
        )
        .chain(
            site.pages
                .iter()
                .enumerate()
                .map(|(i, page)| (page.url.clone(), Owner::Page(i))),
        );
    for (url, owner) in owners {
        let path = output_path(&url);
        match taken.get(&path) {
            Some(other) => clashes.push(((url, owner), other.clone())),
            None => {
                taken.insert(path, (url, owner));
            }
        }
    }
    for (path, held) in &taken {
        let mut folder = path.as_str();
        while let Some(end) = folder.rfind('/') {
            folder = &folder[..end];
            if let Some(file) = taken.get(folder) {
                clashes.push((held.clone(), file.clone()));
            }
        }
    }
    let mut reported = BTreeSet::new();
    clashes
        .into_iter()
        .filter_map(|(a, b)| report(site, a, b))
        .filter(|d| reported.insert((d.file.clone(), d.message.clone())))
        .collect()
}

/// The error for two outputs at one address, named on the author's side:
/// a page before a static file before Lantern's own.
fn report(site: &Site, a: (String, Owner<'_>), b: (String, Owner<'_>)) -> Option<Diagnostic> {
    let rank = |o: &Owner<'_>| match o {
        Owner::Page(_) => 0,
        Owner::Static(_) => 1,
        Owner::Generated(_) => 2,
    };
    let (subject, other) = if rank(&a.1) <= rank(&b.1) { (a, b) } else { (b, a) };
    let (file, hint, what) = match subject.1 {
        Owner::Page(i) => (
            site.documents[site.pages[i].doc].file.as_str(),
            "rename the file or give it another `slug`",
            "this page",
        ),
        Owner::Static(origin) => (origin, "rename or move the file in static/", "this static file"),
        Owner::Generated(_) => return None,
    };
    let theirs = match other.1 {
        Owner::Page(i) => format!("the page from {}", site.documents[site.pages[i].doc].file),
        Owner::Static(origin) => format!("the static file {origin}"),
        Owner::Generated(g) => g.describe().to_owned(),
    };
    let (mine, their_url) = (output_path(&subject.0), output_path(&other.0));
    let message = if mine == their_url {
        format!(
            "{what} would be published at {}, which is already the address of {theirs}",
            subject.0
        )
    } else if mine.starts_with(&format!("{their_url}/")) {
        format!(
            "{what} would be published at {}, but /{their_url} is {theirs}, so there cannot be a folder of that name",
            subject.0
        )
    } else {
        format!(
            "{what} would be published at {}, where {theirs} needs a folder ({})",
            subject.0, other.0
        )
    };
    Some(Diagnostic::error("content", file, message).with_hint(hint))
}
