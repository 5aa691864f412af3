//! The output folder as `serve` last left it: the hash of every file's
//! bytes, so that a rebuild writes only the files whose bytes changed and
//! deletes the ones that are no longer produced.
//!
//! Files are written in place, each through a hidden temporary file renamed
//! over the old one, so the server never sends half a file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::Error;
pub use crate::fingerprint::hash_bytes;
use crate::output::Sink;

/// Output path → hash of the file's bytes. Looked up for every file a
/// rebuild makes or holds (tens of thousands), so with a fast hash.
pub type Hashes = rustc_hash::FxHashMap<String, u64>;

/// What is in the output folder, and what the content pages in it were
/// rendered from.
#[derive(Debug, Default)]
pub struct Published {
    /// The output folder.
    pub dir: PathBuf,
    /// Every file Lantern wrote there (relative path) → hash of its bytes.
    pub files: Hashes,
    /// Content page output path → fingerprint of what it was rendered
    /// from (only for pages rendered since `serve` started).
    pub fingerprints: HashMap<String, u64>,
    /// Language → hash of its `site` context value.
    pub site_views: HashMap<String, u64>,
}

impl Published {
    /// Writes `bytes` to `path` unless the file already holds them;
    /// returns whether it wrote.
    pub fn put(&mut self, path: &str, bytes: &[u8]) -> Result<bool, Error> {
        self.put_hashed(path, bytes, hash_bytes(bytes))
    }

    /// [`Published::put`] of bytes whose [`hash_bytes`] is `hash`.
    pub fn put_hashed(&mut self, path: &str, bytes: &[u8], hash: u64) -> Result<bool, Error> {
        if self.files.get(path) == Some(&hash) {
            return Ok(false);
        }
        write_atomically(&self.dir, path, bytes)?;
        self.files.insert(path.to_owned(), hash);
        Ok(true)
    }

    /// Deletes the file at `path`, and any folders it leaves empty.
    pub fn delete(&mut self, path: &str) -> Result<(), Error> {
        self.files.remove(path);
        self.fingerprints.remove(path);
        let full = self.dir.join(path);
        // A link planted on the way is removed itself, never followed.
        if let Some(link) = crate::fs::first_link_below(&self.dir, &full) {
            return std::fs::remove_file(&link).map_err(|e| Error::io("could not remove the link", link, e));
        }
        match std::fs::remove_file(&full) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::io("could not delete", full, e));
            }
            _ => {}
        }
        let mut folder = full.parent();
        while let Some(dir) = folder {
            if dir == self.dir || !dir.starts_with(&self.dir) || std::fs::remove_dir(dir).is_err() {
                break;
            }
            folder = dir.parent();
        }
        Ok(())
    }
}

/// Writes through `.<name>.lantern-new` in the same folder, then renames
/// (which replaces a link at `path` rather than writing through it); no
/// folder on the way is a link.
fn write_atomically(dir: &Path, path: &str, bytes: &[u8]) -> Result<(), Error> {
    let full = dir.join(path);
    let parent = full.parent().unwrap_or(dir);
    crate::fs::create_real_dir_all(dir, parent)?;
    let name = full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = parent.join(format!(".{name}.lantern-new"));
    crate::fs::write_no_follow(&temporary, bytes)?;
    crate::fs::rename(&temporary, &full)
}

/// A sink that passes files on to another and records the hash of each.
pub struct Recording<'a> {
    inner: &'a dyn Sink,
    hashes: Mutex<Hashes>,
}

impl<'a> Recording<'a> {
    /// Records what is written to `inner`.
    pub fn new(inner: &'a dyn Sink) -> Recording<'a> {
        Recording {
            inner,
            hashes: Mutex::new(Hashes::default()),
        }
    }

    /// Path → hash of everything written.
    pub fn into_hashes(self) -> Hashes {
        self.hashes.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Recording<'_> {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put_hashed(path, bytes, hash_bytes(bytes))
    }

    fn put_hashed(&self, path: &str, bytes: &[u8], hash: u64) -> Result<(), Error> {
        self.inner.put_hashed(path, bytes, hash)?;
        self.hashes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_owned(), hash);
        Ok(())
    }

    /// Its hashes are what the output folder will hold; it asks to be given
    /// every file (a staging folder holds none yet).
    fn tracks(&self) -> bool {
        true
    }
}

/// A sink that keeps, in memory, only the files whose bytes differ from
/// what the output folder holds, and remembers every path it was given.
pub struct Changes<'a> {
    published: &'a Hashes,
    inner: Mutex<ChangesInner>,
}

/// A file whose bytes changed: its path, the bytes and their
/// [`hash_bytes`].
pub type Changed = (String, Vec<u8>, u64);

#[derive(Default)]
struct ChangesInner {
    changed: Vec<Changed>,
    seen: Vec<String>,
}

impl<'a> Changes<'a> {
    /// Compares against `published` (path → hash).
    pub fn new(published: &'a Hashes) -> Changes<'a> {
        Changes {
            published,
            inner: Mutex::new(ChangesInner::default()),
        }
    }

    /// Notes that `path` was written, with its bytes and their hash if
    /// they differ from what the folder holds.
    fn note(&self, path: &str, changed: Option<(Vec<u8>, u64)>) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.seen.push(path.to_owned());
        // A later write to the same path wins, as it does on disk.
        inner.changed.retain(|(p, ..)| p != path);
        if let Some((bytes, hash)) = changed {
            inner.changed.push((path.to_owned(), bytes, hash));
        }
    }

    /// (files whose bytes changed, with their hashes; every path written).
    pub fn finish(self) -> (Vec<Changed>, Vec<String>) {
        let inner = self.inner.into_inner().unwrap_or_else(|e| e.into_inner());
        (inner.changed, inner.seen)
    }
}

