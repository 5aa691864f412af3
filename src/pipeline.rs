//! The build, stage by stage: settings → documents → site, then one
//! parallel pass in which each body is rendered, checked and its pages
//! written, beside the generated files → the site-wide checks → staging
//! folder swapped in.
//!
//! `check` runs the same stages without writing anything; `serve`
//! ([`crate::serve`]) runs them once, then again for only what each change
//! affects.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::addresses::Generated;
use crate::checks::SiteWide;
use crate::checks::translations::LanguageCoverage;
use crate::config::Config;
use crate::content::{Document, Read};
use crate::dates::Date;
use crate::error::{Diagnostic, Error, sort};
use crate::generate::{Generators, Inputs, Which};
use crate::i18n::Locales;
use crate::markdown::{AlertTitles, Bodies, Rendered};
use crate::output::{Sink, Staging, check_output};
use crate::render::{self, SiteViews, Templates};
use crate::site::Site;
use crate::theme::Theme;
use rayon::prelude::*;
use rustc_hash::FxHashSet;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site's folder (holding `site.toml`).
    pub root: PathBuf,
    /// Where the site is written.
    pub output: PathBuf,
    /// Whether to publish drafts.
    pub drafts: bool,
    /// Replaces `base_url` from site.toml.
    pub base_url: Option<String>,
    /// "Today".
    pub today: Date,
}

/// What a build or check found and did.
#[derive(Debug, Default)]
pub struct Report {
    /// Every finding, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether a new site was swapped into the output folder.
    pub published: bool,
    /// Content pages in the site (all languages).
    pub pages: usize,
    /// Content pages in each language, in `languages` order.
    pub pages_by_language: Vec<(String, usize)>,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Translation coverage per language (empty when the settings failed).
    pub coverage: Vec<LanguageCoverage>,
    /// The text, as read, of every content file with a finding to show.
    pub sources: crate::report::Sources,
    /// Everything else the build held (see [`Leftovers`]).
    pub leftovers: Leftovers,
}

/// What a build or check is done with but has not freed: the assembled
/// site, its bodies, its templates, the link targets. In a large site that
/// is some hundred thousand allocations, which take tens of milliseconds
/// to free one by one. Dropping this frees them; a process about to exit
/// can [`forget`](Leftovers::forget) them, and let the exit free them all
/// at once.
#[derive(Default)]
pub struct Leftovers(Vec<Box<dyn std::any::Any + Send>>);

impl Leftovers {
    fn keep(&mut self, value: impl std::any::Any + Send) {
        self.0.push(Box::new(value));
    }

    /// Leaves everything allocated, for the end of the process to free.
    pub fn forget(self) {
        std::mem::forget(self);
    }
}

impl std::fmt::Debug for Leftovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Leftovers({} values)", self.0.len())
    }
}

impl Report {
    /// Errors found.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Everything known about the site once it has been read and assembled.
pub struct Analysis {
    /// The assembled site.
    pub site: Site,
    /// Theme files.
    pub theme: Theme,
    /// Interface text.
    pub locales: Arc<Locales>,
    /// Templates, when they parsed.
    pub templates: Option<Templates>,
    /// Each document's rendered body: with its HTML for `serve`, slimmed
    /// to what the site-wide checks read ([`Rendered::slim`]) after a build.
    pub bodies: Vec<Rendered>,
    /// What makes the files that are not content pages.
    pub generators: Generators,
    /// Every address they write ([`crate::addresses::generated`]), listed
    /// once for each assembled site: the collision, link and theme-link
    /// checks read it.
    pub generated: Vec<(String, Generated)>,
}

/// A site read and assembled, with its bodies not yet rendered, and what
/// reading and assembling it found.
pub struct Prepared {
    /// The site and what it is rendered with.
    pub analysis: Analysis,
    /// What reading `content/` found besides the documents.
    pub read: Read,
    /// Findings about interface text and templates.
    pub interface: Vec<Diagnostic>,
    /// Findings of assembling the site (pages sharing an address, …).
    pub assembled: Vec<Diagnostic>,
}

impl Prepared {
    /// Every finding so far: the settings' warnings, theme files refused,
    /// interface text and templates, reading and assembling (less what
    /// follows from a file that could not be read), unsorted.
    pub fn findings(&self) -> Vec<Diagnostic> {
        let unreadable = self.read.unreadable();
        let assembled = self
            .assembled
            .iter()
            .filter(|d| !crate::checks::translations::follows_from_unreadable(d, &unreadable));
        self.analysis
            .site
            .config
            .warnings
            .iter()
            .chain(&self.analysis.theme.refused)
            .chain(&self.interface)
            .chain(self.read.diagnostics())
            .chain(assembled)
            .cloned()
            .collect()
    }
}

/// Reads, parses and assembles the site. `Ok(Err(..))` when the settings
/// themselves are broken and nothing further can be read. `build`,
/// `check` and `serve` all begin here.
pub fn prepare(options: &Options) -> Result<Result<Prepared, Vec<Diagnostic>>, Error> {
    let mut config = match Config::load(&options.root)? {
        Ok(config) => config,
        Err(diagnostics) => return Ok(Err(diagnostics)),
    };
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_owned();
    }
    let theme = Theme::load(&options.root, &config.theme)?;
    let (locales, mut interface) = Locales::load(&theme, &config);
    let locales = Arc::new(locales);
    let loaded = crate::content::load(&options.root, &config, options.drafts)?;
    // Parsing the templates and assembling the site are independent, and
    // each is a single thread's work.
    let languages = config.languages.clone();
    let ((templates, mut template_findings), (site, generated, assembled)) = rayon::join(
        || templates(&theme, &locales, &languages),
        || {
            let mut known = crate::addresses::KnownCollisions::default();
            assemble(config, loaded.documents, options.today, &theme, &mut known)
        },
    );
    interface.append(&mut template_findings);
    Ok(Ok(Prepared {
        analysis: Analysis {
            site,
            theme,
            locales,
            templates,
            bodies: Vec::new(),
            generators: Generators::default(),
            generated,
        },
        read: loaded.read,
        interface,
        assembled,
    }))
}

