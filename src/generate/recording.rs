//! A generator for tests that reads bodies: it records what its
//! per-document hook was shown and when it was asked to write, so tests of
//! the pipeline and of `serve` can prove what a body-reading generator
//! sees.

use std::sync::{Arc, Mutex};

use super::{Generator, Inputs};
use crate::error::{Diagnostic, Error};
use crate::markdown::Rendered;
use crate::output::Sink;
use crate::site::Site;

/// What the hooks saw, shared with the test that made the generator.
#[derive(Debug, Default)]
pub struct Seen {
    /// (document file, the body's HTML), in the order shown.
    pub bodies: Vec<(String, String)>,
    /// How many bodies had been shown each time `write` was called.
    pub writes: Vec<usize>,
}

/// Records into a [`Seen`], and writes `recorded.txt`: one line per body
/// seen, "file bytes".
pub struct Recording(pub Arc<Mutex<Seen>>);

impl Generator for Recording {
    fn reads_bodies(&self) -> bool {
        true
    }

    fn document(&self, site: &Site, doc: usize, body: &Rendered, _kept: bool) {
        let mut seen = self.0.lock().unwrap();
        seen.bodies
            .push((site.documents[doc].file.clone(), body.html.clone()));
    }

    fn write(&self, _inputs: &Inputs<'_>, sink: &dyn Sink) -> Result<Vec<Diagnostic>, Error> {
        let mut seen = self.0.lock().unwrap();
        let count = seen.bodies.len();
        seen.writes.push(count);
        let mut lines: Vec<String> = seen
            .bodies
            .iter()
            .map(|(file, html)| format!("{file} {}", html.len()))
            .collect();
        lines.sort();
        sink.put("recorded.txt", lines.join("\n").as_bytes())?;
        Ok(Vec::new())
    }
}
