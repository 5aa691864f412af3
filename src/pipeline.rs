//! The build, stage by stage: settings → documents → site → checks →
//! rendered pages and generated files → staging folder → swap.
//!
//! `check` runs the same stages without writing anything; `serve`
//! ([`crate::serve`]) runs them once, then again for only what each change
//! affects.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::checks::translations::LanguageCoverage;
use crate::config::Config;
use crate::dates::Date;
use crate::error::{Diagnostic, Error, sort};
use crate::generate::{self, Inputs};
use crate::i18n::Locales;
use crate::markdown::Rendered;
use crate::output::{Staging, check_output};
use crate::render::{self, Templates};
use crate::site::Site;
use crate::theme::Theme;

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
    /// Each document's rendered body.
    pub bodies: Vec<Rendered>,
    /// Findings so far.
    pub diagnostics: Vec<Diagnostic>,
    /// Translation coverage per language.
    pub coverage: Vec<LanguageCoverage>,
}

/// Reads, parses, assembles and checks the site. `Ok(Err(..))` when the
/// settings themselves are broken and nothing further can be read.
pub fn analyse(options: &Options) -> Result<Result<Analysis, Vec<Diagnostic>>, Error> {
    let mut config = match Config::load(&options.root)? {
        Ok(config) => config,
        Err(diagnostics) => return Ok(Err(diagnostics)),
    };
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_owned();
    }
    let theme = Theme::load(&options.root, &config.theme)?;
    let (locales, mut diagnostics) = Locales::load(&theme, &config);
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
    let templates = match Templates::load(&theme, &locales, &config.languages) {
        Ok(t) => Some(t),
        Err(mut problems) => {
            diagnostics.append(&mut problems);
            None
        }
    };
    let (site, mut problems) = Site::assemble(config, loaded.documents, options.today);
    diagnostics.append(&mut problems);
    let bodies = render::bodies(&site, &locales);
    diagnostics.extend(crate::checks::run(&crate::checks::Inputs {
        site: &site,
        bodies: &bodies,
        theme: &theme,
        unreadable: &unreadable,
    }));
    let coverage = crate::checks::translations::coverage(&site, &locales);
    Ok(Ok(Analysis {
        site,
        theme,
        locales,
        templates,
        bodies,
        diagnostics,
        coverage,
    }))
}

/// Runs every check without writing anything. Pages are still rendered
/// (and thrown away), so that template errors are found too.
pub fn check(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    let mut report = match analyse(options)? {
        Ok(mut analysis) => {
            let mut diagnostics = std::mem::take(&mut analysis.diagnostics);
            if let Some(templates) = analysis.templates.as_ref() {
                diagnostics.extend(write_all(&analysis, templates, &Discard)?);
            }
            Report {
                pages: analysis.site.pages.len(),
                diagnostics,
                coverage: std::mem::take(&mut analysis.coverage),
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
/// are no errors.
pub fn build(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    check_output(&options.root, &options.output)?;
    let analysis = match analyse(options)? {
        Ok(analysis) => analysis,
        Err(mut diagnostics) => {
            sort(&mut diagnostics);
            return Ok(Report {
                diagnostics,
                elapsed: started.elapsed(),
                ..Report::default()
            });
        }
    };
    let mut analysis = analysis;
    // The checks have run: the bodies can go before the pages are written
    // (each is rendered again with its page), which keeps a large site's
    // peak memory down.
    for body in &mut analysis.bodies {
        body.forget();
    }
    let mut report = Report {
        pages: analysis.site.pages.len(),
        diagnostics: std::mem::take(&mut analysis.diagnostics),
        coverage: std::mem::take(&mut analysis.coverage),
        ..Report::default()
    };
    let Some(templates) = analysis.templates.as_ref() else {
        sort(&mut report.diagnostics);
        report.elapsed = started.elapsed();
        return Ok(report);
    };
    if report.errors() == 0 {
        let staging = Staging::begin(&options.output)?;
        let written = write_all(&analysis, templates, &staging);
        match written {
            Ok(mut problems) if problems.iter().all(|d| !d.is_error()) => {
                report.diagnostics.append(&mut problems);
                staging.commit()?;
                report.published = true;
            }
            Ok(mut problems) => {
                report.diagnostics.append(&mut problems);
                staging.abort();
            }
            Err(e) => {
                staging.abort();
                return Err(e);
            }
        }
    }
    sort(&mut report.diagnostics);
    report.elapsed = started.elapsed();
    Ok(report)
}

/// A sink that keeps nothing, for `check`.
struct Discard;

impl render::Sink for Discard {
    fn put(&self, _path: &str, _bytes: &[u8]) -> Result<(), Error> {
        Ok(())
    }
}

/// Renders pages and generated files into `sink`.
pub fn write_all(
    analysis: &Analysis,
    templates: &Templates,
    sink: &dyn render::Sink,
) -> Result<Vec<Diagnostic>, Error> {
    let site = &analysis.site;
    let site_views = site_views(analysis);
    let mut diagnostics = render::pages(
        site,
        &analysis.locales,
        templates,
        &analysis.bodies,
        &site_views,
        sink,
    )?;
    diagnostics.extend(write_generated(analysis, templates, &site_views, sink)?);
    Ok(diagnostics)
}

/// The `site` context value of each language.
pub fn site_views(analysis: &Analysis) -> HashMap<String, tera::Value> {
    let site = &analysis.site;
    site.config
        .languages
        .iter()
        .map(|lang| {
            let view = render::context::site_view(site, &analysis.locales, lang);
            (lang.clone(), serde_json::to_value(view).unwrap_or_default())
        })
        .collect()
}

/// Every output that is not a content page: static files, 404, robots.txt,
/// the sitemap, feeds, … Add new generators here: `serve` re-runs this
/// after every change and writes only the files whose bytes changed.
pub fn write_generated(
    analysis: &Analysis,
    templates: &Templates,
    site_views: &HashMap<String, tera::Value>,
    sink: &dyn render::Sink,
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