/// The templates of `theme`, with their warnings, or the problems that
/// stopped them parsing.
fn templates(
    theme: &Theme,
    locales: &Arc<Locales>,
    languages: &[String],
) -> (Option<Templates>, Vec<Diagnostic>) {
    match Templates::load(theme, locales, languages) {
        Ok(templates) => {
            let warnings = templates.warnings().to_vec();
            (Some(templates), warnings)
        }
        Err(problems) => (None, problems),
    }
}

/// Interface text and templates for `theme`, with their findings: what
/// [`prepare`] reads besides the content, read again by `serve` when a
/// theme file changes.
pub fn interface(theme: &Theme, config: &Config) -> (Arc<Locales>, Option<Templates>, Vec<Diagnostic>) {
    let (locales, mut findings) = Locales::load(theme, config);
    let locales = Arc::new(locales);
    let (templates, mut more) = templates(theme, &locales, &config.languages);
    findings.append(&mut more);
    (locales, templates, findings)
}

/// Puts `documents` together into a site, with the addresses Lantern
/// generates for it and the findings of doing so:
/// pages sharing an address, translations without an original, and two
/// outputs at one address ([`crate::addresses::collisions`]), found before
/// anything is written, whatever order the writers would meet them in.
/// `known` holds the collisions last found, for `serve`, which assembles
/// the site again after every edit to front matter.
pub fn assemble(
    config: Config,
    documents: Vec<Document>,
    today: Date,
    theme: &Theme,
    known: &mut crate::addresses::KnownCollisions,
) -> (Site, Vec<(String, Generated)>, Vec<Diagnostic>) {
    let (site, generated, findings, ()) = assemble_with(config, documents, today, theme, known, |_| ());
    (site, generated, findings)
}

/// [`assemble`], running `beside` on the assembled site while its
/// generated addresses are worked out and checked: side by side, as
/// neither reads the other.
pub fn assemble_with<T: Send>(
    config: Config,
    documents: Vec<Document>,
    today: Date,
    theme: &Theme,
    known: &mut crate::addresses::KnownCollisions,
    beside: impl FnOnce(&Site) -> T + Send,
) -> (Site, Vec<(String, Generated)>, Vec<Diagnostic>, T) {
    let (site, mut findings) = Site::assemble(config, documents, today);
    let ((generated, collisions), besides) = rayon::join(
        || {
            let generated = crate::addresses::generated(&site);
            let collisions = known.find(&site, theme, &generated);
            (generated, collisions)
        },
        || beside(&site),
    );
    findings.extend(collisions);
    (site, generated, findings, besides)
}

/// What the document pass made of each document, by index.
pub struct Pass {
    /// Each document's rendered body.
    pub bodies: Vec<Rendered>,
    /// Each document's own findings.
    pub findings: Vec<Vec<Diagnostic>>,
}

/// How the document pass keeps bodies. Either way it slims them to what
/// the site-wide checks read ([`Rendered::slim`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// For `serve`, which keeps its documents between rebuilds and renders
    /// a body again whenever a page or a generator needs it ([`Again`]):
    /// generators need not keep copies, and each kept allocation is cut
    /// to its length ([`Rendered::slim_to_keep`]).
    Again,
    /// For a build, which writes each page as its body is rendered and
    /// keeps no document's HTML: the generators keep what they read.
    Slim,
}

