//! Writing the site (the eighth stage): every output goes to a [`Sink`];
//! a build's sink is a staging folder beside the output, swapped in
//! only when the whole build has succeeded, so a failed or interrupted
//! build never leaves a half-written site and never deletes the last good
//! one.
//!
//! Also the guard that refuses an output folder where a build could delete
//! what the author, or anyone else, wrote: an output folder must be new,
//! empty, or marked as Lantern's own by [`MARKER`], which every build
//! writes. Nothing is ever written through a symbolic link: links found in
//! the staging folder are removed (never followed) before a build writes
//! there, and every file is opened without following a link.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::FxHashSet;

use crate::error::Error;
use crate::site_files::MARKER;

/// Where rendered and generated files go: a staging folder, `serve`'s
/// output folder, or nowhere (`check`).
pub trait Sink: Sync {
    /// Stores the file at `path` (relative to the output root, `/`-separated).
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error>;

    /// [`Sink::put`], from a caller that has already worked out the bytes'
    /// [`hash_bytes`](crate::fingerprint::hash_bytes), `hash`: a sink that
    /// compares hashes need not hash a large page again.
    fn put_hashed(&self, path: &str, bytes: &[u8], hash: u64) -> Result<(), Error> {
        let _ = hash;
        self.put(path, bytes)
    }

    /// [`Sink::put_hashed`], handing the bytes over: a sink that keeps
    /// them (`serve`'s list of changed files) need not copy a large page.
    fn put_owned(&self, path: &str, bytes: Vec<u8>, hash: u64) -> Result<(), Error> {
        self.put_hashed(path, &bytes, hash)
    }

    /// Stores `bytes`, a large file just made, at `path`: handed over with
    /// their hash to a sink that [`Sink::tracks`] its folder (which keeps
    /// them until the rebuild is written), or stored as they are.
    fn put_made(&self, path: &str, bytes: Vec<u8>) -> Result<(), Error> {
        if self.tracks() {
            let hash = crate::fingerprint::hash_bytes(&bytes);
            self.put_owned(path, bytes, hash)
        } else {
            self.put(path, &bytes)
        }
    }

    /// Whether this sink knows what its folder holds, so that a generator
    /// may ask [`Sink::holds`] instead of making a file again: `serve`'s
    /// sinks do, a build's staging folder does not.
    fn tracks(&self) -> bool {
        false
    }

    /// Whether the folder already holds, at `path`, the bytes whose
    /// [`hash_bytes`](crate::fingerprint::hash_bytes) is `hash`; if so the
    /// file counts as written by this build. A sink that does not
    /// [`Sink::tracks`] says no.
    fn holds(&self, _path: &str, _hash: u64) -> bool {
        false
    }

    /// [`Sink::holds`] of each of `files` (path, hash), until one is not
    /// held: whether all are. A sink can answer for all at once.
    fn holds_all(&self, files: &[(String, u64)]) -> bool {
        files.iter().all(|(path, hash)| self.holds(path, *hash))
    }
}

/// The file a URL path is written to: "/a/b/" → "a/b/index.html".
pub fn output_path(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_owned()
    }
}

/// What [`MARKER`] says to a person who opens it.
const MARKER_TEXT: &str = "This folder is a website built by Lantern. Each build replaces \
everything in it, so keep your own files somewhere else.\n";

/// A folder being filled with a new build.
///
/// The staging folder is recycled: after a successful build it holds the
/// *previous* site (the two folders are exchanged), and the next build
/// brings it up to date by writing only files whose bytes changed and
/// removing those no longer produced. On a rebuild most files are
/// unchanged, so little is written and nothing is deleted and recreated.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// Files in the staging folder not (yet) produced by this build.
    stale: Mutex<FxHashSet<PathBuf>>,
    /// Folders known to exist.
    folders: Mutex<FxHashSet<PathBuf>>,
    /// Whether the staging folder was made new for this build: then nothing
    /// in it is left from an older one, and folders are made without
    /// holding the lock (two threads making one folder both succeed).
    fresh: bool,
}

