//! The one rule for what Lantern reads: files inside the site root.
//!
//! Every folder an author writes (`content/`, `static/`, `templates/`,
//! `locales/`, `themes/<name>/…`) is walked through [`files`], and
//! `site.toml` is opened only after [`refuse_outside`] has passed it. A
//! symbolic link, the folder itself or anything in it, is followed only
//! when the place it leads to (every link on the way resolved) is inside
//! the site root, not inside a hidden folder such as `.git/`, and not
//! inside an output folder Lantern builds. A link that leads out of the
//! site, to nothing, round in a loop, into a hidden folder or into the
//! output is refused: nothing behind it is read, and it is reported
//! as an error naming the link, so a build never publishes a file from
//! outside the site and never drops one without saying so.
//!
//! Hidden files and editors' temporary files
//! ([`is_hidden_or_temporary`]) are never walked into.

use std::path::{Component, Path, PathBuf};

use crate::error::{Diagnostic, display_path};

/// The file that marks a folder as Lantern's output, written by every
/// build. A non-empty folder without it is never built into: its files
/// are someone else's.
pub const MARKER: &str = ".lantern-output";

/// Editor backups and temporary files, and hidden files: never content.
/// (vim writes `4913`, `.x.swp` and `x~`; Emacs `.#x` and `#x#`; JetBrains
/// editors `x___jb_tmp___` and `x___jb_old___`.)
pub fn is_hidden_or_temporary(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name == "4913"
}

/// Every file under `folder` (through links that stay inside the site),
/// in the order the walk meets them, and an error for each link refused.
/// A folder that is not there gives nothing.
pub fn files(root: &Path, folder: &Path) -> impl Iterator<Item = Result<PathBuf, Diagnostic>> + use<> {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let root = root.to_path_buf();
    let start = match folder.symlink_metadata() {
        Err(_) => Start::Absent,
        Ok(_) => match refuse_outside(&root, folder) {
            Some(refused) => Start::Refused(refused),
            None => Start::Walk,
        },
    };
    let mut refused = None;
    let mut walk = None;
    match start {
        Start::Absent => {}
        Start::Refused(d) => refused = Some(Err(d)),
        Start::Walk => {
            walk = Some(
                walkdir::WalkDir::new(folder)
                    .follow_links(true)
                    .into_iter()
                    .filter_entry(|e| e.depth() == 0 || !is_hidden_or_temporary(e.file_name())),
            );
        }
    }
    let walked = std::iter::from_fn(move || {
        let entries = walk.as_mut()?;
        loop {
            let entry = match entries.next()? {
                Ok(entry) => entry,
                Err(e) => return Some(Err(unreadable(&root, &e))),
            };
            if entry.path_is_symlink() {
                if let Some(problem) = link_problem(&canonical_root, entry.path()) {
                    if entry.file_type().is_dir() {
                        entries.skip_current_dir();
                    }
                    return Some(Err(problem.report(&root, entry.path())));
                }
            }
            if entry.file_type().is_file() {
                return Some(Ok(entry.into_path()));
            }
        }
    });
    refused.into_iter().chain(walked)
}

enum Start {
    Absent,
    Refused(Diagnostic),
    Walk,
}

/// An error if `path` under `root` leads, through a link on the way,
/// outside the site, into a hidden folder or nowhere; the error names the
/// first link on the way. `None` for a path that is not there at all.
pub fn refuse_outside(root: &Path, path: &Path) -> Option<Diagnostic> {
    path.symlink_metadata().ok()?;
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let problem = link_problem(&canonical_root, path)?;
    let link = crate::fs::first_link_below(root, path).unwrap_or_else(|| path.to_path_buf());
    Some(problem.report(root, &link))
}

/// Why a link may not be followed.
#[derive(Debug, PartialEq, Eq)]
enum LinkProblem {
    /// It leads out of the site, to this place.
    Outside(PathBuf),
    /// It leads into a hidden file or folder of the site.
    Hidden(String),
    /// It leads into a folder Lantern builds (one holding its marker).
    Output(String),
    /// Its target is missing, or links lead round in a circle.
    Nowhere,
}

/// Whether `path` (following every link) may be read.
fn link_problem(canonical_root: &Path, path: &Path) -> Option<LinkProblem> {
    let Ok(real) = path.canonicalize() else {
        return Some(LinkProblem::Nowhere);
    };
    let Ok(inside) = real.strip_prefix(canonical_root) else {
        return Some(LinkProblem::Outside(real));
    };
    let hidden = inside.components().any(|c| match c {
        Component::Normal(name) => name.to_string_lossy().starts_with('.'),
        _ => false,
    });
    let shown = || inside.to_string_lossy().replace('\\', "/");
    if hidden {
        return Some(LinkProblem::Hidden(shown()));
    }
    let built = real
        .ancestors()
        .take_while(|folder| folder.starts_with(canonical_root) && *folder != canonical_root)
        .any(|folder| folder.join(MARKER).is_file());
    built.then(|| LinkProblem::Output(shown()))
}

impl LinkProblem {
    fn report(&self, root: &Path, link: &Path) -> Diagnostic {
        let file = display_path(root, link);
        match self {
            LinkProblem::Outside(target) => Diagnostic::error(
                "files",
                file,
                format!(
                    "this is a link to {}, outside the site's folder, and Lantern reads nothing outside it",
                    target.display()
                ),
            )
            .with_hint("copy what it points to into the site's folder, then remove the link"),
            LinkProblem::Hidden(target) => Diagnostic::error(
                "files",
                file,
                format!("this is a link to the hidden {target}, which Lantern never reads or publishes"),
            )
            .with_hint("copy the file you meant to publish into the site, then remove the link"),
            LinkProblem::Output(target) => Diagnostic::error(
                "files",
                file,
                format!("this is a link to {target}, inside a folder Lantern builds, which would copy the site into itself"),
            )
            .with_hint("remove the link; link to the files the site is built from instead"),
            LinkProblem::Nowhere => Diagnostic::error(
                "files",
                file,
                "this link leads nowhere: what it points to is missing, or links lead round in a circle",
            )
            .with_hint("remove the link, or point it at a file inside the site"),
        }
    }
}

