//! The build, stage by stage: settings → documents → site, then one
//! parallel pass in which each body is rendered, checked and its pages
//! written, beside the generated files → the site-wide checks → staging
//! folder swapped in.
//!
//! `check` runs the same stages without writing anything; `serve`
//! ([`crate::serve`]) runs them once, then again for only what each change
//! affects.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::checks::SiteWide;
use crate::checks::translations::LanguageCoverage;
use crate::config::Config;
use crate::dates::Date;
use crate::error::{Diagnostic, Error, sort};
use crate::generate::{self, Inputs};
use crate::i18n::Locales;
use crate::markdown::{AlertTitles, Rendered};
use crate::output::{Staging, check_output};
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

/// Everything known about the site once it has been read and checked.
pub struct Analysis {
    /// The assembled site.
    pub site: Site,
    /// Theme files.
    pub theme: Theme,
    /// Interface text.
    pub locales: Arc<Locales>,
    /// Templates, when they parsed.
    pub templates: Option<Templates>,
    /// Each document's rendered body: whole for `serve`, slimmed to what
    /// the site-wide checks read ([`Rendered::slim`]) after a build.
    pub bodies: Vec<Rendered>,
    /// Findings so far.
    pub diagnostics: Vec<Diagnostic>,
    /// Translation coverage per language, once a build or check has
    /// counted it (empty for `serve`).
    pub coverage: Vec<LanguageCoverage>,
}

/// A site read and assembled, with its bodies not yet rendered.
struct Prepared {
    analysis: Analysis,
    /// Content files that could not be read or parsed.
    unreadable: Vec<String>,
    /// What the later stages are done with.
    leftovers: Leftovers,
}

/// Reads, parses and assembles the site. `Ok(Err(..))` when the settings
/// themselves are broken and nothing further can be read.
fn prepare(options: &Options) -> Result<Result<Prepared, Vec<Diagnostic>>, Error> {
    let mut config = match Config::load(&options.root)? {
        Ok(config) => config,
        Err(diagnostics) => return Ok(Err(diagnostics)),
    };
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_owned();
    }
    let mut theme = Theme::load(&options.root, &config.theme)?;
    let (locales, mut diagnostics) = Locales::load(&theme, &config);
    diagnostics.extend(config.warnings.iter().cloned());
    diagnostics.append(&mut theme.refused);
    let locales = Arc::new(locales);
    let loaded = crate::content::load(&options.root, &config, options.drafts)?;
    let unreadable: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && d.file.ends_with(".md"))
        .map(|d| d.file.clone())
        .collect();
    diagnostics.extend(loaded.diagnostics);
    for doc in &loaded.documents {
        diagnostics.extend(crate::content::validate::validate(doc, options.today));
    }
    // Parsing the templates and assembling the site are independent, and
    // each is a single thread's work.
    let languages = config.languages.clone();
    let (templates, (site, mut problems)) = rayon::join(
        || Templates::load(&theme, &locales, &languages),
        || Site::assemble(config, loaded.documents, options.today),
    );
    let templates = match templates {
        Ok(t) => {
            diagnostics.extend_from_slice(t.warnings());
            Some(t)
        }
        Err(mut problems) => {
            diagnostics.append(&mut problems);
            None
        }
    };
    problems.retain(|d| !crate::checks::translations::follows_from_unreadable(d, &unreadable));
    diagnostics.append(&mut problems);
    // Before anything is written: two outputs at one address stop the
    // build here, whatever order the writers would meet them in.
    diagnostics.extend(crate::addresses::collisions(&site, &theme));
    Ok(Ok(Prepared {
        analysis: Analysis {
            site,
            theme,
            locales,
            templates,
            bodies: Vec::new(),
            diagnostics,
            coverage: Vec::new(),
        },
        unreadable,
        leftovers: Leftovers::default(),
    }))
}

/// The rest of a build once the site is assembled, in one pass over the
/// documents: each body is rendered once, checked, and its pages written
/// into `sink` straight away, while the generated files (tracker, theme
/// pages, feeds, sitemap, …) are written alongside, and then the
/// site-wide checks that need no body (link targets, translations,
/// references) are prepared. The links are checked last, on what the pass
/// kept of each body. Returns every finding; the bodies are left, slimmed, in
/// `analysis.bodies`.
fn render_and_check(
    prepared: &mut Prepared,
    sink: &dyn crate::output::Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let analysis = &prepared.analysis;
    let (site_views, part_problems) = site_views(analysis);
    // The generated files are done long before the documents, so the
    // site-wide checks' groundwork is laid on that side too, and the
    // translation coverage counted.
    let (pass, (generated, mut site_wide, coverage)) = rayon::join(
        || documents(analysis, &site_views, sink),
        || {
            let generated = match analysis.templates.as_ref() {
                Some(templates) => write_generated(analysis, templates, &site_views, sink),
                None => Ok(Vec::new()),
            };
            let site_wide = SiteWide::prepare(&analysis.site, &analysis.theme, &prepared.unreadable);
            let coverage = crate::checks::translations::coverage(&analysis.site, &analysis.locales);
            (generated, site_wide, coverage)
        },
    );
    let (bodies, mut diagnostics) = pass?;
    diagnostics.extend(part_problems);
    diagnostics.extend(generated?);
    diagnostics.extend(site_wide.finish(&analysis.site, &bodies));
    prepared.leftovers.keep(site_wide);
    prepared.analysis.bodies = bodies;
    prepared.analysis.coverage = coverage;
    Ok(diagnostics)
}

