//! Where templates, static files and interface text come from: Lantern's
//! own interface text (the repository's top-level `locales/`, built into the
//! binary), the theme (built in for `default`, or `themes/<name>/` in the
//! site), and over both the site's own `templates/`, `static/` and
//! `locales/`, file by file (interface text message by message).
//!
//! The theme is resolved once per build; later stages ask it for files by
//! name and never look at folders themselves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::error::{Diagnostic, Error, display_path};

/// The default theme, compiled into the binary.
static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Lantern's own interface text for every shipped language, compiled into
/// the binary: `locales/<lang>/*.ftl` of this repository.
static BUILT_IN_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// How the origin of a built-in interface text file starts.
pub const BUILT_IN_LOCALES_ORIGIN: &str = "(built-in)/";

/// A file's bytes and where they came from.
#[derive(Debug, Clone)]
pub struct File {
    /// Path relative to the site root for files on disk
    /// ("templates/page.html"), "(built-in theme)/…" for the embedded
    /// theme's, or "(built-in)/locales/…" for Lantern's interface text.
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
    /// (language, file name) → Fluent file; Lantern's own come first, then
    /// the theme's, then the site's, so that later messages override.
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
        theme.add_built_in_locales();
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
        theme.drop_copies_of_built_in_locales();
        Ok(theme)
    }

    /// Lantern's own interface text, before any theme's or site's.
    fn add_built_in_locales(&mut self) {
        for lang_dir in BUILT_IN_LOCALES.dirs() {
            for file in lang_dir.files() {
                let path = file.path().to_string_lossy().replace('\\', "/");
                let Some((lang, name)) = path.split_once('/') else {
                    continue;
                };
                if name.ends_with(".ftl") && !name.contains('/') {
                    self.locales.push((
                        lang.to_owned(),
                        File {
                            origin: format!("{BUILT_IN_LOCALES_ORIGIN}locales/{path}"),
                            bytes: std::borrow::Cow::Borrowed(file.contents()),
                            disk: None,
                        },
                    ));
                }
            }
        }
        self.locales
            .sort_by(|a, b| (&a.0, &a.1.origin).cmp(&(&b.0, &b.1.origin)));
    }

    /// A site file that is the very same as a built-in one (in this
    /// repository, whose site `locales/` is Lantern's own) is left out: its
    /// text is read once, as Lantern's, so that nothing is defined twice or
    /// counted as the site's own. Once edited it differs, and then overrides
    /// the built-in text message by message, as any site's file does.
    fn drop_copies_of_built_in_locales(&mut self) {
        let built_in: BTreeMap<String, &[u8]> = self
            .locales
            .iter()
            .filter_map(|(_, f)| {
                let site_origin = f.origin.strip_prefix(BUILT_IN_LOCALES_ORIGIN)?;
                Some((site_origin.to_owned(), &*f.bytes))
            })
            .collect();
        let copies: Vec<String> = self
            .locales
            .iter()
            .filter(|(_, f)| f.disk.is_some() && built_in.get(&f.origin) == Some(&&*f.bytes))
            .map(|(_, f)| f.origin.clone())
            .collect();
        self.locales
            .retain(|(_, f)| f.disk.is_none() || !copies.contains(&f.origin));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The origins of the interface text files for `lang`, in layer order.
    fn origins(theme: &Theme, lang: &str) -> Vec<String> {
        theme
            .locales
            .iter()
            .filter(|(l, _)| l == lang)
            .map(|(_, f)| f.origin.clone())
            .collect()
    }

    #[test]
    fn lantern_text_comes_first_and_a_site_copy_of_it_is_read_once() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::write(
            root.join("site.toml"),
            "title = \"T\"\nbase_url = \"https://e.org\"\n",
        )
        .unwrap();
        let built_in = BUILT_IN_LOCALES
            .get_file("pl/lantern.ftl")
            .expect("Polish is shipped")
            .contents();
        std::fs::create_dir_all(root.join("locales/pl")).unwrap();
        // This repository's case: the site's file is Lantern's own.
        std::fs::write(root.join("locales/pl/lantern.ftl"), built_in).unwrap();
        std::fs::write(root.join("locales/pl/site.ftl"), "breadcrumb-home = Start\n").unwrap();
        let theme = Theme::load(root, "default").unwrap();
        assert_eq!(
            origins(&theme, "pl"),
            ["(built-in)/locales/pl/lantern.ftl", "locales/pl/site.ftl"]
        );
        // Once edited, it is the site's own, over Lantern's.
        let mut edited = built_in.to_vec();
        edited.extend_from_slice(b"\n# edited\n");
        std::fs::write(root.join("locales/pl/lantern.ftl"), edited).unwrap();
        let theme = Theme::load(root, "default").unwrap();
        assert_eq!(
            origins(&theme, "pl"),
            [
                "(built-in)/locales/pl/lantern.ftl",
                "locales/pl/lantern.ftl",
                "locales/pl/site.ftl"
            ]
        );
        assert!(origins(&theme, "ar").contains(&"(built-in)/locales/ar/lantern.ftl".to_owned()));
    }
}
