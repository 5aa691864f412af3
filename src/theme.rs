//! Where templates, static files and interface text come from: the theme
//! (built into the binary for `default`, or `themes/<name>/` in the site),
//! overridden file by file by the site's own `templates/`, `static/` and
//! `locales/`.
//!
//! The theme is resolved once per build; later stages ask it for files by
//! name and never look at folders themselves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::error::{Error, display_path};

/// The default theme, compiled into the binary.
static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A file's bytes and where they came from.
#[derive(Debug, Clone)]
pub struct File {
    /// Path relative to the site root for files on disk
    /// ("templates/page.html"), or "(built-in theme)/…" for embedded ones.
    pub origin: String,
    /// The contents.
    pub bytes: std::borrow::Cow<'static, [u8]>,
    /// The file on disk, if it is on disk (static files are copied from it).
    pub disk: Option<PathBuf>,
}

impl File {
    /// The contents as text (lossy: templates and `.ftl` files are UTF-8).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.bytes)
    }
}

/// The layered files of a theme and the site.
#[derive(Debug, Default)]
pub struct Theme {
    /// Template name ("page.html", "partials/header.html") → file.
    pub templates: BTreeMap<String, File>,
    /// Output path ("style.css", "icons/exit.svg") → file.
    pub static_files: BTreeMap<String, File>,
    /// (language, file name) → Fluent file; the theme's come first, the
    /// site's after, so that the site's messages override.
    pub locales: Vec<(String, File)>,
}

impl Theme {
    /// Resolves the theme `name` for the site at `root`, then lays the
    /// site's own files over it.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Error> {
        let mut theme = Theme::default();
        let on_disk = root.join("themes").join(name);
        if on_disk.is_dir() {
            theme.add_disk(root, &on_disk.join("templates"), Layer::Templates)?;
            theme.add_disk(root, &on_disk.join("static"), Layer::Static)?;
            theme.add_disk(root, &on_disk.join("locales"), Layer::Locales)?;
        } else if name == "default" {
            theme.add_embedded();
        } else {
            return Err(Error::Usage(format!(
                "site.toml asks for theme `{name}`, but there is no folder themes/{name}/ (use theme = \"default\" for the built-in theme)"
            )));
        }
        theme.add_disk(root, &root.join("templates"), Layer::Templates)?;
        theme.add_disk(root, &root.join("static"), Layer::Static)?;
        theme.add_disk(root, &root.join("locales"), Layer::Locales)?;
        Ok(theme)
    }

    fn add_embedded(&mut self) {
        let mut stack = vec![&DEFAULT_THEME];
        while let Some(dir) = stack.pop() {
            for entry in dir.entries() {
                if let Some(sub) = entry.as_dir() {
                    stack.push(sub);
                } else if let Some(file) = entry.as_file() {
                    let path = file.path().to_string_lossy().replace('\\', "/");
                    let made = File {
                        origin: format!("(built-in theme)/{path}"),
                        bytes: std::borrow::Cow::Borrowed(file.contents()),
                        disk: None,
                    };
                    self.insert(&path, made);
                }
            }
        }
        self.locales
            .sort_by(|a, b| (&a.0, &a.1.origin).cmp(&(&b.0, &b.1.origin)));
    }

    fn insert(&mut self, theme_path: &str, file: File) {
        if let Some(rest) = theme_path.strip_prefix("templates/") {
            self.templates.insert(rest.to_owned(), file);
        } else if let Some(rest) = theme_path.strip_prefix("static/") {
            self.static_files.insert(rest.to_owned(), file);
        } else if let Some(rest) = theme_path.strip_prefix("locales/") {
            if let Some((lang, name)) = rest.split_once('/') {
                if name.ends_with(".ftl") {
                    self.locales.push((lang.to_owned(), file));
                }
            }
        }
    }

    fn add_disk(&mut self, root: &Path, folder: &Path, layer: Layer) -> Result<(), Error> {
        if !folder.is_dir() {
            return Ok(());
        }
        let mut locales = Vec::new();
        let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        for entry in walkdir::WalkDir::new(folder)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !crate::content::is_hidden_or_temporary(e.file_name()))
        {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(folder).to_path_buf();
                Error::io("could not read", path, e.into())
            })?;
            if !(entry.file_type().is_file() || entry.path_is_symlink() && entry.path().is_file()) {
                continue;
            }
            let path = entry.path();
            // Links are not followed while walking, so only a link itself
            // can lead out of the site.
            if entry.path_is_symlink() && !within(&canonical_root, path) {
                continue;
            }
            let relative = display_path(folder, path);
            let bytes = crate::fs::read(path)?;
            let file = File {
                origin: display_path(root, path),
                bytes: std::borrow::Cow::Owned(bytes),
                disk: Some(path.to_path_buf()),
            };
            match layer {
                Layer::Templates => {
                    self.templates.insert(relative, file);
                }
                Layer::Static => {
                    self.static_files.insert(relative, file);
                }
                Layer::Locales => {
                    if let Some((lang, name)) = relative.split_once('/') {
                        if name.ends_with(".ftl") {
                            locales.push((lang.to_owned(), file));
                        }
                    }
                }
            }
        }
        self.locales.extend(locales);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Layer {
    Templates,
    Static,
    Locales,
}

/// Whether `path` (following links) stays inside the canonical site root.
fn within(canonical_root: &Path, path: &Path) -> bool {
    path.canonicalize()
        .is_ok_and(|path| path.starts_with(canonical_root))
}
