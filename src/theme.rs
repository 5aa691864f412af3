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

use crate::error::{Diagnostic, Error, display_path};

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
    /// A finding for each link in the theme's or the site's folders that
    /// was not followed ([`crate::site_files`]).
    pub refused: Vec<Diagnostic>,
}

impl Theme {
    /// Resolves the theme `name` for the site at `root`, then lays the
    /// site's own files over it.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Error> {
        let mut theme = Theme::default();
        let on_disk = root.join("themes").join(name);
        if let Some(refused) = crate::site_files::refuse_outside(root, &on_disk) {
            // A theme behind a link out of the site: none of it is read.
            theme.refused.push(refused);
            theme.add_embedded();
        } else if on_disk.is_dir() {
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
        let mut locales = Vec::new();
        let mut paths = Vec::new();
        for entry in crate::site_files::files(root, folder) {
            match entry {
                Ok(path) => paths.push(path),
                Err(refused) => self.refused.push(refused),
            }
        }
        // Layered by name: a later file of the same name wins, whatever
        // order the walk met them in.
        paths.sort();
        for path in paths {
            let relative = display_path(folder, &path);
            let bytes = crate::fs::read(&path)?;
            let file = File {
                origin: display_path(root, &path),
                bytes: std::borrow::Cow::Owned(bytes),
                disk: Some(path),
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
