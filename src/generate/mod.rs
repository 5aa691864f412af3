//! The seventh stage: outputs that do not come from one content file, each
//! made by a [`Generator`]: the 404 page, `robots.txt` and the print stylesheet
//! ([`FixedPages`]), the recommendations tracker ([`tracker`]), theme pages
//! ([`themes`]), the contact card and contact pages ([`contact`]),
//! training calendars ([`calendar`]), Atom feeds ([`feeds`]), the sitemap
//! ([`sitemap`]), the e-mail editions of newsletters and briefings
//! ([`email`]), search ([`search`]) and the static files ([`StaticFiles`]).
//!
//! A generator has two hooks. [`Generator::document`] sees each
//! document's rendered body during the document pass, whole, before the
//! pass slims it (a search index or an e-mail edition reads bodies);
//! [`Generator::write`] writes the generator's files. Generators that read
//! no body write beside the document pass, on another thread; those that
//! do write after it; either way, side by side with each other. `serve`
//! keeps the same generators between rebuilds, shows them each body it
//! renders again, and writes their files again after every change (only
//! the files whose bytes changed reach the disk; [`memo`] lets a generator
//! skip making those whose inputs did not change).
//!
//! Every address written here is listed in [`crate::addresses`], which
//! checks before a build writes anything that no page or static file
//! takes one, and which the link checks ask what exists.

pub mod calendar;
pub mod contact;
pub mod email;
pub mod feeds;
pub mod memo;
pub mod page;
#[cfg(test)]
pub(crate) mod recording;
pub mod search;
pub mod sitemap;
pub mod themes;
pub mod tracker;

use rayon::prelude::*;

use crate::addresses::{NOT_FOUND, ROBOTS, SITE_ADDRESS, SITEMAP};
use crate::error::{Diagnostic, Error};
use crate::markdown::{Bodies, Rendered};
use crate::output::{Sink, output_path};
use crate::render::{Templates, base_context};
use crate::site::Site;
use crate::theme::Theme;

/// Everything a generator's files are made from.
pub struct Inputs<'a> {
    /// The assembled site.
    pub site: &'a Site,
    /// Theme files (templates, static files).
    pub theme: &'a Theme,
    /// Interface text.
    pub locales: &'a crate::i18n::Locales,
    /// Templates.
    pub templates: &'a Templates,
    /// The `site` context values, by language and navigation state.
    pub site_views: &'a crate::render::SiteViews,
    /// Whether only the documents shown to [`Generator::document`] since
    /// the last `write` need their files written again: `serve`, after an
    /// edit to bodies alone, when every other file is as it was.
    pub only_shown: bool,
    /// The pages rendered through [`page::render`] before, and from what.
    pub made: &'a memo::Memo,
    /// Every document's body, rendered again on request, when the caller
    /// keeps its documents between writes (`serve`): a generator that
    /// reads bodies need not keep copies of them. `None` in a build,
    /// which lets each body go once it is written.
    pub bodies: Option<&'a dyn Bodies>,
}

/// One kind of generated output.
pub trait Generator: Send + Sync {
    /// Whether [`Generator::document`] must see every body before
    /// [`Generator::write`] runs. A generator that reads no body (the
    /// default) writes beside the document pass, and must make its files
    /// from the site's front matter, settings, theme and interface text
    /// alone: `serve` does not run it again after an edit that changes
    /// bodies only.
    fn reads_bodies(&self) -> bool {
        false
    }

    /// Sees document `doc` of `site` and its rendered body, whole, during
    /// the document pass (from any thread, in any order), and again in
    /// `serve` each time the body is rendered anew. Called only when
    /// [`Generator::reads_bodies`]. `kept`: the caller can render the
    /// body again through [`Inputs::bodies`], so the generator need not
    /// keep a copy of what it can read there.
    fn document(&self, _site: &Site, _doc: usize, _body: &Rendered, _kept: bool) {}

    /// Writes the generator's files into `sink`; its findings (a template
    /// that failed, a broken theme link) are returned.
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error>;
}

/// Which generators to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Those that read no body: they can write beside the document pass.
    ReadingNoBody,
    /// Those that read bodies: they write after the document pass.
    ReadingBodies,
    /// Every one.
    All,
}

/// The generators of a build, in the order they write, with the pages
/// they rendered through [`page::render`] (for [`Inputs::made`]).
pub struct Generators(Vec<Box<dyn Generator>>, memo::Memo);

impl Default for Generators {
    /// Every generator Lantern has.
    fn default() -> Generators {
        Generators(
            vec![
                Box::new(FixedPages),
                Box::new(tracker::Tracker::default()),
                Box::new(themes::Themes),
                Box::new(contact::Contact),
                Box::new(calendar::Calendars),
                Box::new(feeds::Feeds),
                Box::new(sitemap::Sitemap),
                Box::new(email::EmailEditions::default()),
                Box::new(search::pages::SearchPages),
                Box::new(search::Search::default()),
                Box::new(StaticFiles),
            ],
            memo::Memo::default(),
        )
    }
}

impl Generators {
    /// These generators, and `more` after them.
    pub fn with(mut self, more: Box<dyn Generator>) -> Generators {
        self.0.push(more);
        self
    }

    /// The pages they rendered through [`page::render`] before.
    pub fn made(&self) -> &memo::Memo {
        &self.1
    }

    /// Whether any generator reads bodies.
    pub fn read_bodies(&self) -> bool {
        self.0.iter().any(|g| g.reads_bodies())
    }

    /// Shows document `doc` and its body to every generator that reads
    /// bodies; `kept` as in [`Generator::document`].
    pub fn document(&self, site: &Site, doc: usize, body: &Rendered, kept: bool) {
        for generator in self.0.iter().filter(|g| g.reads_bodies()) {
            generator.document(site, doc, body, kept);
        }
    }

    /// Runs the generators `which` names, into `sink`, side by side (each
    /// writes files of its own); what they found comes back in their
    /// order. Their addresses were checked against the pages' and each
    /// other's before the build began writing
    /// ([`crate::addresses::collisions`]).
    pub fn write(
        &self,
        which: Which,
        inputs: &Inputs<'_>,
        sink: &dyn Sink,
    ) -> Result<Vec<Diagnostic>, Error> {
        // Side by side: most make their files on both cores, but the
        // tracker of each language is one page, made on one.
        let found: Vec<Result<Vec<Diagnostic>, Error>> = self
            .0
            .par_iter()
            .filter(|generator| match which {
                Which::ReadingNoBody => !generator.reads_bodies(),
                Which::ReadingBodies => generator.reads_bodies(),
                Which::All => true,
            })
            .map(|generator| generator.write(inputs, sink))
            .collect();
        let mut diagnostics = Vec::new();
        for result in found {
            diagnostics.extend(result?);
        }
        if which == Which::All {
            inputs.made.sweep();
        }
        Ok(diagnostics)
    }
}

/// The theme's and the site's static files, copied as they are.
pub struct StaticFiles;

impl Generator for StaticFiles {
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        for (path, file) in &inputs.theme.static_files {
            sink.put(path, &file.bytes)?;
        }
        Ok(Vec::new())
    }
}

/// The pages Lantern makes that the sitemap lists besides content pages:
/// the tracker, theme pages and contact pages it makes.
pub fn sitemap_extra(site: &Site) -> Vec<sitemap::Entry> {
    let mut extra = tracker::sitemap_entries(site);
    extra.extend(themes::sitemap_entries(site));
    extra.extend(contact::sitemap_entries(site));
    extra
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
pub struct FixedPages;

impl Generator for FixedPages {
    fn write(&self, inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
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
