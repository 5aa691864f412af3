//! Watching the sources: `content/`, `static/`, `locales/`, `themes/`,
//! `templates/` and `site.toml`, with notify, so that an editor's save
//! (often several events: a temporary file, a rename, a backup) becomes
//! one batch of changed paths: the first event starts a batch, and the
//! batch is acted on once no event has come for a few milliseconds. No
//! timer runs while nothing changes.
//!
//! Which paths matter, and what they mean, is decided by
//! [`super::engine`]; here a folder that appears later (a new `static/`)
//! is watched too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use notify::{Event, RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::error::Error;

/// The folders watched, with everything in them.
pub const FOLDERS: [&str; 5] = ["content", "static", "locales", "themes", "templates"];

/// How long no further event may come before a batch is acted on: an
/// editor's save (truncate, write; or write, rename, delete) ends as one.
const QUIET: Duration = Duration::from_millis(3);

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
    watcher: RecommendedWatcher,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
    batches: Receiver<Batch>,
}

impl Watcher {
    /// Starts watching the site at `root`.
    pub fn start(root: &Path) -> Result<Watcher, Error> {
        let (sender, batches) = mpsc::channel();
        let everything = root.to_path_buf();
        let handler = move |result: notify::Result<Event>| {
            let batch = match result {
                // Reading a file is not changing it (and Lantern reads the
                // files it watches).
                Ok(event) if event.kind.is_access() => return,
                Ok(event) => {
                    // The system lost track: look at everything.
                    let lost = event.need_rescan().then(|| everything.clone());
                    let paths: Vec<PathBuf> = event.paths.into_iter().chain(lost).collect();
                    if paths.is_empty() {
                        return;
                    }
                    Batch::Changed(paths)
                }
                Err(error) => Batch::Problem(error.to_string()),
            };
            // The receiver is gone only when serve is stopping.
            let _ = sender.send(batch);
        };
        let watcher = notify::recommended_watcher(handler).map_err(|e| problem(root, &e))?;
        let mut watcher = Watcher {
            watcher,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
            batches,
        };
        watcher
            .watcher
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
                let _ = self.watcher.unwatch(path);
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
                if self.watcher.watch(&folder, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(folder);
                }
            } else if !folder.is_dir() && watched {
                let _ = self.watcher.unwatch(&folder);
                self.watched.remove(&folder);
            }
        }
    }
}

fn problem(root: &Path, e: &notify::Error) -> Error {
    Error::Usage(format!("could not watch {} for changes: {e}", root.display()))
}
