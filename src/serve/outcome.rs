//! What one build or rebuild of `serve` found and did: the findings, and
//! the files it rendered, wrote and deleted. Filled in by
//! [`super::publish`], returned by [`super::engine::Engine`].

use std::time::Duration;

use crate::error::Diagnostic;

/// What one build or rebuild found and did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Whether any source changed (a save that changed nothing does nothing).
    pub changed: bool,
    /// Every finding, sorted (none listed when nothing changed).
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the output folder now shows the sources as they are.
    pub published: bool,
    /// Whether the whole output folder was replaced.
    pub replaced: bool,
    /// Content pages rendered.
    pub rendered: usize,
    /// Files written, relative to the output folder.
    pub written: Vec<String>,
    /// Files deleted.
    pub deleted: Vec<String>,
    /// Wall-clock time.
    pub elapsed: Duration,
}

impl Outcome {
    /// Errors found.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}
