//! What a generator made last time, and from what, so that `serve` makes
//! again only the files whose inputs changed.
//!
//! A generator names each thing it makes (an edition, a page) with a key
//! and a fingerprint: a hash of everything the files are made from. When
//! the fingerprint is the one recorded and the sink still holds every file
//! with the bytes recorded ([`Sink::holds`]), nothing is made, and what the
//! checks found then is returned again. Otherwise the files are made and
//! recorded. A build's staging folder does not [`Sink::tracks`], so in a
//! build everything is made and nothing is kept.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rustc_hash::FxHashMap;

use crate::error::{Diagnostic, Error};
use crate::fingerprint::hash_bytes;
use crate::output::Sink;

/// Files made before, by key.
#[derive(Debug, Default)]
pub struct Memo {
    made: Mutex<FxHashMap<String, Made>>,
    /// Counts [`Memo::sweep`]s.
    round: AtomicU64,
}

/// The files made under one key.
#[derive(Debug)]
struct Made {
    fingerprint: u64,
    /// Path → hash of the bytes written.
    files: Vec<(String, u64)>,
    /// How many bytes they came to.
    size: usize,
    /// What the checks of those files found.
    found: Vec<Diagnostic>,
    /// The last round they were made or held over in.
    round: u64,
}

impl Memo {
    fn lock(&self) -> MutexGuard<'_, FxHashMap<String, Made>> {
        self.made.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The files under `key`, made from inputs whose hash is `fingerprint`:
    /// held over from last time if `sink` still holds them, else made by
    /// `make` into `sink`. Returns what their checks found.
    pub fn make(
        &self,
        key: &str,
        fingerprint: u64,
        sink: &dyn Sink,
        make: impl FnOnce(&dyn Sink) -> Result<Vec<Diagnostic>, Error>,
    ) -> Result<Vec<Diagnostic>, Error> {
        self.make_from(key, Some(fingerprint), sink, make)
    }

    /// The files under `key`, held over from last time if `sink` still
    /// holds them, for a caller that knows their inputs are as they were;
    /// returns what their checks found, or `None` if they must be made.
    pub fn hold(&self, key: &str, sink: &dyn Sink) -> Option<Vec<Diagnostic>> {
        self.held(key, None, sink)
    }

    /// The files under `key`, made by `make` into `sink` whatever they
    /// were made from before, and recorded for [`Memo::hold`].
    pub fn record(
        &self,
        key: &str,
        sink: &dyn Sink,
        make: impl FnOnce(&dyn Sink) -> Result<Vec<Diagnostic>, Error>,
    ) -> Result<Vec<Diagnostic>, Error> {
        self.make_from(key, None, sink, make)
    }

    /// [`Memo::make`] with `fingerprint`, or [`Memo::record`] without one.
    fn make_from(
        &self,
        key: &str,
        fingerprint: Option<u64>,
        sink: &dyn Sink,
        make: impl FnOnce(&dyn Sink) -> Result<Vec<Diagnostic>, Error>,
    ) -> Result<Vec<Diagnostic>, Error> {
        if !sink.tracks() {
            return make(sink);
        }
        if let Some(print) = fingerprint
            && let Some(found) = self.held(key, Some(print), sink)
        {
            return Ok(found);
        }
        let noting = Noting {
            inner: sink,
            files: Mutex::new(Vec::new()),
            size: AtomicUsize::new(0),
        };
        let found = make(&noting)?;
        let size = noting.size.into_inner();
        let files = noting.files.into_inner().unwrap_or_else(PoisonError::into_inner);
        self.lock().insert(
            key.to_owned(),
            Made {
                fingerprint: fingerprint.unwrap_or_default(),
                files,
                size,
                found: found.clone(),
                round: self.round.load(Ordering::Relaxed),
            },
        );
        Ok(found)
    }

    /// How many bytes the files under `key` came to when last made: room
    /// to make them again in without growing a buffer.
    pub fn size(&self, key: &str) -> Option<usize> {
        self.lock().get(key).map(|m| m.size)
    }

    /// What the checks found when the files under `key` were last made.
    pub fn found(&self, key: &str) -> Vec<Diagnostic> {
        self.lock().get(key).map(|m| m.found.clone()).unwrap_or_default()
    }

    /// Forgets what was neither made nor held over since the last sweep:
    /// things no longer made. Called after a generator made everything.
    pub fn sweep(&self) {
        let round = self.round.fetch_add(1, Ordering::Relaxed);
        self.lock().retain(|_, made| made.round == round);
    }

    /// What the checks found, if the files under `key` were made from
    /// `fingerprint` (if one is given) and `sink` holds them all.
    fn held(&self, key: &str, fingerprint: Option<u64>, sink: &dyn Sink) -> Option<Vec<Diagnostic>> {
        if !sink.tracks() {
            return None;
        }
        let mut made = self.lock();
        let made = made
            .get_mut(key)
            .filter(|m| fingerprint.is_none_or(|f| f == m.fingerprint))?;
        if !sink.holds_all(&made.files) {
            return None;
        }
        made.round = self.round.load(Ordering::Relaxed);
        Some(made.found.clone())
    }
}