impl Staging {
    /// Starts a staging folder for `target` (the output folder), next to it
    /// so that the final exchange stays on one file system.
    pub fn begin(target: &Path) -> Result<Staging, Error> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        crate::fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".to_owned());
        let dir = parent.join(format!(".{name}.lantern-staging"));
        let mut stale = FxHashSet::default();
        let mut folders = FxHashSet::default();
        // The staging folder's name is Lantern's: anything there that is
        // not a real folder (a link, a file) is removed, never followed.
        let real_folder = dir.symlink_metadata().is_ok_and(|m| m.is_dir());
        if !real_folder && dir.symlink_metadata().is_ok() {
            std::fs::remove_file(&dir).map_err(|e| Error::io("could not remove", &dir, e))?;
        }
        let fresh = !real_folder;
        if !fresh {
            for entry in walkdir::WalkDir::new(&dir).follow_links(false) {
                let entry = entry.map_err(|e| Error::io("could not read", &dir, e.into()))?;
                if entry.path_is_symlink() {
                    // Never written through: removed before anything is written.
                    std::fs::remove_file(entry.path())
                        .map_err(|e| Error::io("could not remove the link", entry.path(), e))?;
                } else if entry.file_type().is_dir() {
                    folders.insert(entry.into_path());
                } else {
                    stale.insert(entry.into_path());
                }
            }
        } else {
            crate::fs::create_dir_all(&dir)?;
            folders.insert(dir.clone());
        }
        let staging = Staging {
            dir,
            target: target.to_path_buf(),
            stale: Mutex::new(stale),
            folders: Mutex::new(folders),
            fresh,
        };
        if let Err(e) = staging.put(MARKER, MARKER_TEXT.as_bytes()) {
            staging.discard();
            return Err(e);
        }
        Ok(staging)
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Removes what this build did not produce, then exchanges the staging
    /// folder with the output folder in one step.
    pub fn commit(self) -> Result<(), Error> {
        let stale = self.stale.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut emptied: Vec<PathBuf> = Vec::new();
        for path in &stale {
            match std::fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    // A stale folder where a file now belongs, or the like.
                    if path.is_dir() {
                        crate::fs::remove_dir_all(path)?;
                    } else {
                        return Err(Error::io("could not remove", path, e));
                    }
                }
                _ => {}
            }
            emptied.extend(path.parent().map(Path::to_path_buf));
        }
        // Remove folders left empty, deepest first.
        emptied.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
        emptied.dedup();
        for mut folder in emptied {
            while folder.starts_with(&self.dir) && folder != self.dir && std::fs::remove_dir(&folder).is_ok()
            {
                folder.pop();
            }
        }
        exchange(&self.dir, &self.target)
    }

    /// Stops without touching the output folder. The staging folder stays
    /// as a cache; the next build brings it up to date.
    pub fn abort(self) {}

    /// Stops without touching the output folder, and removes the staging
    /// folder: after a failure to write (a full disk, say), so that its
    /// partial files do not go on taking space.
    pub fn discard(self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }

    fn ensure_folder(&self, folder: &Path) -> Result<(), Error> {
        let mut known = self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if known.contains(folder) {
            return Ok(());
        }
        if self.fresh {
            // Nothing stale can be in the way: make the folder without
            // keeping other threads from theirs.
            drop(known);
            crate::fs::create_dir_all(folder)?;
            known = self.folders.lock().unwrap_or_else(|e| e.into_inner());
            self.remember(&mut known, folder);
            return Ok(());
        }
        // A stale file where a folder now belongs. (The staging folder was
        // listed when the build began, so this needs no system call.)
        let stale_file = self
            .stale
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(folder);
        if stale_file {
            std::fs::remove_file(folder).map_err(|e| Error::io("could not remove", folder, e))?;
        }
        crate::fs::create_dir_all(folder)?;
        self.remember(&mut known, folder);
        Ok(())
    }

    /// Notes that `folder` and the folders above it, up to the staging
    /// folder, exist. `folder` is inside the staging folder, so the
    /// folders above it that are too are those at least as long.
    fn remember(&self, known: &mut FxHashSet<PathBuf>, folder: &Path) {
        debug_assert!(folder.starts_with(&self.dir));
        let shortest = self.dir.as_os_str().len();
        for f in folder.ancestors() {
            if f.as_os_str().len() < shortest || !known.insert(f.to_path_buf()) {
                break;
            }
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let full = self.dir.join(path);
        // In a new staging folder nothing is left over: no earlier file to
        // compare with, no older folder in the way.
        let existed = !self.fresh && self.stale.lock().unwrap_or_else(|e| e.into_inner()).remove(&full);
        if existed && std::fs::read(&full).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        if let Some(parent) = full.parent() {
            self.ensure_folder(parent)?;
        }
        let stale_folder = !self.fresh && {
            let mut known = self.folders.lock().unwrap_or_else(|e| e.into_inner());
            let found = known.contains(&full);
            if found {
                known.retain(|f| !f.starts_with(&full));
            }
            found
        };
        if stale_folder {
            // A folder from an older build where a file now belongs.
            crate::fs::remove_dir_all(&full)?;
        }
        crate::fs::write_no_follow(&full, bytes)
    }
}

