//! Lantern: a static site generator for safeguarding partnerships.
//!
//! A build is a pipeline of plain data, one module per stage:
//!
//! 1. [`config`]: `site.toml` → [`config::Config`]
//! 2. [`content`]: `content/**/*.md` → [`content::Document`]s (front matter
//!    in [`content::front_matter`], checked by [`content::validate`])
//! 3. [`site`]: documents → pages with URLs, translations and sections
//! 4. [`markdown`]: bodies → HTML, with headings, links and images located
//! 5. [`checks`]: personal data, accessibility, links, readability
//! 6. [`render`]: pages through Tera templates ([`theme`], [`i18n`])
//! 7. [`generate`]: static files, 404, robots.txt, sitemap, feeds, …
//! 8. [`output`]: a staging folder, swapped in only on success
//! 9. [`serve`]: stages 2–8 again after each save, for only what it affects
//!
//! [`pipeline`] runs the stages; [`report`] prints what they found;
//! [`scaffold`] writes new pages (`lantern new`) and new sites (`lantern init`).

pub mod addresses;
pub mod allocator;
pub mod checks;
pub mod cli;
pub mod config;
pub mod content;
pub mod dates;
pub mod drama_numbers;
pub mod error;
pub mod formats;
pub mod fs;
pub mod generate;
pub mod i18n;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod site;
pub mod site_files;
pub mod theme;
pub mod toml_file;
pub mod urls;

use std::io::Write;
use std::path::{Path, PathBuf};

use cli::{Cli, Command};
use error::Error;
use report::Format;

/// Runs a command; returns the exit status (0, 1 for content errors, 2 for
/// usage or I/O failures, which are returned as `Err`).
pub fn run(cli: Cli) -> Result<u8, Error> {
    match cli.command {
        Command::Build {
            root,
            output,
            drafts,
            base_url,
        } => {
            let options = options(&root, output, drafts, base_url)?;
            let report = pipeline::build(&options)?;
            print_findings(&options.root, &report.diagnostics, &report.sources, Format::Human);
            eprint!("{}", report::coverage(&report.coverage));
            let status = if report.published {
                eprintln!(
                    "built {} pages into {} in {} ms ({})",
                    report.pages,
                    options.output.display(),
                    report.elapsed.as_millis(),
                    report::summary(&report.diagnostics)
                );
                0
            } else {
                eprintln!(
                    "nothing was published: {}; {} is unchanged",
                    report::summary(&report.diagnostics),
                    options.output.display()
                );
                exit_status(&report.diagnostics)
            };
            // The process ends next, and its exit frees the whole site at
            // once, sooner than dropping it would piece by piece.
            report.leftovers.forget();
            Ok(status)
        }
        Command::Check { root, format, drafts } => {
            let options = options(&root, None, drafts, None)?;
            let report = pipeline::check(&options)?;
            print_findings(&options.root, &report.diagnostics, &report.sources, format);
            eprint!("{}", report::coverage(&report.coverage));
            if format == Format::Human {
                eprintln!(
                    "checked {} pages in {} ms: {}",
                    report.pages,
                    report.elapsed.as_millis(),
                    report::summary(&report.diagnostics)
                );
            }
            let status = if report.errors() > 0 {
                exit_status(&report.diagnostics)
            } else {
                0
            };
            report.leftovers.forget();
            Ok(status)
        }
        Command::Serve {
            root,
            output,
            bind,
            port,
            drafts,
        } => serve::run(serve::Options {
            build: options(&root, output, drafts, None)?,
            bind,
            port,
        }),
        Command::New {
            kind,
            slug,
            lang,
            root,
        } => {
            let config = match config::Config::load(&root)? {
                Ok(config) => config,
                Err(diagnostics) => {
                    print_findings(&root, &diagnostics, &report::Sources::new(), Format::Human);
                    return Err(Error::Usage(
                        "site.toml has errors (above); fix them, then run `lantern new` again".to_owned(),
                    ));
                }
            };
            let request = scaffold::new::Request {
                root: &root,
                kind,
                slug: &slug,
                lang: lang.as_deref(),
                today: dates::today()?,
            };
            let created = scaffold::new::run(&request, &config)?;
            eprintln!(
                "created {}: it is a draft; preview it with `lantern serve --drafts`, and remove `draft = true` to publish it",
                created.display()
            );
            Ok(0)
        }
        Command::Init { dir } => {
            scaffold::init::run(&dir, dates::today()?)?;
            eprintln!(
                "created a new site in {0}: run `lantern serve --root {0}` to see it, then edit site.toml and replace the example pages in content/ (`lantern build` publishes once no sample text is left)",
                dir.display()
            );
            Ok(0)
        }
    }
}

/// 2 when a file could not be read, else 1.
fn exit_status(diagnostics: &[error::Diagnostic]) -> u8 {
    if diagnostics.iter().any(|d| d.check == "io") {
        2
    } else {
        1
    }
}

fn options(
    root: &Path,
    output: Option<PathBuf>,
    drafts: bool,
    base_url: Option<String>,
) -> Result<pipeline::Options, Error> {
    let output = output.unwrap_or_else(|| root.join("public"));
    Ok(pipeline::Options {
        root: root.to_path_buf(),
        output,
        drafts,
        base_url,
        today: dates::today()?,
    })
}

fn print_findings(root: &Path, diagnostics: &[error::Diagnostic], sources: &report::Sources, format: Format) {
    let text = match format {
        Format::Human => report::human(root, diagnostics, sources),
        Format::Json => report::json(diagnostics) + "\n",
    };
    let mut out: Box<dyn Write> = match format {
        Format::Human => Box::new(std::io::stderr()),
        Format::Json => Box::new(std::io::stdout()),
    };
    out.write_all(text.as_bytes()).ok();
}