/// Bodies rendered again from their documents ([`Bodies`]), as the
/// document pass rendered them: with their language's alert titles.
pub struct Again<'a> {
    site: &'a Site,
    titles: HashMap<&'a str, AlertTitles>,
}

impl<'a> Again<'a> {
    /// The bodies of `analysis`'s documents.
    pub fn new(analysis: &'a Analysis) -> Again<'a> {
        Again {
            site: &analysis.site,
            titles: render::titles_by_language(&analysis.site, &analysis.locales),
        }
    }
}

impl Bodies for Again<'_> {
    fn body(&self, doc: usize) -> Rendered {
        let document = &self.site.documents[doc];
        match self.titles.get(document.path.lang.as_str()) {
            Some(titles) => render::body(document, titles),
            None => render::body(document, &AlertTitles::default()),
        }
    }
}

/// Document `d`'s body, rendered once with its language's alert titles,
/// checked (its front matter values and the checks of one document), and
/// shown to the generators that read bodies (told whether the caller
/// will `keep` it whole); what only those read (its text, prose and
/// tables) is then dropped.
pub fn document(
    analysis: &Analysis,
    titles: &AlertTitles,
    d: usize,
    today: Date,
    keep: Keep,
) -> (Rendered, Vec<Diagnostic>) {
    let site = &analysis.site;
    let doc = &site.documents[d];
    let mut body = render::body(doc, titles);
    let mut found = crate::content::validate::validate(doc, today);
    found.extend(crate::checks::document(site, d, &body));
    analysis.generators.document(site, d, &body, keep == Keep::Again);
    // Read by the generators alone.
    body.text = String::new();
    // Read by this document's own checks alone, which have run.
    body.prose = Vec::new();
    body.tables = Vec::new();
    (body, found)
}

/// The document pass: each document through [`document`], in parallel,
/// and, with `pages`, every page made from it (its own, and the fallbacks
/// standing in for it in other languages) rendered and written into the
/// sink straight away, so a large site never sits in memory whole.
pub fn pass(
    analysis: &Analysis,
    today: Date,
    pages: Option<(&SiteViews, &dyn Sink)>,
    keep: Keep,
) -> Result<Pass, Error> {
    let site = &analysis.site;
    let titles = render::titles_by_language(site, &analysis.locales);
    let no_titles = AlertTitles::default();
    let mut pages_of: Vec<Vec<usize>> = vec![Vec::new(); site.documents.len()];
    for (i, page) in site.pages.iter().enumerate() {
        pages_of[page.doc].push(i);
    }
    let results: Vec<Result<(Rendered, Vec<Diagnostic>), Error>> = site
        .documents
        .par_iter()
        .zip(&pages_of)
        .enumerate()
        .map(|(d, (doc, own))| {
            let titles = titles.get(doc.path.lang.as_str()).unwrap_or(&no_titles);
            let (mut body, mut found) = document(analysis, titles, d, today, keep);
            if let (Some(templates), Some((site_views, sink))) = (analysis.templates.as_ref(), pages) {
                for &i in own {
                    found.extend(render::write_page(
                        site,
                        &analysis.locales,
                        templates,
                        site_views,
                        i,
                        &body,
                        sink,
                    )?);
                }
            }
            match keep {
                Keep::Slim => body.slim(),
                Keep::Again => body.slim_to_keep(),
            }
            Ok((body, found))
        })
        .collect();
    let mut pass = Pass {
        bodies: Vec::with_capacity(results.len()),
        findings: Vec::with_capacity(results.len()),
    };
    for result in results {
        let (body, found) = result?;
        pass.bodies.push(body);
        pass.findings.push(found);
    }
    Ok(pass)
}