impl Sink for Changes<'_> {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put_hashed(path, bytes, hash_bytes(bytes))
    }

    fn put_hashed(&self, path: &str, bytes: &[u8], hash: u64) -> Result<(), Error> {
        if self.published.get(path) == Some(&hash) {
            self.note(path, None);
        } else {
            self.note(path, Some((bytes.to_vec(), hash)));
        }
        Ok(())
    }

    fn put_owned(&self, path: &str, bytes: Vec<u8>, hash: u64) -> Result<(), Error> {
        let same = self.published.get(path) == Some(&hash);
        self.note(path, (!same).then_some((bytes, hash)));
        Ok(())
    }

    fn tracks(&self) -> bool {
        true
    }

    fn holds(&self, path: &str, hash: u64) -> bool {
        if self.published.get(path) != Some(&hash) {
            return false;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.seen.push(path.to_owned());
        inner.changed.retain(|(p, ..)| p != path);
        true
    }

    /// Looks every file up before taking the lock, and takes it once.
    fn holds_all(&self, files: &[(String, u64)]) -> bool {
        if !files
            .iter()
            .all(|(path, hash)| self.published.get(path.as_str()) == Some(hash))
        {
            return false;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.seen.extend(files.iter().map(|(path, _)| path.clone()));
        if !inner.changed.is_empty() {
            inner
                .changed
                .retain(|(p, ..)| !files.iter().any(|(path, _)| path == p));
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_writes_only_changed_bytes_and_delete_prunes_empty_folders() {
        let dir = tempfile::tempdir().unwrap();
        let mut published = Published {
            dir: dir.path().to_path_buf(),
            ..Published::default()
        };
        assert!(published.put("a/b/index.html", b"one").unwrap());
        assert!(!published.put("a/b/index.html", b"one").unwrap());
        assert!(published.put("a/b/index.html", b"two").unwrap());
        assert_eq!(std::fs::read(dir.path().join("a/b/index.html")).unwrap(), b"two");
        published.put("a/c.txt", b"c").unwrap();
        published.delete("a/b/index.html").unwrap();
        assert!(!dir.path().join("a/b").exists());
        assert!(dir.path().join("a/c.txt").exists());
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [std::ffi::OsString::from("c.txt")]);
    }

    /// What an output folder holds: each path with the hash of its bytes.
    fn published(files: &[(&str, &[u8])]) -> Hashes {
        files
            .iter()
            .map(|(path, bytes)| ((*path).to_owned(), hash_bytes(bytes)))
            .collect()
    }

    #[test]
    fn changes_keeps_only_differing_files() {
        let before = published(&[("same.txt", b"x"), ("changed.txt", b"x")]);
        let sink = Changes::new(&before);
        sink.put("same.txt", b"x").unwrap();
        sink.put("changed.txt", b"y").unwrap();
        sink.put("new.txt", b"z").unwrap();
        let (changed, seen) = sink.finish();
        let names: Vec<_> = changed.iter().map(|(p, ..)| p.as_str()).collect();
        assert_eq!(names, ["changed.txt", "new.txt"]);
        assert!(
            changed.iter().all(|(_, bytes, hash)| *hash == hash_bytes(bytes)),
            "each change carries its bytes' hash"
        );
        assert_eq!(seen.len(), 3);
    }

    #[test]
    fn changes_holds_a_file_only_with_the_bytes_published() {
        let before = published(&[("kept.txt", b"x")]);
        let sink = Changes::new(&before);
        assert!(sink.tracks());
        sink.put("kept.txt", b"y").unwrap();
        assert!(!sink.holds("kept.txt", hash_bytes(b"y")), "not yet on disk");
        assert!(!sink.holds("new.txt", hash_bytes(b"z")));
        assert!(sink.holds("kept.txt", hash_bytes(b"x")));
        let (changed, seen) = sink.finish();
        assert!(changed.is_empty(), "the earlier put is undone: {changed:?}");
        assert!(seen.contains(&"kept.txt".to_owned()));
        assert!(!seen.contains(&"new.txt".to_owned()));
    }

    #[test]
    fn changes_holds_files_together_only_if_it_holds_each() {
        let before = published(&[("a.txt", b"a"), ("b.txt", b"b")]);
        let sink = Changes::new(&before);
        sink.put("a.txt", b"new").unwrap();
        let files = |b: &[u8]| {
            vec![
                ("a.txt".to_owned(), hash_bytes(b"a")),
                ("b.txt".to_owned(), hash_bytes(b)),
            ]
        };
        assert!(!sink.holds_all(&files(b"other")));
        assert_eq!(sink.inner.lock().unwrap().seen, ["a.txt"], "none held is noted");
        assert!(sink.holds_all(&files(b"b")));
        let (changed, seen) = sink.finish();
        assert!(changed.is_empty(), "the earlier put is undone: {changed:?}");
        assert_eq!(seen, ["a.txt", "a.txt", "b.txt"]);
    }

    #[test]
    fn changes_takes_handed_over_bytes_only_if_they_differ() {
        let before = published(&[("same.txt", b"x")]);
        let sink = Changes::new(&before);
        sink.put_owned("same.txt", b"x".to_vec(), hash_bytes(b"x"))
            .unwrap();
        sink.put_owned("new.txt", b"y".to_vec(), hash_bytes(b"y"))
            .unwrap();
        let (changed, seen) = sink.finish();
        assert_eq!(changed, [("new.txt".to_owned(), b"y".to_vec(), hash_bytes(b"y"))]);
        assert_eq!(seen, ["same.txt", "new.txt"]);
    }
}