/// Puts `staging` in place of `target`, atomically where the system can
/// exchange two folders; the old site ends up in `staging`.
fn exchange(staging: &Path, target: &Path) -> Result<(), Error> {
    if !target.exists() {
        return crate::fs::rename(staging, target);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, target, RenameFlags::EXCHANGE).is_ok() {
            return Ok(());
        }
    }
    // No atomic exchange here: two renames, restoring the old site if the
    // second fails.
    let aside = staging.with_extension("old");
    crate::fs::remove_dir_all(&aside)?;
    crate::fs::rename(target, &aside)?;
    if let Err(e) = crate::fs::rename(staging, target) {
        std::fs::rename(&aside, target).ok();
        return Err(e);
    }
    crate::fs::rename(&aside, staging)
}

/// Refuses an output folder that is the site root, lies above it, or is or
/// holds or sits inside a folder the author writes (content/, static/,
/// themes/, templates/, locales/): building there could delete their work.
/// Refuses, too, an output that is a file or a symbolic link, and a folder
/// that holds files but not Lantern's [`MARKER`]: they are someone else's.
pub fn check_output(root: &Path, output: &Path) -> Result<(), Error> {
    if let Ok(meta) = output.symlink_metadata() {
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(output).unwrap_or_default();
            return Err(Error::Usage(format!(
                "refusing to build into {}: it is a link to {}, and Lantern never writes through a link; use --output {} instead",
                output.display(),
                target.display(),
                absolute(output).display()
            )));
        }
        if !meta.is_dir() {
            return Err(Error::Usage(format!(
                "refusing to build into {}: it is a file, not a folder; choose a new or empty folder with --output",
                output.display()
            )));
        }
    }
    let root = absolute(root);
    let output = absolute(output);
    let refuse = |why: String| {
        Err(Error::Usage(format!(
            "refusing to build into {}: {why}; choose another --output, such as {}",
            output.display(),
            root.join("public").display()
        )))
    };
    if output == root {
        return refuse("it is the site's own folder".to_owned());
    }
    if root.starts_with(&output) {
        return refuse("it contains the site".to_owned());
    }
    for folder in ["content", "static", "themes", "templates", "locales"] {
        let authored = root.join(folder);
        if output.starts_with(&authored) {
            return refuse(format!("it is inside {folder}/, which you write"));
        }
    }
    if output.join("content").is_dir() || output.join(crate::config::FILE_NAME).is_file() {
        return refuse("it holds a content/ folder or a site.toml".to_owned());
    }
    if !is_empty_or_ours(&output)? {
        return Err(Error::Usage(format!(
            "refusing to build into {}: it holds files that Lantern did not write (it has no {MARKER} file), and a build would delete them; \
             choose a new or empty folder with --output, or, if it is an old Lantern build that holds nothing else, delete it first",
            output.display()
        )));
    }
    Ok(())
}

/// Whether `output` is missing, empty or marked as Lantern's.
fn is_empty_or_ours(output: &Path) -> Result<bool, Error> {
    let mut entries = match std::fs::read_dir(output) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(Error::io("could not read", output, e)),
    };
    Ok(entries.next().is_none() || output.join(MARKER).symlink_metadata().is_ok_and(|m| m.is_file()))
}

