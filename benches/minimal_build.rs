//! The least a build on Lantern's own crates must do — read, parse front matter, render Markdown,
//! render one template, write — with none of Lantern's checks, listings, feeds or theme pages, to
//! show how close the disk floor (`cp -r` of the output) can be approached.
//!
//! Run with `cargo bench --bench minimal_build -- ROOT OUT`: every `ROOT/content/**/*.md` page
//! (but `_index.md`) becomes `OUT/<section>/<slug>/index.html`, and one line
//! `pages=N wall_ms=W` is printed. `OUT` must not exist yet.

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use pulldown_cmark::{Options, Parser, html};
use rayon::prelude::*;
use serde::Deserialize;
use tera::{Context, Tera};
use walkdir::WalkDir;

/// The same allocator as Lantern's binary, so the comparison is like for like.
#[global_allocator]
static ALLOCATOR: lantern::allocator::Allocator = lantern::allocator::Allocator;

/// An error that can cross rayon's threads.
type BoxError = Box<dyn Error + Send + Sync>;

/// The one template every page goes through, parsed once.
const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ body | safe }}</main>\
    </body></html>";

/// Lantern's Markdown extensions.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_GFM);

/// The only front matter a page needs here; other fields are ignored.
#[derive(Deserialize)]
struct FrontMatter {
    /// The page's title, shown in `<title>` and `<h1>`.
    title: String,
}

/// Reads `ROOT OUT` (skipping cargo's `--bench`), builds the site and prints the timing line.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let [root, out] = args.as_slice() else {
        eprintln!("usage: minimal_build ROOT OUT");
        return ExitCode::from(2);
    };
    let out = Path::new(out);
    if out.exists() {
        eprintln!(
            "minimal_build: {} already exists; give a new output folder",
            out.display()
        );
        return ExitCode::from(2);
    }
    let start = Instant::now();
    match build(Path::new(root), out) {
        Ok(pages) => {
            println!("pages={pages} wall_ms={}", start.elapsed().as_millis());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("minimal_build: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Builds every page under `root/content` into `out`, returning how many were written.
fn build(root: &Path, out: &Path) -> Result<usize, BoxError> {
    let content = root.join("content");
    let files = markdown_files(&content)?;
    let mut tera = Tera::new();
    tera.add_raw_templates([("page.html", TEMPLATE)])?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    files
        .par_iter()
        .map(|file| {
            build_page(file, &content, out, &tera)
                .map(usize::from)
                .map_err(|e| format!("{}: {e}", file.display()).into())
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))
}

/// Lists every `*.md` file under `content`, leaving out section indexes (`_index.md`).
fn markdown_files(content: &Path) -> Result<Vec<PathBuf>, BoxError> {
    let mut files = Vec::new();
    for entry in WalkDir::new(content) {
        let entry = entry?;
        if entry.file_type().is_file()
            && entry.path().extension().is_some_and(|ext| ext == "md")
            && entry.file_name() != "_index.md"
        {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// Reads, parses, renders and writes one page to `out/<folder under content>/<stem>/index.html`;
/// `Ok(false)` if it has no front matter and was skipped.
fn build_page(file: &Path, content: &Path, out: &Path, tera: &Tera) -> Result<bool, BoxError> {
    let text = std::fs::read_to_string(file)?;
    let Some((front, body)) = split_front_matter(&text) else {
        eprintln!(
            "minimal_build: {}: no `+++` front matter, skipped",
            file.display()
        );
        return Ok(false);
    };
    let front: FrontMatter = toml::from_str(front)?;
    let mut body_html = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut body_html, Parser::new_ext(body, OPTIONS));

    let mut context = Context::new();
    context.insert("title", &front.title);
    context.insert("body", &body_html);
    let page = tera.render("page.html", &context)?;

    let section = file
        .parent()
        .and_then(|dir| dir.strip_prefix(content).ok())
        .unwrap_or(Path::new(""));
    let slug = file.file_stem().ok_or("no file name")?;
    let dir = out.join(section).join(slug);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("index.html"), page)?;
    Ok(true)
}

/// Splits `text` into its TOML front matter and Markdown body, if it opens with a `+++` line
/// and has a closing `+++` line.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++")?;
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}