/// A folder entry that could not be read: a link loop, or the system's
/// reason.
fn unreadable(root: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e.path().map(|p| display_path(root, p)).unwrap_or_default();
    if e.loop_ancestor().is_some() {
        return Diagnostic::error(
            "files",
            path,
            "this link leads back into a folder that holds it, so following it would never end",
        )
        .with_hint("remove the link");
    }
    let is_link = e.path().is_some_and(crate::fs::is_link);
    if is_link {
        return LinkProblem::Nowhere.report(root, e.path().unwrap_or(root));
    }
    Diagnostic::error("io", path, format!("could not read this folder entry: {e}"))
        .with_hint("check the folder's permissions")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn walked(root: &Path, folder: &str) -> (Vec<String>, Vec<String>) {
        let mut files = Vec::new();
        let mut refused = Vec::new();
        for entry in super::files(root, &root.join(folder)) {
            match entry {
                Ok(path) => files.push(display_path(root, &path)),
                Err(d) => refused.push(format!("{}: {}", d.file, d.message)),
            }
        }
        files.sort();
        refused.sort();
        (files, refused)
    }

    #[test]
    fn links_inside_the_site_are_followed_and_others_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("static/css")).unwrap();
        std::fs::create_dir_all(root.join("shared")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("static/css/a.css"), "a").unwrap();
        std::fs::write(root.join("shared/b.css"), "b").unwrap();
        std::fs::write(root.join(".git/config"), "secret").unwrap();
        std::fs::write(outside.join("passwd"), "secret").unwrap();
        symlink(root.join("shared"), root.join("static/shared")).unwrap();
        symlink(root.join("shared/b.css"), root.join("static/b.css")).unwrap();
        symlink(&outside, root.join("static/out")).unwrap();
        symlink(outside.join("passwd"), root.join("static/passwd")).unwrap();
        symlink(root.join(".git"), root.join("static/git")).unwrap();
        symlink(root.join("missing"), root.join("static/gone")).unwrap();
        symlink(root.join("static"), root.join("static/css/up")).unwrap();
        std::fs::create_dir_all(root.join("public/a")).unwrap();
        std::fs::write(root.join("public").join(MARKER), "").unwrap();
        symlink(root.join("public/a"), root.join("static/built")).unwrap();
        let (files, refused) = walked(&root, "static");
        assert_eq!(files, ["static/b.css", "static/css/a.css", "static/shared/b.css"]);
        assert_eq!(refused.len(), 6, "{refused:#?}");
        for (link, says) in [
            ("static/built", "inside a folder Lantern builds"),
            ("static/css/up", "leads back into a folder"),
            ("static/git", "hidden .git"),
            ("static/gone", "leads nowhere"),
            ("static/out", "outside the site"),
            ("static/passwd", "outside the site"),
        ] {
            assert!(
                refused
                    .iter()
                    .any(|r| r.starts_with(&format!("{link}: ")) && r.contains(says)),
                "{link}: {refused:#?}"
            );
        }
    }

    #[test]
    fn a_folder_that_is_itself_a_link_out_is_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let outside = dir.path().join("etc");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("passwd"), "secret").unwrap();
        symlink(&outside, root.join("static")).unwrap();
        let (files, refused) = walked(&root, "static");
        assert!(files.is_empty(), "{files:?}");
        assert_eq!(refused.len(), 1);
        assert!(
            refused[0].starts_with("static: this is a link to "),
            "{refused:?}"
        );
        // A link higher up is the one named.
        std::fs::create_dir_all(outside.join("mine/templates")).unwrap();
        std::fs::write(outside.join("mine/templates/page.html"), "x").unwrap();
        std::fs::create_dir_all(root.join("themes")).unwrap();
        symlink(outside.join("mine"), root.join("themes/mine")).unwrap();
        let (files, refused) = walked(&root, "themes/mine/templates");
        assert!(files.is_empty());
        assert!(refused[0].starts_with("themes/mine: "), "{refused:?}");
    }

    #[test]
    fn a_folder_linked_inside_the_site_is_walked_under_its_own_name() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("docs/content")).unwrap();
        std::fs::write(root.join("docs/content/a.md"), "a").unwrap();
        symlink(root.join("docs/content"), root.join("content")).unwrap();
        let (files, refused) = walked(&root, "content");
        assert_eq!(files, ["content/a.md"]);
        assert!(refused.is_empty());
        assert_eq!(walked(&root, "nothing-here"), (vec![], vec![]));
    }

    #[test]
    fn site_toml_linked_from_outside_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(dir.path().join("other.toml"), "title = \"x\"").unwrap();
        symlink(dir.path().join("other.toml"), root.join("site.toml")).unwrap();
        let refused = refuse_outside(&root, &root.join("site.toml")).unwrap();
        assert_eq!(refused.file, "site.toml");
        assert!(refuse_outside(&root, &root.join("absent.toml")).is_none());
        std::fs::write(root.join("real.toml"), "").unwrap();
        assert!(refuse_outside(&root, &root.join("real.toml")).is_none());
    }
}