/// `path` made absolute and free of `.`/`..`, following links as far as
/// the path exists.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut normal = PathBuf::new();
    for component in joined.components() {
        match component {
            std::path::Component::ParentDir => {
                normal.pop();
            }
            std::path::Component::CurDir => {}
            other => normal.push(other),
        }
    }
    let mut existing = normal;
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => {
                rest.push(name.to_os_string());
                existing.pop();
            }
            None => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for part in rest.iter().rev() {
        resolved.push(part);
    }
    resolved
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file as it reached a sink: path, the hash handed with it, bytes.
    type Call = (String, Option<u64>, Vec<u8>);

    /// A sink that notes how each file reached it.
    struct Noted {
        tracks: bool,
        calls: std::sync::Mutex<Vec<Call>>,
    }

    impl Sink for Noted {
        fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
            self.calls
                .lock()
                .unwrap()
                .push((path.to_owned(), None, bytes.to_vec()));
            Ok(())
        }

        fn put_owned(&self, path: &str, bytes: Vec<u8>, hash: u64) -> Result<(), Error> {
            self.calls
                .lock()
                .unwrap()
                .push((path.to_owned(), Some(hash), bytes));
            Ok(())
        }

        fn tracks(&self) -> bool {
            self.tracks
        }
    }

    #[test]
    fn a_made_file_is_handed_over_with_its_hash_only_to_a_sink_that_tracks_its_folder() {
        for tracks in [true, false] {
            let sink = Noted {
                tracks,
                calls: std::sync::Mutex::default(),
            };
            sink.put_made("feed.xml", b"<feed/>".to_vec()).unwrap();
            let hash = tracks.then(|| crate::fingerprint::hash_bytes(b"<feed/>"));
            assert_eq!(
                *sink.calls.lock().unwrap(),
                [("feed.xml".to_owned(), hash, b"<feed/>".to_vec())]
            );
        }
    }

    #[test]
    fn dangerous_outputs_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::create_dir_all(root.join("static")).unwrap();
        for bad in [
            root.clone(),
            root.join("."),
            dir.path().to_path_buf(),
            root.join("content"),
            root.join("content/out"),
            root.join("static/x"),
            root.join("themes/default/static"),
            root.join("public/../content"),
        ] {
            assert!(check_output(&root, &bad).is_err(), "{}", bad.display());
        }
        assert!(check_output(&root, &root.join("public")).is_ok());
        assert!(check_output(&root, &dir.path().join("elsewhere")).is_ok());
    }

    #[test]
    fn commit_swaps_and_abort_keeps_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = Staging::begin(&out).unwrap();
        first.put("index.html", b"one").unwrap();
        first.commit().unwrap();
        let second = Staging::begin(&out).unwrap();
        second.put("index.html", b"two").unwrap();
        second.abort();
        assert_eq!(std::fs::read(out.join("index.html")).unwrap(), b"one");
        let third = Staging::begin(&out).unwrap();
        third.put("a/b/index.html", b"three").unwrap();
        third.commit().unwrap();
        assert!(!out.join("index.html").exists());
        assert_eq!(std::fs::read(out.join("a/b/index.html")).unwrap(), b"three");
        let mut leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        leftovers.sort();
        assert_eq!(leftovers, [".public.lantern-staging", "public"]);
        // The recycled staging folder is brought up to date, not rebuilt.
        let fourth = Staging::begin(&out).unwrap();
        fourth.put("a/b/index.html", b"three").unwrap();
        fourth.put("c.txt", b"four").unwrap();
        fourth.commit().unwrap();
        assert_eq!(std::fs::read(out.join("a/b/index.html")).unwrap(), b"three");
        assert_eq!(std::fs::read(out.join("c.txt")).unwrap(), b"four");
        assert!(
            !out.join("index.html").exists(),
            "a file from two builds ago came back"
        );
    }

    #[test]
    fn threads_may_fill_the_same_new_folders_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // The first two builds start new staging folders (the first one
        // becomes the output folder); the third recycles the first site.
        for build in 0..3 {
            let staging = Staging::begin(&out).unwrap();
            assert_eq!(staging.fresh, build < 2);
            std::thread::scope(|scope| {
                for thread in 0..4 {
                    let staging = &staging;
                    scope.spawn(move || {
                        for page in 0..50 {
                            let path = format!("s{}/p{page}/t{thread}.html", page % 3);
                            staging.put(&path, path.as_bytes()).unwrap();
                        }
                    });
                }
            });
            staging.commit().unwrap();
            for (thread, page) in (0..4).flat_map(|t| (0..50).map(move |p| (t, p))) {
                let path = format!("s{}/p{page}/t{thread}.html", page % 3);
                assert_eq!(std::fs::read(out.join(&path)).unwrap(), path.as_bytes());
            }
        }
    }

    #[test]
    fn a_file_may_replace_a_folder_and_a_folder_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        for (path, bytes) in [("x/y.txt", b"1"), ("x", b"2"), ("x/z.txt", b"3"), ("x", b"4")] {
            let staging = Staging::begin(&out).unwrap();
            staging.put(path, bytes).unwrap();
            staging.commit().unwrap();
            assert_eq!(std::fs::read(out.join(path)).unwrap(), bytes, "{path}");
        }
    }
}
