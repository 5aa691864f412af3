//! The incremental build: a build is a function from source files to
//! output files, and after a change `serve` computes again only the part
//! of that function the change reaches.
//!
//! [`Engine::start`] runs a full build (through the staging folder, like
//! `lantern build`) and keeps everything it read in memory ([`State`]).
//! [`Engine::rebuild`] is then given the paths that changed: it re-reads
//! only those files, renders again only the pages they may affect
//! ([`super::affected`]) and whose inputs really changed, produces the
//! generated files again, and writes to the output folder only the files
//! whose bytes differ, deleting those no longer produced. After any
//! sequence of changes the output folder is what a clean build would write.
//!
//! Errors stop publication as in `build`: the output folder keeps the last
//! good site, and the next good state brings it up to date.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::affected::Pending;
use super::outcome::Outcome;
use super::outputs::{Changes, Published};
use super::publish::{replace_all, write_pages};
use super::state::{State, relative};
use crate::error::{Diagnostic, Error, sort};
use crate::generate::Which;
use crate::output::check_output;
use crate::output::output_path;
use crate::pipeline::{self, Options};
use crate::render::SiteViews;

/// The sources as last read and the output folder as last written.
pub struct Engine {
    options: Options,
    state: Option<State>,
    /// What site.toml said when it was last read, and what was wrong with it.
    settings: (Option<Vec<u8>>, Vec<Diagnostic>),
    pending: Pending,
    published: Option<Published>,
    /// Whether the last rebuild brought the output folder fully up to date.
    clean: bool,
    /// The `site` context values last worked out, with what the parts
    /// found: made from front matter, settings and the theme alone, so an
    /// edit to bodies only leaves them as they are.
    views: Option<(SiteViews, Vec<Diagnostic>)>,
    /// A hash of the outputs' paths after the last rebuild that took the
    /// stale files away ([`outputs_key`]); `None` while a rebuild writes.
    outputs: Option<u64>,
}

/// What kind of source a changed path is.
#[derive(Debug, Default)]
struct Changed {
    everything: bool,
    settings: bool,
    theme: bool,
    content: Vec<String>,
}

impl Engine {
    /// Builds the whole site into the output folder (through a staging
    /// folder, so a failed build leaves the folder as it was).
    pub fn start(options: Options) -> Result<(Engine, Outcome), Error> {
        check_output(&options.root, &options.output)?;
        let mut engine = Engine {
            options,
            state: None,
            settings: (None, Vec::new()),
            pending: Pending {
                all: true,
                ..Pending::default()
            },
            published: None,
            clean: false,
            views: None,
            outputs: None,
        };
        let outcome = engine.rebuild(&[])?;
        Ok((engine, outcome))
    }

    /// Lets go of what the last rebuild replaced, once it is reported:
    /// work that no output waits for.
    pub fn tidy(&mut self) {
        if let Some(state) = self.state.as_mut() {
            state.tidy();
        }
    }

