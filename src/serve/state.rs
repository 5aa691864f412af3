//! What `serve` keeps in memory between rebuilds: the analysed site (a
//! [`crate::pipeline::Analysis`], with every body kept whole) plus, for
//! each document, what was derived from it alone (its rendered body and its
//! findings), so that a change re-reads and re-renders only the files that
//! changed.
//!
//! Sits between the watcher (which says which paths changed) and
//! [`super::engine`] (which decides which outputs to render again).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{self, Document};
use crate::error::{Diagnostic, Error, display_path};
use crate::i18n::Locales;
use crate::markdown::{AlertTitles, Rendered};
use crate::pipeline::{Analysis, Options};
use crate::render::{self, Templates};
use crate::site::{Site, translation_key};
use crate::theme::Theme;

/// The analysed site and what each document contributed.
pub struct State {
    /// Site, theme, interface text, templates and bodies, as a full build
    /// has them (its `diagnostics` are kept in the fields below instead).
    pub analysis: Analysis,
    /// Per document: a hash of what its body was rendered from.
    pub body_keys: Vec<u64>,
    /// Per document: its own findings (front matter and per-document checks).
    pub findings: Vec<Vec<Diagnostic>>,
    /// Content files that could not be read or parsed.
    pub failed: BTreeMap<String, Vec<Diagnostic>>,
    /// Drafts left out.
    pub drafts: BTreeSet<String>,
    /// Findings of the walk through `content/` (links not followed).
    pub walk: Vec<Diagnostic>,
    /// Findings about interface text and templates.
    pub interface: Vec<Diagnostic>,
    /// Findings of assembling the site (pages sharing an address, …).
    pub assembled: Vec<Diagnostic>,
    /// Findings of the checks that compare documents.
    pub site_wide: Vec<Diagnostic>,
    /// Language → hash of its alert titles.
    pub(super) titles: HashMap<String, (AlertTitles, u64)>,
}

/// Where a document sits, kept to work out what a change affects.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Facts {
    /// Its translation key ("reviews/child-d").
    pub key: String,
    /// Its section ("reviews").
    pub section: String,
    /// Whether it is a section's own page.
    pub is_index: bool,
    /// The review it names, as a translation key.
    pub review: Option<String>,
}

impl Facts {
    /// The facts of `doc`.
    pub fn of(doc: &Document) -> Facts {
        Facts {
            key: translation_key(doc),
            section: doc.path.section.clone(),
            is_index: doc.path.is_index,
            review: doc.front.review.as_ref().map(|r| review_key(r.get_ref())),
        }
    }
}

/// A `review = "…"` value as a translation key.
pub fn review_key(value: &str) -> String {
    value
        .trim_start_matches("content/")
        .trim_end_matches(".md")
        .to_owned()
}

impl State {
    /// Runs the checks that depend on the whole site again.
    pub(super) fn refresh_site_wide(&mut self) {
        let unreadable: Vec<String> = self.failed.keys().cloned().collect();
        self.site_wide = crate::checks::site_wide(&crate::checks::Inputs {
            site: &self.analysis.site,
            bodies: &self.analysis.bodies,
            theme: &self.analysis.theme,
            unreadable: &unreadable,
        });
    }

