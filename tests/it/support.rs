//! The test harness: copy a fixture site into a temporary folder, run
//! `lantern` on it, and look at the result.
//!
//! ```ignore
//! let site = SiteTest::fixture("basic").build();
//! site.assert_success();
//! assert!(site.read("index.html").contains("<h1>"));
//! ```

#![allow(dead_code, reason = "each test module uses a different part of the harness")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of a fixture site and the result of the last command run on it.
pub struct SiteTest {
    /// Keeps the temporary folder alive.
    _dir: tempfile::TempDir,
    /// The site's root in the temporary folder.
    pub root: PathBuf,
    /// The last command's output.
    pub output: Option<Output>,
}

/// `tests/fixtures/<name>`.
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Copies a folder recursively (symbolic links are copied as links).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).unwrap();
            std::os::unix::fs::symlink(link, &target).unwrap();
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl SiteTest {
    /// A fresh copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        copy_dir(&fixture_path(name), &root);
        SiteTest {
            _dir: dir,
            root,
            output: None,
        }
    }

    /// A fresh copy of a site anywhere (its `public/` and `target/` left out).
    pub fn fixture_from(path: &str) -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(&root).unwrap();
        for name in ["site.toml", "content", "static", "themes", "templates", "locales"] {
            let from = Path::new(path).join(name);
            if from.is_dir() {
                copy_dir(&from, &root.join(name));
            } else if from.is_file() {
                std::fs::copy(&from, root.join(name)).unwrap();
            }
        }
        SiteTest {
            _dir: dir,
            root,
            output: None,
        }
    }

    /// An empty site folder with just the given files.
    pub fn with_files(files: &[(&str, &str)]) -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(&root).unwrap();
        let test = SiteTest {
            _dir: dir,
            root,
            output: None,
        };
        for (path, text) in files {
            test.write(path, text);
        }
        test
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, path: &str, text: &str) -> &SiteTest {
        let full = self.root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        self
    }

    /// Runs `lantern ARGS --root ROOT` with a fixed "today".
    pub fn run(mut self, args: &[&str]) -> SiteTest {
        let output = Command::new(env!("CARGO_BIN_EXE_lantern"))
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("SOURCE_DATE_EPOCH", "1795651200") // 2026-11-26
            .output()
            .unwrap();
        self.output = Some(output);
        self
    }

    /// Runs `lantern ARGS --root ROOT` as the unprivileged user `nobody`
    /// when the tests run as root (where file permissions do not apply), and
    /// as the current user otherwise.
    pub fn run_unprivileged(mut self, args: &[&str]) -> SiteTest {
        use std::os::unix::fs::PermissionsExt;
        let is_root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .map(|o| o.stdout == b"0\n")
            .unwrap_or(false);
        if !is_root {
            return self.run(args);
        }
        // Let `nobody` into the site's folder (tempdir makes it 0700).
        let mut dir = self.root.clone();
        while let Some(parent) = dir.parent().map(Path::to_path_buf) {
            if parent == std::env::temp_dir() || parent.as_os_str().is_empty() {
                break;
            }
            dir = parent;
        }
        for path in [dir.as_path(), self.root.as_path()] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        for entry in walkdir(&self.root) {
            if let Some(parent) = entry.parent() {
                std::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o777)).ok();
            }
        }
        let output = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_lantern"))
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("SOURCE_DATE_EPOCH", "1795651200")
            .output()
            .unwrap();
        self.output = Some(output);
        self
    }

    /// `lantern build`.
    pub fn build(self) -> SiteTest {
        self.run(&["build"])
    }

    /// `lantern check`.
    pub fn check(self) -> SiteTest {
        self.run(&["check"])
    }

    /// The exit status of the last command.
    pub fn status(&self) -> i32 {
        self.output.as_ref().and_then(|o| o.status.code()).unwrap_or(-1)
    }

    /// What the last command printed on standard error, with the temporary
    /// folder's path replaced by `ROOT`.
    pub fn stderr(&self) -> String {
        let text = String::from_utf8_lossy(&self.output.as_ref().unwrap().stderr).into_owned();
        text.replace(&self.root.display().to_string(), "ROOT")
    }

    /// What the last command printed on standard output.
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.as_ref().unwrap().stdout).into_owned()
    }

    /// Panics with the command's output unless it succeeded.
    pub fn assert_success(&self) -> &SiteTest {
        assert_eq!(self.status(), 0, "stderr:\n{}", self.stderr());
        self
    }

    /// The path of an output file.
    pub fn public(&self, path: &str) -> PathBuf {
        self.root.join("public").join(path)
    }

    /// An output file's text.
    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.public(path)).unwrap_or_else(|e| panic!("public/{path}: {e}"))
    }

    /// Whether an output file exists.
    pub fn exists(&self, path: &str) -> bool {
        self.public(path).exists()
    }

    /// The text inside `<main …>…</main>` of an output page.
    pub fn main(&self, path: &str) -> String {
        let html = self.read(path);
        let start = html.find("<main").expect("page has <main>");
        let end = html.find("</main>").expect("page has </main>") + "</main>".len();
        html[start..end].to_owned()
    }

    /// Every file under `public/`, sorted, relative, `/`-separated.
    pub fn files(&self) -> Vec<String> {
        let base = self.root.join("public");
        let mut out: Vec<String> = walkdir(&base)
            .into_iter()
            .map(|p| {
                p.strip_prefix(&base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        out.sort();
        out
    }
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walkdir(&path));
        } else {
            out.push(path);
        }
    }
    out
}
