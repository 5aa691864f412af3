//! What `serve` keeps in memory between rebuilds: the site as
//! [`crate::pipeline::prepare`] read it (every document's source included)
//! plus, for each document, what was derived from it alone (its rendered
//! body, slimmed to what the site-wide checks read, and its findings), so
//! that a change re-reads and re-renders only the files that changed. A
//! body's HTML is not kept: a page renders it again from the source
//! ([`crate::pipeline::Again`]). The first reading is the build's own: `prepare`,
//! then the document pass ([`crate::pipeline::pass`]) without writing.
//!
//! Sits between the watcher (which says which paths changed) and
//! [`super::engine`] (which decides which outputs to render again).

use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::Path;

use rayon::prelude::*;

use crate::content::Document;
use crate::error::{Diagnostic, Error, display_path};
use crate::i18n::Locales;
use crate::markdown::{AlertTitles, Rendered};
use crate::pipeline::{self, Keep, Options, Prepared};
use crate::render;
use crate::site::translation_key;
use crate::theme::Theme;

/// The analysed site and what each document contributed.
pub struct State {
    /// Site, theme, interface text, templates and bodies, with what
    /// reading and assembling them found, as a build has them.
    pub prepared: Prepared,
    /// Per document: a hash of what its body was rendered from.
    pub body_keys: Vec<u64>,
    /// Per document: its own findings (front matter and per-document checks).
    pub findings: Vec<Vec<Diagnostic>>,
    /// Findings of the checks that compare documents.
    pub site_wide: crate::checks::KeptSiteWide,
    /// Language → hash of its alert titles.
    pub(super) titles: HashMap<String, (AlertTitles, u64)>,
    /// The site a rebuild replaced, until [`State::tidy`] lets it go.
    pub(super) retired: Option<crate::site::Site>,
    /// The outputs found at one address when the site was last assembled.
    pub(super) collisions: crate::addresses::KnownCollisions,
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
        self.site_wide = site_wide(&self.prepared);
    }

    /// Brings the site-wide checks up to date after documents `read_again`
    /// were read again, each in its place, with `found`, what the checks
    /// that need no body found in the site as it now is
    /// ([`KeptSiteWide::documents_changed`](crate::checks::KeptSiteWide::documents_changed)).
    pub(super) fn site_wide_after(&mut self, read_again: &[usize], found: Vec<Diagnostic>) {
        let prepared = &self.prepared;
        self.site_wide.documents_changed(
            &check_inputs(prepared, &prepared.read.unreadable()),
            read_again,
            found,
        );
    }

    /// Reads and analyses the whole site, as a build does, keeping every
    /// body slim ([`Keep::Again`]). `Ok(Err(..))` when site.toml is broken.
    pub fn load(options: &Options) -> Result<Result<State, Vec<Diagnostic>>, Error> {
        let mut prepared = match pipeline::prepare(options)? {
            Ok(prepared) => prepared,
            Err(diagnostics) => return Ok(Err(diagnostics)),
        };
        let analysis = &prepared.analysis;
        let titles = titles(&analysis.locales, &analysis.site.config.languages);
        let pass = pipeline::pass(analysis, options.today, None, Keep::Again)?;
        let body_keys = analysis
            .site
            .documents
            .iter()
            .map(|doc| body_key(doc, &titles))
            .collect();
        prepared.analysis.bodies = pass.bodies;
        Ok(Ok(State {
            site_wide: site_wide(&prepared),
            prepared,
            body_keys,
            findings: pass.findings,
            titles,
            retired: None,
            collisions: crate::addresses::KnownCollisions::default(),
        }))
    }

    /// Every finding, sorted, as [`crate::pipeline::check`] reports them.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut all = self.prepared.findings();
        all.extend(self.findings.iter().flatten().cloned());
        all.extend(self.site_wide.diagnostics().cloned());
        crate::error::sort(&mut all);
        all
    }

    /// The index of the document read from `file`.
    pub fn document(&self, file: &str) -> Option<usize> {
        let documents = &self.prepared.analysis.site.documents;
        documents.binary_search_by(|d| d.file.as_str().cmp(file)).ok()
    }

    /// Lets go of what the last rebuild replaced: work no output waits
    /// for, done once the rebuild is reported.
    pub fn tidy(&mut self) {
        self.retired = None;
    }

    pub(super) fn is_known(&self, file: &str) -> bool {
        let read = &self.prepared.read;
        self.document(file).is_some() || read.failed.contains_key(file) || read.drafts.contains(file)
    }

    /// Reloads theme, templates and interface text after a change under
    /// `static/`, `templates/`, `locales/` or `themes/`. Returns the
    /// templates that changed and the languages whose interface text did.
    pub fn reload_theme(&mut self, options: &Options) -> Result<(BTreeSet<String>, BTreeSet<String>), Error> {
        let config = &self.prepared.analysis.site.config;
        let theme = Theme::load(&options.root, &config.theme)?;
        let old = &self.prepared.analysis.theme;
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
            let (locales, engines, interface) = pipeline::interface(&theme, config);
            self.prepared.analysis.locales = locales;
            self.prepared.analysis.templates = engines;
            self.prepared.interface = interface;
        }
        self.prepared.analysis.theme = theme;
        if !languages.is_empty() {
            self.retitle(options);
        }
        Ok((templates, languages))
    }

    /// Renders and checks documents `docs` again, in parallel, as the
    /// document pass does, and keeps their bodies and findings.
    pub(super) fn redo(&mut self, options: &Options, docs: &[usize]) {
        let state = &*self;
        let results: Vec<(usize, Rendered, Vec<Diagnostic>)> = docs
            .par_iter()
            .map(|&i| {
                let (body, found) = redo_document(state, i, options);
                (i, body, found)
            })
            .collect();
        for (i, body, found) in results {
            self.prepared.analysis.bodies[i] = body;
            self.findings[i] = found;
        }
    }

    /// Renders again the bodies whose alert titles changed.
    fn retitle(&mut self, options: &Options) {
        let site = &self.prepared.analysis.site;
        let titles = titles(&self.prepared.analysis.locales, &site.config.languages);
        let changed: BTreeSet<String> = titles
            .iter()
            .filter(|(lang, (_, key))| self.titles.get(*lang).is_none_or(|(_, old)| old != key))
            .map(|(lang, _)| lang.clone())
            .collect();
        let redo: Vec<usize> = (0..site.documents.len())
            .filter(|&i| changed.contains(&site.documents[i].path.lang))
            .collect();
        self.titles = titles;
        for &i in &redo {
            self.body_keys[i] = body_key(&self.prepared.analysis.site.documents[i], &self.titles);
        }
        self.redo(options, &redo);
        if !redo.is_empty() {
            self.refresh_site_wide();
        }
    }
}

