//! `std::fs`, wrapped once so that every I/O error names its path.

use std::path::Path;

use crate::error::Error;

/// Reads a whole file as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error::io("could not read", path, e))
}

/// Writes a whole file, creating it or replacing its contents.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::io("could not write", path, e))
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(path).map_err(|e| Error::io("could not create folder", path, e))
}

/// Removes a folder and everything in it; a folder that is not there is fine.
pub fn remove_dir_all(path: &Path) -> Result<(), Error> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::io("could not remove folder", path, e))
        }
        _ => Ok(()),
    }
}

/// Renames a file or folder.
pub fn rename(from: &Path, to: &Path) -> Result<(), Error> {
    std::fs::rename(from, to).map_err(|e| Error::io("could not move", from, e))
}

/// Copies a file, keeping nothing but its contents.
pub fn copy(from: &Path, to: &Path) -> Result<(), Error> {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| Error::io("could not copy", from, e))
}

/// Writes a whole file without following a link: a symbolic link at
/// `path` is replaced by the file, and whatever it pointed to is left as
/// it was.
pub fn write_no_follow(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let open = || {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        options.open(path)
    };
    let mut file = match open() {
        Ok(file) => file,
        Err(_) if is_link(path) => {
            std::fs::remove_file(path).map_err(|e| Error::io("could not remove the link", path, e))?;
            open().map_err(|e| Error::io("could not write", path, e))?
        }
        Err(e) => return Err(Error::io("could not write", path, e)),
    };
    file.write_all(bytes)
        .map_err(|e| Error::io("could not write", path, e))
}

/// Whether `path` is a symbolic link (not following it).
pub fn is_link(path: &Path) -> bool {
    path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink())
}

/// Creates `folder` and the folders above it down from `base` (which must
/// exist), as real folders: a symbolic link on the way is removed and a
/// folder made in its place, so nothing below `base` is reached through a
/// link. For folders Lantern owns, such as its output folder.
pub fn create_real_dir_all(base: &Path, folder: &Path) -> Result<(), Error> {
    let Ok(below) = folder.strip_prefix(base) else {
        return create_dir_all(folder);
    };
    let mut at = base.to_path_buf();
    for part in below.components() {
        at.push(part);
        match at.symlink_metadata() {
            Ok(meta) if meta.is_dir() => continue,
            Ok(meta) if meta.file_type().is_symlink() => {
                std::fs::remove_file(&at).map_err(|e| Error::io("could not remove the link", &at, e))?;
            }
            _ => {}
        }
        match std::fs::create_dir(&at) {
            Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                return Err(Error::io("could not create folder", &at, e));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The first symbolic link on the way from `base` (not included) down to
/// `path`, if any.
pub fn first_link_below(base: &Path, path: &Path) -> Option<std::path::PathBuf> {
    let below = path.strip_prefix(base).ok()?;
    let mut at = base.to_path_buf();
    for part in below.components() {
        at.push(part);
        if is_link(&at) {
            return Some(at);
        }
    }
    None
}
