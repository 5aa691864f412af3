//! Watching the sources: `content/`, `static/`, `locales/`, `themes/`,
//! `templates/` and `site.toml`, with notify and a short debounce, so that
//! an editor's save (often several events: a temporary file, a rename, a
//! backup) becomes one batch of changed paths.
//!
//! Which paths matter, and what they mean, is decided by
//! [`super::engine`]; here a folder that appears later (a new `static/`)
//! is watched too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, new_debouncer_opt};

use crate::error::Error;

/// The folders watched, with everything in them.
pub const FOLDERS: [&str; 5] = ["content", "static", "locales", "themes", "templates"];

/// How old an event must be before the debouncer passes it on.
const SETTLE: Duration = Duration::from_millis(5);
/// How often the debouncer looks for such events.
const TICK: Duration = Duration::from_millis(5);
/// How long no further batch may come before a batch is acted on: an
/// editor's save (truncate, write; or write, rename, delete) ends as one.
const QUIET: Duration = Duration::from_millis(5);

/// What the watcher reports.
#[derive(Debug)]
pub enum Batch {
    /// These paths changed (a path equal to the root: look at everything).
    Changed(Vec<PathBuf>),
    /// Watching went wrong.
    Problem(String),
}

/// A running watcher.
pub struct Watcher {
    debouncer: Debouncer<RecommendedWatcher, NoCache>,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
    batches: Receiver<Batch>,
}

impl Watcher {
    /// Starts watching the site at `root`.
    pub fn start(root: &Path) -> Result<Watcher, Error> {
        let (sender, batches) = mpsc::channel();
        let everything = root.to_path_buf();
        let handler = move |result: DebounceEventResult| {
            let batch = match result {
                Ok(events) => Batch::Changed(
                    events
                        .into_iter()
                        // Reading a file is not changing it (and Lantern
                        // reads the files it watches).
                        .filter(|event| !event.kind.is_access())
                        .flat_map(|event| {
                            // The system lost track: look at everything.
                            let lost = event.need_rescan().then(|| everything.clone());
                            event.event.paths.into_iter().chain(lost)
                        })
                        .collect(),
                ),
                Err(errors) => Batch::Problem(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            // The receiver is gone only when serve is stopping.
            let _ = sender.send(batch);
        };
        let debouncer = new_debouncer_opt(SETTLE, Some(TICK), handler, NoCache, notify::Config::default())
            .map_err(|e| problem(root, &e))?;
        let mut watcher = Watcher {
            debouncer,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
            batches,
        };
        watcher
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| problem(root, &e))?;
        watcher.refresh();
        Ok(watcher)
    }

    /// Waits for the next batch, merged with those that follow it until
    /// the sources have been quiet for a moment; `None` once the watcher
    /// has stopped.
    pub fn wait(&mut self) -> Option<Batch> {
        let first = self.batches.recv().ok()?;
        let Batch::Changed(mut paths) = first else {
            return Some(first);
        };
        while let Ok(batch) = self.batches.recv_timeout(QUIET) {
            match batch {
                Batch::Changed(more) => paths.extend(more),
                Batch::Problem(problem) => eprintln!("warning: watching for changes: {problem}"),
            }
        }
        // A source folder itself was created, moved or removed: watch it
        // afresh (a watch on a removed folder is dead).
        for path in &paths {
            if path.parent() == Some(self.root.as_path()) && self.watched.remove(path) {
                let _ = self.debouncer.unwatch(path);
            }
        }
        self.refresh();
        Some(Batch::Changed(paths))
    }

    /// Watches source folders that have appeared, forgets those that went.
    fn refresh(&mut self) {
        for name in FOLDERS {
            let folder = self.root.join(name);
            let watched = self.watched.contains(&folder);
            if folder.is_dir() && !watched {
                if self.debouncer.watch(&folder, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(folder);
                }
            } else if !folder.is_dir() && watched {
                let _ = self.debouncer.unwatch(&folder);
                self.watched.remove(&folder);
            }
        }
    }
}

fn problem(root: &Path, e: &notify::Error) -> Error {
    Error::Usage(format!("could not watch {} for changes: {e}", root.display()))
}