/// The rest of a build once the site is assembled: the document pass,
/// writing each page as its body is rendered, while the generators that
/// read no body write alongside and the site-wide checks that need no body
/// (link targets, translations, references) are prepared; then the
/// generators that read bodies; the links are checked last, on what the
/// pass kept of each body. Returns every finding of these stages and the
/// translation coverage; the bodies are left, slimmed, in
/// `prepared.analysis.bodies`.
fn render_and_check(
    prepared: &mut Prepared,
    today: Date,
    sink: &dyn Sink,
    leftovers: &mut Leftovers,
) -> Result<(Vec<Diagnostic>, Vec<LanguageCoverage>), Error> {
    let analysis = &prepared.analysis;
    let unreadable = prepared.read.unreadable();
    let (site_views, part_problems) = site_views(analysis);
    let inputs = analysis.templates.as_ref().map(|templates| Inputs {
        site: &analysis.site,
        theme: &analysis.theme,
        locales: &analysis.locales,
        templates,
        site_views: &site_views,
        only_shown: false,
        made: analysis.generators.made(),
        bodies: None,
    });
    let (pass, (beside, mut site_wide, coverage)) = rayon::join(
        || pass(analysis, today, Some((&site_views, sink)), Keep::Slim),
        || {
            let beside = match &inputs {
                Some(inputs) => analysis.generators.write(Which::ReadingNoBody, inputs, sink),
                None => Ok(Vec::new()),
            };
            let site_wide =
                SiteWide::prepare(&analysis.site, &analysis.theme, &unreadable, &analysis.generated);
            let coverage = crate::checks::translations::coverage(&analysis.site, &analysis.locales);
            (beside, site_wide, coverage)
        },
    );
    let pass = pass?;
    let mut diagnostics: Vec<Diagnostic> = pass.findings.into_iter().flatten().collect();
    diagnostics.extend(part_problems);
    diagnostics.extend(beside?);
    if let Some(inputs) = &inputs {
        diagnostics.extend(analysis.generators.write(Which::ReadingBodies, inputs, sink)?);
    }
    diagnostics.extend(site_wide.finish(&analysis.site, &pass.bodies));
    leftovers.keep(site_wide);
    prepared.analysis.bodies = pass.bodies;
    Ok((diagnostics, coverage))
}