    /// The build options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Brings the output folder up to date after `changed` paths (files or
    /// folders, anywhere; those that are not sources are ignored) changed.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Outcome, Error> {
        self.rebuild_with(changed, &mut |_| {})
    }

    /// Like [`Engine::rebuild`], calling `pages_done` as soon as the content
    /// pages are on disk (before the generated files), so that browsers can
    /// reload without waiting for the rest.
    pub fn rebuild_with(
        &mut self,
        changed: &[PathBuf],
        pages_done: &mut dyn FnMut(&Outcome),
    ) -> Result<Outcome, Error> {
        let started = Instant::now();
        let result = self.update(changed).and_then(|any| self.publish(any, pages_done));
        if result.is_err() {
            // Whatever was half done, the next rebuild starts afresh.
            self.state = None;
            self.pending.all = true;
            self.clean = false;
        }
        result.map(|mut outcome| {
            outcome.elapsed = started.elapsed();
            outcome
        })
    }

    /// Re-reads what changed; returns whether anything did.
    fn update(&mut self, changed: &[PathBuf]) -> Result<bool, Error> {
        let kinds = classify(&self.options.root, changed);
        if self.state.is_none() || kinds.everything {
            return self.load();
        }
        if kinds.settings {
            let text = std::fs::read(self.options.root.join(crate::config::FILE_NAME)).ok();
            if text != self.settings.0 {
                return self.load();
            }
        }
        let Some(state) = self.state.as_mut() else {
            return self.load();
        };
        let mut any = false;
        if kinds.theme {
            let (templates, languages) = state.reload_theme(&self.options)?;
            self.pending.theme = true;
            self.pending.templates.extend(templates);
            self.pending.languages.extend(languages);
            any = true;
        }
        if !kinds.content.is_empty() {
            let change = state.apply_content(&self.options, &kinds.content)?;
            any |= change.any;
            self.pending.bodies.extend(change.bodies);
            self.pending.touched.extend(change.touched);
        }
        Ok(any)
    }

    /// Reads everything again.
    fn load(&mut self) -> Result<bool, Error> {
        let text = std::fs::read(self.options.root.join(crate::config::FILE_NAME)).ok();
        self.pending.all = true;
        self.state = None;
        match State::load(&self.options)? {
            Ok(state) => {
                self.state = Some(state);
                self.settings = (text, Vec::new());
            }
            Err(findings) => self.settings = (text, findings),
        }
        Ok(true)
    }

    /// Writes what changed, if the site has no errors.
    fn publish(&mut self, any: bool, pages_done: &mut dyn FnMut(&Outcome)) -> Result<Outcome, Error> {
        let Some(state) = self.state.as_ref() else {
            self.clean = false;
            let mut diagnostics = self.settings.1.clone();
            sort(&mut diagnostics);
            return Ok(Outcome {
                changed: any,
                diagnostics,
                ..Outcome::default()
            });
        };
        if !any && self.clean {
            return Ok(Outcome {
                published: true,
                ..Outcome::default()
            });
        }
        self.clean = false;
        // The findings (thousands of warnings on a large site, gathered and
        // sorted) and the `site` values the pages will need are worked out
        // side by side: neither reads the other.
        let analysis = &state.prepared.analysis;
        let kept = self.views.take();
        let views_wanted = self.published.is_some() && analysis.templates.is_some();
        let bodies_only = self.pending.bodies_only();
        let (diagnostics, views) = rayon::join(
            || state.diagnostics(),
            || match kept {
                _ if !views_wanted => kept,
                Some(kept) if bodies_only => Some(kept),
                before => Some(pipeline::site_views_after(
                    analysis,
                    before.map(|(views, _)| views),
                )),
            },
        );
        self.views = views;
        let mut outcome = Outcome {
            changed: any,
            diagnostics,
            ..Outcome::default()
        };
        let Some(templates) = analysis.templates.as_ref() else {
            return Ok(outcome);
        };
        if outcome.errors() > 0 {
            return Ok(outcome);
        }
        let Some(published) = self.published.as_mut() else {
            self.published = replace_all(state, templates, &self.options.output, &mut outcome)?;
            if outcome.published {
                self.pending = Pending::default();
                self.clean = true;
            }
            return Ok(outcome);
        };
        // Worked out above, as the folder is published and there are
        // templates.
        let (site_views, part_problems) = &*self
            .views
            .get_or_insert_with(|| pipeline::site_views_after(analysis, None));
        // A part that failed is an error, so `write_pages` writes nothing.
        outcome.diagnostics.extend(part_problems.iter().cloned());
        // A generator that reads no body makes its files from front matter,
        // settings and the theme alone: after an edit to bodies only, its
        // files are as they were.
        let which = if self.pending.bodies_only() {
            Which::ReadingBodies
        } else {
            Which::All
        };
        // A rebuild that stops half-way may leave files of its own: the
        // next one looks for stale files whatever the outputs are.
        let last_outputs = self.outputs.take();
        if !write_pages(state, published, &self.pending, site_views, &mut outcome)? {
            return Ok(outcome);
        }
        self.pending = Pending::default();
        pages_done(&outcome);
        let changes = Changes::new(&published.files);
        let mut problems =
            pipeline::write_generated(&state.prepared.analysis, which, templates, site_views, &changes)?;
        let (changed, produced) = changes.finish();
        let failed = problems.iter().any(Diagnostic::is_error);
        outcome.diagnostics.append(&mut problems);
        sort(&mut outcome.diagnostics);
        if failed {
            return Ok(outcome);
        }
        for (path, bytes, hash) in changed {
            if published.put_hashed(&path, &bytes, hash)? {
                outcome.written.push(path);
            }
        }
        if which != Which::All {
            // Only some generators ran: the others' files stand, and no
            // page came or went.
            self.outputs = last_outputs;
            outcome.published = true;
            self.clean = true;
            return Ok(outcome);
        }
        let site = &state.prepared.analysis.site;
        let key = outputs_key(site, &produced);
        // The same outputs as after the last look: the output folder
        // holds them and nothing else (most edits: a title, a date).
        if last_outputs != Some(key) {
            let mut current: HashSet<String> = site.pages.iter().map(|p| output_path(&p.url)).collect();
            current.extend(produced);
            let stale: Vec<String> = published
                .files
                .keys()
                .filter(|p| !current.contains(*p))
                .cloned()
                .collect();
            for path in stale {
                published.delete(&path)?;
                outcome.deleted.push(path);
            }
        }
        self.outputs = Some(key);
        outcome.published = true;
        self.clean = true;
        Ok(outcome)
    }
}