    /// Reads and analyses the whole site. `Ok(Err(..))` when site.toml is
    /// broken.
    pub fn load(options: &Options) -> Result<Result<State, Vec<Diagnostic>>, Error> {
        let root = &options.root;
        let mut config = match Config::load(root)? {
            Ok(config) => config,
            Err(diagnostics) => return Ok(Err(diagnostics)),
        };
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.trim_end_matches('/').to_owned();
        }
        let theme = Theme::load(root, &config.theme)?;
        let (locales, templates, interface) = interface(&theme, &config);
        let (files, walk) = content::find(root)?;
        let read: Vec<(String, Result<Document, Vec<Diagnostic>>)> = files
            .par_iter()
            .map(|path| (display_path(root, path), content::read(root, path, &config)))
            .collect();
        let mut documents = Vec::new();
        let mut failed = BTreeMap::new();
        let mut drafts = BTreeSet::new();
        for (file, result) in read {
            match result {
                Ok(doc) if doc.front.draft && !options.drafts => {
                    drafts.insert(file);
                }
                Ok(doc) => documents.push(doc),
                Err(problems) => {
                    failed.insert(file, problems);
                }
            }
        }
        documents.sort_by(|a, b| a.file.cmp(&b.file));
        let titles = titles(&locales, &config.languages);
        let (site, assembled) = Site::assemble(config, documents, options.today);
        let (bodies, body_keys): (Vec<Rendered>, Vec<u64>) = site
            .documents
            .par_iter()
            .map(|doc| render_body(doc, &titles))
            .unzip();
        let findings = (0..site.documents.len())
            .into_par_iter()
            .map(|i| document_findings(&site, i, &bodies[i], options))
            .collect();
        let unreadable: Vec<String> = failed.keys().cloned().collect();
        let site_wide = crate::checks::site_wide(&crate::checks::Inputs {
            site: &site,
            bodies: &bodies,
            theme: &theme,
            unreadable: &unreadable,
        });
        Ok(Ok(State {
            analysis: Analysis {
                site,
                theme,
                locales,
                templates,
                bodies,
                diagnostics: Vec::new(),
                coverage: Vec::new(),
            },
            body_keys,
            findings,
            failed,
            drafts,
            walk,
            interface,
            assembled,
            site_wide,
            titles,
        }))
    }

    /// Every finding, sorted, as [`crate::pipeline::check`] reports them.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let unreadable: Vec<String> = self.failed.keys().cloned().collect();
        let assembled = self
            .assembled
            .iter()
            .filter(|d| !crate::checks::translations::follows_from_unreadable(d, &unreadable));
        let mut all: Vec<Diagnostic> = self
            .interface
            .iter()
            .chain(&self.analysis.theme.refused)
            .chain(&self.analysis.site.config.warnings)
            .chain(&self.walk)
            .chain(self.failed.values().flatten())
            .chain(self.findings.iter().flatten())
            .chain(assembled)
            .chain(&self.site_wide)
            .cloned()
            .collect();
        crate::error::sort(&mut all);
        all
    }

    /// The index of the document read from `file`.
    pub fn document(&self, file: &str) -> Option<usize> {
        let documents = &self.analysis.site.documents;
        documents.binary_search_by(|d| d.file.as_str().cmp(file)).ok()
    }

    pub(super) fn is_known(&self, file: &str) -> bool {
        self.document(file).is_some() || self.failed.contains_key(file) || self.drafts.contains(file)
    }

    /// Reloads theme, templates and interface text after a change under
    /// `static/`, `templates/`, `locales/` or `themes/`. Returns the
    /// templates that changed and the languages whose interface text did.
    pub fn reload_theme(&mut self, options: &Options) -> Result<(BTreeSet<String>, BTreeSet<String>), Error> {
        let config = &self.analysis.site.config;
        let theme = Theme::load(&options.root, &config.theme)?;
        let old = &self.analysis.theme;
        let mut templates: BTreeSet<String> = theme
            .templates
            .iter()
            .filter(|(name, file)| old.templates.get(*name).is_none_or(|o| o.bytes != file.bytes))
            .map(|(name, _)| name.clone())
            .collect();
        templates.extend(
            old.templates
                .keys()
                .filter(|n| !theme.templates.contains_key(*n))
                .cloned(),
        );
        let texts = |t: &Theme, lang: &str| -> Vec<(String, Vec<u8>)> {
            t.locales
                .iter()
                .filter(|(l, _)| l == lang)
                .map(|(_, f)| (f.origin.clone(), f.bytes.to_vec()))
                .collect()
        };
        let mut languages: BTreeSet<String> = config
            .languages
            .iter()
            .filter(|lang| texts(old, lang) != texts(&theme, lang))
            .cloned()
            .collect();
        // Other languages fall back to the default language's messages.
        if languages.contains(&config.default_language) {
            languages.extend(config.languages.iter().cloned());
        }
        if !languages.is_empty() || !templates.is_empty() {
            let (locales, engines, interface) = interface(&theme, config);
            self.analysis.locales = locales;
            self.analysis.templates = engines;
            self.interface = interface;
        }
        self.analysis.theme = theme;
        if !languages.is_empty() {
            self.retitle(options);
        }
        Ok((templates, languages))
    }

    /// Renders again the bodies whose alert titles changed.
    fn retitle(&mut self, options: &Options) {
        let site = &self.analysis.site;
        let titles = titles(&self.analysis.locales, &site.config.languages);
        let changed: BTreeSet<&String> = titles
            .iter()
            .filter(|(lang, (_, key))| self.titles.get(*lang).is_none_or(|(_, old)| old != key))
            .map(|(lang, _)| lang)
            .collect();
        let redo: Vec<usize> = (0..site.documents.len())
            .filter(|&i| changed.contains(&site.documents[i].path.lang))
            .collect();
        let results: Vec<(usize, Rendered, u64, Vec<Diagnostic>)> = redo
            .par_iter()
            .map(|&i| {
                let (body, key) = render_body(&site.documents[i], &titles);
                let found = document_findings(site, i, &body, options);
                (i, body, key, found)
            })
            .collect();
        for (i, body, key, found) in results {
            self.analysis.bodies[i] = body;
            self.body_keys[i] = key;
            self.findings[i] = found;
        }
        self.titles = titles;
        if !redo.is_empty() {
            self.refresh_site_wide();
        }
    }
}