/// A sink that passes files on and notes the hash of each, and their size.
struct Noting<'a> {
    inner: &'a dyn Sink,
    files: Mutex<Vec<(String, u64)>>,
    size: AtomicUsize,
}

impl Noting<'_> {
    /// Notes a file of `size` bytes put at `path`, whose hash is `hash`.
    fn note(&self, path: &str, size: usize, hash: u64) {
        self.size.fetch_add(size, Ordering::Relaxed);
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        files.retain(|(p, _)| p != path);
        files.push((path.to_owned(), hash));
    }
}

impl Sink for Noting<'_> {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put_hashed(path, bytes, hash_bytes(bytes))
    }

    fn put_hashed(&self, path: &str, bytes: &[u8], hash: u64) -> Result<(), Error> {
        self.inner.put_hashed(path, bytes, hash)?;
        self.note(path, bytes.len(), hash);
        Ok(())
    }

    fn put_owned(&self, path: &str, bytes: Vec<u8>, hash: u64) -> Result<(), Error> {
        let size = bytes.len();
        self.inner.put_owned(path, bytes, hash)?;
        self.note(path, size, hash);
        Ok(())
    }

    fn tracks(&self) -> bool {
        self.inner.tracks()
    }

    fn holds(&self, path: &str, hash: u64) -> bool {
        let held = self.inner.holds(path, hash);
        if held {
            let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
            files.retain(|(p, _)| p != path);
            files.push((path.to_owned(), hash));
        }
        held
    }

    fn holds_all(&self, files: &[(String, u64)]) -> bool {
        let held = self.inner.holds_all(files);
        if held {
            let mut noted = self.files.lock().unwrap_or_else(PoisonError::into_inner);
            for (path, hash) in files {
                noted.retain(|(p, _)| p != path);
                noted.push((path.clone(), *hash));
            }
        }
        held
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::serve::outputs::Changes;

    fn writes(
        memo: &Memo,
        published: &crate::serve::outputs::Hashes,
        fingerprint: u64,
        bytes: &[u8],
    ) -> (usize, Vec<String>) {
        let sink = Changes::new(published);
        let mut made = 0;
        let found = memo
            .make("key", fingerprint, &sink, |sink| {
                made += 1;
                sink.put("a.html", bytes)?;
                Ok(vec![Diagnostic::warning("check", "a.md", "found")])
            })
            .unwrap();
        assert_eq!(found.len(), 1, "what the check found is given back either way");
        let (changed, seen) = sink.finish();
        assert_eq!(seen, ["a.html"], "the file counts as written either way");
        (made, changed.into_iter().map(|(p, ..)| p).collect())
    }

    #[test]
    fn the_size_of_what_was_made_is_kept_for_the_next_time() {
        let memo = Memo::default();
        assert_eq!(memo.size("key"), None);
        writes(&memo, &Default::default(), 1, b"twelve bytes");
        assert_eq!(memo.size("key"), Some(12));
    }

    #[test]
    fn files_are_made_again_only_when_their_inputs_or_the_folder_changed() {
        let memo = Memo::default();
        let mut published = crate::serve::outputs::Hashes::default();
        assert_eq!(
            writes(&memo, &published, 1, b"one"),
            (1, vec!["a.html".to_owned()])
        );
        published.insert("a.html".to_owned(), hash_bytes(b"one"));
        assert_eq!(writes(&memo, &published, 1, b"one"), (0, vec![]), "held over");
        assert_eq!(
            writes(&memo, &published, 2, b"two"),
            (1, vec!["a.html".to_owned()])
        );
        // The new bytes were never published (the rebuild stopped): the
        // folder still holds the old ones, so the file is made again.
        assert_eq!(
            writes(&memo, &published, 2, b"two"),
            (1, vec!["a.html".to_owned()])
        );
        published.insert("a.html".to_owned(), hash_bytes(b"two"));
        assert_eq!(writes(&memo, &published, 2, b"two"), (0, vec![]));
        memo.sweep();
        assert_eq!(
            writes(&memo, &published, 2, b"two"),
            (0, vec![]),
            "used before the sweep"
        );
        memo.sweep();
        memo.sweep();
        assert_eq!(writes(&memo, &published, 2, b"two"), (1, vec![]), "forgotten");
        assert_eq!(memo.found("key").len(), 1);
    }

    #[test]
    fn a_build_makes_everything_and_keeps_nothing() {
        struct Staging(Mutex<usize>);
        impl Sink for Staging {
            fn put(&self, _: &str, _: &[u8]) -> Result<(), Error> {
                *self.0.lock().unwrap() += 1;
                Ok(())
            }
        }
        let memo = Memo::default();
        let sink = Staging(Mutex::new(0));
        for _ in 0..2 {
            memo.make("key", 1, &sink, |sink| {
                sink.put("a.html", b"one").map(|()| Vec::new())
            })
            .unwrap();
        }
        assert_eq!(*sink.0.lock().unwrap(), 2);
        assert!(memo.lock().is_empty());
    }
}