/// Renders each document's body once, runs the checks of that document on
/// it, writes every page made from it (its own, and the fallbacks standing
/// in for it in other languages) into `sink`, then slims it to what the
/// site-wide checks read. Returns the bodies and the findings. Without
/// templates, only the checks run.
fn documents(
    analysis: &Analysis,
    site_views: &SiteViews,
    sink: &dyn crate::output::Sink,
) -> Result<(Vec<Rendered>, Vec<Diagnostic>), Error> {
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
        .map(|(d, (doc, pages))| {
            let titles = titles.get(doc.path.lang.as_str()).unwrap_or(&no_titles);
            let mut body = render::body(doc, titles);
            let mut found = crate::checks::document(site, d, &body);
            if let Some(templates) = analysis.templates.as_ref() {
                for &i in pages {
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
            body.slim();
            Ok((body, found))
        })
        .collect();
    let mut bodies = Vec::with_capacity(results.len());
    let mut diagnostics = Vec::new();
    for result in results {
        let (body, mut found) = result?;
        bodies.push(body);
        diagnostics.append(&mut found);
    }
    Ok((bodies, diagnostics))
}

/// Runs every check without writing anything. Pages are still rendered
/// (and thrown away), so that template errors are found too.
pub fn check(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    let mut report = match prepare(options)? {
        Ok(mut prepared) => {
            let mut diagnostics = render_and_check(&mut prepared, &Discard)?;
            let analysis = &mut prepared.analysis;
            diagnostics.append(&mut analysis.diagnostics);
            let pages = analysis.site.pages.len();
            let coverage = std::mem::take(&mut analysis.coverage);
            let sources = take_sources(&mut prepared, &diagnostics);
            Report {
                pages,
                coverage,
                sources,
                diagnostics,
                leftovers: prepared.into_leftovers(),
                ..Report::default()
            }
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
    let analysis = &mut prepared.analysis;
    let mut report = Report {
        pages: analysis.site.pages.len(),
        diagnostics: std::mem::take(&mut analysis.diagnostics),
        ..Report::default()
    };
    // Errors found while reading mean nothing will be published: the
    // rest still runs, for its findings, but writes nothing.
    let staging = if report.errors() == 0 && analysis.templates.is_some() {
        Some(Staging::begin(&options.output)?)
    } else {
        None
    };
    let sink: &dyn crate::output::Sink = match &staging {
        Some(staging) => staging,
        None => &Discard,
    };
    let found = render_and_check(&mut prepared, sink);
    report.coverage = std::mem::take(&mut prepared.analysis.coverage);
    match found {
        Ok(mut found) => {
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
    report.leftovers = prepared.into_leftovers();
    Ok(report)
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

impl Prepared {
    /// Everything it holds, as leftovers.
    fn into_leftovers(self) -> Leftovers {
        let mut leftovers = self.leftovers;
        leftovers.keep(self.analysis);
        leftovers
    }
}

/// A sink that keeps nothing, for `check`.
struct Discard;

impl crate::output::Sink for Discard {
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
    sink: &dyn crate::output::Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let mut diagnostics = render::pages(
        &analysis.site,
        &analysis.locales,
        templates,
        &analysis.bodies,
        site_views,
        sink,
    )?;
    diagnostics.extend(write_generated(analysis, templates, site_views, sink)?);
    Ok(diagnostics)
}

/// The `site` context value of each language and navigation state, with
/// the theme's parts rendered into `site.parts` ([`render::parts`]), and
/// the findings of parts that could not be rendered (a part that fails in
/// every state is reported once, as [`sort`] drops repeated findings).
pub fn site_views(analysis: &Analysis) -> (SiteViews, Vec<Diagnostic>) {
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
        let plan = crate::addresses::Plan::of(site, &analysis.theme);
        let mut links = crate::checks::theme_links::Checker::new(plan, &site.config.base_url);
        problems.extend(render::parts::check_links(&mut links, &views, templates));
        views.set_links(links);
    }
    (views, problems)
}

/// Every output that is not a content page: static files, 404, robots.txt,
/// the sitemap, feeds, … Add new generators here: `serve` re-runs this
/// after every change and writes only the files whose bytes changed.
pub fn write_generated(
    analysis: &Analysis,
    templates: &Templates,
    site_views: &SiteViews,
    sink: &dyn crate::output::Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let site = &analysis.site;
    let mut diagnostics = Vec::new();
    let inputs = Inputs {
        site,
        locales: &analysis.locales,
        templates,
        site_views,
    };
    diagnostics.extend(generate::all(&analysis.theme, &inputs, sink)?);
    Ok(diagnostics)
}