/// Interface text and templates for a theme, with their findings.
fn interface(theme: &Theme, config: &Config) -> (Arc<Locales>, Option<Templates>, Vec<Diagnostic>) {
    let (locales, mut findings) = Locales::load(theme, config);
    let locales = Arc::new(locales);
    let templates = match Templates::load(theme, &locales, &config.languages) {
        Ok(templates) => {
            findings.extend_from_slice(templates.warnings());
            Some(templates)
        }
        Err(mut problems) => {
            findings.append(&mut problems);
            None
        }
    };
    (locales, templates, findings)
}

fn titles(locales: &Locales, languages: &[String]) -> HashMap<String, (AlertTitles, u64)> {
    languages
        .iter()
        .map(|lang| {
            let titles = render::alert_titles(locales, lang);
            // Every field, whatever fields the titles have.
            let key = super::outputs::hash_bytes(format!("{titles:?}").as_bytes());
            (lang.clone(), (titles, key))
        })
        .collect()
}

/// Renders `doc`'s body; the key identifies what it was rendered from.
pub(super) fn render_body(doc: &Document, titles: &HashMap<String, (AlertTitles, u64)>) -> (Rendered, u64) {
    let (titles, titles_key) = titles
        .get(&doc.path.lang)
        .map(|(t, k)| (t.clone(), *k))
        .unwrap_or_default();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    doc.body().hash(&mut hasher);
    titles_key.hash(&mut hasher);
    (render::body(doc, &titles), hasher.finish())
}

/// What document `i` alone is found to have wrong.
pub(super) fn document_findings(
    site: &Site,
    i: usize,
    body: &Rendered,
    options: &Options,
) -> Vec<Diagnostic> {
    let mut found = content::validate::validate(&site.documents[i], options.today);
    found.extend(crate::checks::document(site, i, body));
    found
}

/// `path` relative to `root`, `/`-separated, when it is inside it.
pub fn relative(root: &Path, path: &Path) -> Option<String> {
    path.strip_prefix(root)
        .ok()
        .map(|p| display_path(Path::new(""), p))
}
