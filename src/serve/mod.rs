//! `lantern serve`: build into the output folder, serve it on this
//! computer, watch the sources, rebuild only what each save affects, and
//! reload the pages open in the browser.
//!
//! - [`engine`]: the incremental build ([`state`] and [`reread`]: what is
//!   kept in memory and how changed files are read into it; [`affected`]:
//!   which pages a change may reach; [`publish`] and [`outputs`]: writing
//!   only the files whose bytes changed);
//! - [`watch`]: file watching, a save's events gathered into one batch,
//!   and [`settle`]: an error is shown only once it outlasts an editor's
//!   write;
//! - [`server`]: the output folder over HTTP ([`files`]: what each path
//!   leads to; [`body`]: how it is sent; [`hosts`]: which hosts may ask);
//! - [`live`]: the reload script, its event stream and the error overlay;
//! - [`terminal`]: what the terminal says, each warning once.
//!
//! A broken save is reported in the terminal and over the page, and the
//! last good site stays served; content errors never stop the server.

pub mod affected;
pub mod body;
pub mod engine;
pub mod files;
pub mod hosts;
pub mod live;
pub mod outcome;
pub mod outputs;
pub mod publish;
pub mod reread;
pub mod server;
pub mod settle;
pub mod state;
pub mod terminal;
pub mod watch;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use engine::Engine;
pub use outcome::Outcome;

use crate::error::Error;
use crate::pipeline;
use live::Live;
use terminal::Terminal;
use watch::{Batch, Watcher};

/// What `lantern serve` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The build.
    pub build: pipeline::Options,
    /// The address to listen on.
    pub bind: String,
    /// The port (0: any free one).
    pub port: u16,
}

/// Builds, serves and rebuilds until stopped (Ctrl+C). Returns only if the
/// site cannot be built at all or the server cannot start.
pub fn run(options: Options) -> Result<u8, Error> {
    crate::allocator::purge_at_once();
    let mut build = options.build;
    build.root = build
        .root
        .canonicalize()
        .map_err(|e| Error::io("could not open", &build.root, e))?;
    if build.output.is_relative() {
        let here = std::env::current_dir().map_err(|e| Error::io("could not open", ".", e))?;
        build.output = without_dots(&here.join(&build.output));
    }
    let root = build.root.clone();
    // Before anything is written: a port another program holds stops here,
    // not after a whole build.
    server::check_free(&options.bind, options.port)?;
    // Watch before building, so that no save is missed.
    let mut watcher = Watcher::start(&root)?;
    let (mut engine, first) = Engine::start(build)?;
    let live = Arc::new(Live::new());
    let mut terminal = Terminal::default();
    terminal.report(&root, &first, &[], &live);
    // Its findings and the path of every file written, kept otherwise
    // for as long as the server runs.
    drop(first);
    crate::allocator::give_back();
    let output = engine.options().output.clone();
    let address = server::start(&options.bind, options.port, output.clone(), Arc::clone(&live))?;
    println!("serving {} at http://{address}/ (Ctrl+C stops)", output.display());
    std::io::stdout().flush().ok();
    while let Some(batch) = watcher.wait() {
        let paths = match batch {
            Batch::Changed(paths) => paths,
            Batch::Problem(problem) => {
                eprintln!("warning: watching for changes: {problem}");
                continue;
            }
        };
        let mut sent = Vec::new();
        let result = settle::rebuild(&mut engine, &paths, settle::SETTLE, &mut |pages| {
            live.changed(&pages.written);
            sent.clone_from(&pages.written);
        });
        match result {
            Ok(outcome) => {
                let rest: Vec<String> = outcome
                    .written
                    .iter()
                    .chain(&outcome.deleted)
                    .filter(|p| !sent.contains(p))
                    .cloned()
                    .collect();
                terminal.report(&root, &outcome, &paths, &live);
                live.changed(&rest);
            }
            Err(e) => {
                eprintln!("error: {e}");
                live.broken(1, &format!("error: {e}\n"));
            }
        }
        engine.tidy();
        crate::allocator::give_back();
    }
    Err(Error::Usage("watching for changes stopped".to_owned()))
}

/// `path` without its `.` parts: "/site/./public" → "/site/public".
fn without_dots(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_output_folder_is_shown_without_dots() {
        let path = std::path::Path::new("/site/./public/.");
        assert_eq!(super::without_dots(path), std::path::Path::new("/site/public"));
    }
}
