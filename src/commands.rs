//! Lantern's commands, as plain values (the command line, [`crate::cli`],
//! is one way to make them), and [`run`], which carries one out and prints
//! what it found.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{self, Error};
use crate::report::{self, Format};
use crate::scaffold::new::NewKind;
use crate::{config, dates, pipeline, scaffold, serve};

/// What to do, with its options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Check, then build into the output folder if there is no error.
    Build {
        /// The site's folder, holding site.toml.
        root: PathBuf,
        /// Where to write the site (`ROOT/public` when `None`).
        output: Option<PathBuf>,
        /// Publish drafts too.
        drafts: bool,
        /// The public address of the site, instead of site.toml's.
        base_url: Option<String>,
    },
    /// Build, serve and rebuild on every save.
    Serve {
        /// The site's folder, holding site.toml.
        root: PathBuf,
        /// Where to write the site (`ROOT/public` when `None`).
        output: Option<PathBuf>,
        /// The address to listen on.
        bind: String,
        /// The port to listen on (0 picks a free one).
        port: u16,
        /// Publish drafts too.
        drafts: bool,
    },
    /// Run every check without writing anything.
    Check {
        /// The site's folder, holding site.toml.
        root: PathBuf,
        /// How to print findings.
        format: Format,
        /// Check drafts too.
        drafts: bool,
    },
    /// Write a new draft page.
    New {
        /// What kind of page.
        kind: NewKind,
        /// Its file name and address.
        slug: String,
        /// Its language, when not the default.
        lang: Option<String>,
        /// The site's folder, holding site.toml.
        root: PathBuf,
    },
    /// Create a new site.
    Init {
        /// The folder to create it in.
        dir: PathBuf,
    },
}

/// Runs a command; returns the exit status (0, 1 for content errors, 2 for
/// usage or I/O failures, which are returned as `Err`).
pub fn run(command: Command) -> Result<u8, Error> {
    match command {
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
                let languages: Vec<String> = report
                    .pages_by_language
                    .iter()
                    .map(|(lang, n)| format!("{lang} {n}"))
                    .collect();
                eprintln!(
                    "built {} pages ({}) into {} in {} ms ({})",
                    report.pages,
                    languages.join(", "),
                    shown(&options.output),
                    report.elapsed.as_millis(),
                    report::summary_by_check(&report.diagnostics)
                );
                0
            } else {
                eprintln!(
                    "nothing was published: {}; {} is unchanged",
                    report::summary(&report.diagnostics),
                    shown(&options.output)
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
            if let Some(note) = &created.note {
                eprintln!("note: {note}");
            }
            if created.is_translation {
                eprintln!(
                    "created {}: a copy of the original, marked as a draft to translate; translate it, then remove `draft = true` to publish it",
                    created.path.display()
                );
            } else {
                eprintln!(
                    "created {}: it is a draft; preview it with `lantern serve --drafts`, and remove `draft = true` to publish it",
                    created.path.display()
                );
            }
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

/// A folder as a person would write it: "public/", "site/public/", not
/// "./public".
pub fn shown(path: &Path) -> String {
    let clean: PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    let text = clean.display().to_string();
    if text.is_empty() {
        "./".to_owned()
    } else if text.ends_with('/') {
        text
    } else {
        format!("{text}/")
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