/// Runs every check without writing anything. Pages are still rendered
/// (and thrown away), so that template errors are found too.
pub fn check(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    let mut report = match prepare(options)? {
        Ok(mut prepared) => {
            let mut report = Report {
                pages: prepared.analysis.site.pages.len(),
                pages_by_language: pages_by_language(&prepared.analysis.site),
                diagnostics: prepared.findings(),
                ..Report::default()
            };
            let (mut found, coverage) =
                render_and_check(&mut prepared, options.today, &Discard, &mut report.leftovers)?;
            report.diagnostics.append(&mut found);
            report.coverage = coverage;
            report.sources = take_sources(&mut prepared, &report.diagnostics);
            report.leftovers.keep(prepared.analysis);
            report
        }
        Err(diagnostics) => Report {
            diagnostics,
            ..Report::default()
        },
    };
    sort(&mut report.diagnostics);
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Builds the site into the output folder, swapping it in only if there
/// are no errors. Pages are written into the staging folder as they are
/// rendered; a build that finds an error leaves the output folder as it
/// was (the staging folder stays, as a cache for the next build).
pub fn build(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    check_output(&options.root, &options.output)?;
    let mut prepared = match prepare(options)? {
        Ok(prepared) => prepared,
        Err(mut diagnostics) => {
            sort(&mut diagnostics);
            return Ok(Report {
                diagnostics,
                elapsed: started.elapsed(),
                ..Report::default()
            });
        }
    };
    let mut report = Report {
        pages: prepared.analysis.site.pages.len(),
        pages_by_language: pages_by_language(&prepared.analysis.site),
        diagnostics: prepared.findings(),
        ..Report::default()
    };
    // Errors found while reading mean nothing will be published: the
    // rest still runs, for its findings, but writes nothing.
    let staging = if report.errors() == 0 && prepared.analysis.templates.is_some() {
        Some(Staging::begin(&options.output)?)
    } else {
        None
    };
    let sink: &dyn Sink = match &staging {
        Some(staging) => staging,
        None => &Discard,
    };
    match render_and_check(&mut prepared, options.today, sink, &mut report.leftovers) {
        Ok((mut found, coverage)) => {
            report.coverage = coverage;
            // Sample text is a warning while a site is checked or served,
            // and stops a build unless it is a preview with drafts.
            if !options.drafts {
                for d in found
                    .iter_mut()
                    .filter(|d| d.check == crate::checks::sample::CHECK)
                {
                    d.severity = crate::error::Severity::Error;
                }
            }
            report.diagnostics.append(&mut found);
            if let Some(staging) = staging {
                if report.errors() == 0 {
                    staging.commit()?;
                    report.published = true;
                } else {
                    staging.abort();
                }
            }
        }
        Err(e) => {
            // A file could not be written (a full disk, say): what the
            // staging folder holds is removed, not left taking the space.
            if let Some(staging) = staging {
                staging.discard();
            }
            return Err(e);
        }
    }
    sort(&mut report.diagnostics);
    report.elapsed = started.elapsed();
    report.sources = take_sources(&mut prepared, &report.diagnostics);
    report.leftovers.keep(prepared.analysis);
    Ok(report)
}

/// How many content pages each language has, in `languages` order.
fn pages_by_language(site: &Site) -> Vec<(String, usize)> {
    site.config
        .languages
        .iter()
        .map(|lang| {
            (
                lang.clone(),
                site.pages.iter().filter(|p| &p.lang == lang).count(),
            )
        })
        .collect()
}

/// Moves out of the site the text of every document that a finding shows a
/// snippet of, for the report.
fn take_sources(prepared: &mut Prepared, diagnostics: &[Diagnostic]) -> crate::report::Sources {
    let shown: FxHashSet<&str> = diagnostics
        .iter()
        .filter(|d| d.span.is_some())
        .map(|d| d.file.as_str())
        .collect();
    prepared
        .analysis
        .site
        .documents
        .iter_mut()
        .filter(|doc| shown.contains(doc.file.as_str()))
        .map(|doc| (doc.file.clone(), std::mem::take(&mut doc.text)))
        .collect()
}

/// A sink that keeps nothing, for `check`.
struct Discard;

impl Sink for Discard {
    fn put(&self, _path: &str, _bytes: &[u8]) -> Result<(), Error> {
        Ok(())
    }
}

/// Renders pages and generated files into `sink`, with the `site` values
/// of [`site_views`].
pub fn write_all(
    analysis: &Analysis,
    templates: &Templates,
    site_views: &SiteViews,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let mut diagnostics = render::pages(
        &analysis.site,
        &analysis.locales,
        templates,
        &Again::new(analysis),
        site_views,
        sink,
    )?;
    diagnostics.extend(write_generated(
        analysis,
        Which::All,
        templates,
        site_views,
        sink,
    )?);
    Ok(diagnostics)
}

/// The `site` context value of each language and navigation state, with
/// the theme's parts rendered into `site.parts` ([`render::parts`]), and
/// the findings of parts that could not be rendered (a part that fails in
/// every state is reported once, as [`sort`] drops repeated findings).
pub fn site_views(analysis: &Analysis) -> (SiteViews, Vec<Diagnostic>) {
    site_views_after(analysis, None)
}

/// [`site_views`], given those `before` they replace: their outputs are
/// not listed again if the addresses are as they were
/// ([`crate::addresses::Plan::of_or`]).
pub fn site_views_after(analysis: &Analysis, before: Option<SiteViews>) -> (SiteViews, Vec<Diagnostic>) {
    let site = &analysis.site;
    let mut problems = Vec::new();
    let mut views = SiteViews::default();
    for lang in &site.config.languages {
        let view = render::context::site_view(site, &analysis.locales, lang);
        let view = tera::Value::try_from_serializable(&view).unwrap_or_else(|_| tera::Value::none());
        for state in render::site_views::nav_states(site, lang) {
            let view = match analysis.templates.as_ref() {
                Some(templates) => {
                    let (view, mut found) = render::parts::add(templates, lang, &state, view.clone());
                    problems.append(&mut found);
                    view
                }
                None => view.clone(),
            };
            views.insert(lang, state, view);
        }
    }
    if let Some(templates) = analysis.templates.as_ref() {
        // The links the theme writes: the parts' once here; the pages'
        // as they are written.
        let before = before.map(|views| views.into_links().into_plan());
        let plan = crate::addresses::Plan::of_or(site, &analysis.theme, &analysis.generated, before);
        let mut links = crate::checks::theme_links::Checker::new(plan, &site.config.base_url);
        problems.extend(render::parts::check_links(&mut links, &views, templates));
        views.set_links(links);
    }
    (views, problems)
}

/// Every output that is not a content page, from the generators `which`
/// names ([`Generators`]): `serve` runs this after every change (after an
/// edit to bodies alone, only the generators that read bodies) and writes
/// only the files whose bytes changed. A generator that reads bodies
/// gets them rendered again ([`Again`]), as `serve` keeps them slim
/// ([`Keep::Again`]).
pub fn write_generated(
    analysis: &Analysis,
    which: Which,
    templates: &Templates,
    site_views: &SiteViews,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let inputs = Inputs {
        site: &analysis.site,
        theme: &analysis.theme,
        locales: &analysis.locales,
        templates,
        site_views,
        only_shown: which == Which::ReadingBodies,
        made: analysis.generators.made(),
        // `serve` renders bodies again when asked ([`Keep::Again`]).
        bodies: Some(&Again::new(analysis)),
    };
    analysis.generators.write(which, &inputs, sink)
}

#[cfg(test)]
mod tests;
