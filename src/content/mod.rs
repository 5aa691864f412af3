//! Content: walk `content/`, read each Markdown file, split off and parse
//! its front matter into a [`Document`].
//!
//! Second stage of the pipeline, after [`crate::config`]. Parsing is pure
//! ([`Document::parse`]); [`load`] adds the file walk and the reading, in
//! parallel, and collects every problem rather than stopping at the first.

pub mod front_matter;
pub mod kind;
pub mod path;
pub mod validate;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Error, display_path};
pub use front_matter::FrontMatter;
pub use kind::Kind;
pub use path::ContentPath;

/// The folder under the site root that holds the Markdown.
pub const FOLDER: &str = "content";

/// One parsed content file.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the site root, `/`-separated: "content/reviews/child-d.md".
    pub file: String,
    /// The whole file.
    pub text: String,
    /// Byte offset where the Markdown body starts (after the closing `+++`).
    pub body_start: usize,
    /// Section, translation key and language, from the file name.
    pub path: ContentPath,
    /// What kind of page it is.
    pub kind: Kind,
    /// Its front matter.
    pub front: FrontMatter,
}

impl Document {
    /// Parses the text of a content file. `file` is its path relative to the
    /// site root, used in diagnostics.
    pub fn parse(file: &str, text: String, path: ContentPath) -> Result<Document, Vec<Diagnostic>> {
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(vec![Diagnostic::error("front-matter", file, "the file is empty").with_hint(
                "start it with front matter: a line `+++`, a line title = \"…\", and another `+++` line; or delete the file",
            )]);
        }
        // memchr looks at many bytes at a time; most files hold no NUL.
        if let Some(at) = memchr::memchr(0, text.as_bytes()) {
            return Err(vec![
                Diagnostic::error(
                    "content",
                    file,
                    "the file contains a NUL byte: it is not a text file, or it is damaged",
                )
                .at(&text, at..at + 1)
                .with_hint(
                    "open it in a text editor and save it again as UTF-8 text, or remove it from content/",
                ),
            ]);
        }
        let kind = Kind::of(&path.section, path.is_index);
        let split = front_matter::split(&text, file).map_err(|d| vec![d])?;
        let front = front_matter::parse(&text, &split, file, kind)?;
        let mut problems = Vec::new();
        if front.title.trim().is_empty() {
            problems.push(
                Diagnostic::error("front-matter", file, "the title is empty")
                    .at(&text, split.toml.start..split.toml.start)
                    .with_hint("give the page a title that says what it is about"),
            );
        }
        if let Some(slug) = &front.slug {
            if let Err(why) = path::check_slug(slug.get_ref()) {
                problems.push(
                    Diagnostic::error(
                        "front-matter",
                        file,
                        format!("bad slug `{}`: {why}", slug.get_ref()),
                    )
                    .at(
                        &text,
                        slug.span().start + split.toml.start..slug.span().end + split.toml.start,
                    )
                    .with_hint("use lower-case words joined by hyphens, such as \"child-d\""),
                );
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Document {
            file: file.to_owned(),
            body_start: split.body,
            text,
            path,
            kind,
            front,
        })
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// A diagnostic at byte range `span` of the front-matter TOML (spans from
    /// `toml::Spanned` are relative to the TOML, which starts after `+++`).
    pub fn front_matter_error(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> Diagnostic {
        let start = self.toml_start() + span.start;
        let end = self.toml_start() + span.end;
        Diagnostic::error("front-matter", &self.file, message).at(&self.text, start..end)
    }

    fn toml_start(&self) -> usize {
        let bom = if self.text.starts_with('\u{feff}') { 3 } else { 0 };
        self.text[bom..].find('\n').map_or(bom, |i| bom + i + 1)
    }

    /// The URL segment for this page: its `slug`, or its file name slugified.
    pub fn slug(&self) -> String {
        match &self.front.slug {
            Some(slug) => path::nfc(slug.get_ref()),
            None => path::slugify(&self.path.stem),
        }
    }
}

/// Every content file found, parsed, with the problems of those that failed.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents that parsed (drafts removed unless asked for), by file.
    pub documents: Vec<Document>,
    /// What was read besides.
    pub read: Read,
}

/// What reading `content/` found besides the documents: the files that
/// failed, the drafts left out, and the entries not followed. `serve`
/// keeps it, and brings it up to date as files change.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Read {
    /// Files that could not be read or parsed, with why.
    pub failed: BTreeMap<String, Vec<Diagnostic>>,
    /// Drafts left out.
    pub drafts: BTreeSet<String>,
    /// Entries of `content/` not followed or not readable (links refused).
    pub walk: Vec<Diagnostic>,
}

impl Read {
    /// Content files that could not be read or parsed, or were not
    /// followed: pages the site would have had. Their translations are not
    /// blamed for their absence.
    pub fn unreadable(&self) -> Vec<String> {
        let mut files: Vec<String> = self.failed.keys().cloned().collect();
        files.extend(
            self.walk
                .iter()
                .filter(|d| d.is_error() && d.file.ends_with(".md"))
                .map(|d| d.file.clone()),
        );
        files.sort();
        files.dedup();
        files
    }

    /// Every finding: the walk's, then each failed file's.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.walk.iter().chain(self.failed.values().flatten())
    }
}