/// Every site-wide check of `prepared`.
fn site_wide(prepared: &Prepared) -> crate::checks::KeptSiteWide {
    crate::checks::KeptSiteWide::new(&check_inputs(prepared, &prepared.read.unreadable()))
}

/// What the site-wide checks of `prepared` read, with the content files
/// that could not be read, `unreadable`.
fn check_inputs<'a>(prepared: &'a Prepared, unreadable: &'a [String]) -> crate::checks::Inputs<'a> {
    let analysis = &prepared.analysis;
    crate::checks::Inputs {
        site: &analysis.site,
        bodies: &analysis.bodies,
        theme: &analysis.theme,
        unreadable,
        generated: &analysis.generated,
    }
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

/// What `doc`'s body is rendered from, as a hash: its text and its
/// language's alert titles.
pub(super) fn body_key(doc: &Document, titles: &HashMap<String, (AlertTitles, u64)>) -> u64 {
    let titles_key = titles.get(&doc.path.lang).map_or(0, |(_, k)| *k);
    let mut hasher = crate::fingerprint::hasher();
    doc.body().hash(&mut hasher);
    titles_key.hash(&mut hasher);
    hasher.finish()
}

/// Renders and checks document `i` again, as the document pass does.
pub(super) fn redo_document(state: &State, i: usize, options: &Options) -> (Rendered, Vec<Diagnostic>) {
    let analysis = &state.prepared.analysis;
    let lang = &analysis.site.documents[i].path.lang;
    let no_titles = AlertTitles::default();
    let titles = state.titles.get(lang).map_or(&no_titles, |(t, _)| t);
    let (mut body, found) = pipeline::document(analysis, titles, i, options.today, Keep::Again);
    body.slim_to_keep();
    (body, found)
}

/// `path` relative to `root`, `/`-separated, when it is inside it.
pub fn relative(root: &Path, path: &Path) -> Option<String> {
    path.strip_prefix(root)
        .ok()
        .map(|p| display_path(Path::new(""), p))
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::generate::recording::{Recording, Seen};
    use crate::markdown::Bodies;

    /// A copy of the multilingual fixture, to edit.
    fn site() -> tempfile::TempDir {
        copy_of("multilingual")
    }

    /// A copy of fixture `name`.
    fn copy_of(name: &str) -> tempfile::TempDir {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let dir = tempfile::tempdir().unwrap();
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.unwrap();
            let to = dir.path().join(entry.path().strip_prefix(&from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
        dir
    }

    /// The options of a build of the site in `dir` into its `public`.
    fn options(dir: &tempfile::TempDir) -> Options {
        Options {
            root: dir.path().to_path_buf(),
            output: dir.path().join("public"),
            drafts: false,
            base_url: None,
            today: crate::dates::Date::from_ymd(2026, 12, 1).unwrap(),
        }
    }

    #[test]
    fn kept_bodies_hold_no_html_and_are_rendered_again_as_a_build_renders_them() {
        // Alerts in English and in Urdu, whose titles are its own.
        let dir = copy_of("components");
        let options = options(&dir);
        pipeline::build(&options).unwrap();
        let state = State::load(&options).unwrap().unwrap();
        let analysis = &state.prepared.analysis;
        assert!(
            analysis
                .bodies
                .iter()
                .all(|b| b.html.is_empty() && b.text.is_empty())
        );
        let again = pipeline::Again::new(analysis);
        let mut urdu_alerts = 0;
        for page in &analysis.site.pages {
            let html = again.body(page.doc).html;
            let built =
                std::fs::read_to_string(options.output.join(crate::output::output_path(&page.url))).unwrap();
            assert!(
                built.contains(&html),
                "{} does not show its body as built",
                page.url
            );
            if page.lang == "ur" && html.contains("alert") {
                urdu_alerts += 1;
            }
        }
        assert!(urdu_alerts > 0, "the fixture has an Urdu page with alerts");
    }

    #[test]
    fn a_body_rendered_again_is_shown_again_to_the_generators_that_read_bodies() {
        let dir = site();
        let options = options(&dir);
        let mut state = State::load(&options).unwrap().unwrap();
        let seen = Arc::new(Mutex::new(Seen::default()));
        let generators = std::mem::take(&mut state.prepared.analysis.generators);
        state.prepared.analysis.generators = generators.with(Box::new(Recording(Arc::clone(&seen))));
        let file = "content/leaflets/what-happens.md";
        let shown = |words: &str| {
            seen.lock()
                .unwrap()
                .bodies
                .iter()
                .filter(|(f, html)| f == file && html.contains(words))
                .count()
        };
        // A body alone changes: that document, and no other, is shown again.
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\nA meeting is held within fifteen days.\n")).unwrap();
        state.apply_content(&options, &[file.to_owned()]).unwrap();
        assert_eq!(shown("fifteen days"), 1);
        assert_eq!(seen.lock().unwrap().bodies.len(), 1);
        // Its front matter changes: the site is put together again, and the
        // document is shown once more, with its index in the new site.
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replacen("title = ", "description = \"New.\"\ntitle = ", 1),
        )
        .unwrap();
        state.apply_content(&options, &[file.to_owned()]).unwrap();
        assert_eq!(shown("fifteen days"), 2);
        let site = &state.prepared.analysis.site;
        let index = state.document(file).unwrap();
        assert_eq!(site.documents[index].front.description.as_deref(), Some("New."));
    }
}
