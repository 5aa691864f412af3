//! An error is shown only once it outlasts an editor's save. Editors write
//! a file in steps (emptied, then filled; or written to a temporary file and
//! renamed), and the watcher can catch one half-way: an empty page, or a
//! front matter cut short. A rebuild that finds errors therefore waits a
//! moment and reads the same files again; only errors that are still there
//! reach the terminal and the browser.

use std::path::PathBuf;
use std::time::Duration;

use super::engine::Engine;
use super::outcome::Outcome;
use crate::error::Error;

/// How long a save is given to finish before its errors are believed.
pub const SETTLE: Duration = Duration::from_millis(150);

/// [`Engine::rebuild_with`], and, if it found errors, again after `settle`:
/// the second outcome when the files changed in between (a save that
/// finished), else the first (the errors are real).
pub fn rebuild(
    engine: &mut Engine,
    changed: &[PathBuf],
    settle: Duration,
    pages_done: &mut dyn FnMut(&Outcome),
) -> Result<Outcome, Error> {
    let first = engine.rebuild_with(changed, pages_done)?;
    if first.errors() == 0 || settle.is_zero() {
        return Ok(first);
    }
    std::thread::sleep(settle);
    let again = engine.rebuild_with(changed, pages_done)?;
    Ok(if again.changed { again } else { first })
}
