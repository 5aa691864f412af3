//! Writing the site: into a staging folder beside the output, swapped in
//! only when the whole build has succeeded, so a failed or interrupted
//! build never leaves a half-written site and never deletes the last good
//! one.
//!
//! Also the guard that refuses an output folder where a build could delete
//! what the author wrote.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::render::Sink;

/// A folder being filled with a new build.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
}

impl Staging {
    /// Starts a new staging folder for `target` (the output folder), next to
    /// it so that the final rename stays on one file system.
    pub fn begin(target: &Path) -> Result<Staging, Error> {
        let parent = target.parent().unwrap_or(Path::new("."));
        crate::fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".to_owned());
        let dir = parent.join(format!(".{name}.lantern-staging"));
        crate::fs::remove_dir_all(&dir)?;
        crate::fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
        })
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Swaps the finished build in place of the output folder.
    pub fn commit(self) -> Result<(), Error> {
        let parent = self.target.parent().unwrap_or(Path::new("."));
        let name = self
            .target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let old = parent.join(format!(".{name}.lantern-old"));
        crate::fs::remove_dir_all(&old)?;
        if self.target.exists() {
            crate::fs::rename(&self.target, &old)?;
        }
        if let Err(e) = crate::fs::rename(&self.dir, &self.target) {
            // Put the last good site back before reporting.
            if old.exists() {
                std::fs::rename(&old, &self.target).ok();
            }
            return Err(e);
        }
        crate::fs::remove_dir_all(&old)
    }

    /// Throws the staging folder away; the output folder is untouched.
    pub fn abort(self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let full = self.dir.join(path);
        if let Some(parent) = full.parent() {
            crate::fs::create_dir_all(parent)?;
        }
        crate::fs::write(&full, bytes)
    }
}

/// Refuses an output folder that is the site root, lies above it, or is or
/// holds or sits inside a folder the author writes (content/, static/,
/// themes/, templates/, locales/): building there could delete their work.
pub fn check_output(root: &Path, output: &Path) -> Result<(), Error> {
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
    Ok(())
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
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, [std::ffi::OsString::from("public")]);
    }
}