/// An entry of `content/` as [`load`] meets it.
enum Walked {
    /// A Markdown file, and what reading it gave (boxed, so that putting
    /// the entries in order moves little).
    File(PathBuf, Box<Result<Document, Vec<Diagnostic>>>),
    /// An entry not followed, or not readable.
    Skipped(Diagnostic),
}

/// Walks `content/` under `root` and parses every `.md` file.
pub fn load(root: &Path, config: &Config, drafts: bool) -> Result<Loaded, Error> {
    let folder = content_folder(root)?;
    // Files are read as the walk finds them: the walk goes on in turns on
    // whichever thread is free, so no thread waits for it to end. The
    // results are then put in file order, as `find` lists them.
    let mut walked: Vec<Walked> = markdown_entries(root, &folder)
        .par_bridge()
        .map(|entry| match entry {
            Ok(path) => {
                let read = Box::new(read(root, &path, config));
                Walked::File(path, read)
            }
            Err(d) => Walked::Skipped(d),
        })
        .collect();
    walked.sort_by(|a, b| match (a, b) {
        (Walked::File(a, _), Walked::File(b, _)) => by_bytes(a, b),
        (Walked::Skipped(a), Walked::Skipped(b)) => a.file.cmp(&b.file),
        (Walked::Skipped(_), Walked::File(..)) => std::cmp::Ordering::Less,
        (Walked::File(..), Walked::Skipped(_)) => std::cmp::Ordering::Greater,
    });
    let mut documents = Vec::with_capacity(walked.len());
    let mut read = Read::default();
    for entry in walked {
        match entry {
            Walked::Skipped(d) => read.walk.push(d),
            Walked::File(path, result) => match *result {
                Ok(doc) if doc.front.draft && !drafts => {
                    read.drafts.insert(doc.file);
                }
                Ok(doc) => documents.push(doc),
                Err(problems) => {
                    read.failed.insert(display_path(root, &path), problems);
                }
            },
        }
    }
    documents.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(Loaded { documents, read })
}

/// Every content file under `root`'s `content/` folder, sorted, and an
/// error for each link refused.
pub fn find(root: &Path) -> Result<(Vec<PathBuf>, Vec<Diagnostic>), Error> {
    let folder = content_folder(root)?;
    Ok(find_markdown(root, &folder))
}

/// `root`'s `content/` folder, which must exist.
fn content_folder(root: &Path) -> Result<PathBuf, Error> {
    let folder = root.join(FOLDER);
    if !folder.is_dir() {
        return Err(Error::Usage(format!(
            "{} has no content/ folder: create it and put your Markdown pages in it",
            root.display()
        )));
    }
    Ok(folder)
}

/// Reads and parses the content file at `path` (under `root`'s `content/`).
pub fn read(root: &Path, path: &Path, config: &Config) -> Result<Document, Vec<Diagnostic>> {
    read_document(root, &root.join(FOLDER), path, config)
}

fn read_document(
    root: &Path,
    folder: &Path,
    path: &Path,
    config: &Config,
) -> Result<Document, Vec<Diagnostic>> {
    let file = display_path(root, path);
    let relative = display_path(folder, path);
    let content_path = path::parse(&relative, config).map_err(|problem| match problem {
        path::PathProblem::UnknownLanguage(code) => vec![
            Diagnostic::error(
                "content",
                &file,
                format!("the file name says language `{code}`, which is not in site.toml's languages"),
            )
            .with_hint(format!(
                "add \"{code}\" to `languages` in site.toml, or rename the file (languages: {})",
                config.languages.join(", ")
            )),
        ],
    })?;
    let bytes = std::fs::read(path).map_err(|e| {
        vec![
            Diagnostic::error("io", &file, format!("could not read the file: {e}"))
                .with_hint("check that the file exists and that you may read it"),
        ]
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
        vec![
            Diagnostic::error("content", &file, "the file is not valid UTF-8 text")
                .at(&lossy, at..at)
                .with_hint("save the file as UTF-8 in your editor (\"Save with encoding: UTF-8\")"),
        ]
    })?;
    Document::parse(&file, text, content_path)
}

/// Every `.md` file under `folder`, sorted by path, and an error for each link
/// that is not followed (a link that leaves the site, a link loop).
fn find_markdown(root: &Path, folder: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for entry in markdown_entries(root, folder) {
        match entry {
            Ok(path) => files.push(path),
            Err(d) => diagnostics.push(d),
        }
    }
    // Sorted once, as bytes: walkdir's sort by file name would work out
    // each name from its path again at every comparison.
    files.sort_unstable_by(|a, b| by_bytes(a, b));
    diagnostics.sort_by(|a, b| a.file.cmp(&b.file));
    (files, diagnostics)
}

/// Two paths in the order content files are read and listed in.
fn by_bytes(a: &Path, b: &Path) -> std::cmp::Ordering {
    a.as_os_str()
        .as_encoded_bytes()
        .cmp(b.as_os_str().as_encoded_bytes())
}

/// The Markdown files under `folder`, in the order the walk meets them, and
/// an error for each link refused ([`crate::site_files`]).
fn markdown_entries<'a>(
    root: &'a Path,
    folder: &Path,
) -> impl Iterator<Item = Result<PathBuf, Diagnostic>> + 'a {
    crate::site_files::files(root, folder).filter(|entry| {
        entry
            .as_ref()
            .map_or(true, |path| path.extension().is_some_and(|e| e == "md"))
    })
}