/// A hash of the paths of every output of `site`: its pages' and the
/// generated files' (`produced`), in no order.
fn outputs_key(site: &crate::site::Site, produced: &[String]) -> u64 {
    let hash = |tag: u8, text: &str| {
        let mut hasher = crate::fingerprint::hasher();
        (tag, text).hash(&mut hasher);
        hasher.finish()
    };
    let pages = site.pages.iter().map(|p| hash(0, &p.url));
    let generated = produced.iter().map(|path| hash(1, path));
    pages
        .chain(generated)
        .fold((site.pages.len() + produced.len()) as u64, u64::wrapping_add)
}

/// Sorts changed paths into settings, theme and content (relative to the
/// root); editor temporary files and paths outside the sources are dropped.
fn classify(root: &Path, changed: &[PathBuf]) -> Changed {
    let mut kinds = Changed::default();
    for path in changed {
        let Some(file) = relative(root, path) else {
            // The root itself, or a folder holding it, was moved or removed.
            kinds.everything |= root.starts_with(path);
            continue;
        };
        if file.is_empty() {
            kinds.everything = true;
            continue;
        }
        if file == crate::config::FILE_NAME {
            kinds.settings = true;
            continue;
        }
        if file
            .split('/')
            .any(|part| crate::site_files::is_hidden_or_temporary(part.as_ref()))
        {
            continue;
        }
        match file.split('/').next().unwrap_or_default() {
            crate::content::FOLDER => kinds.content.push(file),
            "static" | "templates" | "locales" | "themes" => kinds.theme = true,
            _ => {}
        }
    }
    kinds.content.sort();
    kinds.content.dedup();
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_paths_are_sorted_by_what_they_are() {
        let root = Path::new("/site");
        let paths: Vec<PathBuf> = [
            "/site/content/a.md",
            "/site/content/a.md~",
            "/site/content/.a.md.swp",
            "/site/content/4913",
            "/site/content/b.md___jb_tmp___",
            "/site/content/a.md",
            "/site/static/style.css",
            "/site/public/index.html",
            "/site/.public.lantern-staging/x",
            "/elsewhere/site.toml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let kinds = classify(root, &paths);
        assert_eq!(kinds.content, ["content/a.md"]);
        assert!(kinds.theme && !kinds.settings && !kinds.everything);
        assert!(classify(root, &[PathBuf::from("/site/site.toml")]).settings);
        assert!(classify(root, &[PathBuf::from("/site")]).everything);
        assert!(classify(root, &[PathBuf::from("/")]).everything);
    }
}
