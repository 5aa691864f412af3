//! `lantern serve`: build into the output folder, serve it on this
//! computer, watch the sources, rebuild only what each save affects, and
//! reload the pages open in the browser.
//!
//! - [`engine`]: the incremental build ([`state`] and [`reread`]: what is
//!   kept in memory and how changed files are read into it; [`affected`]:
//!   which pages a change may reach; [`publish`] and [`outputs`]: writing
//!   only the files whose bytes changed);
//! - [`watch`]: debounced file watching;
//! - [`server`]: the output folder over HTTP;
//! - [`live`]: the reload script, its event stream and the error overlay.
//!
//! A broken save is reported in the terminal and over the page, and the
//! last good site stays served; content errors never stop the server.

pub mod affected;
pub mod engine;
pub mod live;
pub mod outcome;
pub mod outputs;
pub mod publish;
pub mod reread;
pub mod server;
pub mod state;
pub mod watch;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use engine::Engine;
pub use outcome::Outcome;

use crate::error::{Diagnostic, Error};
use crate::pipeline;
use live::Live;
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
    let mut build = options.build;
    build.root = build
        .root
        .canonicalize()
        .map_err(|e| Error::io("could not open", &build.root, e))?;
    if build.output.is_relative() {
        let here = std::env::current_dir().map_err(|e| Error::io("could not open", ".", e))?;
        build.output = here.join(&build.output);
    }
    let root = build.root.clone();
    // Watch before building, so that no save is missed.
    let mut watcher = Watcher::start(&root)?;
    let (mut engine, first) = Engine::start(build)?;
    let live = Arc::new(Live::new());
    report(&root, &first, &[], &live);
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
        let result = engine.rebuild_with(&paths, &mut |pages| {
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
                report(&root, &outcome, &paths, &live);
                live.changed(&rest);
            }
            Err(e) => {
                eprintln!("error: {e}");
                live.broken(1, &format!("error: {e}\n"));
            }
        }
    }
    Err(Error::Usage("watching for changes stopped".to_owned()))
}

/// Prints what a build did (errors in full; warnings only for the files
/// that changed, or all of them the first time) and shows or clears the
/// overlay.
fn report(root: &Path, outcome: &Outcome, changed: &[PathBuf], live: &Live) {
    if !outcome.changed {
        return;
    }
    let first = changed.is_empty();
    let files: Vec<String> = changed.iter().filter_map(|p| state::relative(root, p)).collect();
    let shown: Vec<Diagnostic> = outcome
        .diagnostics
        .iter()
        .filter(|d| first || d.is_error() || files.contains(&d.file))
        .cloned()
        .collect();
    eprint!(
        "{}",
        crate::report::human(root, &shown, &crate::report::Sources::new())
    );
    let summary = crate::report::summary(&outcome.diagnostics);
    let took = outcome.elapsed.as_millis();
    if outcome.published {
        let what = if first { "built" } else { "rebuilt" };
        eprintln!(
            "{what} in {took} ms: {} rendered, {} written, {} deleted{}; {summary}",
            count(outcome.rendered, "page"),
            count(outcome.written.len(), "file"),
            outcome.deleted.len(),
            changed_files(&files),
        );
        live.fixed();
    } else {
        eprintln!(
            "not published ({summary}){}; still serving the last good site",
            changed_files(&files)
        );
        let errors: Vec<Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        live.broken(
            errors.len(),
            &crate::report::human(root, &errors, &crate::report::Sources::new()),
        );
    }
}

/// " (content/a.md, …)" naming the changed source files.
fn changed_files(files: &[String]) -> String {
    let mut named: Vec<&str> = files
        .iter()
        .map(String::as_str)
        .filter(|f| !f.is_empty())
        .collect();
    named.sort_unstable();
    named.dedup();
    match named.len() {
        0 => String::new(),
        1..=3 => format!(" ({})", named.join(", ")),
        n => format!(" ({}, … {} files)", named[..3].join(", "), n),
    }
}

/// "1 page", "2 pages".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
